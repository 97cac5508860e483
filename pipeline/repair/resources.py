"""Vietnamese text that ships inside installed packages: the base of the language model.

underthesea ships the Viet74K word list (about 74,000 words and phrases) and the
test output of its POS tagger: about 2,100 sentences of VLSP 2013 news and legal
text, one word per line. vietnamadminunits ships the names of every province,
district and commune, before and after the 2025 reorganisation. ``data/agencies.txt``
names the bodies of local government, and ``data/phrases.txt`` holds the set phrases of
administration ("các xã, phường, đặc khu", "cơ quan báo chí, truyền thông"). Nothing here is
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
AGENCIES = Path(__file__).with_name("data") / "agencies.txt"
PHRASES = Path(__file__).with_name("data") / "phrases.txt"
PLACE_QUERIES = (
    "SELECT province, district, ward, provinceShort, districtShort, wardShort FROM admin_units_legacy",
    "SELECT province, ward, provinceShort, wardShort FROM admin_units",
)
PROVINCE_QUERIES = ("SELECT DISTINCT provinceShort FROM admin_units_legacy",
                    "SELECT DISTINCT provinceShort FROM admin_units")


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


def _place_rows(queries: tuple[str, ...]) -> Iterator[tuple]:
    """The rows of each query over vietnamadminunits' database (a query it cannot answer gives none)."""
    for path in _files((PLACE_DATABASE,), "vietnamadminunits"):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            for query in queries:
                try:
                    yield from db.execute(query).fetchall()
                except sqlite3.Error:
                    continue


def place_names() -> Iterator[str]:
    """Names of administrative units, full and short ("Tỉnh Cà Mau", "Cà Mau"), each once."""
    seen: set[str] = set()
    for row in _place_rows(PLACE_QUERIES):
        for name in row:
            if name and name not in seen:
                seen.add(name)
                yield name


def agency_names() -> Iterator[str]:
    """The bodies of provincial and local government (``data/agencies.txt``) as a sentence names them
    ("của Sở Tài chính", "và Hội Nông dân tỉnh"); a newspaper with the name of every province ("của Báo
    Bắc Giang")."""
    names = list(_listed(AGENCIES))
    if not names:
        return
    provinces = sorted(_province_names())
    for name in names:
        if name == "Báo":  # a newspaper is named by its province alone: "Báo Bắc Giang"
            yield from (f"của Báo {province}" for province in provinces)
        else:  # opening a heading or a sentence ("1. Sở Tài chính"), inside one ("… của Sở Tài chính"),
            yield name  # and in a list, as the provincial body ("… và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
            yield f"của {name}"
            yield f"và {name} tỉnh"


def phrases() -> Iterator[str]:
    """The set phrases of plans and the documents around them (``data/phrases.txt``), one per line."""
    yield from _listed(PHRASES)


def _listed(path: Path) -> Iterator[str]:
    """The entries of a shipped list, one per line (blank lines and "#" comments left out; none if missing)."""
    if path.is_file():
        yield from (line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#"))


def _province_names() -> set[str]:
    """Province names without "Tỉnh"/"Thành phố", before and after the 2025 reorganisation."""
    return {name for (name,) in _place_rows(PROVINCE_QUERIES) if name}


def fingerprint() -> str:
    """Identifies the shipped resources (paths and sizes), to key cached models."""
    files = [*_files(WORD_LISTS + TAGGED_SENTENCES), *_files((PLACE_DATABASE,), "vietnamadminunits"),
             *(path for path in (AGENCIES, PHRASES) if path.is_file())]
    return ";".join(f"{p.name}:{p.stat().st_size}" for p in files)
