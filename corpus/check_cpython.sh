#!/bin/sh
# Sanity check of the corpus under CPython itself (not the Molt oracle):
# every corpus/core program must exit with its intended code and run fast;
# every corpus/reject program must run cleanly under CPython.
# Intended exit codes: exc_*.py -> 1 (uncaught exception), except the
# SystemExit files listed below; every other file -> 0.
cd "$(dirname "$0")" || exit 2
PY=${PYTHON:-python3}
fail=0
n=0
for f in core/*.py reject/*.py; do
    n=$((n + 1))
    case "$f" in
        core/exc_system_exit_code.py) want=3 ;;
        core/exc_system_exit_none.py) want=0 ;;
        core/exc_*) want=1 ;;
        *) want=0 ;;
    esac
    start=$(date +%s%N)
    "$PY" "$f" >/dev/null 2>/tmp/molt_corpus_err.$$
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$rc" != "$want" ]; then
        echo "FAIL $f: exit $rc, wanted $want; last stderr: $(tail -n 1 /tmp/molt_corpus_err.$$)"
        fail=$((fail + 1))
    elif [ "$ms" -gt 500 ]; then
        echo "SLOW $f: ${ms} ms"
        fail=$((fail + 1))
    fi
done
rm -f /tmp/molt_corpus_err.$$
echo "$n programs checked, $fail problems"
[ "$fail" = 0 ]
