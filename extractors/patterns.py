"""Regular-expression helpers shared by the extractors."""
from __future__ import annotations

import re
from typing import Iterable


def alternatives(words: Iterable[str], space: str = r"\ ") -> str:
    """An alternation of ``words``, escaped and longest first (so "thời gian thực hiện" wins over "thời
    gian"), with ``space`` standing for each space between words ("[ \\t\\n]+" lets a line break or a run
    of spaces join them)."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))
