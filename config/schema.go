package config

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// SchemaJSON is the JSON schema a configuration file is validated against;
// its $defs/rule describes a rule of the pack and a custom rule.
//
//go:embed schema.json
var SchemaJSON []byte

const schemaURL = "https://github.com/noticelint/noticelint/config/schema.json"

// compiled holds the configuration's schema and the custom rule's.
var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	out := map[string]*jsonschema.Schema{}
	for name, loc := range map[string]string{
		"config":    schemaURL,
		"rule":      schemaURL + "#/$defs/customRule",
		"pack-rule": schemaURL + "#/$defs/rule",
	} {
		if out[name], err = c.Compile(loc); err != nil {
			return nil, err
		}
	}
	return out, nil
})

var printer = message.NewPrinter(language.English)

// validate checks the document against the named schema: "config", "rule"
// (a custom rule) or "pack-rule"; every problem names its line and key.
// (The schema avoids propertyNames, whose errors jsonschema/v6 reports at a
// wrong instance location.)
func (d *yamlDoc) validate(schema string) []Problem {
	schemas, err := compiled()
	if err != nil {
		// The embedded schema is tested; this cannot happen in a release.
		return []Problem{{File: d.name, Msg: fmt.Sprintf("internal error: config schema: %v", err)}}
	}
	err = schemas[schema].Validate(d.value)
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []Problem
	seen := map[string]bool{}
	add := func(loc []string, msg string) {
		p := Problem{File: d.name, Line: d.line(loc), Key: d.key(loc), Msg: msg}
		if s := p.String(); !seen[s] {
			seen[s] = true
			out = append(out, p)
		}
	}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		switch k := e.ErrorKind.(type) {
		case *kind.AdditionalProperties:
			for _, p := range k.Properties {
				add(slices.Concat(e.InstanceLocation, []string{p}), "unknown key")
			}
			return
		case *kind.Required:
			add(e.InstanceLocation, "missing "+strings.Join(k.Missing, ", "))
			return
		case *kind.MinLength:
			add(e.InstanceLocation, "must not be empty")
			return
		case *kind.MinItems:
			add(e.InstanceLocation, "give at least "+strconv.Itoa(k.Want))
			return
		case *kind.Minimum:
			add(e.InstanceLocation, "must be at least "+k.Want.RatString())
			return
		}
		if len(e.Causes) == 0 {
			add(e.InstanceLocation, e.ErrorKind.LocalizedString(printer))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out
}
