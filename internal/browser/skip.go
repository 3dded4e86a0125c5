package browser

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
)

// EnvRequire names the variable that, set to 1, makes a test that needs
// Chromium fail where there is none, instead of skipping: CI sets it, so
// that the browser tests run there.
const EnvRequire = "NOTICELINT_REQUIRE_CHROMIUM"

// Install says what to install for the browser tests.
const Install = "install Debian's chromium package (apt-get install chromium), or name a binary in " + EnvChromium

var skipped struct {
	sync.Mutex
	names []string
}

// Need returns the Chromium binary for a test that needs one. Without one
// it skips the test and notes its name for Main's report, or fails it when
// NOTICELINT_REQUIRE_CHROMIUM=1.
func Need(t testing.TB) string {
	t.Helper()
	exe := Find()
	if exe != "" {
		return exe
	}
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("no Chromium, and %s=1: %s", EnvRequire, Install)
	}
	skipped.Lock()
	skipped.names = append(skipped.names, t.Name())
	skipped.Unlock()
	t.Skip("no Chromium: " + Install)
	return ""
}

// Main runs a package's tests and, when some were skipped for want of
// Chromium, says once on standard error which, and what to install. A
// package with browser tests calls it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(browser.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	if msg := SkipReport(); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
	}
	return code
}

// SkipReport is the line Main writes: "" when no test was skipped.
func SkipReport() string {
	skipped.Lock()
	defer skipped.Unlock()
	if len(skipped.names) == 0 {
		return ""
	}
	return fmt.Sprintf("noticelint: %d browser test(s) skipped, no Chromium found: %s; %s", len(skipped.names), strings.Join(skipped.names, ", "), Install)
}
