#!/bin/sh
# Regenerates pipeline/surrogate/data/given.json from @faker-js/faker.
# Run from the repository root: scripts/surrogatedata/gen.sh
set -eu
exec scripts/fakerextract.sh scripts/surrogatedata/extract.mjs pipeline/surrogate/data/given.json
