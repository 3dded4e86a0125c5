package evidence

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Dialer connects as the fetcher does: fetch.Options.Dialer, with its
// address policy and --browser-resolve.
type Dialer func(ctx context.Context, network, addr string) (net.Conn, error)

// Contact is one connection the browser asked the proxy for.
type Contact struct {
	Time   time.Time
	Method string // CONNECT for a tunnel (https, wss), else the HTTP method
	Host   string // host:port
	URL    string `json:",omitempty"` // the URL of a plain-http request
	// Err says why the proxy did not connect: the address policy refused
	// the address, the host does not resolve, no answer.
	Err string `json:",omitempty"`
}

// proxy is the HTTP proxy one visit's browser context goes through: it
// connects with the fetcher's dialer, so the browser reaches nothing scan
// could not, and its log is the list of hosts the visit contacted. It
// answers plain http requests itself and tunnels CONNECT requests (https,
// secure WebSockets) without looking inside them.
type proxy struct {
	ln     net.Listener
	dial   Dialer
	limit  int
	client *http.Client

	mu       sync.Mutex
	contacts []Contact
	dropped  int
	conns    map[net.Conn]bool
	closed   bool
	wg       sync.WaitGroup
}

// startProxy listens on a loopback port of its own; its log keeps limit
// contacts and counts the rest.
func startProxy(dial Dialer, timeout time.Duration, limit int) (*proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("starting the browser's proxy: %w", err)
	}
	p := &proxy{ln: ln, dial: dial, limit: limit, conns: map[net.Conn]bool{}}
	p.client = &http.Client{
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           dial,
			ResponseHeaderTimeout: timeout,
			DisableCompression:    true, // pass bodies on as they come
			MaxIdleConnsPerHost:   2,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Addr is the proxy's address, for the browser context's proxyServer.
func (p *proxy) Addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			_ = c.Close()
			return
		}
		p.conns[c] = true
		p.wg.Add(1)
		p.mu.Unlock()
		go func() {
			defer p.wg.Done()
			p.handle(c)
			p.mu.Lock()
			delete(p.conns, c)
			p.mu.Unlock()
			_ = c.Close()
		}()
	}
}

func (p *proxy) log(c Contact) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.contacts) >= p.limit {
		p.dropped++
		return
	}
	p.contacts = append(p.contacts, c)
}

// Log gives the contacts so far and how many more were not kept.
func (p *proxy) Log() ([]Contact, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Contact(nil), p.contacts...), p.dropped
}

// Close stops the proxy and its connections, and waits for them.
func (p *proxy) Close() {
	p.mu.Lock()
	p.closed = true
	for c := range p.conns {
		_ = c.Close()
	}
	p.mu.Unlock()
	_ = p.ln.Close()
	p.client.CloseIdleConnections()
	p.wg.Wait()
}

// handle serves the requests of one connection from the browser.
func (p *proxy) handle(c net.Conn) {
	br := bufio.NewReader(c)
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		if req.Method == http.MethodConnect {
			p.tunnel(c, br, req)
			return
		}
		if !p.forward(c, req) {
			return
		}
	}
}

// tunnel connects to the CONNECT request's host and copies bytes both ways.
func (p *proxy) tunnel(c net.Conn, br *bufio.Reader, req *http.Request) {
	host := req.Host
	contact := Contact{Time: time.Now(), Method: http.MethodConnect, Host: host}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	up, err := p.dial(ctx, "tcp", host)
	cancel()
	if err != nil {
		contact.Err = dialReason(err)
		p.log(contact)
		_, _ = io.WriteString(c, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		return
	}
	p.log(contact)
	if !p.track(up) {
		_ = up.Close()
		return
	}
	defer func() {
		_ = up.Close()
		p.untrack(up)
	}()
	if _, err := io.WriteString(c, "HTTP/1.1 200 Connection Established\r\n\r\n"); err != nil {
		return
	}
	done := make(chan struct{})
	go func() {
		// Bytes the browser sent after its CONNECT, already buffered, first.
		_, _ = io.Copy(up, br)
		if tc, ok := up.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
		}
		close(done)
	}()
	_, _ = io.Copy(c, up)
	_ = c.Close()
	<-done
}

// forward sends a plain-http request on and copies its answer back; it
// reports whether the connection may serve another request.
func (p *proxy) forward(c net.Conn, req *http.Request) bool {
	contact := Contact{Time: time.Now(), Method: req.Method, Host: hostPort(req), URL: req.URL.String()}
	if !req.URL.IsAbs() || req.URL.Scheme != "http" {
		contact.Err = "not a proxy request"
		p.log(contact)
		_, _ = io.WriteString(c, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		return false
	}
	out := req.Clone(req.Context())
	out.RequestURI = ""
	out.Header.Del("Proxy-Connection")
	out.Header.Del("Proxy-Authorization")
	resp, err := p.client.Do(out)
	if err != nil {
		contact.Err = dialReason(err)
		p.log(contact)
		_, _ = io.WriteString(c, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		return false
	}
	p.log(contact)
	defer func() { _ = resp.Body.Close() }()
	resp.Close = req.Close
	if err := resp.Write(c); err != nil {
		return false
	}
	return !req.Close && !resp.Close
}

func (p *proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.conns[c] = true
	return true
}

func (p *proxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
}

// hostPort is a request's host with its port ("esimerkki.example:80").
func hostPort(req *http.Request) string {
	h := req.URL.Host
	if h == "" {
		h = req.Host
	}
	if _, _, err := net.SplitHostPort(h); err != nil {
		return net.JoinHostPort(strings.Trim(h, "[]"), "80")
	}
	return h
}

// dialReason says why a connection failed, the address policy's words
// when it refused.
func dialReason(err error) string {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, "refused to connect to"); ok {
		return "refused to connect to" + after
	}
	return msg
}
