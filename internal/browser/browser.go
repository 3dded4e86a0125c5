// Package browser opens pages in headless Chromium for tests, through the
// DevTools protocol (chromedp): it loads a file, runs scripts and clicks in
// it, and records what should never happen in a report — console errors,
// uncaught exceptions, Content-Security-Policy violations, dialogs and
// requests that leave the file.
package browser

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/noticelint/noticelint/internal/chromium"
)

// EnvChromium names the Chromium binary to use; without it, Find looks
// for chromium, chromium-browser, google-chrome on PATH.
const EnvChromium = chromium.Env

// EnvArtifacts names the directory screenshots are saved in; without it,
// $TMPDIR/noticelint-artifacts.
const EnvArtifacts = "NOTICELINT_ARTIFACTS"

// actionTimeout bounds each step in the page, so a broken page fails the
// test instead of hanging it.
const actionTimeout = 60 * time.Second

// Find returns the Chromium binary, "" when there is none: the one
// `--browser` runs.
func Find() string { return chromium.Find() }

// ArtifactDir is where screenshots go, created when missing.
func ArtifactDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(EnvArtifacts)
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "noticelint-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Page is one file open in headless Chromium.
type Page struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// Open starts headless Chromium with a window of width x height, loads
// file and returns its page; the browser stops when the test ends. The test
// is skipped when no Chromium binary exists.
func Open(t *testing.T, file string, width, height int) *Page {
	t.Helper()
	exe := Need(t)
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.WindowSize(width, height),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("hide-scrollbars", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	p := &Page{ctx: ctx}
	// The first call starts the browser: no timeout on it, as that would
	// stop the browser when it ends.
	if err := chromedp.Listen(ctx, p.event); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	p.do(t, "enabling the log", func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
		return err
	})
	p.do(t, "loading "+file, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: abs}).String()))
	})
	return p
}

// Load loads another file in the page's tab.
func (p *Page) Load(t testing.TB, file string) {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	p.do(t, "loading "+file, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: abs}).String()))
	})
}

// event records what a report page must never do. It runs on chromedp's
// reading goroutine: quick, and no commands but in a goroutine of its own.
func (p *Page) event(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			p.problem("console.%s: %s", ev.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		p.problem("uncaught exception: %s", msg)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			p.problem("browser log (%s): %s", ev.Entry.Source, ev.Entry.Text)
		}
	case *network.EventRequestWillBeSent:
		if u := ev.Request.URL; !strings.HasPrefix(u, "file://") {
			p.problem("a request to %s", u)
		}
	case *page.EventJavascriptDialogOpening:
		p.problem("a %s dialog: %q", ev.Type, ev.Message)
		go func() {
			_, _ = chromedp.Call(p.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}()
	}
}

func (p *Page) problem(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

// Problems returns the console errors, exceptions, policy violations,
// dialogs and outside requests seen so far.
func (p *Page) Problems() []string {
	// Let events already sent arrive: one round trip to the page.
	_, _ = chromedp.Run(p.ctx, chromedp.Evaluate[int]("0"))
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// do runs one step with the action time limit.
func (p *Page) do(t testing.TB, what string, step func(ctx context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if err := step(ctx); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Eval evaluates a JavaScript expression in the page and decodes its
// value.
func Eval[T any](t testing.TB, p *Page, expr string) T {
	t.Helper()
	var v T
	p.do(t, expr, func(ctx context.Context) error {
		var err error
		v, err = chromedp.Run(ctx, chromedp.Evaluate[T](expr))
		return err
	})
	return v
}

// Click clicks the first element matching the CSS selector, as a user
// would (mouse events at its place).
func (p *Page) Click(t testing.TB, selector string) {
	t.Helper()
	p.do(t, "clicking "+selector, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Click(chromedp.CSS(selector)))
	})
}

// Type types text into the first element matching the CSS selector, key
// by key.
func (p *Page) Type(t testing.TB, selector, text string) {
	t.Helper()
	p.do(t, "typing in "+selector, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(selector), text))
	})
}

// Screenshot saves the viewport, or the whole page when full, as
// ArtifactDir/name.png and returns the file's path.
func (p *Page) Screenshot(t testing.TB, name string, full bool) string {
	t.Helper()
	var png []byte
	p.do(t, "screenshot", func(ctx context.Context) error {
		var err error
		if full {
			png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		} else {
			png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		}
		return err
	})
	path := filepath.Join(ArtifactDir(t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// PDF prints the page to PDF, as a user printing the report would (print
// styles, backgrounds), saves it as ArtifactDir/name.pdf and returns it.
func (p *Page) PDF(t testing.TB, name string) []byte {
	t.Helper()
	var pdf []byte
	p.do(t, "printing to PDF", func(ctx context.Context) error {
		bg := true
		r, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &bg})
		pdf = r.Data
		return err
	})
	path := filepath.Join(ArtifactDir(t), name+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("printed: %s", path)
	return pdf
}

// Media emulates a CSS media type ("print"; "" for the screen again), for
// screenshots of the print styles.
func (p *Page) Media(t testing.TB, media string) {
	t.Helper()
	p.do(t, "emulating media "+media, func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}
