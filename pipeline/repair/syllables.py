"""The inventory of Vietnamese syllables and its index by ASCII skeleton.

Every onset × rhyme × tone that the orthography admits (``is_syllable``), with the
tone mark in the canonical position: about 19,600 syllables, of which some 7,500
occur in the Viet74K dictionary. A syllable's skeleton is its lowercase ASCII
fold ("nghèo" → "ngheo"); OCR that loses marks keeps (most of) the skeleton.
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.vietnamese import ONSETS, RHYMES, add_tone, fold, is_syllable

TONES = range(6)


@lru_cache(maxsize=None)
def inventory() -> frozenset[str]:
    """All well-formed lowercase syllables."""
    out = set()
    for onset in ONSETS:
        for rhyme in RHYMES:
            for tone in TONES:
                word = add_tone(onset + rhyme, tone)
                if is_syllable(word):
                    out.add(word)
    return frozenset(out)


@lru_cache(maxsize=None)
def by_skeleton() -> dict[str, tuple[str, ...]]:
    """Skeleton → the syllables that fold to it."""
    index: dict[str, list[str]] = {}
    for syl in sorted(inventory()):
        index.setdefault(fold(syl), []).append(syl)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=None)
def skeleton_prefixes() -> frozenset[str]:
    """Every prefix of every skeleton (the empty one included)."""
    return frozenset(s[:i] for s in by_skeleton() for i in range(len(s) + 1))
