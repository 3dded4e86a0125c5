package extract

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestLowerMapsBack checks that a match found in the normalised text lands
// on the right source line and column (code points), across NBSP, soft
// hyphens, tabs, decomposed letters and joined lines.
func TestLowerMapsBack(t *testing.T) {
	src := "Otsikko\n\tHENKILÖ\u00adTIETOLAKI\u00a0(523/1999) ja\nLaki: henkilo\u0308tietolaki"
	lines := SplitLines(src)
	var b TextBuilder
	for i, l := range lines {
		if i > 0 {
			b.AppendString("\n")
		}
		b.Append(l.Text)
	}
	text := b.Text()
	lower := text.Lower()
	if !strings.Contains(lower, "henkilötietolaki (523/1999)") {
		t.Fatalf("normalised text %q lacks the folded form", lower)
	}
	tests := []struct {
		find                 string
		nth                  int
		line, col, endCol, _ int
	}{
		{"henkilötietolaki", 0, 2, 2, 19, 0}, // soft hyphen inside: 17 source code points
		{"(523/1999)", 0, 2, 20, 30, 0},
		{"henkilötietolaki", 1, 3, 7, 24, 0}, // o + combining diaeresis: 17 code points
	}
	for _, tt := range tests {
		i := -1
		for k, from := 0, 0; k <= tt.nth; k++ {
			j := strings.Index(lower[from:], tt.find)
			if j < 0 {
				t.Fatalf("%q #%d not found", tt.find, tt.nth)
			}
			i = from + j
			from = i + 1
		}
		span := text.LowerSpan(i, i+len(tt.find))
		if span.Start.Line != tt.line || span.Start.Column != tt.col || span.End.Column != tt.endCol {
			t.Errorf("%q #%d at %d:%d-%d, want %d:%d-%d", tt.find, tt.nth, span.Start.Line, span.Start.Column, span.End.Column, tt.line, tt.col, tt.endCol)
		}
	}
}

func TestTrimAndSliceKeepPositions(t *testing.T) {
	text := NewText("  \u00a0Säilytysaika\t", Position{Offset: 10, Line: 4, Column: 1})
	tr := text.TrimSpace()
	if tr.S != "Säilytysaika" {
		t.Fatalf("TrimSpace = %q", tr.S)
	}
	span := tr.Span()
	if span.Start.Line != 4 || span.Start.Column != 4 || span.End.Column != 16 || span.Start.Offset != 14 {
		t.Errorf("span %+v", span)
	}
}

// TestLowerToTextAtEnd: the end of the matching copy is the end of the
// text even where the copy is shorter (NBSP is two bytes, its space one).
func TestLowerToTextAtEnd(t *testing.T) {
	text := NewText("Päivitetty\u00a024.5.2018", Position{Line: 1, Column: 1})
	lower := text.Lower()
	if got := text.LowerToText(len(lower)); got != len(text.S) {
		t.Errorf("LowerToText(end) = %d, want %d", got, len(text.S))
	}
	i := len(lower) - len("24.5.2018")
	if got := text.S[text.LowerToText(i):text.LowerToText(len(lower))]; got != "24.5.2018" {
		t.Errorf("date maps to %q", got)
	}
}

// Made-up text (a separator) maps every character to the place after what
// came before it, never further along the line.
func TestAppendStringStaysPut(t *testing.T) {
	var b TextBuilder
	b.Append(NewText("abc", Position{Offset: 0, Line: 1, Column: 1}))
	b.AppendString(" | ")
	b.Append(NewText("x", Position{Offset: 10, Line: 2, Column: 5}))
	text := b.Text()
	for i := 3; i < 6; i++ {
		if p := text.PositionAt(i); p.Line != 1 || p.Column != 4 {
			t.Errorf("separator byte %d at %d:%d, want 1:4", i, p.Line, p.Column)
		}
	}
	if p := text.PositionAt(6); p.Line != 2 || p.Column != 5 {
		t.Errorf("x at %d:%d, want 2:5", p.Line, p.Column)
	}
}

// TestPositionSearches: the binary searches written out (segAt, startLine,
// TextToLower) find what sort.Search finds, at every byte of texts with
// many segments (lines, long lines cut into chunks, built from pieces)
// and of matching copies that drift from their text.
func TestPositionSearches(t *testing.T) {
	long := strings.Repeat("Tietosuoja\u00a0– rekisteri’n tiedot. ", 60)
	src := "Otsikko\n\n" + long + "\r\nrivi\rtoinen\n" + long
	var b TextBuilder
	b.AppendString("# ")
	for _, l := range SplitLines(src) {
		b.Append(l.Text)
		b.AppendString("\n")
	}
	texts := []Text{NewText(src, Position{Line: 1, Column: 1}), b.Text(), {}}
	for _, l := range SplitLines(src) {
		texts = append(texts, l.Text, l.Text.TrimSpace())
	}
	for k, text := range texts {
		// The lines share their source's segments: one of them will do.
		for i := -1; k < 4 && i <= len(text.orig)+1; i++ {
			want := sort.Search(len(text.segs), func(k int) bool { return text.segs[k].at > i }) - 1
			if got := text.segAt(i); got != max(want, 0) {
				t.Fatalf("segAt(%d) = %d, want %d", i, got, max(want, 0))
			}
		}
		if got, want := text.startLine(), text.PositionAt(0).Line; got != want {
			t.Errorf("startLine() = %d, want %d", got, want)
		}
		text = text.Normalized()
		m := byteMap(text.norm, text.S)
		for i := -1; i <= len(text.S)+1; i++ {
			want := min(i, len(text.Lower()))
			if m != nil {
				want = sort.Search(len(m), func(k int) bool { return int(m[k]) >= i })
			}
			if got := text.TextToLower(i); got != want {
				t.Fatalf("TextToLower(%d) = %d, want %d", i, got, want)
			}
		}
	}
}

// spanOfPlain is SpanOf with both ends found by PositionAt.
func spanOfPlain(t Text, i, j int) Span {
	start := t.PositionAt(i)
	if j <= i {
		return Span{start, start}
	}
	_, size := utf8.DecodeLastRuneInString(t.S[i:j])
	end := t.PositionAt(j - size)
	end.Offset += size
	end.Column++
	if end.Line < start.Line || end.Line == start.Line && end.Column < start.Column {
		return Span{start, start}
	}
	return Span{start, end}
}

// checkSpans compares SpanOf with spanOfPlain for every range of texts
// made from s: its lines, the source whole (cut into chunks when long),
// and the lines built into one text out of order.
func checkSpans(t *testing.T, s string) {
	t.Helper()
	lines := SplitLines(s)
	texts := []Text{NewText(s, Position{Line: 3, Column: 5, Offset: 7}), {S: s, orig: s}}
	var b TextBuilder
	for k := len(lines) - 1; k >= 0; k-- {
		texts = append(texts, lines[k].Text, lines[k].Text.TrimSpace())
		b.Append(lines[k].Text)
		b.AppendString("\n")
	}
	texts = append(texts, b.Text())
	for _, text := range texts {
		// Every range of a short text, some thousands of a long one.
		step := max(1, len(text.S)/48)
		for i := 0; i <= len(text.S); i += step {
			for j := i - 1; j <= len(text.S); j += 1 + (j-i)/16 {
				got, want := text.SpanOf(i, j), spanOfPlain(text, i, j)
				if got != want {
					t.Fatalf("SpanOf(%d, %d) of %q = %+v, want %+v", i, j, text.S, got, want)
				}
				if a, b := text.offsetsOf(i, j); a != want.Start.Offset || b != want.End.Offset {
					t.Fatalf("offsetsOf(%d, %d) of %q = %d, %d, want those of %+v", i, j, text.S, a, b, want)
				}
			}
		}
	}
}

// TestSpanOf: SpanOf's count on from its start gives what counting each
// end from its segment gives, over lines with multi-byte characters,
// invalid bytes and lines longer than a chunk.
func TestSpanOf(t *testing.T) {
	for _, s := range spanCases {
		checkSpans(t, s)
	}
}

var spanCases = []string{
	"", "a", "Otsikko\n\tHENKILÖ\u00adTIETO\r\nrivi\rä\xc3x\xff\n",
	strings.Repeat("Tietosuoja ä€😀 ", 80) + "\n" + strings.Repeat("\xe2\x82", 300),
}

// FuzzSpanOf holds SpanOf to spanOfPlain.
func FuzzSpanOf(f *testing.F) {
	for _, s := range spanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 600 {
			s = s[:600]
		}
		checkSpans(t, s)
	})
}

// TestSegmentsOfBytesThatAreNoCharacter: a run of more than a segment's
// worth of bytes of which none starts a character (invalid UTF-8) is cut
// all the same (NewText looped for ever on it, found by FuzzTextHelpers),
// and every byte of it counts as one column, as it does in a shorter run.
func TestSegmentsOfBytesThatAreNoCharacter(t *testing.T) {
	for _, n := range []int{chunk - 1, chunk, chunk + 1, 3*chunk + 7} {
		s := "Es" + strings.Repeat("\xb5", n) + "ä x"
		done := make(chan Text)
		go func() { done <- NewText(s, Position{Line: 1, Column: 1}) }()
		var text Text
		select {
		case text = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("NewText of %d bytes that are no character does not return", n)
		}
		for _, i := range []int{0, 2, 1 + n/2, 2 + n, len(s) - 1, len(s)} {
			if got, want := text.PositionAt(i).Column, 1+utf8.RuneCountInString(s[:i]); got != want {
				t.Errorf("%d bytes: column of byte %d is %d, want %d", n, i, got, want)
			}
		}
	}
}

// TestSliceInto: sliceInto writes what Slice returns, over a Text that
// held another one's matching copy.
func TestSliceInto(t *testing.T) {
	var b TextBuilder
	b.Append(NewText("Rekisterinpitäjä:", Position{Line: 3, Column: 1, Offset: 40}))
	b.Append(NewText(" Esimerkki Oy", Position{Line: 4, Column: 5, Offset: 62}))
	src := b.Text()
	for i := 0; i <= len(src.S); i++ {
		for j := i; j <= len(src.S); j++ {
			dst := NewText("vanha", Position{Line: 1, Column: 1}).Normalized()
			src.sliceInto(&dst, i, j)
			want := src.Slice(i, j)
			if !reflect.DeepEqual(dst, want) {
				t.Fatalf("[%d:%d]: sliceInto %+v, Slice %+v", i, j, dst, want)
			}
		}
	}
}
