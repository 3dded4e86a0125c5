// Package chromium finds the Chromium binary that `--browser` and the
// browser tests run.
package chromium

import (
	"os"
	"os/exec"
)

// Env names the Chromium binary to use; without it, Find looks for
// chromium, chromium-browser, google-chrome on PATH.
const Env = "NOTICELINT_CHROMIUM"

// Find returns the Chromium binary to run, "" when there is none: the one
// NOTICELINT_CHROMIUM names if it exists, else the first of chromium,
// chromium-browser, google-chrome, google-chrome-stable on PATH.
func Find() string {
	if p := os.Getenv(Env); p != "" {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		return ""
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}
