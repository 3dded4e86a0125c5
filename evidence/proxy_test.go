package evidence

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
)

// TestProxy: plain http is forwarded and https tunnelled to where the
// fetcher's dialer connects (--browser-resolve), each logged; what the
// address policy refuses is refused and logged with its reason.
func TestProxy(t *testing.T) {
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Set-Cookie", "a=1")
		fmt.Fprintf(w, "plain %s %s", r.Host, r.URL.RequestURI())
	}))
	defer plain.Close()
	secure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "secure %s", r.URL.Path)
	}))
	defer secure.Close()
	pport := plain.Listener.Addr().(*net.TCPAddr).Port
	sport := secure.Listener.Addr().(*net.TCPAddr).Port
	ov, err := fetch.ParseOverrides([]string{
		fmt.Sprintf("www.esimerkki.example:%d:127.0.0.1", pport),
		fmt.Sprintf("secure.esimerkki.example:%d:127.0.0.1", sport),
		"metadata.esimerkki.example:80:169.254.169.254",
	})
	if err != nil {
		t.Fatal(err)
	}
	noDNS := func(host string) ([]netip.Addr, error) { return nil, fmt.Errorf("no DNS in this test") }
	dial := fetch.Options{Allow: fetch.Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}.Dialer()
	p, err := startProxy(dial, 5*time.Second, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	proxyURL, _ := url.Parse("http://" + p.Addr())
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		Proxy:           http.ProxyURL(proxyURL),
		TLSClientConfig: &tls.Config{ServerName: "example.com", RootCAs: secure.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs},
	}}
	get := func(u string) (int, string) {
		resp, err := client.Get(u)
		if err != nil {
			return 0, err.Error()
		}
		defer func() { _ = resp.Body.Close() }()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for range 2 { // the second over the same connection
		if code, body := get(fmt.Sprintf("http://www.esimerkki.example:%d/x?y=1", pport)); code != 200 || body != fmt.Sprintf("plain www.esimerkki.example:%d /x?y=1", pport) {
			t.Errorf("plain http: %d %q", code, body)
		}
	}
	if code, body := get(fmt.Sprintf("https://secure.esimerkki.example:%d/z", sport)); code != 200 || body != "secure /z" {
		t.Errorf("https through a tunnel: %d %q", code, body)
	}
	if code, _ := get("http://metadata.esimerkki.example/latest/meta-data/"); code != http.StatusBadGateway {
		t.Errorf("the metadata address: %d, want 502", code)
	}
	if code, _ := get("http://elsewhere.example/"); code != http.StatusBadGateway {
		t.Errorf("a host that does not resolve: %d, want 502", code)
	}
	log, dropped := p.Log()
	var lines []string
	for _, c := range log {
		lines = append(lines, c.Method+" "+c.Host+" "+c.Err)
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		fmt.Sprintf("GET www.esimerkki.example:%d ", pport),
		fmt.Sprintf("CONNECT secure.esimerkki.example:%d ", sport),
		"GET metadata.esimerkki.example:80 refused to connect to 169.254.169.254: a cloud metadata address",
		"GET elsewhere.example:80 ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the log lacks %q:\n%s", want, got)
		}
	}
	if dropped != 0 || strings.Count(got, "GET www.esimerkki.example") != 2 {
		t.Errorf("log (dropped %d):\n%s", dropped, got)
	}
	// A request that is not a proxy request is refused.
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Close() }()
	_, _ = io.WriteString(c, "GET /local HTTP/1.1\r\nHost: x\r\n\r\n")
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, _ := io.ReadAll(c)
	if !strings.HasPrefix(string(b), "HTTP/1.1 400") {
		t.Errorf("a request for a local path: %q", b)
	}
	_ = context.Background()
}

// TestProxyLogBounded: the log keeps at most its limit and counts the rest.
func TestProxyLogBounded(t *testing.T) {
	p := &proxy{limit: 2}
	for i := range 5 {
		p.log(Contact{Host: fmt.Sprintf("h%d:80", i)})
	}
	log, dropped := p.Log()
	if len(log) != 2 || dropped != 3 {
		t.Errorf("%d kept, %d dropped", len(log), dropped)
	}
}
