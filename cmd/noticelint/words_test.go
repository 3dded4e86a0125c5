package main

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
)

// TestWorded: the libraries' limit and policy errors are worded with the
// flag that sets them, as the command has always said them.
func TestWorded(t *testing.T) {
	refused := func(addr, class string) error {
		return &fetch.RefusedAddressError{Addr: netip.MustParseAddr(addr), Class: class}
	}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&input.SizeError{What: "file", Size: 3700, Limit: 1000}, "file is 3.6 KiB, over the --max-size limit of 1000 B"},
		{&input.SizeError{Limit: 8 << 20}, "larger than the --max-size limit of 8 MiB"},
		{&input.SizeError{What: "the record", Size: 3 << 20, Limit: 1 << 20}, "the record is 3 MiB, over the --max-size limit of 1 MiB"},
		{&input.LineLimitError{Limit: 1 << 20}, "line longer than 1 MiB (2 x --max-size + 1 MiB)"},
		{&lint.TimeoutError{Limit: 200 * time.Millisecond}, "took longer than the per-file time limit of 200ms (--timeout)"},
		{&fetch.Error{Reason: "x", Err: &fetch.TimeoutError{Limit: 15 * time.Second}}, "no complete answer within the time limit of 15s (--timeout)"},
		{refused("169.254.169.254", fetch.ClassMetadata), "refused to connect to 169.254.169.254: a cloud metadata address, which hands out the machine's credentials (allow it only by naming it: --allow-net 169.254.169.254)"},
		{refused("fe80::1", fetch.ClassLinkLocal), "refused to connect to fe80::1: a link-local address (allow it only by naming it: --allow-net fe80::1)"},
		{refused("127.0.0.1", fetch.ClassLoopback), "refused to connect to 127.0.0.1: a loopback address, not a public one (for sites you trust: --allow-net loopback, or --allow-private)"},
		{refused("::ffff:0:a00:1", fetch.ClassPrivate), "refused to connect to ::ffff:0:a00:1 (SIIT for 10.0.0.1): a private address, not a public one (for intranet sites: --allow-net private, or --allow-private)"},
		{refused("100.64.0.1", fetch.ClassOther), "refused to connect to 100.64.0.1: not a public address (use --allow-private for intranet sites)"},
		{&fetch.Error{URL: "http://a.example/", Reason: "x", Err: refused("127.0.0.1", fetch.ClassLoopback)}, "refused to connect to 127.0.0.1: a loopback address, not a public one (for sites you trust: --allow-net loopback, or --allow-private)"},
	} {
		if got, _, ok := worded(tc.err, lintTimeoutFlag); !ok || got != tc.want {
			t.Errorf("%v:\n got %q\nwant %q", tc.err, got, tc.want)
		}
	}
	if _, _, ok := worded(errors.New("cannot read: no such file"), lintTimeoutFlag); ok {
		t.Error("an error of no limit was worded")
	}
	// scan and crawl: the per-file limit is --lint-timeout, a request's --timeout.
	if got, _, _ := worded(&lint.TimeoutError{Limit: time.Second}, siteLintTimeout); got != "took longer than the per-file time limit of 1s (--lint-timeout)" {
		t.Errorf("scan's lint time limit worded %q", got)
	}
}

// TestWord: a result's reason keeps what stands before the error's text
// (a WARC record's place, the page that failed) and gets the flag.
func TestWord(t *testing.T) {
	size := &input.SizeError{What: "the record", Size: 3 << 20, Limit: 1 << 20}
	r := result.FileResult{Err: &result.FileError{Path: "https://f.example/", Reason: "cc.warc.gz, record 11: " + size.Error(), Err: size}}
	word(&r, lintTimeoutFlag)
	if want := "cc.warc.gz, record 11: the record is 3 MiB, over the --max-size limit of 1 MiB"; r.Err.Reason != want {
		t.Errorf("got %q, want %q", r.Err.Reason, want)
	}
	robots := &fetch.TimeoutError{Limit: time.Second}
	r = result.FileResult{Err: &result.FileError{Reason: "robots.txt could not be read: " + robots.Error() + ": the site is unavailable", Err: robots}}
	word(&r, lintTimeoutFlag)
	if want := "robots.txt could not be read: no complete answer within the time limit of 1s (--timeout): the site is unavailable"; r.Err.Reason != want {
		t.Errorf("got %q, want %q", r.Err.Reason, want)
	}
	plain := result.Failed("a.txt", "binary file")
	word(&plain, lintTimeoutFlag)
	if plain.Err.Reason != "binary file" {
		t.Errorf("a reason of no typed error changed: %q", plain.Err.Reason)
	}
	dial := wordedDialer(func(context.Context, string, string) (net.Conn, error) {
		return nil, &fetch.RefusedAddressError{Addr: netip.MustParseAddr("127.0.0.1"), Class: fetch.ClassLoopback}
	})
	_, err := dial(context.Background(), "tcp", "127.0.0.1:80")
	var re *fetch.RefusedAddressError
	if err == nil || !errors.As(err, &re) || err.Error() != "refused to connect to 127.0.0.1: a loopback address, not a public one (for sites you trust: --allow-net loopback, or --allow-private)" {
		t.Errorf("dialer: %v", err)
	}
}
