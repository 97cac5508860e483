"""Subtotals: which budget amounts add up, so that a plan's amounts can be summed without counting money twice.

An amount does not add up when it is
- a rate ("500.000 đồng/hộ/tháng": it has a ``per``);
- the upper end of a range ("91.299 - 97.386 tỷ đồng": the lower end stands for the range);
- a limit a rule sets, not money planned ("hỗ trợ … không vượt mức 2.000 tỷ đồng", "tối đa 50 triệu đồng");
- in a table, part of another row's amount in the same column: a total row ("Tổng cộng", "TỔNG
  CHI …") holds every other row; otherwise rows nest by their index ("A" > "I" > "1" > "1.1" >
  "a" > "-"), and a row without an index, or a "Trong đó: …" row, sits under the indexed row above
  it. In a row with an amount for each year, an amount without a year is the row's total;
- in the text, a share of an amount stated with it: after "trong đó" or "bao gồm" in the same line,
  in the items of a list an amount line opens with "Trong đó:", in a line that starts so, in a footnote
  ("[4] Trong năm được bổ sung … 9,756 tỷ đồng": a note on what the body counts), or told as a
  percentage of a total stated before it in the section ("chiếm khoảng 10% tổng vốn (khoảng 12.173 tỷ
  đồng)");
- in a table whose amounts (those of one year) add up exactly to an amount the text states: the
  table itemises (or restates) it;
- the amount of one period that the plan also states as a rate multiplied into a total ("… 01 năm:
  1.500.000.000 đồng" beside "1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng").
Otherwise the same money stated twice in different places is not recognised.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional, Sequence

from extractors import passages, tables
from pipeline.document import ParsedDocument

TOTAL = 0  # rank of a total row
CHILD = -1  # a row under the one above it: "Trong đó: …", a row without an index
MAX_PERIODS = 10  # a total of at most this many periods repeats the amount of one
LIMIT_WINDOW = 30  # characters before an amount that may say it is a limit
LETTER_RANK, BULLET_RANK = 20, 21  # ranks of "a" and "-" rows, below any "1.2.3"
SHARE_WORDS = ("trong đó", "bao gồm")
_SHARES = "|".join(SHARE_WORDS)

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|đến|tới)\s*", re.IGNORECASE)
# a total row's first words, not "Tổng hợp …", "Cộng đồng …", "Cộng tác viên …"
_TOTAL_CELL = re.compile(r"\W*(?:tổng cộng|tổng số|cộng|tổng)\b"
                         r"(?!\s+(?:hợp|kết|thể|điều|quan|giám|cục|công ty|đài|đồng|tác|sản)\b)", re.IGNORECASE)
_SHARE_OPENING = re.compile(rf"\W*(?:{_SHARES})\b", re.IGNORECASE)  # a cell or line that opens "Trong đó: …"
_SHARE = re.compile(rf"\b(?:{_SHARES})\b", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\d+\]\s")  # "[4] Trong năm được bổ sung …"
_LIMIT = re.compile(r"\b(?:không vượt(?: quá)?(?: mức)?|không quá|tối đa(?: là)?|không cao hơn)\s*$", re.IGNORECASE)
_LIST_OPENER = re.compile(r"(?:trong đó|bao gồm|gồm)\s*:\s*$", re.IGNORECASE)
_ITEM = re.compile(r"\s*(?:[-+•*–]|[a-zđ][.)])\s")
_PERCENT_SHARE = re.compile(r"\bchiếm\b[^;]*%|%\s*\([^()]*$", re.IGNORECASE)  # in the clause before the amount
_SENTENCE_END = re.compile(r"\.\s")
_CAPITAL_INDEX = re.compile(r"[A-HJ-UWYZ]")  # "A", "B", "C": above Roman numerals (I, V, X are Roman)
_ROMAN_INDEX = re.compile(r"[IVXL]+")
_NUMBER_INDEX = re.compile(r"\d+(?:\.\d+)*")
_LETTER_INDEX = re.compile(r"[a-zđ]")
_BULLET_INDEX = re.compile(r"[-+•*–]")


def summable(doc: ParsedDocument, layout: tables.Tables, rows: Sequence) -> list[Optional[bool]]:
    """For each budget row, whether its amount adds up with the others (None for a row without an amount)."""
    text = doc.text
    in_tables = {}  # amount rows of table rows: their table row
    for i, r in enumerate(rows):
        row = layout.row_at(passages.line_start(text, r.start)) if r.amount_vnd is not None else None
        if row is not None:
            in_tables[i] = row
    parts = _range_ends(text, rows) | _table_parts(text, rows, in_tables) | _text_parts(text, rows, in_tables)
    parts |= {i for i, r in enumerate(rows) if r.amount_vnd is not None
              and _LIMIT.search(text, max(0, r.start - LIMIT_WINDOW), r.start)}
    parts |= _itemised_tables(rows, in_tables, parts)
    parts |= _years_of_a_total(rows, parts)
    return [None if r.amount_vnd is None else (r.per is None and i not in parts) for i, r in enumerate(rows)]


def _years_of_a_total(rows: Sequence, parts: set[int]) -> set[int]:
    """Amounts for one period that a total of several repeats: "1.500.000.000 đồng" (for one year) where the
    plan also states "1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng" (the rate and its multiple)."""
    rates = {r.amount_vnd for r in rows if r.amount_vnd is not None and r.per is not None}
    summed = {r.amount_vnd for i, r in enumerate(rows) if r.amount_vnd is not None and r.per is None and i not in parts}
    return {i for i, r in enumerate(rows) if r.amount_vnd in rates and r.per is None and i not in parts
            and any(r.amount_vnd * n in summed for n in range(2, MAX_PERIODS + 1))}


def _itemised_tables(rows: Sequence, in_tables: dict[int, tables.Row], parts: set[int]) -> set[int]:
    """The amounts of a table (of one year) that add up exactly to an amount the text states: the table
    itemises it ("Tổng kinh phí: 1.500.000.000 đồng", and an appendix whose items make that sum)."""
    stated = {r.amount_vnd for i, r in enumerate(rows)
              if r.amount_vnd is not None and r.per is None and i not in in_tables and i not in parts}
    by_table: dict[tuple, list[int]] = defaultdict(list)
    for i, row in in_tables.items():
        if i not in parts and rows[i].per is None:
            by_table[row.table, rows[i].year].append(i)
    itemised = set()
    for members in by_table.values():
        if sum(rows[i].amount_vnd for i in members) in stated:
            itemised.update(members)
    return itemised


def _range_ends(text: str, rows: Sequence) -> set[int]:
    """Upper ends of ranges: an amount joined to the one before it by a dash or "đến"."""
    return {i for i in range(1, len(rows)) if rows[i].amount_vnd is not None and rows[i - 1].amount_vnd is not None
            and rows[i - 1].end <= rows[i].start and _RANGE_JOIN.fullmatch(text, rows[i - 1].end, rows[i].start)}


def _table_parts(text: str, rows: Sequence, in_tables: dict[int, tables.Row]) -> set[int]:
    """Amounts of table rows nested under another row's amount in their column, and row totals beside years."""
    columns: dict[tuple, list[tuple[int, tables.Row]]] = defaultdict(list)
    by_row: dict[int, list[int]] = defaultdict(list)
    for i, row in in_tables.items():
        cell = next((c for c in row.cells if c.start <= rows[i].start < max(c.end, c.start + 1)), None)
        columns[row.table, cell.column if cell else None].append((i, row))
        by_row[row.start].append(i)
    parts = set()
    for members in columns.values():
        parts |= _nested(text, members)
    for indices in by_row.values():
        if any(rows[i].year for i in indices):
            parts |= {i for i in indices if rows[i].year is None}
    return parts


def _nested(text: str, members: list[tuple[int, tables.Row]]) -> set[int]:
    """The members (amount, table row) of one column that sit under another member."""
    ranks = [_rank(text, row) for _, row in members]
    if TOTAL in ranks:
        return {i for (i, _), rank in zip(members, ranks) if rank != TOTAL}
    if all(rank in (None, CHILD) for rank in ranks):
        return set()
    parts, stack, indexed = set(), [], 0.0
    for (i, _), rank in zip(members, ranks):
        if rank is None or rank == CHILD:
            rank = indexed + 0.5
        else:
            indexed = rank
        while stack and stack[-1] >= rank:
            stack.pop()
        if stack:
            parts.add(i)
        stack.append(rank)
    return parts


def _rank(text: str, row: tables.Row) -> Optional[float]:
    """The nesting rank of a table row: TOTAL, a rank from its index, CHILD, or None without an index."""
    cells = [c for c in row.cells if c.end > c.start]
    index = row.cell("index")
    label = text[index.start:index.end].strip().rstrip(".)") if index else ""
    first_text = next((text[c.start:c.end] for c in cells if c is not index), "")
    if (not label or _CAPITAL_INDEX.fullmatch(label)) and _TOTAL_CELL.match(first_text):
        return TOTAL
    if _SHARE_OPENING.match(first_text) or _SHARE_OPENING.match(label):
        return CHILD
    if _CAPITAL_INDEX.fullmatch(label):
        return 1
    if _ROMAN_INDEX.fullmatch(label):
        return 2
    if _NUMBER_INDEX.fullmatch(label):
        return 3 + label.count(".")
    if _LETTER_INDEX.fullmatch(label):
        return LETTER_RANK
    if _BULLET_INDEX.fullmatch(label):
        return BULLET_RANK
    return None


def _text_parts(text: str, rows: Sequence, in_tables: dict[int, tables.Row]) -> set[int]:
    """Amounts of the text that are shares of another amount stated with them."""
    parts: set[int] = set()
    lines: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.amount_vnd is not None and i not in in_tables:
            lines[passages.line_start(text, r.start)].append(i)
    opener = None  # the end of an amount line that opens a list of its shares ("… 7.500.000.000 đồng. Trong đó:")
    for start, indices in lines.items():
        end = passages.line_end(text, start)
        if opener is not None and not _items_between(text, opener, start):
            opener = None
        if opener is not None or _SHARE_OPENING.match(text, start, end) or _FOOTNOTE.match(text, start, end):
            parts.update(indices)
        else:
            head = rows[indices[0]]
            parts.update(i for i in indices[1:]  # a share word between the line's first amount and this one
                         if _SHARE.search(text, max(head.end, rows[i].start - passages.MAX_SENTENCE), rows[i].start))
            parts.update(i for i in indices if _is_percent_share(text, rows, i, start))
        if _LIST_OPENER.search(text, start, end) and opener is None:
            opener = end
    return parts


def _items_between(text: str, opener_end: int, line_start: int) -> bool:
    """Whether every line from the list's opener to ``line_start`` (this one included) is an item."""
    pos = opener_end + 1
    while pos <= line_start:
        if not _ITEM.match(text, pos):
            return False
        pos = passages.line_end(text, pos) + 1
    return True


def _is_percent_share(text: str, rows: Sequence, i: int, line_start: int) -> bool:
    """Whether amount ``i`` is told as a percentage of a total stated earlier in its section."""
    row = rows[i]
    since = max(line_start, row.start - passages.MAX_SENTENCE)  # a sentence is never longer
    clause = max([since, *(m.end() for m in _SENTENCE_END.finditer(text, since, row.start))])
    clause = max(clause, text.rfind(";", clause, row.start) + 1)
    if not _PERCENT_SHARE.search(text, clause, row.start):
        return False
    return any(r.amount_vnd is not None and r.per is None and r.section_id == row.section_id for r in rows[:i])
