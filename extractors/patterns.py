"""Regular-expression helpers and patterns shared by the extractors."""
from __future__ import annotations

import re
from typing import Iterable

BULLETS = "-–+•*"  # the marks an item of a list or a row of a table may open with
MAX_NAME_WORDS = 4  # words of a place's name in a list of them ("Gò Công Đông")
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+")  # between the names of a list: "Gia Thuận, Tân Điền và …"
# the label of a heading or list item, without its mark: "IV", "2", "4.1", "a" (a pattern; "IV." adds the mark)
LIST_LABEL = r"(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])"


def alternatives(words: Iterable[str], space: str = r"\ ") -> str:
    """An alternation of ``words``, escaped and longest first (so "thời gian thực hiện" wins over "thời
    gian"), with ``space`` standing for each space between words ("[ \\t\\n]+" lets a line break or a run
    of spaces join them)."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))
