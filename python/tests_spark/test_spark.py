"""kzcorpus.spark on a local Spark (local[2]) + `kzcorpus import-parquet` equal a
single-machine build of the same documents, row for row and id for id.

Run by ./scripts/test-spark (PySpark and Java 17+ are too heavy for ./scripts/test).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
import pytest
from pyspark.sql import SparkSession

import kzcorpus
from kzcorpus.spark import CLAIM_SCHEMA, DOCUMENT_SCHEMA, EVENT_SCHEMA, QUOTE_SCHEMA, extract_documents, write_parquet

ROOT = Path(__file__).resolve().parents[2]

# Columns that record when a row was written, not what was extracted.
VOLATILE = {("documents", "ingested_at"), ("build_info", "value")}

# Written for this test: the same speaker in two documents, which land in different partitions.
EXTRA = {
    "zz_port.txt": 'Lake Port Reopens\n\nJanuary 14, 2022\n\n"The boats will sail again," said Mayor Daniyar Akhmetov on Friday.\n',
    "zz_port2.txt": "Ships Return\n\nJanuary 15, 2022\n\nAkhmetov said 30 ships had arrived and 4 people were detained.\n",
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    for path in sorted((ROOT / "corpus").iterdir()):
        if path.is_file() and not path.name.startswith("."):
            shutil.copy(path, folder / path.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = (
        SparkSession.builder.master("local[2]")
        .appName("kzcorpus-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def cli() -> Path:
    subprocess.run(["cargo", "build", "--quiet", "-p", "kzcorpus-cli"], cwd=ROOT, check=True)
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug" / "kzcorpus"


def dump(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
            )
        ]
        out = {}
        for name in names:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")') if (name, r[1]) not in VOLATILE]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = con.execute(f'SELECT {select} FROM "{name}" ORDER BY rowid').fetchall()
        out["articles_fts"] = con.execute("SELECT rowid, headline FROM articles_fts WHERE articles_fts MATCH 'Kazakhstan' ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def test_spark_extraction_imports_to_the_single_machine_database(docs: Path, spark: SparkSession, tmp_path: Path) -> None:
    started = time.perf_counter()
    single = tmp_path / "single.db"
    summary = kzcorpus.build(docs, single, progress=False)
    single_seconds = time.perf_counter() - started
    assert summary.ok and summary.added == len(list(docs.iterdir()))

    started = time.perf_counter()
    frame = spark.read.format("binaryFile").load(str(docs)).repartition(3)
    extraction = extract_documents(frame)
    out = tmp_path / "spark-out"
    write_parquet(extraction, str(out))
    spark_seconds = time.perf_counter() - started
    started = time.perf_counter()
    imported = tmp_path / "spark.db"
    subprocess.run([cli(), "import-parquet", out, "--db", imported], check=True, capture_output=True)
    import_seconds = time.perf_counter() - started
    print(f"\nsingle-machine build: {single_seconds:.2f}s; spark extract+write: {spark_seconds:.2f}s; import-parquet: {import_seconds:.2f}s")

    ours, theirs = dump(single), dump(imported)
    assert ours.keys() == theirs.keys()
    for table in ours:
        assert theirs[table] == ours[table], table
    assert len(ours["speakers"]) > 0 and len(ours["quotes"]) > 0

    # The flat frames have the declared schemas and the database's row counts.
    for name, schema, table in [("quotes", QUOTE_SCHEMA, "quotes"), ("events", EVENT_SCHEMA, "events"), ("claims", CLAIM_SCHEMA, "claims")]:
        got = pq.read_table(out / name)
        assert got.schema.names == schema.fieldNames()
        assert got.num_rows == len(ours[table]), name
    assert pq.read_table(out / "documents").schema.names == DOCUMENT_SCHEMA.fieldNames()


def test_undecodable_documents_carry_an_error(spark: SparkSession) -> None:
    frame = spark.createDataFrame([("bad.txt", bytearray(b"\xff\xfe\x00\x00binary\x00")), ("ok.txt", bytearray(b"Talks\n\nThe talks began."))], ["path", "content"])
    rows = {r["path"]: r for r in extract_documents(frame).documents.collect()}
    assert rows["bad.txt"]["extraction"] is None and rows["bad.txt"]["error"]
    assert rows["ok.txt"]["error"] is None and rows["ok.txt"]["articles"] == 1
