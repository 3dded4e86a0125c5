package rules

import (
	"fmt"
	"strings"
)

// Severity of a finding. The zero value, None, is below every finding and is
// what --fail-on none means.
type Severity int

// Severities, lowest first.
const (
	None Severity = iota
	Note
	Warning
	Error
)

var severityNames = [...]string{"none", "note", "warning", "error"}

func (s Severity) String() string {
	if s < None || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "error", "warning", "note" or "none".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(s, n) {
			return Severity(i), nil
		}
	}
	return None, fmt.Errorf("unknown severity %q (want error, warning, note or none)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
