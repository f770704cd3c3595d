"""The pure extraction entry point: one document's text in, plain data out, no database.

This is what a Spark/Dask worker calls (see :mod:`kzcorpus.spark`): it needs neither a
database nor a file, only the text.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from . import _native
from ._errors import InvalidArgumentError


def extract(text: str, *, name: str | None = None, published: str | _dt.date | None = None) -> dict[str, Any]:
    """Extracts the articles, speakers, quotes, events and claims of one document.

    Nothing is stored: the result is plain dicts, lists, strings and numbers, ready for
    ``json.dumps`` or a dataframe. Offsets (``start``, ``end``) are character offsets into
    the article's ``body``; a quote's or event's ``speaker``/``participants`` are indexes
    into that article's ``speakers["speakers"]`` list.

    Args:
        text: the decoded document text (one page, possibly several articles).
        name: a name for the document (a file name or URL), returned as ``"name"``.
        published: the publication date (``"YYYY-MM-DD"`` or a ``datetime.date``) used
            when the page states none.

    Returns:
        ``{"name": name, "articles": [{"article": {...}, "speakers": {"speakers": [...],
        "mentions": [...]}, "quotes": [...], "events": [...], "claims": [...]}, ...]}``

    Raises:
        InvalidArgumentError: ``text`` is not a string or ``published`` is not a date.

    >>> import kzcorpus
    >>> doc = kzcorpus.extract('Border Talks Resume\\n\\n"We are ready," said Foreign Minister Aigul Bekova.',
    ...                        published="2022-01-12")
    >>> a = doc["articles"][0]
    >>> a["quotes"][0]["text"], a["article"]["published"]
    ('We are ready,', '2022-01-12')
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"invalid argument: text must be a string, not {type(text).__name__}")
    if name is not None and not isinstance(name, str):
        raise InvalidArgumentError(f"invalid argument: name must be a string, not {type(name).__name__}")
    if isinstance(published, _dt.date):
        published = published.strftime("%Y-%m-%d")
    elif published is not None and not isinstance(published, str):
        raise InvalidArgumentError(
            f"invalid argument: published must be a date or a 'YYYY-MM-DD' string, not {type(published).__name__}"
        )
    out: dict[str, Any] = {"name": name}
    out.update(json.loads(_native.extract_json(text, published)))
    return out
