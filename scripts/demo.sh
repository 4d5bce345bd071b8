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
# The same two pages as one PDF with a text layer (a scanned and OCR'd
# document, made here from the samples), anonymized with a new text layer
# read from the anonymized pages.
go run ./scripts/samplepdf -o "$out/sample.pdf" -words testdata/samples/words.json \
  testdata/samples/form.png testdata/samples/letter.png
bin/anonymizer --log-format console anonymize --key demo --show-text --text-layer -o "$out/pdf" "$out/sample.pdf"
echo "$out/sample.pdf -> $out/pdf/sample.pdf"
grep -o '"strategy": "[a-z]*"' "$out/pdf/sample.report.json" | sort | uniq -c | sed 's/"strategy": //; s/"//g; s/^/    /'
if command -v pdftotext >/dev/null; then
  echo "    $(pdfinfo "$out/pdf/sample.pdf" | awk '/^Pages:/{print $2}') pages; text layer: $(pdftotext "$out/sample.pdf" - | wc -w) words in," \
    "$(pdftotext "$out/pdf/sample.pdf" - | wc -w) out (read from the anonymized pages)"
fi
if [ -f models/default/model.safetensors ]; then
  # The same pages with the shipped diffusion model printing each
  # replacement (falling back to the render path where it does not read back).
  echo
  bin/anonymizer --log-format console anonymize --strategy diffusion --key demo --show-text -o "$out/diffusion" \
    testdata/samples/form.png testdata/samples/letter.png
  for s in form letter; do
    echo "testdata/samples/$s.png -> $out/diffusion/$s.png"
    grep -o '"strategy": "[a-z]*"' "$out/diffusion/$s.report.json" | sort | uniq -c | sed 's/"strategy": //; s/"//g; s/^/    /'
  done
fi
echo
echo "Compare each original in testdata/samples/ (and $out/sample.pdf) with its anonymized copy in $out/;"
echo "the reports ($out/*.report.json) list every entity, its replacement and its verification."
