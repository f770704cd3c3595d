"""Corpus.to_parquet() and `kzcorpus export --format parquet`: typed files that pyarrow
and DuckDB read back with the schema's types."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import kzcorpus

ROOT = Path(__file__).resolve().parents[2]

#: (file, column) -> the pyarrow type and the DuckDB type it must have.
EXPECTED = [
    ("articles", "id", pa.int64(), "BIGINT"),
    ("articles", "published", pa.date32(), "DATE"),
    ("articles", "headline", pa.string(), "VARCHAR"),
    ("quotes", "speaker_id", pa.int64(), "BIGINT"),
    ("quotes", "confidence", pa.float64(), "DOUBLE"),
    ("quotes", "malformed", pa.int64(), "BIGINT"),
    ("events", "date", pa.date32(), "DATE"),
    ("claims", "value", pa.int64(), "BIGINT"),
    ("quote_view", "published", pa.date32(), "DATE"),
    ("timeline", "date", pa.date32(), "DATE"),
    ("documents", "ingested_at", pa.string(), "VARCHAR"),
]


@pytest.fixture(scope="module")
def exported(bundled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet")
    with kzcorpus.open(bundled_db) as c:
        written = c.to_parquet(out)
        assert written["articles"] == c.counts()["articles"]
    return out


@pytest.mark.parametrize(("table", "column", "arrow_type", "duck_type"), EXPECTED)
def test_pyarrow_and_duckdb_read_the_schema_types(
    exported: Path, table: str, column: str, arrow_type: pa.DataType, duck_type: str
) -> None:
    path = exported / f"{table}.parquet"
    assert pq.read_schema(path).field(column).type == arrow_type
    rows = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
    assert dict((r[0], r[1]) for r in rows)[column] == duck_type


def test_values_and_nulls_survive(exported: Path, bundled_db: Path) -> None:
    with kzcorpus.open(bundled_db) as c:
        articles = c.sql("SELECT id, published, headline FROM articles ORDER BY id")
        null_dates = int(c.sql("SELECT count(*) AS n FROM events WHERE date IS NULL")["n"][0])
        quotes = int(c.sql("SELECT count(*) AS n FROM quotes WHERE speaker_id IS NULL")["n"][0])
    table = pq.read_table(exported / "articles.parquet").sort_by("id")
    assert table.column("id").to_pylist() == [int(i) for i in articles["id"]]
    assert table.column("published").to_pylist() == [None if pd_isna(d) else d.date() for d in articles["published"]]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{exported / 'events.parquet'}') WHERE date IS NULL").fetchall() == [(null_dates,)]
    assert pq.read_table(exported / "quotes.parquet").column("speaker_id").null_count == quotes
    # DuckDB can join the files like the database's own tables.
    joined = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{exported / 'quotes.parquet'}') q "
        f"JOIN read_parquet('{exported / 'articles.parquet'}') a ON a.id = q.article_id"
    ).fetchall()
    assert joined == [(pq.read_metadata(exported / "quotes.parquet").num_rows,)]


def pd_isna(value: object) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_to_parquet_one_table_and_unknown_names(bundled_db: Path, tmp_path: Path) -> None:
    with kzcorpus.open(bundled_db) as c:
        assert list(c.to_parquet(tmp_path, tables=["claims"])) == ["claims"]
        with pytest.raises(kzcorpus.InvalidArgumentError, match="no table or view named 'sqlite_master'"):
            c.to_parquet(tmp_path, tables=["sqlite_master"])
    assert [p.name for p in tmp_path.iterdir()] == ["claims.parquet"]


def test_cli_export_writes_the_same_tables(exported: Path, bundled_db: Path, tmp_path: Path) -> None:
    """`kzcorpus export --format parquet` (the Rust writer) and to_parquet agree."""
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    subprocess.run(["cargo", "build", "--quiet", "-p", "kzcorpus-cli"], cwd=ROOT, check=True)
    out = tmp_path / "cli"
    subprocess.run(
        [target / "debug" / "kzcorpus", "export", "--db", bundled_db, "--format", "parquet", "--out", out],
        check=True,
        capture_output=True,
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in exported.iterdir())
    for path in exported.iterdir():
        ours, theirs = pq.read_table(path), pq.read_table(out / path.name)
        assert theirs.schema.equals(ours.schema), path.name
        assert theirs.equals(ours), path.name
