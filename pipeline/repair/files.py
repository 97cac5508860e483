"""File-level entry points of the repair: read a text as it is, load a batch, build a corpus model."""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Iterable

from pipeline import ingest, normalize
from pipeline.errors import IngestError
from pipeline.repair import units
from pipeline.repair.detect import is_damaged
from pipeline.repair.lm import Counts
from pipeline.repair.model import BatchModel
from pipeline.vietnamese import normalize_tones


def read_text(path: str | Path) -> str:
    """A text file decoded and NFC-normalised, its lines exactly as they are."""
    text, _ = ingest.decode_text(Path(path).read_bytes())
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def batch_model(paths: Iterable[str | Path], lm: str | Path | None = None) -> BatchModel:
    """A model that has read the clean documents among ``paths`` (unreadable files are skipped)."""
    model = BatchModel(lm)
    for path in paths:
        try:
            text = normalize.normalize(ingest.read(path).text)
        except IngestError:
            continue
        if not is_damaged(text):
            model.add(text)
    return model


def build_lm(corpus: Iterable[str | Path], out: str | Path, min_count: int = 2) -> int:
    """Count the syllable trigrams of text files into ``out``; returns the trigrams kept."""
    counts = Counts()
    for path in corpus:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = normalize_tones(unicodedata.normalize("NFC", line))
                for stream in units.sentences(line):
                    counts.add(stream)
    if min_count > 1:
        counts.tri = type(counts.tri)({k: v for k, v in counts.tri.items() if v >= min_count})
    counts.save(Path(out))
    return len(counts.tri)
