package scan

import (
	"net/url"
	"strings"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/vocab"
	"github.com/noticelint/noticelint/lint/input"
)

// noticeContent are words a privacy notice's text uses, per language,
// folded as fold does. A page that uses enough of them is a notice; one
// that uses few is a page of links (or something else) to look past.
var noticeContent = [][]string{
	vocab.Finnish.NoticeContent, vocab.Swedish.NoticeContent, vocab.English.NoticeContent,
}

// minNoticeTerms is how many of a language's words a notice uses at least.
const minNoticeTerms = 5

// ReadsAsNotice is lint --warc's notice test (lint.Options.Keep): the
// page's text reads as a privacy notice, as scan tells one. A web page is
// read as scan reads it, its links and chrome apart; another format by the
// sections extracted.
func ReadsAsNotice(it input.Item, doc *extract.Document) bool {
	if it.Format == extract.FormatHTML {
		base, err := url.Parse(it.Path)
		if err != nil {
			base = &url.URL{}
		}
		return looksLikeNotice(ReadPage(it.Data, it.ContentType, base).Text)
	}
	var b strings.Builder
	for _, sec := range doc.Sections {
		b.WriteString(sec.Heading.S)
		b.WriteByte(' ')
		b.WriteString(sec.Body.S)
		b.WriteByte(' ')
	}
	return looksLikeNotice(strings.ToLower(b.String()))
}

// looksLikeNotice reports whether text (lower-case) reads as a privacy
// notice rather than a page that links to one.
func looksLikeNotice(text string) bool {
	return noticeScore(text) >= minNoticeTerms
}

// noticeScore is the most words of one language's list that text uses.
func noticeScore(text string) int {
	text = fold(text)
	best := 0
	for _, words := range noticeContent {
		n := 0
		for _, w := range words {
			if strings.Contains(text, w) {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}
