#!/usr/bin/env bash
# End-to-end check of the NATS JetStream job queue (docs/queue.md) with a
# real nats-server on loopback:
#   1. a local `anonymize` run of N pages is the reference;
#   2. two workers (-j 1 each) and `submit --wait`; one worker is killed
#      with kill -9 KILL_AFTER seconds in: every output must arrive,
#      byte-identical to the reference (cmp), every report equal to it but
#      for its timings, and the jobs stream must be empty afterwards;
#   3. throughput with 1 and with 2 workers (-j 1 each), in pages/minute.
# Usage: scripts/queue_check.sh IMAGES_DIR   (or FUNSD=DIR: its testing images)
# Needs bin/anonymizer (go build -o bin/anonymizer ./cmd/anonymizer) and a
# nats-server binary (NATS_SERVER, default nats-server on PATH; e.g.
# GOBIN="$HOME/bin" go install github.com/nats-io/nats-server/v2@v2.15.3).
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGES=${1:-${FUNSD:+$FUNSD/testing_data/images}}
if [[ -z $IMAGES || ! -d $IMAGES ]]; then
  echo "usage: scripts/queue_check.sh IMAGES_DIR (or set FUNSD to a FUNSD-format folder)" >&2
  exit 2
fi
N=${N:-16}
KILL_AFTER=${KILL_AFTER:-5}
ACK_WAIT=${ACK_WAIT:-10s}
BIN=$(realpath "${BIN:-bin/anonymizer}")
NATS_SERVER=${NATS_SERVER:-nats-server}
export ANONYMIZER_KEY=${ANONYMIZER_KEY:-queue-check-key} OMP_THREAD_LIMIT=1
PORT=${PORT:-14222}
MPORT=$((PORT + 1))
URL=nats://127.0.0.1:$PORT

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/in"
find "$IMAGES" -maxdepth 1 -name '*.png' | sort | head -n "$N" | xargs cp -t "$work/in"
echo "inputs: $(ls "$work/in" | wc -l) pages from $IMAGES; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

now() { date +%s.%N; }
t0=$(now)
(cd "$work/in" && "$BIN" --log-format json anonymize -j 1 -o "$work/local" *.png 2>"$work/local.log")
echo "local anonymize -j 1 (the reference): $N pages in $(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')s"

# start_nats TAG: a fresh JetStream store for each run.
start_nats() {
  "$NATS_SERVER" -js -a 127.0.0.1 -p "$PORT" -m "$MPORT" -sd "$work/js-$1" >"$work/nats-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$MPORT/healthz" >/dev/null && return; sleep 0.1; done
  echo "nats-server did not start" >&2; exit 1
}

# start_worker TAG I: a worker (-j 1); its pid in $worker_pid, ready when
# its /metrics answers.
start_worker() {
  local mport=$((MPORT + 10 + $2))
  "$BIN" --log-format json worker --nats "$URL" -j 1 --ack-wait "$ACK_WAIT" \
    --metrics-listen "127.0.0.1:$mport" >"$work/worker-$1-$2.log" 2>&1 &
  worker_pid=$!
  pids+=($worker_pid)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$mport/metrics" >/dev/null && return; sleep 0.1; done
  echo "worker $2 did not start" >&2; exit 1
}

stop_all() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}

# run TAG WORKERS [KILL]: WORKERS workers and submit --wait; with KILL the
# first worker is killed with kill -9 KILL_AFTER seconds after submitting.
run() {
  local tag=$1 n=$2 kill=${3:-} first
  start_nats "$tag"
  for i in $(seq "$n"); do
    start_worker "$tag" "$i"
    [[ $i == 1 ]] && first=$worker_pid
  done
  local t0
  t0=$(now)
  if [[ -n $kill ]]; then
    (sleep "$KILL_AFTER"; kill -9 "$first" && echo "kill -9 worker 1 (pid $first) at ${KILL_AFTER}s") &
  fi
  "$BIN" --log-format json submit --nats "$URL" --wait -o "$work/out-$tag" "$work/in" 2>"$work/submit-$tag.log"
  local secs
  secs=$(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')
  local pending
  pending=$(curl -sf "http://127.0.0.1:$MPORT/jsz?streams=true" |
    jq '[.account_details[].stream_detail[] | select(.name=="ANONYMIZER_JOBS") | .state.messages] | add')
  echo "$tag: $n worker(s): $N pages in ${secs}s = $(awk -v n="$N" -v s="$secs" 'BEGIN{printf "%.1f", n*60/s}') pages/min; jobs left on the queue: $pending"
  [[ $pending == 0 ]] || { echo "FAIL: the work queue is not empty" >&2; exit 1; }
  compare "$tag"
  # The last worker's counters (it survives the kill).
  curl -sf "http://127.0.0.1:$((MPORT + 10 + n))/metrics" |
    grep -E '^anonymizer_worker_(jobs_done|jobs_dead|redeliveries|duplicates)_total' | sed "s/^/$tag: worker $n: /" || true
  stop_all
}

# compare TAG: every output byte-identical to the local run's, every report
# equal but for its timings.
compare() {
  local bad=0 f
  for f in "$work/local"/*.png "$work/local"/*.report.json; do # not the manifest
    local g=$work/out-$1/$(basename "$f")
    if [[ $f == *.report.json ]]; then
      cmp -s <(jq -S 'del(.timing_ms)' "$f") <(jq -S 'del(.timing_ms)' "$g" 2>/dev/null) || { echo "report differs: $(basename "$f")"; bad=1; }
    else
      cmp -s "$f" "$g" || { echo "output differs: $(basename "$f")"; bad=1; }
    fi
  done
  local outs reps
  outs=$(find "$work/out-$1" -name '*.png' | wc -l)
  reps=$(find "$work/out-$1" -name '*.report.json' | wc -l)
  echo "$1: $outs outputs and $reps reports; byte-identical to the local run: $([[ $bad == 0 ]] && echo yes || echo NO)"
  [[ $bad == 0 && $outs == "$N" && $reps == "$N" ]] || { echo "FAIL" >&2; exit 1; }
}

run kill9 2 kill
grep -h '"delivery":2' "$work"/worker-kill9-*.log | jq -c '{input, delivery, message}' || true
run one 1
run two 2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
