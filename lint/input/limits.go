package input

import "fmt"

// SizeError is an input over the size limit (lint's --max-size). What
// names what is too large ("file", "content", "the record"; "" when its
// size is not known) and Size its size.
type SizeError struct {
	What        string
	Size, Limit int64
}

func (e *SizeError) Error() string {
	if e.What == "" {
		return "larger than the size limit of " + FormatSize(e.Limit)
	}
	return fmt.Sprintf("%s is %s, over the size limit of %s", e.What, FormatSize(e.Size), FormatSize(e.Limit))
}

// LineLimitError is a JSON line longer than Limit, twice the size limit
// and 1 MiB (JSON escaping and base64 make a line longer than its
// content).
type LineLimitError struct{ Limit int64 }

func (e *LineLimitError) Error() string {
	return "line longer than " + FormatSize(e.Limit) + " (twice the size limit + 1 MiB)"
}
