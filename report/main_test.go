package report

import (
	"os"
	"testing"

	"github.com/noticelint/noticelint/internal/browser"
)

// TestMain says once which browser tests were skipped, and why.
func TestMain(m *testing.M) { os.Exit(browser.Main(m)) }
