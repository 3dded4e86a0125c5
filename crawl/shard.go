package crawl

import (
	"fmt"
	"hash/fnv"
	"net"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Shard is one part of the sites, i of n (0 <= i < n), as --shard i/n.
type Shard struct{ I, N int }

// ParseShard reads "i/n", e.g. "0/4" (0-based, as Kubernetes'
// JOB_COMPLETION_INDEX).
func ParseShard(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(is))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("%q: want i/n, e.g. 0/4", s)
	}
	if n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("%q: want 0 <= i < n", s)
	}
	return Shard{i, n}, nil
}

// Keeps reports whether the site with this registrable domain is in the
// shard. The zero Shard keeps every scan.
func (s Shard) Keeps(domain string) bool {
	return s.N <= 1 || ShardOf(domain, s.N) == s.I
}

// KeepsBad reports whether the shard reports a bad input line. A line
// that names no site has no domain, so it falls in a shard by the hash of
// its text, as ShardOf hashes a domain: of n machines sharing one input,
// exactly one reports it (and exits 3), not every one.
func (s Shard) KeepsBad(e *LineError) bool {
	return s.N <= 1 || ShardOf(e.Text, s.N) == s.I
}

// ShardOf is the shard of n that a registrable domain falls in: the 64-bit
// FNV-1a hash of the domain (as Domain gives it: lower case, IDNA ASCII)
// modulo n. This assignment is part of noticelint's interface and does not
// change between versions, so shards of one list stay the same.
func ShardOf(domain string, n int) int {
	h := fnv.New64a()
	_, _ = h.Write([]byte(domain))
	return int(h.Sum64() % uint64(n))
}

// Domain is the registrable domain of a site (its public suffix plus one
// label: "www.esimerkki.example" -> "esimerkki.example", "a.b.co.uk" ->
// "b.co.uk"), in lower case and IDNA ASCII form; for an IP address, a
// single label or a public suffix itself, the host. All the sites of one
// organisation's domain fall in the same shard.
func Domain(site string) string {
	host, err := Host(site)
	if err != nil {
		return Key(site)
	}
	if a, err := idna.Lookup.ToASCII(host); err == nil {
		host = a
	}
	if net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}
