#!/usr/bin/env bash
# Counts npm's warnings during a fresh `npm install` of this commit, as an editor gets it (the
# project's .npmrc) and as before .npmrc (`--loglevel=warn`), each in its own fresh clone, with the
# machine's own Node (the warnings come from npm checking `engines` against it).
#   bash bench/install-warnings.sh        prints: node version, then "<mode> <npm warn lines> <EBADENGINE warnings>"
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "node $(node --version), npm $(npm --version)"
for mode in default warn; do
  git clone -q "$repo" "$work/$mode"
  args=(--no-audit --no-fund)
  [ "$mode" = warn ] && args+=(--loglevel=warn)
  (cd "$work/$mode" && npm install "${args[@]}" >"$work/$mode.log" 2>&1) || { echo "$mode: npm install failed"; tail -5 "$work/$mode.log"; exit 1; }
  echo "$mode $(grep -c '^npm warn' "$work/$mode.log" || true) $(grep -c 'npm warn EBADENGINE Unsupported engine' "$work/$mode.log" || true)"
done
