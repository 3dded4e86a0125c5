package ruledoc

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md and docs/rules/")

const docs = "../../docs"

func load(t *testing.T) []*rules.Rule {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return pack
}

// TestDocsUpToDate: docs/rules.md and docs/rules/ are what the pack makes,
// no page more (go generate ./internal/ruledoc, or -update, rewrites them).
func TestDocsUpToDate(t *testing.T) {
	pack := load(t)
	if *update {
		if err := Write(docs, pack); err != nil {
			t.Fatal(err)
		}
	}
	files := Files(pack)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(docs, filepath.FromSlash(name)))
		if err != nil || string(got) != want {
			t.Errorf("docs/%s is out of date (%v): run go generate ./internal/ruledoc", name, err)
		}
	}
	pages, _ := filepath.Glob(filepath.Join(docs, "rules", "*.md"))
	for _, p := range pages {
		if _, ok := files["rules/"+filepath.Base(p)]; !ok {
			t.Errorf("docs/rules/%s is no rule's page: run go generate ./internal/ruledoc", filepath.Base(p))
		}
	}
	if len(files) != len(pack)+1 {
		t.Errorf("%d files for %d rules", len(files), len(pack))
	}
}

// TestReference: the one-document reference and the index hold every rule,
// the index linking its page, and every page stays short.
func TestReference(t *testing.T) {
	pack := load(t)
	ref, files := Reference(pack), Files(pack)
	for _, r := range pack {
		if !strings.Contains(ref, "\n### "+r.ID+"\n") || !strings.Contains(ref, "(#"+r.ID+")") {
			t.Errorf("the reference lacks %s", r.ID)
		}
		if !strings.Contains(files["rules.md"], "(rules/"+r.ID+".md)") {
			t.Errorf("the index does not link %s", r.ID)
		}
		page := files["rules/"+r.ID+".md"]
		if !strings.HasPrefix(page, "# "+r.ID+"\n") || !strings.Contains(page, r.Title.In("en")) {
			t.Errorf("rules/%s.md:\n%s", r.ID, page)
		}
		if n := strings.Count(page, "\n"); n > 200 {
			t.Errorf("rules/%s.md is %d lines", r.ID, n)
		}
	}
}
