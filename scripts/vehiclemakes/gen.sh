#!/bin/sh
# Regenerates pipeline/lexicon/data/vehiclemakes.txt from @faker-js/faker.
# Run from the repository root: scripts/vehiclemakes/gen.sh
set -eu
exec scripts/fakerextract.sh scripts/vehiclemakes/extract.mjs pipeline/lexicon/data/vehiclemakes.txt
