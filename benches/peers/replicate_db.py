#!/usr/bin/env python3
"""Grow a built kzcorpus database to a target article count by copying its rows.

    python3 benches/peers/replicate_db.py SOURCE.db TARGET.db --articles 1000000

For the query-latency figures of issue 6 (a 1M-article database): building 3.3 GB of
generated text takes tens of minutes on a 2-core machine, while the latency of a query
depends on the shape and size of the tables and indexes, not on how the rows got there.
This copies SOURCE (built by `kzcorpus build`) into TARGET, then appends copies of every
document with its articles, authors, media, mentions, quotes, events, participants and
claims (ids offset, content hashes suffixed) until TARGET holds at least --articles
articles. Speakers are shared, as they would be in a real build. The full-text indexes are
filled by the schema's own triggers, as in an incremental build. By hand, not in CI.
"""

import argparse
import shutil
import sqlite3
import sys
import time

TABLES = {
    # table: (columns copied, {column: id offset key})
    "documents": ("id, path, sha256, bytes, format, ingested_at", {"id": "doc"}),
    "articles": (
        "id, document_id, ordinal, headline, outlet, published, dateline, language, body, doc_start, doc_end",
        {"id": "art", "document_id": "doc"},
    ),
    "authors": ("article_id, name, ordinal", {"article_id": "art"}),
    "media": ("article_id, url, caption", {"article_id": "art"}),
    "mentions": ('article_id, speaker_id, start, "end", text', {"article_id": "art"}),
    "quotes": (
        'id, article_id, speaker_id, text, speaker_text, cue, start, "end", malformed, confidence',
        {"id": "quote", "article_id": "art"},
    ),
    "events": (
        'id, article_id, date, date_precision, type, location, evidence, start, "end"',
        {"id": "event", "article_id": "art"},
    ),
    "event_participants": ("event_id, speaker_id", {"event_id": "event"}),
    "claims": (
        'article_id, what, value, value_max, qualifier, subject, attributed_to, evidence, start, "end", zone',
        {"article_id": "art"},
    ),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--articles", type=int, default=1_000_000)
    args = ap.parse_args()

    shutil.copyfile(args.source, args.target)
    db = sqlite3.connect(args.target)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -262144")
    maxes = {
        "doc": db.execute("SELECT max(id) FROM documents").fetchone()[0],
        "art": db.execute("SELECT max(id) FROM articles").fetchone()[0],
        "quote": db.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0,
        "event": db.execute("SELECT max(id) FROM events").fetchone()[0] or 0,
    }
    per_copy = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = max(0, -(-args.articles // per_copy) - 1)
    print(f"{per_copy} articles per copy; appending {copies} copies", flush=True)
    started = time.time()
    for k in range(1, copies + 1):
        with db:
            for table, (columns, offsets) in TABLES.items():
                names = [c.strip() for c in columns.split(",")]
                select = []
                for name in names:
                    key = offsets.get(name.strip('"'))
                    if key:
                        select.append(f"{name} + {k * maxes[key]}")
                    elif table == "documents" and name == "sha256":
                        select.append(f"sha256 || '-copy{k}'")
                    else:
                        select.append(name)
                # the source rows only: those within the first copy's id ranges
                where = {
                    "documents": f"id <= {maxes['doc']}",
                    "articles": f"id <= {maxes['art']}",
                    "quotes": f"id <= {maxes['quote']}",
                    "events": f"id <= {maxes['event']}",
                    "event_participants": f"event_id <= {maxes['event']}",
                }.get(table, f"article_id <= {maxes['art']}")
                db.execute(f"INSERT INTO {table} ({columns}) SELECT {', '.join(select)} FROM {table} WHERE {where}")
        total = db.execute("SELECT max(id) FROM articles").fetchone()[0]
        print(f"copy {k}/{copies}: {total} article ids, {time.time() - started:.0f}s", flush=True)
    db.execute("PRAGMA optimize")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    q = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    print(f"{args.target}: {n} articles, {q} quotes in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
