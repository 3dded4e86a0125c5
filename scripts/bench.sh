#!/usr/bin/env bash
# Benchmark noticelint on generated corpora of privacy notices.
#
# Builds ./cmd/noticelint (unless -bin is given) and the corpus benchmark
# (internal/cmd/benchcorpus), generates corpora of 500, 1000 and 2000 notices
# in temporary directories and runs
#   noticelint lint --format json --fail-on none --output FILE DIR
# on each, once as a warm-up and then 5 times, printing files, MB, wall time
# (median, min), CPU time (user + system, median) and peak RSS per corpus size.
# -vs OLD runs a second binary in turn with the first and prints the median
# of the pairs' CPU ratios new/old; a size of 1 measures one notice in a new
# process (start-up):
#   scripts/bench.sh -vs /tmp/old-noticelint -sizes 1,2000 -runs 11
#
# Usage: scripts/bench.sh [-runs N] [-sizes 500,1000,2000] [-bin PATH] [-vs OLD] [-keep] [-seed N]
# All flags are passed to benchcorpus; see `scripts/bench.sh -h`.
# Exits non-zero if the build fails or the linter exits with a status other
# than 0 (clean) or 1 (findings).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/noticelint-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

have_bin=0
for arg in "$@"; do
	case "$arg" in
	-bin | --bin | -bin=* | --bin=* | -gen | --gen | -gen=* | --gen=* | -h | -help | --help) have_bin=1 ;;
	esac
done

(cd "$root" && go build -o "$tmp/benchcorpus" ./internal/cmd/benchcorpus)

if [[ $have_bin == 0 ]]; then
	echo "building ./cmd/noticelint" >&2
	if ! (cd "$root" && go build -o "$tmp/noticelint" ./cmd/noticelint); then
		echo "bench.sh: go build ./cmd/noticelint failed" >&2
		exit 1
	fi
	set -- -bin "$tmp/noticelint" "$@"
fi

"$tmp/benchcorpus" "$@"
