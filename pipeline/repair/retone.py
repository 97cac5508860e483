"""Real-word repair of OCR'd text: syllables whose marks OCR misread as those of another syllable.

Tesseract reads Vietnamese scans with their marks, but often gives a valid syllable with wrong
ones: "sửa đồi, bồ sung" for "sửa đổi, bổ sung", "phòng, chồng" for "phòng, chống", "Nghị định
sô". Every syllable of such a text may become another with the same letters (the same ``fold``),
at a cost that the trigram model must outweigh; the beam search then picks each sentence's
reading. Tokens that are no syllable (numbers, codes, abbreviations, foreign words) stay.
``lattice`` lays out these options; ``model.BatchModel.retone`` decodes them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

import numpy as np

from pipeline.repair import units
from pipeline.repair.syllables import by_skeleton, inventory
from pipeline.repair.tokens import tokens
from pipeline.vietnamese import fold

CHANGE_COST = 8.0        # channel cost of reading a syllable as another with the same letters…
NAME_CHANGE_COST = 11.0  # …and of a capitalised word inside a line, likely a name
MAX_VARIANTS = 8         # the most frequent variants of a syllable offered beside it


class Lattice(NamedTuple):
    """Options of every slot (unit ids and costs), where slots and sentences start, and the tokens that may
    change: (slot, start, end, token, in a capitals line, None)."""

    words: np.ndarray
    costs: np.ndarray
    slot_start: np.ndarray
    sentence_start: np.ndarray
    edits: list


def lattice(text: str, variants: Callable[[str], tuple[str, ...]], caps_line: Callable[[str], bool]) -> Lattice:
    """The options of every token of ``text``: a syllable and its variants, anything else as it is.

    ``variants`` gives a syllable and those it may become (``variants_by``); ``caps_line`` says whether a
    line is written in capitals (its capitals say nothing of names).
    """
    ids = units.ids()
    comma = ids[units.COMMA]
    words: list[int] = []
    costs: list[float] = []
    slot_start, sentence_start, edits = [0], [0], []
    offset = 0
    for line in text.split("\n"):
        caps = caps_line(line)
        for tok in tokens(line):
            unit = units.unit(tok.text)
            options = variants(unit) if unit in inventory() and not _code(line, tok, caps) else ()
            slot = len(slot_start) - 1
            if len(options) > 1:
                edits.append((slot, offset + tok.start, offset + tok.end, tok.text, caps, None))
                cost = NAME_CHANGE_COST if tok.text[:1].isupper() and not caps and tok.start > 0 else CHANGE_COST
                for option in options:
                    words.append(ids[option])
                    costs.append(0.0 if option == unit else cost)
            else:
                words.append(ids[unit])
                costs.append(0.0)
            slot_start.append(len(words))
            after = line[tok.end:tok.end + 1]
            if after == units.COMMA:
                words.append(comma)
                costs.append(0.0)
                slot_start.append(len(words))
            elif after in units.SENTENCE_END:
                sentence_start.append(len(slot_start) - 1)
        if len(slot_start) - 1 > sentence_start[-1]:
            sentence_start.append(len(slot_start) - 1)  # a line ends its sentence
        offset += len(line) + 1
    return Lattice(np.array(words, np.int64), np.array(costs), np.array(slot_start, np.int64),
                   np.array(sentence_start, np.int64), edits)


def _code(line: str, tok, caps: bool) -> bool:
    """Whether a token is part of a code or an abbreviation: "TU" of "212-TB/TU", "UB" in a lowercase line."""
    touching = line[max(tok.start - 1, 0):tok.start] + line[tok.end:tok.end + 1]
    return any(ch in touching for ch in "/-&") or (not caps and len(tok.text) <= 3 and tok.text.isupper())


def variants_by(frequency: Callable[[int], float]) -> Callable[[str], tuple[str, ...]]:
    """A function giving a syllable, then its MAX_VARIANTS most frequent variants with the same letters
    (``frequency`` of a unit id), remembered for each syllable."""
    ids = units.ids()

    @lru_cache(maxsize=None)
    def variants(syllable: str) -> tuple[str, ...]:
        others = sorted((s for s in by_skeleton().get(fold(syllable), ()) if s != syllable),
                        key=lambda s: frequency(ids[s]), reverse=True)
        return (syllable, *others[:MAX_VARIANTS])

    return variants
