"""Decoding lattice: the options of every token, pruned, and rescued by their neighbours.

Each token of a damaged line offers a few candidate syllables with channel costs:
the best by unigram probability and channel cost, plus those of its reserve that
form a known bigram with a likely neighbour (so "theo doi" keeps the rare "dõi").
The beam search (``viterbi``) then picks the sequence that maximises
log P_lm − CHANNEL_WEIGHT · channel cost.  Tokens with one option (numbers,
codes, unreadable junk) pass through unchanged.

Both steps are compiled (numba) and run over a whole document at once, on unit
ids (``units.ids``): ``prune`` ranks the candidates of each distinct reading,
``options`` lays out the options of every slot, sentence by sentence.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from pipeline.repair.hashmap import find

CHANNEL_WEIGHT = 0.7
BEAM = 6
MAX_OPTIONS = 4      # candidates kept per token by unigram and channel
OPTION_MARGIN = 5.0  # …only those within this much of the best
WIDE_OPTIONS = 6     # the same for text without OCR noise
WIDE_MARGIN = 6.0
RESERVE = 12         # further candidates, kept when a neighbour vouches for them
RESERVE_MARGIN = 10.0
MAX_RESCUED = 3
NEIGHBOURS = 2       # options of each neighbour that may vouch


@njit(cache=True)
def prune(ids, costs, start, uni, wide):
    """Rank each reading's candidates; say how many are kept and how many wait in reserve.

    The candidates of reading r are ids[start[r]:start[r+1]] with their channel
    costs; they rank by unigram log-probability (``uni``) less CHANNEL_WEIGHT · cost,
    ties to the larger id. Kept are the best MAX_OPTIONS (WIDE_OPTIONS if ``wide``:
    text without OCR noise, where only the language model tells them apart) within
    the margin of the best; the RESERVE after them within RESERVE_MARGIN. A lone
    candidate is kept as it is. Returns (candidate indices in rank order per reading,
    kept, reserve).
    """
    limit, margin = (WIDE_OPTIONS, WIDE_MARGIN) if wide else (MAX_OPTIONS, OPTION_MARGIN)
    n = start.size - 1
    order = np.arange(ids.size)
    kept = np.zeros(n, np.int64)
    reserve = np.zeros(n, np.int64)
    score = np.empty(ids.size)
    for r in range(n):
        lo, hi = start[r], start[r + 1]
        if hi - lo <= 1:
            kept[r] = hi - lo
            continue
        for i in range(lo, hi):
            score[i] = uni[ids[i]] - CHANNEL_WEIGHT * costs[i]
        for i in range(lo + 1, hi):  # insertion sort, best first
            x = order[i]
            j = i
            while j > lo and (score[x] > score[order[j - 1]]
                              or (score[x] == score[order[j - 1]] and ids[x] > ids[order[j - 1]])):
                order[j] = order[j - 1]
                j -= 1
            order[j] = x
        top = score[order[lo]]
        k = 0
        while k < min(limit, hi - lo) and score[order[lo + k]] >= top - margin:
            k += 1
        m = 0
        while m < RESERVE and lo + k + m < hi and score[order[lo + k + m]] >= top - RESERVE_MARGIN:
            m += 1
        kept[r], reserve[r] = k, m
    return order, kept, reserve


@njit(cache=True)
def options(slot_reading, slot_unit, sentence_start, ids, costs, start, order, kept, reserve, keep, other,
            bigrams, width):
    """The options of every slot of a document: (unit ids, channel costs, where each slot's options begin).

    A slot is a fixed unit (``slot_reading`` < 0: ``slot_unit``, cost 0) or a
    reading pruned by ``prune``: its kept candidates, then ``other`` at cost
    ``keep`` where the token may stay as it is (keep < inf), then up to MAX_RESCUED
    of its reserve, in rank order, that form a known bigram (``bigrams``, keyed as
    ``lm.TrigramLM.bi``) with one of the first NEIGHBOURS options of the slot
    before or after it in the sentence.
    """
    n_slots = slot_reading.size
    head = np.zeros((n_slots, NEIGHBOURS), np.int64)  # the first options of each slot, before any rescue
    for t in range(n_slots):
        r = slot_reading[t]
        if r < 0:
            head[t, 0] = slot_unit[t]
            continue
        for q in range(min(kept[r], NEIGHBOURS)):
            head[t, q] = ids[order[start[r] + q]]
        if kept[r] < NEIGHBOURS and keep[r] < np.inf:
            head[t, kept[r]] = other
    words = np.empty(n_slots * (WIDE_OPTIONS + 1 + MAX_RESCUED), np.int64)  # at most that many per slot
    cost = np.empty(words.size)
    slot_start = np.zeros(n_slots + 1, np.int64)
    n = 0
    for sent in range(sentence_start.size - 1):
        first, last = sentence_start[sent], sentence_start[sent + 1]
        for t in range(first, last):
            r = slot_reading[t]
            if r < 0:
                words[n], cost[n] = slot_unit[t], 0.0
                n += 1
                slot_start[t + 1] = n
                continue
            for q in range(kept[r]):
                i = order[start[r] + q]
                words[n], cost[n] = ids[i], costs[i]
                n += 1
            if keep[r] < np.inf:
                words[n], cost[n] = other, keep[r]
                n += 1
            rescued = 0
            for q in range(kept[r], kept[r] + reserve[r]):
                if rescued == MAX_RESCUED:
                    break
                i = order[start[r] + q]
                vouched = False
                for p in range(NEIGHBOURS):
                    if t > first and head[t - 1, p] and find(bigrams, head[t - 1, p] * width + ids[i])[1]:
                        vouched = True
                    if t + 1 < last and head[t + 1, p] and find(bigrams, ids[i] * width + head[t + 1, p])[1]:
                        vouched = True
                if vouched:
                    words[n], cost[n] = ids[i], costs[i]
                    n += 1
                    rescued += 1
            slot_start[t + 1] = n
    return words[:n], cost[:n], slot_start
