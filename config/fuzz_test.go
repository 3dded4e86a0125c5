package config

import (
	"errors"
	"testing"
)

// FuzzParse: any bytes give a configuration or an *Error whose problems
// name the file, never a panic.
func FuzzParse(f *testing.F) {
	f.Add(Starter)
	f.Add([]byte("rules:\n  severity: {stale-notice: critical}\noverrides:\n  - max-age: 120\n"))
	f.Add([]byte("custom-rules:\n  - id: x\n    samples: {fire: [a], quiet: [b]}\n  - rules/none.yaml\n"))
	f.Add([]byte("a: &x {b: 1}\nc: *x\n<<: *x\n"))
	f.Add([]byte("- [\n"))
	p := pack(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Parse("c.yml", data, p)
		if err == nil {
			return
		}
		var ce *Error
		if !errors.As(err, &ce) || len(ce.Problems) == 0 {
			t.Fatalf("error %T without problems: %v", err, err)
		}
		for _, pr := range ce.Problems {
			if pr.File == "" || pr.Msg == "" || pr.Line < 0 {
				t.Fatalf("problem %+v", pr)
			}
		}
	})
}
