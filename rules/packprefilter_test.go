package rules

import (
	"os"
	"slices"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/ahocorasick"
	"github.com/noticelint/noticelint/internal/gen"
)

// TestPackPrefilterUpToDate: packprefilter.bin is the automaton of the
// pack's literals as Load numbers them (go generate ./rules, or -update,
// rewrites it).
func TestPackPrefilterUpToDate(t *testing.T) {
	data, err := encodePackPrefilter(packLiterals)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("packprefilter.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(data) != packPrefilterData {
		t.Fatal("packprefilter.bin is out of date with the pack's literals: run go generate ./rules")
	}
}

// TestPackPrefilterUsed: the pack alone gets the embedded automaton, which
// finds what one built from the literals finds; other literals get one
// built for them.
func TestPackPrefilterUsed(t *testing.T) {
	a := builtPrefilter(packLiterals)
	if a == nil {
		t.Fatal("the pack's literals do not get the embedded automaton")
	}
	if builtPrefilter(append(slices.Clone(packLiterals), "fictional-extra")) != nil {
		t.Error("literals beyond the pack's got the embedded automaton")
	}
	if builtPrefilter(packLiterals[1:]) != nil {
		t.Error("other literals got the embedded automaton")
	}
	built := &prefilter{ac: ahocorasick.New(packLiterals), count: len(packLiterals)}
	embedded := &prefilter{ac: a, count: len(packLiterals)}
	for _, n := range gen.Generate(20, 11) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, want := embedded.scanDocument(doc), built.scanDocument(doc)
		if !slices.Equal(got.anyText, want.anyText) || slices.Equal(want.anyText, make(litSet, len(want.anyText))) {
			t.Fatalf("%s: embedded automaton's literals differ from the built one's (or none found)", n.Name)
		}
	}
}

// TestDecodeLiteralsRefuses: a literal list cut short is refused.
func TestDecodeLiteralsRefuses(t *testing.T) {
	for _, s := range []string{"", "\x01\x00\x00", "\x01\x00\x00\x00\x05\x00\x00\x00abc", "\xff\xff\xff\x7f", "\x00\x00\x00\x00\x00\x00"} {
		if _, _, ok := decodeLiterals(s); ok {
			t.Errorf("%q read", s)
		}
	}
	lits, rest, ok := decodeLiterals("\x02\x00\x00\x00\x01\x00\x00\x00a\x02\x00\x00\x00bc\x00XY")
	if !ok || !slices.Equal(lits, []string{"a", "bc"}) || rest != "XY" {
		t.Errorf("got %q, %q, %v", lits, rest, ok)
	}
}
