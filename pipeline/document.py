"""The segmented document every extractor reads."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from pipeline import records


@dataclass
class ParsedDocument:
    """Normalised text with its metadata and heading tree.

    ``body_start`` is the offset of the first section heading: text before it is
    the preamble ("Căn cứ …"). Extractors report offsets into ``text``.
    """

    doc_id: str
    text: str
    meta: records.Document
    sections: list[records.Section] = field(default_factory=list)
    body_start: int = 0

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_at(self, offset: int) -> records.Section | None:
        """The innermost section containing ``offset``, or None."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= offset < s.end:
                # sections are in document order: a later section that still contains
                # the offset is nested deeper than an earlier one
                return s
            i -= 1
        return None

    def section_chain(self, offset: int) -> list[records.Section]:
        """Sections containing ``offset``, outermost first."""
        by_id = {s.section_id: s for s in self.sections}
        chain = []
        s = self.section_at(offset)
        while s is not None:
            chain.insert(0, s)
            s = by_id.get(s.parent_id) if s.parent_id else None
        return chain

    def provenance(self, start: int, end: int) -> dict:
        """The provenance fields of an extracted row covering text[start:end]."""
        section = self.section_at(start)
        return {"doc_id": self.doc_id, "section_id": section.section_id if section else None,
                "start": start, "end": end, "text": self.text[start:end]}

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every non-empty line (paragraph) of the text."""
        out, pos = [], 0
        for line in self.text.split("\n"):
            if line.strip():
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out
