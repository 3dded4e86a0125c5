package result

import (
	"bytes"
	"testing"
)

// FuzzDecode: whatever a line holds, Decode does not panic, and a site it
// accepts is written by Encode as one line that Decode accepts again.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"site":"a.example","status":"ok","findings":[{"rule":"placeholder","severity":"error","line":3}]}`))
	f.Add([]byte(`{"site":"b.example","status":"error","error":"<x> & y","notice_date":"2024-02-29"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, line []byte) {
		s, err := Decode(line)
		if err != nil {
			return
		}
		b, err := Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Count(b, []byte("\n")) != 1 {
			t.Fatalf("Encode wrote %q", b)
		}
		if _, err := Decode(b); err != nil {
			t.Fatalf("Decode(Encode(%+v)): %v", s, err)
		}
	})
}
