package services

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/language"
)

// tableFiles is the repository's table: table/*.yaml, read in the order
// of their names, the categories in one and groups of services in the
// others.
//
//go:embed table/*.yaml
var tableFiles embed.FS

// CategoryInfo is what the table says of a category: its title (by
// message language) and the words that name it in a notice (by notice
// language: fi, sv, en), each the start of a word ("analytiik" for
// analytiikka, analytiikkapalvelu ...).
type CategoryInfo struct {
	Title map[string]string   `yaml:"title"`
	Words map[string][]string `yaml:"words"`
}

// TitleIn gives the category's title in lang, else in English.
func (c CategoryInfo) TitleIn(lang string) string {
	if t := c.Title[lang]; t != "" {
		return t
	}
	return c.Title["en"]
}

// Table is services indexed for matching. It is safe for concurrent use.
type Table struct {
	services   []*Service
	categories map[Category]CategoryInfo
	hosts      map[string][]route // a domain or host name -> its services, longest path first
	cookies    map[string]*Service
	prefixes   []cookiePrefix // longest first
}

// route is a service served from a host under a path prefix ("" for all).
type route struct {
	path string
	svc  *Service
}

type cookiePrefix struct {
	prefix string
	svc    *Service
}

type tableFile struct {
	Categories map[Category]CategoryInfo `yaml:"categories"`
	Services   []*Service                `yaml:"services"`
}

var loadDefault = sync.OnceValues(func() (*Table, error) {
	f, err := readTable(tableFiles)
	if err != nil {
		return nil, err
	}
	for _, c := range Categories {
		if len(f.Categories[c].Words) == 0 || f.Categories[c].Title["en"] == "" {
			return nil, fmt.Errorf("services/table: category %s has no title or words", c)
		}
	}
	if err := checkList(f.Services, true); err != nil {
		return nil, fmt.Errorf("services/table: %w", err)
	}
	return newTable(f.Services, f.Categories), nil
})

// readTable reads every table/*.yaml file of fsys in name order, strictly,
// into one table: the services in that order, the categories from
// wherever they stand (one category in two files is an error).
func readTable(fsys fs.FS) (tableFile, error) {
	all := tableFile{Categories: map[Category]CategoryInfo{}}
	names, err := fs.Glob(fsys, "table/*.yaml")
	if err != nil {
		return all, fmt.Errorf("services/table: %w", err)
	}
	if len(names) == 0 {
		return all, fmt.Errorf("services/table: no table files")
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return all, err
		}
		var f tableFile
		if err := yaml.UnmarshalWithOptions(data, &f, yaml.Strict()); err != nil {
			return all, fmt.Errorf("services/%s: %s", name, yaml.FormatError(err, false, false))
		}
		for c, info := range f.Categories {
			if _, ok := all.Categories[c]; ok {
				return all, fmt.Errorf("services/%s: category %s is described twice", name, c)
			}
			all.Categories[c] = info
		}
		all.Services = append(all.Services, f.Services...)
	}
	return all, nil
}

// Default is the table in the repository (table/*.yaml).
func Default() *Table {
	t, err := loadDefault()
	if err != nil {
		panic(err) // the table is part of the program; its test keeps it valid
	}
	return t
}

// With gives the table extended by more services: one named as a service of
// the table replaces it, and a domain or cookie name of theirs goes to them.
func (t *Table) With(more []*Service) *Table {
	if len(more) == 0 {
		return t
	}
	names := map[string]bool{}
	for _, s := range more {
		names[strings.ToLower(s.Name)] = true
	}
	all := slices.DeleteFunc(slices.Clone(t.services), func(s *Service) bool { return names[strings.ToLower(s.Name)] })
	return newTable(append(all, more...), t.categories)
}

func newTable(svcs []*Service, cats map[Category]CategoryInfo) *Table {
	t := &Table{services: svcs, categories: cats, hosts: map[string][]route{}, cookies: map[string]*Service{}}
	for _, s := range svcs {
		for _, d := range s.Domains {
			host, path, _ := strings.Cut(strings.ToLower(d), "/")
			if path != "" {
				path = "/" + path
			}
			rs := slices.DeleteFunc(t.hosts[host], func(r route) bool { return r.path == path })
			t.hosts[host] = append(rs, route{path, s})
		}
		for _, c := range s.Cookies {
			if p, ok := strings.CutSuffix(c, "*"); ok {
				t.prefixes = slices.DeleteFunc(t.prefixes, func(x cookiePrefix) bool { return x.prefix == p })
				t.prefixes = append(t.prefixes, cookiePrefix{p, s})
			} else {
				t.cookies[c] = s
			}
		}
	}
	for h := range t.hosts {
		sort.SliceStable(t.hosts[h], func(i, j int) bool { return len(t.hosts[h][i].path) > len(t.hosts[h][j].path) })
	}
	sort.SliceStable(t.prefixes, func(i, j int) bool { return len(t.prefixes[i].prefix) > len(t.prefixes[j].prefix) })
	return t
}

// Services lists the table's services.
func (t *Table) Services() []*Service { return slices.Clone(t.services) }

// Category gives what the table says of a category.
func (t *Table) Category(c Category) CategoryInfo { return t.categories[c] }

// Parse reads a YAML list of services, as .noticelint.yml's `services:`
// holds them, and checks each. name is the file, for errors.
func Parse(name string, data []byte) ([]*Service, error) {
	j, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, false))
	}
	list, err := DecodeJSON(j)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := checkList(list, false); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return list, nil
}

// DecodeJSON decodes a JSON list of services, refusing unknown fields; it
// does not check them (Check does).
func DecodeJSON(data []byte) ([]*Service, error) {
	var list []*Service
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&list); err != nil {
		return nil, fmt.Errorf("not a list of services: %w", err)
	}
	return list, nil
}

// checkList checks each service and that no two share a name or, when
// table (the repository's table, where each domain and cookie name belongs
// to one service), a domain or a cookie name.
func checkList(list []*Service, table bool) error {
	var errs []string
	names := map[string]int{}
	domains, cookies := map[string]string{}, map[string]string{}
	for i, s := range list {
		if s == nil {
			errs = append(errs, fmt.Sprintf("services[%d]: empty entry", i))
			continue
		}
		for _, p := range Check(s) {
			errs = append(errs, fmt.Sprintf("services[%d] (%s): %s: %s", i, s.Name, p.Field(), p.Msg))
		}
		if j, ok := names[strings.ToLower(s.Name)]; ok {
			errs = append(errs, fmt.Sprintf("services[%d]: the name %q is also services[%d]'s", i, s.Name, j))
		}
		names[strings.ToLower(s.Name)] = i
		if table {
			for _, d := range s.Domains {
				if other, ok := domains[d]; ok {
					errs = append(errs, fmt.Sprintf("services[%d] (%s): domain %s is also %s's", i, s.Name, d, other))
				}
				domains[d] = s.Name
			}
			for _, c := range s.Cookies {
				if other, ok := cookies[c]; ok {
					errs = append(errs, fmt.Sprintf("services[%d] (%s): cookie %s is also %s's", i, s.Name, c, other))
				}
				cookies[c] = s.Name
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}

// Problem is what is wrong with one field of a service: Path is the field's
// keys and indexes (["domains", "1"]).
type Problem struct {
	Path []string
	Msg  string
}

// Field is the problem's field as it is written: "domains[1]", "sources.owner".
func (p Problem) Field() string {
	var b strings.Builder
	for i, k := range p.Path {
		switch _, err := strconv.Atoi(k); {
		case err == nil:
			b.WriteString("[" + k + "]")
		case i > 0:
			b.WriteString("." + k)
		default:
			b.WriteString(k)
		}
	}
	return b.String()
}

var (
	hostLabel  = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)
	cookieName = regexp.MustCompile(`^[!#$%&'+\-.0-9A-Z^_` + "`" + `a-z|~]+\*?$`)
	countryRe  = regexp.MustCompile(`^[A-Z]{2}$`)
)

// Check gives the problems of one service: a name, an owner, a country
// (ISO 3166-1 alpha-2), a category of the list, at least one domain (each a
// host name under a registrable domain, with an optional path), cookie
// names as cookies have them, and a source (an http(s) URL) for every fact.
func Check(s *Service) []Problem {
	var ps []Problem
	add := func(field string, format string, args ...any) {
		ps = append(ps, Problem{strings.FieldsFunc(field, func(r rune) bool { return r == '.' || r == '[' || r == ']' }), fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(s.Name) == "" || strings.ContainsAny(s.Name, "\n\r") {
		add("name", "give the service's name, on one line")
	}
	for i, n := range s.Names {
		if strings.TrimSpace(n) == "" || strings.ContainsAny(n, "\n\r") {
			add("names["+strconv.Itoa(i)+"]", "a name must not be empty")
		}
	}
	if strings.TrimSpace(s.Owner) == "" {
		add("owner", "name the company that provides the service")
	}
	if !countryRe.MatchString(s.Country) {
		add("country", "%q: give the owner's country as an ISO 3166-1 alpha-2 code in capitals, e.g. US or FI", s.Country)
	} else if r, err := language.ParseRegion(s.Country); err != nil || !r.IsCountry() {
		add("country", "%q is not an ISO 3166-1 country code", s.Country)
	}
	if !slices.Contains(Categories, s.Category) {
		add("category", "%q: want one of %s", s.Category, categoryList())
	}
	if len(s.Domains) == 0 {
		add("domains", "give at least one domain the service is served from")
	}
	for i, d := range s.Domains {
		if msg := checkDomain(d); msg != "" {
			add("domains["+strconv.Itoa(i)+"]", "%q: %s", d, msg)
		}
	}
	for i, c := range s.Cookies {
		if !cookieName.MatchString(c) || c == "*" {
			add("cookies["+strconv.Itoa(i)+"]", "%q: a cookie name has no spaces or separators ( ; , = \" ), and * only at its end", c)
		}
	}
	for k := range s.Sources {
		if !slices.Contains(Facts, k) {
			add("sources."+k, "not a fact of a service: want one of %s", strings.Join(Facts, ", "))
		}
	}
	var unsourced []string
	for _, fact := range Facts {
		if fact == "cookies" && len(s.Cookies) == 0 {
			continue
		}
		src := s.SourceOf(fact)
		if src == "" {
			unsourced = append(unsourced, fact)
			continue
		}
		field := "source"
		if s.Sources[fact] != "" {
			field = "sources." + fact
		}
		if u, err := url.Parse(src); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			add(field, "%q is not an http(s) URL", src)
		}
	}
	if len(unsourced) > 0 {
		add("source", "no source for the %s: give source, the vendor's page that says them (or sources.%s ... for one fact)", strings.Join(unsourced, ", "), unsourced[0])
	}
	return ps
}

// checkDomain says what is wrong with a domain of the table, "" if nothing.
func checkDomain(d string) string {
	if d != strings.ToLower(d) {
		return "write it in lower case"
	}
	host, _, _ := strings.Cut(d, "/")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return "not a domain: want a name such as google-analytics.com"
	}
	for _, l := range labels {
		if len(l) > 63 || !hostLabel.MatchString(l) {
			return "not a domain: want letters, digits and hyphens between dots (IDNA names in their xn-- form)"
		}
	}
	// A suffix of the list's ICANN section (co.uk) is every site's under
	// it; one of its private section (cloudfront.net) is a provider's own.
	if ps, icann := publicsuffix.PublicSuffix(host); ps == host && icann {
		return "a public suffix (such as co.uk), which every site under it shares: name the service's own domain"
	}
	return ""
}

func categoryList() string {
	out := make([]string, len(Categories))
	for i, c := range Categories {
		out[i] = string(c)
	}
	return strings.Join(out, ", ")
}
