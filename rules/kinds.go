package rules

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// kinds are the kinds of rule a file may declare, each decoding its own
// keys.
var kinds = map[string]func(body ast.Node) (*Rule, error){
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
// is decoded without its kind's keys, for compile to refuse. The file is
// parsed once, its kind read from the tree.
func decodeRule(data []byte) (*Rule, error) {
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, err
	}
	var body ast.Node
	if len(file.Docs) > 0 {
		body = file.Docs[0].Body
	}
	kind := kindOf(body)
	decode, ok := kinds[kind]
	if !ok || body == nil {
		var r Rule
		if body == nil {
			return &r, nil
		}
		return &r, yaml.NodeToValue(body, &r)
	}
	r, err := decode(body)
	var unknown *yaml.UnknownFieldError
	if errors.As(err, &unknown) {
		return nil, newKeyError(kind, unknown)
	}
	return r, err
}

// kindOf returns the value of a rule's kind key, "" when it has none.
func kindOf(body ast.Node) string {
	m, ok := body.(*ast.MappingNode)
	if !ok {
		return ""
	}
	for _, kv := range m.Values {
		if kv.Key.String() == "kind" {
			if s, ok := kv.Value.(*ast.StringNode); ok {
				return s.Value
			}
		}
	}
	return ""
}

// decodeKind decodes a rule of the kind whose keys S holds, strictly.
func decodeKind[S any, P interface {
	*S
	spec
}](body ast.Node) (*Rule, error) {
	var file struct {
		Rule `yaml:",inline"`
		Spec S `yaml:",inline"`
	}
	if err := yaml.NodeToValue(body, &file, yaml.Strict()); err != nil {
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
