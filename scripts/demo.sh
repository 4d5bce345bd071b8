#!/usr/bin/env bash
# The demo: anonymizes the bundled synthetic samples (fake data, so the
# report may show its text) and tells you where to look.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
out=out/demo
mkdir -p "$out"
bin/anonymizer --log-format console anonymize --key demo --show-text -o "$out" \
  testdata/samples/form.png testdata/samples/letter.png
echo
for s in form letter; do
  r=$out/$s.report.json
  echo "testdata/samples/$s.png -> $out/$s.png"
  grep -o '"strategy": "[a-z]*"' "$r" | sort | uniq -c | sed 's/"strategy": //; s/"//g; s/^/    /'
done
echo
echo "Compare each original in testdata/samples/ with its anonymized copy in $out/;"
echo "the reports ($out/*.report.json) list every entity, its replacement and its verification."
