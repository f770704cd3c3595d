"""A corpus serves one thread at a time, with a clear error otherwise."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import kzcorpus

SLOW = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 20000000) SELECT count(*) AS n FROM r"


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
    result: list[object] = []

    def slow() -> None:
        started.set()
        result.append(int(c.sql(SLOW)["n"][0]))

    t = threading.Thread(target=slow)
    t.start()
    started.wait()
    errors: list[kzcorpus.ConcurrencyError] = []
    while t.is_alive() and not errors:
        try:
            c.counts()
        except kzcorpus.ConcurrencyError as e:
            errors.append(e)
    t.join()
    assert result == [20000000]
    assert errors, "the slow query finished before a concurrent call could be made"
    assert "one thread at a time" in str(errors[0])
    assert isinstance(errors[0], RuntimeError)
    assert c.counts()["documents"] == 5  # usable again afterwards


def test_closing_while_busy_is_refused(bundled_db: Path) -> None:
    for _attempt in range(5):
        c = kzcorpus.open(bundled_db)
        started = threading.Event()
        outcome: list[object] = []

        def slow() -> None:
            started.set()
            try:
                outcome.append(c.sql(SLOW))
            except kzcorpus.ClosedError as e:  # close() won the race this time
                outcome.append(e)

        t = threading.Thread(target=slow)
        t.start()
        started.wait()
        try:
            c.close()
            refused = False
        except kzcorpus.ConcurrencyError:
            refused = True
        t.join()
        if refused:
            assert not c.closed
            return
    pytest.fail("close() never overlapped the running query")
