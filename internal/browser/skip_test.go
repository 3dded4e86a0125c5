package browser

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSkipReport: without Chromium, a package's browser tests pass as
// skipped and its test binary says once, on standard error, which were
// skipped and what to install; with NOTICELINT_REQUIRE_CHROMIUM=1 they fail.
func TestSkipReport(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	run := func(extra ...string) (string, error) {
		cmd := exec.Command(self, "-test.run", "^(TestProblemsAreSeen|TestNeedTwice)$")
		cmd.Env = append(os.Environ(), append([]string{childEnv + "=1", EnvChromium + "=" + t.TempDir() + "/no-such-chromium"}, extra...)...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := run(EnvRequire + "=0")
	if err != nil {
		t.Fatalf("without Chromium the tests failed: %v\n%s", err, out)
	}
	if strings.Count(out, "noticelint: 3 browser test(s) skipped, no Chromium found: ") != 1 || !strings.Contains(out, "install Debian's chromium package") {
		t.Errorf("output:\n%s\nwant one line naming the 3 tests skipped and the package to install", out)
	}
	for _, name := range []string{"TestProblemsAreSeen", "TestNeedTwice", "TestNeedTwice/again"} {
		if !strings.Contains(out, name+",") && !strings.Contains(out, name+";") {
			t.Errorf("the report does not name %s:\n%s", name, out)
		}
	}
	out, err = run(EnvRequire + "=1")
	if err == nil || !strings.Contains(out, "no Chromium, and "+EnvRequire+"=1") {
		t.Errorf("with %s=1: %v\n%s", EnvRequire, err, out)
	}
}

// childEnv marks the test binary TestSkipReport runs.
const childEnv = "NOTICELINT_SKIP_CHILD"

// TestNeedTwice needs the browser in a test and in a subtest of it: for
// TestSkipReport's child only.
func TestNeedTwice(t *testing.T) {
	if os.Getenv(childEnv) != "1" {
		return
	}
	t.Run("again", func(t *testing.T) { Need(t) })
	Need(t)
}
