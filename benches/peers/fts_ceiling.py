#!/usr/bin/env python3
"""The SQLite ceiling under any build: a corpus's text into one table, with and without FTS5.

Issue 6 asks for an end-to-end build of at least 20 MB/s *including FTS*. This script measures
what SQLite itself reaches on this machine when it does nothing but store the raw text of the
corpus's files, one row per file, with no extraction and no other table or index:

  plain          one INSERT per file into a table (id, body)
  fts-per-row    the same plus an external-content FTS5 index filled row by row
  fts-rebuild    the table first, then one FTS5 'rebuild' (what kzcorpus does on a new database)
  fts-detail-col the per-row FTS5 index with detail=column (no positions: phrase and NEAR
                 queries no longer work, so kzcorpus does not use it; shown for scale)

Each mode writes a new database in --tmp with journal_mode=WAL and synchronous=NORMAL (the
build's settings) in one transaction, and prints wall seconds, CPU seconds and MB/s. It uses the
Python sqlite3 module's SQLite (its version is printed), not the one bundled in the Rust crates.

    python3 benches/peers/fts_ceiling.py /work/bench-data/c30
"""
import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

MODES = {
    "plain": None,
    "fts-per-row": "fts5(body, content='a', content_rowid='id')",
    "fts-rebuild": "fts5(body, content='a', content_rowid='id')",
    "fts-detail-col": "fts5(body, content='a', content_rowid='id', detail=column)",
}


def read_corpus(folder: Path) -> list[str]:
    texts = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def fresh(db: Path) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def run(mode: str, texts: list[str], db: Path) -> tuple[float, float]:
    conn = fresh(db)
    conn.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    if MODES[mode]:
        conn.execute(f"CREATE VIRTUAL TABLE f USING {MODES[mode]}")
    per_row = mode in ("fts-per-row", "fts-detail-col")
    wall, cpu = time.perf_counter(), time.process_time()
    with conn:
        for rowid, text in enumerate(texts, start=1):
            conn.execute("INSERT INTO a(id, body) VALUES (?, ?)", (rowid, text))
            if per_row:
                conn.execute("INSERT INTO f(rowid, body) VALUES (?, ?)", (rowid, text))
    if mode == "fts-rebuild":
        with conn:
            conn.execute("INSERT INTO f(f) VALUES ('rebuild')")
    result = time.perf_counter() - wall, time.process_time() - cpu
    conn.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder, e.g. one made by kzcorpus gen-corpus")
    parser.add_argument("--tmp", type=Path, default=Path("/tmp"), help="where the scratch databases go")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"fts_ceiling: {args.corpus}: not a folder", file=sys.stderr)
        return 2
    texts = read_corpus(args.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"SQLite {sqlite3.sqlite_version}, {len(texts)} files, {mb:.1f} MB, {os.cpu_count()} cores")
    for mode in MODES:
        db = args.tmp / f"fts_ceiling_{mode}.db"
        wall, cpu = run(mode, texts, db)
        print(f"{mode:15} wall {wall:6.2f} s  CPU {cpu:6.2f} s  {mb / wall:6.1f} MB/s")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
