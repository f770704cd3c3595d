"""kzcorpus.extract(): one document in, plain data out, no database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import kzcorpus

from conftest import DOC_A

UNDATED = """\
Ferry service suspended on the lake

"The ice is too thick for the boats," said Captain Yerlan Dossanov, the head of the port authority.
Dossanov said 12 sailors had been rescued on Monday.
"""


def test_extract_returns_plain_data_with_offsets_into_the_body() -> None:
    doc = kzcorpus.extract(DOC_A, name="a.txt")
    assert doc["name"] == "a.txt"
    json.dumps(doc)  # plain data only
    (article,) = doc["articles"]
    assert article["article"]["published"] == "2022-01-12"
    body = article["article"]["body"]
    quote = article["quotes"][0]
    assert quote["text"] == "The queues will be gone by Friday,"
    assert body[quote["start"] : quote["end"]] in (quote["text"], f'"{quote["text"]}"')
    speaker = article["speakers"]["speakers"][quote["speaker"]]
    assert speaker["name"] == "Marat Ospanov"
    claims = [(c["what"], c["value"]) for c in article["claims"]]
    assert ("detained", 40) in claims


def test_a_headline_quote_has_zone_headline_and_offsets_into_the_headline() -> None:
    page = (
        '"We slept in our clothes for four nights": students return from Almaty\n\n'
        'Students came home on Sunday. "We slept in our clothes for four nights," said Nurlan Abenov.\n'
    )
    (article,) = kzcorpus.extract(page)["articles"]
    zones = {q["zone"]: q for q in article["quotes"]}
    assert set(zones) == {"body", "headline"}
    headline_quote = zones["headline"]
    headline = article["article"]["headline"]
    assert headline[headline_quote["start"] : headline_quote["end"]] == "We slept in our clothes for four nights"
    speaker = article["speakers"]["speakers"][headline_quote["speaker"]]
    assert speaker["name"] == "Nurlan Abenov"


@pytest.mark.parametrize("published", ["2022-01-10", dt.date(2022, 1, 10)])
def test_published_fills_in_a_missing_date(published: object) -> None:
    doc = kzcorpus.extract(UNDATED, published=published)  # type: ignore[arg-type]
    assert doc["name"] is None
    assert doc["articles"][0]["article"]["published"] == "2022-01-10"
    assert kzcorpus.extract(UNDATED)["articles"][0]["article"]["published"] is None


def test_extract_agrees_with_a_build(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    kzcorpus.build(tmp_path / "a.txt", tmp_path / "a.db", progress=False)
    doc = kzcorpus.extract(DOC_A)
    with kzcorpus.open(tmp_path / "a.db") as c:
        stored = c.sql("SELECT text, start, \"end\" FROM quotes ORDER BY id")
    extracted = [(q["text"], q["start"], q["end"]) for a in doc["articles"] for q in a["quotes"]]
    assert extracted == list(zip(stored["text"], stored["start"], stored["end"]))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"text": b"bytes"}, "text must be a string"),
        ({"text": "x", "published": "10 January"}, "is not a date"),
        ({"text": "x", "published": 20220110}, "published must be a date"),
        ({"text": "x", "name": 3}, "name must be a string"),
    ],
)
def test_extract_rejects_bad_arguments(kwargs: dict[str, object], match: str) -> None:
    text = kwargs.pop("text")
    with pytest.raises(kzcorpus.InvalidArgumentError, match=match):
        kzcorpus.extract(text, **kwargs)  # type: ignore[arg-type]


def test_extract_never_fails_on_odd_text() -> None:
    for text in ["", "\n\n\n", '"', "“unbalanced", "x" * 10_000]:
        assert isinstance(kzcorpus.extract(text)["articles"], list)


def test_interop_docstring_examples_run() -> None:
    import doctest

    from kzcorpus import _export, _extract

    for module in (_extract, _export):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0 and result.attempted > 0, module.__name__
