package report

import (
	"errors"

	"github.com/noticelint/noticelint/result"
)

// Tee writes every result to each reporter: several outputs in one run.
func Tee(reps ...Reporter) Reporter { return tee(reps) }

type tee []Reporter

func (t tee) File(r result.FileResult) error {
	var errs []error
	for _, rep := range t {
		errs = append(errs, rep.File(r))
	}
	return errors.Join(errs...)
}

func (t tee) End(s result.Summary) error {
	var errs []error
	for _, rep := range t {
		errs = append(errs, rep.End(s))
	}
	return errors.Join(errs...)
}
