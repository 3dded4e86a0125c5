package rules

import (
	"regexp"
	"sync"
)

// The pack repeats itself: a named pattern ("{right-of-access}") stands in
// many statements, and one alternative in many patterns (the pack's
// conditions hold 761 alternatives, 322 of them distinct). A load compiles
// each distinct condition once, and conditions share each distinct
// alternative's expression, which the regexp engine then compiles once,
// on first use, however many conditions hold it. What a condition answers
// depends on its expression alone: sharing changes no result.

// conditionKey is what a compiled condition depends on.
type conditionKey struct {
	expr     string
	numbered bool
}

// regexpKey names a lazily compiled expression: an alternative's, or its
// body after a leading \b (afterboundary.go).
type regexpKey struct {
	expr string
	body bool
}

var (
	sharedConditions sync.Map // conditionKey -> *condition
	sharedRegexps    sync.Map // regexpKey -> func() *regexp.Regexp
)

// sharedCondition returns the condition compiled from expr, compiling it
// when no rule of the load has.
func sharedCondition(expr string, numbered bool) (*condition, error) {
	key := conditionKey{expr, numbered}
	if m, ok := sharedConditions.Load(key); ok {
		return m.(*condition), nil
	}
	m, err := buildCondition(expr, numbered)
	if err != nil {
		return nil, err // an error is reported where it stands, each time
	}
	shared, _ := sharedConditions.LoadOrStore(key, m)
	return shared.(*condition), nil
}

// sharedAlternative returns alternative expr compiled on first use, one
// for every condition of the load that holds it.
func sharedAlternative(expr string) func() *regexp.Regexp {
	return sharedRegexp(regexpKey{expr, false}, lazyAnyBoundary)
}

// sharedBody is afterBoundary(expr), one for every condition of the load
// that holds the alternative.
func sharedBody(expr string) func() *regexp.Regexp {
	return sharedRegexp(regexpKey{expr, true}, afterBoundary)
}

func sharedRegexp(key regexpKey, lazy func(string) func() *regexp.Regexp) func() *regexp.Regexp {
	if re, ok := sharedRegexps.Load(key); ok {
		return re.(func() *regexp.Regexp)
	}
	re, _ := sharedRegexps.LoadOrStore(key, lazy(key.expr))
	return re.(func() *regexp.Regexp)
}

// forgetShared empties the tables before and after a pack is compiled: its
// conditions hold what they share, and the next load (a test's) compiles
// afresh, as the test that writes packanalysis.go needs.
func forgetShared() {
	sharedConditions.Clear()
	sharedRegexps.Clear()
}
