package report

import (
	"io"
	"time"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// maxKeptLine is the largest line memory the JSON report keeps for the
// next file: a huge file's line is not held to the end of the run.
const maxKeptLine = 1 << 20

// JSONVersion is the version of the JSON report's schema
// (docs/json-report.schema.json). It changes only when a field is removed or
// changes meaning; new fields may appear without a change.
const JSONVersion = 1

type jsonReporter struct {
	s     *arrayStream
	rules map[string]*rules.Rule
	// findings is the slice a file's findings are encoded from, kept
	// (cleared) from one file to the next.
	findings []result.Finding
	// line is the memory a file's line is encoded in (appendJSONFile),
	// kept from one file to the next.
	line []byte
	// texts is the JSON of the texts findings share (quotedTexts).
	texts quotedTexts
}

type jsonFile struct {
	Path     string           `json:"path"`
	Site     string           `json:"site,omitempty"`
	Why      string           `json:"why,omitempty"`
	Format   string           `json:"format,omitempty"`
	Lang     string           `json:"lang,omitempty"`
	Encoding string           `json:"encoding,omitempty"`
	Title    string           `json:"title,omitempty"`
	Date     string           `json:"date,omitempty"`
	Error    *string          `json:"error"`
	Findings []result.Finding `json:"findings"`
	Browser  *result.Browser  `json:"browser,omitempty"`
}

type jsonSummary struct {
	Files      int `json:"files"`
	FileErrors int `json:"file_errors"`
	Findings   int `json:"findings"`
	Errors     int `json:"error"`
	Warnings   int `json:"warning"`
	Notes      int `json:"note"`
	Suppressed int `json:"suppressed"`
}

func newJSON(w io.Writer, meta Meta) (*jsonReporter, error) {
	head := "{\n  \"version\": 1,\n  \"tool\": " +
		marshalIndented(map[string]string{"name": "noticelint", "version": meta.Version}, "  ") +
		",\n  \"files\": ["
	// One line a file: a large report stays quick to write and to grep.
	s := newArrayStream(w, head, "    ")
	s.compact()
	return &jsonReporter{s: s, rules: ruleByID(meta.Rules)}, s.err
}

func (j *jsonReporter) File(r result.FileResult) error {
	f := jsonFile{
		Path: r.Path, Site: r.Site(), Why: r.Why(), Format: r.Format, Lang: r.Lang, Encoding: r.Encoding, Title: r.Title,
		Findings: j.findings[:0], Browser: r.Browser,
	}
	if f.Findings == nil {
		f.Findings = []result.Finding{} // [], not null
	}
	if !r.Date.IsZero() {
		f.Date = r.Date.Format(time.DateOnly)
	}
	if r.Err != nil {
		f.Error = &r.Err.Reason
	}
	for _, x := range r.Findings {
		ref := ""
		if rule := j.rules[x.Rule]; rule != nil {
			ref = rule.Ref
		}
		f.Findings = append(f.Findings, result.NewFinding(x, ref))
	}
	var err error
	if b, ok := appendJSONFile(j.line[:0], &f, &j.texts); ok {
		err = j.s.addEncoded(b)
		if cap(b) <= maxKeptLine {
			j.line = b
		}
	} else {
		err = j.s.add(f)
	}
	clear(f.Findings) // holds no text of the file once it is written
	j.findings = f.Findings
	return err
}

func (j *jsonReporter) End(s result.Summary) error {
	sum := jsonSummary{
		Files: s.Files, FileErrors: s.FileErrors, Findings: s.Count(rules.Note),
		Errors: s.BySeverity[rules.Error], Warnings: s.BySeverity[rules.Warning], Notes: s.BySeverity[rules.Note],
		Suppressed: s.Suppressed,
	}
	return j.s.close("],\n  \"summary\": " + marshalIndented(sum, "  ") + "\n}\n")
}
