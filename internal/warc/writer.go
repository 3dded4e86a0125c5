package warc

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1" //nolint:gosec // WARC digests are SHA-1 by convention, not for security
	"encoding/base32"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// Field is one named field of a record to write.
type Field struct{ Name, Value string }

// Out is a record to write: its fields (WARC-Type first; Content-Length
// and WARC-Block-Digest are added) and its block.
type Out struct {
	Fields []Field
	Block  []byte
}

// DefaultMaxFile is the size after which a Writer starts a new file: the
// 1 GB that the WARC standard suggests.
const DefaultMaxFile = 1 << 30

// Writer writes records as gzipped WARC files in a directory, starting a
// new file (PREFIX-00000.warc.gz, PREFIX-00001.warc.gz, ...) when one
// passes its size limit. Every record is a gzip member of its own, so a
// file cut short by a kill still reads up to its last whole record. It is
// safe for concurrent use.
type Writer struct {
	mu       sync.Mutex
	dir      string
	prefix   string
	maxFile  int64
	software string
	f        *os.File
	size     int64
	seq      int
	files    []string
}

// NewWriter writes into dir (which must exist) files named
// prefix-NNNNN.warc.gz, each at most about maxFile bytes (0: DefaultMaxFile)
// and each starting with a warcinfo record naming software.
func NewWriter(dir, prefix string, maxFile int64, software string) (*Writer, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	if maxFile <= 0 {
		maxFile = DefaultMaxFile
	}
	return &Writer{dir: dir, prefix: prefix, maxFile: maxFile, software: software}, nil
}

// Write writes the records together, in one file.
func (w *Writer) Write(recs ...Out) error {
	var buf bytes.Buffer
	for _, r := range recs {
		if err := encode(&buf, r); err != nil {
			return err
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil || w.size >= w.maxFile {
		if err := w.rotate(); err != nil {
			return err
		}
	}
	n, err := w.f.Write(buf.Bytes())
	w.size += int64(n)
	return err
}

// Files lists the files written so far.
func (w *Writer) Files() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.files...)
}

// Close closes the current file.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	err := w.f.Close()
	w.f = nil
	return err
}

func (w *Writer) rotate() error {
	if w.f != nil {
		if err := w.f.Close(); err != nil {
			return err
		}
		w.f = nil
	}
	name := filepath.Join(w.dir, fmt.Sprintf("%s-%05d.warc.gz", w.prefix, w.seq))
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	w.seq++
	w.f, w.size = f, 0
	w.files = append(w.files, name)
	var buf bytes.Buffer
	info := "software: " + w.software + "\r\nformat: WARC File Format 1.1\r\n" +
		"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
	err = encode(&buf, Out{Fields: []Field{
		{"WARC-Type", TypeWarcinfo}, {"WARC-Record-ID", NewRecordID()}, {"WARC-Date", Date(time.Now())},
		{"WARC-Filename", filepath.Base(name)}, {"Content-Type", "application/warc-fields"},
	}, Block: []byte(info)})
	if err != nil {
		return err
	}
	n, err := f.Write(buf.Bytes())
	w.size += int64(n)
	return err
}

// encode appends r to buf as one gzip member.
func encode(buf *bytes.Buffer, r Out) error {
	zw := gzip.NewWriter(buf)
	var head bytes.Buffer
	head.WriteString("WARC/1.1\r\n")
	for _, f := range r.Fields {
		head.WriteString(f.Name + ": " + f.Value + "\r\n")
	}
	sum := sha1.Sum(r.Block) //nolint:gosec // see the import
	head.WriteString("WARC-Block-Digest: sha1:" + base32.StdEncoding.EncodeToString(sum[:]) + "\r\n")
	head.WriteString("Content-Length: " + strconv.Itoa(len(r.Block)) + "\r\n\r\n")
	if _, err := zw.Write(head.Bytes()); err != nil {
		return err
	}
	if _, err := zw.Write(r.Block); err != nil {
		return err
	}
	if _, err := zw.Write([]byte("\r\n\r\n")); err != nil {
		return err
	}
	return zw.Close()
}
