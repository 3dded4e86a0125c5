#!/usr/bin/env bash
# Regenerate the README's screenshots of the HTML reports (docs/img/*.png):
# runs the headless-Chromium tests of ./report, which save a screenshot of
# each report in $NOTICELINT_ARTIFACTS, and copies the README's two.
# Needs chromium (Debian: apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
art="$(mktemp -d "${TMPDIR:-/tmp}/noticelint-screenshots.XXXXXX")"
trap 'rm -rf "$art"' EXIT
cd "$root"
NOTICELINT_ARTIFACTS="$art" go test ./report -count=1 -run '^TestBrowser(NoticeReport|CrawlReport)$'
for name in notice-report crawl-report; do
  [ -s "$art/$name.png" ] || { echo "no $name.png: was the test skipped (no chromium)?" >&2; exit 1; }
  cp "$art/$name.png" "docs/img/$name.png"
done
echo "wrote docs/img/notice-report.png and docs/img/crawl-report.png"
