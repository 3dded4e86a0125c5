package crawl

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/scan"
)

// fakeScanner answers from a function, counting scans and the most at
// once.
type fakeScanner struct {
	scan     func(ctx context.Context, s string) scan.Result
	calls    sync.Map // site -> *atomic.Int32
	now, top atomic.Int32
}

func (f *fakeScanner) Scan(ctx context.Context, s string) scan.Result {
	n, _ := f.calls.LoadOrStore(s, new(atomic.Int32))
	n.(*atomic.Int32).Add(1)
	cur := f.now.Add(1)
	defer f.now.Add(-1)
	for {
		top := f.top.Load()
		if cur <= top || f.top.CompareAndSwap(top, cur) {
			break
		}
	}
	return f.scan(ctx, s)
}

func sitesN(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "yritys" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + ".example"
	}
	return out
}

func records(t *testing.T, path string) map[string]result.Site {
	t.Helper()
	recs := map[string]result.Site{}
	for _, line := range readLines(t, path) {
		if line == "" {
			continue
		}
		var r result.Site
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if _, dup := recs[r.Site]; dup {
			t.Errorf("%s is in the results twice", r.Site)
		}
		recs[r.Site] = r
	}
	return recs
}

// TestRunWritesEverySiteOnce: every site is scanned once, by at most
// Concurrency workers at once, and its record carries the result.
func TestRunWritesEverySiteOnce(t *testing.T) {
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	sc := &fakeScanner{scan: func(_ context.Context, s string) scan.Result {
		time.Sleep(2 * time.Millisecond)
		return scan.Result{Status: result.StatusOK, Timings: result.Timings{Total: 7, Requests: 3},
			File: result.FileResult{Path: "https://" + s + "/tietosuoja", Origin: &result.Origin{Site: s, Why: "footer link 'Tietosuoja'"}, Format: "html", Lang: "fi", Date: date,
				Findings: []rules.Finding{{Rule: "repealed-law", Severity: rules.Error, Message: "m"}}}}
	}}
	path := filepath.Join(t.TempDir(), "out.jsonl")
	out, err := OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	sites := sitesN(200)
	var done atomic.Int32
	now := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	err = Run(context.Background(), sites, sc, out, Options{Concurrency: 8, Refs: map[string]string{"repealed-law": "Tietosuojalaki 1050/2018"},
		Now: func() time.Time { return now }, Done: func(result.Site) { done.Add(1) }})
	if err != nil {
		t.Fatal(err)
	}
	out.Close()
	if top := sc.top.Load(); top > 8 || top < 2 {
		t.Errorf("%d scans at once, want 2..8", top)
	}
	recs := records(t, path)
	if len(recs) != len(sites) || done.Load() != int32(len(sites)) {
		t.Fatalf("%d records, %d done, want %d", len(recs), done.Load(), len(sites))
	}
	for _, s := range sites {
		if n, _ := sc.calls.Load(s); n.(*atomic.Int32).Load() != 1 {
			t.Errorf("%s scanned %d times", s, n.(*atomic.Int32).Load())
		}
	}
	r := recs[sites[0]]
	if r.Status != "ok" || r.Domain != sites[0] || r.NoticeURL != "https://"+sites[0]+"/tietosuoja" || r.NoticeDate != "2024-05-01" ||
		r.CrawledAt != "2026-11-22T04:00:00Z" || r.Timings.Requests != 3 || len(r.Findings) != 1 || r.Findings[0].Ref != "Tietosuojalaki 1050/2018" {
		t.Errorf("record %+v", r)
	}
}

// TestRunStatuses: not found, blocked, an error and a panicking scanner
// each give their record.
func TestRunStatuses(t *testing.T) {
	sc := &fakeScanner{scan: func(_ context.Context, s string) scan.Result {
		switch s {
		case "ei.example":
			return scan.Result{Status: result.StatusNotFound, File: result.FileResult{Path: "https://ei.example/", Origin: &result.Origin{Site: s},
				Findings: []rules.Finding{{Rule: "notice-not-found", Severity: rules.Warning}}}}
		case "robots.example":
			return scan.Result{Status: result.StatusBlocked, File: result.FileResult{Path: "https://robots.example/", Origin: &result.Origin{Site: s},
				Err: &result.FileError{Path: "https://robots.example/", Reason: "robots.txt disallows /"}}}
		case "rikki.example":
			return scan.Result{Status: result.StatusError, File: result.FileResult{Path: "https://rikki.example/", Origin: &result.Origin{Site: s},
				Err: &result.FileError{Path: "https://rikki.example/", Reason: "connection refused"}}}
		}
		panic("boom")
	}}
	path := filepath.Join(t.TempDir(), "out.jsonl")
	out, _ := OpenOut(path, nil)
	if err := Run(context.Background(), []string{"ei.example", "robots.example", "rikki.example", "paniikki.example"}, sc, out, Options{}); err != nil {
		t.Fatal(err)
	}
	out.Close()
	recs := records(t, path)
	for s, want := range map[string]string{
		"ei.example":       "not-found  notice-not-found",
		"robots.example":   "blocked https://robots.example/: robots.txt disallows / ",
		"rikki.example":    "error https://rikki.example/: connection refused ",
		"paniikki.example": "error paniikki.example: internal error while scanning (please report it): boom ",
	} {
		r := recs[s]
		got := r.Status + " " + r.Error + " "
		for _, f := range r.Findings {
			got += f.Rule
		}
		if got != want || r.NoticeURL != "" {
			t.Errorf("%s: %q (notice %q), want %q", s, got, r.NoticeURL, want)
		}
	}
}

// TestRunCancelled: stopping mid-way drops the sites in flight and leaves
// only whole records; resuming does every remaining site once.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var finished atomic.Int32
	sc := &fakeScanner{scan: func(ctx context.Context, s string) scan.Result {
		select {
		case <-time.After(5 * time.Millisecond):
		case <-ctx.Done():
			return scan.Result{Status: result.StatusError, File: result.FileResult{Origin: &result.Origin{Site: s}, Err: &result.FileError{Path: s, Reason: "cancelled"}}}
		}
		if finished.Add(1) == 30 {
			cancel()
		}
		return scan.Result{Status: result.StatusOK, File: result.FileResult{Origin: &result.Origin{Site: s}}}
	}}
	path := filepath.Join(t.TempDir(), "out.jsonl")
	out, _ := OpenOut(path, nil)
	sites := sitesN(300)
	err := Run(ctx, sites, sc, out, Options{Concurrency: 10})
	out.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v, want context.Canceled", err)
	}
	first := records(t, path)
	if len(first) == 0 || len(first) >= len(sites) {
		t.Fatalf("%d records after stopping", len(first))
	}
	for s, r := range first {
		if r.Status != "ok" {
			t.Errorf("%s: a site in flight was written: %+v", s, r)
		}
	}
	// Resume: the rest, each once.
	out, err = OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var todo []string
	for _, s := range sites {
		if !out.Done(s) {
			todo = append(todo, s)
		}
	}
	sc2 := &fakeScanner{scan: func(_ context.Context, s string) scan.Result {
		return scan.Result{Status: result.StatusOK, File: result.FileResult{Origin: &result.Origin{Site: s}}}
	}}
	if err := Run(context.Background(), todo, sc2, out, Options{}); err != nil {
		t.Fatal(err)
	}
	out.Close()
	if all := records(t, path); len(all) != len(sites) {
		t.Errorf("%d records after resuming, want %d", len(all), len(sites))
	}
	for s := range first {
		if _, again := sc2.calls.Load(s); again {
			t.Errorf("%s was done again", s)
		}
	}
}

func TestProgressLine(t *testing.T) {
	p := NewProgress(nil, false, 1000)
	p.done, p.errors = 250, 3
	if got := p.line(10 * time.Second); got != "250/1000 sites (25%), 25.0 sites/s, ETA 30s, 3 errors" {
		t.Errorf("plain: %q", got)
	}
	p.tty = true
	if got := p.line(10 * time.Second); got != "[======                  ] 250/1000 sites (25%), 25.0 sites/s, ETA 30s, 3 errors" {
		t.Errorf("tty: %q", got)
	}
	p.done = 0
	if got := p.line(0); !strings.Contains(got, "ETA ?") {
		t.Errorf("nothing done: %q", got)
	}
}

func TestProgressShows(t *testing.T) {
	var b strings.Builder
	var mu sync.Mutex
	w := writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return b.Write(p) })
	p := NewProgress(w, false, 2)
	p.Start()
	p.Add(result.Site{Status: result.StatusOK})
	p.Add(result.Site{Status: result.StatusError})
	p.Stop()
	if got := b.String(); !strings.HasPrefix(got, "noticelint: crawl 2/2 sites (100%)") || !strings.HasSuffix(got, "1 error\n") {
		t.Errorf("progress: %q", got)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
