"""Vietnamese text that ships inside installed packages: the base of the language model.

underthesea ships the Viet74K word list (about 74,000 words and phrases) and the
test output of its POS tagger: about 2,100 sentences of VLSP 2013 news and legal
text, one word per line. vietnamadminunits ships the names of every province,
district and commune, before and after the 2025 reorganisation. Nothing here is
downloaded; a missing file is skipped.
"""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from typing import Iterator

WORD_LISTS = ("corpus/data/Viet74K.txt",)
TAGGED_SENTENCES = ("pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt",)
PLACE_DATABASE = "data/dataset.db"
PLACE_QUERIES = (
    "SELECT province, district, ward, provinceShort, districtShort, wardShort FROM admin_units_legacy",
    "SELECT province, ward, provinceShort, wardShort FROM admin_units",
)


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _files(relative: tuple[str, ...], package: str = "underthesea") -> Iterator[Path]:
    root = _package_dir(package)
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


def place_names() -> Iterator[str]:
    """Names of administrative units, full and short ("Tỉnh Cà Mau", "Cà Mau"), each once."""
    seen: set[str] = set()
    for path in _files((PLACE_DATABASE,), "vietnamadminunits"):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            for query in PLACE_QUERIES:
                try:
                    rows = db.execute(query).fetchall()
                except sqlite3.Error:
                    continue
                for row in rows:
                    for name in row:
                        if name and name not in seen:
                            seen.add(name)
                            yield name


def fingerprint() -> str:
    """Identifies the shipped resources (paths and sizes), to key cached models."""
    files = [*_files(WORD_LISTS + TAGGED_SENTENCES), *_files((PLACE_DATABASE,), "vietnamadminunits")]
    return ";".join(f"{p.name}:{p.stat().st_size}" for p in files)
