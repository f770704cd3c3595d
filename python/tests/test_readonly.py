"""Read-only protection: a write through sql() fails and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kzcorpus

WRITES = [
    "DELETE FROM quotes",
    "UPDATE articles SET headline = 'changed'",
    "INSERT INTO build_info(key, value) VALUES ('note', 'x')",
    "DROP TABLE claims",
    "CREATE TABLE scratch (x)",
    "PRAGMA user_version = 99",
    "PRAGMA query_only = 0",
]


def snapshot(c: kzcorpus.Corpus) -> tuple:
    return (
        c.counts(),
        tuple(c.articles()["headline"].fillna("")),
        c.build_info().get("note"),
        int(c.sql("SELECT count(*) AS n FROM sqlite_master")["n"][0]),
        int(c.sql("PRAGMA user_version")["user_version"][0]),
    )


@pytest.mark.parametrize("statement", WRITES)
def test_write_on_read_only_file_fails_and_changes_nothing(bundled_db: Path, tmp_path: Path, statement: str) -> None:
    db = tmp_path / "kz.db"
    shutil.copy(bundled_db, db)
    before = db.read_bytes()
    with kzcorpus.open(db) as c:
        expected = snapshot(c)
        with pytest.raises(kzcorpus.ReadOnlyError, match="read-only") as info:
            c.sql(statement)
        assert isinstance(info.value, kzcorpus.QueryError)
        assert snapshot(c) == expected
    assert db.read_bytes() == before


@pytest.mark.parametrize("statement", WRITES)
def test_write_on_read_only_bundled_corpus_fails(statement: str) -> None:
    with kzcorpus.open() as c:
        expected = snapshot(c)
        with pytest.raises(kzcorpus.ReadOnlyError):
            c.sql(statement)
        assert snapshot(c) == expected


def test_read_write_corpus_accepts_writes(bundled_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "kz.db"
    shutil.copy(bundled_db, db)
    with kzcorpus.open(db, readonly=False) as c:
        c.sql("INSERT INTO build_info(key, value) VALUES (?, ?)", ["note", "checked"])
    with kzcorpus.open(db) as c:
        assert c.build_info()["note"] == "checked"


def test_read_write_bundled_corpus_is_in_memory_only() -> None:
    with kzcorpus.open(readonly=False) as c:
        c.sql("DELETE FROM claims")
        assert c.counts()["claims"] == 0
    assert kzcorpus.open().counts()["documents"] == 5
