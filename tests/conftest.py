"""Shared fixtures: the seed documents, the development data beside the repo, a processed batch."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import runner

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"  # small binary inputs, made by fixtures/make_doc_fixtures.py
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The development data (corpus, gold labels); tests that need it skip without it."""
    if not (SHARED / "SPEC.md").is_file():
        pytest.skip("development data (../shared) is not available")
    return SHARED


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory) -> Path:
    """data/raw processed once into a temporary table directory."""
    out = tmp_path_factory.mktemp("structured")
    summary = runner.run([RAW], out)
    assert summary.documents == len(list(RAW.glob("*.txt")))
    return out
