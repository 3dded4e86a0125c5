// Package gen generates the fictional privacy notices noticelint is tested
// and benchmarked on. It makes two kinds:
//
// The synthetic corpus (corpus*.go): Generate draws any number of
// plain-text notices ("tietosuojaseloste", "dataskyddsbeskrivning",
// "privacy notice") that imitate what Finnish companies publish: about
// 60 % Finnish, 25 % Swedish and 15 % English, in five layouts (numbered
// headings, the 2018 two-column template table, unnumbered short headings,
// a notice copied from a web page together with the page chrome, and a
// notice followed by a second newsletter notice). Realistic defects are
// mixed in at random: references to the repealed henkilötietolaki
// (523/1999), unfilled template placeholders, empty template fields,
// duplicated headings, old "Päivitetty" dates, missing complaint-right
// paragraphs, literal HTML tags, CRLF line endings and UTF-8 byte order
// marks. Generation is deterministic: each notice is drawn from its own PCG
// stream derived from the seed and the notice index, so Generate(500, s)
// yields the same contents as the first 500 notices of Generate(2000, s).
// corpus.go holds the API, corpus_model.go the document model,
// corpus_state.go and corpus_org.go the random choices, corpus_build.go the
// sections, corpus_render.go the layouts, and corpus_lang.go with
// corpus_fi.go, corpus_sv.go and corpus_en.go the per-language text.
//
// The format renditions (notice.go, text.go, html.go, markdown.go, pdf.go,
// pdflayout.go, docx.go, reading.go): one notice model, Block, written in
// every format noticelint reads (text, HTML, Markdown, PDF, Word), and the
// hostile files the extractors must survive (hostile.go). The tests hold the
// extractors to give the same findings for every rendition;
// cmd/genfixtures writes them to testdata/formats for people to try.
//
// Everything is fictional: every company, person, address and phone number
// is invented; every e-mail address and web address uses the reserved
// .example top-level domain and phone numbers are zero-filled (040 000 0000,
// +358 00 000 0000).
package gen
