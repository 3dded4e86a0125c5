#!/usr/bin/env bash
# Measure `noticelint scan --browser` on one loopback site and `crawl
# --browser --browser-jobs 2` on 50 (internal/trackweb: sites that track, with
# and without a consent banner, and a stand-in for Google Analytics): wall
# time, CPU time, and peak memory as GNU time -v reports it (the largest
# single process) and of the whole process tree (noticelint and Chromium).
# Flags go to internal/cmd/benchbrowser (-sites, -jobs, -settle, -runs,
# -bin). Needs Chromium (Debian's chromium) and GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec go run ./internal/cmd/benchbrowser "$@"
