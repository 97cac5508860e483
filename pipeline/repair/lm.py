"""Syllable trigram language model, interpolated modified Kneser-Ney, stored in backoff form.

Counts are gathered from token streams (``Counts.add``), possibly from several
sources with weights (``merge`` of their ``Grams``: the counts as arrays over unit
ids), then turned into a ``TrigramLM``: the interpolated probability of every
seen n-gram is precomputed into hash tables, unseen ones back off with the
context's weight. The estimate is computed on arrays, each sum in the order the
trigrams were first counted, so it comes out the same, bit for bit, as summed
trigram by trigram.
"""
from __future__ import annotations

import math
import pickle
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from pipeline.repair import hashmap, units
from pipeline.repair.units import BOS

UNKNOWN_MASS = 0.005 # share of unigram mass kept for syllables never seen


def width() -> int:
    """The base of n-gram keys: (a · width + b) · width + c over unit ids."""
    return len(units.vocabulary())


@dataclass
class Counts:
    """Trigram, bigram and unigram counts of syllable streams."""

    tri: Counter = field(default_factory=Counter)

    def add(self, stream: Sequence[str], weight: int = 1) -> None:
        """Count one sentence (a sequence of syllables and class tokens)."""
        seq = (BOS, BOS, *stream)
        for i in range(2, len(seq)):
            self.tri[seq[i - 2], seq[i - 1], seq[i]] += weight

    def grams(self) -> "Grams":
        """The counts as arrays over unit ids."""
        ids, n, w = units.ids(), len(self.tri), width()
        words = np.fromiter((ids[u] for key in self.tri for u in key), np.int64, 3 * n).reshape(n, 3)
        return Grams((words[:, 0] * w + words[:, 1]) * w + words[:, 2], np.fromiter(self.tri.values(), np.int64, n))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(dict(self.tri), f, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: Path) -> "Counts":
        with path.open("rb") as f:
            return cls(Counter(pickle.load(f)))


@dataclass
class Grams:
    """Trigram counts as arrays: each trigram's key (over unit ids) and count, in the order first counted."""

    keys: np.ndarray
    counts: np.ndarray


def merge(sources: Iterable[tuple[Grams, int]]) -> Grams:
    """Weighted sum of count sets, in the order their trigrams were first counted."""
    sources = list(sources)
    keys = np.concatenate([g.keys for g, _ in sources])
    counts = np.concatenate([g.counts * weight for g, weight in sources])
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    order = np.argsort(first)
    total = np.bincount(inverse, weights=counts).astype(np.int64)  # exact: integers well below 2**53
    return Grams(unique[order], total[order])


def _discounts(counts: np.ndarray) -> tuple[float, float, float]:
    """Modified Kneser-Ney discounts (Chen & Goodman) for counts 1, 2 and 3+."""
    n1, n2, n3, n4 = (int(v) for v in np.bincount(counts[counts <= 4], minlength=5)[1:5])
    if not (n1 and n2 and n3 and n4):
        return 0.5, 1.0, 1.5
    y = n1 / (n1 + 2 * n2)
    return tuple(max(0.05, min(d, i)) for i, d in ((1, 1 - 2 * y * n2 / n1), (2, 2 - 3 * y * n3 / n2),
                                                   (3, 3 - 4 * y * n4 / n3)))


def _discount(counts: np.ndarray, discounts: tuple[float, float, float]) -> np.ndarray:
    """The discount of each count: of 1, of 2, or of 3 and more."""
    return np.array(discounts, np.float64)[np.where(counts <= 1, 0, np.where(counts <= 2, 1, 2))]


def _log(x: np.ndarray) -> np.ndarray:
    """Natural log, element by element as ``math.log`` takes it."""
    return np.fromiter(map(math.log, x.tolist()), np.float64, x.size)


class TrigramLM:
    """log P(c | a, b) (natural log) with interpolated modified Kneser-Ney smoothing, over unit ids.

    ``tri``, ``bi`` and ``ctx`` are hash tables (``hashmap``) of the log-probabilities
    of the trigrams and bigrams seen and of the backoff weights of the two-word
    contexts, keyed as ``Grams`` are; ``uni`` and ``bow2`` are indexed by unit id.
    ``seen`` gives each unit its id if the model saw it and 0 if not.
    """

    def __init__(self, grams: Grams, vocabulary: int) -> None:
        self.width = w = width()
        n = grams.counts
        ab, c = np.divmod(grams.keys, w)
        a, b = np.divmod(ab, w)
        d3 = _discount(n, _discounts(n))
        ab_keys, ab_of = np.unique(ab, return_inverse=True)
        ctx2 = np.bincount(ab_of, weights=n)              # c(a, b, ·)
        mass2 = np.bincount(ab_of, weights=d3)            # Σ discounts over the continuations of (a, b)
        bc_keys, bc_first, bc_of = np.unique(b * w + c, return_index=True, return_inverse=True)
        cont2 = np.bincount(bc_of)                        # N1+(·, b, c)
        by_first = np.argsort(bc_first)                   # the bigram types in the order first seen
        bc_b, bc_c = np.divmod(bc_keys, w)
        d2 = _discount(cont2, _discounts(cont2))
        cont1 = np.bincount(bc_c, minlength=w)        # N1+(·, c) over bigram types
        ctx1 = np.bincount(bc_b, weights=cont2, minlength=w)  # N1+(·, b, ·)
        mass1 = np.bincount(bc_b[by_first], weights=d2[by_first], minlength=w)
        total1 = int(cont1.sum())
        unseen = max(vocabulary - int(np.count_nonzero(cont1)), 1)
        self.unknown = math.log(UNKNOWN_MASS / unseen)
        p1 = (1 - UNKNOWN_MASS) * cont1.astype(np.float64) / total1
        self.uni = np.full(w, self.unknown)
        self.uni[cont1 > 0] = _log(p1[cont1 > 0])
        has1 = ctx1 > 0
        gamma2 = np.zeros(w)
        gamma2[has1] = mass1[has1] / ctx1[has1]
        p2 = np.maximum(cont2 - d2, 0) / ctx1[bc_b] + gamma2[bc_b] * p1[bc_c]
        self.bi = hashmap.table(bc_keys, _log(p2))
        self.bow2 = np.zeros(w)
        self.bow2[gamma2 > 0] = _log(gamma2[gamma2 > 0])
        gamma3 = mass2 / ctx2
        p3 = np.maximum(n - d3, 0) / ctx2[ab_of] + gamma3[ab_of] * p2[bc_of]
        self.tri = hashmap.table(grams.keys, _log(p3))
        self.ctx = hashmap.table(ab_keys[gamma3 > 0], _log(gamma3[gamma3 > 0]))
        self.seen = np.zeros(w, np.int64)
        words = np.unique(np.concatenate([a, b, c, [units.ids()[BOS]]]))
        self.seen[words] = words

    def logp(self, a: str, b: str, c: str) -> float:
        ids, w = units.ids(), self.width
        a, b, c = ids.get(a, 0), ids.get(b, 0), ids.get(c, 0)
        v, found = hashmap.find(self.tri, (a * w + b) * w + c)
        if found:
            return v
        v, found = hashmap.find(self.bi, b * w + c)
        if not found:
            v = self.bow2[b] + self.uni[c]
        return hashmap.find(self.ctx, a * w + b)[0] + v

    def unigram(self, c: str) -> float:
        return float(self.uni[units.ids().get(c, 0)])


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
