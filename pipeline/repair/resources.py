"""Vietnamese text that ships inside installed packages: the base of the language model.

underthesea ships the Viet74K word list (about 74,000 words and phrases) and the
test output of its POS tagger: about 2,100 sentences of VLSP 2013 news and legal
text, one word per line. Nothing here is downloaded; a missing file is skipped.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Iterator

WORD_LISTS = ("corpus/data/Viet74K.txt",)
TAGGED_SENTENCES = ("pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt",)


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _files(relative: tuple[str, ...]) -> Iterator[Path]:
    root = _package_dir("underthesea")
    if root is None:
        return
    for rel in relative:
        path = root / rel
        if path.is_file():
            yield path


def words() -> Iterator[str]:
    """Dictionary entries, one per item ("giảm nghèo", "an toàn thực phẩm")."""
    for path in _files(WORD_LISTS):
        with path.open(encoding="utf-8") as f:
            for line in f:
                entry = line.strip().replace("-", " ")
                if entry:
                    yield entry


def sentences() -> Iterator[str]:
    """Running sentences rebuilt from the tagged corpus (first column, blank line = end)."""
    for path in _files(TAGGED_SENTENCES):
        words_: list[str] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                token = line.split("\t", 1)[0].strip()
                if token:
                    words_.append(token)
                elif words_:
                    yield " ".join(words_)
                    words_ = []
        if words_:
            yield " ".join(words_)


def fingerprint() -> str:
    """Identifies the shipped resources (paths and sizes), to key cached models."""
    parts = [f"{p.name}:{p.stat().st_size}" for p in _files(WORD_LISTS + TAGGED_SENTENCES)]
    return ";".join(parts)
