package rules

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// kinds are the kinds of rule a file may declare, each decoding its own
// keys.
var kinds = map[string]func(data []byte) (*Rule, error){
	KindForbid:  decodeKind[forbidSpec],
	KindRequire: decodeKind[requireSpec],
	KindBuiltin: decodeKind[builtinSpec],
	KindSite:    decodeKind[siteSpec],
}

// specTypes are the spec of each kind, for the keys each owns.
var specTypes = map[string]reflect.Type{
	KindForbid:  reflect.TypeFor[forbidSpec](),
	KindRequire: reflect.TypeFor[requireSpec](),
	KindBuiltin: reflect.TypeFor[builtinSpec](),
	KindSite:    reflect.TypeFor[siteSpec](),
}

// decodeRule decodes a rule file: the kind it declares says which keys
// it may have, and any other key is a *KeyError. A file of no known kind
// is decoded without its kind's keys, for compile to refuse.
func decodeRule(data []byte) (*Rule, error) {
	var head struct {
		Kind string `yaml:"kind"`
	}
	if err := yaml.Unmarshal(data, &head); err != nil {
		return nil, err
	}
	decode, ok := kinds[head.Kind]
	if !ok {
		var r Rule
		return &r, yaml.Unmarshal(data, &r)
	}
	r, err := decode(data)
	var unknown *yaml.UnknownFieldError
	if errors.As(err, &unknown) {
		return nil, newKeyError(head.Kind, unknown)
	}
	return r, err
}

// decodeKind decodes a rule of the kind whose keys S holds, strictly.
func decodeKind[S any, P interface {
	*S
	spec
}](data []byte) (*Rule, error) {
	var file struct {
		Rule `yaml:",inline"`
		Spec S `yaml:",inline"`
	}
	if err := yaml.UnmarshalWithOptions(data, &file, yaml.Strict()); err != nil {
		return nil, err
	}
	r := file.Rule
	r.spec = P(&file.Spec)
	return &r, nil
}

// KeyError is a key a rule of its kind does not have: unknown, or a key of
// another kind ("statements" in a forbid rule).
type KeyError struct {
	Key          string
	Line, Column int
	// Kind is the rule's kind; Owners the kinds the key belongs to, when
	// it is a top-level key of others.
	Kind   string
	Owners []string
}

func (e *KeyError) Error() string {
	if len(e.Owners) > 0 {
		return fmt.Sprintf("%q is a key of a %s rule, not of a %s rule", e.Key, strings.Join(e.Owners, " or "), e.Kind)
	}
	return fmt.Sprintf("unknown key %q", e.Key)
}

func newKeyError(kind string, unknown *yaml.UnknownFieldError) *KeyError {
	tk := unknown.Token
	e := &KeyError{Key: tk.Value, Line: tk.Position.Line, Column: tk.Position.Column, Kind: kind}
	if tk.Position.Column == 1 { // a top-level key: perhaps another kind's
		for _, k := range slices.Sorted(maps.Keys(specTypes)) {
			if slices.Contains(specKeys(specTypes[k]), e.Key) {
				e.Owners = append(e.Owners, k)
			}
		}
	}
	return e
}

// specKeys returns the YAML keys of a spec's fields.
func specKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); name != "" && f.IsExported() {
			keys = append(keys, name)
		}
	}
	return keys
}
