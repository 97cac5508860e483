"""What the language model reads: lowercase syllables, and class tokens for everything else.

A token that is a well-formed syllable is itself (lowercase, canonical tone);
a number is ``<num>``; any other token (abbreviations, codes, foreign words) is
``<x>``. A comma after a token is a unit of its own (``,``): "mục tiêu, chỉ tiêu"
is not "tiêu chí". A sentence ends at ., ;, :, !, ? and at the end of a line.

Every unit has a fixed id, whatever the model (``ids``): the class tokens, then
the syllables in sorted order, so ids compare as the syllables do; id 0 is no unit.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from pipeline.repair.syllables import inventory
from pipeline.repair.tokens import tokens
from pipeline.vietnamese import place_tone

BOS = "<s>"  # before the first word of a sentence
NUMBER = "<num>"
OTHER = "<x>"
COMMA = ","
SENTENCE_END = frozenset(".;:!?")
_NUMBER = re.compile(r"[\d.,/%-]+")


def unit(word: str) -> str:
    """The model's unit for one token core."""
    low = word.lower()
    if low in inventory():
        return low
    placed = place_tone(low)
    if placed in inventory():
        return placed
    return NUMBER if _NUMBER.fullmatch(low) else OTHER


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """Every unit, indexed by its id (index 0 is the empty string: no unit)."""
    return ("", BOS, NUMBER, OTHER, COMMA, *sorted(inventory()))


@lru_cache(maxsize=1)
def ids() -> dict[str, int]:
    """Unit → its id."""
    return {u: i for i, u in enumerate(vocabulary()) if i}


def sentences(text: str) -> Iterator[list[str]]:
    """The unit streams of a clean text, one per sentence."""
    text = unicodedata.normalize("NFC", text)
    for line in text.splitlines():
        stream: list[str] = []
        for tok in tokens(line):
            stream.append(unit(tok.text))
            after = line[tok.end:tok.end + 1]
            if after == COMMA:
                stream.append(COMMA)
            elif after in SENTENCE_END:
                yield stream
                stream = []
        if stream:
            yield stream
