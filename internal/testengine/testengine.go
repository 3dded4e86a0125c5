// Package testengine gives tests the rules engine of the bundled pack at
// a fixed day, so that their findings do not change with the calendar.
package testengine

import (
	"testing"
	"time"

	"github.com/noticelint/noticelint/rules"
)

// Day is the day the engine judges notice ages at.
var Day = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// New returns an engine of the bundled pack judging at Day.
func New(tb testing.TB) *rules.Engine {
	tb.Helper()
	pack, err := rules.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return rules.NewEngine(pack, rules.Options{Now: Day})
}
