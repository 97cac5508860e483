"""Build a ParsedDocument from text the way the pipeline does, for extractor tests."""
from __future__ import annotations

from pathlib import Path

from pipeline import normalize, records, segment
from pipeline.document import ParsedDocument


def parse(text: str, doc_id: str = "test") -> ParsedDocument:
    """Normalise and segment ``text``."""
    text = normalize.normalize(text)
    seg = segment.segment(doc_id, text)
    meta = records.Document(doc_id, "", "txt", text, **seg.fields)
    return seg.document(meta)


def parse_file(path: Path) -> ParsedDocument:
    """Normalise and segment a UTF-8 text file."""
    return parse(path.read_text(encoding="utf-8"), path.stem)
