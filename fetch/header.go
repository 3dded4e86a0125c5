package fetch

import (
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryAfter reads a Retry-After header, in seconds or as an HTTP date;
// asked is false when there is none, or it cannot be read.
func retryAfter(v string, now time.Time) (wait time.Duration, asked bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(365*24*time.Hour/time.Second) {
			n = int64(365 * 24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// splitContentType gives the media type (lower-case) and charset of a
// Content-Type header.
func splitContentType(v string) (mediaType, charset string) {
	if v == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		mt, _, _ = strings.Cut(v, ";")
		return strings.ToLower(strings.TrimSpace(mt)), ""
	}
	return mt, strings.ToLower(params["charset"])
}
