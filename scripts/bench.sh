#!/usr/bin/env bash
# Benchmarks. Prints a table per benchmark and, as its last line, one JSON
# object of named figures. Usage: scripts/bench.sh [FUNSD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
FUNSD=${1:-../shared/data/funsd}
BIN=bin/anonymizer

now() { date +%s%N; }
# best_of N CMD...: the fastest of N runs, in seconds.
best_of() {
  local n=$1; shift
  local best=
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
    local d=$(( t1 - t0 ))
    if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
  done
  awk -v ns="$best" 'BEGIN{printf "%.3f", ns/1e9}'
}

# 1. detect vs. a plain Tesseract pass on the same page, both as commands.
page=$FUNSD/testing_data/images/82092117.png
if [ ! -f "$page" ]; then
  page=testdata/samples/form.png
  echo "bench: $FUNSD not found, timing the bundled sample instead"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
t_tess=$(best_of 3 tesseract "$page" -)
t_detect=$(best_of 3 "$BIN" --log-level error detect --key bench -o "$tmp" "$page")
t_anon=$(best_of 3 "$BIN" --log-level error anonymize --key bench -o "$tmp" "$page")
ratio=$(awk -v a="$t_detect" -v b="$t_tess" 'BEGIN{printf "%.3f", a/b}')
aratio=$(awk -v a="$t_anon" -v b="$t_tess" 'BEGIN{printf "%.3f", a/b}')
printf '%-40s %8s s\n' "tesseract PAGE - ($(basename "$page"))" "$t_tess" "anonymizer detect" "$t_detect" "anonymizer anonymize" "$t_anon"
printf '%-40s %8s\n' "detect / tesseract" "$ratio" "anonymize / tesseract" "$aratio"
echo "{\"tesseract_s\": $t_tess, \"detect_s\": $t_detect, \"detect_vs_tesseract\": $ratio, \"anonymize_s\": $t_anon, \"anonymize_vs_tesseract\": $aratio}" > "$tmp/pipeline.txt"

# 2. Native core and training benchmarks, each printing one JSON object as
# its last line.
scripts/profile_kernels/run.sh | tee "$tmp/kernels.txt"
go run ./scripts/benchcore | tee "$tmp/core.txt"
go run ./scripts/benchtrain | tee "$tmp/train.txt"

# One flat JSON object of named figures, last.
go run ./scripts/benchjoin "$tmp/pipeline.txt" "$tmp/kernels.txt" "$tmp/core.txt" "$tmp/train.txt"
