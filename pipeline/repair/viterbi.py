"""Compiled beam search over a whole document's candidate lattice (numba).

The trigram model (``lm.TrigramLM``) is held in arrays and hash tables over unit
ids; units the model never saw are all id 0 to the search. ``search`` walks
every sentence of a document in one call: for each slot, every beam state is
extended by every option, states that end in the same two words are merged, and
the best ``beam`` survive. A bigram is looked up once per slot for all the
states that end in its first word, a trigram only when its bigram is known (the
model knows the last two words of every trigram it knows). It returns the chosen
option and its confidence (share of the slot's max-marginals) per slot.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from pipeline.repair import units
from pipeline.repair.hashmap import find
from pipeline.repair.lm import TrigramLM
from pipeline.repair.units import BOS


def search(lm: TrigramLM, words: np.ndarray, costs: np.ndarray, slot_start: np.ndarray,
           sentence_start: np.ndarray, beam: int) -> tuple[np.ndarray, np.ndarray]:
    """(option index, confidence) per slot; options of slot s are words[slot_start[s]:slot_start[s+1]] (unit ids)."""
    return _search(lm.seen[words], costs, slot_start, sentence_start, beam, units.ids()[BOS], lm.width,
                   lm.tri, lm.bi, lm.ctx, lm.bow2, lm.uni)


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
