"""Abbreviations and document codes that lost their Đ: "QD-UBND" → "QĐ-UBND", "HDND" → "HĐND".

Capitalised abbreviations are no syllables, so the channel leaves them alone;
their Vietnamese spellings are learned from the word list and from the clean
documents of the batch, keyed by their ASCII fold.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from pipeline.repair import resources
from pipeline.vietnamese import fold

_PART = re.compile(r"[^\W\d_]{2,}")
# abbreviations of administrative documents and bodies that write Đ ("QĐ-UBND", "NĐ-CP", "LĐTBXH")
STANDARD_CODES = ("QĐ", "NĐ", "HĐND", "HĐ", "LĐTBXH", "LĐTB", "BCĐ", "VPĐP", "GDĐT", "KHĐT", "ĐBQH", "HĐQT",
                  "BĐBP", "LĐLĐ", "ĐTN", "TĐKT", "HĐTĐKT", "ĐCSVN", "ĐH", "NĐCP")


def _parts(word: str) -> list[str]:
    """Capitalised letter runs of a token ("10/2022/TT-BLĐTBXH" → TT, BLĐTBXH)."""
    return [p for p in _PART.findall(word) if p.isupper()]


def _count(text: str, forms: dict[str, Counter]) -> None:
    for word in text.split():
        for part in _parts(word):
            if "Đ" in part:
                forms[fold(part)][part] += 1


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, Counter]:
    forms: dict[str, Counter] = defaultdict(Counter)
    for entry in (*resources.words(), *STANDARD_CODES):
        _count(entry, forms)
    return dict(forms)


class Codes:
    """Vietnamese spellings of capitalised abbreviations, learned from clean text."""

    def __init__(self) -> None:
        self._batch: dict[str, Counter] = defaultdict(Counter)

    def add(self, text: str) -> None:
        """Learn the abbreviations of one clean document."""
        _count(text, self._batch)

    def restore(self, word: str) -> str:
        """``word`` with each abbreviation in its learned spelling (the batch's first)."""
        def fix(m: re.Match) -> str:
            part = m.group(0)
            if not (part.isupper() and part.isascii() and "D" in part):
                return part
            forms = self._batch.get(part) or _dictionary().get(part)
            return forms.most_common(1)[0][0] if forms else part

        return _PART.sub(fix, word)
