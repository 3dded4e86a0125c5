package report

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Code Climate issues as GitLab's Code Quality report reads them
// (artifacts:reports:codequality): description, check_name, fingerprint,
// severity and location.path with location.lines.begin, paths relative to
// the working directory (the checkout). Suppressed findings are left out,
// since GitLab has no notion of them; inputs that could not be read have
// no place in the format and go to standard error and the exit code.

type codeClimateReporter struct {
	s       *arrayStream
	workDir string
}

type ccIssue struct {
	Type        string     `json:"type"`
	CheckName   string     `json:"check_name"`
	Description string     `json:"description"`
	Categories  []string   `json:"categories"`
	Severity    string     `json:"severity"`
	Fingerprint string     `json:"fingerprint"`
	Location    ccLocation `json:"location"`
}

type ccLocation struct {
	Path  string  `json:"path"`
	Lines ccLines `json:"lines"`
}

type ccLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// ccSeverity maps severities to Code Climate's, as ESLint's and other
// linters' GitLab formatters do.
var ccSeverity = map[rules.Severity]string{
	rules.Error:   "major",
	rules.Warning: "minor",
	rules.Note:    "info",
}

func newCodeClimate(w io.Writer, meta Meta) (*codeClimateReporter, error) {
	s := newArrayStream(w, "[", "  ")
	return &codeClimateReporter{s: s, workDir: meta.WorkDir}, s.err
}

func (c *codeClimateReporter) File(r result.FileResult) error {
	path := relPath(c.workDir, r.Path)
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			continue
		}
		desc := f.Message
		if f.Suggestion != "" {
			desc += " Write instead: " + f.Suggestion
		}
		line := max(f.Location.Line, 1)
		err := c.s.add(ccIssue{
			Type: "issue", CheckName: f.Rule, Description: desc,
			// Clarity: a notice must be "concise, transparent,
			// intelligible" (GDPR Art. 12(1)).
			Categories:  []string{"Clarity"},
			Severity:    ccSeverity[f.Severity],
			Fingerprint: f.Fingerprint,
			Location:    ccLocation{Path: path, Lines: ccLines{Begin: line, End: max(f.Location.EndLine, line)}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *codeClimateReporter) End(result.Summary) error {
	return c.s.close("]\n")
}

// relPath returns path relative to workDir, with slashes, when it lies
// below it; a URL (scan, crawl, WARC) as it is; otherwise path as given.
func relPath(workDir, path string) string {
	if u, ok := webURL(path); ok {
		return u
	}
	if workDir == "" || strings.HasPrefix(path, "<") {
		return filepath.ToSlash(path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(workDir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}
