#!/usr/bin/env bash
# Benchmarks. Prints a table per benchmark and, as its last line, one JSON
# object of named figures. Usage: scripts/bench.sh [FUNSD_DIR]; the FUNSD
# folder may also come from $FUNSD (make bench passes its FUNSD variable),
# and without one the bundled sample is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
FUNSD=${1:-${FUNSD:-}}
BIN=bin/anonymizer

BENCH_NAME=bench
# shellcheck source=scripts/benchlib.sh
. scripts/benchlib.sh
require_baseline
[ -x "$BIN" ] || { echo "bench: $BIN missing, run make build" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# best_of N [--text] CMD...: the fastest of N runs, in seconds. A failing
# run stops the benchmark, and so does, with --text, a run that prints no
# text (the baseline must have read the page for the ratios to mean
# anything).
best_of() {
  local n=$1 text=; shift
  if [ "$1" = --text ]; then text=1; shift; fi
  local best= d
  for _ in $(seq "$n"); do
    d=$(timed_ns "$tmp/out" "$@") || exit 1
    if [ -n "$text" ]; then require_text "$tmp/out" "$@"; fi
    if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
  done
  awk -v ns="$best" 'BEGIN{printf "%.3f", ns/1e9}'
}

# 1. detect vs. a plain Tesseract pass on the same page, both as commands.
page=$FUNSD/testing_data/images/82092117.png
if [ -z "$FUNSD" ] || [ ! -f "$page" ]; then
  page=testdata/samples/form.png
  echo "bench: no FUNSD page (${FUNSD:-no folder given}), timing the bundled sample instead"
fi
t_tess=$(best_of 3 --text tesseract "$page" -)
t_detect=$(best_of 3 "$BIN" --log-level error detect --key bench -o "$tmp" "$page")
t_anon=$(best_of 3 "$BIN" --log-level error anonymize --key bench -o "$tmp" "$page")
ratio=$(awk -v a="$t_detect" -v b="$t_tess" 'BEGIN{printf "%.3f", a/b}')
aratio=$(awk -v a="$t_anon" -v b="$t_tess" 'BEGIN{printf "%.3f", a/b}')
printf '%-40s %8s s\n' "tesseract PAGE - ($(basename "$page"))" "$t_tess" "anonymizer detect" "$t_detect" "anonymizer anonymize" "$t_anon"
printf '%-40s %8s\n' "detect / tesseract" "$ratio" "anonymize / tesseract" "$aratio"
echo "{\"tesseract_s\": $t_tess, \"detect_s\": $t_detect, \"detect_vs_tesseract\": $ratio, \"anonymize_s\": $t_anon, \"anonymize_vs_tesseract\": $aratio}" > "$tmp/pipeline.txt"

# 2. The pages of a PDF vs the same pages as PNG files, each set anonymized
# by one command (pages in parallel over the workers either way). Both runs
# must write their outputs, or nothing is timed.
command -v pdfinfo >/dev/null || { echo "bench: pdfinfo (poppler-utils; make deps installs it) is missing; nothing timed" >&2; exit 1; }
pages=()
for i in 1 2; do
  for s in form letter; do cp "testdata/samples/$s.png" "$tmp/$s-$i.png"; pages+=("$tmp/$s-$i.png"); done
done
go run ./scripts/samplepdf -o "$tmp/pages.pdf" "${pages[@]}"
t_png=$(best_of 3 "$BIN" --log-level error anonymize --key bench -o "$tmp/png" "${pages[@]}")
t_pdf=$(best_of 3 "$BIN" --log-level error anonymize --key bench -o "$tmp/pdf" "$tmp/pages.pdf")
for p in "${pages[@]}"; do
  [ -s "$tmp/png/$(basename "$p")" ] || { echo "bench: the PNG run wrote no $(basename "$p"); nothing timed" >&2; exit 1; }
done
n=$(pdfinfo "$tmp/pdf/pages.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
[ "$n" = "${#pages[@]}" ] || { echo "bench: the PDF run wrote ${n:-no} pages, want ${#pages[@]}; nothing timed" >&2; exit 1; }
pratio=$(awk -v a="$t_pdf" -v b="$t_png" 'BEGIN{printf "%.3f", a/b}')
printf '%-40s %8s s\n' "anonymize ${#pages[@]} PNG pages" "$t_png" "anonymize the same pages as one PDF" "$t_pdf"
printf '%-40s %8s\n' "PDF / PNG (target 1.3)" "$pratio"
echo "{\"png_pages_s\": $t_png, \"pdf_pages_s\": $t_pdf, \"pdf_vs_png\": $pratio}" > "$tmp/pdf.txt"

# 3. anonymizer serve on loopback at 4x its capacity (scripts/benchserve):
# throughput, p50/p99, 429s and 503s, no other 5xx, peak RSS.
go run ./scripts/benchserve -bin "$BIN" -page testdata/samples/form.png | tee "$tmp/serve.txt"

# 4. Native core and training benchmarks, each printing one JSON object as
# its last line.
scripts/profile_kernels/run.sh | tee "$tmp/kernels.txt"
go run ./scripts/benchcore | tee "$tmp/core.txt"
go run ./scripts/benchtrain | tee "$tmp/train.txt"

# One flat JSON object of named figures, last.
go run ./scripts/benchjoin "$tmp/pipeline.txt" "$tmp/pdf.txt" "$tmp/serve.txt" "$tmp/kernels.txt" "$tmp/core.txt" "$tmp/train.txt"
