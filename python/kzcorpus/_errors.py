"""The exceptions of kzcorpus.

Every error from the Rust library arrives as one of these classes (never as a panic).
All derive from :class:`KzcorpusError` (also available as ``kzcorpus.Error``); where a
built-in fits, they derive from it too, so ``except ValueError`` or ``except OSError``
keeps working. Details are attributes, not only text in the message:

* ``path``: the file the error is about, or ``None``;
* ``offset``: the byte offset in that file, or ``None``.

>>> import kzcorpus
>>> try:
...     kzcorpus.open("no/such/file.db")
... except kzcorpus.FileError as e:
...     print(e.path)
no/such/file.db
"""

from __future__ import annotations

__all__ = [
    "KzcorpusError",
    "Error",
    "InputError",
    "SchemaError",
    "QueryError",
    "ReadOnlyError",
    "DatabaseError",
    "FileError",
    "InvalidArgumentError",
    "ClosedError",
    "ConcurrencyError",
]


class KzcorpusError(Exception):
    """Base class of every kzcorpus error.

    Attributes:
        path: The file the error is about, or ``None``.
        offset: The byte offset in ``path`` the error is about, or ``None``.
    """

    path: str | None = None
    offset: int | None = None


#: Short alias of :class:`KzcorpusError`.
Error = KzcorpusError


class InputError(KzcorpusError, ValueError):
    """A source document could not be ingested: invalid UTF-8, binary, empty or too large.

    ``path`` names the file; ``offset`` is the byte offset of the first bad byte when
    there is one. Retry with ``lossy=True`` to replace invalid UTF-8.
    """


class SchemaError(KzcorpusError):
    """The database was made by a newer kzcorpus, or is not a kzcorpus database at all."""


class QueryError(KzcorpusError):
    """SQLite rejected or failed a query (syntax error, unknown table or column ...)."""


class ReadOnlyError(QueryError):
    """A write was attempted on a corpus opened read-only; nothing was changed.

    Open the database with ``kzcorpus.open(path, readonly=False)`` to write to it.
    """


class DatabaseError(KzcorpusError):
    """SQLite itself failed (database locked, corrupt file, disk full)."""


class FileError(KzcorpusError, OSError):
    """A file or folder could not be read or written (for example, it does not exist)."""


class InvalidArgumentError(KzcorpusError, ValueError):
    """An argument is not valid (a malformed date, an unsupported parameter type ...)."""


class ClosedError(KzcorpusError, ValueError):
    """The corpus was closed; open it again to query it."""


class ConcurrencyError(KzcorpusError, RuntimeError):
    """The corpus is busy in another thread. A corpus serves one thread at a time;
    open one corpus per thread instead."""
