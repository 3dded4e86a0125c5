package input

import "testing"

func TestSizes(t *testing.T) {
	for in, want := range map[string]int64{"50MiB": 50 << 20, "10MB": 10_000_000, "512k": 512 << 10, "1048576": 1 << 20, "1.5KiB": 1536} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-5MB", "0"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q): no error", in)
		}
	}
	if got := FormatSize(50 << 20); got != "50 MiB" {
		t.Errorf("FormatSize = %q", got)
	}
}
