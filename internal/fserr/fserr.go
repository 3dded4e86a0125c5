// Package fserr words file-system errors for messages that already name the file.
package fserr

import (
	"errors"
	"io/fs"
)

// Reason returns the operating system's reason for a failed file operation
// ("no such file or directory"), without the path an *fs.PathError repeats.
func Reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
