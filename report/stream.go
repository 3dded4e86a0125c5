package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// arrayStream writes a JSON document whose one large array is written an
// element at a time: head opens the array, tail closes it and the document.
type arrayStream struct {
	w      *bufio.Writer
	indent string // of the elements
	n      int
	err    error
	// Each element is encoded into buf, kept from one to the next: as
	// json.Marshal or MarshalIndent would write it, without a copy of
	// its own each.
	buf bytes.Buffer
	enc *json.Encoder
}

func newArrayStream(w io.Writer, head string, indent string) *arrayStream {
	s := &arrayStream{w: bufio.NewWriter(w), indent: indent}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetIndent(indent, "  ")
	_, s.err = s.w.WriteString(head)
	return s
}

// compact writes each element on one line.
func (s *arrayStream) compact() { s.enc.SetIndent("", "") }

// add writes one element.
func (s *arrayStream) add(v any) error {
	if s.err != nil {
		return s.err
	}
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	return s.addEncoded(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))) // Encode's own
}

// addEncoded writes one element already encoded as add would encode it.
func (s *arrayStream) addEncoded(b []byte) error {
	if s.err != nil {
		return s.err
	}
	if s.n > 0 {
		s.w.WriteString(",")
	}
	s.n++
	s.w.WriteString("\n")
	s.w.WriteString(s.indent)
	s.w.Write(b)
	return s.w.Flush()
}

// close writes tail after the array's last element.
func (s *arrayStream) close(tail string) error {
	if s.err != nil {
		return s.err
	}
	if s.n > 0 {
		s.w.WriteString("\n" + s.indent[:max(len(s.indent)-2, 0)])
	}
	s.w.WriteString(tail)
	return s.w.Flush()
}

// marshalIndented marshals v for a place indent deep in a document.
func marshalIndented(v any, indent string) string {
	b, err := json.MarshalIndent(v, indent, "  ")
	if err != nil {
		panic(err) // only our own plain structs are marshalled here
	}
	return string(b)
}
