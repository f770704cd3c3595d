"""Benchmark: kzcorpus.open() and 1 million quote rows into a DataFrame vs pandas.read_sql.

Not a test. Run it after building the package (./scripts/test-python or `pip install .`):

    .venv/bin/python python/benchmarks/bench_quotes.py [--rows 1000000] [--repeat 3]

It builds the bundled corpus into a temporary database, multiplies its quotes with SQL
until the table holds ``--rows`` rows, then times

* ``kzcorpus.open()`` (the bundled corpus, built in memory) and ``kzcorpus.open(path)``;
* the ``Corpus.quotes()`` query (quotes joined with articles and speakers) through
  kzcorpus and through ``pandas.read_sql`` on a ``sqlite3`` connection to the same file;
* ``SELECT * FROM quotes`` both ways.

kzcorpus returns typed columns (``Int64``, ``string``, ``datetime64``); read_sql returns
``object`` columns with dates left as text, so the comparison favours read_sql. The
best of ``--repeat`` runs is reported, with the ratio read_sql / kzcorpus.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

import pandas as pd

import kzcorpus

# The statement behind Corpus.quotes() without filters (crates/kzcorpus/src/store/query.rs).
QUOTES_SQL = """
SELECT q.id, q.article_id, q.speaker_id, s.canonical AS speaker, q.text, q.speaker_text, q.cue,
       a.outlet, a.published, a.headline, q.start, q."end", q.malformed, q.confidence
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
ORDER BY q.article_id, q.start
"""

COLUMNS = "article_id, speaker_id, text, speaker_text, cue, start, \"end\", malformed, confidence"


def make_database(folder: Path, rows: int) -> Path:
    """The bundled corpus with its quotes multiplied to exactly ``rows`` rows."""
    db = folder / "bench.db"
    kzcorpus.build(None, db, progress=False)
    con = sqlite3.connect(db)
    with con:
        # A scratch copy: skip full-text indexing of the copies, it is not what we time.
        for trigger in ("quotes_ai", "quotes_ad", "quotes_au"):
            con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        if con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0:
            # No quotes extracted (an early extractor): seed one synthetic quote per article.
            con.execute(
                f"INSERT INTO quotes ({COLUMNS}) SELECT id, NULL, substr(body, 1, 80), 'someone', 'said', 0, "
                "min(80, length(body)), 0, 0.5 FROM articles WHERE length(body) > 0"
            )
        base = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
        copies = -(-rows // base) - 1
        con.execute(
            f"INSERT INTO quotes ({COLUMNS}) SELECT {COLUMNS} FROM quotes, "
            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n) "
            "LIMIT ?",
            (copies, rows - base),
        )
    con.execute("VACUUM")
    con.close()
    return db


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="quote rows in the benchmark database")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is reported)")
    args = parser.parse_args()

    opens = []
    for _ in range(5):
        started = time.perf_counter()
        kzcorpus.open().close()
        opens.append(time.perf_counter() - started)
    print(f"kzcorpus.open() bundled corpus: median {statistics.median(opens) * 1000:.0f} ms (5 runs)")

    tmp = Path(tempfile.mkdtemp(prefix="kzcorpus-bench-"))
    try:
        started = time.perf_counter()
        db = make_database(tmp, args.rows)
        print(f"benchmark database: {db} ({db.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f}s")

        t_open, corpus = best_of(args.repeat, lambda: kzcorpus.open(db))
        print(f"kzcorpus.open(path): {t_open * 1000:.1f} ms")

        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        cases = [
            ("Corpus.quotes()", lambda: corpus.quotes(), QUOTES_SQL),
            ("SELECT * FROM quotes", lambda: corpus.sql("SELECT * FROM quotes"), "SELECT * FROM quotes"),
        ]
        for name, ours, sql in cases:
            t_ours, frame = best_of(args.repeat, ours)
            t_pandas, baseline = best_of(args.repeat, lambda: pd.read_sql(sql, con))
            assert len(frame) == len(baseline) == args.rows, (len(frame), len(baseline))
            print(
                f"{name}: {len(frame):,} rows x {frame.shape[1]} columns — kzcorpus {t_ours:.2f}s, "
                f"pandas.read_sql {t_pandas:.2f}s, ratio read_sql/kzcorpus = {t_pandas / t_ours:.1f}x"
            )
        con.close()
        corpus.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
