#!/bin/sh
# Regenerates pipeline/corpus/data/faker.json from @faker-js/faker.
# Run from the repository root: scripts/corpusdata/gen.sh
set -eu
exec scripts/fakerextract.sh scripts/corpusdata/extract.mjs pipeline/corpus/data/faker.json
