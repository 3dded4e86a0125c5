// Package vocab holds noticelint's knowledge of Finnish, Swedish and
// English words: the word lists that extract, scan and the others read a
// notice and a web page with (this file's Words, filled in fi.go, sv.go and
// en.go), and the catalog of the messages the CLI and the reports write
// (messages.go). The rule pack's patterns are not here: each rule holds its
// own words in rules/pack.
//
// Everything is plain data: no work at package init.
package vocab

// Words are one language's word lists, lower case.
type Words struct {
	// Lang is the language's code: "fi", "sv", "en".
	Lang string
	// HeadingStems are stems of the headings notices use: a short line
	// holding one at a word start is taken for a heading (extract).
	HeadingStems []string
	// HeadingLines are headings too short to tell by a stem: the whole
	// line (extract).
	HeadingLines []string
	// TitleWords end the title of a notice; a later title starts a second
	// notice in the same document (extract).
	TitleWords []string
	// NotTitleWords mark a heading about the notice, not its title:
	// "Changes to this privacy notice" (extract).
	NotTitleWords []string
	// DanglingWords end a line whose sentence goes on below it: such a line
	// is no heading (extract).
	DanglingWords []string
	// SentenceStarts open a sentence, not a heading, with their space
	// (extract).
	SentenceStarts []string
	// ConsentButtons are the buttons of cookie banners, which a notice
	// copied from a web page often ends with; they are no headings
	// (extract).
	ConsentButtons []string
	// Stopwords are frequent words that tell the language of a document
	// (extract.DetectLang).
	Stopwords []string
	// DateLabels name the date a notice gives for itself (extract).
	DateLabels []string
	// Months are the names of the months, January first, each with its
	// abbreviations; a Finnish name ending in "kuu" also matches its
	// inflections (extract).
	Months [12][]string
	// NoticeLinks name a privacy notice in a link; TopicLinks name a topic
	// that may be a page of links; CookieLinks a cookie policy (scan). They
	// are folded: lower case, without diacritics.
	NoticeLinks, TopicLinks, CookieLinks []LinkTerm
	// NoticeContent are words a privacy notice's text uses, folded as scan
	// folds links: a page that uses enough of one language's is a notice
	// (scan).
	NoticeContent []string
}

// LinkTerm is a word or phrase that names a privacy notice in a link, and
// how strongly.
type LinkTerm struct {
	Words string
	Score int
}

// Languages are the word lists in their usual order: Finnish, Swedish,
// English.
var Languages = []*Words{&Finnish, &Swedish, &English}

// All gathers one field of Finnish, Swedish and English, in that order.
func All[T any](field func(*Words) []T) []T { return Gather(field, Languages...) }

// Gather gathers one field of langs, in their order: a list whose order
// matters (first match wins, ids name entries) gives the order it needs.
func Gather[T any](field func(*Words) []T, langs ...*Words) []T {
	var out []T
	for _, w := range langs {
		out = append(out, field(w)...)
	}
	return out
}

// CompanyForms end a company's name, not a heading: "Esimerkki Oy",
// "Exempel Ab", "Example Ltd". Legal forms belong to no one language.
var CompanyForms = []string{
	"oy", "oyj", "ab", "abp", "ltd", "ky", "ry", "tmi", "inc", "gmbh", "llc", "plc", "as", "aps",
}
