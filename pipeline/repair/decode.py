"""Decoding lattice: the options of every token, pruned, and rescued by their neighbours.

Each token of a damaged line offers a few candidate syllables with channel costs:
the best by unigram probability and channel cost, plus those of its reserve that
form a known bigram with a likely neighbour (so "theo doi" keeps the rare "dõi").
The beam search (``viterbi``) then picks the sequence that maximises
log P_lm − CHANNEL_WEIGHT · channel cost.  Tokens with one option (numbers,
codes, unreadable junk) pass through unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from pipeline.repair.lm import TrigramLM

CHANNEL_WEIGHT = 0.7
BEAM = 6
MAX_OPTIONS = 4      # candidates kept per token by unigram and channel
OPTION_MARGIN = 5.0  # …only those within this much of the best
WIDE_OPTIONS = 6     # the same for text without OCR noise
WIDE_MARGIN = 6.0
RESERVE = 12         # further candidates, kept when a neighbour vouches for them
RESERVE_MARGIN = 10.0
MAX_RESCUED = 3
NEIGHBOURS = 2       # options of each neighbour that may vouch


@dataclass(frozen=True)
class Slot:
    """One token: its options (unit, channel cost), best first, and its reserve."""

    options: tuple[tuple[str, float], ...]
    reserve: tuple[tuple[str, float], ...] = ()


def prune(options: Sequence[tuple[str, float]], lm: TrigramLM, wide: bool = False) -> Slot:
    """The few options worth decoding, by channel cost and unigram probability.

    ``wide`` keeps more of them: for text without OCR noise, where only the
    language model tells the options apart.
    """
    if len(options) <= 1:
        return Slot(tuple(options))
    scored = sorted(((lm.unigram(u) - CHANNEL_WEIGHT * c, u, c) for u, c in options), reverse=True)
    top = scored[0][0]
    limit, margin = (WIDE_OPTIONS, WIDE_MARGIN) if wide else (MAX_OPTIONS, OPTION_MARGIN)
    kept = [(u, c) for s, u, c in scored[:limit] if s >= top - margin]
    reserve = [(u, c) for s, u, c in scored[len(kept):len(kept) + RESERVE] if s >= top - RESERVE_MARGIN]
    return Slot(tuple(kept), tuple(reserve))


class Context:
    """Reserve options rescued by neighbours, remembered per triple of slots."""

    def __init__(self, lm: TrigramLM) -> None:
        self.bigrams = lm.bi
        self._memo: dict[tuple[int, int, int], Slot] = {}
        self._keep: list[Slot] = []  # the slots whose ids key the memo stay alive

    def _vouched(self, slot: Slot, before: Slot | None, after: Slot | None) -> Slot:
        left = [u for u, _ in before.options[:NEIGHBOURS]] if before else []
        right = [u for u, _ in after.options[:NEIGHBOURS]] if after else []
        pairs = [(w, u) for u, _ in slot.reserve for w in left] + [(u, w) for u, _ in slot.reserve for w in right]
        known = self.bigrams.keys() & pairs
        if not known:
            return slot
        rescued = tuple(o for o in slot.reserve
                        if any((w, o[0]) in known for w in left) or any((o[0], w) in known for w in right))
        return Slot(slot.options + rescued[:MAX_RESCUED])

    def slots(self, slots: Sequence[Slot]) -> list[Slot]:
        """The slots of one sentence, each with the reserve options its neighbours vouch for."""
        out = []
        for t, slot in enumerate(slots):
            if not slot.reserve:
                out.append(slot)
                continue
            before = slots[t - 1] if t else None
            after = slots[t + 1] if t + 1 < len(slots) else None
            key = (id(before), id(slot), id(after))
            hit = self._memo.get(key)
            if hit is None:
                hit = self._memo[key] = self._vouched(slot, before, after)
                self._keep += (before, slot, after)
            out.append(hit)
        return out
