package extract

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr string
	}{
		{"utf-8", []byte("Rekisterinpitäjä\n"), "Rekisterinpitäjä\n", EncUTF8, ""},
		{"utf-8 bom", []byte("\xEF\xBB\xBFTietosuoja"), "Tietosuoja", EncUTF8, ""},
		{"utf-16le bom", []byte{0xFF, 0xFE, 'S', 0, 0xE4, 0, 'k', 0}, "Säk", EncUTF16, ""},
		{"utf-16be bom", []byte{0xFE, 0xFF, 0, 'S', 0, 0xE4, 0, 'k'}, "Säk", EncUTF16, ""},
		{"windows-1252", []byte("S\xe4ilytysaika \x96 3 vuotta, \x93lainaus\x94 \xe5\n"), "Säilytysaika – 3 vuotta, “lainaus” å\n", EncWindows1252, ""},
		{"iso-8859-1", []byte("P\xe4ivitetty 5.3.2021\r\nRekisterinpit\xe4j\xe4\r\n"), "Päivitetty 5.3.2021\r\nRekisterinpitäjä\r\n", EncWindows1252, ""},
		{"empty", nil, "", "", "empty file"},
		{"white space", []byte(" \n\t\r\n"), "", "", "empty file"},
		{"bom only", []byte("\xEF\xBB\xBF"), "", "", "empty file"},
		{"binary nul", []byte("PK\x03\x04\x00\x00abc"), "", "", "binary file (NUL byte at offset 4)"},
		{"binary controls", []byte(strings.Repeat("\x01\x02\x03abc", 20)), "", "", "binary file"},
		{"mixed utf-8", []byte("Rekisterinpitäjä\nS\xe4ilytys\n"), "", "", "invalid UTF-8 at line 2, column 2 (byte 0xE4)"},
		{"truncated utf-8", []byte("Henkilötiedot ja \xc3"), "", "", "invalid UTF-8 at line 1"},
		{"random high bytes", []byte("\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d abc"), "", "", "not readable as windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := DecodeText(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
	if _, _, err := DecodeText(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty input: %v, want ErrEmpty", err)
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a\nb", []string{"a", "b"}},
		{"a\r\nb\r\n", []string{"a", "b"}},
		{"a\rb", []string{"a", "b"}},
		{"a\n\nb\n", []string{"a", "", "b"}},
		{"", []string{""}},
		{"\r\n\r\na\r\n\nb", []string{"", "", "a", "", "b"}},
		{"a\r\nb\rc\r", []string{"a", "b", "c"}},
		{"a\r\r\nb\n\r", []string{"a", "", "b", ""}},
	}
	for _, tt := range tests {
		lines := SplitLines(tt.in)
		var got []string
		for i, l := range lines {
			got = append(got, l.Text.S)
			if p := l.Text.PositionAt(0); p.Line != i+1 || p.Column != 1 {
				t.Errorf("%q line %d starts at %d:%d", tt.in, i+1, p.Line, p.Column)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SplitLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsBlank(t *testing.T) {
	for s, want := range map[string]bool{
		"":                                     true,
		" \t\n\u00a0\u00ad":                    true,
		"<p></p>":                              true,
		"<p>&nbsp;</p>\n<ul style=\"x\"></ul>": true,
		"&#160;":                               true,
		"<p>Nimi</p>":                          false,
		"x":                                    false,
		"< 3 vuotta":                           false,
		"<p":                                   false,
		"&amp;":                                false,
	} {
		if got := IsBlank(s); got != want {
			t.Errorf("IsBlank(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestControlByte: exactly the C0 controls but tab, LF, CR, FF and VT, and
// DEL, count against a text.
func TestControlByte(t *testing.T) {
	n := 0
	for c := range 256 {
		want := c < 0x20 && !strings.ContainsRune("\t\n\r\f\v", rune(c)) || c == 0x7f
		if got := controlByte[c] == 1; got != want {
			t.Errorf("controlByte[%#x] = %v, want %v", c, got, want)
		}
		if controlByte[c] > 1 {
			t.Errorf("controlByte[%#x] = %d", c, controlByte[c])
		}
		n += int(controlByte[c])
	}
	if n != 28 {
		t.Errorf("%d control bytes, want 28", n)
	}
	// One control byte in 100 is text, two are not.
	ok := append([]byte(strings.Repeat("a", 99)), 0x1b)
	if err := CheckBinary(ok); err != nil {
		t.Errorf("1%% controls: %v", err)
	}
	if err := CheckBinary(append(ok[:98:98], 0x7f, 0x1b)); err == nil {
		t.Error("2% controls: no error")
	}
}

// TestDeclaredCharset: the charset a transport declared (Options.Charset)
// decodes a page or text without a byte order mark, over a <meta> that
// says otherwise and over guessing; a BOM still wins, an unknown name is
// ignored, and positions are those of the bytes as served (no BOM added).
func TestDeclaredCharset(t *testing.T) {
	latin1 := func(s string) []byte {
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	page := latin1("<html><head><meta charset=\"utf-8\"></head><body><h1>Tietosuojaseloste</h1>\n<p>Rekisterinpitäjä: Esimerkki Oy, Säästöpankkitie 1.</p></body></html>")
	for _, tt := range []struct {
		name, declared string
		data           []byte
		extract        func(string, []byte, Options) (*Document, error)
		want, enc      string
	}{
		{"html declared latin-1 over meta", "iso-8859-1", page, FromHTML, "Rekisterinpitäjä", EncWindows1252},
		{"html declared unknown: meta", "x-no-such", page, FromHTML, "Rekisterinpit\uFFFD", EncUTF8},
		{"html bom over declared", "iso-8859-1", append([]byte{0xEF, 0xBB, 0xBF}, "<p>Säilytysaika</p>"...), FromHTML, "Säilytysaika", EncUTF8},
		{"text declared latin-1", "ISO-8859-1", latin1("Tietosuojaseloste\n\nRekisterinpitäjä: Esimerkki Oy"), FromText, "Rekisterinpitäjä", EncWindows1252},
		{"text declared utf-8", "utf-8", []byte("Tietosuojaseloste\n\nRekisterinpitäjä: Esimerkki Oy"), FromText, "Rekisterinpitäjä", EncUTF8},
		{"markdown declared latin-1", "iso-8859-1", latin1("# Tietosuojaseloste\n\nRekisterinpitäjä: Esimerkki Oy"), FromMarkdown, "Rekisterinpitäjä", EncWindows1252},
	} {
		doc, err := tt.extract("notice", tt.data, Options{Charset: tt.declared})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		text := ""
		for _, s := range doc.Sections {
			text += s.Heading.S + "\n" + s.Body.S + "\n"
		}
		if !strings.Contains(text, tt.want) || doc.Encoding != tt.enc {
			t.Errorf("%s: encoding %s, text %q; want %s and %q", tt.name, doc.Encoding, text, tt.enc, tt.want)
		}
	}
	// Positions are the served bytes' lines and columns.
	doc, err := FromHTML("notice.html", page, Options{Charset: "iso-8859-1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sections {
		for _, x := range []Text{s.Heading, s.Body} {
			i := strings.Index(x.S, "Rekisterinpitäjä")
			if i < 0 {
				continue
			}
			if p := x.PositionAt(i); p.Line != 2 || p.Column != 4 {
				t.Errorf("Rekisterinpitäjä at %d:%d, want 2:4", p.Line, p.Column)
			}
			return
		}
	}
	t.Error("no section holds the controller")
}
