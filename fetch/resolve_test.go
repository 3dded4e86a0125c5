package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestParseOverrides(t *testing.T) {
	tests := []struct {
		in      []string
		want    map[string][]string
		wantErr string
	}{
		{in: []string{"www.google-analytics.com:443:127.0.0.1"}, want: map[string][]string{"www.google-analytics.com:443": {"127.0.0.1"}}},
		{in: []string{"Esimerkki.Example.:8080:[::1],127.0.0.2"}, want: map[string][]string{"esimerkki.example:8080": {"::1", "127.0.0.2"}}},
		{in: []string{"a.example:80:::ffff:10.0.0.1"}, want: map[string][]string{"a.example:80": {"10.0.0.1"}}},
		{in: []string{"a.example:80"}, wantErr: "want HOST:PORT:ADDRESS"},
		{in: []string{"a.example:http:127.0.0.1"}, wantErr: `the port "http" is not a number`},
		{in: []string{"a.example:0:127.0.0.1"}, wantErr: "from 1 to 65535"},
		{in: []string{"a.example:80:localhost"}, wantErr: `"localhost" is not an IP address`},
		{in: []string{"a b:80:127.0.0.1"}, wantErr: "is not a host name"},
		{in: []string{":80:127.0.0.1"}, wantErr: "want HOST:PORT:ADDRESS"},
	}
	for _, tt := range tests {
		got, err := ParseOverrides(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: error %v, want one saying %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %v, want %v", tt.in, got, tt.want)
		}
		for k, addrs := range tt.want {
			if fmt.Sprint(got[k]) != fmt.Sprint(addrs) {
				t.Errorf("%q: %s -> %v, want %v", tt.in, k, got[k], addrs)
			}
		}
	}
}

// TestOverridesConnect: an overridden host and port connect to the given
// address without DNS, another port of the same host does not, and the
// address policy still judges the address.
func TestOverridesConnect(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/": text("home")})
	port := s.Listener.Addr().(*net.TCPAddr).Port
	ov, err := ParseOverrides([]string{fmt.Sprintf("staging.esimerkki.example:%d:127.0.0.1", port)})
	if err != nil {
		t.Fatal(err)
	}
	noDNS := func(host string) ([]netip.Addr, error) { return nil, fmt.Errorf("no DNS for %s in this test", host) }
	ctx := context.Background()
	url := fmt.Sprintf("http://staging.esimerkki.example:%d/", port)
	if _, err := New(Options{Allow: Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}).Get(ctx, url, nil); err != nil {
		t.Errorf("overridden: %v", err)
	}
	_, err = New(Options{Overrides: ov, Resolve: noDNS}).Get(ctx, url, nil)
	wantKind(t, err, KindRefused)
	other := fmt.Sprintf("http://staging.esimerkki.example:%d/", port+1)
	_, err = New(Options{Allow: Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}).Get(ctx, other, nil)
	if fe := wantKind(t, err, KindNetwork); fe != nil && !strings.Contains(fe.Reason, "no such host") {
		t.Errorf("another port: %q, want the DNS failure", fe.Reason)
	}
	// The exported dialer applies the same.
	conn, err := Options{Allow: Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}.Dialer()(ctx, "tcp", fmt.Sprintf("staging.esimerkki.example:%d", port))
	if err != nil {
		t.Fatalf("Dialer: %v", err)
	}
	_ = conn.Close()
	if _, err := (Options{Overrides: ov, Resolve: noDNS}).Dialer()(ctx, "tcp", fmt.Sprintf("staging.esimerkki.example:%d", port)); err == nil || !strings.Contains(err.Error(), "refused to connect to 127.0.0.1") {
		t.Errorf("Dialer without --allow-net loopback: %v", err)
	}
	if _, err := (Options{AllowPrivate: true}).Dialer()(ctx, "tcp", s.Listener.Addr().String()); err != nil {
		t.Errorf("Dialer with AllowPrivate: %v", err)
	}
}
