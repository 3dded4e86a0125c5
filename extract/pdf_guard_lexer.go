package extract

// The lexer checkPDFStructure reads objects with, and the byte classes it
// and the hex-string check share.

import (
	"bytes"
	"strconv"
)

// endsInHexString reports whether PDF data ends inside a hex string: after
// its last '<', only hex digits and white space. The library's lexer reads
// such a string for ever, waiting for its '>'.
func endsInHexString(data []byte) bool {
	var h hexTail
	_, _ = h.Write(data)
	return h.open
}

// hexTail is endsInHexString as a writer, for data read in pieces: open
// says whether what was written so far ends inside a hex string.
type hexTail struct{ open bool }

func (h *hexTail) Write(p []byte) (int, error) {
	for _, c := range p {
		switch {
		case c == '<':
			h.open = true
		case h.open && !isHexDigit(c) && !isPDFSpace(c):
			h.open = false
		}
	}
	return len(p), nil
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isPDFSpace(c byte) bool {
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

func isPDFDelim(c byte) bool {
	switch c {
	case '<', '>', '(', ')', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// The objects the check reads: the library's, in small.
type (
	pdfKeyword string
	pdfName    string
	pdfDict    map[string]any
	pdfArray   []any
	pdfRef     struct{ id, gen int64 }
	pdfString  struct{}
)

// pdfLexer reads PDF objects from data, leniently: what it cannot read
// ends the object (nil), and the check leaves the file to the library.
type pdfLexer struct {
	data []byte
	pos  int
}

const pdfMaxGuardDepth = 64

func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.data) {
		switch c := l.data[l.pos]; {
		case isPDFSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\r' && l.data[l.pos] != '\n' {
				l.pos++
			}
		default:
			return
		}
	}
}

// object reads one object: a number, a name, a keyword, a string, an
// array or a dictionary, "n g R" as a reference; nil at the end or on
// what it cannot read.
func (l *pdfLexer) object(depth int) any {
	if depth > pdfMaxGuardDepth {
		return nil
	}
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil
	}
	switch c := l.data[l.pos]; c {
	case '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.data) && !isPDFSpace(l.data[l.pos]) && !isPDFDelim(l.data[l.pos]) {
			l.pos++
		}
		return pdfName(l.data[start:l.pos])
	case '(':
		l.skipLiteral()
		return pdfString{}
	case '<':
		if l.pos+1 < len(l.data) && l.data[l.pos+1] == '<' {
			l.pos += 2
			return l.dict(depth)
		}
		if k := bytes.IndexByte(l.data[l.pos:], '>'); k >= 0 {
			l.pos += k + 1
			return pdfString{}
		}
		l.pos = len(l.data)
		return nil
	case '[':
		l.pos++
		var a pdfArray
		for {
			l.skipSpace()
			if l.pos >= len(l.data) {
				return nil
			}
			if l.data[l.pos] == ']' {
				l.pos++
				return a
			}
			v := l.object(depth + 1)
			if v == nil {
				return nil
			}
			a = append(a, v)
		}
	case '>', ']', ')', '{', '}':
		l.pos++
		return pdfKeyword(string(c))
	}
	start := l.pos
	for l.pos < len(l.data) && !isPDFSpace(l.data[l.pos]) && !isPDFDelim(l.data[l.pos]) {
		l.pos++
	}
	if l.pos == start {
		l.pos++ // a stray delimiter
		return nil
	}
	word := string(l.data[start:l.pos])
	n, err := strconv.ParseInt(word, 10, 64)
	if err != nil {
		if _, ferr := strconv.ParseFloat(word, 64); ferr == nil {
			return float64(0)
		}
		return pdfKeyword(word)
	}
	// "n g R": a reference.
	save := l.pos
	l.skipSpace()
	gstart := l.pos
	for l.pos < len(l.data) && '0' <= l.data[l.pos] && l.data[l.pos] <= '9' {
		l.pos++
	}
	if l.pos > gstart {
		gen, _ := strconv.ParseInt(string(l.data[gstart:l.pos]), 10, 64)
		l.skipSpace()
		if l.pos < len(l.data) && l.data[l.pos] == 'R' && (l.pos+1 == len(l.data) || isPDFSpace(l.data[l.pos+1]) || isPDFDelim(l.data[l.pos+1])) {
			l.pos++
			return pdfRef{n, gen}
		}
	}
	l.pos = save
	return n
}

func (l *pdfLexer) dict(depth int) any {
	d := pdfDict{}
	for {
		l.skipSpace()
		if l.pos+1 < len(l.data) && l.data[l.pos] == '>' && l.data[l.pos+1] == '>' {
			l.pos += 2
			return d
		}
		key, ok := l.object(depth + 1).(pdfName)
		if !ok {
			return nil
		}
		v := l.object(depth + 1)
		if v == nil {
			return nil
		}
		d[string(key)] = v
	}
}

func (l *pdfLexer) skipLiteral() {
	depth := 0
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '\\':
			l.pos++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return
			}
		}
	}
}

// indirect reads "n g obj <<dict>>" and returns the dictionary.
func (l *pdfLexer) indirect() (pdfDict, bool) {
	if _, ok := l.object(0).(int64); !ok {
		return nil, false
	}
	if _, ok := l.object(0).(int64); !ok {
		return nil, false
	}
	if kw, ok := l.object(0).(pdfKeyword); !ok || kw != "obj" {
		return nil, false
	}
	d, ok := l.object(0).(pdfDict)
	return d, ok
}

// streamStart returns where the data of a stream starts, after the
// dictionary just read: past "stream" and its line end.
func (l *pdfLexer) streamStart() (int, bool) {
	l.skipSpace()
	if !bytes.HasPrefix(l.data[l.pos:], []byte("stream")) {
		return 0, false
	}
	l.pos += len("stream")
	if bytes.HasPrefix(l.data[l.pos:], []byte("\r\n")) {
		l.pos += 2
	} else if l.pos < len(l.data) && (l.data[l.pos] == '\n' || l.data[l.pos] == '\r') {
		l.pos++
	}
	return l.pos, true
}
