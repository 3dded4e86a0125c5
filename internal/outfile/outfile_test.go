//go:build unix

package outfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// write writes text to name through Create and Commit.
func write(t *testing.T, name, text string) error {
	t.Helper()
	f, err := Create(name)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, text); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestRegularFile: a new file appears complete, with mode 0644; an
// existing one is replaced and keeps its permissions; nothing else is
// left in the directory.
func TestRegularFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "report.sarif")
	f, err := Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(f, "half"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(name); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the report appeared before it was complete: %v", err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(name)
	if err != nil || st.Mode().Perm() != 0o644 || read(t, name) != "half" {
		t.Errorf("new file: %v %v", st, err)
	}

	if err := os.Chmod(name, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := write(t, name, "second"); err != nil {
		t.Fatal(err)
	}
	st, _ = os.Stat(name)
	if read(t, name) != "second" || st.Mode().Perm() != 0o600 {
		t.Errorf("replaced file: %q, mode %v", read(t, name), st.Mode())
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("left in the directory: %v", got)
	}
}

// TestSymlink: a link, relative or absolute, to a file in another
// directory stays a link; the file it points at is replaced, by a
// temporary file made beside it; a dangling link gets its file created.
func TestSymlink(t *testing.T) {
	dir := t.TempDir()
	reports := filepath.Join(dir, "reports")
	links := filepath.Join(dir, "links")
	for _, d := range []string{reports, links} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	real := filepath.Join(reports, "real.sarif")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ link, to string }{
		{"relative.sarif", "../reports/real.sarif"},
		{"absolute.sarif", real},
		{"chain.sarif", "relative.sarif"},
	} {
		link := filepath.Join(links, tc.link)
		if err := os.Symlink(tc.to, link); err != nil {
			t.Fatal(err)
		}
		if err := write(t, link, "via "+tc.link); err != nil {
			t.Fatalf("%s: %v", tc.link, err)
		}
		if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v", tc.link, st.Mode())
		}
		if got := read(t, real); got != "via "+tc.link {
			t.Errorf("%s: the target holds %q", tc.link, got)
		}
	}

	dangling := filepath.Join(links, "dangling.sarif")
	if err := os.Symlink("../reports/new.sarif", dangling); err != nil {
		t.Fatal(err)
	}
	if err := write(t, dangling, "new"); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(reports, "new.sarif")); got != "new" {
		t.Errorf("dangling link: the target holds %q", got)
	}
	if got := entries(t, reports); strings.Join(got, " ") != "new.sarif real.sarif" {
		t.Errorf("in the targets' directory: %v", got)
	}
	if got := entries(t, links); len(got) != 4 {
		t.Errorf("in the links' directory: %v", got)
	}
}

// TestFIFO: a FIFO is written into, not replaced by a regular file.
func TestFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "report.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// Read and write ends at once: Create's open does not wait, and the
	// test cannot hang when the FIFO is not written.
	keep, err := os.OpenFile(fifo, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer keep.Close()
	// A link to the FIFO is written into the FIFO too.
	link := filepath.Join(filepath.Dir(fifo), "link")
	if err := os.Symlink("report.fifo", link); err != nil {
		t.Fatal(err)
	}
	// Its reader sees each write at once, before Commit.
	for _, name := range []string{fifo, link} {
		f, err := Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(f, "report\n"); err != nil {
			t.Fatal(err)
		}
		_ = keep.SetReadDeadline(time.Now().Add(time.Second))
		buf := make([]byte, 64)
		n, err := keep.Read(buf)
		if string(buf[:n]) != "report\n" {
			t.Errorf("%s: read %q from the FIFO (%v)", name, buf[:n], err)
		}
		if err := f.Commit(); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Lstat(fifo); err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced: %v", st.Mode())
		}
	}
}

// TestKernelLink: a link to /proc/self/fd/N, as /dev/stdout is, is
// written through: into the pipe behind it, and appended to the regular
// file behind it, which is neither replaced nor truncated.
func TestKernelLink(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd")
	}
	dir := t.TempDir()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	stdout := filepath.Join(dir, "stdout")
	if err := os.Symlink("/proc/self/fd/"+strconv.Itoa(int(w.Fd())), stdout); err != nil {
		t.Fatal(err)
	}
	if err := write(t, stdout, "into the pipe\n"); err != nil {
		t.Fatal(err)
	}
	_ = r.SetReadDeadline(time.Now().Add(time.Second))
	buf := make([]byte, 64)
	if n, _ := r.Read(buf); string(buf[:n]) != "into the pipe\n" {
		t.Errorf("the pipe got %q", buf[:n])
	}

	log := filepath.Join(dir, "log.txt")
	lf, err := os.OpenFile(log, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lf.Close()
	if _, err := lf.WriteString("earlier\n"); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(log)
	toLog := filepath.Join(dir, "to-log")
	if err := os.Symlink("/proc/self/fd/"+strconv.Itoa(int(lf.Fd())), toLog); err != nil {
		t.Fatal(err)
	}
	if err := write(t, toLog, "report\n"); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(log)
	if got := read(t, log); got != "earlier\nreport\n" || !os.SameFile(before, after) {
		t.Errorf("the file behind the link holds %q (same file: %v)", got, os.SameFile(before, after))
	}
}

// TestDirectory: a directory, or a link to one, is an error naming it;
// nothing is written in it.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "adir")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink("adir", link); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{sub, link} {
		_, err := Create(name)
		var e *Error
		if !errors.As(err, &e) || err.Error() != name+": is a directory" {
			t.Errorf("%s: %v", name, err)
		}
	}
	if got := entries(t, sub); len(got) != 0 {
		t.Errorf("written in the directory: %v", got)
	}
}

// TestCannotCreate: a missing directory, a link loop and a name too long
// are errors naming the file given and the reason, not a temporary file.
func TestCannotCreate(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink("loop", loop); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		filepath.Join(dir, "no", "such", "x.html"): "cannot create: " + filepath.Join(dir, "no", "such") + ": no such file or directory",
		loop: "cannot create: too many levels of symbolic links",
		filepath.Join(dir, strings.Repeat("x", 300)+".html"): "cannot create: file name too long",
	} {
		_, err := Create(name)
		if err == nil || err.Error() != name+": "+want {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("left behind: %v", got)
	}
}

// TestWriteError: an error writing, seen when the buffer is written out
// (a large write, or Commit), names no temporary file, and Commit then
// leaves nothing behind.
func TestWriteError(t *testing.T) {
	for _, size := range []int{6, 2 * bufferSize} {
		dir := t.TempDir()
		f, err := Create(filepath.Join(dir, "x.html"))
		if err != nil {
			t.Fatal(err)
		}
		_ = f.f.Close() // as a full disk or a lost mount would fail it
		_, err = f.Write([]byte(strings.Repeat("<", size)))
		if err == nil {
			err = f.Commit()
		} else {
			f.Abort()
		}
		if err == nil || strings.Contains(err.Error(), ".x.html.") {
			t.Errorf("%d bytes: write error: %v", size, err)
		}
		if got := entries(t, dir); len(got) != 0 {
			t.Errorf("%d bytes: left behind: %v", size, got)
		}
	}
}

// TestBuffered: a report written to a temporary file reaches it in
// blocks, not a system call a write.
func TestBuffered(t *testing.T) {
	dir := t.TempDir()
	f, err := Create(filepath.Join(dir, "r.json"))
	if err != nil {
		t.Fatal(err)
	}
	for range 100 {
		if _, err := io.WriteString(f, "{\"path\": \"a.txt\"}\n"); err != nil {
			t.Fatal(err)
		}
	}
	if st, err := os.Stat(f.Temp()); err != nil || st.Size() != 0 {
		t.Errorf("written before Commit: %v, %v", st.Size(), err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "r.json")); len(got) != 100*len("{\"path\": \"a.txt\"}\n") {
		t.Errorf("committed %d bytes", len(got))
	}
	// A write after Commit would be lost in the buffer: it is an error.
	if _, err := io.WriteString(f, "late"); !errors.Is(err, os.ErrClosed) {
		t.Errorf("a write after Commit: %v, want os.ErrClosed", err)
	}
}

// TestAbort: an aborted report leaves nothing, and an existing file as
// it was.
func TestAbort(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "r.json")
	if err := os.WriteFile(name, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(name)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(f, "partial")
	f.Abort()
	if got := entries(t, dir); len(got) != 1 || read(t, name) != "kept" {
		t.Errorf("after Abort: %v, %q", got, read(t, name))
	}
}

// TestStaleTemporaryFiles: the temporary files a killed run left beside a
// report are removed by the next run writing it; one another run is
// writing (locked) is kept, as are files that only look alike.
func TestStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "report.html")
	stale := []string{".report.html.123456", ".report.html.9"}
	others := []string{".report.html.tmp", ".report.htm.123", "report.html.123", ".other.html.55"}
	for _, n := range append(append([]string{}, stale...), others...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	live, err := Create(name) // a run writing the same report now
	if err != nil {
		t.Fatal(err)
	}
	defer live.Abort()
	if err := write(t, name, "done"); err != nil {
		t.Fatal(err)
	}
	left := map[string]bool{}
	for _, n := range entries(t, dir) {
		left[n] = true
	}
	for _, n := range stale {
		if left[n] {
			t.Errorf("stale %s was not removed: %v", n, left)
		}
	}
	for _, n := range append(others, "report.html", filepath.Base(live.Temp())) {
		if !left[n] {
			t.Errorf("%s was removed: %v", n, left)
		}
	}
	// The run still writing can finish.
	if _, err := io.WriteString(live, "live"); err != nil {
		t.Fatal(err)
	}
	if err := live.Commit(); err != nil || read(t, name) != "live" {
		t.Errorf("the live run's commit: %v", err)
	}
}
