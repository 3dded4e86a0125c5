package lint

import (
	"unsafe"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/result"
)

// memory is what a worker reads and extracts its inputs into, reused from
// one input to the next: the file's bytes and the document's sections,
// positions and matching text, which made anew for every input were most
// of what a run allocated. An input's document lives until its result is
// made; detach then copies out the strings of the result that lie in
// this memory, so that the next input may overwrite it while the result
// waits its turn to be reported.
type memory struct {
	data    []byte // the last input's bytes (their memory: see keepData)
	scratch extract.Scratch
}

// maxData bounds the buffer a worker keeps for the next file: a larger
// one, read for a large file, is left to the collector.
const maxData = 4 << 20

// keepData keeps data's memory, the bytes just read, for the next file.
func (m *memory) keepData(data []byte) {
	if cap(data) <= maxData {
		m.data = data
	} else {
		m.data = nil
	}
}

// holds reports whether s lies in m's memory.
func (m *memory) holds(s string) bool {
	if len(s) == 0 {
		return false
	}
	if cap(m.data) > 0 {
		p, base := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(m.data)))
		if p >= base && p-base < uintptr(cap(m.data)) {
			return true
		}
	}
	return m.scratch.Holds(s)
}

// detach copies the strings of r that lie in m's memory (a title, an
// evidence or a snippet quoting the text) into memory of their own, one
// allocation for all.
func (m *memory) detach(r *result.FileResult) {
	d := detacher{m: m}
	d.result(r)
	if d.size == 0 {
		return
	}
	d.buf = make([]byte, 0, d.size)
	d.result(r)
}

// detacher is detach's walk over a result: it counts the bytes to copy,
// then, once buf is made, copies them.
type detacher struct {
	m    *memory
	size int
	buf  []byte
}

// str counts s, or copies it into buf, when it lies in the memory.
func (d *detacher) str(s *string) {
	if !d.m.holds(*s) {
		return
	}
	if d.buf == nil {
		d.size += len(*s)
		return
	}
	from := len(d.buf)
	d.buf = append(d.buf, *s...)
	*s = unsafe.String(&d.buf[from], len(*s))
}

// result walks every string a lint result holds (Origin, Browser and
// Redirects are scan's and crawl's, and Err.Err is not looked into). A
// Suppression, which findings may share, is replaced, not changed.
func (d *detacher) result(r *result.FileResult) {
	for _, s := range [...]*string{&r.Path, &r.Format, &r.Lang, &r.Encoding, &r.Title} {
		d.str(s)
	}
	for i := range r.Findings {
		x := &r.Findings[i]
		for _, s := range [...]*string{&x.Rule, &x.Path, &x.Section, &x.Evidence, &x.Message, &x.Suggestion, &x.Replacement, &x.Snippet, &x.Fingerprint} {
			d.str(s)
		}
		if sup := x.Suppressed; sup != nil {
			if d.buf == nil || !d.m.holds(sup.Kind) && !d.m.holds(sup.Justification) {
				d.str(&sup.Kind) // counted, or left as they are
				d.str(&sup.Justification)
			} else {
				c := *sup
				d.str(&c.Kind)
				d.str(&c.Justification)
				x.Suppressed = &c
			}
		}
	}
	for i := range r.Coverage {
		c := &r.Coverage[i]
		d.str(&c.Rule)
		d.str((*string)(&c.Status))
		d.str(&c.Section)
	}
	if r.Err != nil {
		d.str(&r.Err.Path)
		d.str(&r.Err.Reason)
	}
}
