package warc

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Field is one named field of a record to write.
type Field struct{ Name, Value string }

// Out is a record to write: its fields (WARC-Type first; Content-Length,
// WARC-Block-Digest and, for an HTTP block, WARC-Payload-Digest are added)
// and its block.
type Out struct {
	Fields []Field
	Block  []byte
}

// DefaultMaxFile is the size after which a Writer starts a new file: the
// 1 GB that the WARC standard suggests.
const DefaultMaxFile = 1 << 30

// recordOptions: SHA-1 digests in base 32, as Heritrix, wget and Common
// Crawl write them and as deduplicating tools compare them.
var recordOptions = []gowarc.WarcRecordOption{
	gowarc.WithDefaultDigestAlgorithm("sha1"), gowarc.WithAddMissingDigest(true),
}

var recordTypes = map[string]gowarc.RecordType{
	TypeWarcinfo: gowarc.Warcinfo, TypeRequest: gowarc.Request, TypeResponse: gowarc.Response,
	TypeRevisit: gowarc.Revisit, TypeContinuation: gowarc.Continuation,
}

// Writer writes records as gzipped WARC/1.1 files in a directory, starting
// a new file (PREFIX-00000.warc.gz, PREFIX-00001.warc.gz, ...) before a
// record that would take one past its size limit. Every record is a gzip
// member of its own, so a file cut short by a kill still reads up to its
// last whole record. It is safe for concurrent use.
type Writer struct {
	w     *gowarc.WarcFileWriter
	dir   string
	mu    sync.Mutex
	files []string
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
	info := "software: " + software + "\r\nformat: WARC File Format 1.1\r\n" +
		"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(&names{dir: dir, prefix: prefix}),
		gowarc.WithMaxFileSize(maxFile),
		gowarc.WithOpenFileSuffix(""), // a killed crawl leaves files lint --warc finds
		gowarc.WithRecordOptions(recordOptions...),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString(info)
			return err
		}),
	)
	return &Writer{w: w, dir: dir}, nil
}

// Write writes the records, in the order given.
func (w *Writer) Write(recs ...Out) error {
	built := make([]gowarc.WarcRecord, 0, len(recs))
	for _, r := range recs {
		b := gowarc.NewRecordBuilder(0, append(recordOptions, gowarc.WithBufferMaxMemBytes(int64(len(r.Block))+1))...)
		for _, f := range r.Fields {
			if t, ok := recordTypes[f.Value]; ok && strings.EqualFold(f.Name, gowarc.WarcType) {
				b.SetRecordType(t) // the type chooses how the block is read (an HTTP payload's digest)
				continue
			}
			b.AddWarcHeader(f.Name, f.Value)
		}
		if _, err := b.Write(r.Block); err != nil {
			_ = b.Close()
			return err
		}
		rec, _, err := b.Build()
		if err != nil {
			for _, r := range built {
				_ = r.Close()
			}
			return err
		}
		built = append(built, rec)
	}
	res := w.w.Write(built...)
	if res == nil {
		return os.ErrClosed
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, r := range res {
		if r.Err != nil {
			return r.Err
		}
		if name := filepath.Join(w.dir, r.FileName); len(w.files) == 0 || w.files[len(w.files)-1] != name {
			w.files = append(w.files, name)
		}
	}
	return nil
}

// Files lists the files written so far.
func (w *Writer) Files() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.files...)
}

// Close closes the current file.
func (w *Writer) Close() error { return w.w.Close() }

// names gives the writer's files their names, dir/prefix-NNNNN.warc (the
// writer adds .gz). The library's default pattern also names the host and
// its outbound IP address, which it finds by a network call.
type names struct {
	dir, prefix string
	seq         int
}

func (n *names) NewWarcfileName() (string, string) {
	name := fmt.Sprintf("%s-%05d.warc", n.prefix, n.seq)
	n.seq++
	return n.dir, name
}
