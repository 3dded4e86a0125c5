package config

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/rules"
)

// sampleError is how rules.VerifySamples names a sample that misbehaves.
var sampleError = regexp.MustCompile(`^samples\.(fire|quiet)\[(\d+)\]:? ?`)

// loadCustomRules compiles the custom rules, written inline or in files
// named relative to dir, and runs their samples: a rule that does not
// compile, reuses an id or whose samples misbehave is a problem.
func loadCustomRules(doc *yamlDoc, dir string, items []any, pack []*rules.Rule, ps *problems) []*rules.Rule {
	defined := map[string]string{}
	for _, r := range pack {
		defined[r.ID] = "a built-in rule"
	}
	var out []*rules.Rule
	for i, item := range items {
		at := []string{"custom-rules", strconv.Itoa(i)}
		src, base := doc, at // the document holding the rule, and where in it
		var data []byte
		switch v := item.(type) {
		case string:
			path := v
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, path)
			}
			name := displayPath(path)
			b, err := os.ReadFile(path)
			if err != nil {
				ps.add(doc.name, doc.line(at), doc.key(at), "cannot read the rule file %s: %v", name, fserr.Reason(err))
				continue
			}
			ruleDoc, p := parseYAML(name, b)
			if p != nil {
				ps.list = append(ps.list, *p)
				continue
			}
			if found := ruleDoc.validate("rule"); len(found) > 0 {
				ps.list = append(ps.list, found...)
				continue
			}
			src, base, data = ruleDoc, nil, b
		default:
			b, err := yaml.Marshal(v)
			if err != nil {
				ps.add(doc.name, doc.line(at), doc.key(at), "%v", err)
				continue
			}
			data = b
		}
		where := func(loc ...string) (int, string) {
			full := slices.Concat(base, loc)
			return src.line(full), src.key(full)
		}
		const name = "rule"
		r, err := rules.ParseRule(name, data)
		var keyErr *rules.KeyError
		if errors.As(err, &keyErr) {
			// A key its kind does not have: the schema knows every key,
			// not which kind has it.
			line, key := where(keyErr.Key)
			ps.add(src.name, line, key, "%v", keyErr)
			continue
		}
		if err != nil {
			line, key := where()
			for _, msg := range strings.Split(strings.TrimPrefix(err.Error(), name+": "), "\n") {
				ps.add(src.name, line, key, "%s", msg)
			}
			continue
		}
		if other, dup := defined[r.ID]; dup {
			line, key := where("id")
			ps.add(src.name, line, key, "rule id %q is already %s", r.ID, other)
			continue
		}
		defined[r.ID] = "the id of custom-rules[" + strconv.Itoa(i) + "]"
		if err := rules.VerifySamples(r); err != nil {
			for _, msg := range strings.Split(err.Error(), "\n") {
				loc := []string{"samples"}
				if m := sampleError.FindStringSubmatch(msg); m != nil {
					loc = append(loc, m[1], m[2])
					msg = m[1] + " sample " + msg[len(m[0]):]
				}
				line, key := where(loc...)
				ps.add(src.name, line, key, "rule %s: %s", r.ID, msg)
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// displayPath shows path relative to the working directory when it lies
// below it.
func displayPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}
