"""Column tuples from ``kzcorpus._native`` → :class:`pandas.DataFrame`.

The Rust side hands over whole columns (see ``crates/kzcorpus-py/src/frames.rs``):
integer and real columns as raw ``int64``/``float64`` buffers plus a missing-value mask,
dates as ``int64`` nanoseconds, text as a list of ``str``/``None``. Here each column
becomes one pandas extension array without any per-row Python loop:

* integers → nullable ``Int64`` (``malformed`` → nullable ``boolean``);
* reals → nullable ``Float64``;
* dates (``published``, ``date``, ``*_at``) → ``datetime64[ns]`` with ``NaT``;
* text → ``string`` with ``<NA>``.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

#: Integer columns holding 0/1 flags, returned as nullable booleans.
BOOLEAN_COLUMNS = frozenset({"malformed"})

Column = tuple[str, str, object, object]


def _mask(mask: bytearray | None, n: int) -> np.ndarray:
    if mask is None:
        return np.zeros(n, dtype=np.bool_)
    return np.frombuffer(mask, dtype=np.bool_)


def column_array(name: str, kind: str, data: object, mask: object):
    """One column tuple as a pandas array (see the module docstring)."""
    if kind == "int":
        values = np.frombuffer(data, dtype=np.int64)  # type: ignore[call-overload]
        missing = _mask(mask, len(values))  # type: ignore[arg-type]
        if name in BOOLEAN_COLUMNS:
            return pd.arrays.BooleanArray(values != 0, missing)
        return pd.arrays.IntegerArray(values, missing)
    if kind == "real":
        values = np.frombuffer(data, dtype=np.float64)  # type: ignore[call-overload]
        return pd.arrays.FloatingArray(values, _mask(mask, len(values)))  # type: ignore[arg-type]
    if kind == "datetime":
        return np.frombuffer(data, dtype=np.int64).view("datetime64[ns]")  # type: ignore[call-overload]
    if kind == "text":
        return pd.array(data, dtype="string")
    raise TypeError(f"unknown column kind {kind!r} for column {name!r}")


def _retyped(column: Column, kinds: Mapping[str, str]) -> Column:
    name, kind, data, mask = column
    want = kinds.get(name)
    if want is None or kind != "text" or any(v is not None for v in data):  # type: ignore[attr-defined]
        return column
    n = len(data)  # type: ignore[arg-type]
    zeros = bytearray(8 * n)
    return (name, want, zeros, bytearray(b"\x01" * n))


def to_frame(columns: Sequence[Column], kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Builds a DataFrame from the column tuples of a native query.

    Args:
        columns: The ``(name, kind, data, mask)`` tuples.
        kinds: The kind (``"int"``, ``"real"``) of computed columns (``count(*)``,
            ``bm25()``) whose type SQLite cannot tell when they hold no value at all, so
            that an empty result has the same dtypes as a full one.

    Duplicate column names (``SELECT a.id, q.id ...``) are kept as they are.

    >>> to_frame([("n", "text", [None], None)], {"n": "int"})["n"].dtype
    Int64Dtype()
    """
    kinds = kinds or {}
    names = [c[0] for c in columns]
    arrays = {i: column_array(*_retyped(c, kinds)) for i, c in enumerate(columns)}
    frame = pd.DataFrame(arrays, copy=False)
    frame.columns = pd.Index(names, dtype=object)
    return frame
