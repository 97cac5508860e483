"""Labels of automatically numbered paragraphs ("I.", "1.2.", "a)", "-"), as Word shows them.

Word keeps these labels out of the text: a paragraph names a list and a level, and the list's
levels say how to number (a start, a number format, a text such as "%1.%2." in which "%n" is the
counter of level n). Both Word readers (.docx, .doc) describe their lists with ``Level`` and ask
``Counters`` for each numbered paragraph's label; the counters of one list run on across the
document, and a deeper level starts again when a level above it moves on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from pipeline import roman

BULLET = "•"  # a bullet drawn from a symbol font's private characters
MAX_LEVELS = 9

_LEVEL_REFERENCE = re.compile(r"%([1-9])")


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": lambda n: roman.from_int(n).lower(),
    "upperRoman": roman.from_int,
}


@dataclass(frozen=True)
class Level:
    """One level of a list: its first number, number format ("decimal", "bullet", "none" …), label text
    ("%1.", "%1.%2.", "-") and whether it shows every number in decimals (Word's "legal" numbering)."""

    start: int
    fmt: str
    text: str
    legal: bool = False


class Counters:
    """The counters of every list of a document, in reading order."""

    def __init__(self):
        self._counters: dict[object, list[Optional[int]]] = {}
        self._restarted: set[object] = set()

    def label(self, list_id: object, levels: dict[int, Level], ilvl: int,
              restart: Optional[tuple[object, int]] = None) -> str:
        """The label of the next paragraph at level ``ilvl`` of list ``list_id``, advancing its counter.

        ``restart`` is (key, number): the first paragraph with that key starts the level at that number
        (an override of the list's start for one use of it).
        """
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(list_id, [None] * MAX_LEVELS)
        if restart is not None and restart[0] not in self._restarted:
            self._restarted.add(restart[0])
            counters[ilvl] = restart[1] - 1
        current = counters[ilvl]
        counters[ilvl] = (levels[ilvl].start - 1 if current is None else current) + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = None
        return _format(levels, counters, ilvl)


def _format(levels: dict[int, Level], counters: list[Optional[int]], ilvl: int) -> str:
    level = levels[ilvl]
    if level.fmt == "none":
        return ""
    if level.fmt == "bullet":
        printable = level.text and not any(0xE000 <= ord(ch) <= 0xF8FF for ch in level.text)
        return level.text if printable else BULLET

    def number(m: re.Match) -> str:
        k = int(m.group(1)) - 1
        ref = levels.get(k)
        if ref is None:
            return ""
        value = counters[k] if counters[k] is not None else ref.start
        fmt = "decimal" if level.legal else ref.fmt
        return NUMBER_FORMATS.get(fmt, str)(value)

    return _LEVEL_REFERENCE.sub(number, level.text).strip()
