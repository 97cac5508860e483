"""Tokens of a line: whitespace- or slash-separated, with their edge punctuation set apart."""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

_TOKEN = re.compile(r"[^\s/]+")
LEADING = "([{\"'“‘«*•·,.;:"
TRAILING = ".,;:!?)]}\"'”’»…"


class Token(NamedTuple):
    start: int  # offsets of the core, edge punctuation excluded
    end: int
    text: str


def tokens(line: str, offset: int = 0) -> Iterator[Token]:
    """The cores of a line's tokens ("(sau" → "sau", "nghèo;" → "nghèo", "đợt/năm" → "đợt", "năm")."""
    for m in _TOKEN.finditer(line):
        chunk = m.group()
        core = chunk.lstrip(LEADING)
        start = offset + m.end() - len(core)
        core = core.rstrip(TRAILING)
        if core:
            yield Token(start, start + len(core), core)


def core(word: str) -> str:
    """One token without its edge punctuation."""
    return next((t.text for t in tokens(word)), "")
