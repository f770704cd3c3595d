"""Running kzcorpus's extraction on Spark, for corpora beyond one machine.

Extraction is pure (no database), so it runs in Spark's Python workers; only the final
load into SQLite is single-threaded. The flow:

1. read raw files as a DataFrame with ``path`` and ``content`` (bytes) columns, e.g.
   ``spark.read.format("binaryFile").load("docs/")``;
2. :func:`extract_documents` decodes and extracts every document on the executors
   (``mapInPandas``) and returns DataFrames of ``documents``, ``quotes``, ``events`` and
   ``claims`` with the declared schemas below;
3. :func:`write_parquet` writes them as Parquet folders ``DIR/<name>/``;
4. ``kzcorpus import-parquet DIR --db kz.db`` replays every document's extraction through
   the same store write path as ``kzcorpus build``, in path order, so speakers are
   resolved across partitions exactly as a single-machine build resolves them and the
   database is identical row for row.

The ``documents`` frame carries each document's full extraction as JSON (what the import
replays); ``quotes``, ``events`` and ``claims`` are flat tables for analysis in Spark
itself. Needs ``pyspark`` and ``pyarrow`` (``pip install 'kzcorpus[spark]'``) and Java 17+.

>>> from kzcorpus.spark import QUOTE_SCHEMA
>>> QUOTE_SCHEMA.fieldNames()[:4]
['path', 'article', 'text', 'speaker']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import unquote, urlparse

import pandas as pd
from pyspark.sql import DataFrame
from pyspark.sql.types import (
    BooleanType,
    DateType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from . import _native
from ._errors import KzcorpusError

__all__ = [
    "DOCUMENT_SCHEMA",
    "QUOTE_SCHEMA",
    "EVENT_SCHEMA",
    "CLAIM_SCHEMA",
    "Extraction",
    "extract_documents",
    "write_parquet",
]

#: One row per input document: its identity and its whole extraction (JSON, as
#: :func:`kzcorpus.extract` returns it), or the error that made it fail.
DOCUMENT_SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("sha256", StringType(), True),
        StructField("bytes", LongType(), True),
        StructField("format", StringType(), True),
        StructField("articles", IntegerType(), True),
        StructField("extraction", StringType(), True),
        StructField("error", StringType(), True),
    ]
)

#: One row per quote; ``article`` is the article's ordinal in its document, ``speaker``
#: the speaker's name as resolved within the article (None when unattributed).
QUOTE_SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("article", IntegerType(), False),
        StructField("text", StringType(), False),
        StructField("speaker", StringType(), True),
        StructField("speaker_text", StringType(), True),
        StructField("cue", StringType(), True),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("malformed", BooleanType(), False),
        StructField("confidence", DoubleType(), False),
        StructField("zone", StringType(), False),
    ]
)

#: One row per dated event.
EVENT_SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("article", IntegerType(), False),
        StructField("date", DateType(), True),
        StructField("date_precision", StringType(), False),
        StructField("type", StringType(), False),
        StructField("location", StringType(), True),
        StructField("evidence", StringType(), False),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
    ]
)

#: One row per numeric claim.
CLAIM_SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("article", IntegerType(), False),
        StructField("what", StringType(), False),
        StructField("value", LongType(), False),
        StructField("value_max", LongType(), True),
        StructField("qualifier", StringType(), True),
        StructField("subject", StringType(), False),
        StructField("attributed_to", StringType(), True),
        StructField("evidence", StringType(), False),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("zone", StringType(), False),
    ]
)


@dataclass(frozen=True)
class Extraction:
    """The DataFrames :func:`extract_documents` returns."""

    documents: DataFrame
    quotes: DataFrame
    events: DataFrame
    claims: DataFrame


def _local_path(path: str) -> str:
    """``file:/x/a.txt`` (Spark's file URIs) → ``/x/a.txt``; other names unchanged."""
    if path.startswith("file:"):
        return unquote(urlparse(path).path)
    return path


def _extract_one(path: str, content: bytes, published: str | None) -> dict[str, Any]:
    path = _local_path(path)
    try:
        doc = json.loads(_native.extract_document_json(path, bytes(content), published))
    except KzcorpusError as e:
        return {"path": path, "error": str(e)}
    extraction = doc.pop("extraction")
    return {
        **doc,
        "path": path,
        "articles": len(extraction["articles"]),
        "extraction": json.dumps(extraction, ensure_ascii=False, separators=(",", ":")),
        "error": None,
    }


def _documents(published: str | None):  # type: ignore[no-untyped-def]
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            published_col = batch["published"] if "published" in batch else [published] * len(batch)
            rows = [
                _extract_one(p, c, None if pd.isna(d) else str(d)[:10])
                for p, c, d in zip(batch["path"], batch["content"], published_col)
            ]
            # Object columns of Python ints and None: a failed document has no size or
            # article count, and Spark's Arrow conversion takes these as nullable integers.
            yield pd.DataFrame(rows, columns=DOCUMENT_SCHEMA.fieldNames(), dtype=object)

    return run


def _rows(kind: str, batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    schema = {"quotes": QUOTE_SCHEMA, "events": EVENT_SCHEMA, "claims": CLAIM_SCHEMA}[kind]
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for path, extraction in zip(batch["path"], batch["extraction"]):
            if extraction is None:
                continue
            for a in json.loads(extraction)["articles"]:
                names = [s["name"] for s in a["speakers"]["speakers"]]
                ordinal = a["article"]["ordinal"]
                for r in a[kind]:
                    row = {"path": path, "article": ordinal, **r}
                    if kind == "quotes":
                        row["speaker"] = None if r["speaker"] is None else names[r["speaker"]]
                    elif kind == "events":
                        row["type"] = r["kind"]
                        row["date"] = None if r["date"] is None else pd.Timestamp(r["date"]).date()
                    rows.append(row)
        frame = pd.DataFrame(rows, columns=schema.fieldNames())
        if kind == "claims":
            frame = frame.astype({"value_max": "Int64"})
        yield frame


def extract_documents(df: DataFrame, *, published: str | None = None) -> Extraction:
    """Extracts every document of a Spark DataFrame on the executors.

    Args:
        df: Documents with a ``path`` (string) and a ``content`` (binary: the raw file
            bytes) column, and optionally ``published`` (a date or ``YYYY-MM-DD``; the
            publication date used when a page states none) — exactly what
            ``spark.read.format("binaryFile").load(folder)`` gives.
        published: The publication date for every document without its own
            ``published`` column.

    Returns:
        An :class:`Extraction` of DataFrames with :data:`DOCUMENT_SCHEMA`,
        :data:`QUOTE_SCHEMA`, :data:`EVENT_SCHEMA` and :data:`CLAIM_SCHEMA`. A document
        that cannot be decoded has ``error`` set and no extraction.
    """
    cols = ["path", "content"] + (["published"] if "published" in df.columns else [])
    documents = df.select(*cols).mapInPandas(_documents(published), DOCUMENT_SCHEMA)
    source = documents.select("path", "extraction")
    return Extraction(
        documents=documents,
        quotes=source.mapInPandas(lambda b: _rows("quotes", b), QUOTE_SCHEMA),
        events=source.mapInPandas(lambda b: _rows("events", b), EVENT_SCHEMA),
        claims=source.mapInPandas(lambda b: _rows("claims", b), CLAIM_SCHEMA),
    )


def write_parquet(extraction: Extraction, directory: str, *, mode: str = "overwrite") -> None:
    """Writes the frames of ``extraction`` as Parquet folders ``directory/<name>/``;
    ``kzcorpus import-parquet directory --db kz.db`` loads them into SQLite."""
    for name in ("documents", "quotes", "events", "claims"):
        getattr(extraction, name).write.mode(mode).parquet(f"{directory.rstrip('/')}/{name}")
