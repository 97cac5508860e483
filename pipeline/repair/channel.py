"""The OCR channel: how each letter of a syllable comes out of OCR, learned from paired data.

A syllable is read letter by letter, and each letter becomes a *piece* of zero to
three characters: itself, its bare vowel ("ề" → "e"), a Latin-1 look-alike
("ề" → "é"), digits and symbols ("ô" → "6", "ồ" → "@)", "ữ" → "ir"), or nothing.
P(piece | letter) is learned by hard EM from aligned (clean, OCR) token pairs
(``learn``) and stored as a table of costs (-ln P). A ``Reader`` proposes the
candidate syllables of a token from the pieces it splits into, walking the trie
of syllable skeletons in compiled code.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np
from numba import njit

from pipeline.repair import syllables, units
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
COMMON_DROP = 5.6       # …except letters that OCR often loses ("thu" for "thực", "Mt" for "Mặt")

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
    """Candidate syllables for OCR tokens under one channel (cached per token).

    A token is read by a compiled depth-first walk (``_read``) over the ways to
    split it into pieces, each standing for a bare letter, along the trie of
    syllable skeletons; every skeleton reached is costed syllable by syllable.
    """

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
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
        self._arrays = _arrays(channel, reads, deletable, common)
        n = len(syllables.inventory())
        self._scratch = (np.full(n, np.inf), np.empty(n, np.int64))  # for _read
        self._cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def read(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        """Up to MAX_CANDIDATES syllables (unit ids) and their channel costs for a lowercase token, cheapest first."""
        hit = self._cache.get(token)
        if hit is None:
            hit = self._cache[token] = self._search(token)
        return hit

    def candidates(self, token: str) -> tuple[tuple[str, float], ...]:
        """``read`` as (syllable, channel cost) pairs."""
        ids, costs = self.read(token)
        vocabulary = units.vocabulary()
        return tuple((vocabulary[i], c) for i, c in zip(ids.tolist(), costs.tolist()))

    def _search(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        chars = np.frombuffer(token.encode("utf-32-le"), np.uint32).astype(np.int64)
        return _read(chars, self.channel.insert, *self._scratch, *self._arrays)


class StrippedReader(Reader):
    """Every syllable whose skeleton is the token, at no cost: only the language model decides."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self._cache = {}

    def _search(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        ids = units.ids()
        found = np.array([ids[syl] for syl in syllables.by_skeleton().get(token, ())], np.int64)
        return found, np.zeros(found.size)


def _piece_key(piece: str) -> int:
    """A piece of up to three characters as one integer (21 bits per code point)."""
    key = 0
    for ch in piece:
        key = key << 21 | ord(ch)
    return key


def _arrays(channel: Channel, reads: dict[str, set[str]], deletable: set[str], common: set[str]) -> tuple:
    """The channel and the skeleton trie as arrays for ``_read``.

    Pieces are numbered in the order of their keys (the empty piece, a dropped
    letter, comes last); bare letters are 0-25; a trie node is a skeleton prefix.
    """
    pieces = sorted(reads, key=_piece_key)
    piece_keys = np.array([_piece_key(p) for p in pieces], np.int64)
    read_start = np.cumsum([0] + [len(reads[p]) for p in pieces], dtype=np.int64)
    bare = [ord(b) - ord("a") for p in pieces for b in sorted(reads[p])]
    read_letters = np.array(bare, np.int64)
    index = syllables.by_skeleton()
    prefixes = sorted(syllables.skeleton_prefixes(), key=lambda x: (len(x), x))
    node = {prefix: i for i, prefix in enumerate(prefixes)}
    child = np.full((len(prefixes), 26), -1, np.int64)
    for prefix in prefixes[1:]:
        child[node[prefix[:-1]], ord(prefix[-1]) - ord("a")] = node[prefix]
    skeletons = sorted(index)
    skeleton = np.full(len(prefixes), -1, np.int64)
    for i, skel in enumerate(skeletons):
        skeleton[node[skel]] = i
    syls = [syl for skel in skeletons for syl in index[skel]]
    skeleton_start = np.cumsum([0] + [len(index[skel]) for skel in skeletons], dtype=np.int64)
    letters = sorted(LETTERS)
    letter = {ch: i for i, ch in enumerate(letters)}
    syllable_letters = np.zeros((len(syls), max(map(len, syls))), np.int64)
    for row, syl in enumerate(syls):
        syllable_letters[row, :len(syl)] = [letter[ch] for ch in syl]
    ids = units.ids()
    syllable_ids = np.array([ids[syl] for syl in syls], np.int64)
    cost = np.array([[channel.cost(ch, p) for p in (*pieces, "")] for ch in letters])

    def bare_letters(found: set[str]) -> np.ndarray:
        return np.array([ord(b) - ord("a") for b in sorted(found)], np.int64)

    return (piece_keys, read_start, read_letters, bare_letters(deletable), bare_letters(common), child, skeleton,
            skeleton_start, syllable_letters, syllable_ids, cost)


@njit(cache=True)
def _read(token, insert, best, found, piece_keys, read_start, read_letters, deletable, common, child, skeleton,
          skeleton_start, syllable_letters, syllable_ids, cost):
    """The candidates of one token (code points): (syllable ids, costs), cheapest first.

    First without edits: one letter that OCR often loses (``common``) may have
    left no trace. If nothing reads the token for less than EDIT_TRIGGER, again
    with edits: any letter may be lost (``deletable``) and, in tokens longer than
    two characters, one character may be stray. Each walk stops after MAX_VARIANTS
    skeletons; a syllable keeps its cheapest reading, ties in the order found.
    ``best`` (per syllable, all inf) and ``found`` are scratch space; ``best`` is left as it was.
    """
    m = token.size
    empty = piece_keys.size  # the piece of a dropped letter
    n_found = 0  # syllables read, in ``found`` in the order first read
    path = np.empty(syllable_letters.shape[1], np.int64)  # piece per letter of the skeleton walked
    for edits in (False, True):
        if edits:
            cheapest = np.inf
            for f in range(n_found):
                cheapest = min(cheapest, best[found[f]])
            if cheapest <= EDIT_TRIGGER:
                break
        drops = deletable if edits else common
        variants = 0
        # a stack of (position in token, trie node, stray characters, may drop, depth, piece)
        stack = [(0, 0, 0, True, 0, -1)]
        while stack and variants < MAX_VARIANTS:
            i, node, stray, drop, depth, piece = stack.pop()
            if piece >= 0:
                path[depth - 1] = piece
            if i == m and skeleton[node] >= 0:
                variants += 1
                sk = skeleton[node]
                for row in range(skeleton_start[sk], skeleton_start[sk + 1]):
                    c = stray * insert
                    for d in range(depth):
                        c += cost[syllable_letters[row, d], path[d]]
                        if c > PRUNE:
                            break
                    if c <= PRUNE and c < best[row]:
                        if best[row] == np.inf:
                            found[n_found] = row
                            n_found += 1
                        best[row] = c
            # children pushed last first, so they are walked in order: pieces of 1-3
            # characters, each bare letter it reads; then a dropped letter; then a stray character
            if i < m and edits and not stray and m > 2:
                stack.append((i + 1, node, 1, drop, depth, -1))
            if drop:
                for q in range(drops.size - 1, -1, -1):
                    nxt = child[node, drops[q]]
                    if nxt >= 0:
                        stack.append((i, nxt, stray, False, depth + 1, empty))
            for k in range(min(MAX_PIECE, m - i), 0, -1):
                key = 0
                for j in range(i, i + k):
                    key = key << 21 | token[j]
                p = np.searchsorted(piece_keys, key)
                if p == piece_keys.size or piece_keys[p] != key:
                    continue
                for q in range(read_start[p + 1] - 1, read_start[p] - 1, -1):
                    nxt = child[node, read_letters[q]]
                    if nxt >= 0:
                        stack.append((i + k, nxt, stray, drop, depth + 1, p))
    costs = np.empty(n_found)
    for f in range(n_found):
        costs[f] = best[found[f]]
        best[found[f]] = np.inf
    order = np.argsort(costs, kind="mergesort")[:MAX_CANDIDATES]
    return syllable_ids[found[order]], costs[order]
