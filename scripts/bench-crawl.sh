#!/usr/bin/env bash
# Benchmark `noticelint crawl` on simulated sites: 1,000 sites on distinct
# 127.x.y.z addresses, 50 ms a response, concurrency 100 (issue 6's target:
# under 10 s and under 300 MB peak RSS). Prints wall time and peak RSS of
# each run. Flags go to internal/cmd/benchcrawl (-sites, -latency,
# -concurrency, -runs, -bin); see `scripts/bench-crawl.sh -h`.
# Linux only: other systems route only 127.0.0.1 to loopback.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec go run ./internal/cmd/benchcrawl "$@"
