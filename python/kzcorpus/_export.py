"""Writing a corpus's tables and views as typed Parquet files (``Corpus.to_parquet``).

The files match ``kzcorpus export --format parquet``: one ``<name>.parquet`` per table or
view, snappy-compressed, with the column types of the schema — ids, offsets and counts
``int64``, ``confidence`` ``double``, ``published``/``date`` ``date32`` (a month
``YYYY-MM`` is stored as its first day; ``date_precision`` says which), everything else
``string`` — and SQL NULLs as nulls. Needs ``pyarrow`` (``pip install kzcorpus[parquet]``).
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Sequence, Union

import numpy as np

from ._errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from . import Corpus

PathLike = Union[str, "os.PathLike[str]"]

#: Columns holding ISO dates in every table and view of the schema.
DATE_COLUMNS = frozenset({"published", "date"})

_RELATIONS = """SELECT name FROM sqlite_master
WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
  AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
ORDER BY type, name"""


def column_type(name: str, declared: str) -> str:
    """The export type of a column from its name and declared SQLite type: ``"int"``,
    ``"real"``, ``"date"`` or ``"text"`` (SQLite's affinity rules, as the Rust exporter).

    >>> column_type("id", "INTEGER"), column_type("published", "TEXT"), column_type("cue", "TEXT")
    ('int', 'date', 'text')
    """
    declared = declared.upper()
    if "INT" in declared:
        return "int"
    if "REAL" in declared or "FLOA" in declared or "DOUB" in declared:
        return "real"
    if name in DATE_COLUMNS or declared == "DATE":
        return "date"
    return "text"


def _date(value: str) -> _dt.date:
    value = value.strip()
    if len(value) == 7:  # YYYY-MM: a month-precision date
        value += "-01"
    return _dt.date.fromisoformat(value)


def _arrow_column(pa, kind: str, want: str, data, mask):  # type: ignore[no-untyped-def]
    if kind in ("int", "real"):
        values = np.frombuffer(data, dtype=np.int64 if kind == "int" else np.float64)
        missing = None if mask is None else np.frombuffer(mask, dtype=np.bool_)
        arr = pa.array(values, mask=missing)
        if want == "int":
            return arr.cast(pa.int64())
        if want == "real":
            return arr.cast(pa.float64())
        return pa.array([None if (missing is not None and missing[i]) else str(v) for i, v in enumerate(values.tolist())], pa.string())
    if kind != "text":
        raise TypeError(f"unexpected column kind {kind!r}")
    if want == "int":
        return pa.array([None if v is None else int(v) for v in data], pa.int64())
    if want == "real":
        return pa.array([None if v is None else float(v) for v in data], pa.float64())
    if want == "date":
        return pa.array([None if v is None else _date(v) for v in data], pa.date32())
    return pa.array(data, pa.string())


def to_parquet(corpus: "Corpus", directory: PathLike, *, tables: Sequence[str] | None = None) -> dict[str, int]:
    """Writes tables and views of ``corpus`` to ``directory/<name>.parquet``; see
    :meth:`kzcorpus.Corpus.to_parquet`."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("Corpus.to_parquet needs pyarrow: pip install 'kzcorpus[parquet]'") from e
    native = corpus._native
    known = [row[0] for row in zip(*[c[2] for c in native.sql(_RELATIONS)])]
    if tables is None:
        names = known
    else:
        if isinstance(tables, str):
            tables = [tables]
        names = list(tables)
        for name in names:
            if name not in known:
                raise InvalidArgumentError(f"invalid argument: no table or view named {name!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name in names:
        info = native.sql("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", [name])
        columns = list(info[0][2])  # type: ignore[arg-type]
        declared = [t or "" for t in info[1][2]]  # type: ignore[union-attr]
        # Aliases keep the native layer from turning date-named text into datetimes.
        select = ", ".join(f'"{c}" AS "c{i}"' for i, c in enumerate(columns))
        raw = native.sql(f'SELECT {select} FROM "{name}"')
        arrays = []
        for col, decl, (_, kind, data, mask) in zip(columns, declared, raw):
            want = column_type(col, decl)
            if want == "text" and kind in ("int", "real"):
                want = kind  # an expression column in a view: keep what SQLite returned
            arrays.append(_arrow_column(pa, kind, want, data, mask))
        table = pa.Table.from_arrays(arrays, names=columns)
        pq.write_table(table, out / f"{name}.parquet", compression="snappy")
        written[name] = table.num_rows
    return written


def write_datasette_metadata(db: PathLike) -> Path:
    """Writes Datasette's ``metadata.json`` beside the database ``db`` (as
    ``kzcorpus build --datasette`` does) and returns its path.

    Serve the database with ``datasette DB -m metadata.json``: it adds a title, the
    source and licence notes, column descriptions and full-text search on articles and
    quotes.

    >>> import kzcorpus, json, tempfile, pathlib
    >>> path = kzcorpus.write_datasette_metadata(pathlib.Path(tempfile.mkdtemp()) / "news.db")
    >>> json.loads(path.read_text())["databases"]["news"]["tables"]["articles"]["fts_table"]
    'articles_fts'
    """
    from . import _native

    db = Path(db)
    path = db.with_name("metadata.json")
    path.write_text(_native.datasette_metadata(db.stem), encoding="utf-8")
    return path
