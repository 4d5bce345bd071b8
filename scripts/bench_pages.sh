#!/usr/bin/env bash
# Speed of anonymize against a plain Tesseract pass over many FUNSD pages,
# not just make bench's one: each page once, both as commands. Prints a line
# per page, then the median, the worst and the share of pages over 2x, and
# as its last line one JSON object.
# Usage: scripts/bench_pages.sh [FUNSD_DIR] [MAX_PAGES]; the FUNSD folder
# may also come from $FUNSD (make bench-pages passes its FUNSD variable).
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
FUNSD=${1:-${FUNSD:-}}
if [ -z "$FUNSD" ]; then
  echo "usage: scripts/bench_pages.sh FUNSD_DIR [MAX_PAGES] (or set FUNSD)" >&2
  exit 2
fi
MAX=${2:-50}
BIN=bin/anonymizer
dir=$FUNSD/testing_data/images
if [ ! -d "$dir" ]; then
  echo "bench_pages: $dir not found" >&2
  exit 1
fi
BENCH_NAME=bench_pages
# shellcheck source=scripts/benchlib.sh
. scripts/benchlib.sh
require_baseline
[ -x "$BIN" ] || { echo "bench_pages: $BIN missing, run make build" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# ms CMD...: one run's wall time in milliseconds; a failing run stops the
# benchmark.
ms() { local ns; ns=$(timed_ns "$tmp/out" "$@") || exit 1; echo $(( ns / 1000000 )); }
printf '%-24s %10s %12s %7s\n' page tesseract_ms anonymize_ms ratio
find "$dir" -name '*.png' | sort | head -n "$MAX" | while read -r page; do
  t=$(ms tesseract "$page" -)
  require_text "$tmp/out" tesseract "$page" -
  a=$(ms "$BIN" --log-level error anonymize --key bench -o "$tmp" "$page")
  printf '%-24s %10d %12d %7.2f\n' "$(basename "$page")" "$t" "$a" "$(awk -v a="$a" -v t="$t" 'BEGIN{print a/t}')"
done | tee "$tmp/pages.txt"
# Ratios sorted for the median and the worst (plain awk: no asort).
sort -n -k4 "$tmp/pages.txt" | awk '{ r[NR] = $4; tt += $2; ta += $3; if ($4 > 2) over++ }
  END {
    n = NR
    med = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
    printf "pages %d, median %.2fx, worst %.2fx, over 2x: %d, total time %.2fx\n", n, med, r[n], over, ta / tt
    printf "{\"pages\": %d, \"anonymize_vs_tesseract_median\": %.3f, \"anonymize_vs_tesseract_worst\": %.3f, \"pages_over_2x\": %d, \"anonymize_vs_tesseract_total\": %.3f}\n", n, med, r[n], over + 0, ta / tt
  }'
