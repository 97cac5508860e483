"""Lines of a normalised text with their offsets, and the small tests segmenting needs on them."""
from __future__ import annotations

import re
from dataclasses import dataclass

_STRIP = " \f"
CELL_SEPARATOR = " | "  # between the cells of a table row kept on one line, whatever the input format
FILL_IN = re.compile(r"…{3,}|[.…]{6,}")  # the dots of a blank in a form ("Ông (bà) ………, Chức vụ ……"), not ",...."


@dataclass(frozen=True)
class Line:
    """One non-empty line (paragraph): its text without surrounding blanks and where it lies."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text``; ``text[ln.start:ln.end] == ln.text``."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(_STRIP)
        if stripped:
            lead = len(raw) - len(raw.lstrip(_STRIP))
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def is_caps(text: str, min_letters: int = 3) -> bool:
    """Whether ``text`` is written in capitals (at least 80% of at least ``min_letters`` letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= min_letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
