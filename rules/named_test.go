package rules

import (
	"strings"
	"testing"
)

// TestNamedPatterns: a line {NAME} stands for the named pattern's lines,
// alone or among other lines; an
// unknown name is an error naming it.
func TestNamedPatterns(t *testing.T) {
	named := namedPatterns()["rights-heading"]
	if named == "" || strings.Contains(named, "# ") {
		t.Fatalf("rights-heading: %q", named)
	}
	ref, err := compileCondition("{rights-heading}\n\\bpääsy\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := joinLines(named + "\n\\bpääsy\n"); ref.expr != want {
		t.Errorf("expanded to %q, want %q", ref.expr, want)
	}
	for s, want := range map[string]bool{"dina rättigheter": true, "your rights": true, "sinulla on oikeus:": true, "pääsy tietoihin": true, "copyrights": false} {
		if got := ref.MatchString(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
	if _, err := compileLocated("{no-such-family}", true); err == nil || !strings.Contains(err.Error(), "no-such-family") {
		t.Errorf("located: %v", err)
	}
	for _, p := range []string{"{no-such-family}", "x\n{no-such-family}\n"} {
		if _, err := compileCondition(p); err == nil || !strings.Contains(err.Error(), `no named pattern is called "no-such-family"`) {
			t.Errorf("%q: %v", p, err)
		}
	}
	// A rule file naming an unknown family does not load.
	_, err = ParseRule("t.yaml", []byte(ruleHead+"kind: require\nstatements: {fi: [{all: ['x']}]}\nanchor: ['{rights-headings}']\n"))
	if err == nil || !strings.Contains(err.Error(), `anchor "{rights-headings}": no named pattern is called "rights-headings"`) {
		t.Errorf("rule with an unknown family: %v", err)
	}
}
