#!/usr/bin/env bash
# Instructions executed per benchmark program (valgrind's callgrind), CPython beside Molt:
# a noise-free complement to `molt bench`, whose wall-clock medians swing by 30% or more
# on a shared 2-core machine. Usage: benches/instructions.sh [MOLT] [PROGRAM.py...]
set -euo pipefail
molt=${1:-target/debug/molt}
shift || true
progs=("$@")
[ ${#progs[@]} -gt 0 ] || progs=(benches/programs/*.py)
command -v valgrind >/dev/null || { echo "error: valgrind is not installed" >&2; exit 2; }
[ -x "$molt" ] || { echo "error: $molt is not an executable molt" >&2; exit 2; }
# The real interpreter: python3 may be a shim script, which callgrind would measure instead.
python=$(python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() { valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }; grep -oP 'Collected : \K[0-9]+' "$tmp/err"; }
printf '| program | CPython Ginstr | Molt Ginstr | ratio |\n|---|---:|---:|---:|\n'
for p in "${progs[@]}"; do
  "$molt" build "$p" -o "$tmp/bin" >/dev/null
  py=$(count "$python" "$p")
  mo=$(count "$tmp/bin")
  awk -v n="$(basename "$p")" -v a="$py" -v b="$mo" 'BEGIN { printf "| %s | %.3f | %.3f | %.2fx |\n", n, a/1e9, b/1e9, a/b }'
done
