//go:build !unix

package input

import (
	"errors"
	"os"
)

// readFile reads the file f names within limit, refused by its size when
// that is known to be over it; buf is not used.
func readFile(f File, limit int64, _ []byte) ([]byte, error) {
	file, err := os.Open(f.Name)
	if err != nil {
		return nil, readError(err)
	}
	defer func() { _ = file.Close() }()
	st, err := file.Stat()
	if err != nil {
		return nil, readError(err)
	}
	switch {
	case st.IsDir():
		return nil, errors.New("is a directory")
	case !st.Mode().IsRegular():
		return readStream(f.Path, file, limit, 0)
	case st.Size() > limit:
		return nil, tooLarge(st.Size(), limit)
	}
	return readStream(f.Path, file, limit, st.Size())
}
