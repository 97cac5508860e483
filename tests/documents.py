"""Build a ParsedDocument from a snippet of text, for extractor tests."""
from __future__ import annotations

from datetime import date
from typing import Optional

from pipeline import records, segment
from pipeline.document import ParsedDocument


def snippet(text: str, *, issued: Optional[date] = None, period: tuple[Optional[int], Optional[int]] = (None, None),
            reference: Optional[str] = None, body_start: int = 0) -> ParsedDocument:
    """``text`` as a document with the given metadata and no headings."""
    meta = records.Document(doc_id="snippet", source_path="snippet.txt", source_format="txt", text=text,
                            issue_date=issued, period_start=period[0], period_end=period[1], reference=reference)
    return ParsedDocument("snippet", text, meta, [], body_start)


def segmented(text: str) -> ParsedDocument:
    """``text`` read as a whole document: header fields and heading tree from the segmenter."""
    seg = segment.segment("segmented", text)
    meta = records.Document(doc_id="segmented", source_path="segmented.txt", source_format="txt", text=text,
                            **seg.fields)
    return ParsedDocument("segmented", text, meta, seg.sections, seg.body_start)
