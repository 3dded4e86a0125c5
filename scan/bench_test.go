package scan

import (
	"context"
	"testing"

	"github.com/noticelint/noticelint/result"
)

// BenchmarkScan scans one loopback site (home page, a page of links, the
// notice) with a fresh scanner each time, robots.txt included: the cost of
// one site without network latency.
func BenchmarkScan(b *testing.B) {
	hub := `<html><body><a href="/tietosuoja/asiakasrekisteri">Asiakasrekisterin tietosuojaseloste</a></body></html>`
	s := serveBench(b, map[string]string{
		"/":                            homePage([][2]string{{"Tuotteet", "/tuotteet"}}, [][2]string{{"Evästeet", "/evasteet"}, {"Tietosuoja", "/tietosuoja"}}),
		"/tietosuoja":                  hub,
		"/tietosuoja/asiakasrekisteri": notice(b, "fi-complete.txt"),
	})
	b.ReportAllocs()
	for b.Loop() {
		sc := newScanner(b, nil)
		if r := sc.Scan(context.Background(), s); r.Status != result.StatusOK {
			b.Fatalf("status %s: %v", r.Status, r.File.Err)
		}
		sc.Close()
	}
}
