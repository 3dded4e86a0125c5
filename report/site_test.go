package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// siteResult is a notice that scan fetched from a scan.
func siteResult() result.FileResult {
	url := "https://www.esimerkki.example/tietosuojaseloste"
	return result.FileResult{
		Path: url, Format: "html", Origin: &result.Origin{Site: "esimerkki.example", Why: "footer link 'Tietosuojaseloste'"},
		Findings: []rules.Finding{{Rule: "repealed-law", Severity: rules.Error, Path: url, Message: "m",
			Location: rules.Location{Line: 3, Column: 1, EndLine: 3, EndColumn: 5}, Fingerprint: "0123456789abcdef:1"}},
	}
}

func TestTextShowsWhy(t *testing.T) {
	var b bytes.Buffer
	rep, err := New("text", &b, Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	clean := siteResult()
	clean.Findings = nil
	for _, r := range []result.FileResult{siteResult(), clean} {
		if err := rep.File(r); err != nil {
			t.Fatal(err)
		}
	}
	out := b.String()
	if n := strings.Count(out, "site esimerkki.example: footer link 'Tietosuojaseloste'\n"); n != 2 {
		t.Errorf("the reason is shown %d times, want for the notice with findings and the clean one:\n%s", n, out)
	}
}

// scan's text summary counts sites, in both message languages.
func TestTextCountsSites(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"site esimerkki.example: footer link", "2 sites scanned: 1 problem (1 error)"},
		"fi": {"sivusto esimerkki.example: footer link", "2 sivustoa tarkistettu: 1 ongelma (1 virhe)"},
	} {
		clean := siteResult()
		clean.Findings = nil
		out := renderAll(t, "text", Meta{Unit: "site", MessageLang: lang}, siteResult(), clean)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", lang, w, out)
			}
		}
	}
}

func TestSARIFURIOfFetchedNotice(t *testing.T) {
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	rep, err := New("sarif", &b, Meta{Version: "test", Rules: pack, WorkDir: t.TempDir()}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.File(siteResult()); err != nil {
		t.Fatal(err)
	}
	if err := rep.End(result.Summary{Files: 1}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	loc := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URI != "https://www.esimerkki.example/tietosuojaseloste" || loc.URIBaseID != "" {
		t.Errorf("uri %q base %q, want the notice's URL", loc.URI, loc.URIBaseID)
	}
}

// TestTextCleansSiteText: text that came from a site (a link's text in why,
// the site, an error's reason, a section heading, a message) cannot put
// terminal escapes or control characters on the user's terminal.
func TestTextCleansSiteText(t *testing.T) {
	const evil = "Tieto\x1b]0;pwned\x07suoja\x1b[31m\x1b[2J\x1bcseloste\r\x08\u202e\u009b\xff"
	for name, tc := range map[string]struct {
		r    result.FileResult
		want string
	}{
		"why": {
			r:    result.FileResult{Path: "https://esimerkki.example/ts", Origin: &result.Origin{Site: "esimerkki.example", Why: "footer link '" + evil + "'"}},
			want: "site esimerkki.example: footer link 'Tietosuojaseloste",
		},
		"site": {
			r:    result.FileResult{Path: "https://esimerkki.example/ts", Origin: &result.Origin{Site: "esi\x1b[1Amerkki.example", Why: "home page"}},
			want: "site esimerkki.example: home page",
		},
		"error": {
			r:    result.FileResult{Path: "https://esimerkki.example/ts", Err: &result.FileError{Path: "x", Reason: "the server said " + evil}},
			want: "error the server said Tietosuojaseloste",
		},
		"finding": {
			r: result.FileResult{Path: "n.txt", Findings: []rules.Finding{{
				Rule: "repealed-law", Severity: rules.Error, Path: "n.txt", Message: "Repealed act " + evil,
				Section: "1. " + evil, Snippet: "HetiL " + evil,
				Location: rules.Location{Line: 1, Column: 1, EndLine: 1, EndColumn: 6},
			}}},
			want: "Repealed act Tietosuojaseloste",
		},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			rep, err := New("text", &b, Meta{}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.File(tc.r); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if strings.ContainsAny(out, "\x1b\x07\r\x08\u009b\u202e") || !utf8.ValidString(out) {
				t.Errorf("control characters reach the terminal: %q", out)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("want %q in %q", tc.want, out)
			}
		})
	}
}

// TestSARIFSiteProperties: SARIF from scan carries in each result's
// properties the site and why its page was taken (or no notice found), and
// in an unreadable site's notification the same; lint's results have none.
func TestSARIFSiteProperties(t *testing.T) {
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	down := result.FileResult{Path: "https://suljettu.example/", Origin: &result.Origin{Site: "suljettu.example"},
		Err: &result.FileError{Path: "https://suljettu.example/", Reason: "the server answered 503"}}
	file := siteResult()
	file.Origin, file.Path = nil, "n.txt"
	var b bytes.Buffer
	rep, err := New("sarif", &b, Meta{Version: "test", Rules: pack}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []result.FileResult{siteResult(), down, file} {
		if err := rep.File(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := rep.End(result.Summary{Files: 3, FileErrors: 1}); err != nil {
		t.Fatal(err)
	}
	type props struct {
		Properties map[string]any `json:"properties"`
	}
	var log struct {
		Runs []struct {
			Results     []props `json:"results"`
			Invocations []struct {
				Notifications []props `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	first := run.Results[0].Properties
	if first["site"] != "esimerkki.example" || first["why"] != "footer link 'Tietosuojaseloste'" {
		t.Errorf("a scanned notice's result properties: %v", first)
	}
	if last := run.Results[len(run.Results)-1].Properties; last["site"] != nil || last["why"] != nil {
		t.Errorf("a linted file's result has site properties: %v", last)
	}
	if n := run.Invocations[0].Notifications; len(n) != 1 || n[0].Properties["site"] != "suljettu.example" {
		t.Errorf("the unreachable site's notification: %+v", n)
	}
}
