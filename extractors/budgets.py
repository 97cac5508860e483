"""Budgets: amounts of planned spending or allocation, and funding-source statements.

Rows come from
- money in a clause about funding, spending or allocation ("dự kiến khoảng 1.050 triệu đồng",
  "mức hỗ trợ 160.000 đồng/trẻ/tháng"); a range gives one row per end. Economic indicators,
  revenue and results ("GRDP", "tổng thu ngân sách", "ước thực hiện", "so cùng kỳ") are not budgets;
- allocation tables: in a row whose unit cell is money ("Đồng/biên chế/năm | 95.000.000"),
  every amount cell; under a caption "Đơn vị: triệu đồng", the amount cells of spending rows
  ("Chi đầu tư phát triển | 5.937.440 | …");
- funding-source statements without an amount: the lines of a "KINH PHÍ" section, and sentences
  about the plan's funding elsewhere ("Kinh phí … từ nguồn …"), one row per statement.
A "KINH PHÍ" section (however numbered or worded) always yields at least one row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from extractors import numbers, passages
from pipeline.document import ParsedDocument
from pipeline.records import Extracted, Int64

# ------------------------------------------------------------------ vocabulary

FUNDING_SECTION = re.compile(r"\b(?:kinh phí|nguồn vốn|nguồn tài chính)\b", re.IGNORECASE)
MAX_SECTION_HEADING_WORDS = 10
FUNDING_WORDS = (r"kinh phí|ngân sách|vốn|dự toán|chi(?! (?:tiết|nhánh|cục|bộ|hội|đoàn))|hỗ trợ|phân bổ|"
                 r"bố trí|cấp phát|đầu tư|tài trợ|viện trợ|định mức|mức|chi phí|quỹ|trợ cấp|thưởng|"
                 r"khen thưởng|dự phòng|bổ sung")
# indicators and revenue: money that is not a budget
NOT_BUDGET_WORDS = (r"GRDP|doanh thu|kim ngạch|giá trị (?:sản xuất|xuất khẩu|gia tăng)|thu nhập|vốn đăng ký|"
                    r"bán lẻ|tổng thu|thu ngân sách|thu nội địa|tăng thu|thu tiền|thu từ|nguồn thu|nộp|thuế|"
                    r"lệ phí|đầu người|thiệt hại|tổng sản phẩm|xuất khẩu|nhập khẩu|dư nợ|toàn xã hội|"
                    r"lương cơ sở|mức lương|vay")
RESULT_WORDS = r"ước thực hiện|ước đạt|so (?:với )?cùng kỳ|lũy kế|đạt [\d.,]+\s*%"
ESTIMATE_WORDS = r"dự kiến|khoảng|ước|ước tính|dự tính|tạm tính|xấp xỉ|gần"
# where a funding source starts; "Luật Ngân sách nhà nước", "phân cấp ngân sách" are not sources
SOURCE_WORDS = (r"nguồn|ngân sách|vốn|quỹ|dự toán|định mức chi|xã hội hóa|tài trợ|viện trợ|đóng góp|"
                r"kinh phí (?:sự nghiệp|chi thường xuyên|đầu tư|ngân sách|khen thưởng|đối ứng|của|từ)")
NOT_SOURCE_BEFORE = r"(?:luật|pháp luật về|phân cấp(?: quản lý)?|quản lý|cân đối|quyết toán|khả năng|lập)\s+$"
SOURCE_END = r"[.;:]\s|[.;:]$|\s\(|\s(?:để|nhằm|dự kiến|khoảng|chiếm|theo quy định|theo đúng quy định)\b"
GENERIC_SOURCE = frozenset("nguồn kinh phí thực hiện các của và cho kế hoạch này".split())
SCOPE_LEAD = re.compile(r"(?P<scope>(?:cấp|các|tỉnh|huyện|xã|thành phố|trung ương|địa phương|ủy ban|ubnd|sở)"
                        r"\b[^:;.]{0,60}?)\s*:", re.IGNORECASE)
SPENDING_ROW = re.compile(r"^\W*(?:tổng chi|chi|dự phòng|kinh phí|vốn|hỗ trợ|bổ sung|định mức|phân bổ)\b",
                          re.IGNORECASE)
TABLE_CAPTION = re.compile(r"^\W*(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>[^.;|]*đồng)", re.IGNORECASE)
TABLE_TITLE = re.compile(r"^\W*(?:mẫu|biểu|phụ lục|bảng)\b", re.IGNORECASE)
MONEY_CELL = re.compile(r"^\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng\b(?P<per>\s*/.*)?$", re.IGNORECASE)

_FUNDING = re.compile(rf"(?<!\w)(?:{FUNDING_WORDS})(?!\w)", re.IGNORECASE)
_NOT_BUDGET = re.compile(rf"(?<!\w)(?:{NOT_BUDGET_WORDS})(?!\w)", re.IGNORECASE)
_RESULT = re.compile(rf"(?<!\w)(?:{RESULT_WORDS})", re.IGNORECASE)
_ESTIMATE = re.compile(rf"(?<!\w)(?:{ESTIMATE_WORDS})(?!\w)", re.IGNORECASE)
_SOURCE = re.compile(rf"(?<!\w)(?:các\s+)?(?:{SOURCE_WORDS})(?!\w)", re.IGNORECASE)
_NOT_SOURCE_BEFORE = re.compile(NOT_SOURCE_BEFORE, re.IGNORECASE)
_SOURCE_END = re.compile(SOURCE_END, re.IGNORECASE)
_STATEMENT_SUBJECT = re.compile(r"^\W*(?:nguồn kinh phí|kinh phí|nguồn vốn)\b", re.IGNORECASE)
_LIST_LABEL = re.compile(r"\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):]\s+")  # used with match(pos)
_PER = re.compile(r"\s*(?:\([^)]*\)\s*)?/\s*([^\W\d_][\w ]*?(?:\s*/\s*[^\W\d_][\w ]*?)*)(?=[\s.,;:)]|$)")
_NUMERIC_CELL = re.compile(r"^\s*\d[\d.,]*\s*$")


@dataclass(frozen=True)
class Budget(Extracted):
    """An amount of planned spending or allocation, or a funding statement without an amount."""

    amount_vnd: Optional[Int64] = None
    estimated: bool = False
    source: Optional[str] = None
    scope: Optional[str] = None
    per: Optional[str] = None  # the amount is per this unit: "trẻ/tháng", "biên chế/năm"


def extract(doc: ParsedDocument) -> Iterator[Budget]:
    """The budget rows of a document, in text order."""
    funding_spans = _funding_sections(doc)
    caption_scale = None
    yielded_in = {span: False for span in funding_spans}
    for start, end in passages.lines(doc):
        line = doc.text[start:end]
        caption = TABLE_CAPTION.match(line)
        if caption or TABLE_TITLE.match(line):
            caption_scale = numbers.unit_scale(caption.group("unit")) if caption else None
            continue
        section = next((s for s in funding_spans if s[0] <= start < s[1]), None)
        if "|" in line:
            rows = list(_table_row(doc, start, end, caption_scale))
        else:
            rows = list(_line_rows(doc, start, end, in_funding_section=section is not None))
        if section and rows:
            yielded_in[section] = True
        yield from rows
    for (start, end), done in yielded_in.items():
        if not done:
            yield _section_row(doc, start, end)


def _funding_sections(doc: ParsedDocument) -> list[tuple[int, int]]:
    """Spans of the outermost "KINH PHÍ" sections: a short heading naming the funding."""
    spans: list[tuple[int, int]] = []
    for s in doc.sections:
        lead = s.heading.split(":")[0]
        if FUNDING_SECTION.search(lead) and len(lead.split()) <= MAX_SECTION_HEADING_WORDS:
            if not any(a <= s.start < b for a, b in spans):
                spans.append((s.start, s.end))
    return spans


def _line_rows(doc: ParsedDocument, start: int, end: int, in_funding_section: bool) -> Iterator[Budget]:
    """Rows of a prose line: its amounts, else the funding statement it makes."""
    text = doc.text
    label = _LIST_LABEL.match(text, start, end)
    body = label.end() if label else start
    scope_m = SCOPE_LEAD.match(text, body, end)
    scope = scope_m.group("scope").strip() if scope_m and in_funding_section else None
    found = False
    for s_start, s_end in passages.sentences(text, body, end):
        for amount in numbers.amounts(text, s_start, s_end):
            clause = text[s_start:amount.start]
            if not in_funding_section and not _is_budget(clause):
                continue
            if _RESULT.search(text[s_start:s_end]):
                continue
            found = True
            a_end, per = _per(text, amount.end, s_end)
            yield Budget(**doc.provenance(amount.start, a_end), amount_vnd=amount.vnd,
                         estimated=bool(_ESTIMATE.search(_clause_tail(clause))),
                         source=_source(text, body, end, amount.start), scope=scope, per=per)
    if found:
        return
    statement = text[body:end]
    if in_funding_section or _STATEMENT_SUBJECT.match(statement):
        source = _source(text, body, end)
        if source:
            yield Budget(**doc.provenance(body, end), estimated=bool(_ESTIMATE.search(statement)),
                         source=source, scope=scope)


def _table_row(doc: ParsedDocument, start: int, end: int, caption_scale: int | None) -> Iterator[Budget]:
    """Amount cells of an allocation table row (flattened as 'cell | cell')."""
    text = doc.text
    cells, pos = [], start
    for part in text[start:end].split("|"):
        cells.append((pos, pos + len(part), part))
        pos += len(part) + 1
    labels = [c for c in cells if not _NUMERIC_CELL.match(c[2]) and re.search(r"[^\W\d_]{2}", c[2])]
    if not labels or _NOT_BUDGET.search(labels[0][2]):
        # explicit money in the cells ("1.500.000 đồng") is read like prose
        yield from (_row for _row in _line_rows(doc, start, end, in_funding_section=False))
        return
    unit_cell = next((c for c in cells if MONEY_CELL.match(c[2])), None)
    if unit_cell:
        scale = numbers.unit_scale(unit_cell[2])
        per = MONEY_CELL.match(unit_cell[2]).group("per")
        per = re.sub(r"\s*/\s*", "/", per.strip()).strip("/") if per else None
        amount_cells = [c for c in cells if c[0] > unit_cell[0] and _NUMERIC_CELL.match(c[2])]
    elif caption_scale and SPENDING_ROW.match(labels[0][2]):
        scale, per = caption_scale, None
        amount_cells = [c for c in cells if c[0] > labels[0][0] and _NUMERIC_CELL.match(c[2])]
    else:
        yield from _line_rows(doc, start, end, in_funding_section=False)
        return
    for a, b, cell in amount_cells:
        value = numbers.parse_numeral(cell)
        if value is None:
            continue
        lead = len(cell) - len(cell.lstrip())
        span_start, span_end = a + lead, a + lead + len(cell.strip())
        yield Budget(**doc.provenance(span_start, span_end), amount_vnd=round(value * scale), per=per)


def _section_row(doc: ParsedDocument, start: int, end: int) -> Budget:
    """The one row of a "KINH PHÍ" section that states no source: its first sentence."""
    text = doc.text
    heading_end = text.find("\n", start, end)
    body = heading_end + 1 if heading_end != -1 and heading_end + 1 < end else start
    first = next(passages.sentences(text, body, end), (body, end))
    statement = text[first[0]:first[1]].strip()
    return Budget(**doc.provenance(*first), source=statement or None,
                  estimated=bool(_ESTIMATE.search(statement)))


def _is_budget(clause: str) -> bool:
    """Whether the clause before an amount speaks of funding rather than indicators or revenue."""
    tail = _clause_tail(clause)
    funding, other = _FUNDING.search(tail), _NOT_BUDGET.search(tail)
    return bool(funding) and not (other and other.start() < funding.start())


def _clause_tail(clause: str) -> str:
    """The part of a sentence that leads to an amount: after the last ';' or 'trong đó:'."""
    return re.split(r";|\btrong đó\s*:", clause, flags=re.IGNORECASE)[-1]


def _source(text: str, start: int, end: int, near: int | None = None) -> str | None:
    """The funding source named in text[start:end] (the one nearest before ``near``, if given)."""
    best, taken = None, start
    for m in _SOURCE.finditer(text, start, end):
        if m.start() < taken or _NOT_SOURCE_BEFORE.search(text[max(start, m.start() - 25):m.start()]):
            continue
        stop = _SOURCE_END.search(text, m.end(), end)
        taken = stop.start() if stop else end
        phrase = text[m.start():taken].strip(" ,")
        if not set(phrase.lower().split()) - GENERIC_SOURCE:
            continue
        if near is None:
            return phrase
        if m.start() < near or best is None:
            best = phrase
    return best


def _per(text: str, pos: int, limit: int) -> tuple[int, str | None]:
    """'…đồng/trẻ/tháng' → 'trẻ/tháng' (after a written-out restatement in brackets, if any)."""
    m = _PER.match(text, pos, limit)
    if not m:
        return pos, None
    return m.end(), re.sub(r"\s*/\s*", "/", m.group(1).strip())
