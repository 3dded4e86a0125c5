package scan

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/noticelint/noticelint/internal/vocab"
)

// Link vocabulary, fi/sv/en, lower-case and without diacritics (links and
// addresses are folded before matching). A notice's own name scores
// highest, a topic that may be a page of links lower, a cookie policy
// lowest: it is a notice, but not the privacy notice. The first term of the
// best score names the link, so the order counts: cookie terms are
// Finnish, English, Swedish.
var (
	noticeTerms = vocab.All(func(w *vocab.Words) []vocab.LinkTerm { return w.NoticeLinks })
	topicTerms  = vocab.All(func(w *vocab.Words) []vocab.LinkTerm { return w.TopicLinks })
	cookieTerms = vocab.Gather(func(w *vocab.Words) []vocab.LinkTerm { return w.CookieLinks },
		&vocab.Finnish, &vocab.English, &vocab.Swedish)
)

// Candidate is a link that may lead to the notice, with its score.
type Candidate struct {
	Link
	Score int
	// Term is the word that named it ("tietosuojaseloste").
	Term string
}

// Why says why the candidate was chosen: "footer link 'Tietosuojaseloste'".
func (c Candidate) Why() string { return c.why(messagesIn("en")) }

// why is Why in m's language.
func (c Candidate) why(m messages) string {
	where := m.link
	switch {
	case c.Rel:
		where = m.relLink
	case c.Footer:
		where = m.footerLink
	}
	name := c.Text
	if name == "" {
		name = c.Label
	}
	if name == "" {
		return fmt.Sprintf(m.byAddress, where, c.URL, c.Term)
	}
	return where + " '" + name + "'"
}

// Rank scores the links of a page fetched from base and returns those that
// may lead to a privacy notice, best first. Text, title and aria-label
// count fully, the address a little less; a footer link or one marked
// rel="privacy-policy" gains, a link to another site loses.
func Rank(links []Link, base *url.URL) []Candidate {
	seen := map[string]int{}
	var out []Candidate
	for _, l := range links {
		c := score(l, base)
		if c.Score <= 0 {
			continue
		}
		if i, dup := seen[c.URL]; dup {
			if c.Score > out[i].Score {
				out[i] = c
			}
			continue
		}
		seen[c.URL] = len(out)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

func score(l Link, base *url.URL) Candidate {
	c := Candidate{Link: l}
	text := fold(l.Text + " " + l.Label)
	u, err := url.Parse(l.URL)
	if err != nil {
		return c
	}
	addr := fold(strings.NewReplacer("-", " ", "_", " ", ".", " ", "/", " ", "+", " ", "%20", " ").Replace(u.EscapedPath() + " " + u.RawQuery))
	best, bestTerm := 0, ""
	for _, list := range [][]vocab.LinkTerm{noticeTerms, topicTerms} {
		for _, t := range list {
			s := 0
			if containsWords(text, t.Words) {
				s = t.Score
			} else if containsWords(addr, t.Words) || strings.Contains(strings.ReplaceAll(addr, " ", ""), strings.ReplaceAll(t.Words, " ", "")) {
				s = t.Score * 4 / 5
			}
			if s > best {
				best, bestTerm = s, t.Words
			}
		}
	}
	cookie := false
	for _, t := range cookieTerms {
		if strings.Contains(text, t.Words) || strings.Contains(addr, t.Words) {
			cookie = true
			if best == 0 {
				best, bestTerm = t.Score, t.Words
			}
		}
	}
	if cookie && best > cookieTerms[0].Score {
		best -= 20 // "privacy and cookie policy": likely, but below a notice of its own
	}
	if l.Rel {
		best += 50
		if bestTerm == "" {
			bestTerm = "privacy-policy"
		}
	}
	if best == 0 {
		return c
	}
	if l.Footer {
		best += 15
	}
	if !sameSite(u.Hostname(), base.Hostname()) {
		best -= 20
	}
	if strings.EqualFold(path.Ext(u.Path), ".pdf") {
		best += 2 // a notice of its own, not a page that mentions one
	}
	c.Score, c.Term = max(best, 1), bestTerm
	return c
}

// containsWords reports whether words occur in s at word starts: words may
// be followed by more letters (Finnish inflects: "tietosuojaselosteeseen").
func containsWords(s, words string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], words)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isLetter(s[j-1]) {
			return true
		}
		i = j + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

// fold lower-cases s and drops the diacritics of Finnish and Swedish
// letters, as addresses often do.
func fold(s string) string {
	return strings.NewReplacer("ä", "a", "ö", "o", "å", "a", "é", "e", "ü", "u").Replace(strings.ToLower(s))
}

// sameSite reports whether hosts a and b belong to one site: equal, or one
// a subdomain of the other ("www.esimerkki.example", "esimerkki.example").
func sameSite(a, b string) bool {
	a, b = strings.ToLower(strings.TrimPrefix(a, "www.")), strings.ToLower(strings.TrimPrefix(b, "www."))
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}
