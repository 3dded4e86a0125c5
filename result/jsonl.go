package result

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/noticelint/noticelint/rules"
)

// Encode gives s as one JSON line, "\n" included, with <, > and & as they
// are: the one way a site's line is written.
func Encode(s Site) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(s)
	return b.Bytes(), err
}

// Decode reads one line as a Site and checks it: a site named, a known
// status, a notice_date as YYYY-MM-DD, findings of a known severity at
// lines and columns of 0 or more. The error says what is wrong, in words
// for people.
func Decode(line []byte) (Site, error) {
	var s Site
	if err := json.Unmarshal(line, &s); err != nil {
		return s, errors.New("not a crawl result: " + JSONReason(err))
	}
	if strings.TrimSpace(s.Site) == "" {
		return s, errors.New(`not a crawl result: no "site"`)
	}
	switch s.Status {
	case StatusOK, StatusNotFound, StatusBlocked, StatusError:
	default:
		return s, fmt.Errorf("status %q: want %s, %s, %s or %s", s.Status, StatusOK, StatusNotFound, StatusBlocked, StatusError)
	}
	if s.NoticeDate != "" {
		if _, err := time.Parse("2006-01-02", s.NoticeDate); err != nil {
			return s, fmt.Errorf("notice_date %q: want a date as YYYY-MM-DD", s.NoticeDate)
		}
	}
	for i, f := range s.Findings {
		if sev, err := rules.ParseSeverity(f.Severity); err != nil || sev == rules.None {
			return s, fmt.Errorf("finding %d: severity %q: want error, warning or note", i+1, f.Severity)
		}
		if f.Line < 0 || f.Column < 0 || f.EndLine < 0 || f.EndColumn < 0 {
			return s, fmt.Errorf("finding %d: line %d, column %d: want 0 or more", i+1, f.Line, f.Column)
		}
	}
	return s, nil
}

// DefaultMaxLine is the longest line a Reader accepts by default.
const DefaultMaxLine = 16 << 20

// LineError is a line that is not a site's line.
type LineError struct {
	Line int   // 1-based
	Err  error // what is wrong with it; a *TooLongError for a line over the limit
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// TooLongError is a line longer than a Reader's limit.
type TooLongError struct{ Limit int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("longer than the limit of %d bytes", e.Limit)
}

// Reader reads sites' lines, one Site a line, through Decode; blank lines
// are skipped. Memory holds one line of at most the limit, whatever the
// input.
type Reader struct {
	br       *bufio.Reader
	max      int
	buf      []byte
	line     int
	next     int64 // where the next line starts
	start    int64 // where the last line read starts
	complete bool
}

// NewReader reads r; a line over maxLine bytes (0: DefaultMaxLine) is a
// LineError.
func NewReader(r io.Reader, maxLine int) *Reader {
	if maxLine <= 0 {
		maxLine = DefaultMaxLine
	}
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), max: maxLine}
}

// Next reads the next line that is not blank: its Site, or a *LineError
// for a line that is not one (reading may go on), io.EOF at the end, or
// the error reading failed with.
func (r *Reader) Next() (Site, error) {
	for {
		r.buf = r.buf[:0]
		r.line++
		r.start = r.next
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = r.br.ReadSlice('\n')
			r.next += int64(len(chunk))
			if !tooLong {
				if len(r.buf)+len(chunk) > r.max+1 { // +1: the newline
					tooLong, r.buf = true, r.buf[:0]
				} else {
					r.buf = append(r.buf, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return Site{}, err
		}
		r.complete = err == nil
		line := bytes.TrimSpace(r.buf)
		switch {
		case tooLong:
			return Site{}, &LineError{r.line, &TooLongError{r.max}}
		case len(line) > 0:
			s, derr := Decode(line)
			if derr != nil {
				return Site{}, &LineError{r.line, derr}
			}
			return s, nil
		case err != nil:
			return Site{}, io.EOF
		}
	}
}

// Start is the byte offset at which the last line read starts.
func (r *Reader) Start() int64 { return r.start }

// Complete reports whether the last line read ended with a newline: a
// last line without one may have been cut short.
func (r *Reader) Complete() bool { return r.complete }

// ReadSites reads the sites of r. A line that is not one goes to bad with
// its 1-based number and the number of sites read so far, and is skipped;
// when bad returns an error, reading stops and ReadSites returns the sites
// so far and that error. Other errors are read errors.
func ReadSites(r io.Reader, maxLine int, bad func(line int, err error, sites int) error) ([]Site, error) {
	rd := NewReader(r, maxLine)
	var sites []Site
	for {
		s, err := rd.Next()
		var le *LineError
		switch {
		case err == nil:
			sites = append(sites, s)
		case errors.Is(err, io.EOF):
			return sites, nil
		case errors.As(err, &le):
			if berr := bad(le.Line, le.Err, len(sites)); berr != nil {
				return sites, berr
			}
		default:
			return sites, err
		}
	}
}
