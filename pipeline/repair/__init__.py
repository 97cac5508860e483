"""Repair of OCR-damaged Vietnamese text (diacritics lost or garbled).

``is_damaged(text)`` decides whether a document needs repair; a ``BatchModel``
learns from the clean documents of the batch; ``BatchModel.repair(text)``
returns the repaired text and every token it changed, ``BatchModel.retone(text)``
puts right the marks OCR misread, and ``BatchModel.correct(text)`` does whichever
of the two the text needs.
"""
from __future__ import annotations

from pipeline.repair.detect import is_damaged
from pipeline.repair.model import BatchModel, Change, RepairResult

__all__ = ["BatchModel", "Change", "RepairResult", "is_damaged"]
