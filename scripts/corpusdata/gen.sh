#!/bin/sh
# Regenerates pipeline/corpus/data/faker.json from @faker-js/faker.
# Run from the repository root: scripts/corpusdata/gen.sh
# node_modules goes to a temporary folder and is never committed.
set -eu
VERSION=10.6.0
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scripts/corpusdata/extract.mjs "$tmp/"
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "@faker-js/faker@$VERSION"
node extract.mjs "$root/pipeline/corpus/data/faker.json"
