"""Paired (clean, OCR) text from the page renderer's output: ``NAME.eng.lines.tsv`` files.

Each row holds one printed line and what OCR read there; ``documents(dir)``
gives, per rendered document, its clean and OCR lines in order.
"""
from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path
from typing import Iterator

from pipeline.vietnamese import normalize_tones

csv.field_size_limit(sys.maxsize)


def read_lines(tsv: Path) -> tuple[list[str], list[str]]:
    """(clean lines, OCR lines) of one rendered document, line-aligned."""
    clean, ocr = [], []
    with tsv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            clean.append(normalize_tones(unicodedata.normalize("NFC", row["clean"] or "")))
            ocr.append(unicodedata.normalize("NFC", row["ocr"] or ""))
    return clean, ocr


def documents(folder: Path, lang: str = "eng") -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, clean lines, OCR lines) for every rendered document in ``folder``."""
    suffix = f".{lang}.lines.tsv"
    for tsv in sorted(folder.glob(f"*{suffix}")):
        clean, ocr = read_lines(tsv)
        yield tsv.name[: -len(suffix)], clean, ocr
