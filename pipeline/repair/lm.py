"""Syllable trigram language model, interpolated Kneser-Ney, stored in backoff form.

Counts are gathered from token streams (``Counts.add``), possibly from several
sources with weights, then turned into a ``TrigramLM`` whose ``logp(a, b, c)``
is one to three dictionary lookups: the interpolated probability of every seen
n-gram is precomputed, unseen ones back off with the context's weight.
"""
from __future__ import annotations

import math
import pickle
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

BOS = "<s>"
UNKNOWN_MASS = 0.005 # share of unigram mass kept for syllables never seen
MAX_DISCOUNT = 0.95


@dataclass
class Counts:
    """Trigram, bigram and unigram counts of syllable streams."""

    tri: Counter = field(default_factory=Counter)

    def add(self, stream: Sequence[str], weight: int = 1) -> None:
        """Count one sentence (a sequence of syllables and class tokens)."""
        seq = (BOS, BOS, *stream)
        for i in range(2, len(seq)):
            self.tri[seq[i - 2], seq[i - 1], seq[i]] += weight

    def update(self, other: "Counts", weight: int = 1) -> None:
        for k, v in other.tri.items():
            self.tri[k] += v * weight

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(dict(self.tri), f, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: Path) -> "Counts":
        with path.open("rb") as f:
            return cls(Counter(pickle.load(f)))


def _discount(counts: Iterable[int]) -> float:
    hist = Counter(c for c in counts if c <= 2)
    n1, n2 = hist[1], hist[2]
    if not n1:
        return 0.5
    return min(MAX_DISCOUNT, n1 / (n1 + 2 * n2)) if n2 else 0.5


class TrigramLM:
    """log P(c | a, b) (natural log) with interpolated Kneser-Ney smoothing."""

    def __init__(self, counts: Counts, vocabulary: int) -> None:
        tri = counts.tri
        ctx2: Counter = Counter()          # c(a, b, ·)
        types2: Counter = Counter()        # N1+(a, b, ·)
        cont2: Counter = Counter()         # N1+(·, b, c)
        for (a, b, c), n in tri.items():
            ctx2[a, b] += n
            types2[a, b] += 1
            cont2[b, c] += 1
        cont1: Counter = Counter()         # N1+(·, c) over bigram types
        ctx1: Counter = Counter()          # N1+(·, b, ·)
        types1: Counter = Counter()        # N1+(b, ·) over continuation bigrams
        for (b, c), n in cont2.items():
            cont1[c] += 1
            ctx1[b] += n
            types1[b] += 1
        d3, d2 = _discount(tri.values()), _discount(cont2.values())
        total1 = sum(cont1.values())
        unseen = max(vocabulary - len(cont1), 1)
        self.unknown = math.log(UNKNOWN_MASS / unseen)
        p1 = {c: (1 - UNKNOWN_MASS) * n / total1 for c, n in cont1.items()}
        self.uni = {c: math.log(p) for c, p in p1.items()}
        gamma2 = {b: d2 * types1[b] / ctx1[b] for b in ctx1}
        p2 = {}
        for (b, c), n in cont2.items():
            p2[b, c] = max(n - d2, 0) / ctx1[b] + gamma2[b] * p1[c]
        self.bi = {k: math.log(p) for k, p in p2.items()}
        self.bow2 = {b: math.log(g) for b, g in gamma2.items() if g > 0}
        gamma3 = {k: d3 * types2[k] / ctx2[k] for k in ctx2}
        self.tri = {(a, b, c): math.log(max(n - d3, 0) / ctx2[a, b] + gamma3[a, b] * p2[b, c])
                    for (a, b, c), n in tri.items()}
        self.bow3 = {k: math.log(g) for k, g in gamma3.items() if g > 0}

    def logp(self, a: str, b: str, c: str) -> float:
        v = self.tri.get((a, b, c))
        if v is not None:
            return v
        v = self.bi.get((b, c))
        if v is None:
            v = self.bow2.get(b, 0.0) + self.uni.get(c, self.unknown)
        return self.bow3.get((a, b), 0.0) + v

    def unigram(self, c: str) -> float:
        return self.uni.get(c, self.unknown)


def merge(sources: Iterable[tuple[Counts, int]]) -> Counts:
    """Weighted sum of count sets."""
    out = Counts()
    for counts, weight in sources:
        out.update(counts, weight)
    return out

