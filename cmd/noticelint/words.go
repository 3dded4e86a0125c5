package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/noticelint/noticelint/evidence"
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

// The libraries' errors say what went wrong; what a user of this command
// changes to get past it (a flag) is said here.

// Per-file time limits are --timeout in lint and --lint-timeout in scan and
// crawl (whose --timeout bounds one request).
const (
	lintTimeoutFlag = "--timeout"
	siteLintTimeout = "--lint-timeout"
)

// worded gives the text of the limit or policy error that err is or wraps,
// naming the flag that sets it (lintTimeout: the command's per-file time
// limit), and that error's own text; ok is false when err is none of them.
func worded(err error, lintTimeout string) (text, own string, ok bool) {
	var size *input.SizeError
	var line *input.LineLimitError
	var timeout *lint.TimeoutError
	var refused *fetch.RefusedAddressError
	var request *fetch.TimeoutError
	switch {
	case errors.As(err, &size) && size.What == "":
		return "larger than the --max-size limit of " + input.FormatSize(size.Limit), size.Error(), true
	case errors.As(err, &size):
		return fmt.Sprintf("%s is %s, over the --max-size limit of %s", size.What, input.FormatSize(size.Size), input.FormatSize(size.Limit)), size.Error(), true
	case errors.As(err, &line):
		return fmt.Sprintf("line longer than %s (2 x --max-size + 1 MiB)", input.FormatSize(line.Limit)), line.Error(), true
	case errors.As(err, &timeout):
		return timeout.Error() + " (" + lintTimeout + ")", timeout.Error(), true
	case errors.As(err, &request):
		return request.Error() + " (--timeout)", request.Error(), true
	case errors.As(err, &refused):
		return refused.Error() + refusedHint(refused), refused.Error(), true
	}
	return "", "", false
}

// refusedHint says how to allow a refused address.
func refusedHint(e *fetch.RefusedAddressError) string {
	switch e.Class {
	case fetch.ClassLinkLocal, fetch.ClassMetadata:
		return fmt.Sprintf(" (allow it only by naming it: --allow-net %s)", e.Addr)
	case fetch.ClassLoopback:
		return " (for sites you trust: --allow-net loopback, or --allow-private)"
	case fetch.ClassPrivate:
		return " (for intranet sites: --allow-net private, or --allow-private)"
	}
	return " (use --allow-private for intranet sites)"
}

// word words the error of a result, when it has one of the errors worded
// knows: its reason holds that error's text, which becomes the command's.
func word(r *result.FileResult, lintTimeout string) {
	if r.Err == nil || r.Err.Err == nil {
		return
	}
	if text, own, ok := worded(r.Err.Err, lintTimeout); ok {
		r.Err.Reason = strings.Replace(r.Err.Reason, own, text, 1)
	}
}

// wordedScanner words the errors of a scanner's results before crawl
// writes them.
type wordedScanner struct{ *scan.Scanner }

func (s wordedScanner) Scan(ctx context.Context, site string) scan.Result {
	r := s.Scanner.Scan(ctx, site)
	word(&r.File, siteLintTimeout)
	return r
}

// wordedDialer words the errors of the browser proxy's dialer, as the
// visit records them.
func wordedDialer(dial evidence.Dialer) evidence.Dialer {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			if text, own, ok := worded(err, siteLintTimeout); ok {
				err = &wordedError{err, strings.Replace(err.Error(), own, text, 1)}
			}
		}
		return c, err
	}
}

// wordedError is an error with the command's words.
type wordedError struct {
	err  error
	text string
}

func (e *wordedError) Error() string { return e.text }
func (e *wordedError) Unwrap() error { return e.err }
