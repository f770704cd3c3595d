#!/usr/bin/env bash
# Instructions executed by extraction (valgrind callgrind), by hand.
#
#   benches/peers/extract_instructions.sh [CORPUS_DIR]
#
# Counts only segmentation (`segment::segment_with`), the per-article extractors
# (`extract::extract_article_with`) and the document's date anchor
# (`events::dates::latest_full_date`), one thread (`taskset -c 0`: the regex caches are per
# thread), so the figure is repeatable whatever else the machine is doing. Reading,
# decoding and hashing are left out (sha256 runs on SHA-NI natively, which valgrind does
# not emulate). Without CORPUS_DIR a 2 MB corpus is generated
# (`kzcorpus gen-corpus --articles 600 --seed 7`) under /tmp. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q -p kzcorpus-cli
KZ=$PWD/target/release/kzcorpus
corpus=${1:-/tmp/kz-writer-c2}
if [ ! -d "$corpus" ]; then
  "$KZ" gen-corpus --articles 600 --out "$corpus" --seed 7 >/dev/null
fi
db=$(mktemp -d)/extract.db
out=$(mktemp)
taskset -c 0 valgrind --tool=callgrind --callgrind-out-file="$out" \
  --toggle-collect='kzcorpus::segment::segment_with' \
  --toggle-collect='kzcorpus::extract::extract_article_with' \
  --toggle-collect='kzcorpus::events::dates::latest_full_date' \
  "$KZ" build "$corpus" --db "$db" --quiet 2>&1 | grep -E "Collected" | sed 's/^==[0-9]*== //'
echo "callgrind profile: $out (callgrind_annotate --inclusive=yes $out | head -60)"
rm -f "$db" "$db-wal" "$db-shm"
