package crawl

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/noticelint/noticelint/result"
)

// Progress shows how far a crawl is: on a terminal a bar redrawn in place,
// otherwise a plain line every interval (for logs).
type Progress struct {
	w        io.Writer
	tty      bool
	total    int
	interval time.Duration
	start    time.Time

	mu     sync.Mutex
	done   int
	errors int
	stop   chan struct{}
	wg     sync.WaitGroup
}

// Progress intervals: the bar's redraws and the plain lines.
const (
	barInterval   = 200 * time.Millisecond
	plainInterval = 10 * time.Second
)

// NewProgress shows the progress of total sites on w, a terminal when tty.
func NewProgress(w io.Writer, tty bool, total int) *Progress {
	p := &Progress{w: w, tty: tty, total: total, interval: plainInterval, start: time.Now(), stop: make(chan struct{})}
	if tty {
		p.interval = barInterval
	}
	return p
}

// Start starts showing it.
func (p *Progress) Start() {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(p.interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.show()
			case <-p.stop:
				return
			}
		}
	}()
}

// Add counts a finished scan.
func (p *Progress) Add(rec result.Site) {
	p.mu.Lock()
	p.done++
	if rec.Status == result.StatusError {
		p.errors++
	}
	p.mu.Unlock()
}

// Stop shows the last state and ends the bar's line.
func (p *Progress) Stop() {
	close(p.stop)
	p.wg.Wait()
	p.show()
	if p.tty {
		fmt.Fprintln(p.w)
	}
}

func (p *Progress) show() {
	p.mu.Lock()
	line := p.line(time.Since(p.start))
	p.mu.Unlock()
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K"+line)
	} else {
		fmt.Fprintln(p.w, "noticelint: crawl "+line)
	}
}

// line is the state after elapsed: done/total, percentage, rate, ETA,
// errors; on a terminal with a bar in front.
func (p *Progress) line(elapsed time.Duration) string {
	pct := 100.0
	if p.total > 0 {
		pct = 100 * float64(p.done) / float64(p.total)
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(p.done) / s
	}
	eta := "?"
	if rate > 0 {
		eta = time.Duration(float64(p.total-p.done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	text := fmt.Sprintf("%d/%d sites (%.0f%%), %.1f sites/s, ETA %s, %s", p.done, p.total, pct, rate, eta, plural(p.errors, "error"))
	if !p.tty {
		return text
	}
	const width = 24
	filled := int(pct / 100 * width)
	return "[" + strings.Repeat("=", filled) + strings.Repeat(" ", width-filled) + "] " + text
}
