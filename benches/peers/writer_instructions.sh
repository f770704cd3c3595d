#!/usr/bin/env bash
# Instructions executed by the build's single writer thread (valgrind callgrind), by hand.
#
#   benches/peers/writer_instructions.sh [CORPUS_DIR]
#
# Counts only what runs inside `Batch::*` (every document insert and commit), so the
# figure is repeatable whatever else the machine is doing, unlike wall or CPU time on a
# shared 2-core machine. Without CORPUS_DIR a 2 MB corpus is generated
# (`kzcorpus gen-corpus --articles 600 --seed 7`) under /tmp. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q -p kzcorpus-cli
KZ=$PWD/target/release/kzcorpus
corpus=${1:-/tmp/kz-writer-c2}
if [ ! -d "$corpus" ]; then
  "$KZ" gen-corpus --articles 600 --out "$corpus" --seed 7 >/dev/null
fi
db=$(mktemp -d)/writer.db
out=$(mktemp)
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='kzcorpus::store::write::Batch::*' \
  "$KZ" build "$corpus" --db "$db" --quiet 2>&1 | grep -E "Collected" | sed 's/^==[0-9]*== //'
echo "callgrind profile: $out (callgrind_annotate --inclusive=yes $out | head -60)"
rm -f "$db" "$db-wal" "$db-shm"
