// Package crawl runs `noticelint crawl`: it reads a list of sites, keeps
// this shard's, scans each with one worker of a pool, and appends one JSON
// line a site (result.Site) to a results file that a rerun resumes.
package crawl

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/noticelint/noticelint/result"
)

// maxLine bounds one line of the input.
const maxLine = 64 << 10

// LineError is a line of the input that names no scan.
type LineError struct {
	Input  string // the input's name
	Line   int
	Reason string
	Text   string // the line as it is ("" for one too long to keep)
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Input, e.Line, e.Reason) }

// ReadSites reads the sites of an input named name: one a line, a domain
// or a URL ("esimerkki.example", "https://esimerkki.example/fi/"), or a
// JSON object {"site": "..."} or {"url": "..."} (JSON lines); blank lines
// and lines starting with # are skipped. A line that names no site is a
// LineError in bad and reading goes on; err is set only when r cannot be
// read.
func ReadSites(r io.Reader, name string) (sites []string, bad []*LineError, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, long, err := readLine(br)
		last := errors.Is(err, io.EOF)
		if err != nil && !last {
			return sites, bad, fmt.Errorf("%s: cannot read: %w", name, err)
		}
		if long {
			bad = append(bad, &LineError{name, n, fmt.Sprintf("line longer than %d KiB", maxLine>>10), ""})
		} else if s, reason := parseLine(line); reason != "" {
			bad = append(bad, &LineError{name, n, reason, line})
		} else if s != "" {
			sites = append(sites, s)
		}
		if last {
			return sites, bad, nil
		}
	}
}

// readLine reads one line without its end; long says it was longer than
// maxLine (the rest is skipped).
func readLine(br *bufio.Reader) (line string, long bool, err error) {
	var b []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(b)+len(chunk) <= maxLine+2 {
			b = append(b, chunk...)
		} else {
			long = true
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long {
			b = nil
		}
		return strings.TrimRight(string(b), "\r\n"), long, err
	}
}

// parseLine gives the site a line names, "" for a blank or comment line,
// or the reason it names none.
func parseLine(line string) (site, reason string) {
	line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
	if line == "" || strings.HasPrefix(line, "#") {
		return "", ""
	}
	if strings.HasPrefix(line, "{") {
		var v struct {
			Site string `json:"site"`
			URL  string `json:"url"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			return "", result.JSONReason(err)
		}
		if line = strings.TrimSpace(v.Site); line == "" {
			line = strings.TrimSpace(v.URL)
		}
		if line == "" {
			return "", `the JSON object has no "site" or "url"`
		}
	}
	if _, err := Host(line); err != nil {
		return "", fmt.Sprintf("%q: %v", clip(line), err)
	}
	return line, ""
}

// Host gives the host name of a site, a domain or an http(s) URL, in lower
// case and without a port.
func Host(site string) (string, error) {
	raw := site
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", errors.New("not a domain or URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("scheme %q: want a domain, or an http or https URL", u.Scheme)
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" || strings.ContainsAny(host, " \t,;") || u.User != nil {
		return "", errors.New("not a domain or URL")
	}
	return host, nil
}

// Key is what makes two input lines the same site: the site in lower case
// without its scheme and trailing slashes ("HTTPS://Esimerkki.example/"
// and "esimerkki.example" are one site).
func Key(site string) string {
	k := strings.ToLower(strings.TrimSpace(site))
	if _, rest, ok := strings.Cut(k, "://"); ok {
		k = rest
	}
	return strings.TrimRight(k, "/")
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
