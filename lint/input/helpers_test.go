package input_test

import (
	"context"
	"testing"

	"github.com/noticelint/noticelint/internal/testengine"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

func engine(t testing.TB) *rules.Engine { return testengine.New(t) }

func streamAll(t *testing.T, items func(func(input.Item) bool), opts lint.Options) []result.FileResult {
	t.Helper()
	got, _ := streamSum(t, items, opts)
	return got
}

func streamSum(t *testing.T, items func(func(input.Item) bool), opts lint.Options) ([]result.FileResult, result.Summary) {
	t.Helper()
	var got []result.FileResult
	sum, err := lint.Stream(context.Background(), items, engine(t), opts, func(r result.FileResult) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, sum
}
