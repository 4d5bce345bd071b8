# Helpers the benchmark scripts source: a timed run that stops the benchmark
# when its command fails, and the check that the Tesseract baseline read
# text. A ratio against a baseline that did not run means nothing, so both
# fail loudly instead of timing the failure.

# require_baseline: the tesseract command must be installed.
require_baseline() {
  if ! command -v tesseract >/dev/null 2>&1; then
    echo "$BENCH_NAME: the baseline command 'tesseract' is not installed (Debian package tesseract-ocr; make deps installs it); nothing timed" >&2
    exit 1
  fi
}

# timed_ns OUT CMD...: runs CMD once with its standard output in OUT and its
# errors in OUT.err, and prints the wall time in nanoseconds. A command that
# fails stops the benchmark with its error output.
timed_ns() {
  local out=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  if ! "$@" >"$out" 2>"$out.err"; then
    echo "$BENCH_NAME: '$*' failed; nothing timed:" >&2
    sed 's/^/  /' "$out.err" >&2
    exit 1
  fi
  t1=$(date +%s%N)
  echo $(( t1 - t0 ))
}

# require_text OUT CMD...: OUT (the standard output of CMD) must hold text;
# the text itself is never printed.
require_text() {
  local out=$1; shift
  if ! grep -q '[^[:space:]]' "$out"; then
    echo "$BENCH_NAME: baseline '$*' read no text; nothing timed" >&2
    exit 1
  fi
}
