package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.215.14": true, "2a00:1450:4026:808::200e": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "0.0.0.0": false, "100.64.0.1": false, "224.0.0.1": false,
		"255.255.255.255": false, "198.18.0.1": false, "::1": false, "::": false, "fe80::1": false,
		"fd00::1": false, "::ffff:127.0.0.1": false, "::ffff:10.0.0.1": false, "2001:db8::1": false,
		// IPv6 addresses that carry an IPv4 address are judged by it.
		"64:ff9b::a9fe:a9fe": false, "64:ff9b::10.0.0.1": false, "64:ff9b::127.0.0.1": false,
		"64:ff9b::93.184.215.14": true,
		"::169.254.169.254":      false, "::10.1.2.3": false, "::7f00:1": false, "::93.184.215.14": true,
		"::ffff:0:169.254.169.254": false, "::ffff:0:192.168.0.1": false, "::ffff:0:93.184.215.14": true,
		"64:ff9b:1::93.184.215.14": false, // local-use translation prefix: never public
	} {
		if got := Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v", addr, got)
		}
	}
}

func TestEmbedded(t *testing.T) {
	for addr, want := range map[string]string{
		"64:ff9b::a9fe:a9fe":       "169.254.169.254 NAT64",
		"::a9fe:a9fe":              "169.254.169.254 IPv4-compatible",
		"::ffff:0:a9fe:a9fe":       "169.254.169.254 SIIT",
		"::ffff:169.254.169.254":   "169.254.169.254 ",
		"::1":                      "::1 ",
		"::":                       ":: ",
		"2a00:1450:4026:808::200e": "2a00:1450:4026:808::200e ",
		"10.0.0.1":                 "10.0.0.1 ",
	} {
		a, how := Embedded(netip.MustParseAddr(addr))
		if got := a.String() + " " + how; got != want {
			t.Errorf("Embedded(%s) = %s, want %s", addr, got, want)
		}
	}
}

func TestParseAllowance(t *testing.T) {
	al, err := ParseAllowance([]string{"loopback", "10.0.0.0/8, 192.168.1.7", "::ffff:172.16.0.0/108", "fd12:3456::/32"})
	if err != nil {
		t.Fatal(err)
	}
	var nets []string
	for _, n := range al.Nets {
		nets = append(nets, n.String())
	}
	if !al.Loopback || al.Private || al.Special || strings.Join(nets, " ") != "10.0.0.0/8 192.168.1.7/32 172.16.0.0/12 fd12:3456::/32" {
		t.Errorf("ParseAllowance = %+v", al)
	}
	if al, err := ParseAllowance([]string{"private"}); err != nil || !al.Private || al.Loopback {
		t.Errorf("private: %+v %v", al, err)
	}
	for _, bad := range []string{"intranet", "10.0.0.1/8", "10.0.0.0/33", "fe80::1%eth0", ""} {
		if _, err := ParseAllowance([]string{bad}); err == nil {
			t.Errorf("ParseAllowance(%q) gave no error", bad)
		}
	}
}

// TestAllowance: --allow-private allows loopback, private and the other
// non-public ranges but not link-local or cloud metadata addresses;
// loopback and private allow their class only; a named range allows what
// it holds, link-local included, but a metadata address only named as
// itself; an IPv6 address carrying an IPv4 address is judged by it.
func TestAllowance(t *testing.T) {
	mustAllow := func(values ...string) Allowance {
		al, err := ParseAllowance(values)
		if err != nil {
			t.Fatal(err)
		}
		return al
	}
	addrs := []string{
		"127.0.0.1", "::1", "10.1.2.3", "192.168.0.5", "fd12::1", "100.64.0.1", "192.0.2.1",
		"169.254.1.1", "fe80::1", "169.254.169.254", "fd00:ec2::254", "100.100.100.200",
		"64:ff9b::a9fe:a9fe", "64:ff9b::a00:1", "::ffff:0:7f00:1", "93.184.215.14",
	}
	for _, tc := range []struct {
		name    string
		al      Allowance
		allowed string // the addrs allowed, in order
	}{
		{"none", Allowance{}, ""},
		{"--allow-private", AllowPrivate, "127.0.0.1 ::1 10.1.2.3 192.168.0.5 fd12::1 100.64.0.1 192.0.2.1 64:ff9b::a00:1 ::ffff:0:7f00:1"},
		{"loopback", mustAllow("loopback"), "127.0.0.1 ::1 ::ffff:0:7f00:1"},
		{"private", mustAllow("private"), "10.1.2.3 192.168.0.5 fd12::1 64:ff9b::a00:1"},
		{"10.0.0.0/8", mustAllow("10.0.0.0/8"), "10.1.2.3 64:ff9b::a00:1"},
		{"link-local ranges", mustAllow("169.254.0.0/16,fe80::/10"), "169.254.1.1 fe80::1"},
		{"ULA range", mustAllow("fd00::/8"), "fd12::1"},
		{"a metadata address named", mustAllow("169.254.169.254"), "169.254.169.254 64:ff9b::a9fe:a9fe"},
		{"all named", mustAllow("0.0.0.0/0,::/0"), "127.0.0.1 ::1 10.1.2.3 192.168.0.5 fd12::1 100.64.0.1 192.0.2.1 169.254.1.1 fe80::1 64:ff9b::a00:1 ::ffff:0:7f00:1"},
	} {
		o := Options{Allow: tc.al}
		var got []string
		for _, a := range addrs {
			if o.allowed(netip.MustParseAddr(a)) == nil && !Public(netip.MustParseAddr(a)) {
				got = append(got, a)
			}
		}
		if strings.Join(got, " ") != tc.allowed {
			t.Errorf("%s allows %v\nwant %s", tc.name, got, tc.allowed)
		}
	}
	if (&Options{}).allowed(netip.MustParseAddr("93.184.215.14")) != nil {
		t.Error("a public address is refused")
	}
}

// TestRefusedReasons: the error names the address, the IPv4 address an
// IPv6 one carries, and its class (the command words how to allow it).
func TestRefusedReasons(t *testing.T) {
	o := Options{Allow: AllowPrivate}
	for addr, want := range map[string]string{
		"169.254.169.254":    "refused to connect to 169.254.169.254: a cloud metadata address, which hands out the machine's credentials",
		"64:ff9b::a9fe:a9fe": "refused to connect to 64:ff9b::a9fe:a9fe (NAT64 for 169.254.169.254): a cloud metadata address, which hands out the machine's credentials",
		"fe80::1":            "refused to connect to fe80::1: a link-local address",
	} {
		if err := o.allowed(netip.MustParseAddr(addr)); err == nil || err.Error() != want {
			t.Errorf("%s: %v\nwant %s", addr, err, want)
		}
	}
	err := (&Options{}).allowed(netip.MustParseAddr("::ffff:0:10.0.0.1"))
	var re *RefusedAddressError
	if want := "refused to connect to ::ffff:0:a00:1 (SIIT for 10.0.0.1): a private address, not a public one"; err == nil || err.Error() != want {
		t.Errorf("%v\nwant %s", err, want)
	} else if !errors.As(err, &re) || re.Class != ClassPrivate {
		t.Errorf("%#v: want a RefusedAddressError of class private", err)
	}
	for addr, class := range map[string]string{"127.0.0.1": ClassLoopback, "100.64.0.1": ClassOther, "169.254.169.254": ClassMetadata} {
		if err := (&Options{}).allowed(netip.MustParseAddr(addr)); !errors.As(err, &re) || re.Class != class {
			t.Errorf("%s: %v, want class %s", addr, err, class)
		}
	}
}

// TestRefusedWhenConnecting: a host name whose DNS answer is a NAT64
// address of the metadata service is refused before any connection, even
// with --allow-private; --allow-net loopback allows a loopback site and
// not a private one.
func TestRefusedWhenConnecting(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/": text("home")})
	port := s.Listener.Addr().(*net.TCPAddr).Port
	resolve := func(addr string) func(string) ([]netip.Addr, error) {
		return func(string) ([]netip.Addr, error) { return []netip.Addr{netip.MustParseAddr(addr)}, nil }
	}
	url := fmt.Sprintf("http://esimerkki.example:%d/", port)
	ctx := context.Background()

	_, err := New(Options{AllowPrivate: true, Resolve: resolve("64:ff9b::a9fe:a9fe")}).Get(ctx, url, nil)
	if fe := wantKind(t, err, KindRefused); fe != nil && !strings.Contains(fe.Reason, "(NAT64 for 169.254.169.254): a cloud metadata address") {
		t.Errorf("reason %q", fe.Reason)
	}
	loopbackOnly := Allowance{Loopback: true}
	if _, err := New(Options{Allow: loopbackOnly, Resolve: resolve("127.0.0.1")}).Get(ctx, url, nil); err != nil {
		t.Errorf("--allow-net loopback: %v", err)
	}
	_, err = New(Options{Allow: loopbackOnly, Resolve: resolve("10.0.0.1")}).Get(ctx, url, nil)
	wantKind(t, err, KindRefused)
	if s.hits("/") != 1 {
		t.Errorf("the site was asked %d times, want once", s.hits("/"))
	}
}
