package rules

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// TestFingerprintsSurviveEdits: inserting and changing lines elsewhere in a
// notice moves its findings but keeps their fingerprints, which are what
// SARIF's primaryLocationLineHash and a baseline match on.
func TestFingerprintsSurviveEdits(t *testing.T) {
	raw, err := os.ReadFile("../testdata/notices/fi-layout2-template-table.txt")
	if err != nil {
		t.Fatal(err)
	}
	before := string(raw)
	after := "Päivitetty versio alla.\n\nLue huolellisesti.\n\n" +
		strings.Replace(before, "Asiakasrekisteri\n", "Asiakas- ja markkinointirekisteri\n", 1)
	pack := loadPack(t)
	fingerprints := func(text string) map[string]int {
		doc, err := extract.FromText("notice.txt", []byte(text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		for _, f := range NewEngine(pack, Options{Now: sampleClock}).Check(doc) {
			m[f.Rule+" "+f.Fingerprint] = f.Location.Line
		}
		return m
	}
	a, b := fingerprints(before), fingerprints(after)
	if len(a) < 10 {
		t.Fatalf("only %d findings", len(a))
	}
	for key, line := range a {
		moved, ok := b[key]
		if !ok {
			t.Errorf("%s (line %d) lost its fingerprint after an edit elsewhere", key, line)
		} else if moved != line+4 {
			t.Errorf("%s moved from line %d to %d, want %d", key, line, moved, line+4)
		}
	}
	// The same finding twice in a file gets two fingerprints.
	twice := fingerprints("Tietosuojaseloste\n(Muuta?)\n(Muuta?)\n")
	n := 0
	for key := range twice {
		if strings.HasPrefix(key, "placeholder ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d placeholder fingerprints for two occurrences, want 2", n)
	}
}

func TestSuppressionComments(t *testing.T) {
	doc, err := extract.FromText("n.txt", []byte("Tietosuojaseloste\n(Muuta?)\nHenkilötietolain mukaan.\n(Muuta?)\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Suppressions = []extract.Suppression{
		{Rule: "placeholder", FromLine: 2, ToLine: 3, CommentLine: 1},
		{Rule: "", FromLine: 3, ToLine: 3, CommentLine: 1},
	}
	got := map[string]bool{}
	for _, f := range NewEngine(loadPack(t), Options{Now: sampleClock}).Check(doc) {
		got[fmt.Sprintf("%s:%d", f.Rule, f.Location.Line)] = f.Suppressed != nil
		if f.Suppressed != nil && (f.Suppressed.Kind != SuppressedInSource || !strings.Contains(f.Suppressed.Justification, "line 1")) {
			t.Errorf("%s: suppression %+v", f.Rule, f.Suppressed)
		}
	}
	want := map[string]bool{"placeholder:2": true, "repealed-law:3": true, "placeholder:4": false}
	for k, v := range want {
		if s, ok := got[k]; !ok || s != v {
			t.Errorf("%s: suppressed %v (found %v), want %v", k, s, ok, v)
		}
	}
}

func TestNormalizeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"Rekisterinpitäjä":             "rekisterinpitäjä",
		"oikeus  vastustaa":            "oikeus vastustaa",
		" Oikeus vastustaa ":           "oikeus vastustaa",
		"oikeus\tvastustaa\n":          "oikeus vastustaa",
		"oikeus\u00a0vastustaa":        "oikeus vastustaa",
		"rätt att invända":             "rätt att invända",
		"":                             "",
		"Data\u2003Protection Officer": "data protection officer",
	} {
		if got := normalizeSpace(in); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFingerprintFor: the fingerprint for the finding's own path is its
// fingerprint; for another path it differs and keeps the occurrence, as
// the engine gives it for a file of that name.
func TestFingerprintFor(t *testing.T) {
	check := func(path string) []Finding {
		doc, err := extract.FromText(path, []byte("Tietosuojaseloste\n(Muuta?)\n(Muuta?)\n"), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return NewEngine(loadPack(t), Options{Now: sampleClock}).Check(doc)
	}
	here, there := check("/srv/repo/notices/a.txt"), check("notices/a.txt")
	if len(here) != len(there) || len(here) < 2 {
		t.Fatalf("%d and %d findings", len(here), len(there))
	}
	for i, f := range here {
		if got := f.FingerprintFor(f.Path); got != f.Fingerprint {
			t.Errorf("%s: FingerprintFor its own path %s, want %s", f.Rule, got, f.Fingerprint)
		}
		if got := f.FingerprintFor("notices/a.txt"); got != there[i].Fingerprint || got == f.Fingerprint {
			t.Errorf("%s: FingerprintFor another path %s, want %s", f.Rule, got, there[i].Fingerprint)
		}
	}
}

// TestFindingSectionIsTheLabelsHeading: a finding in a "Label:" field is
// reported under the heading the field stands in, not under the label,
// which a reader does not name as a section.
func TestFindingSectionIsTheLabelsHeading(t *testing.T) {
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	tests := []struct{ text, want string }{
		{"Tietosuojaseloste\n\n6. Rekisterin tietosisältö\n\nTallennettavat tiedot:\nnimi, osoite ja (Muuta?)\n", "6. Rekisterin tietosisältö"},
		{"Tietosuojaseloste\n\n1. Rekisterinpitäjä\nY-tunnus:\nOsoite: Mallikatu 1 (Muuta?)\n", "1. Rekisterinpitäjä"},
		{"Tietosuojaseloste\n\nLisätiedot:\n(Muuta?)\n", "Tietosuojaseloste"},
	}
	for _, tt := range tests {
		doc, err := extract.FromText("t.txt", []byte(tt.text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range engine.Check(doc) {
			if f.Rule != "placeholder" {
				continue
			}
			n++
			if f.Section != tt.want {
				t.Errorf("%q: placeholder in section %q, want %q", tt.text, f.Section, tt.want)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d placeholder findings", tt.text, n)
		}
	}
}

// plainFingerprints is what setFingerprints gives fs, each finding hashed
// on its own.
func plainFingerprints(fs []Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		sum := fs[i].hash(fs[i].Path)
		seen[sum]++
		out[i] = sum + ":" + strconv.Itoa(seen[sum])
	}
	return out
}

// TestFingerprintsPlain: the fingerprints of the generated notices'
// findings are those of each finding hashed on its own.
func TestFingerprintsPlain(t *testing.T) {
	eng := NewEngine(loadPack(t), Options{Now: sampleClock})
	for _, nt := range gen.Generate(100, 3) {
		fs := eng.Check(readDoc(t, nt.Name, nt.Content))
		want := plainFingerprints(fs)
		for i := range fs {
			if fs[i].Fingerprint != want[i] {
				t.Fatalf("%s: %+v: fingerprint %s, want %s", nt.Name, fs[i], fs[i].Fingerprint, want[i])
			}
		}
	}
}

// fixable reports whether the suggestion may replace the evidence as is.
func fixable(forms []FormSuggestion, evidence string) bool {
	var lower string // the evidence lower-cased, for the forms (most rules have none)
	if len(forms) > 0 {
		lower = strings.ToLower(evidence)
	}
	for _, f := range forms {
		if f.re.MatchString(lower) {
			return !f.NoFix
		}
	}
	return true
}

// suggestion is the rule's wording for the evidence in the notice's
// language, Finnish when the language is unknown.
func suggestion(suggest map[string]string, forms []FormSuggestion, lang, evidence string) string {
	in := func(m map[string]string) string {
		if s, ok := m[lang]; ok {
			return s
		}
		return m["fi"]
	}
	var lower string // the evidence lower-cased, for the forms (most rules have none)
	if len(forms) > 0 {
		lower = strings.ToLower(evidence)
	}
	for _, f := range forms {
		if f.re.MatchString(lower) {
			if s := in(f.Suggest); s != "" {
				return s
			}
		}
	}
	return in(suggest)
}

// TestSuggestionFor: suggestionFor gives the wording suggestion gives and
// whether fixable lets it replace the evidence, for every rule's forms and
// the evidence of its samples.
func TestSuggestionFor(t *testing.T) {
	n := 0
	for _, r := range loadPack(t) {
		suggest, forms, _ := r.wording()
		var evidence []string
		for _, s := range slices.Concat(r.Samples.Fire, r.Samples.Quiet) {
			evidence = append(evidence, s.Text, strings.ToUpper(s.Text), "")
		}
		for _, f := range forms {
			evidence = append(evidence, f.Match)
		}
		for _, ev := range evidence {
			for _, lang := range []string{"fi", "sv", "en", "de"} {
				for _, ask := range []bool{false, true} {
					got, fix := suggestionFor(suggest, forms, lang, ev, ask)
					if want := suggestion(suggest, forms, lang, ev); got != want {
						t.Fatalf("%s %q %s: %q, want %q", r.ID, ev, lang, got, want)
					}
					if want := ask && fixable(forms, ev); fix != want {
						t.Fatalf("%s %q %s: fix %v, want %v", r.ID, ev, lang, fix, want)
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no forms")
	}
}
