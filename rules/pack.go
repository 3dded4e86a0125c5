package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
)

//go:embed pack/*.yaml
var packFS embed.FS

//go:generate go test -run ^Test(Pack(Data|Analysis|Prefilter)|Wordless)UpToDate$ -update

// Load returns the embedded rule pack, sorted by id. The pack's files
// come decoded, as Go values (packdata.go, generated from pack/*.yaml and
// tested to match them): decoding their YAML was a third of a one-notice
// run's CPU. They are compiled here, as LoadFS compiles them.
func Load() ([]*Rule, error) {
	forgetShared() // what a test compiled before is not shared: a recording (packanalysis.go) sees it all
	rules := packRules()
	var errs []error
	for _, r := range rules {
		if err := r.compile(); err != nil {
			errs = append(errs, fmt.Errorf("pack/%s.yaml: %w", r.ID, err))
		}
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	forgetParses()
	forgetShared()
	return rules, errors.Join(errs...)
}

// LoadFS reads every *.yaml file in dir of fsys as one rule.
func LoadFS(fsys fs.FS, dir string) ([]*Rule, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && path.Ext(e.Name()) == ".yaml" {
			names = append(names, e.Name())
		}
	}
	forgetShared()
	parsed, parseErrs := parseAll(fsys, dir, names)
	var rules []*Rule
	var errs []error
	for i, base := range names {
		name, r := path.Join(dir, base), parsed[i]
		if parseErrs[i] != nil {
			errs = append(errs, parseErrs[i])
			continue
		}
		// File names are unique, so ids matching them are too.
		if want := strings.TrimSuffix(base, ".yaml"); r.ID != want {
			errs = append(errs, fmt.Errorf("%s: id %q must match the file name %q", name, r.ID, want))
			continue
		}
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	forgetParses() // the pack is compiled: its parse trees would only take memory
	forgetShared()
	return rules, errors.Join(errs...)
}

// parseAll reads and compiles the named files on every CPU: compiling the
// patterns is most of a run's start-up time. Results keep the names' order.
func parseAll(fsys fs.FS, dir string, names []string) ([]*Rule, []error) {
	rules := make([]*Rule, len(names))
	errs := make([]error, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := range next {
				name := path.Join(dir, names[i])
				data, err := fs.ReadFile(fsys, name)
				if err != nil {
					errs[i] = err
					continue
				}
				rules[i], errs[i] = ParseRule(name, data)
			}
		})
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return rules, errs
}

// ParseRule reads one rule from YAML; name is used in errors. A key the
// rule's kind does not have is a *KeyError, named with its line.
func ParseRule(name string, data []byte) (*Rule, error) {
	r, err := decodeRule(data)
	var key *KeyError
	switch {
	case errors.As(err, &key):
		return nil, fmt.Errorf("%s:%d: %w", name, key.Line, err)
	case err != nil:
		return nil, fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, true))
	}
	if err := r.compile(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
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
