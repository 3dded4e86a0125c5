package extract

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// pdfRun is a piece of text a PDF shows at one place: one string of a Tj
// or TJ, in user space (points, y upwards).
type pdfRun struct {
	x, y float64 // where the baseline starts
	w    float64 // the advance width
	size float64 // the font size as drawn
	bold bool
	s    string
}

// pdfLimits bound the work one PDF may cost, so that a hostile file ends
// in an error rather than a hang or an exhausted memory.
type pdfLimits struct {
	stop         *stopper
	ops          int   // content operators left
	contentBytes int64 // decompressed content bytes left, all pages
}

const (
	pdfMaxOps           = 20_000_000
	pdfMaxContentBytes  = 32 << 20 // all content streams of a file, decompressed
	pdfMaxStreamBytes   = 4 << 20  // one content stream: its operands pile up on the interpreter's stack
	pdfMaxCMapBytes     = 1 << 20  // a font's ToUnicode map
	pdfMaxFormDepth     = 8        // forms drawn inside forms
	pdfMaxInheritLevels = 32       // page tree levels to look up for inherited resources
)

// errPDFBudget aborts the interpretation of a content stream.
type errPDFBudget struct{ reason string }

func (e errPDFBudget) Error() string { return e.reason }

// pdfPage reads the text runs of one page.
type pdfPage struct {
	limits *pdfLimits
	runs   []pdfRun
	images int
}

// pdfState is the graphics state that matters for text.
type pdfState struct {
	ctm                  matrix
	font                 *pdfFont
	size                 float64 // Tfs
	charSpace, wordSp    float64 // Tc, Tw
	scale, leading, rise float64 // Th (Tz/100), TL, Ts
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// read interprets a content stream with its resources; ctm places it on
// the page.
func (p *pdfPage) read(content, resources pdf.Value, ctm matrix, depth int) {
	if err := p.checkSize(content); err != nil {
		panic(err)
	}
	g := pdfState{ctm: ctm, scale: 1}
	var stack []pdfState
	var tm, tlm matrix
	fonts := map[string]*pdfFont{}
	show := func(s string) {
		if g.font == nil {
			g.font = unknownFont()
		}
		run, advance := g.font.show(s, g)
		trm := translate(0, g.rise).mul(tm).mul(g.ctm)
		run.x, run.y = trm.apply(0, 0)
		run.size = g.size * math.Hypot(trm[2], trm[3])
		ex, _ := translate(advance, g.rise).mul(tm).mul(g.ctm).apply(0, 0)
		run.w = ex - run.x
		tm = translate(advance, 0).mul(tm)
		if strings.TrimSpace(run.s) != "" {
			p.runs = append(p.runs, run)
		}
	}
	nextLine := func() {
		tlm = translate(0, -g.leading).mul(tlm)
		tm = tlm
	}
	pdf.Interpret(content, func(stk *pdf.Stack, op string) {
		p.spend()
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				g.font = p.font(fonts, resources, args[0].Name())
				g.size = num(1)
			}
		case "Tc":
			g.charSpace = num(0)
		case "Tw":
			g.wordSp = num(0)
		case "Tz":
			g.scale = num(0) / 100
		case "TL":
			g.leading = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td", "TD":
			if op == "TD" {
				g.leading = -num(1)
			}
			tlm = translate(num(0), num(1)).mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine()
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.wordSp, g.charSpace = num(0), num(1)
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				if v := a.Index(i); v.Kind() == pdf.String {
					show(v.RawString())
				} else {
					tm = translate(-v.Float64()/1000*g.size*g.scale, 0).mul(tm)
				}
			}
		case "Do":
			if len(args) == 1 {
				p.drawObject(resources, args[0].Name(), g.ctm, depth)
			}
		case "BI", "ID", "EI":
			if op == "BI" {
				p.images++
			}
		}
	})
}

// spend counts an operator against the limits.
func (p *pdfPage) spend() {
	p.limits.ops--
	if p.limits.ops < 0 {
		panic(errPDFBudget{fmt.Sprintf("over %d content operators", pdfMaxOps)})
	}
	p.limits.stop.check()
}

// checkSize decompresses a content stream once, within the limits, before
// the interpreter reads it: a stream that inflates to gigabytes (a zip
// bomb in a PDF) is refused unread.
func (p *pdfPage) checkSize(content pdf.Value) error {
	var streams []pdf.Value
	if content.Kind() == pdf.Array {
		for i := 0; i < content.Len() && i < 1000; i++ {
			streams = append(streams, content.Index(i))
		}
	} else {
		streams = []pdf.Value{content}
	}
	var total int64
	var tail hexTail // the streams are read as one
	for _, s := range streams {
		rc := s.Reader()
		n, err := io.Copy(&tail, io.LimitReader(rc, pdfMaxStreamBytes+1-total))
		_ = rc.Close()
		total += n
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return errPDFBudget{fmt.Sprintf("cannot read a content stream: %v", err)}
		}
		if total > pdfMaxStreamBytes {
			return errPDFBudget{fmt.Sprintf("a content stream decompresses to more than %d MiB", pdfMaxStreamBytes>>20)}
		}
	}
	if tail.open {
		// The library's lexer would wait for the string's end for ever.
		return errPDFBudget{"the content ends inside a hex string"}
	}
	p.limits.contentBytes -= total
	if p.limits.contentBytes < 0 {
		return errPDFBudget{fmt.Sprintf("the content decompresses to more than %d MiB", pdfMaxContentBytes>>20)}
	}
	return nil
}

// drawObject handles Do: an image counts, a form is read in place.
func (p *pdfPage) drawObject(resources pdf.Value, name string, ctm matrix, depth int) {
	x := resources.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		p.images++
	case "Form":
		if depth >= pdfMaxFormDepth {
			return
		}
		m := identity
		if a := x.Key("Matrix"); a.Len() == 6 {
			m = matrix{a.Index(0).Float64(), a.Index(1).Float64(), a.Index(2).Float64(), a.Index(3).Float64(), a.Index(4).Float64(), a.Index(5).Float64()}
		}
		res := x.Key("Resources")
		if res.IsNull() {
			res = resources
		}
		p.read(x, res, m.mul(ctm), depth+1)
	}
}

// font returns the font a resource name stands for.
func (p *pdfPage) font(cache map[string]*pdfFont, resources pdf.Value, name string) *pdfFont {
	if f, ok := cache[name]; ok {
		return f
	}
	f := newPDFFont(resources.Key("Font").Key(name))
	cache[name] = f
	return f
}

// pdfFont is what text extraction needs of a font: how its codes decode to
// text and how wide each glyph is.
type pdfFont struct {
	enc     pdf.TextEncoding
	twoByte bool            // codes of two bytes (Identity-H)
	widths  map[int]float64 // glyph widths in 1/1000 em, by code
	defW    float64         // the width of a code not in widths; 0: estimate from the character
	bold    bool
}

func unknownFont() *pdfFont { return &pdfFont{enc: replacementEncoding{}} }

func newPDFFont(v pdf.Value) *pdfFont {
	if v.IsNull() {
		return unknownFont()
	}
	f := &pdfFont{widths: map[int]float64{}}
	base := v.Key("BaseFont").Name()
	lower := strings.ToLower(base)
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.twoByte = true
		f.defW = 1000
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.defW = dw.Float64()
		}
		readCIDWidths(d.Key("W"), f.widths)
	} else {
		first := int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		for i := 0; i < w.Len() && i < 256; i++ {
			f.widths[first+i] = w.Index(i).Float64()
		}
		if strings.Contains(lower, "courier") {
			f.defW = 600
		}
	}
	const forceBold = 1 << 18
	f.bold = strings.Contains(lower, "bold") || strings.Contains(lower, "black") || strings.Contains(lower, "heavy") ||
		desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&forceBold != 0
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if !fitsIn(tu, pdfMaxCMapBytes) {
			f.enc = replacementEncoding{}
			return f
		}
		if m := readToUnicode(tu, v); m != nil {
			f.enc = m
			return f
		}
	}
	font := pdf.Font{V: v}
	f.enc = font.Encoder()
	return f
}

// readCIDWidths reads a CID font's W array: "c [w1 w2 ...]" and
// "cfirst clast w" entries.
func readCIDWidths(w pdf.Value, into map[int]float64) {
	for i := 0; i+1 < w.Len() && len(into) < 65536; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && len(into) < 65536; k++ {
				into[c+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			return
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 65536 && len(into) < 65536; k++ {
			into[k] = width
		}
		i += 3
	}
}

// fitsIn reports whether a stream decompresses to at most limit bytes
// and its data does not end inside a hex string (which the library's
// lexer would wait for the end of for ever).
func fitsIn(s pdf.Value, limit int64) bool {
	rc := s.Reader()
	defer func() { _ = rc.Close() }()
	var tail hexTail
	n, _ := io.Copy(&tail, io.LimitReader(rc, limit+1))
	return n <= limit && !tail.open
}

// show decodes a string of codes and measures its advance in text space.
func (f *pdfFont) show(raw string, g pdfState) (pdfRun, float64) {
	text := f.enc.Decode(raw)
	advance := 0.0
	step := 1
	if f.twoByte {
		step = 2
	}
	runes := []rune(text)
	for i, k := 0, 0; i+step <= len(raw); i, k = i+step, k+1 {
		code := int(raw[i])
		if step == 2 {
			code = code<<8 | int(raw[i+1])
		}
		w, ok := f.widths[code]
		if !ok || w == 0 {
			w = f.defW
		}
		if w == 0 && k < len(runes) {
			w = estimateWidth(runes[k])
		} else if w == 0 {
			w = 500
		}
		tx := w/1000*g.size + g.charSpace
		if step == 1 && code == ' ' {
			tx += g.wordSp
		}
		advance += tx * g.scale
	}
	return pdfRun{s: text, bold: f.bold}, advance
}

// estimateWidth guesses a glyph's width (1/1000 em) for a font that gives
// none, such as the standard fonts PDF writers need not describe: close to
// Helvetica's, enough to tell a space from a column gap.
func estimateWidth(r rune) float64 {
	switch {
	case r == ' ':
		return 278
	case strings.ContainsRune("iljtf.,;:!'|()[]I", r):
		return 260
	case strings.ContainsRune("mwMW", r):
		return 850
	case r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Å':
		return 680
	case r >= '0' && r <= '9':
		return 556
	}
	return 520
}

// replacementEncoding decodes every code as U+FFFD: the text of a font
// that cannot be read counts as unreadable, not as garbage letters.
type replacementEncoding struct{}

func (replacementEncoding) Decode(raw string) string {
	return strings.Repeat("\uFFFD", len(raw))
}
