package crawl

import (
	"fmt"
	"testing"
)

func TestParseShard(t *testing.T) {
	if s, err := ParseShard("3/8"); err != nil || s != (Shard{3, 8}) {
		t.Errorf("3/8: %v %v", s, err)
	}
	for _, bad := range []string{"", "3", "8/8", "-1/4", "1/0", "a/b", "1/2/3"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
}

func TestDomain(t *testing.T) {
	for site, want := range map[string]string{
		"esimerkki.example":                  "esimerkki.example",
		"https://www.esimerkki.example/fi/":  "esimerkki.example",
		"shop.kauppa.co.uk":                  "kauppa.co.uk",
		"http://127.0.0.5:8080/":             "127.0.0.5",
		"[::1]":                              "::1",
		"intranet":                           "intranet",
		"https://Pääkaupunki.example/":       "xn--pkaupunki-v2aa.example",
		"https://xn--pkaupunki-v2aa.example": "xn--pkaupunki-v2aa.example",
		"co.uk":                              "co.uk",
	} {
		if got := Domain(site); got != want {
			t.Errorf("Domain(%q) = %q, want %q", site, got, want)
		}
	}
}

// TestShardsStable: the assignment is FNV-1a 64 of the domain modulo n, a
// public promise (the values were computed independently, in Python); they
// must never change.
func TestShardsStable(t *testing.T) {
	for _, c := range []struct {
		domain  string
		n, want int
	}{
		{"esimerkki.example", 16, 1}, {"kauppa.example", 16, 11}, {"foretag.example", 16, 5}, {"127.0.0.5", 16, 10},
		{"esimerkki.example", 1000, 737}, {"kauppa.example", 1000, 243}, {"foretag.example", 1000, 749}, {"127.0.0.5", 1000, 18},
	} {
		if got := ShardOf(c.domain, c.n); got != c.want {
			t.Errorf("ShardOf(%q, %d) = %d, want %d", c.domain, c.n, got, c.want)
		}
	}
	// Sites of one registrable domain share a shard.
	for i := range 5 {
		s := Shard{i, 5}
		if s.Keeps(Domain("www.kauppa.example")) != s.Keeps(Domain("https://kauppa.example/fi/")) {
			t.Error("www.kauppa.example and kauppa.example fell in different shards")
		}
	}
}

// TestShardsPartition: every site falls in exactly one shard of n, and
// the shards are about even.
func TestShardsPartition(t *testing.T) {
	const sites = 5000
	for _, n := range []int{1, 2, 7, 16} {
		counts := make([]int, n)
		for k := range sites {
			d := Domain(fmt.Sprintf("https://www.yritys%d.example/", k))
			in := 0
			for i := range n {
				if (Shard{i, n}).Keeps(d) {
					in++
					counts[i]++
				}
			}
			if in != 1 {
				t.Fatalf("n=%d: %s is in %d shards", n, d, in)
			}
		}
		mean := sites / n
		for i, c := range counts {
			if c < mean*8/10 || c > mean*12/10 {
				t.Errorf("n=%d: shard %d has %d sites, mean %d", n, i, c, mean)
			}
		}
	}
}
