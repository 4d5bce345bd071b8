#!/bin/sh
# Runs a script that reads @faker-js/faker (pinned below) with the package
# installed into a temporary folder, never committed.
# Usage, from the repository root: scripts/fakerextract.sh SCRIPT.mjs OUTPUT
# (scripts/corpusdata/gen.sh calls it.)
set -eu
VERSION=10.6.0
script=$(realpath "$1")
out=$(realpath -m "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$script" "$tmp/"
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "@faker-js/faker@$VERSION"
node "$(basename "$script")" "$out"
