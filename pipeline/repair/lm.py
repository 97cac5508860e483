"""Syllable trigram language model, interpolated modified Kneser-Ney, stored in backoff form.

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


def _discounts(counts: Iterable[int]) -> tuple[float, float, float]:
    """Modified Kneser-Ney discounts (Chen & Goodman) for counts 1, 2 and 3+."""
    hist = Counter(c for c in counts if c <= 4)
    n1, n2, n3, n4 = (hist[i] for i in (1, 2, 3, 4))
    if not (n1 and n2 and n3 and n4):
        return 0.5, 1.0, 1.5
    y = n1 / (n1 + 2 * n2)
    return tuple(max(0.05, min(d, i)) for i, d in ((1, 1 - 2 * y * n2 / n1), (2, 2 - 3 * y * n3 / n2),
                                                   (3, 3 - 4 * y * n4 / n3)))


def _level(count: float) -> int:
    return 0 if count <= 1 else 1 if count <= 2 else 2


class TrigramLM:
    """log P(c | a, b) (natural log) with interpolated modified Kneser-Ney smoothing."""

    def __init__(self, counts: Counts, vocabulary: int) -> None:
        tri = counts.tri
        d3 = _discounts(tri.values())
        ctx2: Counter = Counter()          # c(a, b, ·)
        mass2: Counter = Counter()         # Σ discounts over the continuations of (a, b)
        cont2: Counter = Counter()         # N1+(·, b, c)
        for (a, b, c), n in tri.items():
            ctx2[a, b] += n
            mass2[a, b] += d3[_level(n)]
            cont2[b, c] += 1
        d2 = _discounts(cont2.values())
        cont1: Counter = Counter()         # N1+(·, c) over bigram types
        ctx1: Counter = Counter()          # N1+(·, b, ·)
        mass1: Counter = Counter()
        for (b, c), n in cont2.items():
            cont1[c] += 1
            ctx1[b] += n
            mass1[b] += d2[_level(n)]
        total1 = sum(cont1.values())
        unseen = max(vocabulary - len(cont1), 1)
        self.unknown = math.log(UNKNOWN_MASS / unseen)
        p1 = {c: (1 - UNKNOWN_MASS) * n / total1 for c, n in cont1.items()}
        self.uni = {c: math.log(p) for c, p in p1.items()}
        gamma2 = {b: mass1[b] / ctx1[b] for b in ctx1}
        p2 = {}
        for (b, c), n in cont2.items():
            p2[b, c] = max(n - d2[_level(n)], 0) / ctx1[b] + gamma2[b] * p1[c]
        self.bi = {k: math.log(p) for k, p in p2.items()}
        self.bow2 = {b: math.log(g) for b, g in gamma2.items() if g > 0}
        gamma3 = {k: mass2[k] / ctx2[k] for k in ctx2}
        self.tri = {(a, b, c): math.log(max(n - d3[_level(n)], 0) / ctx2[a, b] + gamma3[a, b] * p2[b, c])
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


def unigram_shift(batch: Counts, lm: TrigramLM, beta: float, prior: float) -> dict[str, float]:
    """Log-score bonus of each syllable the batch uses: beta · ln(P_batch(c) / P_floor(c)).

    Unigram rescaling (minimum discrimination information adaptation): the
    batch's own word frequencies lift the words it uses often, which the
    continuation counts of Kneser-Ney cannot do. P_batch is the batch frequency
    smoothed towards the model's unigram with ``prior`` pseudo-counts, P_floor
    what it gives a syllable the batch never uses (shift 0), so the bonus is
    beta · ln(1 + n(c) / (prior · P_lm(c))).
    """
    freq: Counter = Counter()
    for (_, _, c), n in batch.tri.items():
        freq[c] += n
    return {c: beta * math.log1p(n / (prior * math.exp(lm.unigram(c)))) for c, n in freq.items()}


def merge(sources: Iterable[tuple[Counts, int]]) -> Counts:
    """Weighted sum of count sets."""
    out = Counts()
    for counts, weight in sources:
        out.update(counts, weight)
    return out

