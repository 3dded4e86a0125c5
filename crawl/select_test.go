package crawl

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/noticelint/noticelint/result"
)

// TestSelect: each site once whatever its spelling, the shard's only, the
// done ones left out, the errored ones crawled again when the retry test
// says so (its reasons gathered once each), counted otherwise.
func TestSelect(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	out, err := OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = out.Close() }()
	for _, rec := range []result.Site{
		{Site: "done.example", Status: result.StatusOK},
		{Site: "private.example", Status: result.StatusError, Error: "refused"},
		{Site: "timeout.example", Status: result.StatusError, Error: "slow"},
		{Site: "down.example", Status: result.StatusError, Error: "503"},
	} {
		if err := out.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	retry := func(site string) (bool, []string) {
		switch site {
		case "private.example":
			return true, []string{"--allow-private", "--timeout"}
		case "timeout.example":
			return true, []string{"--timeout"}
		}
		return false, nil
	}
	sites := []string{"new.example", "done.example", "HTTPS://New.example/", "private.example", "timeout.example", "down.example"}
	got := Select(sites, Shard{}, out, retry)
	want := Selection{Todo: []string{"new.example", "private.example", "timeout.example"}, InShard: 5, Distinct: 5, Retried: 2, Errored: 1,
		Because: []string{"--allow-private", "--timeout"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	shard := Shard{I: 0, N: 2}
	in := Select(sites, shard, out, retry)
	if in.Distinct != 5 || in.InShard == 5 || in.InShard == 0 {
		t.Errorf("shard 0/2: %+v", in)
	}
}
