"""The passages extractors read: the lines of the text without the header (issuer, number,
date, title), the legal basis ("Căn cứ …"), the recipients list ("Nơi nhận:") and the
signature block; the sentences of a line; and whether a passage reports past results
("I. TÌNH HÌNH THỰC HIỆN …") rather than plans."""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from pipeline.document import ParsedDocument

BASIS_LINE = re.compile(r"^\W*(?:Căn cứ|Xét (?:đề nghị|Tờ trình)|Theo đề nghị)\b", re.IGNORECASE)
RECIPIENTS_LINE = re.compile(r"^\W*Nơi\s+nhận\b", re.IGNORECASE)
# a header line before the body: short, or in capitals ("KẾ HOẠCH", "Số: 23/KH-UBND")
HEADER_WORDS = 12
# a closing block runs on while its lines are list items or short (titles, names)
CLOSING_LINE = re.compile(r"^\s*(?:[-+•*]|\S+(?:\s+\S+){0,5}\s*$)")
# headings of sections reporting what happened ("KẾT QUẢ THỰC HIỆN", "Đánh giá tình hình …")
RESULT_HEADING = re.compile(r"^\W*(?:kết quả|tình hình|thực trạng|đánh giá)\b"
                            r"(?!.*(?:dự kiến|đề ra|mục tiêu|giải pháp|định hướng|cần đạt))", re.IGNORECASE)
# a sentence ends at ". ; ! ?" followed by a space, never inside "1.050" or "TP.HCM"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\s*\n")


def lines(doc: ParsedDocument) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines worth reading: the body and the preamble's own paragraphs
    ("Để khắc phục …, phấn đấu …"), without header, basis, recipients and signature lines."""
    closing, header = False, True
    for a, b in doc.lines:
        line = doc.text[a:b]
        header = header and a < doc.body_start and _is_header(line)  # the top lines, up to a paragraph
        if RECIPIENTS_LINE.match(line):
            closing = True
            continue
        if closing and CLOSING_LINE.match(line):
            continue
        closing = False
        if not (header or BASIS_LINE.match(line)):
            yield a, b


def _is_header(line: str) -> bool:
    return (len(line.split()) <= HEADER_WORDS or line.upper() == line) and not BASIS_LINE.match(line)


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its line break, or the end of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of text[start:end]."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def result_spans(doc: ParsedDocument) -> "Spans":
    """The sections that report past results (with everything nested in them)."""
    return Spans([(s.start, s.end) for s in doc.sections if RESULT_HEADING.match(s.heading)])


class Spans:
    """Disjoint sorted spans, for fast overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start
