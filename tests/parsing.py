"""Build a ParsedDocument from a passage of plan text, as the pipeline would (normalise, segment)."""
from __future__ import annotations

from pipeline import normalize, records, segment
from pipeline.document import ParsedDocument


def parse(text: str, doc_id: str = "test") -> ParsedDocument:
    """The passage normalised and segmented into a document extractors can read."""
    text = normalize.normalize(text)
    seg = segment.segment(doc_id, text)
    meta = records.Document(doc_id=doc_id, source_path=f"{doc_id}.txt", source_format="txt", text=text,
                            **seg.fields)
    return ParsedDocument(doc_id, text, meta, seg.sections, seg.body_start)


def plan(*lines: str) -> ParsedDocument:
    """A small plan: a title, the lines under one numbered heading."""
    return parse("\n".join(["KẾ HOẠCH", "II. NỘI DUNG", *lines]))
