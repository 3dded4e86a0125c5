package extract

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
)

// Options tell an extractor what the caller knows.
type Options struct {
	// Lang is the notice's language (fi, sv, en), or "" / "auto" to detect it.
	Lang string
	// Timeout bounds the work on a file whose format lets a file demand
	// unbounded work (PDF); 0 means DefaultTimeout.
	Timeout time.Duration
	// Format, when set (FormatHTML, FormatPDF, ...), is the format the
	// caller knows the data to be in, e.g. from an HTTP Content-Type; it
	// overrides the path's extension.
	Format string
	// Charset is the character encoding the transport declared (the
	// charset of an HTTP Content-Type), "" when none did. As in a browser
	// it wins over a page's <meta> and over guessing, and loses to a byte
	// order mark; an unknown name is ignored.
	Charset string
	// Lines, when set, is shown the lines an extractor hands to the
	// sectionizer, with what the format told of each (noticelint sections
	// --lines): to tell a misread page from a misread line. The slice is
	// reused for the next text once Lines returns: it must not be kept.
	Lines func([]Line)
	// Scratch, when set, is memory the document is built in, reused from
	// the last document read with it (see Scratch).
	Scratch *Scratch

	// stop is Read's check of its context (stop.go); nil when
	// an extractor is called directly.
	stop *stopper
	// tabs is what the extractor knows of the TABs in the lines it hands
	// the sectionizer: tabsUnknown, or for plain text, whose lines cover
	// its source but for the line breaks, whether the source holds one.
	tabs tabsKnown
}

// tabsKnown is Options.tabs.
type tabsKnown uint8

const (
	tabsUnknown tabsKnown = iota
	tabsNone
	tabsSome
)

// extractor turns a file's bytes into a Document.
type extractor func(path string, data []byte, opts Options) (*Document, error)

// byExtension maps file extensions to extractors; a directory walk lints
// only files with these extensions.
var byExtension = map[string]extractor{
	".txt":      FromText,
	".text":     FromText,
	".html":     FromHTML,
	".htm":      FromHTML,
	".md":       FromMarkdown,
	".markdown": FromMarkdown,
	".pdf":      FromPDF,
	".docx":     FromDOCX,
}

// byFormat maps format names to extractors, for Options.Format.
var byFormat = map[string]extractor{
	FormatText:     FromText,
	FormatHTML:     FromHTML,
	FormatMarkdown: FromMarkdown,
	FormatPDF:      FromPDF,
	FormatDOCX:     FromDOCX,
}

// lazyRegexp returns a regexp compiled the first time it is asked for:
// package variables compiled at start-up cost every process, also those
// that never read the format they serve.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Supported reports whether path has an extension a directory walk lints.
func Supported(path string) bool {
	_, ok := byExtension[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Extensions lists the extensions a directory walk lints, for messages.
func Extensions() []string {
	exts := make([]string, 0, len(byExtension))
	for e := range byExtension {
		exts = append(exts, e)
	}
	slices.Sort(exts)
	return exts
}

// Extract reads a notice in the format its extension names; a file with
// another extension, or none (standard input), in the format its content
// shows, else as plain text.
//
// The Document shares data's memory: text that is valid UTF-8 as it stands
// is not copied but viewed in place (unsafe.String), so the caller hands
// data over and must not modify it while the Document, or a finding's
// evidence taken from it, is in use. Read the file into a fresh slice (as
// os.ReadFile does) rather than reusing a buffer.
func Extract(path string, data []byte, opts Options) (*Document, error) {
	return Read(context.Background(), path, data, opts)
}

// Read is Extract that stops when ctx is done: the extractor, the
// sectionizer and the parsers they run check ctx as they go, so the work
// ends soon after ctx's deadline or cancellation, with an error for which
// IsStopped is true. Like Extract, the Document shares data's memory.
func Read(ctx context.Context, path string, data []byte, opts Options) (doc *Document, err error) {
	opts.stop = newStopper(ctx)
	defer func() {
		if err != nil {
			doc = nil
		}
	}()
	defer catchStop(&err)
	opts.stop.now()
	return extractorFor(path, data, opts)(path, data, opts)
}

// extractorFor picks the extractor: Options.Format, else the extension,
// else the content.
func extractorFor(path string, data []byte, opts Options) extractor {
	if ex, ok := byFormat[opts.Format]; ok {
		return ex
	}
	if ex, ok := byExtension[strings.ToLower(filepath.Ext(path))]; ok {
		return ex
	}
	return sniff(data)
}

// sniff tells a file's format from its first bytes: a PDF, a zip archive
// (a Word document), a web page; anything else is text.
func sniff(data []byte) extractor {
	head := data[:min(len(data), 512)]
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return FromPDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return FromDOCX
	}
	lower := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n"))
	for _, start := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(start)) {
			return FromHTML
		}
	}
	return FromText
}
