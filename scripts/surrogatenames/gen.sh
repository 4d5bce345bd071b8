#!/bin/sh
# Regenerates pipeline/surrogate/data/names_by_country.tsv from
# @faker-js/faker. Run from the repository root: scripts/surrogatenames/gen.sh
set -eu
exec scripts/fakerextract.sh scripts/surrogatenames/extract.mjs pipeline/surrogate/data/names_by_country.tsv
