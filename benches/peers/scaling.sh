#!/usr/bin/env bash
# Peak RSS and scaling of `kzcorpus build` over corpora of growing size (by hand, not CI).
#
#   benches/peers/scaling.sh CORPUS_DIR...      e.g. /work/bench-data/c30 /work/bench-data/c300
#
# For each corpus: a first build into a new database under /usr/bin/time -v (wall, CPU,
# peak RSS), then a rebuild of the unchanged corpus. Prints one line per corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q -p kzcorpus-cli
KZ=$PWD/target/release/kzcorpus
printf "%-28s %9s %8s %8s %8s %9s %8s %9s %8s\n" corpus MB wall_s cpu_s MB/s MB/cpu_s rss_MB rebuild_s rebuild%
for dir in "$@"; do
  db="${dir%/}.db"
  rm -f "$db" "$db-wal" "$db-shm"
  bytes=$(find "$dir" -type f -not -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
  log=$(mktemp)
  /usr/bin/time -v "$KZ" build "$dir" --db "$db" --quiet 2> "$log" >/dev/null
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log"); sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$log")
  start=$(date +%s.%N); "$KZ" build "$dir" --db "$db" --quiet 2>/dev/null; end=$(date +%s.%N)
  awk -v d="$dir" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v rs="$start" -v re="$end" 'BEGIN {
    mb=b/1e6; cpu=u+s; rb=re-rs;
    printf "%-28s %9.1f %8.1f %8.1f %8.2f %9.2f %8.0f %9.2f %7.1f%%\n", d, mb, w, cpu, mb/w, mb/cpu, r, rb, 100*rb/w }'
  rm -f "$log"
done
