package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
)

//go:embed pack/*.yaml
var packFS embed.FS

// Load returns the embedded rule pack, sorted by id.
func Load() ([]*Rule, error) {
	return LoadFS(packFS, "pack")
}

// LoadFS reads every *.yaml file in dir of fsys as one rule.
func LoadFS(fsys fs.FS, dir string) ([]*Rule, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var rules []*Rule
	var errs []error
	seen := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".yaml" {
			continue
		}
		name := path.Join(dir, e.Name())
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r, err := ParseRule(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if want := strings.TrimSuffix(e.Name(), ".yaml"); r.ID != want {
			errs = append(errs, fmt.Errorf("%s: id %q must match the file name %q", name, r.ID, want))
			continue
		}
		if other, dup := seen[r.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: id %q is also defined in %s", name, r.ID, other))
			continue
		}
		seen[r.ID] = name
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules, errors.Join(errs...)
}

// ParseRule reads one rule from YAML; name is used in errors.
func ParseRule(name string, data []byte) (*Rule, error) {
	var r Rule
	if err := yaml.UnmarshalWithOptions(data, &r, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, true))
	}
	if err := r.compile(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &r, nil
}

// Find returns the rule with the given id, or nil.
func Find(rules []*Rule, id string) *Rule {
	for _, r := range rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}
