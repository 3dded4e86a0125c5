package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// FuzzCheck runs the whole pack on arbitrary text: no panic, and every
// finding lies in the source with a message and a fingerprint.
func FuzzCheck(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/notices/*.txt")
	pack := loadPack(f)
	for _, r := range pack {
		for _, s := range r.Samples.Fire {
			f.Add([]byte(s.Text))
		}
	}
	engine := NewEngine(pack, Options{Now: sampleClock})
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := extract.FromText("fuzz.txt", data, extract.Options{})
		if err != nil {
			return
		}
		for _, fd := range engine.Check(doc) {
			l := fd.Location
			if l.Line < 1 || l.Column < 1 || l.EndLine < l.Line || (l.EndLine == l.Line && l.EndColumn < l.Column) {
				t.Fatalf("%s at %+v", fd.Rule, l)
			}
			if l.Column > utf8.RuneCountInString(fd.Snippet)+1 {
				t.Fatalf("%s at column %d of %q", fd.Rule, l.Column, fd.Snippet)
			}
			if fd.Message == "" || fd.Fingerprint == "" {
				t.Fatalf("%s without message or fingerprint", fd.Rule)
			}
		}
	})
}
