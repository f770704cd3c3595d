"""Documentation: docstrings everywhere, their >>> examples, the README's command."""

from __future__ import annotations

import doctest
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import kzcorpus
from kzcorpus import _errors, _frames

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", [kzcorpus, _errors, _frames], ids=lambda m: m.__name__)
def test_docstring_examples_run(module) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def public_callables():
    for name in kzcorpus.__all__:
        obj = getattr(kzcorpus, name)
        if inspect.isclass(obj):
            yield name, obj
            for attr, member in vars(obj).items():
                if not attr.startswith("_") or attr in ("__init__", "_repr_html_"):
                    if callable(member) or isinstance(member, property):
                        yield f"{name}.{attr}", member
        elif callable(obj):
            yield name, obj


@pytest.mark.parametrize("name, obj", list(public_callables()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_public_callable_has_a_docstring(name: str, obj: object) -> None:
    assert inspect.getdoc(obj), f"{name} has no docstring"


@pytest.mark.parametrize("name", ["open", "build", "Corpus.articles", "Corpus.quotes", "Corpus.events", "Corpus.sql", "Corpus.search"])
def test_functions_with_arguments_document_them(name: str) -> None:
    obj = kzcorpus
    for part in name.split("."):
        obj = getattr(obj, part)
    doc = inspect.getdoc(obj) or ""
    for section in ("Args:", "Returns:", "Raises:", ">>> "):
        assert section in doc, f"{name} lacks {section}"


def test_native_stub_names_match_the_module() -> None:
    stub = (ROOT / "python" / "kzcorpus" / "_native.pyi").read_text()
    for name in ("open", "build", "NativeCorpus", "__version__", "EXTRACTOR_VERSION", "SCHEMA_VERSION"):
        assert hasattr(kzcorpus._native, name)
        assert name in stub
    for method in (m for m in dir(kzcorpus._native.NativeCorpus) if not m.startswith("_")):
        assert f"def {method}(" in stub, f"NativeCorpus.{method} missing from _native.pyi"


def test_readme_command_prints_serdyukov_quotes() -> None:
    readme = (ROOT / "README.md").read_text()
    command = "import kzcorpus; print(kzcorpus.open().quotes(speaker='Serdiukov'))"
    assert command in readme
    out = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=True, cwd=ROOT)
    assert "Serdyukov" in out.stdout
