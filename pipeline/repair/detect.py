"""Detection: does a text (or a line) look like OCR that lost or garbled its diacritics?

Clean Vietnamese writes most syllables with marks: only about one word in ten
is a valid syllable in plain ASCII ("tin", "an", "quan"), and almost every word
is a valid syllable. OCR without the Vietnamese model leaves most syllables in
bare ASCII and produces many words that are no syllable at all ("nghéo", "d@)ng").
A line is clean when enough of its words carry letters that only Vietnamese
writes (ơ, ư, ă, đ, ạ, ề…): an OCR engine without Vietnamese never produces those.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.vietnamese import VIETNAMESE_LETTERS
from pipeline.vietnamese import is_syllable as _is_syllable

_TOKEN = re.compile(r"[^\W_]+(?:[^\w\s]+[^\W_]+)*")
DAMAGED_ASCII_SHARE = 0.35
DAMAGED_INVALID_SHARE = 0.10
MIN_WORDS = 20
# letters outside Latin-1: Vietnamese text has them, Latin-script OCR does not
NATIVE_LETTERS = frozenset(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0xFF)
CLEAN_LINE_NATIVE_SHARE = 0.2
CLEAN_LINE_INVALID_SHARE = 0.2


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    return _is_syllable(word)


def damage_scores(text: str) -> tuple[float, float, int]:
    """(share of bare-ASCII syllables, share of non-syllable words, words counted)."""
    ascii_ok = invalid = n = 0
    for w, count in Counter(_TOKEN.findall(text)).items():
        if w.isdigit() or (w.isupper() and len(w) > 1):
            continue  # numbers, abbreviations and capitals say nothing about marks
        n += count
        if w.isalpha() and is_syllable(w):
            ascii_ok += count * w.isascii()
        else:
            invalid += count
    if not n:
        return 0.0, 0.0, 0
    return ascii_ok / n, invalid / n, n


def is_damaged(text: str) -> bool:
    """Whether the text as a whole needs OCR repair."""
    ascii_share, invalid_share, n = damage_scores(text)
    return n >= MIN_WORDS and ascii_share >= DAMAGED_ASCII_SHARE and invalid_share >= DAMAGED_INVALID_SHARE


def is_clean_line(line: str) -> bool:
    """Whether one line of a damaged text reads as intact Vietnamese (and is left alone)."""
    n = native = invalid = 0
    for w in _TOKEN.findall(line):
        counted, has_native, is_invalid = _line_word(w)
        n += counted
        native += has_native
        invalid += is_invalid
    if not n:
        return True
    return native >= CLEAN_LINE_NATIVE_SHARE * n and invalid <= CLEAN_LINE_INVALID_SHARE * n


@lru_cache(maxsize=1 << 16)
def _line_word(w: str) -> tuple[bool, bool, bool]:
    """(counted: not a number, written with native letters, neither a syllable nor capitals)."""
    if w.isdigit():
        return False, False, False
    return True, any(ch in NATIVE_LETTERS for ch in w), not (w.isalpha() and is_syllable(w)) and not w.isupper()
