"""Part-of-speech tags of short phrases, from underthesea.

The tagger loads on first use, as only a few phrases ever need it: a collective's qualifier, a
rate's denominator, a task's opening verb, a bullet in a text that lost its line breaks.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def pos_tags(phrase: str) -> tuple[tuple[str, str], ...]:
    """underthesea's (word, part-of-speech tag) pairs of a short phrase."""
    from underthesea import pos_tag
    return tuple(pos_tag(phrase))


def opens_with_verb(phrase: str) -> bool:
    """Whether the first word of a short phrase is tagged as a verb ("tổ chức tập huấn …")."""
    tagged = pos_tags(phrase)
    return bool(tagged) and tagged[0][1] == "V"
