package extract

import (
	"fmt"
	"strings"
)

// The Markdown parser (goldmark) takes time that grows faster than the
// input on some shapes of it: list markers or block quotes nested on one
// line ("- - - - ... x"), emphasis and link delimiters left open in one
// paragraph ("*a_ *a_ ...", "[a [a [a ..."), tables whose header row gives
// every short row thousands of cells; and it cannot be interrupted.
// markdownHazard tells such input before the parser sees it, and
// FromMarkdown then reads the file as plain text, saying so
// (Document.Fallback). The limits are far above what a notice written by
// hand comes near.
const (
	mdMaxNesting = 16 // list markers, block quotes and indentation levels opening one line
	// mdDelimiterBudget bounds the parser's work on emphasis and link
	// delimiters, at this many times the file's size: each delimiter
	// costs as many as are left open before it in its paragraph.
	mdDelimiterBudget = 16
	// mdBytesPerCell bounds the table cells the parser makes (each row
	// padded to its header's columns): one for so many bytes of the file.
	mdBytesPerCell = 2
	// mdMaxParagraph bounds one paragraph or table: the parser reads its
	// inline markup in one go, which no check interrupts.
	mdMaxParagraph = 256 << 10
	mdBudgetFloor  = 1 << 16 // what every file may spend, however small
)

// markdownHazard returns why the Markdown parser would take more than
// linear time on src, or cost more than a check can interrupt, or "".
func markdownHazard(src string, stop *stopper) string {
	var (
		delims     mdDelimiters
		paraBytes  int   // size of the paragraph being read
		cells      int64 // table cells the parser makes
		tableCols  int   // columns of the table being read, 0 for none
		prevBlank  = true
		prevLine   string
		size       = int64(len(src))
		delimLimit = mdDelimiterBudget*size + mdBudgetFloor
		cellLimit  = size/mdBytesPerCell + mdBudgetFloor
	)
	for line := range strings.Lines(src) {
		stop.check()
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			delims.endParagraph()
			paraBytes, tableCols, prevBlank = 0, 0, true
			continue
		}
		markers, depth := mdNesting(line)
		if depth > mdMaxNesting {
			return fmt.Sprintf("a line opens %d nested lists or quotes, more than %d", depth, mdMaxNesting)
		}
		if markers > 0 || tableCols > 0 || strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") {
			// A list item, a quote, a heading or a table row: its inline
			// markup is read apart from the lines above it.
			delims.endParagraph()
		}
		if markers > 0 || strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") {
			paraBytes = 0
		}
		paraBytes += len(line) + 1
		if paraBytes > mdMaxParagraph {
			return fmt.Sprintf("a paragraph or table is longer than %d KiB", mdMaxParagraph>>10)
		}
		delims.line(line)
		if tableCols > 0 {
			cells += int64(tableCols)
		} else if !prevBlank && strings.Contains(line, "|") && isTableDelimiterRow(line) {
			tableCols = max(strings.Count(line, "|")+1, strings.Count(prevLine, "|")+1)
			cells += 2 * int64(tableCols)
		}
		if delims.cost > delimLimit {
			return "its paragraphs leave too many emphasis and link delimiters (* _ ~ [ < `) open for the Markdown parser"
		}
		if cells > cellLimit {
			return "its tables have more cells than the file has text for"
		}
		prevBlank, prevLine = false, line
	}
	return ""
}

// mdDelimiters follows, in small, the parser's delimiter list over a
// paragraph: each delimiter run costs as many delimiters as are left open
// (or unmatched) before it, which is what the parser looks back over.
type mdDelimiters struct {
	open map[byte]int // openers not yet matched, by character
	left int64        // delimiters open or unmatched in the paragraph
	cost int64        // the file's total
}

func (d *mdDelimiters) endParagraph() {
	clear(d.open)
	d.left = 0
}

// line reads one line of a paragraph.
func (d *mdDelimiters) line(s string) {
	if d.open == nil {
		d.open = map[byte]int{}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			i++ // an escaped character is text
			continue
		case '*', '_', '~', '`':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			before, after := byte(' '), byte(' ')
			if i > 0 {
				before = s[i-1]
			}
			if j < len(s) {
				after = s[j]
			}
			closes := !isMDSpace(before) && (!isMDPunct(before) || isMDSpace(after) || isMDPunct(after))
			opens := !isMDSpace(after) && (!isMDPunct(after) || isMDSpace(before) || isMDPunct(before))
			if c == '_' {
				// Inside a word ("first_name") "_" neither opens nor closes.
				opens = opens && (isMDSpace(before) || isMDPunct(before))
				closes = closes && (isMDSpace(after) || isMDPunct(after))
				if !opens && !closes {
					i = j - 1
					continue
				}
			}
			if c == '`' {
				opens, closes = true, true // a code span's run ends the one before it
			}
			d.delimiter(c, opens, closes)
			i = j - 1
		case '[', '<':
			d.delimiter(c, true, false)
		case ']':
			d.delimiter('[', false, true)
		case '>':
			if d.open['<'] > 0 {
				d.delimiter('<', false, true)
			}
		}
	}
}

// delimiter counts one delimiter run of c: it closes an open one of its
// kind if it can, else it is left open (or unmatched) itself.
func (d *mdDelimiters) delimiter(c byte, opens, closes bool) {
	d.cost += d.left
	switch {
	case closes && d.open[c] > 0:
		d.open[c]--
		d.left--
	case opens:
		d.open[c]++
		d.left++
	default:
		d.left++ // a closer with nothing to close: the parser keeps it
	}
}

func isMDSpace(c byte) bool { return c == ' ' || c == '\t' }

func isMDPunct(c byte) bool {
	return c < 0x80 && (c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~')
}

// mdNesting counts the containers a line opens or continues from its
// start: its list markers ("-", "*", "+", "1.", "1)") and block quote
// markers (">"), and in depth those and every two columns of indentation.
func mdNesting(line string) (markers, depth int) {
	n, cols := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			n++
			i++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t'):
			n++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 10 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j < len(line) && (line[j] == '.' || line[j] == ')') && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t') {
				n++
				i = j + 1
				continue
			}
			return n, n + cols/2
		default:
			return n, n + cols/2
		}
	}
	return n, n + cols/2
}

// isTableDelimiterRow reports whether line is a GitHub table's delimiter
// row: cells of dashes, with colons for alignment, between pipes.
func isTableDelimiterRow(line string) bool {
	s := strings.Trim(strings.TrimSpace(line), "|")
	if s == "" {
		return false
	}
	for cell := range strings.SplitSeq(s, "|") {
		cell = strings.Trim(strings.TrimSpace(cell), ":")
		if cell == "" || strings.Trim(cell, "-") != "" {
			return false
		}
	}
	return true
}
