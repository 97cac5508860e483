"""Budgets: amounts of planned spending or allocation, and funding-source statements.

Rows come from
- money in a clause about funding, spending or allocation ("dự kiến khoảng 1.050 triệu đồng",
  "mức hỗ trợ 160.000 đồng/trẻ/tháng"); a range gives one row per end. Economic indicators,
  revenue and results ("GRDP", "tổng thu ngân sách", "ước thực hiện", "so cùng kỳ") are not;
- allocation tables, flattened as "cell | cell": in a row whose unit cell is money
  ("Dưới 30 biên chế | Đồng/biên chế/năm | 95.000.000"), every amount cell; under a caption
  "Đơn vị: triệu đồng", the amount cells of spending rows ("Chi đầu tư phát triển | 5.937.440 | …");
- funding-source statements without an amount: the lines of a "KINH PHÍ" section and, elsewhere,
  sentences about funding ("Kinh phí … từ nguồn …"), one row per statement.
A "KINH PHÍ" section (however numbered or worded) always yields at least one row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from extractors import funding, numbers, passages
from pipeline.document import ParsedDocument
from pipeline.records import Extracted, Int64

# ------------------------------------------------------------------ vocabulary

FUNDING_HEADING_WORDS = ("kinh phí", "nguồn vốn", "nguồn tài chính")  # "IV. KINH PHÍ THỰC HIỆN", "NGUỒN VỐN"
MAX_HEADING_WORDS = 10
LETTER_RANK = 5  # nesting level of "a)" headings, below any "1.2.3."
FUNDING_WORD_REACH = 5  # a funding heading has fewer words before "kinh phí": "Phương án huy động kinh phí"
FUNDING_WORDS = ("kinh phí", "ngân sách", "vốn", "dự toán", "chi", "hỗ trợ", "phân bổ", "bố trí", "cấp phát",
                 "đầu tư", "tài trợ", "viện trợ", "định mức", "mức", "chi phí", "quỹ", "trợ cấp", "thưởng",
                 "dự phòng", "bổ sung")
NOT_CHI = ("tiết", "nhánh", "cục", "bộ", "hội", "đoàn")  # "chi tiết", "chi nhánh" are no spending
# indicators, revenue, wages and debt: money that is not a budget
NOT_BUDGET_WORDS = ("GRDP", "doanh thu", "kim ngạch", "giá trị sản xuất", "giá trị xuất khẩu", "thu nhập",
                    "vốn đăng ký", "bán lẻ", "tổng thu ngân sách", "tổng thu", "thu ngân sách", "thu nội địa",
                    "tăng thu", "thu tiền", "thu từ", "nguồn thu", "nộp", "thuế", "lệ phí", "đầu người", "thiệt hại",
                    "tổng sản phẩm", "xuất khẩu", "nhập khẩu", "dư nợ", "toàn xã hội", "đầu tư xã hội", "lương cơ sở",
                    "mức lương", "vay")
RESULT_WORDS = r"ước thực hiện|ước đạt|so (?:với )?cùng kỳ|lũy kế|đạt [\d.,]+\s*%"
ESTIMATE_WORDS = ("dự kiến", "khoảng", "ước", "ước tính", "dự tính", "tạm tính", "xấp xỉ", "gần")
SCOPE_WORDS = ("cấp", "các", "tỉnh", "huyện", "xã", "thành phố", "trung ương", "địa phương", "ủy ban", "ubnd", "sở")
SPENDING_ROW_WORDS = ("tổng chi", "chi", "dự phòng", "kinh phí", "vốn", "hỗ trợ", "bổ sung", "định mức", "phân bổ")
STATEMENT_SUBJECTS = ("nguồn", "kinh phí", "ngân sách")  # a line about funding starts so


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_FUNDING_HEADING = re.compile(rf"(?<!\w)(?:{_alternatives(FUNDING_HEADING_WORDS)})(?!\w)", re.IGNORECASE)
_FUNDING = re.compile(rf"(?<!\w)(?:{_alternatives(FUNDING_WORDS)})(?!\w)(?!\s+(?:{_alternatives(NOT_CHI)})\b)", re.IGNORECASE)
_NOT_BUDGET = re.compile(rf"(?<!\w)(?:{_alternatives(NOT_BUDGET_WORDS)})(?!\w)", re.IGNORECASE)
_RESULT = re.compile(rf"(?<!\w)(?:{RESULT_WORDS})", re.IGNORECASE)
_ESTIMATE = re.compile(rf"(?<!\w)(?:{_alternatives(ESTIMATE_WORDS)})(?!\w)", re.IGNORECASE)
_SCOPE_LEAD = re.compile(rf"(?P<scope>(?:{_alternatives(SCOPE_WORDS)})\b[^:;.]{{0,60}}?)\s*:", re.IGNORECASE)  # match(pos)
_SPENDING_ROW = re.compile(rf"\W*(?:{_alternatives(SPENDING_ROW_WORDS)})\b", re.IGNORECASE)
_STATEMENT = re.compile(rf"\W*(?:{_alternatives(STATEMENT_SUBJECTS)})\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"(?:như sau|sau đây|gồm)\s*:\s*$", re.IGNORECASE)  # "…, bao gồm:" opens a list
_CAPTION = re.compile(r"\W*(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>[^.;|]*đồng)", re.IGNORECASE)
_TABLE_TITLE = re.compile(r"\W*(?:mẫu|biểu|phụ lục|bảng)\b", re.IGNORECASE)
_MONEY_CELL = re.compile(r"\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng\b(?P<per>\s*/.*)?$", re.IGNORECASE)
_NUMERIC_CELL = re.compile(r"\s*\d[\d.,]*\s*$")
_LIST_LABEL = re.compile(r"\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):]\s+")  # match(pos)
_HEADING = re.compile(r"\W*(?P<label>[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*(?P<heading>\S.*)$")
_PER = re.compile(r"\s*(?:\([^)]*\)\s*)?/\s*([^\W\d_][\w ]*?(?:\s*/\s*[^\W\d_][\w ]*?)*)(?=[\s.,;:)]|$)")
_CLAUSE_BREAK = re.compile(r";|\btrong đó\s*:", re.IGNORECASE)
_SLASHES = re.compile(r"\s*/\s*")
_LETTER = re.compile(r"[^\W\d_]")
_WORDY = re.compile(r"[^\W\d_]{2}")
_ROMAN = re.compile(r"[IVXLC]+")


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
    lines = list(passages.lines(doc))
    blocks = list(_funding_blocks(doc.text, lines))
    answered, results = set(), passages.result_spans(doc)
    caption_scale = None
    for start, end in lines:
        line = doc.text[start:end]
        if results.overlaps(start, start + 1):
            continue
        caption = _CAPTION.match(line)
        if caption or _TABLE_TITLE.match(line):
            caption_scale = numbers.unit_scale(caption.group("unit")) if caption else None
            continue
        block = next((b for b in blocks if b[0] <= start < b[1]), None)
        if "|" in line:
            rows = list(_table_row(doc, start, end, caption_scale))
        else:
            opens_block = block is not None and start == block[0]
            rows = list(_line_rows(doc, start, end, block is not None, heading=opens_block))
        if block and rows:
            answered.add(block)
        yield from rows
    for block in blocks:
        if block not in answered:
            yield _section_row(doc, *block)


def _funding_blocks(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the "KINH PHÍ" sections: from a short heading naming the funding to the next
    heading of the same or an outer level (read from the lines, as they may follow a signature)."""
    opened = None  # (start, rank)
    for start, end in lines:
        rank = _heading_rank(text[start:end])
        if rank is None:
            continue
        if opened and rank <= opened[1]:
            yield opened[0], start
            opened = None
        if not opened and _names_funding(text[start:end]):
            opened = (start, rank)
    if opened:
        yield opened[0], lines[-1][1]


def _names_funding(heading: str) -> bool:
    """'IV. KINH PHÍ THỰC HIỆN', '6. Bảo đảm kinh phí' name funding; a sentence ('… bố trí kinh phí.') does not."""
    m = _FUNDING_HEADING.search(heading)
    title = _HEADING.match(heading)
    first = title.start("heading") if title else 0
    return bool(m) and not heading.rstrip().endswith(".") and len(heading[first:m.start()].split()) < FUNDING_WORD_REACH


def _heading_rank(line: str) -> int | None:
    """The nesting level of a heading line (0 outermost), None for other lines: 'IV. KINH PHÍ' → 0,
    '2. Nguồn vốn' → 1, '4.1. Kinh phí' → 2, 'a) Kinh phí' → 5, 'KINH PHÍ THỰC HIỆN' → 0."""
    m = _HEADING.match(line)
    heading = (m.group("heading") if m else line).rstrip(" :")
    if len(heading.split()) > MAX_HEADING_WORDS or not _LETTER.search(heading):
        return None
    if not m:
        return 0 if heading.isupper() else None
    label = m.group("label")
    if _ROMAN.fullmatch(label):
        return 0
    return 1 + label.count(".") if label[0].isdigit() else LETTER_RANK


def _line_rows(doc: ParsedDocument, start: int, end: int, in_block: bool, heading: bool) -> Iterator[Budget]:
    """Rows of a prose line: its amounts, else the funding statement it makes."""
    text = doc.text
    label = _LIST_LABEL.match(text, start, end)
    body = label.end() if label else start
    lead = _SCOPE_LEAD.match(text, body, end)
    scope = lead.group("scope").strip() if lead and in_block else None
    found, source = False, None
    for s_start, s_end in passages.sentences(text, body, end):
        if _RESULT.search(text, s_start, s_end):
            continue
        for amount in numbers.amounts(text, s_start, s_end):
            clause = _CLAUSE_BREAK.split(text[s_start:amount.start])[-1]
            if not in_block and not _is_budget(clause):
                continue
            if not found:
                found, source = True, funding.source(text, body, end)
            amount_end, per = _per(text, amount.end, s_end)
            yield Budget(**doc.provenance(amount.start, amount_end), amount_vnd=amount.vnd,
                         estimated=bool(_ESTIMATE.search(clause)), source=source, scope=scope, per=per)
    statement = text[body:end]
    if found or heading or _LEAD_IN.search(statement) or _is_short_lead_in(statement):
        return
    source = funding.source(text, body, end) if in_block or _STATEMENT.match(statement) else None
    if source:
        yield Budget(**doc.provenance(body, end), estimated=bool(_ESTIMATE.search(statement)), source=source,
                     scope=scope)


def _is_short_lead_in(statement: str) -> bool:
    """'2. Nguồn nguyên liệu - hàng hóa huy động:' introduces a list; it states no funding itself."""
    return statement.rstrip().endswith(":") and len(statement.split()) <= MAX_HEADING_WORDS


def _table_row(doc: ParsedDocument, start: int, end: int, caption_scale: int | None) -> Iterator[Budget]:
    """Amount cells of an allocation table row; other rows are read like prose."""
    cells, pos = [], start
    for part in doc.text[start:end].split("|"):
        cells.append((pos, part))
        pos += len(part) + 1
    labels = [(a, c) for a, c in cells if not _NUMERIC_CELL.match(c) and _WORDY.search(c)]
    unit_cell = next(((a, c) for a, c in cells if _MONEY_CELL.match(c)), None)
    if labels and not _NOT_BUDGET.search(labels[0][1]) and unit_cell:
        scale, per = numbers.unit_scale(unit_cell[1]), _MONEY_CELL.match(unit_cell[1]).group("per")
        first_amount = unit_cell[0]
    elif labels and caption_scale and _SPENDING_ROW.match(labels[0][1]):
        scale, per, first_amount = caption_scale, None, labels[0][0]
    else:
        yield from _line_rows(doc, start, end, in_block=False, heading=False)
        return
    per = _SLASHES.sub("/", per.strip()).strip("/") if per else None
    for a, cell in cells:
        value = numbers.parse_numeral(cell) if a > first_amount and _NUMERIC_CELL.match(cell) else None
        if value is not None:
            lead = len(cell) - len(cell.lstrip())
            yield Budget(**doc.provenance(a + lead, a + lead + len(cell.strip())), amount_vnd=round(value * scale),
                         per=per)


def _section_row(doc: ParsedDocument, start: int, end: int) -> Budget:
    """The one row of a "KINH PHÍ" section that names no source: its first sentence after the heading."""
    text = doc.text
    heading_end = text.find("\n", start, end)
    body = heading_end + 1 if heading_end != -1 and heading_end + 1 < end else start
    first = next(passages.sentences(text, body, end), (body, end))
    statement = text[first[0]:first[1]].strip()
    return Budget(**doc.provenance(*first), source=statement or None, estimated=bool(_ESTIMATE.search(statement)))


def _is_budget(clause: str) -> bool:
    """Whether the clause before an amount speaks of funding (its last cue) rather than indicators or revenue."""
    other = [(m.start(), m.end()) for m in _NOT_BUDGET.finditer(clause)]
    cues = [(m.start(), True) for m in _FUNDING.finditer(clause)
            if not any(a <= m.start() < b for a, b in other)]
    cues += [(a, False) for a, _ in other]
    return bool(cues) and max(cues)[1]


def _per(text: str, pos: int, limit: int) -> tuple[int, str | None]:
    """'…đồng/trẻ/tháng' → 'trẻ/tháng' (after a written-out restatement in brackets, if any)."""
    m = _PER.match(text, pos, limit)
    if not m:
        return pos, None
    return m.end(), _SLASHES.sub("/", m.group(1).strip())
