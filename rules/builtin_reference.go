package rules

import (
	"regexp"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

var (
	// A title naming only the old Personal Data Act's document.
	registerTitle = regexp.MustCompile(`rekisteriseloste|registerbeskrivning`)
	privacyTitle  = regexp.MustCompile(`tietosuoja|dataskydd|integritet|privacy|data protection`)
)

// checkOutdatedTitle reports a notice titled only "Rekisteriseloste" or
// "Registerbeskrivning", the document HetiL § 10 asked for, rather than a
// privacy notice.
func checkOutdatedTitle(c *check) {
	for i := range c.doc.Sections {
		s := &c.doc.Sections[i]
		if s.Heading.Len() == 0 {
			continue
		}
		if s.Kind == extract.KindTitle || i == 0 || (i == 1 && c.doc.Sections[0].Kind == extract.KindPreamble) {
			lower := strings.ToLower(s.Heading.S)
			if registerTitle.MatchString(lower) && !privacyTitle.MatchString(lower) {
				c.report(s, s.HeadingSpan(), s.DisplayHeading(), c.rule.Severity, "")
			}
		}
		return // only the notice's own title counts
	}
}
