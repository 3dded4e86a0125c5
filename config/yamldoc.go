package config

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// yamlDoc is a parsed YAML file: its syntax tree, for line numbers, and its
// value as JSON sees it, for the schema.
type yamlDoc struct {
	name  string
	file  *ast.File
	value any
}

// parseYAML reads a YAML file; a syntax error is a Problem at its line.
// An empty file is an empty mapping.
func parseYAML(name string, data []byte) (*yamlDoc, *Problem) {
	syntax := func(err error) *Problem {
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil {
			return &Problem{File: name, Line: ye.GetToken().Position.Line, Msg: ye.GetMessage()}
		}
		return &Problem{File: name, Msg: err.Error()}
	}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, syntax(err)
	}
	if n := expandedSize(file, maxNodes); n > maxNodes {
		return nil, &Problem{File: name, Msg: "too large with its aliases expanded (over 100,000 values); write the values out"}
	}
	j, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, syntax(err)
	}
	value, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		return nil, &Problem{File: name, Msg: err.Error()}
	}
	if value == nil {
		value = map[string]any{}
	}
	return &yamlDoc{name: name, file: file, value: value}, nil
}

// steps reports, for each step of loc, whether it is an index into a
// sequence rather than a mapping key.
func (d *yamlDoc) steps(loc []string) (isIndex []bool) {
	v := d.value
	for _, k := range loc {
		switch x := v.(type) {
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return append(isIndex, true)
			}
			v = x[i]
			isIndex = append(isIndex, true)
		case map[string]any:
			v = x[k]
			isIndex = append(isIndex, false)
		default:
			return append(isIndex, false)
		}
	}
	return isIndex
}

// key writes loc as "overrides[0].files".
func (d *yamlDoc) key(loc []string) string {
	isIndex := d.steps(loc)
	return keyPath(loc, func(i int) bool { return i < len(isIndex) && isIndex[i] })
}

// node finds the node at loc with goccy's path API.
func (d *yamlDoc) node(loc []string) ast.Node {
	isIndex := d.steps(loc)
	b := (&yaml.PathBuilder{}).Root()
	for i, k := range loc {
		if i < len(isIndex) && isIndex[i] {
			n, err := strconv.Atoi(k)
			if err != nil || n < 0 {
				return nil
			}
			b = b.Index(uint(n))
		} else {
			b = b.Child(k)
		}
	}
	n, err := b.Build().FilterFile(d.file)
	if err != nil {
		return nil
	}
	return n
}

// line returns the line of the key (or sequence item) at loc; when there is
// no such node, the line of the nearest one above it.
func (d *yamlDoc) line(loc []string) int {
	for ; len(loc) > 0; loc = loc[:len(loc)-1] {
		last := loc[len(loc)-1]
		if isIndex := d.steps(loc); !isIndex[len(isIndex)-1] {
			// A mapping key: the line of the key itself, which a nested
			// value's first token is not.
			if parent := d.node(loc[:len(loc)-1]); parent != nil {
				if l := keyLine(parent, last); l > 0 {
					return l
				}
			}
			continue
		}
		if n := d.node(loc); n != nil && n.GetToken() != nil {
			return n.GetToken().Position.Line
		}
	}
	return 1
}

// keyLine returns the line of key in a mapping node, or 0.
func keyLine(n ast.Node, key string) int {
	var values []*ast.MappingValueNode
	switch m := n.(type) {
	case *ast.MappingNode:
		values = m.Values
	case *ast.MappingValueNode:
		values = []*ast.MappingValueNode{m}
	default:
		return 0
	}
	for _, v := range values {
		var k string
		if err := yaml.NodeToValue(v.Key, &k); err == nil && k == key {
			return v.Key.GetToken().Position.Line
		}
	}
	return 0
}
