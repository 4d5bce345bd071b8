#!/bin/sh
# Regenerates pipeline/surrogate/data/given.json from @faker-js/faker.
# Run from the repository root: scripts/surrogatedata/gen.sh
# node_modules goes to a temporary folder and is never committed.
set -eu
VERSION=10.6.0
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scripts/surrogatedata/extract.mjs "$tmp/"
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "@faker-js/faker@$VERSION"
node extract.mjs "$root/pipeline/surrogate/data/given.json"
