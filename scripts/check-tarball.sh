#!/usr/bin/env bash
# Packs the package, installs the tarball into an empty folder as a user would, and runs the installed CLI on an
# article: the tarball must ship what the CLI needs (dist, schemas) and install small. Prints both sizes.
#   scripts/check-tarball.sh [MAX_NODE_MODULES_MB]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
max_mb=${1:-30}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tgz=$(npm pack --silent --pack-destination "$tmp" | tail -1)
echo "tarball: $tgz, $(du -k "$tmp/$tgz" | cut -f1) KB"
if tar -tzf "$tmp/$tgz" | grep -E '^package/((src|tests|tools|scripts|corpus)/|dist/bench/|dist/gazetteer/build)'; then
  echo "check-tarball: the tarball ships sources, tests, tools or a stale dist/ (see package.json \"files\")" >&2
  exit 1
fi
mkdir "$tmp/app"
cd "$tmp/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tmp/$tgz" >/dev/null
printf 'LONDON (Reuters) - Prime Minister Keir Starmer said on Tuesday, March 4, 2025, that Britain would spend $2.5 billion on defence.\n' > article.txt
npx --no-install news-extract article.txt --out out --quiet
grep -q '"name":"Keir Starmer"' out/articles.jsonl || { echo "check-tarball: the installed CLI found no person" >&2; exit 1; }
npx --no-install news-extract schema articles >/dev/null
size_mb=$(du -sm node_modules | cut -f1)
echo "installed node_modules: ${size_mb} MB; largest packages:"
du -sm node_modules/* node_modules/@*/* 2>/dev/null | sort -rn | head -6
if ((size_mb > max_mb)); then
  echo "check-tarball: node_modules is ${size_mb} MB, over ${max_mb} MB" >&2
  exit 1
fi
echo "check-tarball: ok"
