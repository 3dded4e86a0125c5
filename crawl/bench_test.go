package crawl

import (
	"context"
	"path/filepath"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/internal/testweb"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/scan"
)

// BenchmarkCrawl crawls 1,000 simulated sites, each on its own 127.x.y.z
// address and answering after 50 ms (robots.txt, home page, notice: three
// requests a site), with 100 workers. The target is under 10 s a crawl and
// under 300 MB of memory; it reports sites/s and the Go runtime's peak
// memory (scripts/bench-crawl.sh measures the command's wall time and peak
// RSS as a separate process).
func BenchmarkCrawl(b *testing.B) {
	const sites, latency, concurrency = 1000, 50 * time.Millisecond, 100
	web := testweb.Serve(b, sites, latency)
	pack, err := rules.Load()
	if err != nil {
		b.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{})
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	b.ResetTimer()
	for b.Loop() {
		sc, err := scan.NewScanner(scan.Options{Fetch: fetch.Options{AllowPrivate: true}, Engine: engine, Lint: lint.Options{Timeout: 30 * time.Second}})
		if err != nil {
			b.Fatal(err)
		}
		out, err := OpenOut(filepath.Join(b.TempDir(), "results.jsonl"), nil)
		if err != nil {
			b.Fatal(err)
		}
		var sum Summary
		start := time.Now()
		if err := Run(context.Background(), web.Sites, sc, out, Options{Concurrency: concurrency, Done: sum.Add}); err != nil {
			b.Fatal(err)
		}
		wall := time.Since(start)
		out.Close()
		sc.Close()
		if sum.WithNotice != sites {
			b.Fatalf("%d of %d sites with a notice: %+v", sum.WithNotice, sites, sum)
		}
		b.ReportMetric(float64(sites)/wall.Seconds(), "sites/s")
	}
	b.StopTimer()
	close(stop)
	<-done
	b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
}
