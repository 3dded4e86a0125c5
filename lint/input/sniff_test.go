package input

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestSniffAgreesWithExtract: what the first block refuses, the extractor
// refuses with the same reason once it reads the whole input; what the
// sniff lets through (PDF, Word, byte order marks, a NUL past the first
// block) is left to the extractor.
func TestSniffAgreesWithExtract(t *testing.T) {
	text := strings.Repeat("Tietosuojaseloste ja henkilötiedot.\n", 400) // 14 KB
	controls := strings.Repeat("\x01\x02ab\n", 2000)
	utf16 := append([]byte{0xFF, 0xFE}, bytes.Repeat([]byte{'a', 0}, 6000)...)
	for _, tc := range []struct {
		name, data string
		refused    bool
	}{
		{"zeros.txt", strings.Repeat("\x00", 20000), true},
		{"nul.md", "Otsikko\n\x00" + text, true},
		{"nul.html", "<!doctype html><p>\x00" + text, true},
		{"nul", "Tietosuojaseloste\n\x00" + text, true},
		{"page", "<html><body>\x00" + text, true},
		{"controls.txt", controls, true},
		{"controls.htm", controls, true},
		{"late-nul.txt", text + "\x00", false},
		{"utf16.txt", string(utf16), false},
		{"bom.html", "\xEF\xBB\xBF<p>\x00" + text, false},
		{"notice.pdf", "%PDF-1.4\n\x00\x00" + text, false},
		{"notice", "%PDF-1.4\n\x00\x00" + text, false},
		{"notice.docx", "PK\x03\x04\x00\x00" + text, false},
		{"notice.txt", "PK\x03\x04\x00\x00" + text, true},
		{"clean.txt", text, false},
	} {
		head := []byte(tc.data)[:min(len(tc.data), sniffSize)]
		err := sniffBinary(tc.name, head)
		if (err != nil) != tc.refused {
			t.Errorf("%s: sniff %v, want refused %v", tc.name, err, tc.refused)
			continue
		}
		if err == nil {
			continue
		}
		_, xerr := extract.Extract(tc.name, []byte(tc.data), extract.Options{})
		if xerr == nil || xerr.Error() != err.Error() {
			t.Errorf("%s: sniff %q, extractor %v", tc.name, err, xerr)
		}
	}
}

// TestBinaryFileNotReadWhole: a large file of zeros (sparse: no disk)
// under a --max-size that lets it through is refused from its first
// block, without reading it into memory.
func TestBinaryFileNotReadWhole(t *testing.T) {
	name := filepath.Join(t.TempDir(), "zeros.txt")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(256 << 20); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	for _, regular := range []bool{false, true} {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err = Read(File{Path: name, Name: name, Regular: regular}, nil, 1<<30)
		runtime.ReadMemStats(&after)
		if err == nil || err.Error() != "binary file (NUL byte at offset 0), not a text notice" {
			t.Fatalf("regular %v: got %v", regular, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("regular %v: allocated %d MiB to refuse a file of zeros", regular, alloc>>20)
		}
	}
}

// TestSmallBinaryLeftToExtractor: an input that fits in its first block is
// read whole without the sniff's check, and its extractor refuses it with
// the reason the sniff would have given.
func TestSmallBinaryLeftToExtractor(t *testing.T) {
	data := "Tietosuojaseloste\n\x00loppu\n"
	name := filepath.Join(t.TempDir(), "small.txt")
	if err := os.WriteFile(name, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	sniffed := sniffBinary(name, []byte(data))
	if sniffed == nil {
		t.Fatal("the sniff lets the file through")
	}
	for _, regular := range []bool{false, true} {
		got, err := Read(File{Path: name, Name: name, Regular: regular}, nil, 0)
		if err != nil || string(got) != data {
			t.Fatalf("regular %v: got %q, %v", regular, got, err)
		}
		_, xerr := extract.Extract(name, got, extract.Options{})
		if xerr == nil || xerr.Error() != sniffed.Error() {
			t.Errorf("regular %v: extractor %v, sniff %v", regular, xerr, sniffed)
		}
	}
	got, err := Read(File{Stdin: true}, strings.NewReader(data), 0)
	if err != nil || string(got) != data {
		t.Errorf("stdin: got %q, %v", got, err)
	}
}

// TestUnsniffedRegularFile: a regular file of up to unsniffed bytes is read
// whole without the first block's check, and its extractor refuses it with
// the sniff's reason; a larger one is still refused after its first block.
func TestUnsniffedRegularFile(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{sniffSize + 1, unsniffed, unsniffed + 1} {
		data := "Tietosuojaseloste\n\x00" + strings.Repeat("x", size-19)
		name := filepath.Join(dir, fmt.Sprintf("binary-%d.txt", size))
		if err := os.WriteFile(name, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		sniffed := sniffBinary(name, []byte(data)[:sniffSize])
		if sniffed == nil {
			t.Fatal("the sniff lets the file through")
		}
		got, err := Read(File{Path: name, Name: name, Regular: true}, nil, 0)
		if size > unsniffed {
			if err == nil || err.Error() != sniffed.Error() {
				t.Errorf("%d bytes: got %v, want the sniff's %v", size, err, sniffed)
			}
			continue
		}
		if err != nil || string(got) != data {
			t.Fatalf("%d bytes: read %d bytes, %v", size, len(got), err)
		}
		if _, xerr := extract.Extract(name, got, extract.Options{}); xerr == nil || xerr.Error() != sniffed.Error() {
			t.Errorf("%d bytes: extractor %v, sniff %v", size, xerr, sniffed)
		}
	}
}
