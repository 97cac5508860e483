"""Decoding: the likeliest syllable sequence over a line's candidate lattice.

Each token of a damaged line offers a few candidate syllables with channel costs;
a beam search over trigram states (previous two syllables) picks the sequence
that maximises  log P_lm − CHANNEL_WEIGHT · channel cost.  Tokens with one
option (numbers, codes, unreadable junk) pass through the beam unchanged.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from pipeline.repair.lm import BOS, TrigramLM

CHANNEL_WEIGHT = 1.0
BEAM = 8
MAX_OPTIONS = 10     # candidates kept per token after unigram pruning
OPTION_MARGIN = 9.0  # …and only those within this much of the best


@dataclass(frozen=True)
class Slot:
    """One token: its options (unit, channel cost); the first option is kept when it wins."""

    options: tuple[tuple[str, float], ...]


def prune(options: Sequence[tuple[str, float]], lm: TrigramLM) -> tuple[tuple[str, float], ...]:
    """The few options worth decoding, by channel cost and unigram probability."""
    if len(options) <= 1:
        return tuple(options)
    scored = sorted(((lm.unigram(u) - CHANNEL_WEIGHT * c, u, c) for u, c in options), reverse=True)
    top = scored[0][0]
    return tuple((u, c) for s, u, c in scored[:MAX_OPTIONS] if s >= top - OPTION_MARGIN)


def best_path(slots: Sequence[Slot], lm: TrigramLM) -> list[int]:
    """Index of the chosen option for every slot of one sentence."""
    states: dict[tuple[str, str], float] = {(BOS, BOS): 0.0}
    history: list[dict[tuple[str, str], tuple[tuple[str, str], int]]] = []
    logp = lm.logp
    for slot in slots:
        new: dict[tuple[str, str], float] = {}
        back: dict[tuple[str, str], tuple[tuple[str, str], int]] = {}
        for (a, b), score in states.items():
            for i, (u, cost) in enumerate(slot.options):
                s = score + logp(a, b, u) - CHANNEL_WEIGHT * cost
                key = (b, u)
                if s > new.get(key, -math.inf):
                    new[key] = s
                    back[key] = ((a, b), i)
        if len(new) > BEAM:
            keep = sorted(new, key=new.__getitem__, reverse=True)[:BEAM]
            new = {k: new[k] for k in keep}
        states = new
        history.append(back)
    key = max(states, key=states.__getitem__)
    path = []
    for back in reversed(history):
        key, i = back[key]
        path.append(i)
    return path[::-1]


def confidence(slots: Sequence[Slot], path: Sequence[int], t: int, lm: TrigramLM) -> float:
    """Posterior share of the chosen option at slot ``t``, its neighbours fixed."""
    words = [BOS, BOS] + [s.options[i][0] for s, i in zip(slots, path)]
    k = t + 2
    scores = []
    for u, cost in slots[t].options:
        w = words[:k] + [u] + words[k + 1:k + 3]
        s = -CHANNEL_WEIGHT * cost
        for j in range(k, min(k + 3, len(w))):
            s += lm.logp(w[j - 2], w[j - 1], w[j])
        scores.append(s)
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    return math.exp(scores[path[t]] - top) / total
