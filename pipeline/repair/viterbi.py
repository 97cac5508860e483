"""Compiled beam search over a whole document's candidate lattice (numba).

The trigram model is turned into sorted integer arrays (``Tables``): an n-gram
of word ids is one int64 key, looked up by binary search. ``search`` walks every
sentence of a document in one call: for each slot, every beam state is extended
by every option, states that end in the same two words are merged, and the best
``beam`` survive. It returns the chosen option and its confidence (share of the
slot's max-marginals) per slot.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit

from pipeline.repair import units
from pipeline.repair.lm import BOS, TrigramLM


@dataclass
class Tables:
    """A TrigramLM as arrays over unit ids (``units.ids``)."""

    width: int
    seen: np.ndarray  # the id the search gives each unit: 0 for all those the model never saw
    tri_keys: np.ndarray
    tri_vals: np.ndarray
    bi_keys: np.ndarray
    bi_vals: np.ndarray
    ctx_keys: np.ndarray
    ctx_vals: np.ndarray
    bow2: np.ndarray
    uni: np.ndarray

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

        def arrays(table: dict, keys) -> tuple[np.ndarray, np.ndarray]:
            keys = np.fromiter(keys, np.int64, len(table))
            vals = np.fromiter(table.values(), np.float64, len(table))
            order = np.argsort(keys)
            return keys[order], vals[order]

        w2 = width * width
        tri_keys, tri_vals = arrays(lm.tri, (ids[a] * w2 + ids[b] * width + ids[c] for a, b, c in lm.tri))
        bi_keys, bi_vals = arrays(lm.bi, (ids[a] * width + ids[b] for a, b in lm.bi))
        ctx_keys, ctx_vals = arrays(lm.bow3, (ids[a] * width + ids[b] for a, b in lm.bow3))
        return cls(width, seen, tri_keys, tri_vals, bi_keys, bi_vals, ctx_keys, ctx_vals, bow2, uni)


def search(tables: Tables, words: np.ndarray, costs: np.ndarray, slot_start: np.ndarray,
           sentence_start: np.ndarray, beam: int) -> tuple[np.ndarray, np.ndarray]:
    """(option index, confidence) per slot; options of slot s are words[slot_start[s]:slot_start[s+1]] (unit ids)."""
    return _search(tables.seen[words], costs, slot_start, sentence_start, beam, units.ids()[BOS], tables.width,
                   tables.tri_keys, tables.tri_vals, tables.bi_keys, tables.bi_vals,
                   tables.ctx_keys, tables.ctx_vals, tables.bow2, tables.uni)


@njit(cache=True)
def _find(keys, vals, key):
    i = np.searchsorted(keys, key)
    if i < keys.size and keys[i] == key:
        return vals[i], True
    return 0.0, False


@njit(cache=True)
def _logp(a, b, c, width, tri_keys, tri_vals, bi_keys, bi_vals, ctx_keys, ctx_vals, bow2, uni):
    if a and b and c:
        v, ok = _find(tri_keys, tri_vals, (a * width + b) * width + c)
        if ok:
            return v
    v, ok = (0.0, False) if not (b and c) else _find(bi_keys, bi_vals, b * width + c)
    if not ok:
        v = bow2[b] + uni[c]
    if a and b:
        w, ok = _find(ctx_keys, ctx_vals, a * width + b)
        if ok:
            v += w
    return v


@njit(cache=True)
def _search(words, costs, slot_start, sentence_start, beam, bos, width,
            tri_keys, tri_vals, bi_keys, bi_vals, ctx_keys, ctx_vals, bow2, uni):
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
            for j in range(n_states):
                a, b = st_a[j], st_b[j]
                for k in range(lo, hi):
                    u = words[k]
                    score = st_s[j] - costs[k] + _logp(a, b, u, width, tri_keys, tri_vals, bi_keys, bi_vals,
                                                       ctx_keys, ctx_vals, bow2, uni)
                    if score > marginal[k]:
                        marginal[k] = score
                    m = last_of[j] * width_k + k - lo
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
