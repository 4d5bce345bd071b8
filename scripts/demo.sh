#!/usr/bin/env bash
# The demo: runs the main job on the bundled synthetic sample (fake data,
# so the report may show its text) and tells you where to look.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
out=out/demo
mkdir -p "$out"
bin/anonymizer --log-format console detect --key demo --show-text -o "$out" testdata/samples/form.png testdata/samples/letter.png
echo
echo "Found on the bundled samples (testdata/samples/*.png, synthetic documents with fake data):"
for r in "$out"/*.report.json; do
  echo "  $r"
  grep -o '"type": "[A-Z_]*"' "$r" | sort | uniq -c | sed 's/"type": //; s/"//g; s/^/    /'
done
echo "Reports: $out/*.report.json (boxes in input pixels; --show-text was given because the data is fake)"
