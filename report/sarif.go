package report

import (
	"cmp"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// SARIF 2.1.0 as GitHub code scanning reads it: every result has a physical
// location with startLine >= 1, a uri relative to the checkout, and a
// primaryLocationLineHash that does not move when unrelated lines do.

const (
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	infoURI     = "https://github.com/noticelint/noticelint"
	srcRoot     = "%SRCROOT%"
)

type sarifReporter struct {
	s       *arrayStream
	meta    Meta
	index   map[string]int
	notices []sarifNotification

	omitSuppressed bool // leave suppressed findings out
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name,omitempty"`
	ShortDescription     sarifMessage      `json:"shortDescription"`
	FullDescription      sarifMessage      `json:"fullDescription"`
	Help                 sarifMessage      `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
	Properties           map[string]any    `json:"properties"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine"`
	EndColumn   int           `json:"endColumn"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Properties          map[string]any     `json:"properties,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifMessage `json:"insertedContent"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

func newSARIF(w io.Writer, meta Meta, omitSuppressed bool) (*sarifReporter, error) {
	r := &sarifReporter{meta: meta, index: map[string]int{}, omitSuppressed: omitSuppressed}
	descriptors := make([]sarifRule, 0, len(meta.Rules))
	for i, rule := range meta.Rules {
		r.index[rule.ID] = i
		descriptors = append(descriptors, sarifRuleOf(rule, meta.MessageLang))
	}
	version := toolVersion(meta.Version)
	driver := map[string]any{
		"name":           "noticelint",
		"informationUri": infoURI,
		"version":        version,
		"rules":          descriptors,
	}
	if semver.MatchString(version) {
		driver["semanticVersion"] = version
	}
	head := "{\n" +
		"  \"$schema\": \"" + sarifSchema + "\",\n" +
		"  \"version\": \"2.1.0\",\n" +
		"  \"runs\": [\n" +
		"    {\n" +
		"      \"tool\": {\n        \"driver\": " + marshalIndented(driver, "        ") + "\n      },\n" +
		"      \"columnKind\": \"unicodeCodePoints\",\n"
	if meta.WorkDir != "" {
		head += "      \"originalUriBaseIds\": " + marshalIndented(map[string]any{
			srcRoot: map[string]string{"uri": dirURI(meta.WorkDir)},
		}, "      ") + ",\n"
	}
	head += "      \"results\": ["
	r.s = newArrayStream(w, head, "        ")
	return r, r.s.err
}

func sarifRuleOf(rule *rules.Rule, lang string) sarifRule {
	help := rule.Help.In(lang)
	if rule.Ref != "" {
		help += "\n\nLaw: " + rule.Ref
	}
	// The name is a friendly form of the id; one that differs from the id
	// only in case ("Placeholder") must be left out (SARIF 3.49.7; the
	// SARIF Multitool's SARIF1001).
	name := camel(rule.ID)
	if strings.EqualFold(name, rule.ID) {
		name = ""
	}
	return sarifRule{
		ID:               rule.ID,
		Name:             name,
		ShortDescription: sarifMessage{Text: rule.Title.In(lang)},
		FullDescription:  sarifMessage{Text: oneParagraph(rule.Description.In(lang))},
		Help:             sarifMessage{Text: help, Markdown: help},
		HelpURI:          rule.RefURL,
		DefaultConfiguration: map[string]string{
			"level": rule.Severity.String(),
		},
		Properties: map[string]any{
			"tags":      []string{"privacy", "gdpr", rule.Category},
			"precision": "high",
		},
	}
}

func (r *sarifReporter) File(res result.FileResult) error {
	uri, base := r.uri(res.Path)
	if res.Err != nil {
		r.notices = append(r.notices, sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: res.Err.Error()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: base},
			}}},
			Properties: siteProperties(res, nil),
		})
	}
	for _, f := range res.Findings {
		if f.Suppressed != nil && r.omitSuppressed {
			continue
		}
		text := f.Message
		if f.Suggestion != "" {
			text += " Write instead: " + f.Suggestion
		}
		region := &sarifRegion{
			StartLine: max(f.Location.Line, 1), StartColumn: max(f.Location.Column, 1),
			EndLine: max(f.Location.EndLine, 1), EndColumn: max(f.Location.EndColumn, 1),
		}
		if f.Evidence != "" {
			region.Snippet = &sarifMessage{Text: f.Evidence}
		}
		props := map[string]any{}
		if f.Section != "" {
			props["section"] = f.Section
		}
		if f.Location.Page > 0 {
			props["page"] = f.Location.Page
		}
		props = siteProperties(res, props)
		var sups []sarifSuppression
		if f.Suppressed != nil {
			sups = []sarifSuppression{{Kind: f.Suppressed.Kind, Justification: f.Suppressed.Justification}}
		}
		var fixes []sarifFix
		if f.Replacement != "" {
			deleted := *region
			deleted.Snippet = nil
			fixes = []sarifFix{{
				Description: sarifMessage{Text: "Replace \"" + f.Evidence + "\" with \"" + f.Replacement + "\""},
				ArtifactChanges: []sarifArtifactChange{{
					ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: base},
					Replacements:     []sarifReplacement{{DeletedRegion: deleted, InsertedContent: sarifMessage{Text: f.Replacement}}},
				}},
			}}
		}
		err := r.s.add(sarifResult{
			RuleID:    f.Rule,
			RuleIndex: r.index[f.Rule],
			Level:     f.Severity.String(),
			Message:   sarifMessage{Text: text},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: base},
				Region:           region,
			}}},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": f.Fingerprint},
			Suppressions:        sups,
			Fixes:               fixes,
			Properties:          props,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *sarifReporter) End(s result.Summary) error {
	inv := map[string]any{"executionSuccessful": s.FileErrors == 0}
	if len(r.notices) > 0 {
		inv["toolExecutionNotifications"] = r.notices
	}
	return r.s.close("],\n      \"invocations\": [\n        " + marshalIndented(inv, "        ") + "\n      ]\n    }\n  ]\n}\n")
}

// siteProperties adds to a properties bag the site scan or crawl was asked
// for and why this page was taken as its notice (or why none was found);
// nil when the bag stays empty.
func siteProperties(res result.FileResult, props map[string]any) map[string]any {
	if props == nil {
		props = map[string]any{}
	}
	if res.Site() != "" {
		props["site"] = res.Site()
	}
	if res.Why() != "" {
		props["why"] = res.Why()
	}
	if len(props) == 0 {
		return nil
	}
	return props
}

// uri returns the SARIF uri of a reported path: relative to the working
// directory (with %SRCROOT% as its base) when it lies below it, else an
// absolute file uri.
func (r *sarifReporter) uri(path string) (uri, base string) {
	if path == "" || path == "-" || strings.HasPrefix(path, "<") {
		return "stdin", ""
	}
	if u, ok := webURL(path); ok {
		return u, "" // a fetched page (scan, crawl): its URL
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return (&url.URL{Path: filepath.ToSlash(path)}).EscapedPath(), ""
	}
	if r.meta.WorkDir != "" {
		if rel, err := filepath.Rel(r.meta.WorkDir, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), srcRoot
		}
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), ""
}

func dirURI(dir string) string {
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}).String()
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// semver matches a semantic version (semver.org), without a leading v.
var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

// toolVersion is the driver's version as SARIF consumers compare it: it
// starts with a number (the SARIF Multitool's SARIF2005). A Go module
// version loses its v ("v1.2.0" -> "1.2.0", a pseudo-version
// "v0.0.0-20261122040000-0123456789ab" -> "0.0.0-2026..."); a version
// without a number ("dev", a build without version information) becomes a
// pre-release of 0.0.0 ("0.0.0-dev").
func toolVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v[0] < '0' || v[0] > '9' {
		v = "0.0.0-" + strings.Trim(nonSemver.ReplaceAllString(cmp.Or(v, "unknown"), "-"), "-")
	}
	return v
}

// nonSemver matches what a semantic version's pre-release may not hold.
var nonSemver = regexp.MustCompile(`[^0-9A-Za-z.-]+`)

// camel turns a rule id into the SARIF rule name: "repealed-law" -> "RepealedLaw".
func camel(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func oneParagraph(s string) string { return strings.Join(strings.Fields(s), " ") }
