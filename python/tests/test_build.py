"""kzcorpus.build(): ingesting files and folders, progress, the summary and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

import kzcorpus

from conftest import DOC_A


def test_build_folder_then_query(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    seen: list[tuple[int, int, str, int]] = []
    summary = kzcorpus.build(docs, db, progress=lambda *a: seen.append(a))
    assert isinstance(summary, kzcorpus.BuildSummary)
    assert (summary.documents, summary.added, summary.unchanged, summary.failed) == (2, 2, 0, [])
    assert summary.ok and summary.articles >= 2 and summary.bytes > 0 and summary.seconds >= 0
    assert summary.db == db
    assert [s[:2] for s in seen] == [(1, 2), (2, 2)]
    assert {Path(s[2]).name for s in seen} == {"a.txt", "b.txt"}
    with kzcorpus.open(db) as c:
        docs_df = c.sql("SELECT path FROM documents ORDER BY path")
        assert [Path(p).name for p in docs_df["path"]] == ["a.txt", "b.txt"]
        assert c.search("quotas")["kind"].eq("article").any()


def test_build_is_idempotent(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    kzcorpus.build([docs / "a.txt", docs / "more"], db, progress=False)
    with kzcorpus.open(db) as c:
        first = c.counts()
    again = kzcorpus.build([str(docs)], db, progress=False)
    assert (again.added, again.unchanged) == (0, 2)
    with kzcorpus.open(db) as c:
        assert c.counts() == first


def test_build_draws_a_progress_bar(docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kzcorpus.build(docs, tmp_path / "mine.db")
    err = capsys.readouterr().err
    assert "kzcorpus build" in err and "2/2" in err


def test_summary_str_lists_failures(docs: Path, tmp_path: Path) -> None:
    (docs / "empty.txt").write_text("   \n")
    summary = kzcorpus.build(docs, tmp_path / "mine.db", progress=False)
    text = str(summary)
    assert "3 documents (2 added, 0 unchanged, 1 failed)" in text
    assert "failed: " in text and "empty.txt" in text


def test_bad_utf8_is_reported_with_path_and_offset(docs: Path, tmp_path: Path) -> None:
    bad = docs / "bad.txt"
    bad.write_bytes(DOC_A.encode()[:30] + b"\xff\xfe broken" + DOC_A.encode()[30:])
    db = tmp_path / "mine.db"
    summary = kzcorpus.build(docs, db, progress=False)
    assert (summary.added, len(summary.failed)) == (2, 1)
    err = summary.failed[0]
    assert isinstance(err, kzcorpus.InputError) and isinstance(err, ValueError)
    assert err.path == str(bad) and err.offset == 30
    assert "invalid UTF-8 at byte 30" in str(err)
    with kzcorpus.open(db) as c:
        assert "bad.txt" not in " ".join(c.sql("SELECT path FROM documents")["path"])


def test_strict_build_raises_input_error_and_writes_nothing_of_it(docs: Path, tmp_path: Path) -> None:
    bad = docs / "zzz_binary.txt"
    bad.write_bytes(b"text\x00more")
    db = tmp_path / "mine.db"
    with pytest.raises(kzcorpus.InputError, match="binary file") as info:
        kzcorpus.build(docs, db, progress=False, strict=True)
    assert info.value.path == str(bad) and info.value.offset == 4
    with kzcorpus.open(db) as c:
        assert "zzz_binary" not in " ".join(c.sql("SELECT path FROM documents")["path"])


def test_lossy_build_accepts_bad_utf8(tmp_path: Path) -> None:
    src = tmp_path / "bad.txt"
    src.write_bytes(DOC_A.encode().replace(b"Grain", b"Gr\xffin"))
    summary = kzcorpus.build(src, tmp_path / "mine.db", progress=False, lossy=True)
    assert summary.ok and summary.added == 1


def test_max_bytes_refuses_large_documents(docs: Path, tmp_path: Path) -> None:
    summary = kzcorpus.build(docs, tmp_path / "mine.db", progress=False, max_bytes=10)
    assert summary.added == 0 and len(summary.failed) == 2
    assert all(isinstance(e, kzcorpus.InputError) for e in summary.failed)


def test_missing_source_raises_file_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(kzcorpus.FileError) as info:
        kzcorpus.build([missing], tmp_path / "mine.db", progress=False)
    assert info.value.path == str(missing)


def test_build_into_newer_database_raises_schema_error(tmp_path: Path, docs: Path) -> None:
    import sqlite3

    db = tmp_path / "mine.db"
    kzcorpus.build(docs, db, progress=False)
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA user_version = 999")
    with pytest.raises(kzcorpus.SchemaError, match="upgrade kzcorpus"):
        kzcorpus.build(docs, db, progress=False)


def test_bundled_build(tmp_path: Path) -> None:
    summary = kzcorpus.build(None, tmp_path / "kz.db", progress=False)
    assert (summary.documents, summary.added) == (5, 5)


def test_progress_callback_error_propagates(docs: Path, tmp_path: Path) -> None:
    def boom(*_: object) -> None:
        raise KeyError("stop")

    with pytest.raises(KeyError, match="stop"):
        kzcorpus.build(docs, tmp_path / "mine.db", progress=boom)


@pytest.mark.parametrize(
    "kwargs, message",
    [({"progress": "yes"}, "progress must be"), ({"max_bytes": -1}, "max_bytes must be")],
)
def test_build_rejects_bad_options(docs: Path, tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(kzcorpus.InvalidArgumentError, match=message):
        kzcorpus.build(docs, tmp_path / "mine.db", **kwargs)
