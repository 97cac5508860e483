"""Tables laid out one cell per line, rebuilt as "cell | cell" rows.

Some sources flatten a table to one cell per line: "TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ
trì", …, then "I", "Hoàn thiện thể chế", "1", "<task>", "<lead agency>", …. Such a table is
recognised only from its header: a run of short lines naming columns ("Nội dung", "Cơ quan chủ
trì", "Thời gian thực hiện" …) that opens with the index column ("TT", "STT"). A row opens with
its index cell ("1", "1.2", "II", "III.1") followed by a text cell, numbered on from the row
before; a row that has all its cells may be followed by any index. The table ends at a line with
" | ", a heading ("PHỤ LỤC", "Điều"), another header, a signature line, or after a full row that
no row follows within a line or two. Names after the note column ("Ghi chú", the last column of a
plan table) are a second header row, under a spanning column ("Tỷ lệ vốn đối ứng (%)" over "Thành
phố", "Xã, phường"): they are kept on lines of their own below the header.

A cell the source broke over two lines is joined again: before a lower-case word that goes on from
a long or unfinished piece; and where a row has more pieces than the header has columns, or where
joining puts a time under the time column, at the likeliest breaks (no end punctuation, a comma
or "…, Bộ" before it, never beside a number or a time). A group row ("II", "Phát triển hạ
tầng", "Chính phủ số") keeps one title. Every row becomes one line, its cells joined by " | ", so
every extractor reads one table form; other text is left as it is.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Optional

from pipeline import roman
from pipeline.lines import CELL_SEPARATOR
from pipeline.signature import SIGNING_MODE
from pipeline.table_columns import ROW_INDEX, ROW_NUMBER, TEXT_ROLES, column_role

PAGE_BREAK = "\f"

MIN_COLUMNS, MAX_COLUMNS = 3, 12  # header cells, the index column included
MIN_NAMED = 2   # columns besides the index that the vocabulary must name
MAX_UNNAMED = 1  # columns it may not know
MAX_NAME_WORDS = 10
SLACK = 2  # lines a full row may still take while the next row is in sight (a cell broken in two)
LONG_PIECE = 8  # words of a piece that a lower-case line goes on from
MAX_TIME_WORDS = 8
TIME_FIT, SURPLUS_COST = 3, 3
# index kinds from the outermost ("A." parts, "I." groups) to the innermost ("a)" items)
KIND_ORDER = ("upper", "roman", "arabic", "lower")
GROUP_KINDS = ("upper", "roman")  # indexes of rows that title a group of rows

ROMAN_LETTERS = "IVXLC"  # the letters a row's Roman index is written in ("I", "XII", "L")
_ENDS_TABLE = re.compile(r"(?:PHỤ LỤC|Phụ lục|CHƯƠNG|Chương|ĐIỀU|Điều|PHẦN|Phần|MỤC|Mục)\s+[\dIVXLC]|Nơi nhận\b"
                         rf"|(?:{SIGNING_MODE})\.\s")
_TEXT = re.compile(r"[^\W\d_]{2}")
# a paragraph of the text after the table: "b. Đối với các công trình …", "3. Sửa đổi, bổ sung Điều 5 …"
_LABELLED_PARAGRAPH = re.compile(r"(?:[a-zđ]|\d{1,2})[.)]\s+[A-ZĐ]\S*(?:\s+\S+){7}")
_FILLER = re.compile(r"[.…_\-–—\s]+")  # a line of dots where the source left a row out
_TERMINAL = re.compile(r"[.;:!?)]$")
_DANGLING = re.compile(r"(?:,|-|–|,\s*\S+)$")  # "Bộ Công an, Bộ" / "Khoa học và Công nghệ"
_NUMBER = re.compile(r"[\d.,%\s]+")
# a time cell: "Tháng 12/2025", "Năm 2025-2030", "2025", "Trước ngày 30/11/2025", "Thường xuyên"
_TIME = re.compile(r"(?:tháng|quý|năm|trước|trong|từ|đến|hàng|hằng|định kỳ|thường xuyên|giai đoạn|sau khi|"
                   r"theo kế hoạch)\b|(?:19|20)\d\d\b", re.IGNORECASE)


def rebuild(lines: list[str]) -> list[str]:
    """``lines`` with every table laid out one cell per line turned into "cell | cell" lines."""
    cells = [(k, line) for k, line in enumerate(lines) if line and line != PAGE_BREAK]
    out: list[str] = []
    done = 0  # lines[:done] are in ``out``
    c = 0
    while c < len(cells):
        table = _table(cells, c)
        if table is None:
            c += 1
            continue
        start, end = cells[c][0], cells[table.next_cell - 1][0] + 1
        out.extend(lines[done:start])
        out.extend(table.lines(lines, start, end))
        done, c = end, table.next_cell
    out.extend(lines[done:])
    return out


@dataclass
class _Table:
    header: list[tuple[int, str]]
    sub_names: list[tuple[int, str]] = field(default_factory=list)  # a second header row, one name per line
    rows: list[list[tuple[int, str]]] = field(default_factory=list)
    next_cell: int = 0

    def lines(self, lines: list[str], start: int, end: int) -> list[str]:
        """The table as "cell | cell" lines (names under spanning columns on lines of their own), with the
        page breaks of its span after the row they fell in."""
        breaks = [k for k in range(start, end) if lines[k] == PAGE_BREAK]
        out = []
        roles = [column_role(name) for _, name in self.header]
        heads = [(self.header, []), *(([name], []) for name in self.sub_names)]
        for row, row_roles in [*heads, *((row, roles) for row in self.rows)]:
            out.append(CELL_SEPARATOR.join(_cells(row, row_roles)))
            last = row[-1][0]
            while breaks and breaks[0] < last:
                out.append(PAGE_BREAK)
                breaks.pop(0)
        out.extend(PAGE_BREAK for _ in breaks)
        return out


def _table(cells: list[tuple[int, str]], c: int) -> Optional[_Table]:
    """The table whose header opens at cells[c], if one does."""
    header_end = _header_end(cells, c)
    if header_end is None:
        return None
    names = cells[c:header_end]
    note = next((k for k, (_, name) in enumerate(names) if column_role(name) == "note"), len(names) - 1)
    table = _Table(names[:note + 1], names[note + 1:])
    n = len(table.header)
    numbering = _Numbering()
    row: list[tuple[int, str]] = []
    j = header_end
    while j < len(cells):
        text = cells[j][1]
        if _ends_table(cells, j):
            break
        if _opens_row(cells, j) and (not row or numbering.follows(text) or len(row) >= n):
            if row:
                table.rows.append(row)
            row = [cells[j]]
            numbering.accept(text)
        elif len(row) >= n and not _row_ahead(cells, j):
            break
        else:
            row.append(cells[j])
        j += 1
    table.rows.append(row)
    table.next_cell = j
    return table


def _header_end(cells: list[tuple[int, str]], c: int) -> Optional[int]:
    """Index past the header that opens at cells[c]: the index column, then column names up to the first row."""
    if column_role(cells[c][1]) != "index":
        return None
    names = [cells[c][1]]
    j = c + 1
    while j < len(cells) and not ROW_INDEX.fullmatch(cells[j][1]):
        name = cells[j][1]
        if len(names) == MAX_COLUMNS or not _is_name(name):
            return None
        names.append(name)
        j += 1
    note = next((k for k, name in enumerate(names) if column_role(name) == "note"), len(names) - 1)
    top = names[1:note + 1]  # names after the note column are a second row, under spanning columns
    named = sum(column_role(name) not in (None, "index") for name in top)
    if not (MIN_COLUMNS <= len(top) + 1 and named >= MIN_NAMED and len(top) - named <= MAX_UNNAMED):
        return None
    return j if j < len(cells) and _opens_row(cells, j) else None


def _is_name(text: str) -> bool:
    return CELL_SEPARATOR not in text and len(text.split()) <= MAX_NAME_WORDS and not text.endswith(".")


def _opens_row(cells: list[tuple[int, str]], j: int) -> bool:
    """Whether cells[j] is an index cell followed by a text cell."""
    if not ROW_NUMBER.fullmatch(cells[j][1]) or j + 1 >= len(cells):
        return False
    following = cells[j + 1][1]
    return bool(_TEXT.search(following)) and not ROW_INDEX.fullmatch(following) and CELL_SEPARATOR not in following


def _ends_table(cells: list[tuple[int, str]], j: int) -> bool:
    text = cells[j][1]
    return (CELL_SEPARATOR in text or bool(_ENDS_TABLE.match(text) or _LABELLED_PARAGRAPH.match(text))
            or _header_end(cells, j) is not None)


def _row_ahead(cells: list[tuple[int, str]], j: int) -> bool:
    """Whether a row (or the table's end) follows within SLACK lines after cells[j], so that the
    lines between are pieces of broken cells rather than text after the table."""
    for k in range(j + 1, min(j + 1 + SLACK, len(cells))):
        if _opens_row(cells, k) or _ends_table(cells, k):
            return True
    return False


def _cells(row: list[tuple[int, str]], roles: list[Optional[str]]) -> list[str]:
    """The cell texts of a row: pieces of a cell the source broke over lines joined again, where the
    breaks are likely and the cells then fit the columns (a time under the time column)."""
    pieces = _fragments_joined([text for _, text in row if not _FILLER.fullmatch(text)])
    if not roles:
        return pieces
    if _Numbering.parse(pieces[0])[0] in GROUP_KINDS and not any(
            _NUMBER.fullmatch(p) or _is_time(p) for p in pieces[1:]):
        return [pieces[0], " ".join(pieces[1:])]  # a group row: its title, broken or not
    surplus = max(len(pieces) - len(roles), 0)
    unjoined = _fit(pieces, roles)
    best, best_score = pieces, unjoined
    for merges in range(1, min(surplus + 1, len(pieces) - 2) + 1):
        for joins in itertools.combinations(range(1, len(pieces) - 1), merges):
            breaks = [_break_score(pieces[i], pieces[i + 1]) for i in joins]
            cells = _joined(pieces, joins)
            fit = _fit(cells, roles)
            if min(breaks) <= 0 or (merges > surplus and fit <= unjoined):
                continue  # a row with no cell too many is joined only where that puts its cells right
            if sum(breaks) + fit > best_score:
                best, best_score = cells, sum(breaks) + fit
    return best


def _fragments_joined(pieces: list[str]) -> list[str]:
    """Pieces joined where a lower-case word goes on from a long or unfinished one."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if len(out) > 1 else None  # never onto the index cell
        if prev and piece[:1].islower() and not _TERMINAL.search(prev) and (
                len(prev.split()) >= LONG_PIECE or _unfinished(prev)):
            out[-1] = f"{prev} {piece}"
        else:
            out.append(piece)
    return out


def _joined(pieces: list[str], joins: tuple[int, ...]) -> list[str]:
    """``pieces`` with pieces[i] and pieces[i + 1] joined for every i of ``joins``."""
    cells: list[str] = []
    for i, piece in enumerate(pieces):
        if i - 1 in joins:
            cells[-1] = f"{cells[-1]} {piece}"
        else:
            cells.append(piece)
    return cells


def _break_score(before: str, after: str) -> int:
    """How likely ``before`` and ``after`` are two pieces of one cell."""
    if _NUMBER.fullmatch(before) or _NUMBER.fullmatch(after) or _is_time(before) or _is_time(after):
        return -3
    score = 0 if _TERMINAL.search(before) else 1
    if after[:1].islower():
        score += 3
    if _unfinished(before):
        score += 2
    return score


def _fit(cells: list[str], roles: list[Optional[str]]) -> int:
    """How well the cells fit the columns: times under the time column, numbers under number columns;
    every cell beyond the header costs."""
    score = 0
    for cell, role in itertools.zip_longest(cells, roles):
        if cell is None:
            break
        if role is None and len(cells) > len(roles):
            score -= SURPLUS_COST
        elif _is_time(cell):
            score += TIME_FIT if role == "time" else -1
        elif role == "time" and len(cell.split()) > LONG_PIECE:
            score -= TIME_FIT
        elif _NUMBER.fullmatch(cell) and role in TEXT_ROLES:
            score -= 2
    return score


def _unfinished(piece: str) -> bool:
    """Whether a piece stops mid-list: on a comma, a dash, or one word after a comma ("Bộ Công an, Bộ")."""
    return bool(_DANGLING.search(piece))


def _is_time(cell: str) -> bool:
    return len(cell.split()) <= MAX_TIME_WORDS and bool(_TIME.match(cell))


_INDEX_PARTS = re.compile(r"(?P<head>\d{1,3}|[IVXLC]{1,6}|[A-ZĐa-zđ])(?P<tail>(?:\.\d{1,2})*)\.?\)?")


class _Numbering:
    """The last index of each kind, to tell the next row's index from a number in a cell."""

    def __init__(self):
        self.last: dict[str, list[int]] = {}

    @staticmethod
    def parse(text: str) -> tuple[str, list[int]]:
        m = _INDEX_PARTS.fullmatch(text)
        head, tail = m.group("head"), [int(p) for p in m.group("tail").split(".") if p]
        if head.isdigit():
            return "arabic", [int(head), *tail]
        if set(head) <= set(ROMAN_LETTERS) and (len(head) > 1 or head in "IVX"):
            return "roman", [roman.to_int(head), *tail]
        return ("upper" if head.isupper() else "lower"), [ord(head.lower()) - ord("a") + 1, *tail]

    def follows(self, text: str) -> bool:
        """Whether index ``text`` can number the row after the last one."""
        kind, parts = self.parse(text)
        last = self.last.get(kind)
        if last is None:  # the first of its kind, or the first after a group row
            return True
        if parts == last + [1]:
            return True
        return any(parts == last[:i] + [last[i] + 1] for i in range(len(last)))

    def accept(self, text: str) -> None:
        kind, parts = self.parse(text)
        self.last[kind] = parts
        for inner in KIND_ORDER[KIND_ORDER.index(kind) + 1:]:
            self.last.pop(inner, None)

