"""Hash tables from non-negative int64 keys to float64 values, for compiled code.

A table is a pair of arrays (keys, values) of a power-of-two size, at most half
full, with open addressing; -1 marks an empty slot. ``find`` runs in numba and
from Python alike.
"""
from __future__ import annotations

import numpy as np
from numba import njit

Table = tuple[np.ndarray, np.ndarray]


def table(keys: np.ndarray, values: np.ndarray) -> Table:
    """The table of distinct non-negative ``keys`` and their ``values``."""
    size = 1 << max(4, (2 * keys.size - 1).bit_length())
    return _fill(keys.astype(np.int64), values.astype(np.float64), size)


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
    """(value, True) for a key of the table, else (0.0, False)."""
    keys, values = table
    mask = keys.size - 1
    i = _slot(key, mask)
    while keys[i] >= 0:
        if keys[i] == key:
            return values[i], True
        i = (i + 1) & mask
    return 0.0, False
