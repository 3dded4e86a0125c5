package crawl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/result"
)

// Out is the results file of a crawl: one result.Site a line, appended one
// by one. Opening an existing file resumes it.
type Out struct {
	w    io.Writer
	f    *os.File // nil for a stream
	path string
	// done holds the Key of every site in the file, true when the site's
	// latest record has status error.
	done map[string]bool
	// Repaired says a truncated last line (from a killed run) was dropped.
	Repaired bool

	syncEvery time.Duration
	lastSync  time.Time
	dirty     bool
}

// syncInterval is how often appended records are synced to disk: a
// process that is killed loses nothing that it wrote (the kernel has it);
// a machine that crashes loses at most this much.
const syncInterval = 2 * time.Second

// OpenOut opens or creates the results file at path. The records already
// in it are passed to seen (in file order) and their sites are Done. A
// last line cut short by a killed run is dropped (and Repaired set); any
// other line that is not a record is an error.
func OpenOut(path string, seen func(result.Site)) (*Out, error) {
	// O_APPEND: every line goes to the end, in one write.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, fserr.Reason(err))
	}
	if err := lock(f); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	o := &Out{w: f, f: f, path: path, done: map[string]bool{}, syncEvery: syncInterval, lastSync: time.Now()}
	if err := o.load(seen); err != nil {
		_ = f.Close()
		return nil, err
	}
	return o, nil
}

// StreamOut writes records to w, named name in errors: no resuming, but a
// pipe into another command (noticelint report -).
func StreamOut(w io.Writer, name string) *Out {
	return &Out{w: w, path: name, done: map[string]bool{}}
}

// load reads the records in the file (result.Reader: each line checked
// as the crawl report checks it) and leaves it positioned at its end, a
// truncated last line cut off.
func (o *Out) load(seen func(result.Site)) error {
	rd := result.NewReader(o.f, 0)
	for {
		rec, err := rd.Next()
		var le *result.LineError
		switch {
		case errors.Is(err, io.EOF):
			_, err := o.f.Seek(0, io.SeekEnd)
			return err
		case errors.As(err, &le) && rd.Complete():
			return fmt.Errorf("%s:%d: not a crawl result line (is this the --out of a crawl?)", o.path, le.Line)
		case le != nil:
			// The last line of a killed run: drop it.
			if err := o.f.Truncate(rd.Start()); err != nil {
				return fmt.Errorf("%s: cannot repair the truncated last line: %w", o.path, fserr.Reason(err))
			}
			o.Repaired = true
		case err != nil:
			return fmt.Errorf("%s: cannot read: %w", o.path, fserr.Reason(err))
		default:
			o.done[Key(rec.Site)] = rec.Status == result.StatusError
			if seen != nil {
				seen(rec)
			}
			if !rd.Complete() {
				// A whole record without its newline: end it.
				if _, err := o.f.Write([]byte("\n")); err != nil {
					return fmt.Errorf("%s: %w", o.path, fserr.Reason(err))
				}
			}
		}
	}
}

// Done reports whether the site is in the file already.
func (o *Out) Done(site string) bool {
	_, ok := o.done[Key(site)]
	return ok
}

// Errored reports whether the site's latest record in the file has status
// error (crawl --retry-errors does it again).
func (o *Out) Errored(site string) bool { return o.done[Key(site)] }

// Len is the number of sites in the file.
func (o *Out) Len() int { return len(o.done) }

// Write appends one record as one line, in one write, and syncs the file
// when the last sync is syncInterval old.
func (o *Out) Write(rec result.Site) error {
	b, err := result.Encode(rec)
	if err != nil {
		return err
	}
	if _, err := o.w.Write(b); err != nil {
		return fmt.Errorf("%s: %w", o.path, fserr.Reason(err))
	}
	o.done[Key(rec.Site)] = rec.Status == result.StatusError
	o.dirty = true
	if o.f != nil && time.Since(o.lastSync) >= o.syncEvery {
		return o.Sync()
	}
	return nil
}

// Sync flushes the file to disk.
func (o *Out) Sync() error {
	if !o.dirty || o.f == nil {
		return nil
	}
	o.lastSync, o.dirty = time.Now(), false
	if err := o.f.Sync(); err != nil {
		return fmt.Errorf("%s: %w", o.path, fserr.Reason(err))
	}
	return nil
}

// Close syncs and closes the file.
func (o *Out) Close() error {
	if o.f == nil {
		return nil
	}
	err := o.Sync()
	if cerr := o.f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", o.path, fserr.Reason(cerr))
	}
	return err
}
