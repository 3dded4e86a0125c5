package lint

import (
	"path/filepath"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// TestProcess: the processors run in order on each file's findings before
// the summary counts them, and the counts follow what they changed.
func TestProcess(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "a.txt"), "Tietosuojaseloste\nRekisterinpitäjä: (Muuta?)\nHenkilötietolain mukaisesti.\n")
	var order []string
	drop := func(path string, fs []rules.Finding) []rules.Finding {
		order = append(order, "drop")
		out := fs[:0]
		for _, f := range fs {
			if f.Rule == "placeholder" || f.Rule == "repealed-law" {
				out = append(out, f) // the rest of the pack has its say on this bare notice
			}
		}
		return out
	}
	suppress := func(path string, fs []rules.Finding) []rules.Finding {
		order = append(order, "suppress")
		for i := range fs {
			if fs[i].Rule == "placeholder" {
				fs[i].Suppressed = &rules.Suppression{Kind: rules.SuppressedExternal, Justification: "test"}
			}
		}
		return fs
	}
	got, sum := runAll(t, []string{dir}, Options{Process: result.Chain(drop, nil, suppress)})
	if len(order) != 2 || order[0] != "drop" || order[1] != "suppress" {
		t.Errorf("processors ran as %v", order)
	}
	if len(got) != 1 || len(got[0].Findings) != 2 {
		t.Fatalf("results %+v", got)
	}
	if sum.BySeverity[rules.Error] != 1 || sum.Suppressed != 1 {
		t.Errorf("summary %+v: want the repealed-law error counted and the placeholder suppressed", sum)
	}
}

// TestPerFile: the engine and language PerFile gives are the ones used.
func TestPerFile(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "a.txt"), "Tietosuojaseloste\nHenkilötietolain mukaisesti.\n")
	testfiles.Write(t, filepath.Join(dir, "b.txt"), "Tietosuojaseloste\nHenkilötietolain mukaisesti.\n")
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	only := rules.NewEngine([]*rules.Rule{rules.Find(pack, "repealed-law")}, rules.Options{})
	got, _ := runAll(t, []string{dir}, Options{PerFile: func(path string) (*rules.Engine, string) {
		if filepath.Base(path) == "a.txt" {
			return only, "sv"
		}
		return nil, ""
	}})
	if len(got) != 2 || got[0].Lang != "sv" || len(got[0].Findings) != 1 || got[1].Lang == "sv" || len(got[1].Findings) < 2 {
		t.Errorf("a.txt: lang %s, %d findings; b.txt: lang %s, %d findings", got[0].Lang, len(got[0].Findings), got[1].Lang, len(got[1].Findings))
	}
}
