"""kzcorpus: news on the January 2022 Kazakhstan unrest as pandas DataFrames.

kzcorpus turns raw English news documents into one SQLite database of articles, quotes,
speakers, events and numeric claims; every row points back to character offsets in the
stored article text, so ``body[start:end]`` returns the quoted span exactly.

>>> import kzcorpus
>>> with kzcorpus.open() as c:            # the bundled corpus, built in memory
...     quotes = c.quotes(speaker="Serdiukov")
>>> list(quotes.columns[:4])
['speaker', 'text', 'outlet', 'published']

Start with :func:`open` (query a corpus) or :func:`build` (ingest your own documents).
Errors are the exceptions of :class:`KzcorpusError`'s hierarchy.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, Union

import pandas as pd

from . import _native
from ._errors import (
    ClosedError,
    ConcurrencyError,
    DatabaseError,
    Error,
    FileError,
    InputError,
    InvalidArgumentError,
    KzcorpusError,
    QueryError,
    ReadOnlyError,
    SchemaError,
)
from ._export import write_datasette_metadata
from ._extract import extract
from ._frames import to_frame

__version__: str = _native.__version__

__all__ = [
    "__version__",
    "open",
    "build",
    "extract",
    "write_datasette_metadata",
    "Corpus",
    "BuildSummary",
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

#: What the date filters accept: ``"2022-01-10"``, a ``datetime.date``/``datetime`` or a
#: ``pandas.Timestamp``.
DateLike = Union[str, _dt.date, pd.Timestamp, None]
PathLike = Union[str, "os.PathLike[str]"]


def _date(name: str, value: DateLike) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.date, pd.Timestamp)):  # datetime and Timestamp are dates too
        return value.strftime("%Y-%m-%d")
    raise InvalidArgumentError(
        f"invalid argument: {name} must be a date or a 'YYYY-MM-DD' string, not {type(value).__name__}"
    )


def _text(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidArgumentError(f"invalid argument: {name} must be a string, not {type(value).__name__}")


#: The columns quotes() puts first, so that a printed frame shows who said what.
_QUOTE_LEAD = ["speaker", "text", "outlet", "published"]


class Corpus:
    """An open kzcorpus database. Get one from :func:`open`.

    Every query method returns a :class:`pandas.DataFrame` whose columns are the
    schema's, with real dtypes: ids and counts as nullable ``Int64``, dates as
    ``datetime64[ns]``, text as ``string``, missing values as ``<NA>``/``NaT``.
    Character offsets (``start``, ``end``) index into ``articles.body``.

    A corpus is a context manager; ``close()`` releases the database. It serves one
    thread at a time: a call from a second thread while one is running raises
    :class:`ConcurrencyError` (open one corpus per thread instead).

    >>> import kzcorpus
    >>> with kzcorpus.open() as c:
    ...     c.counts()["documents"]
    5
    """

    def __init__(self, native: _native.NativeCorpus) -> None:
        """Wraps a native corpus; use :func:`kzcorpus.open` instead."""
        self._native = native

    # -- life cycle -------------------------------------------------------------------

    def close(self) -> None:
        """Closes the database. Later queries raise :class:`ClosedError`; closing twice is fine.

        >>> import kzcorpus
        >>> c = kzcorpus.open()
        >>> c.close()
        >>> c.closed
        True
        """
        self._native.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._native.closed

    @property
    def path(self) -> str | None:
        """The database file, or ``None`` for the bundled in-memory corpus."""
        return self._native.path

    @property
    def readonly(self) -> bool:
        """Whether writes (through :meth:`sql`) are refused."""
        return self._native.readonly

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ----------------------------------------------------------------------

    def articles(self, *, outlet: str | None = None, since: DateLike = None, until: DateLike = None) -> pd.DataFrame:
        """Articles with their metadata and cleaned body text.

        Args:
            outlet: Only articles whose outlet contains this text (case-insensitive).
            since: Only articles published on or after this date.
            until: Only articles published on or before this date.

        Returns:
            One row per article: ``id``, ``document_id``, ``document`` (the source
            path), ``ordinal``, ``headline``, ``outlet``, ``published``, ``dateline``,
            ``authors`` (``"; "``-separated) and ``body``.

        Raises:
            InvalidArgumentError: A date is not ``YYYY-MM-DD``.
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> a = kzcorpus.open().articles()
        >>> str(a["published"].dtype), str(a["headline"].dtype)
        ('datetime64[ns]', 'string')
        """
        rows = self._native.articles(_text("outlet", outlet), _date("since", since), _date("until", until))
        return to_frame(rows)

    def quotes(
        self,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Quotations with their speakers, one row per quote.

        Args:
            speaker: A speaker's name in any spelling or transliteration the corpus
                knows (``"Serdiukov"`` finds Andrei Serdyukov), or a surname.
            outlet: Only quotes in articles whose outlet contains this text.
            since: Only quotes in articles published on or after this date.
            until: Only quotes in articles published on or before this date.
            limit: At most this many quotes, the first in article order (a page of a
                speaker quoted millions of times); ``None`` for all.

        Returns:
            One row per quote, the most read columns first: ``speaker`` (canonical
            name), ``text``, ``outlet``, ``published``, then ``id``, ``article_id``,
            ``speaker_id``, ``speaker_text`` (as written), ``cue``, ``headline``,
            ``start``, ``end``, ``malformed`` (boolean), ``confidence`` and ``zone``
            (``"body"``, or ``"headline"`` for a quotation printed in the headline:
            ``start``/``end`` then index the headline).

        Raises:
            InvalidArgumentError: A date is not ``YYYY-MM-DD``.
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> q = kzcorpus.open().quotes(speaker="Serdiukov")
        >>> str(q["speaker_id"].dtype), str(q["malformed"].dtype)
        ('Int64', 'boolean')
        """
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
            raise InvalidArgumentError(f"invalid argument: limit must be a non-negative integer, not {limit!r}")
        rows = self._native.quotes(
            _text("speaker", speaker), _text("outlet", outlet), _date("since", since), _date("until", until), limit
        )
        frame = to_frame(rows)
        return frame[_QUOTE_LEAD + [c for c in frame.columns if c not in _QUOTE_LEAD]]

    def speakers(self) -> pd.DataFrame:
        """Every speaker with aliases, titles and how often they are quoted and mentioned.

        Returns:
            ``id``, ``canonical``, ``kind`` (``person``/``organisation``), ``country``,
            ``aliases`` and ``titles`` (``"; "``-separated), ``quotes``, ``mentions``.

        Raises:
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> list(kzcorpus.open().speakers().columns)
        ['id', 'canonical', 'kind', 'country', 'aliases', 'titles', 'quotes', 'mentions']
        """
        return to_frame(self._native.speakers(), {"quotes": "int", "mentions": "int"})

    def events(self, *, type: str | None = None, since: DateLike = None, until: DateLike = None) -> pd.DataFrame:
        """Dated events (protests, deployments, talks ...), earliest first; undated last.

        Args:
            type: Only events of this type (e.g. ``"talks"``, ``"deployment"``).
            since: Only events on or after this date.
            until: Only events on or before this date.

        Returns:
            ``id``, ``article_id``, ``date``, ``date_precision``, ``type``,
            ``location``, ``participants``, ``outlet``, ``headline``, ``evidence``,
            ``start``, ``end``.

        Raises:
            InvalidArgumentError: A date is not ``YYYY-MM-DD``.
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> str(kzcorpus.open().events()["date"].dtype)
        'datetime64[ns]'
        """
        rows = self._native.events(_text("type", type), _date("since", since), _date("until", until))
        return to_frame(rows)

    def claims(self, *, what: str | None = None) -> pd.DataFrame:
        """Numeric claims (killed, injured, detained, troops ...), for comparing outlets.

        Args:
            what: Only claims counting this (e.g. ``"detained"``).

        Returns:
            ``id``, ``article_id``, ``what``, ``value``, ``value_max`` (upper bound of
            a range), ``qualifier``, ``subject``, ``attributed_to``, ``outlet``,
            ``published``, ``evidence``, ``start``, ``end``, ``zone`` (``"body"``, or
            ``"headline"`` for a figure stated in the headline: ``start``/``end`` then
            index ``articles.headline``).

        Raises:
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> str(kzcorpus.open().claims(what="detained")["value"].dtype)
        'Int64'
        """
        return to_frame(self._native.claims(_text("what", what)))

    def timeline(self) -> pd.DataFrame:
        """The ``timeline`` view: events by date with their outlet and headline.

        Returns:
            ``date``, ``date_precision``, ``type``, ``location``, ``participants``,
            ``outlet``, ``headline``, ``evidence``, ``event_id``, ``article_id``.

        Raises:
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> kzcorpus.open().timeline().columns[0]
        'date'
        """
        return to_frame(self._native.timeline())

    def search(self, text: str, *, limit: int = 100) -> pd.DataFrame:
        """Full-text search (SQLite FTS5) over article headlines and bodies and quote texts.

        Every word must occur; words are matched literally (FTS operators such as
        ``NEAR`` or ``-`` in ``text`` are treated as plain words).

        Args:
            text: The words to look for.
            limit: At most this many rows, best first.

        Returns:
            ``kind`` (``article``/``quote``), ``id``, ``article_id``, ``headline``,
            ``outlet``, ``published``, ``snippet`` (matches in ``[brackets]``) and
            ``rank`` (bm25, lower is better). Words found in more than 1,000 articles
            (or quotes) are not ranked: their newest matches come back with ``rank`` 0,
            which keeps a search within milliseconds on a million articles.

        Raises:
            QueryError: SQLite rejected the search.
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> hits = kzcorpus.open().search("CSTO")
        >>> set(hits["kind"]) <= {"article", "quote"}
        True
        """
        if not isinstance(text, str):
            raise InvalidArgumentError(f"invalid argument: text must be a string, not {type(text).__name__}")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise InvalidArgumentError(f"invalid argument: limit must be a non-negative integer, not {limit!r}")
        return to_frame(self._native.search(text, limit), {"rank": "real"})

    def to_parquet(self, directory: PathLike, *, tables: Sequence[str] | None = None) -> dict[str, int]:
        """Writes tables and views as typed Parquet files ``directory/<name>.parquet``.

        The same files as ``kzcorpus export --format parquet``: ids and offsets ``int64``,
        ``confidence`` ``double``, ``published``/``date`` ``date32``, text ``string``,
        NULLs kept. Needs ``pyarrow`` (``pip install 'kzcorpus[parquet]'``).

        Args:
            directory: The output folder (created when missing).
            tables: Names of tables or views to write; all of them when None.

        Returns:
            The number of rows written per table or view.

        Raises:
            InvalidArgumentError: A name in ``tables`` is not a table or view.
        """
        from ._export import to_parquet

        return to_parquet(self, directory, tables=tables)

    def sql(self, query: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        """Runs any SQL statement with positional bound parameters (``?``).

        Use parameters for every value (never format them into ``query``). On a
        read-only corpus a statement that would write raises :class:`ReadOnlyError`
        and changes nothing.

        Args:
            query: One SQL statement, e.g. ``"SELECT * FROM quote_view WHERE outlet = ?"``.
            params: Values for the ``?`` placeholders: ``None``, ``bool``, ``int``,
                ``float``, ``str``, ``bytes`` or dates (bound as ``YYYY-MM-DD``).

        Returns:
            The statement's rows, with the dtypes described in :class:`Corpus`.

        Raises:
            QueryError: SQLite rejected the statement (syntax, unknown table ...).
            ReadOnlyError: The statement would write to a read-only corpus.
            InvalidArgumentError: A parameter has an unsupported type.
            ClosedError: The corpus was closed.

        >>> import kzcorpus
        >>> c = kzcorpus.open()
        >>> int(c.sql("SELECT count(*) AS n FROM documents WHERE bytes > ?", [0])["n"][0])
        5
        """
        if not isinstance(query, str):
            raise InvalidArgumentError(f"invalid argument: query must be a string, not {type(query).__name__}")
        if params is not None:
            if isinstance(params, (str, bytes, dict)) or not isinstance(params, Iterable):
                raise InvalidArgumentError("invalid argument: params must be a list or tuple of values")
            params = [
                p.isoformat() if isinstance(p, _dt.datetime) else _date("param", p) if isinstance(p, _dt.date) else p
                for p in params
            ]
        return to_frame(self._native.sql(query, params))

    # -- what is inside ---------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables.

        >>> import kzcorpus
        >>> counts = kzcorpus.open().counts()
        >>> counts["documents"], counts["articles"] > 0
        (5, True)
        """
        return dict(self._native.counts())

    def build_info(self) -> dict[str, str]:
        """The ``build_info`` table: library and extractor versions, build time, sources.

        >>> import kzcorpus
        >>> sorted(kzcorpus.open().build_info())[:2]
        ['built_at', 'extractor_version']
        """
        return self._native.build_info()

    def _summary(self) -> tuple[str, dict[str, int] | None, dict[str, str]]:
        where = self.path if self.path is not None else "bundled corpus"
        mode = "read-only" if self.readonly else "read-write"
        if self.closed:
            return f"{where} (closed)", None, {}
        try:
            return f"{where} ({mode})", self.counts(), self.build_info()
        except KzcorpusError as e:
            return f"{where} ({mode}; {e})", None, {}

    def __repr__(self) -> str:
        """``<kzcorpus.Corpus bundled corpus (read-only): 5 documents, ... quotes, ...>``."""
        title, counts, _info = self._summary()
        if counts is None:
            return f"<kzcorpus.Corpus {title}>"
        inside = ", ".join(f"{n} {t}" for t, n in counts.items())
        return f"<kzcorpus.Corpus {title}: {inside}>"

    def _repr_html_(self) -> str:
        """An HTML table of row counts and build information, for Jupyter."""
        title, counts, info = self._summary()
        esc = _html.escape
        rows = "".join(f"<tr><td>{esc(t)}</td><td style='text-align:right'>{n:,}</td></tr>" for t, n in (counts or {}).items())
        meta = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in info.items())
        return (
            f"<div><b>kzcorpus.Corpus</b> {esc(title)}"
            f"<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<table><thead><tr><th>build</th><th></th></tr></thead><tbody>{meta}</tbody></table></div>"
        )


def open(path: PathLike | None = None, *, readonly: bool = True) -> Corpus:  # noqa: A001 - the API's name
    """Opens a kzcorpus database, or the bundled corpus.

    Args:
        path: A database made by :func:`build` or ``kzcorpus build``. ``None`` (the
            default) builds the bundled corpus into an in-memory database (well under
            a second).
        readonly: Refuse writes (the default). ``False`` opens the file read-write,
            creating and migrating it when needed.

    Returns:
        A :class:`Corpus`; use it in a ``with`` block or call ``close()``.

    Raises:
        FileError: ``path`` does not exist (read-only).
        SchemaError: The file was written by a newer kzcorpus or is not a kzcorpus
            database.
        DatabaseError: SQLite could not open the file.

    >>> import kzcorpus
    >>> with kzcorpus.open() as c:
    ...     c.readonly, c.path
    (True, None)
    """
    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise InvalidArgumentError(f"invalid argument: path must be a str or os.PathLike, not {type(path).__name__}")
    return Corpus(_native.open(None if path is None else os.fspath(path), bool(readonly)))


@dataclass(frozen=True)
class BuildSummary:
    """What :func:`build` did.

    Attributes:
        db: The database file.
        documents: Documents looked at.
        added: Documents extracted and written.
        unchanged: Documents already stored with the same content (skipped).
        articles: Articles written.
        bytes: Bytes of source text read.
        seconds: Wall-clock time of the build.
        failed: One exception (usually :class:`InputError`, with ``.path``) per document
            that was skipped; none of its rows were written.
    """

    db: Path
    documents: int
    added: int
    unchanged: int
    articles: int
    bytes: int
    seconds: float
    failed: list[KzcorpusError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every document was ingested (or already present)."""
        return not self.failed

    def __str__(self) -> str:
        text = (
            f"{self.db}: {self.documents} documents ({self.added} added, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed), {self.articles} articles, {self.bytes:,} bytes in {self.seconds:.2f}s"
        )
        return "\n".join([text, *(f"  failed: {e}" for e in self.failed)])


ProgressCallback = Callable[[int, int, str, int], object]


def _progress_bar() -> tuple[ProgressCallback, Callable[[], None]]:
    """A tqdm bar (a widget in Jupyter, text in a terminal) and its closer."""
    try:
        from tqdm.auto import tqdm

        bar = tqdm(total=None, unit="doc", desc="kzcorpus build")
    except ImportError:  # Jupyter without ipywidgets: fall back to the text bar
        from tqdm.std import tqdm

        bar = tqdm(total=None, unit="doc", desc="kzcorpus build")

    def update(done: int, total: int, path: str, nbytes: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.set_postfix_str(Path(path).name, refresh=False)
        bar.update(done - bar.n)

    return update, bar.close


def build(
    paths: PathLike | Iterable[PathLike] | None,
    db: PathLike,
    *,
    progress: bool | ProgressCallback = True,
    strict: bool = False,
    lossy: bool = False,
    max_bytes: int | None = None,
) -> BuildSummary:
    """Ingests documents into a database (created if needed), showing progress.

    Building is idempotent: documents already stored with the same content are skipped.
    A document that fails (invalid UTF-8, binary, empty, too large) is reported in
    :attr:`BuildSummary.failed` and writes nothing, unless ``strict`` is set.

    Args:
        paths: Files and folders (read recursively; hidden files skipped), or ``None``
            for the bundled corpus.
        db: The database file to create or update.
        progress: ``True`` draws a tqdm progress bar (a widget in Jupyter), ``False``
            draws nothing, a callable is called as ``progress(done, total, path, bytes)``
            after each document.
        strict: Raise on the first failed document instead of skipping it.
        lossy: Replace invalid UTF-8 with U+FFFD instead of refusing the file.
        max_bytes: Refuse documents larger than this (default: the library's cap).

    Returns:
        A :class:`BuildSummary`.

    Raises:
        FileError: A path does not exist, or ``db`` cannot be written.
        InputError: With ``strict``, the first document that cannot be ingested.
        SchemaError: ``db`` is a newer or a foreign database.

    >>> import kzcorpus, tempfile, os
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     s = kzcorpus.build(None, os.path.join(tmp, "kz.db"), progress=False)
    ...     (s.documents, s.added, s.ok)
    (5, 5, True)
    """
    if paths is None:
        path_list: list[str] | None = None
    elif isinstance(paths, (str, os.PathLike)):
        path_list = [os.fspath(paths)]
    else:
        path_list = [os.fspath(p) for p in paths]
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0):
        raise InvalidArgumentError(f"invalid argument: max_bytes must be a non-negative integer, not {max_bytes!r}")
    close: Callable[[], None] | None = None
    if progress is True:
        callback, close = _progress_bar()
    elif progress is False or progress is None:
        callback = None
    elif callable(progress):
        callback = progress
    else:
        raise InvalidArgumentError("invalid argument: progress must be True, False or a callable")
    started = time.perf_counter()
    try:
        report = _native.build(path_list, os.fspath(db), strict, lossy, max_bytes, callback)
    finally:
        if close is not None:
            close()
    return BuildSummary(
        db=Path(os.fspath(db)),
        documents=report["documents"],
        added=report["added"],
        unchanged=report["unchanged"],
        articles=report["articles"],
        bytes=report["bytes"],
        seconds=time.perf_counter() - started,
        failed=list(report["failed"]),
    )
