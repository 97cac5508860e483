"""Decoding: the likeliest syllable sequence over a line's candidate lattice.

Each token of a damaged line offers a few candidate syllables with channel costs:
the best by unigram probability and channel cost, plus those of its reserve that
form a known bigram with a likely neighbour (so "theo doi" keeps the rare "dõi").
A beam search over trigram states (previous two syllables) picks the sequence
that maximises  log P_lm − CHANNEL_WEIGHT · channel cost.  Tokens with one
option (numbers, codes, unreadable junk) pass through the beam unchanged.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from pipeline.repair.lm import BOS, TrigramLM

CHANNEL_WEIGHT = 1.0
BEAM = 4
MAX_OPTIONS = 4      # candidates kept per token by unigram and channel
OPTION_MARGIN = 5.0  # …only those within this much of the best
RESERVE = 12         # further candidates, kept when a neighbour vouches for them
RESERVE_MARGIN = 10.0
MAX_RESCUED = 2
NEIGHBOURS = 2       # options of each neighbour that may vouch


@dataclass(frozen=True)
class Slot:
    """One token: its options (unit, channel cost), best first, and its reserve."""

    options: tuple[tuple[str, float], ...]
    reserve: tuple[tuple[str, float], ...] = ()


def prune(options: Sequence[tuple[str, float]], lm: TrigramLM) -> Slot:
    """The few options worth decoding, by channel cost and unigram probability."""
    if len(options) <= 1:
        return Slot(tuple(options))
    scored = sorted(((lm.unigram(u) - CHANNEL_WEIGHT * c, u, c) for u, c in options), reverse=True)
    top = scored[0][0]
    kept = [(u, c) for s, u, c in scored[:MAX_OPTIONS] if s >= top - OPTION_MARGIN]
    reserve = [(u, c) for s, u, c in scored[len(kept):len(kept) + RESERVE] if s >= top - RESERVE_MARGIN]
    return Slot(tuple(kept), tuple(reserve))


class Context:
    """Reserve options rescued by neighbours, remembered per pair of slots."""

    def __init__(self, lm: TrigramLM) -> None:
        self.bigrams = lm.bi
        self._left: dict[tuple[int, int], tuple[tuple[str, float], ...]] = {}
        self._right: dict[tuple[int, int], tuple[tuple[str, float], ...]] = {}

    def _vouched(self, memo: dict, key: tuple[int, int], slot: Slot, other: Slot, left: bool):
        hit = memo.get(key)
        if hit is None:
            words = [u for u, _ in other.options[:NEIGHBOURS]]
            bigrams = self.bigrams
            if left:
                hit = tuple(o for o in slot.reserve if any((w, o[0]) in bigrams for w in words))
            else:
                hit = tuple(o for o in slot.reserve if any((o[0], w) in bigrams for w in words))
            memo[key] = hit
        return hit

    def slots(self, slots: Sequence[Slot]) -> list[Slot]:
        """The slots of one sentence, each with the reserve options its neighbours vouch for."""
        out = []
        for t, slot in enumerate(slots):
            if not slot.reserve:
                out.append(slot)
                continue
            rescued: tuple[tuple[str, float], ...] = ()
            if t:
                prev = slots[t - 1]
                rescued = self._vouched(self._left, (id(prev), id(slot)), slot, prev, True)
            if t + 1 < len(slots):
                nxt = slots[t + 1]
                rescued += tuple(o for o in self._vouched(self._right, (id(slot), id(nxt)), slot, nxt, False)
                                 if o not in rescued)
            out.append(Slot(slot.options + rescued[:MAX_RESCUED]) if rescued else slot)
        return out


def best_path(slots: Sequence[Slot], lm: TrigramLM) -> list[tuple[int, float]]:
    """(chosen option, its confidence) for every slot of one sentence.

    The confidence is the option's share of the slot's max-marginals: for each
    option, the best score of any hypothesis that ends in it, the future unseen.
    """
    if all(len(slot.options) == 1 for slot in slots):
        return [(0, 1.0)] * len(slots)
    states: dict[tuple[str, str], float] = {(BOS, BOS): 0.0}
    history: list[dict[tuple[str, str], tuple[float, tuple[str, str], int]]] = []
    tri, bi, bow2, bow3, uni, unknown = lm.tri.get, lm.bi.get, lm.bow2.get, lm.bow3.get, lm.uni.get, lm.unknown
    for slot in slots:
        new: dict[tuple[str, str], tuple[float, tuple[str, str], int]] = {}
        options = [(i, u, -CHANNEL_WEIGHT * c) for i, (u, c) in enumerate(slot.options)]
        for ab, score in states.items():
            a, b = ab
            backoff = bow3(ab, 0.0)
            for i, u, channel in options:
                v = tri((a, b, u))
                if v is None:
                    v = bi((b, u))
                    if v is None:
                        v = bow2(b, 0.0) + uni(u, unknown)
                    v += backoff
                s = score + v + channel
                key = (b, u)
                old = new.get(key)
                if old is None or s > old[0]:
                    new[key] = (s, ab, i)
        if len(new) > BEAM:
            keep = sorted(new, key=new.__getitem__, reverse=True)[:BEAM]
            new = {k: new[k] for k in keep}
        states = {k: v[0] for k, v in new.items()}
        history.append(new)
    key = max(states, key=states.__getitem__)
    path: list[tuple[int, float]] = []
    for step in reversed(history):
        _, prev, i = step[key]
        path.append((i, _share(step, key[1]) if len(step) > 1 else 1.0))
        key = prev
    return path[::-1]


def _share(step: dict[tuple[str, str], tuple[float, tuple[str, str], int]], chosen: str) -> float:
    """Share of ``chosen`` among the max-marginals of one step."""
    best: dict[str, float] = {}
    for (_, u), (s, _, _) in step.items():
        if s > best.get(u, -math.inf):
            best[u] = s
    top = max(best.values())
    return math.exp(best[chosen] - top) / sum(math.exp(s - top) for s in best.values())
