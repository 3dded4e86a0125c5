package rules

import (
	"slices"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`henkilötietola(?:ki|in)`, []string{"henkilötietola"}},
		{`valvontaviranomai|tietosuojavaltuute`, []string{"valvontaviranomai", "tietosuojavaltuute"}},
		{`(?:finnish )?personal data act`, []string{"personal data act"}},
		{`\(\s*muuta\s*\?\s*\)`, []string{"muuta"}},
		{`(?:^|[^\p{L}])(todo)(?:$|[^\p{L}])`, []string{"todo"}},
		{`a|\d+`, nil},
		{`[abc]x?`, nil},
		{`(?i)hetil`, nil},
	}
	for _, tt := range tests {
		got := requiredLiterals(tt.expr)
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}
