package result

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestReadSitesBadLines(t *testing.T) {
	good := `{"site":"a.example","status":"ok","findings":[]}`
	in := strings.Join([]string{
		good,
		`{"site":"b.example","status":"ok"`,     // 2: cut short
		``,                                      // 3: blank, skipped quietly
		`{"status":"ok"}`,                       // 4: no site
		`{"site":"c.example","status":"great"}`, // 5: unknown status
		`[1,2]`,                                 // 6: not an object
		`{"site":"d.example","status":"error","error":"` + strings.Repeat("x", 200) + `"}`, // 7: too long
		good,
		`{"site":"e.example","status":"ok","findings":[{"line":"x"}]}`,                  // 9: a line as text
		`{"site":"f.example","status":"ok","findings":[{"severity":"bogus"}]}`,          // 10: bad severity
		`{"site":"g.example","status":"ok","findings":[{"severity":"note","line":-5}]}`, // 11
		`{"site":"h.example","status":"ok","notice_date":"not a date"}`,                 // 12
	}, "\n")
	bad := map[int]string{}
	sites, err := ReadSites(strings.NewReader(in), 100, func(line int, err error, _ int) error { bad[line] = err.Error(); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != 2 {
		t.Errorf("%d sites read, want the 2 good ones", len(sites))
	}
	for line, want := range map[int]string{2: "not a crawl result", 4: `no "site"`, 5: `status "great"`, 6: "not a crawl result", 7: "longer than the limit of 100 bytes",
		9: `not a crawl result: "findings.line" must be a whole number, not a string`, 10: `finding 1: severity "bogus": want error, warning or note`,
		11: "finding 1: line -5, column 0: want 0 or more", 12: `notice_date "not a date": want a date as YYYY-MM-DD`} {
		if !strings.Contains(bad[line], want) {
			t.Errorf("line %d: %q, want it to say %q", line, bad[line], want)
		}
	}
	if len(bad) != 9 {
		t.Errorf("bad lines %v, want 2, 4, 5, 6, 7, 9-12", bad)
	}
}

// TestReadSitesLongLines: lines longer than the reader's buffer are read
// whole, and a too-long one does not swallow the next.
func TestReadSitesLongLines(t *testing.T) {
	long := `{"site":"a.example","status":"error","error":"` + strings.Repeat("x", 200<<10) + `"}`
	in := long + "\n" + long + "x\n" + `{"site":"b.example","status":"ok"}`
	var bad []int
	sites, err := ReadSites(strings.NewReader(in), len(long), func(line int, _ error, _ int) error { bad = append(bad, line); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != 2 || sites[1].Site != "b.example" || len(bad) != 1 || bad[0] != 2 {
		t.Errorf("sites %d, bad lines %v; want 2 sites and line 2 bad", len(sites), bad)
	}
}

// TestReadSitesStops: an error from bad stops the reading there, with
// the sites read so far.
func TestReadSitesStops(t *testing.T) {
	good := `{"site":"a.example","status":"ok"}` + "\n"
	in := good + "x\n" + good + "y\n" + good
	stop := errors.New("enough")
	var bad []string
	sites, err := ReadSites(strings.NewReader(in), 0, func(line int, _ error, read int) error {
		bad = append(bad, fmt.Sprintf("%d after %d", line, read))
		if len(bad) == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || len(sites) != 2 || strings.Join(bad, ", ") != "2 after 1, 4 after 2" {
		t.Errorf("err %v, %d sites, bad lines %v", err, len(sites), bad)
	}
}

// TestEncodeDecode: a line Encode writes is one line, keeps <, > and & as
// they are, and Decode gives the site back.
func TestEncodeDecode(t *testing.T) {
	s := Site{Site: "a.example", Status: StatusOK, NoticeURL: "https://a.example/?a=1&b=<2>", NoticeDate: "2024-05-01",
		Findings: []Finding{{Rule: "placeholder", Severity: "error", Line: 3, Evidence: "<Muuta>"}}, Timings: Timings{Total: 5}}
	b, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(b, []byte("\n")) != 1 || !bytes.HasSuffix(b, []byte("\n")) || !bytes.Contains(b, []byte(`?a=1&b=<2>`)) {
		t.Errorf("line %q", b)
	}
	got, err := Decode(b)
	if err != nil || got.NoticeURL != s.NoticeURL || got.Findings[0].Evidence != "<Muuta>" || got.Timings.Total != 5 {
		t.Errorf("Decode = %+v, %v", got, err)
	}
}

// TestReaderResume: the Reader tells where each line starts and whether
// it ended with a newline, so that crawl resume can cut off a last line a
// killed run left unfinished.
func TestReaderResume(t *testing.T) {
	a := `{"site":"a.example","status":"ok"}` + "\n"
	in := a + "\n" + `{"site":"b.example","status":"err`
	r := NewReader(strings.NewReader(in), 0)
	s, err := r.Next()
	if err != nil || s.Site != "a.example" || r.Start() != 0 || !r.Complete() {
		t.Fatalf("first line: %+v, %v, start %d", s, err, r.Start())
	}
	_, err = r.Next()
	var le *LineError
	if !errors.As(err, &le) || le.Line != 3 || r.Complete() || r.Start() != int64(len(a)+1) {
		t.Fatalf("cut line: %v, start %d, complete %v", err, r.Start(), r.Complete())
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("after the last line: %v", err)
	}
}
