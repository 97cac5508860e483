"""Compiled beam search over a whole document's candidate lattice (numba).

The trigram model is turned into arrays over unit ids (``Tables``): an n-gram
of ids is one int64 key of a hash table. ``search`` walks every sentence of a
document in one call: for each slot, every beam state is extended by every
option, states that end in the same two words are merged, and the best ``beam``
survive. A bigram is looked up once per slot for all the states that end in its
first word, a trigram only when its bigram is known (the model knows the last
two words of every trigram it knows). It returns the chosen option and its
confidence (share of the slot's max-marginals) per slot.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit

from pipeline.repair import units
from pipeline.repair.lm import BOS, TrigramLM


@dataclass
class Tables:
    """A TrigramLM as arrays over unit ids (``units.ids``); its n-grams in hash tables (``table``)."""

    width: int
    seen: np.ndarray  # the id the search gives each unit: 0 for all those the model never saw
    tri: tuple[np.ndarray, np.ndarray]  # log P(c | a, b) of the trigrams seen, keyed (a·width + b)·width + c
    bi: tuple[np.ndarray, np.ndarray]   # log P(c | b) of the bigrams seen, keyed b·width + c
    ctx: tuple[np.ndarray, np.ndarray]  # backoff weight of the contexts (a, b), keyed a·width + b
    bow2: np.ndarray                    # backoff weight of the contexts b
    uni: np.ndarray                     # log P(c)

    @classmethod
    def of(cls, lm: TrigramLM) -> "Tables":
        ids = units.ids()
        width = len(ids) + 1
        uni = np.full(width, lm.unknown)
        for w, v in lm.uni.items():
            uni[ids[w]] = v
        bow2 = np.zeros(width)
        for w, v in lm.bow2.items():
            bow2[ids[w]] = v
        seen = np.zeros(width, np.int64)
        for w in {w for key in lm.tri for w in key} | set(lm.uni) | {BOS}:
            seen[ids[w]] = ids[w]

        def hashed(grams: dict, keys) -> tuple[np.ndarray, np.ndarray]:
            return table(np.fromiter(keys, np.int64, len(grams)), np.fromiter(grams.values(), np.float64, len(grams)))

        w2 = width * width
        tri = hashed(lm.tri, (ids[a] * w2 + ids[b] * width + ids[c] for a, b, c in lm.tri))
        bi = hashed(lm.bi, (ids[a] * width + ids[b] for a, b in lm.bi))
        ctx = hashed(lm.bow3, (ids[a] * width + ids[b] for a, b in lm.bow3))
        return cls(width, seen, tri, bi, ctx, bow2, uni)


def search(tables: Tables, words: np.ndarray, costs: np.ndarray, slot_start: np.ndarray,
           sentence_start: np.ndarray, beam: int) -> tuple[np.ndarray, np.ndarray]:
    """(option index, confidence) per slot; options of slot s are words[slot_start[s]:slot_start[s+1]] (unit ids)."""
    return _search(tables.seen[words], costs, slot_start, sentence_start, beam, units.ids()[BOS], tables.width,
                   tables.tri, tables.bi, tables.ctx, tables.bow2, tables.uni)


def table(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A hash table of distinct non-negative keys (open addressing, at most half full), for ``find``."""
    size = 1 << max(4, (2 * keys.size - 1).bit_length())
    return _fill(keys, values, size)


@njit(cache=True)
def _slot(key, mask):
    return np.int64((np.uint64(key) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)) & mask


@njit(cache=True)
def _fill(keys, values, size):
    table_keys = np.full(size, -1, np.int64)
    table_values = np.zeros(size)
    mask = size - 1
    for n in range(keys.size):
        i = _slot(keys[n], mask)
        while table_keys[i] >= 0:
            i = (i + 1) & mask
        table_keys[i], table_values[i] = keys[n], values[n]
    return table_keys, table_values


@njit(cache=True)
def find(table, key):
    """(value, True) for a key of the hash table, else (0.0, False)."""
    keys, values = table
    mask = keys.size - 1
    i = _slot(key, mask)
    while keys[i] >= 0:
        if keys[i] == key:
            return values[i], True
        i = (i + 1) & mask
    return 0.0, False


@njit(cache=True)
def _search(words, costs, slot_start, sentence_start, beam, bos, width, tri, bi, ctx, bow2, uni):
    n_slots = slot_start.size - 1
    choice = np.zeros(n_slots, np.int32)
    confidence = np.ones(n_slots)
    max_options = 1
    for s in range(n_slots):
        max_options = max(max_options, slot_start[s + 1] - slot_start[s])
    n_cand = beam * max_options
    back_state = np.zeros((n_slots, beam), np.int32)
    back_option = np.zeros((n_slots, beam), np.int32)
    marginal = np.empty(words.size)
    cand_a = np.empty(n_cand, np.int64)
    cand_b = np.empty(n_cand, np.int64)
    cand_s = np.empty(n_cand)
    cand_from = np.empty(n_cand, np.int32)
    cand_opt = np.empty(n_cand, np.int32)
    pair_v = np.empty(n_cand)
    pair_ok = np.zeros(n_cand, np.bool_)
    last_words = np.empty(beam, np.int64)
    last_of = np.empty(beam, np.int32)
    st_a = np.empty(beam, np.int64)
    st_b = np.empty(beam, np.int64)
    st_s = np.empty(beam)
    for sent in range(sentence_start.size - 1):
        first, last = sentence_start[sent], sentence_start[sent + 1]
        if first == last:
            continue
        n_states = 1
        st_a[0], st_b[0], st_s[0] = bos, bos, 0.0
        for s in range(first, last):
            lo, hi = slot_start[s], slot_start[s + 1]
            for k in range(lo, hi):
                marginal[k] = -np.inf
            width_k = hi - lo
            n_last = 0  # distinct last words of the states: candidates merge per (last word, option)
            for j in range(n_states):
                found = -1
                for q in range(n_last):
                    if last_words[q] == st_b[j]:
                        found = q
                        break
                if found < 0:
                    last_words[n_last] = st_b[j]
                    found = n_last
                    n_last += 1
                last_of[j] = found
            n = n_last * width_k
            for m in range(n):
                cand_s[m] = -np.inf
            for q in range(n_last):  # log P(u | b), shared by the states that end in b
                b = last_words[q]
                for k in range(lo, hi):
                    u = words[k]
                    m = q * width_k + k - lo
                    pair_v[m], pair_ok[m] = find(bi, b * width + u) if b and u else (0.0, False)
                    if not pair_ok[m]:
                        pair_v[m] = bow2[b] + uni[u]
            for j in range(n_states):
                a, b = st_a[j], st_b[j]
                context, has_context = find(ctx, a * width + b) if a and b else (0.0, False)
                for k in range(lo, hi):
                    u = words[k]
                    m = last_of[j] * width_k + k - lo
                    v, ok = find(tri, (a * width + b) * width + u) if a and pair_ok[m] else (0.0, False)
                    if not ok:
                        v = pair_v[m] + context if has_context else pair_v[m]
                    score = st_s[j] - costs[k] + v
                    if score > marginal[k]:
                        marginal[k] = score
                    if score > cand_s[m]:
                        cand_a[m], cand_b[m], cand_s[m], cand_from[m], cand_opt[m] = b, u, score, j, k - lo
            order = np.argsort(-cand_s[:n])
            n_states = min(beam, n)  # every slot has an option, so the first n_states are finite
            for j in range(n_states):
                m = order[j]
                st_a[j], st_b[j], st_s[j] = cand_a[m], cand_b[m], cand_s[m]
                back_state[s, j], back_option[s, j] = cand_from[m], cand_opt[m]
        j = 0
        for m in range(1, n_states):
            if st_s[m] > st_s[j]:
                j = m
        for s in range(last - 1, first - 1, -1):
            k = back_option[s, j]
            choice[s] = k
            lo, hi = slot_start[s], slot_start[s + 1]
            if hi - lo > 1:
                top = -np.inf
                for i in range(lo, hi):
                    top = max(top, marginal[i])
                total = 0.0
                for i in range(lo, hi):
                    total += np.exp(marginal[i] - top)
                confidence[s] = np.exp(marginal[lo + k] - top) / total
            j = back_state[s, j]
    return choice, confidence
