"""Datasette serves a built database with kzcorpus's metadata.json over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

import kzcorpus


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("datasette")
    db = folder / "kzcorpus.db"
    kzcorpus.build(None, db, progress=False)
    metadata = kzcorpus.write_datasette_metadata(db)
    assert metadata == folder / "metadata.json"
    port = free_port()
    log = folder / "datasette.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "datasette", str(db), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/-/versions.json", timeout=2) as r:
                    r.read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {log.read_text(errors='replace')}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def test_datasette_serves_the_tables_and_views(server: str) -> None:
    tables = {t["name"] for t in get(f"{server}/kzcorpus.json")["tables"]}
    assert {"articles", "quotes", "speakers", "events", "claims"} <= tables
    rows = get(f"{server}/kzcorpus/quote_view.json?_shape=array&_size=5")
    assert len(rows) == 5 and {"text", "speaker", "outlet"} <= set(rows[0])


def test_datasette_uses_the_metadata(server: str) -> None:
    meta = get(f"{server}/-/metadata.json")
    assert meta["databases"]["kzcorpus"]["tables"]["articles"]["fts_table"] == "articles_fts"
    assert meta.get("title")


def test_datasette_full_text_search(server: str) -> None:
    hits = get(f"{server}/kzcorpus/articles.json?_search=Serdyukov&_shape=array")
    assert hits and all("Serdyukov" in h["body"] or "Serdiukov" in h["body"] for h in hits)
    quotes = get(f"{server}/kzcorpus/quotes.json?_search=troops&_shape=array")
    assert quotes and all("troops" in q["text"].lower() for q in quotes)
