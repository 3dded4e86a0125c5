// Package baseline records a run's findings so that later runs report only
// new ones. A finding is keyed by its path, rule and fingerprint, which has
// no line number: a finding whose text is unchanged stays in the baseline
// when lines above it move. Paths are relative to a root (the repository's),
// so that a baseline matches whether lint runs from the root, from a
// folder below it or with absolute paths.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/noticelint/noticelint/rules"
)

// Version is the baseline file format's version.
const Version = 1

// Entry is one recorded finding.
type Entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
}

// file is a baseline as stored.
type file struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool,omitempty"`
	Findings []Entry `json:"findings"`
}

// Baseline is a loaded baseline file.
type Baseline struct {
	// Root is the folder the recorded paths are relative to; "" for the
	// paths as the run names them.
	Root    string
	name    string
	entries map[Entry]bool

	seen, matched int    // findings looked up, and found
	example       string // a path looked up, for Mismatch
}

// Load reads the baseline at path; an error names the file and, for a
// syntax error, the line.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fmt.Errorf("%s:%d: %w", path, lineAt(data, se.Offset), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("%s:%d: %s: want a %s, not a %s", path, lineAt(data, te.Offset), te.Field, te.Type, te.Value)
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("%s: empty file, not a baseline", path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d; this noticelint reads version %d (write it again with --write-baseline)", path, f.Version, Version)
	}
	b := &Baseline{name: path, entries: make(map[Entry]bool, len(f.Findings))}
	for i, e := range f.Findings {
		if e.Path == "" || e.Rule == "" || e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: findings[%d]: needs path, rule and fingerprint", path, i)
		}
		e.Path = cleanPath(e.Path)
		b.entries[e] = true
	}
	return b, nil
}

func lineAt(data []byte, offset int64) int {
	return bytes.Count(data[:min(int(offset), len(data))], []byte("\n")) + 1
}

// cleanPath is the form paths are compared in: cleaned, with slashes.
func cleanPath(p string) string {
	return filepath.ToSlash(filepath.Clean(p))
}

// key is the entry of finding f of the file at path: the path relative to
// root, with slashes, and the fingerprint for that path. A URL (scan) or
// standard input is kept as it is.
func key(root, path string, f rules.Finding) Entry {
	rel := path
	if root != "" && !strings.Contains(path, "://") && !strings.HasPrefix(path, "<") && path != "-" {
		if abs, err := filepath.Abs(path); err == nil {
			rel = abs
			if r, err := filepath.Rel(root, abs); err == nil {
				rel = r
			}
		}
		rel = filepath.ToSlash(rel)
	}
	return Entry{Path: rel, Rule: f.Rule, Fingerprint: f.FingerprintFor(rel)}
}

// Len is the number of recorded findings.
func (b *Baseline) Len() int { return len(b.entries) }

// Process marks the findings of the file at path that the baseline holds
// as suppressed. Findings suppressed already (a noticelint-disable comment)
// keep their reason.
//
// A finding matches an entry keyed as key gives (path relative to Root),
// or, as baselines written before paths were made relative record them,
// by the path as given and the engine's fingerprint.
func (b *Baseline) Process(path string, fs []rules.Finding) []rules.Finding {
	p := cleanPath(path)
	for i := range fs {
		f := &fs[i]
		if f.Suppressed != nil {
			continue
		}
		k := key(b.Root, path, *f)
		b.seen++
		if b.example == "" {
			b.example = k.Path
		}
		if b.entries[k] || b.entries[Entry{Path: p, Rule: f.Rule, Fingerprint: f.Fingerprint}] {
			b.matched++
			f.Suppressed = &rules.Suppression{Kind: rules.SuppressedExternal, Justification: "in baseline " + b.name}
		}
	}
	return fs
}

// Mismatch describes a baseline that holds entries but matched none of the
// run's findings, most likely because it was written for paths the run
// does not name (another root, another folder); "" when it matched
// something, or there was nothing to match.
func (b *Baseline) Mismatch() string {
	if b.matched > 0 || b.seen == 0 || len(b.entries) == 0 {
		return ""
	}
	var recorded string
	for e := range b.entries {
		if recorded == "" || e.Path < recorded {
			recorded = e.Path
		}
	}
	root := b.Root
	if root == "" {
		root = "the working directory"
	}
	return fmt.Sprintf("%s records %s and matched none of this run's %s: it names files such as %s, this run such as %s (paths relative to %s); lint the files it was written for, or write it again",
		b.name, findings(len(b.entries)), findings(b.seen), recorded, b.example, root)
}

func findings(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return fmt.Sprintf("%d findings", n)
}

// Writer records findings for a new baseline.
type Writer struct {
	// Root is the folder the recorded paths are made relative to; "" for
	// the paths as the run names them.
	Root    string
	name    string
	entries []Entry
}

// NewWriter returns a writer of the baseline at path.
func NewWriter(path string) *Writer { return &Writer{name: path} }

// Process records the findings of the file at path that count, and those
// an existing baseline suppressed, and marks them suppressed: a run that
// writes a baseline accepts what it finds. Findings suppressed by a comment
// are left out.
func (w *Writer) Process(path string, fs []rules.Finding) []rules.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Suppressed != nil && f.Suppressed.Kind == rules.SuppressedInSource {
			continue
		}
		e := Entry{Path: cleanPath(path), Rule: f.Rule, Fingerprint: f.Fingerprint}
		if w.Root != "" {
			e = key(w.Root, path, *f)
		}
		w.entries = append(w.entries, e)
		f.Suppressed = &rules.Suppression{Kind: rules.SuppressedExternal, Justification: "recorded in baseline " + w.name}
	}
	return fs
}

// Len is the number of findings recorded.
func (w *Writer) Len() int { return len(w.entries) }

// Write stores the baseline, sorted for stable diffs; the file appears
// only when complete.
func (w *Writer) Write() error {
	sort.Slice(w.entries, func(i, j int) bool {
		a, b := w.entries[i], w.entries[j]
		return a.Path+"\x00"+a.Rule+"\x00"+a.Fingerprint < b.Path+"\x00"+b.Rule+"\x00"+b.Fingerprint
	})
	entries := w.entries
	if entries == nil {
		entries = []Entry{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(file{Version: Version, Tool: "noticelint", Findings: entries}); err != nil {
		return err
	}
	return writeAtomic(w.name, buf.Bytes())
}

// writeAtomic writes data to a temporary file beside path and renames it.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
