"""Type stubs of ``kzcorpus._native``, the Rust extension module (private; use ``kzcorpus``).

Query methods return a list of column tuples ``(name, kind, data, mask)`` that
``kzcorpus._frames.to_frame`` turns into a DataFrame:

* ``kind == "int"`` / ``"real"``: ``data`` is a ``bytearray`` of native-endian
  ``int64`` / ``float64`` values, ``mask`` a ``bytearray`` of ``uint8`` (1 = missing) or
  ``None`` when no value is missing;
* ``kind == "datetime"``: ``data`` is a ``bytearray`` of ``int64`` nanoseconds since the
  epoch (``-2**63`` = NaT), ``mask`` is ``None``;
* ``kind == "text"``: ``data`` is a ``list[str | None]``, ``mask`` is ``None``.

Errors are raised as the classes of ``kzcorpus._errors``.
"""

from typing import Callable, Literal, Sequence

Column = tuple[str, Literal["int", "real", "datetime", "text"], bytearray | list[str | None], bytearray | None]

__version__: str
EXTRACTOR_VERSION: str
SCHEMA_VERSION: int

class NativeCorpus:
    """An open kzcorpus database, used by one thread at a time."""

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called."""
    @property
    def path(self) -> str | None:
        """The database file, or None for the bundled in-memory corpus."""
    @property
    def readonly(self) -> bool:
        """Whether writes are refused."""
    def articles(self, outlet: str | None = None, since: str | None = None, until: str | None = None) -> list[Column]:
        """Articles, filtered by outlet (substring) and publication dates (inclusive)."""
    def quotes(
        self,
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Column]:
        """Quotes, filtered by speaker (any alias), outlet and publication dates."""
    def speakers(self) -> list[Column]:
        """Speakers with aliases, titles and counts."""
    def events(self, type: str | None = None, since: str | None = None, until: str | None = None) -> list[Column]:
        """Events, filtered by type and event dates."""
    def claims(self, what: str | None = None) -> list[Column]:
        """Numeric claims, optionally of one kind."""
    def timeline(self) -> list[Column]:
        """The timeline view."""
    def search(self, text: str, limit: int = 100) -> list[Column]:
        """Full-text search over articles and quotes."""
    def sql(self, query: str, params: Sequence[object] | None = None) -> list[Column]:
        """Any statement with positional bound parameters."""
    def counts(self) -> list[tuple[str, int]]:
        """Row counts of the main tables, as (table, count) pairs."""
    def build_info(self) -> dict[str, str]:
        """The ``build_info`` table as a dict."""
    def schema_version(self) -> int:
        """The schema version stored in the database."""
    def close(self) -> None:
        """Closes the database; later calls raise ``ClosedError``. Closing twice is allowed."""

def open(path: str | None = None, readonly: bool = True) -> NativeCorpus:
    """Opens the database at ``path`` (read-only unless ``readonly`` is false), or the
    bundled corpus when ``path`` is None."""

def build(
    paths: Sequence[str] | None,
    db: str,
    strict: bool = False,
    lossy: bool = False,
    max_bytes: int | None = None,
    progress: Callable[[int, int, str, int], object] | None = None,
) -> dict[str, object]:
    """Builds or updates the database ``db`` from files and folders (the bundled corpus
    when ``paths`` is None); ``progress(done, total, path, bytes)`` is called after each
    document. Returns a dict of counts; ``failed`` lists the exceptions of skipped
    documents."""

def extract_json(text: str, published: str | None = None) -> str:
    """Extracts the articles, speakers, quotes, events and claims of one document's
    ``text`` (no database) and returns them as a JSON object ``{"articles": [...]}``;
    ``published`` (YYYY-MM-DD) is used when the page states no date. Use
    ``kzcorpus.extract``, which returns plain dicts."""

def datasette_metadata(db_name: str) -> str:
    """Datasette's ``metadata.json`` (title, source, licence, column descriptions, FTS
    tables) for a database served as ``db_name``, as a JSON string."""

def extract_document_json(path: str, data: bytes, published: str | None = None) -> str:
    """Decodes a document's raw bytes as a build does and extracts it; returns a JSON
    object ``{"path", "sha256", "bytes", "format", "extraction"}`` (used by
    ``kzcorpus.spark``). Raises ``InputError`` for undecodable input."""
