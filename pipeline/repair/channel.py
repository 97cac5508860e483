"""The OCR channel: how each letter of a syllable comes out of OCR, learned from paired data.

A syllable is read letter by letter, and each letter becomes a *piece* of zero to
three characters: itself, its bare vowel ("ề" → "e"), a Latin-1 look-alike
("ề" → "é"), digits and symbols ("ô" → "6", "ồ" → "@)", "ữ" → "ir"), or nothing.
P(piece | letter) is learned by hard EM from aligned (clean, OCR) token pairs
(``learn``) and stored as a table of costs (-ln P). Candidate syllables for a
token come from the pieces it splits into, pruned by the skeleton index.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from pipeline.repair import syllables
from pipeline.vietnamese import TONED_VOWELS, fold

MAX_PIECE = 3
TABLE = Path(__file__).with_name("data") / "channel.tsv"

# confusions of real scans that synthetic pairs lack: (letters, piece, least probability)
EXTRA_CONFUSIONS = (
    ("đ", "p", 0.08),                     # Đ read as P
    ("l", "1", 0.03),                     # l read as 1
    ("êếềểễệ", "¢", 0.05), ("êếềểễệ", "€", 0.05),
    ("êếềểễệ", "¢é", 0.03), ("êếềểễệ", "€é", 0.02),
    ("êếềểễệ", "¢e", 0.02),
    ("iíìỉĩị", "1", 0.01),                # i read as 1
    ("ăắằẳẵặâấầẩẫậ", "i", 0.01),          # ă, â read as i in scans ("Bic" for "Bắc")
    ("ôốồổỗộ", "b", 0.01),                # ô with its marks read as b, as it is as 6 ("sb" for "số")
    ("ạặậẹệọộụự", "g", 0.01),            # a dot below read as a descender, as "ợ" often is ("nhgn")
    ("ơớờởỡợ", "¢", 0.03), ("c", "¢", 0.02),  # ¢ for ơ and for c ("S¢" for "Sở", "¢6" for "có")
)
PRIOR_SELF = 0.6        # prior mass on a letter read as itself
PRIOR_SAME_FOLD = 0.3   # spread over single characters with the same bare letter
PRIOR_DROPPED = 0.002   # the letter is lost
PRIOR_WEIGHT = 5.0      # pseudo-count of the prior against learned counts
FAMILY_WEIGHT = 10.0    # pseudo-count of the letter's family (same bare letter, any marks)
UNSEEN_SAME_FOLD = 1e-4  # a same-bare-letter reading never seen in training
UNSEEN_OTHER = (1e-4, 1e-5, 1e-6)  # any other unseen piece of 1, 2, 3 characters
INSERT = 1e-4           # a stray character with no letter behind it
MAX_ALIGN_COST = 4.0    # per letter; worse training alignments are misaligned tokens
PRUNE = 12.0            # readings costlier than this are not proposed
MAX_CANDIDATES = 40
MAX_VARIANTS = 64
EDIT_TRIGGER = 3.0      # a dropped or stray character is tried only when no cheaper reading exists…
COMMON_DROP = 4.8       # …except letters that OCR often loses ("thu" for "thực")

LETTERS = frozenset("".join(TONED_VOWELS.values()) + "bcdđghklmnpqrstvx")


@lru_cache(maxsize=None)
def base_letter(ch: str) -> str:
    """The bare ASCII letter behind a character ("ế" → "e", "ñ" → "n"), else ""."""
    b = fold(unicodedata.normalize("NFD", ch)[:1]).lower()
    b = fold(ch).lower() if ch in LETTERS else b
    return b if b.isascii() and b.isalpha() else ""


def _prior(letter: str) -> dict[str, float]:
    """P(piece | letter) before training."""
    same = [ch for ch in LETTERS if ch != letter and base_letter(ch) == base_letter(letter)]
    prior = {letter: PRIOR_SELF, "": PRIOR_DROPPED}
    for ch in same:
        prior[ch] = PRIOR_SAME_FOLD / len(same)
    return prior


def _with_extras(costs: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Costs no higher than those of the confusions that paired data lacks."""
    for letters, piece, p in EXTRA_CONFUSIONS:
        for letter in letters:
            row = costs.setdefault(letter, {})
            row[piece] = min(row.get(piece, math.inf), -math.log(p))
    return costs


@dataclass
class Channel:
    """Costs (-ln P) of reading ``letter`` as ``piece``, and of a stray character."""

    costs: dict[str, dict[str, float]]
    insert: float = -math.log(INSERT)

    def cost(self, letter: str, piece: str) -> float:
        c = self.costs.get(letter, {}).get(piece)
        if c is not None:
            return c
        if len(piece) == 1 and base_letter(piece) and base_letter(piece) == base_letter(letter):
            return -math.log(UNSEEN_SAME_FOLD)
        return -math.log(UNSEEN_OTHER[len(piece) - 1]) if piece else math.inf

    @classmethod
    def prior(cls) -> "Channel":
        return cls(_with_extras({ch: {p: -math.log(v) for p, v in _prior(ch).items()} for ch in LETTERS}))

    # -- training ------------------------------------------------------------

    def align(self, clean: str, ocr: str) -> tuple[float, list[tuple[str, str]], int]:
        """Cheapest reading of ``clean`` as ``ocr``: (cost, [(letter, piece)], stray characters)."""
        n, m = len(clean), len(ocr)
        inf = math.inf
        dp = [[inf] * (m + 1) for _ in range(n + 1)]
        back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        dp[0][0] = 0.0
        for i in range(1, m + 1):
            dp[0][i] = i * self.insert
            back[0][i] = (0, i - 1)
        for j in range(1, n + 1):
            letter = clean[j - 1]
            for i in range(m + 1):
                best, arg = inf, None
                for k in range(min(MAX_PIECE, i) + 1):
                    c = dp[j - 1][i - k] + self.cost(letter, ocr[i - k:i])
                    if c < best:
                        best, arg = c, (j - 1, i - k)
                if i and dp[j][i - 1] + self.insert < best:
                    best, arg = dp[j][i - 1] + self.insert, (j, i - 1)
                dp[j][i], back[j][i] = best, arg
        pairs: list[tuple[str, str]] = []
        stray = 0
        j, i = n, m
        while (j, i) != (0, 0) and back[j][i] is not None:
            pj, pi = back[j][i]
            if pj == j:
                stray += 1
            else:
                pairs.append((clean[j - 1], ocr[pi:i]))
            j, i = pj, pi
        return dp[n][m], pairs[::-1], stray


def learn(pairs: Iterable[tuple[str, str]], iterations: int = 3) -> Channel:
    """Hard-EM estimate of the channel from (clean syllable, OCR token) pairs, lowercase.

    A letter's readings are smoothed towards its prior and towards those of its
    family (the letters with the same bare letter): a digit seen for "ố" and "ộ"
    may stand for "ó" too.
    """
    pairs = [(c, o) for c, o in pairs if c and o]
    channel = Channel.prior()
    for iteration in range(iterations):
        counts: dict[str, Counter] = defaultdict(Counter)
        for clean, ocr in pairs:
            cost, aligned, _ = channel.align(clean, ocr)
            if iteration and cost > MAX_ALIGN_COST * len(clean):
                continue
            for letter, piece in aligned:
                counts[letter][piece] += 1
        family: dict[str, Counter] = defaultdict(Counter)
        for letter, seen in counts.items():
            family[base_letter(letter)].update(seen)
        costs = {}
        for letter in LETTERS:
            prior, seen, kin = _prior(letter), counts[letter], family[base_letter(letter)]
            kin_total = sum(kin.values()) or 1
            total = sum(seen.values()) + PRIOR_WEIGHT + FAMILY_WEIGHT
            costs[letter] = {p: -math.log((seen[p] + PRIOR_WEIGHT * prior.get(p, 0.0)
                                           + FAMILY_WEIGHT * kin[p] / kin_total) / total)
                             for p in set(prior) | set(seen) | set(kin)}
        channel = Channel(_with_extras(costs))
    return channel


def save(channel: Channel, path: Path = TABLE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["letter\tpiece\tcost", f"\t\t{channel.insert:.3f}"]
    for letter in sorted(channel.costs):
        for piece, c in sorted(channel.costs[letter].items(), key=lambda kv: kv[1]):
            if c <= PRUNE:
                lines.append(f"{letter}\t{piece}\t{c:.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load(path: Path = TABLE) -> Channel:
    costs: dict[str, dict[str, float]] = defaultdict(dict)
    insert = -math.log(INSERT)
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            letter, piece, c = line.rstrip("\n").split("\t")
            if letter:
                costs[letter][piece] = float(c)
            else:
                insert = float(c)
    return Channel(_with_extras(dict(costs)), insert)


@lru_cache(maxsize=1)
def default() -> "Reader":
    """The reader of the shipped channel table."""
    return Reader(load() if TABLE.is_file() else Channel.prior())


@lru_cache(maxsize=1)
def stripped() -> "StrippedReader":
    """The reader of text whose marks were removed cleanly (every letter kept, no noise)."""
    return StrippedReader(Channel.prior())


class Reader:
    """Candidate syllables for OCR tokens under one channel (cached per token)."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.index = syllables.by_skeleton()
        self.prefixes = syllables.skeleton_prefixes()
        # piece → bare letters it can stand for (a cheap filter before exact costs)
        reads: dict[str, set[str]] = defaultdict(set)
        deletable: set[str] = set()
        common: set[str] = set()
        for letter, row in channel.costs.items():
            for piece, c in row.items():
                if c > PRUNE:
                    continue
                if piece:
                    reads[piece].add(base_letter(letter))
                else:
                    deletable.add(base_letter(letter))
                    if c <= COMMON_DROP:
                        common.add(base_letter(letter))
        for ch in LETTERS:
            reads[ch].add(base_letter(ch))
        self.reads = {p: tuple(sorted(v)) for p, v in reads.items()}
        self.deletable = tuple(sorted(deletable))
        self.common_drops = tuple(sorted(common))
        self._cache: dict[str, tuple[tuple[str, float], ...]] = {}
        self._costs: dict[tuple[str, str], float] = {}

    def candidates(self, token: str) -> tuple[tuple[str, float], ...]:
        """Up to MAX_CANDIDATES (syllable, channel cost) for a lowercase token, cheapest first."""
        hit = self._cache.get(token)
        if hit is None:
            hit = self._cache[token] = self._search(token)
        return hit

    def _variants(self, token: str, edits: bool) -> list[tuple[str, tuple[str, ...], int]]:
        """Ways to read ``token`` as a skeleton: (skeleton, piece per letter, stray characters).

        One letter that OCR often loses may have left no trace; with ``edits``, any
        letter may, and (in tokens longer than two characters) one character may be stray.
        """
        out: list[tuple[str, tuple[str, ...], int]] = []
        m = len(token)
        reads, prefixes = self.reads, self.prefixes

        def walk(i: int, skel: str, pieces: tuple[str, ...], stray: int, drop: bool) -> None:
            if len(out) >= MAX_VARIANTS:
                return
            if i == m and skel in self.index:
                out.append((skel, pieces, stray))
            for k in range(1, min(MAX_PIECE, m - i) + 1):
                piece = token[i:i + k]
                for b in reads.get(piece, ()):
                    if skel + b in prefixes:
                        walk(i + k, skel + b, pieces + (piece,), stray, drop)
            if drop:
                for b in self.deletable if edits else self.common_drops:
                    if skel + b in prefixes:
                        walk(i, skel + b, pieces + ("",), stray, False)
            if i < m and edits and not stray and m > 2:
                walk(i + 1, skel, pieces, 1, drop)

        walk(0, "", (), 0, True)
        return out

    def _search(self, token: str) -> tuple[tuple[str, float], ...]:
        best: dict[str, float] = {}
        self._score(self._variants(token, edits=False), best)
        if not best or min(best.values()) > EDIT_TRIGGER:
            self._score(self._variants(token, edits=True), best)
        ranked = sorted(best.items(), key=lambda kv: kv[1])
        return tuple(ranked[:MAX_CANDIDATES])

    def _score(self, variants, best: dict[str, float]) -> None:
        """Cost every syllable of every variant into ``best`` (the cheapest reading per syllable)."""
        memo = self._costs
        for skel, pieces, stray in variants:
            base = stray * self.channel.insert
            for syl in self.index[skel]:
                c = base
                for pair in zip(syl, pieces):
                    v = memo.get(pair)
                    if v is None:
                        v = memo[pair] = self.channel.cost(*pair)
                    c += v
                    if c > PRUNE:
                        break
                if c <= PRUNE and c < best.get(syl, math.inf):
                    best[syl] = c


class StrippedReader(Reader):
    """Every syllable whose skeleton is the token, at no cost: only the language model decides."""

    def _search(self, token: str) -> tuple[tuple[str, float], ...]:
        return tuple((syl, 0.0) for syl in self.index.get(token, ()))
