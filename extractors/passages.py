"""The passages extractors read: the lines of the text without the header (issuer, number,
date, title), the legal basis ("Căn cứ Luật …"), the recipients list ("Nơi nhận:") and the
signature block; the sentences of a line; and whether a passage reports past results
("I. TÌNH HÌNH THỰC HIỆN …") rather than plans."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterator

from pipeline.document import ParsedDocument

# a line of the legal basis: "Căn cứ" a document or a provision ("Căn cứ Luật …", "Căn cứ các Quyết định …", "Căn cứ
# văn bản số …", "Căn cứ khoản 2 Điều 30 …", "Căn cứ ý kiến chỉ đạo …"), not a task that starts so ("Căn cứ khả năng
# cân đối ngân sách, … bố trí kinh phí …", "Căn cứ chức năng, nhiệm vụ, …", "Căn cứ Kế hoạch này, …")
BASIS_WORDS = ("khoản", "điểm", "điều", "quy định", "văn bản", "công văn", "ý kiến", "thông báo", "kết luận",
               "chỉ đạo", "đề nghị", "tờ trình")
_BASIS_OPENING = re.compile(r"\W*(?:Căn cứ(?:\s+(?:vào|theo))?(?:\s+các)?\s+(?P<what>\S.*)|(?:Xét (?:đề nghị|Tờ trình)"
                            r"|Theo đề nghị)\b)", re.IGNORECASE)
_BASIS_WORD = re.compile(rf"(?:{'|'.join(BASIS_WORDS)})(?!\w)", re.IGNORECASE)
_THIS_TEXT = re.compile(r"(?:\S+\s+){1,2}này\b", re.IGNORECASE)  # "Kế hoạch này", "Quyết định này": the plan itself
RECIPIENTS_LINE = re.compile(r"^\W*Nơi\s+nhận\b", re.IGNORECASE)
# a header line before the body: short, or in capitals ("KẾ HOẠCH", "Số: 23/KH-UBND")
HEADER_WORDS = 12
# a closing block runs on while its lines are list items or short (titles, names)
CLOSING_LINE = re.compile(r"^\s*(?:[-+•*]|\S+(?:\s+\S+){0,5}\s*$)")
# headings of sections reporting what happened ("KẾT QUẢ THỰC HIỆN", "Đánh giá tình hình …")
RESULT_HEADING = re.compile(r"^\W*(?:kết quả|tình hình|thực trạng|đánh giá)\b"
                            r"(?!.*(?:dự kiến|đề ra|mục tiêu|giải pháp|định hướng|cần đạt))", re.IGNORECASE)
# words of a sentence reporting what was or is, not what will be
_PAST = re.compile(r"\bđã\b|so với cùng kỳ|so cùng kỳ|lũy kế|ước thực hiện|ước cả năm"
                   r"|(?<!thực )\bhiện (?:nay|có|tại)\b",  # not "thực hiện có hiệu quả"
                   re.IGNORECASE)
# a sentence ends at ". ; ! ?" followed by a space, never inside "1.050" or "TP.HCM"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\s*\n")
# the space after a full stop, where a sentence of a list-joining line ends ("; " only joins its items)
FULL_STOP = re.compile(r"(?<=[.!?])\s+")
# a "sentence" longer than this (text that lost its punctuation, a whole file on one line) is read in
# pieces cut at a comma or a space, so that what is read around each number or name stays bounded
MAX_SENTENCE = 2000


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
        if not (header or is_basis(line)):
            yield a, b


def _is_header(line: str) -> bool:
    return (len(line.split()) <= HEADER_WORDS or line.upper() == line) and not is_basis(line)


def is_basis(line: str) -> bool:
    """Whether a line is one of the legal basis: "Căn cứ" a document or a provision, "Xét đề nghị …"."""
    m = _BASIS_OPENING.match(line)
    if m is None or m.group("what") is None:
        return m is not None
    what = m.group("what")
    return (what[0].isupper() or bool(_BASIS_WORD.match(what))) and not _THIS_TEXT.match(what)


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span text[start:end] without the whitespace around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
            yield from bounded(text, pos, m.start())
        pos = m.end()
    if pos < end:
        yield from bounded(text, pos, end)


def sentence_at(text: str, pos: int, split: Callable[[str, int, int], Iterator[tuple[int, int]]] = sentences
                ) -> tuple[int, int] | None:
    """(start, end) of the sentence holding ``pos``, as ``split`` cuts its line into sentences, found
    without reading the line again for every row it holds."""
    spans = _line_sentences(split, text, line_start(text, pos), line_end(text, pos))
    i = bisect.bisect_right(spans, (pos, len(text))) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


@lru_cache(maxsize=1024)
def _line_sentences(split, text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple(split(text, start, end))


def bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] in pieces of at most MAX_SENTENCE characters, each cut after its last comma, else
    at its last space (a sentence of ordinary length is one piece)."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        comma, space = text.rfind(", ", start, limit), text.rfind(" ", start, limit)
        cut = comma + 1 if comma > start else space if space > start else limit
        yield start, cut
        start = cut + (text[cut:cut + 1] == " ")
    if start < end:
        yield start, end


def open_brackets(text: str, start: int, end: int) -> int:
    """How many more brackets text[start:end] opens than it closes (0 when it is outside any it opened)."""
    return text.count("(", start, end) - text.count(")", start, end)


def balanced(text: str) -> str:
    """``text`` without the brackets a cut or a removed expression left unmatched."""
    unmatched, opened = set(), []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")":
            if opened:
                opened.pop()
            else:
                unmatched.add(i)
    unmatched.update(opened)
    return "".join(ch for i, ch in enumerate(text) if i not in unmatched)


def reports_past(sentence: str) -> bool:
    """Whether a sentence reports what was or is ("đã thu hút", "hiện nay", "lũy kế"), not what will be."""
    return bool(_PAST.search(sentence))


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
