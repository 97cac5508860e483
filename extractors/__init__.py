"""Extractors: one module per output table, each a function ``extract(doc)`` yielding records.

To add an extractor, write ``extractors/<table>.py`` with a frozen record
dataclass (its fields are the table's columns) and an ``extract`` generator,
then add one line to ``REGISTRY`` below.
"""
from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

from extractors import assignments, budgets, citations, deadlines, targets
from pipeline.document import ParsedDocument


class Extractor(NamedTuple):
    table: str
    record: type
    extract: Callable[[ParsedDocument], Iterable]


REGISTRY: list[Extractor] = [
    Extractor("assignments", assignments.Assignment, assignments.extract),
    Extractor("citations", citations.Citation, citations.extract),
    Extractor("deadlines", deadlines.Deadline, deadlines.extract),
    Extractor("targets", targets.Target, targets.extract),
    Extractor("budgets", budgets.Budget, budgets.extract),
]
