package result

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// JSONReason says why a line could not be read as a JSON object of the
// shape wanted, in words for people rather than Go's ("\"url\" must be a
// string, not a number", not "cannot unmarshal number into Go struct
// field jsonLine.url of type string").
func JSONReason(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field == "":
		return "not a JSON object: it is " + jsonValue(te.Value)
	case errors.As(err, &te):
		return fmt.Sprintf("%q must be %s, not %s", te.Field, jsonKind(te.Type), jsonValue(te.Value))
	case errors.As(err, &se):
		return fmt.Sprintf("not valid JSON (at byte %d): %s", se.Offset, se.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "not valid JSON: it ends too soon"
	}
	return "not valid JSON"
}

// jsonValue names a JSON value as UnmarshalTypeError.Value gives it
// ("number", "number 1.5", "array").
func jsonValue(v string) string {
	switch kind, lit, _ := strings.Cut(v, " "); {
	case lit != "":
		return "the " + kind + " " + lit
	case kind == "array" || kind == "object":
		return "an " + kind
	case kind == "bool":
		return "true or false"
	default:
		return "a " + kind
	}
}

// jsonKind names the JSON value a Go type wants.
func jsonKind(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "another kind of value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number, 0 or more"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another kind of value"
}
