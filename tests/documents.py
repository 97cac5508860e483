"""Build a ParsedDocument from a snippet of text, for extractor tests."""
from __future__ import annotations

from datetime import date
from typing import Optional

from pipeline import records
from pipeline.document import ParsedDocument


def snippet(text: str, *, issued: Optional[date] = None, reference: Optional[str] = None,
            body_start: int = 0) -> ParsedDocument:
    """``text`` as a document with the given metadata and no headings."""
    meta = records.Document(doc_id="snippet", source_path="snippet.txt", source_format="txt", text=text,
                            issue_date=issued, reference=reference)
    return ParsedDocument("snippet", text, meta, [], body_start)
