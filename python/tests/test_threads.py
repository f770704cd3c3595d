"""A corpus serves one thread at a time, with a clear error otherwise."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import kzcorpus

ROWS = 3_000_000
SLOW = f"WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < {ROWS}) SELECT count(*) AS n FROM r"


def run_slow_query(c: kzcorpus.Corpus, started: threading.Event, outcome: list[object]) -> None:
    """Runs SLOW on `c`, retrying while the other thread holds the corpus."""
    started.set()
    while True:
        try:
            outcome.append(int(c.sql(SLOW)["n"][0]))
            return
        except kzcorpus.ConcurrencyError:
            time.sleep(0.001)
        except kzcorpus.ClosedError as e:
            outcome.append(e)
            return


def test_sequential_use_from_another_thread_works(bundled_db: Path) -> None:
    c = kzcorpus.open(bundled_db)
    out: list[int] = []
    t = threading.Thread(target=lambda: out.append(c.counts()["documents"]))
    t.start()
    t.join()
    assert out == [5]


def test_concurrent_use_raises_concurrency_error(bundled_db: Path) -> None:
    c = kzcorpus.open(bundled_db)
    started = threading.Event()
    outcome: list[object] = []
    t = threading.Thread(target=run_slow_query, args=(c, started, outcome))
    t.start()
    started.wait()
    errors: list[kzcorpus.ConcurrencyError] = []
    while t.is_alive() and not errors:
        try:
            c.counts()
        except kzcorpus.ConcurrencyError as e:
            errors.append(e)
        time.sleep(0.002)
    t.join()
    assert outcome == [ROWS]
    assert errors, "the slow query finished before a concurrent call could be made"
    assert "one thread at a time" in str(errors[0])
    assert isinstance(errors[0], RuntimeError)
    assert c.counts()["documents"] == 5  # usable again afterwards


def test_closing_while_busy_is_refused(bundled_db: Path) -> None:
    for _attempt in range(5):
        c = kzcorpus.open(bundled_db)
        started = threading.Event()
        outcome: list[object] = []
        t = threading.Thread(target=run_slow_query, args=(c, started, outcome))
        t.start()
        started.wait()
        time.sleep(0.02)
        try:
            c.close()
            refused = False
        except kzcorpus.ConcurrencyError:
            refused = True
        t.join()
        if refused:
            assert outcome == [ROWS]
            assert not c.closed
            return
    pytest.fail("close() never overlapped the running query")
