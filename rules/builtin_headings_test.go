package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestDuplicateHeadingsMany: notices of few and of many headings, some
// repeated, get the duplicate-heading findings a map of every heading
// gives (headingsSeen lists the first maxListedHeadings, then maps them).
func TestDuplicateHeadingsMany(t *testing.T) {
	eng := NewEngine(loadPack(t), Options{Now: sampleClock})
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{5, maxListedHeadings - 1, maxListedHeadings, maxListedHeadings + 1, 3 * maxListedHeadings, 300} {
		for range 5 {
			var sb strings.Builder
			sb.WriteString("Tietosuojaseloste\n\n")
			for i := range n {
				fmt.Fprintf(&sb, "%d. Otsikko %d\n\nTeksti osiossa %d.\n\n", i+1, rnd.IntN(n/2+1), i)
			}
			doc, err := extract.FromText("notice.txt", []byte(sb.String()), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range eng.Check(doc) {
				if f.Rule == "duplicate-heading" {
					got = append(got, fmt.Sprintf("%d %s", f.Location.Line, f.Message))
				}
			}
			if want := mappedDuplicates(eng, doc); !slices.Equal(got, want) {
				t.Fatalf("%d headings: findings\n%q\nwant\n%q", n, got, want)
			}
		}
	}
}

// mappedDuplicates is what checkDuplicateHeadings finds, every heading
// kept in a map.
func mappedDuplicates(eng *Engine, doc *extract.Document) []string {
	var r *Rule
	for _, x := range eng.rules {
		if x.ID == "duplicate-heading" {
			r = x
		}
	}
	first := map[headingKey]*extract.Section{}
	var out []string
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if s.Kind == extract.KindTitle {
			clear(first)
			continue
		}
		k, ok := headingKeyOf(doc, i)
		if !ok {
			continue
		}
		if prev, ok := first[k]; ok {
			msg := strings.ReplaceAll(r.Message.In("en"), "{first}", fmt.Sprint(prev.HeadingSpan().Start.Line))
			msg = strings.ReplaceAll(msg, "{evidence}", strings.TrimSpace(s.DisplayHeading()))
			out = append(out, fmt.Sprintf("%d %s", s.HeadingSpan().Start.Line, msg))
			continue
		}
		first[k] = s
	}
	return out
}
