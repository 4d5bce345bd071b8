#!/usr/bin/env bash
# User check: render each batch's documents as scanned pages (once), run
# BINARY's anonymize on them into out_TAG/, and count with check.py what
# stays readable and what changed. A batch folder holds NAME.txt and
# NAME.json pairs (docs/measurements.md says how they are written).
#
# Usage: scripts/usercheck/run.sh BINARY TAG BATCHDIR...
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,7s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
bin=$1 tag=$2
shift 2
export OMP_THREAD_LIMIT=1
for dir in "$@"; do
  mkdir -p "$dir/png"
  for json in "$dir"/*.json; do
    name=$(basename "$json" .json)
    [ -f "$dir/png/$name.png" ] || /usr/bin/python3 "$here/render.py" "$dir/$name.txt" "$dir/png/$name.png"
  done
  # A page that fails is logged and has no output, which check.py
  # reports; the other pages and batches go on.
  "$bin" anonymize --key k -o "$dir/out_$tag" "$dir"/png/*.png > "$dir/log_$tag.txt" 2>&1 ||
    echo "$(basename "$dir"): anonymize failed on a page, see $dir/log_$tag.txt" >&2
  /usr/bin/python3 "$here/check.py" "$dir" "$tag" | tail -1 | sed "s|^|$(basename "$dir") |"
done
