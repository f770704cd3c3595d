"""The query methods: columns, dtypes, filters and traceable offsets."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import kzcorpus

STRING = pd.StringDtype()
INT = pd.Int64Dtype()
FLOAT = pd.Float64Dtype()
BOOL = pd.BooleanDtype()
DATE = "datetime64[ns]"

# The columns each method returns and their dtypes (the schema's names).
EXPECTED = {
    "articles": {
        "id": INT, "document_id": INT, "document": STRING, "ordinal": INT, "headline": STRING,
        "outlet": STRING, "published": DATE, "dateline": STRING, "authors": STRING, "body": STRING,
    },
    "quotes": {
        "id": INT, "article_id": INT, "speaker_id": INT, "speaker": STRING, "text": STRING,
        "speaker_text": STRING, "cue": STRING, "outlet": STRING, "published": DATE, "headline": STRING,
        "start": INT, "end": INT, "malformed": BOOL, "confidence": FLOAT, "zone": STRING,
    },
    "speakers": {
        "id": INT, "canonical": STRING, "kind": STRING, "country": STRING, "aliases": STRING,
        "titles": STRING, "quotes": INT, "mentions": INT,
    },
    "events": {
        "id": INT, "article_id": INT, "date": DATE, "date_precision": STRING, "type": STRING,
        "location": STRING, "participants": STRING, "outlet": STRING, "headline": STRING,
        "evidence": STRING, "start": INT, "end": INT,
    },
    "claims": {
        "id": INT, "article_id": INT, "what": STRING, "value": INT, "value_max": INT, "qualifier": STRING,
        "subject": STRING, "attributed_to": STRING, "outlet": STRING, "published": DATE,
        "evidence": STRING, "start": INT, "end": INT, "zone": STRING,
    },
    "timeline": {
        "date": DATE, "date_precision": STRING, "type": STRING, "location": STRING,
        "participants": STRING, "outlet": STRING, "headline": STRING, "evidence": STRING,
        "event_id": INT, "article_id": INT,
    },
}


def dtypes(frame: pd.DataFrame) -> dict[str, object]:
    return {name: frame[name].dtype for name in frame.columns}


@pytest.mark.parametrize("method", sorted(EXPECTED))
def test_columns_and_dtypes(bundled: kzcorpus.Corpus, method: str) -> None:
    frame = getattr(bundled, method)()
    assert isinstance(frame, pd.DataFrame)
    assert dtypes(frame) == EXPECTED[method]


@pytest.mark.parametrize("method", sorted(EXPECTED))
def test_empty_results_keep_columns_and_dtypes(tmp_path, method: str) -> None:
    with kzcorpus.open(tmp_path / "empty.db", readonly=False) as c:
        frame = getattr(c, method)()
    assert frame.empty
    assert dtypes(frame) == EXPECTED[method]


def test_articles_have_bodies_and_dates(bundled: kzcorpus.Corpus) -> None:
    a = bundled.articles()
    assert len(a) >= 5
    assert a["id"].is_unique
    assert (a["body"].str.len() > 0).all()
    assert a["published"].notna().any()
    assert a["published"].dropna().between(pd.Timestamp("2021-01-01"), pd.Timestamp("2023-01-01")).all()


def test_articles_date_filters_are_inclusive(bundled: kzcorpus.Corpus) -> None:
    a = bundled.articles()
    day = a["published"].dropna().min()
    same = bundled.articles(since=day, until=day.date())
    assert len(same) >= 1
    assert (same["published"] == day).all()
    later = bundled.articles(since=(day + pd.Timedelta(days=1)).strftime("%Y-%m-%d"))
    assert day not in set(later["published"])
    assert len(same) + len(later) == a["published"].notna().sum()


def test_articles_outlet_filter_is_a_case_insensitive_substring(bundled: kzcorpus.Corpus) -> None:
    outlet = bundled.articles()["outlet"].dropna().iloc[0]
    hits = bundled.articles(outlet=outlet[1:-1].upper())
    assert len(hits) >= 1
    assert outlet in set(hits["outlet"])
    assert bundled.articles(outlet="no outlet is called this").empty


def test_quotes_lead_with_who_said_what(bundled: kzcorpus.Corpus) -> None:
    assert list(bundled.quotes().columns[:4]) == ["speaker", "text", "outlet", "published"]


def test_serdyukov_quotes_in_any_spelling(bundled: kzcorpus.Corpus) -> None:
    spellings = ["Serdiukov", "Serdyukov", "Andrei Serdyukov", "Andrey Serdiukov"]
    frames = [bundled.quotes(speaker=s) for s in spellings]
    assert not frames[0].empty
    for f in frames:
        assert f["id"].tolist() == frames[0]["id"].tolist()
    assert frames[0]["speaker"].str.contains("Serd").all()
    assert bundled.quotes(speaker="Nobody Atall").empty


def test_quotes_limit_returns_the_first_page(bundled: kzcorpus.Corpus) -> None:
    every = bundled.quotes(speaker="Lavrov")
    page = bundled.quotes(speaker="Lavrov", limit=5)
    assert len(every) > 5
    assert page["id"].tolist() == every["id"].tolist()[:5]
    assert bundled.quotes(limit=0).empty
    with pytest.raises(kzcorpus.InvalidArgumentError):
        bundled.quotes(limit=-1)


def test_quote_offsets_point_into_article_bodies(bundled: kzcorpus.Corpus) -> None:
    q = bundled.quotes()
    assert not q.empty
    bodies = bundled.articles().set_index("id")["body"]
    exact = 0
    for row in q.itertuples(index=False):
        body = bodies[row.article_id]
        assert 0 <= row.start < row.end <= len(body)
        # body[start:end] is the quoted span; a multi-paragraph quote's text may be joined.
        exact += row.text.strip("\"“”'‘’ ") in body[row.start : row.end]
    assert exact >= len(q) / 2


def test_quotes_filters_combine(bundled: kzcorpus.Corpus) -> None:
    q = bundled.quotes()
    outlet = q["outlet"].dropna().iloc[0]
    by_outlet = bundled.quotes(outlet=outlet)
    assert len(by_outlet) >= 1 and (by_outlet["outlet"] == outlet).all()
    assert bundled.quotes(since="2100-01-01").empty
    assert bundled.quotes(until=dt.date(1990, 1, 1)).empty


def test_speakers_are_unique_and_counted(bundled: kzcorpus.Corpus) -> None:
    s = bundled.speakers()
    assert not s.empty
    assert s["id"].is_unique
    assert set(s["kind"]) <= {"person", "organisation"}
    assert s["quotes"].sum() == bundled.counts()["quotes"] - bundled.quotes()["speaker_id"].isna().sum()


def test_events_type_and_date_filters(bundled: kzcorpus.Corpus) -> None:
    e = bundled.events()
    for kind in e["type"].dropna().unique()[:3]:
        f = bundled.events(type=kind)
        assert len(f) == (e["type"] == kind).sum()
    dated = e["date"].dropna()
    if not dated.empty:
        day = dated.min()
        f = bundled.events(since=day, until=day)
        assert len(f) == (e["date"] == day).sum()
    assert bundled.events(type="no such type").empty


def test_claims_what_filter(bundled: kzcorpus.Corpus) -> None:
    c = bundled.claims()
    for what in c["what"].unique()[:3]:
        f = bundled.claims(what=what)
        assert (f["what"] == what).all() and len(f) == (c["what"] == what).sum()
    assert bundled.claims(what="unicorns").empty


def test_timeline_is_ordered_by_date(bundled: kzcorpus.Corpus) -> None:
    t = bundled.timeline()
    assert len(t) == bundled.counts()["events"]
    dated = t["date"].dropna()
    assert dated.is_monotonic_increasing


def test_search_finds_articles_with_snippets(bundled: kzcorpus.Corpus) -> None:
    hits = bundled.search("Kazakhstan")
    assert not hits.empty
    assert list(hits.columns) == ["kind", "id", "article_id", "headline", "outlet", "published", "snippet", "rank"]
    assert hits["rank"].is_monotonic_increasing
    assert hits["snippet"].str.contains(r"\[Kazakhstan\]", case=False).any()
    assert len(bundled.search("Kazakhstan", limit=1)) == 1


def test_search_treats_fts_syntax_as_words(bundled: kzcorpus.Corpus) -> None:
    hits = bundled.search('"unbalanced NEAR( -x')
    assert hits.empty
    assert (str(hits["rank"].dtype), str(hits["id"].dtype), str(hits["published"].dtype)) == ("Float64", "Int64", DATE)


def test_sql_binds_parameters_of_every_type(bundled: kzcorpus.Corpus) -> None:
    row = bundled.sql(
        "SELECT ? AS i, ? AS r, ? AS t, ? AS n, ? AS b, ? AS d, hex(?) AS blob", [7, 2.5, "x", None, True, dt.date(2022, 1, 6), b"\x01\xff"]
    )
    assert row["i"][0] == 7 and row["r"][0] == 2.5 and row["t"][0] == "x"
    assert row["n"].isna()[0] and row["b"][0] == 1 and row["d"][0] == "2022-01-06" and row["blob"][0] == "01FF"


def test_sql_reads_views(bundled: kzcorpus.Corpus) -> None:
    v = bundled.sql("SELECT * FROM quote_view WHERE outlet IS NOT NULL LIMIT ?", [3])
    assert len(v) <= 3
    assert str(v["published"].dtype) == DATE


def test_sql_keeps_duplicate_column_names(bundled: kzcorpus.Corpus) -> None:
    f = bundled.sql("SELECT a.id, d.id FROM articles a JOIN documents d ON d.id = a.document_id")
    assert list(f.columns) == ["id", "id"]


def test_sql_error_raises_query_error(bundled: kzcorpus.Corpus) -> None:
    with pytest.raises(kzcorpus.QueryError, match="no such table: nothing_here"):
        bundled.sql("SELECT * FROM nothing_here")
    with pytest.raises(kzcorpus.QueryError, match="syntax error"):
        bundled.sql("SELEKT 1")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda c: c.articles(since="12/01/2022"), "since=\"12/01/2022\" is not a date"),
        (lambda c: c.quotes(until="yesterday"), "until=\"yesterday\" is not a date"),
        (lambda c: c.events(since=20220101), "since must be a date"),
        (lambda c: c.quotes(speaker=["Lavrov"]), "speaker must be a string"),
        (lambda c: c.sql("SELECT ?", [object()]), "parameter 1 has type object"),
        (lambda c: c.sql("SELECT ?", "x"), "params must be a list"),
        (lambda c: c.sql("SELECT ?", [2**70]), "parameter 1 does not fit in 64 bits"),
        (lambda c: c.search("x", limit=-1), "limit must be a non-negative integer"),
    ],
)
def test_bad_arguments_raise_invalid_argument_error(bundled: kzcorpus.Corpus, call, message: str) -> None:
    with pytest.raises(kzcorpus.InvalidArgumentError, match=message) as info:
        call(bundled)
    assert isinstance(info.value, ValueError)
