package lint

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
)

// TestWorkerMemoryLeavesResultsIntact: a worker reads and extracts the
// next input into the memory of the last, while the last one's result
// still waits to be reported; that result must read as it did, and as
// the result of a lint in memory of its own. The second notice is the
// smaller, so that it is read and extracted into the first one's memory
// (which the test checks it was), and must lint as it does in memory of
// its own: as a file, whose bytes the worker reads, and as a streamed
// item, whose bytes are the caller's.
func TestWorkerMemoryLeavesResultsIntact(t *testing.T) {
	eng := engine(t)
	file := func(name string) input.File {
		for f := range input.Files([]string{"../testdata/examples/" + name}, nil) {
			return f
		}
		t.Fatalf("no file %s", name)
		return input.File{}
	}
	first, second := file("privacy-notice.txt"), file("tietosuojaseloste.txt")
	for _, timeout := range []time.Duration{0, time.Minute} { // on the caller's goroutine, and on the worker's
		opts := Options{Timeout: timeout}
		// A nil worker has no memory to reuse.
		want, wantOther := lintFile(context.Background(), nil, first, eng, opts).res, lintFile(context.Background(), nil, second, eng, opts).res
		if want.Err != nil || len(want.Findings) == 0 || want.Title == "" || wantOther.Err != nil || len(wantOther.Findings) == 0 {
			t.Fatalf("the notices gave %+v and %+v, want titles and findings", want, wantOther)
		}
		t.Run(fmt.Sprintf("file/timeout=%v", timeout), func(t *testing.T) {
			var w worker
			defer w.stop()
			got := lintFile(context.Background(), &w, first, eng, opts).res
			data := unsafe.SliceData(w.mem.data)
			if other := lintFile(context.Background(), &w, second, eng, opts).res; !reflect.DeepEqual(other, wantOther) {
				t.Errorf("the second notice, in the first one's memory, gave\n%+v\nwant\n%+v", other, wantOther)
			}
			if unsafe.SliceData(w.mem.data) != data {
				t.Fatal("the second notice was not read into the first one's memory")
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("the first result, once the second was linted:\n%+v\nwant\n%+v", got, want)
			}
		})
		t.Run(fmt.Sprintf("item/timeout=%v", timeout), func(t *testing.T) {
			item := func(f input.File) input.Item {
				data, err := os.ReadFile(f.Name)
				if err != nil {
					t.Fatal(err)
				}
				return input.Item{Path: f.Path, Data: data}
			}
			var w worker
			defer w.stop()
			var matching string // the first document's matching text, in the worker's memory
			keep := func(_ input.Item, doc *extract.Document) bool {
				if matching == "" {
					matching, _ = doc.MatchingText()
				}
				return true
			}
			lint := func(it input.Item) result.FileResult {
				mem := w.memory()
				return guarded(context.Background(), &w, it.Path, timeout, func(ctx context.Context) outcome {
					return lintData(ctx, it, eng, opts, keep, mem)
				}).res
			}
			got := lint(item(first))
			if other := lint(item(second)); !reflect.DeepEqual(other, wantOther) {
				t.Errorf("the second notice, in the first one's memory, gave\n%+v\nwant\n%+v", other, wantOther)
			}
			if !w.mem.scratch.Holds(matching) {
				t.Fatal("the second notice was not extracted into the first one's memory")
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("the first result, once the second was linted:\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// TestDetachReachesEveryString: detach copies every string of a lint
// result that lies in the worker's memory. The result is filled by
// reflection, so that a string field added to a result, a finding or a
// coverage status is found here until detach copies it too.
func TestDetachReachesEveryString(t *testing.T) {
	m := &memory{data: make([]byte, 0, 1<<10)}
	// Every string of r is in m.data, the next one after the last.
	next := func() string {
		m.data = append(m.data, 'x')
		return unsafe.String(unsafe.SliceData(m.data[len(m.data)-1:]), 1)
	}
	skip := map[string]bool{"Origin": true, "Browser": true, "Redirects": true} // scan's and crawl's
	skipped := func(t reflect.Type, field string) bool {
		return t == reflect.TypeFor[result.FileResult]() && skip[field]
	}
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(next())
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Field(i).CanSet() && !skipped(v.Type(), v.Type().Field(i).Name) {
					fill(v.Field(i))
				}
			}
		case reflect.Pointer:
			if v.Type().Elem().Kind() == reflect.Struct {
				v.Set(reflect.New(v.Type().Elem()))
				fill(v.Elem())
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range v.Len() {
				fill(v.Index(i))
			}
		}
	}
	var r result.FileResult
	fill(reflect.ValueOf(&r).Elem())
	if r.Findings[0].Suppressed == nil || r.Coverage[0].Section == "" || r.Err.Reason == "" {
		t.Fatalf("the result was not filled: %+v", r)
	}
	shared := r.Findings[0].Suppressed
	r.Findings[1].Suppressed = shared
	was := *shared
	m.detach(&r)
	var check func(path string, v reflect.Value)
	check = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if m.holds(v.String()) {
				t.Errorf("%s is left in the worker's memory", path)
			}
			if v.String() != "x" {
				t.Errorf("%s = %q, want %q", path, v.String(), "x")
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() && !skipped(v.Type(), f.Name) {
					check(path+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Pointer:
			if !v.IsNil() {
				check(path, v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				check(path+"["+strings.Repeat("I", i+1)+"]", v.Index(i))
			}
		}
	}
	check("r", reflect.ValueOf(r))
	if unsafe.StringData(shared.Kind) != unsafe.StringData(was.Kind) || unsafe.StringData(shared.Justification) != unsafe.StringData(was.Justification) {
		t.Error("a suppression the findings share was changed, not replaced")
	}
}
