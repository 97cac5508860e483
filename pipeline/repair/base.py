"""The base language-model counts: text shipped inside installed packages, cached on disk.

Built on first use from ``resources`` (the VLSP sentences; each Viet74K entry, place
name, name of a local government body and set phrase of administration as a short
sentence) and kept under ``$KEHOACH_CACHE`` (default ``~/.cache/kehoach``), keyed by
the resources and the counting code, so a new version rebuilds it.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from pipeline.repair import resources, units
from pipeline.repair.lm import Counts, Grams

VERSION = "10"
WORD_WEIGHT = 1
SENTENCE_WEIGHT = 1
AGENCY_WEIGHT = 5  # the names of local government bodies count as this many sentences
PHRASE_WEIGHT = 5  # and so do the set phrases of administration


def cache_dir() -> Path:
    return Path(os.environ.get("KEHOACH_CACHE") or Path.home() / ".cache" / "kehoach")


def build() -> Counts:
    counts = Counts()
    for sentence in resources.sentences():
        for stream in units.sentences(sentence):
            counts.add(stream, SENTENCE_WEIGHT)
    for word in (*resources.words(), *resources.place_names()):
        for stream in units.sentences(word):
            counts.add(stream, WORD_WEIGHT)
    for name in resources.agency_names():
        for stream in units.sentences(name):
            counts.add(stream, AGENCY_WEIGHT)
    for phrase in resources.phrases():
        for stream in units.sentences(phrase):
            counts.add(stream, PHRASE_WEIGHT)
    return counts


@lru_cache(maxsize=1)
def counts() -> Counts:
    """The base counts, built once and cached."""
    key = hashlib.sha1(f"{VERSION};{resources.fingerprint()}".encode()).hexdigest()[:12]
    path = cache_dir() / f"repair-base-{key}.pkl"
    if path.is_file():
        return Counts.load(path)
    built = build()
    tmp = path.with_suffix(".tmp")
    built.save(tmp)
    tmp.replace(path)
    return built


@lru_cache(maxsize=1)
def grams() -> Grams:
    """The base counts as arrays."""
    return counts().grams()
