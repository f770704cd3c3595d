"""Shared fixtures: the bundled corpus, a database file built from it, and a folder of
small documents written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import kzcorpus

# Two short news items written for these tests (not taken from the bundled corpus).
DOC_A = """\
Steppe Herald
Published: January 12, 2022

Grain exports resume after border reopens

ALMATY — Trucks crossed the border again on Tuesday, officials said.

"The queues will be gone by Friday," said Marat Ospanov, the head of the customs service.
Ospanov added that 40 people had been detained for smuggling.
"""

DOC_B = """\
Caspian Daily
Published: January 14, 2022

Talks on water quotas end without a deal

"We remain open to dialogue," Foreign Minister Aigul Bekova told reporters on Thursday.
"""


@pytest.fixture(scope="session")
def bundled() -> kzcorpus.Corpus:
    """The bundled corpus, opened once for the session (read-only, in memory)."""
    return kzcorpus.open()


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file holding the bundled corpus."""
    db = tmp_path_factory.mktemp("bundled") / "kz.db"
    kzcorpus.build(None, db, progress=False)
    return db


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A folder with two valid documents, one of them in a subfolder."""
    folder = tmp_path / "docs"
    (folder / "more").mkdir(parents=True)
    (folder / "a.txt").write_text(DOC_A, encoding="utf-8")
    (folder / "more" / "b.txt").write_text(DOC_B, encoding="utf-8")
    return folder
