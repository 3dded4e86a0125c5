package rules

import (
	"os"
	"testing"
)

// packLiterals are the literals Load numbers in a new process, before
// any test compiles rules of its own: what the binary's prefilter holds
// when no user rules are given.
var packLiterals []string

func TestMain(m *testing.M) {
	if _, err := Load(); err != nil {
		panic(err)
	}
	packLiterals = allLiterals()
	os.Exit(m.Run())
}
