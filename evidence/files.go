package evidence

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/fserr"
)

// FileVersion is the version of visit.json's shape.
const FileVersion = 1

// Notice is the notice as it was fetched, for the evidence files.
type Notice struct {
	URL         string
	Status      int
	ContentType string
	Format      string // extract.Format*
	Body        []byte
	Fetched     time.Time
}

// visitFile is visit.json: the visit, HAR-like, and where its other files
// are.
type visitFile struct {
	Version int    `json:"noticelint_visit"`
	Site    string `json:"site"`
	*Visit
	Screenshot      string      `json:"screenshot,omitempty"`
	AfterScreenshot string      `json:"after_refusal_screenshot,omitempty"`
	Notice          *noticeFile `json:"notice_fetched,omitempty"`
}

type noticeFile struct {
	URL         string    `json:"url"`
	Status      int       `json:"status"`
	ContentType string    `json:"content_type,omitempty"`
	Fetched     time.Time `json:"fetched"`
	File        string    `json:"file"`
}

// WriteFiles keeps a site's evidence in a directory of its own under dir:
// visit.json (every page load, request, cookie, web-storage key and proxy
// connection, the consent banner's fate), home.png (the home page as
// loaded), after-refusal.png (as loaded again after "reject all") and the
// notice as fetched (notice.html, .pdf ...). It returns that directory.
func WriteFiles(dir, site string, v *Visit, notice *Notice) (string, error) {
	sub := filepath.Join(dir, Slug(site))
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return "", fmt.Errorf("--evidence %s: %w", dir, fserr.Reason(err))
	}
	f := visitFile{Version: FileVersion, Site: site, Visit: v}
	write := func(name string, data []byte) error {
		if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
			return fmt.Errorf("--evidence: %s: %w", filepath.Join(sub, name), fserr.Reason(err))
		}
		return nil
	}
	if len(v.Screenshot) > 0 {
		f.Screenshot = "home.png"
		if err := write(f.Screenshot, v.Screenshot); err != nil {
			return "", err
		}
	}
	if len(v.AfterScreenshot) > 0 {
		f.AfterScreenshot = "after-refusal.png"
		if err := write(f.AfterScreenshot, v.AfterScreenshot); err != nil {
			return "", err
		}
	}
	if notice != nil {
		name := "notice" + extension(notice.Format)
		f.Notice = &noticeFile{URL: notice.URL, Status: notice.Status, ContentType: notice.ContentType, Fetched: notice.Fetched.UTC(), File: name}
		if err := write(name, notice.Body); err != nil {
			return "", err
		}
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return "", err
	}
	if err := write("visit.json", append(data, '\n')); err != nil {
		return "", err
	}
	return sub, nil
}

// Slug is a site's directory name under --evidence: its host name and a
// short hash of the site as given, so that two sites never share one.
func Slug(site string) string {
	host := hostOf(site)
	if host == "" {
		host = hostOf("https://" + site) // a bare domain
	}
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	name := strings.Trim(b.String(), "._")
	if len(name) > 100 {
		name = name[:100]
	}
	if name == "" {
		name = "site"
	}
	sum := sha256.Sum256([]byte(site))
	return name + "-" + hex.EncodeToString(sum[:4])
}

func extension(format string) string {
	switch format {
	case extract.FormatHTML:
		return ".html"
	case extract.FormatPDF:
		return ".pdf"
	case extract.FormatDOCX:
		return ".docx"
	case extract.FormatMarkdown:
		return ".md"
	case extract.FormatText:
		return ".txt"
	}
	return ".bin"
}
