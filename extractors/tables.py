"""Tables of the normalised text: "cell | cell" lines, read by column role.

A header line names the columns ("TT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian thực hiện"), and ``pipeline.table_columns`` gives each name its role: task, indicator,
lead, coordinate, implement, time, unit, value (a plan year, a target), money, source, actual (a
result or baseline), result, note, index. Below the header:
- a line of names under columns that span several ("Năm 2025 | Dự kiến 03 năm kế hoạch" over
  "Dự toán | Đánh giá thực hiện | Năm 2026 | …") names the last columns instead, as many as the
  widest row needs, each taking the year of the column it sits under; names under one spanning
  column on lines of their own ("Định mức" over "Khu vực đô thị", "Khu vực còn lại") name the
  first number column when the rows are at least as wide as the header (they may leave the last
  names empty: a "Tổng cộng" nobody fills);
- a line of column numbers ("1 | 2 | 3 …", "A | B | 1 | 2 | 3 | 4=3/2") is skipped;
- a data row has a cell per column, empty cells included. A row with fewer cells (merged or left
  out) is placed where its cells fit the columns best — an index under the index column, a time
  under the time column, numbers under number columns — so a sub-row without index ("Thực hiện sao
  lưu dữ liệu … | Sở Khoa học và Công nghệ | Sở Tài chính") starts at the task;
- a group row titles the rows below it: an index with a title ("II | Phát triển hạ tầng"), the same
  over two lines ("I" / "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH"), a numbered title line ("I. Kinh tế
  số") or a short line of its own ("Cà Phê"), until the next, or until the numbered item after its own
  ("3" / "Cơ cấu kinh tế" over "- Dịch vụ | …" and "4 | Chỉ số giá tiêu dùng …"); a line that only says the
  rows below are parts of the one above ("Trong đó:", "Chia ra:") titles nothing, its rows keep the group they were in;
- other lines of text between rows of a table (a sub-row written one cell per line, a cell's second
  paragraph) make a continuation row, one cell per line;
- a row cut across lines (its last numbers on a line of their own: "5 | Dự phòng ngân sách | 463.298"
  over "444.892 | 487.525 | 513.155", or "- Số giáo viên" / "Người" / "20.330 | 20.954 | 20.954") is
  read whole, the numbers of its later lines in its last columns.
Lines between two rows belong to the table when they are few and the second row is a data row or
repeats the header without its index column; a full header opens a new table. A header holds for
the rows below it until the next, however far.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional

from extractors import dates, passages
from pipeline import roman
from pipeline.document import ParsedDocument
from pipeline.lines import CELL_SEPARATOR
from pipeline.table_columns import NUMBER_ROLES, ROW_INDEX, TEXT_ROLES, column_role, column_year

MAX_GAP = 4  # lines of text between two rows of one table
ROMANS = tuple(roman.from_int(n) for n in range(1, 16))  # a table's group indexes, "I" to "XV"
MIN_TITLE_WORDS = 3  # capitalised words that make a table's title ("DỰ TOÁN KINH PHÍ")
TITLE_LINES = 4  # lines of text above a header read as the table's title ("Phụ lục 02.1", "TỶ LỆ …")
MAX_TITLE_WORDS = 15  # a group title on a line of its own
MAX_SUB_NAME_WORDS = 12  # a name under a spanning column
MAX_TIME_CELL = 40  # characters of a cell that holds only a time ("Quý IV/2026", "Năm 2025-2030")
MIN_NAMED = 2  # named columns of a header line (one such name may be data: "Cơ quan có liên quan")
GAP_COST = 1  # a column a short row leaves out before its last cell

_CELL = re.compile(r"[^|]+")
_NUMBER = re.compile(r"[-+]?\d[\d.,]*\s*%?|[-–]")
_COLUMN_NUMBER = re.compile(r"[A-Z]|\(?\d{1,2}\)?|\d{1,2}\s*=\s*[\d\s/+*x().-]+")
# where a table's title ends ("(Kèm theo Kế hoạch số …)", "Đơn vị: Triệu đồng") and what opens it
_TITLE_TAIL = re.compile(r"\((?:Kèm theo|Ban hành kèm)|\b(?:Đơn vị(?: tính)?|ĐVT)\s*:", re.IGNORECASE)
_TITLE_ANCHOR = re.compile(r"\b(?:Mẫu biểu|Biểu mẫu|Biểu|Mẫu|Phụ lục|PHỤ LỤC|MẪU BIỂU|BIỂU MẪU|BIỂU|MẪU)"
                           r"(?:\s+(?:số|SỐ))?(?:\s+[\dIVXLC]+(?:\.\d+)*)?(?!\w)")
_TITLE_LINE = re.compile(r"(?P<index>[IVXLC]{1,6}|\d{1,2}|[A-Z])[.)]\s+(?P<title>\S.*)")
_TERMINAL = re.compile(r"[.;!?]$")
_WORDY = re.compile(r"[^\W\d_]{2}")
# words that introduce the parts of what precedes them: a row "Trong đó:", a clause "…, trong đó: 26 đợt/năm"
PARTS_WORDS = ("trong đó", "chia ra", "bao gồm", "gồm", "cụ thể")
_PARTS = re.compile(rf"\W*(?:{'|'.join(PARTS_WORDS)})\W*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Column:
    """A column: its name as printed, its role and the year it names, if any."""

    name: str
    role: Optional[str]
    year: Optional[int] = None


@dataclass(frozen=True)
class Cell:
    """A cell: its stripped span in ``documents.text`` (empty cells have start == end) and column."""

    start: int
    end: int
    column: Optional[Column]

    @property
    def role(self) -> Optional[str]:
        return self.column.role if self.column else None


@dataclass(frozen=True)
class Row:
    """A row of a table: its cells, the header it is read under and the title of its group.

    ``start``/``end`` cover its line or lines. ``is_group`` marks a group title row;
    ``table`` numbers the tables of a document; ``title`` is the text just above its header.
    """

    start: int
    end: int
    cells: tuple[Cell, ...]
    header: tuple[Column, ...]
    table: int
    group: Optional[str] = None
    is_group: bool = False
    title: str = ""

    @property
    def table_title(self) -> Optional[str]:
        """The table's own title in the text above it: from its form or appendix number ("Mẫu biểu số 02
        BIỂU TỔNG HỢP DỰ TOÁN THU NSNN …", "PHỤ LỤC II DỰ TOÁN KINH PHÍ …"), else its closing run of capitals,
        without the attachment note or the unit caption after it; None above a table that has none."""
        title = self.title[:m.start()] if (m := _TITLE_TAIL.search(self.title)) else self.title
        # a form's or appendix's number, then its name in capitals ("Phụ lục III như sau: …" names another)
        anchor = next((m for m in _TITLE_ANCHOR.finditer(title)
                       if not any(w.islower() for w in title[m.end():].split())), None)
        if anchor:
            return " ".join(title[anchor.start():].split())
        words = title.split()
        caps = next((i for i, w in enumerate(reversed(words)) if w != w.upper()), len(words))  # words closing it
        run = words[len(words) - caps:]
        return " ".join(run) if sum(w.isalpha() for w in run) >= MIN_TITLE_WORDS else None

    def cell(self, *roles: str) -> Optional[Cell]:
        """The first non-empty cell in a column of one of ``roles``."""
        return next((c for c in self.cells if c.role in roles and c.end > c.start), None)

    def text(self, doc: ParsedDocument, *roles: str) -> Optional[str]:
        """The text of ``cell(*roles)``, or None."""
        cell = self.cell(*roles)
        return doc.text[cell.start:cell.end] if cell else None

    def has(self, *roles: str) -> bool:
        """Whether the row's header has a column of one of ``roles``."""
        return any(c.role in roles for c in self.header)


@dataclass(frozen=True)
class Tables:
    """The tables of a document: their rows in order, by line."""

    rows: tuple[Row, ...]
    covered: frozenset[int]  # starts of every line of a table: headers, rows, column numbers
    _by_line: dict[int, Row] = field(default_factory=dict, compare=False, repr=False)

    def row_at(self, line_start: int) -> Optional[Row]:
        """The row a line belongs to (any of its lines)."""
        return self._by_line.get(line_start)

    def covers(self, line_start: int) -> bool:
        """Whether the line that starts at ``line_start`` is part of a table."""
        return line_start in self.covered


def read(doc: ParsedDocument) -> Tables:
    """The tables of ``doc``."""
    rows: list[Row] = []
    covered: set[int] = set()
    for number, raw in enumerate(_layout(doc)):
        header = raw.columns()
        covered.update(raw.covered)
        group, sibling = None, None  # the group's title, and the index of the item after it while it may end it
        for item in raw.items:
            row = _row(doc, item, header, number, group, raw.title)
            if row.is_group and not _PARTS.match(doc.text, row.start, row.end):
                group, sibling = _title(doc, row), _next_index(_group_index(doc, row))
            elif sibling and (index := _list_index(row.text(doc, "index"))):
                if index == sibling:  # "3 / Cơ cấu kinh tế", its rows, then "4 | Chỉ số giá tiêu dùng …"
                    group = None
                    row = replace(row, group=None)
                sibling = None  # the group's first numbered row is its own ("1 | Sở Y tế" over "1 | …")
            rows.append(row)
    starts = [start for start, _ in doc.lines]
    by_line = {starts[i]: row for row in rows
               for i in range(bisect.bisect_left(starts, row.start), bisect.bisect_left(starts, row.end))}
    return Tables(tuple(rows), frozenset(covered), by_line)


# ------------------------------------------------------------------ layout: which lines are what


@dataclass
class _Item:
    """A row before it is read: its lines and its cell spans (raw, unstripped)."""

    start: int
    end: int
    cells: list[tuple[int, int]]
    kind: str  # "row", "group", "continuation", or "names" (a header's names under a spanning column)
    indexed: bool = True  # whether its first cell is an index
    tail: int = 0  # cells of later lines that end a cut row, read in the last columns


@dataclass
class _RawTable:
    header: list[str]
    title: str = ""
    sub: Optional[list[str]] = None  # names under spanning columns, on a line of their own
    sub_lines: list[str] = field(default_factory=list)  # names under one spanning column, one per line
    items: list[_Item] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)

    def take(self, text: str, gap: list[tuple[int, int]], rows_seen: Optional[bool] = None) -> None:
        """Take the lines of text between two lines of the table: group and continuation rows, or,
        before the first row, names under a spanning column."""
        self.covered.update(s for s, _ in gap)
        numbers = next((i for i, line in enumerate(gap) if _kind(text, *passages.stripped(text, *line)) != "number"),
                       len(gap))
        if numbers and self.ends_cut_row(text, gap[0][0], gap[numbers - 1][1], gap[:numbers]):
            gap = gap[numbers:]  # "900.000" / "1.350.000" on lines of their own end the row above
        for item in _gap_items(text, gap, bool(self.items) if rows_seen is None else rows_seen):
            if item.kind == "names":
                self.sub_lines.extend(text[s:e].strip() for s, e in item.cells)
            else:
                self.items.append(item)

    def ends_cut_row(self, text: str, start: int, end: int, cells: list[tuple[int, int]]) -> bool:
        """Add the cells of text[start:end] to the row just above when they are numbers only and the row
        leaves room for them: a row cut across lines. Above lines of text, the row is the last of them
        that the columns before the numbers can hold (a name and its unit); the lines before stay a row
        of their own ("- Số đối tượng mua BHYT" over "+ Trẻ em dưới 6 tuổi" / "Người"). Whether they were
        added."""
        above = self.items[-1] if self.items else None
        if (above is None or above.kind not in ("row", "continuation") or text[above.end:start].strip()
                or not all(_kind(text, *passages.stripped(text, s, e)) == "number" for s, e in cells)):
            return False
        columns = self.columns()
        kept = len(above.cells)  # the cells of the row above that begin the cut row
        if above.kind == "continuation":
            named = sum(c.role not in NUMBER_ROLES and c.role != "index" for c in columns)
            kept = named if 0 < named < kept else kept
        if kept + len(cells) > len(columns):
            return False
        if kept < len(above.cells):
            self.items.insert(-1, _Item(above.start, above.cells[-kept - 1][1], above.cells[:-kept], "continuation"))
            above.start, above.cells = above.cells[-kept][0], above.cells[-kept:]
        above.cells.extend(cells)
        above.end, above.tail = end, above.tail + len(cells)
        return True

    def columns(self) -> tuple[Column, ...]:
        """The header as columns; under spanning columns, the columns of the names below them."""
        top = [Column(n, column_role(n), column_year(n)) for n in self.header]
        # the widest row: its cells, and the index column it leaves empty
        width = max((len(i.cells) + (not i.indexed) for i in self.items if i.kind == "row"), default=0)
        if self.sub:
            spanning = len(top) + len(self.sub) - width
            if 0 < spanning < len(top):
                return _with_context(top[:-spanning] + _leaves(self.sub, top[-spanning:]))
        elif self.sub_lines and len(top) <= width <= len(top) + len(self.sub_lines) - 1:
            first = next((i for i, c in enumerate(top) if c.role in NUMBER_ROLES), None)
            if first is not None:
                return _with_context(top[:first] + _leaves(self.sub_lines, [top[first]]) + top[first + 1:])
        return _with_context(top)


def _leaves(names: list[str], parents: list[Column]) -> list[Column]:
    """Columns named under spanning ones ("Năm 2025 | Dự kiến 03 năm kế hoạch" over "Dự toán | Đánh giá
    thực hiện | Năm 2026 | …"); each takes its parent's role and year unless its own name gives them.
    Names shared evenly go to their parents in order; otherwise those before the first that names a
    year go to the first parent."""
    share = len(names) // len(parents)
    even = share * len(parents) == len(names)
    first_dated = next((i for i, name in enumerate(names) if column_year(name)), len(names))
    leaves = []
    for i, name in enumerate(names):
        parent = parents[i // share] if even else (parents[0] if i < first_dated else None)
        leaves.append(Column(name, column_role(name) or (parent.role if parent else None),
                             column_year(name) or (parent.year if parent else None)))
    return leaves


def _with_context(columns: list[Column]) -> tuple[Column, ...]:
    """Roles that depend on the table: under an indicator column, "Kết quả" is the target value and a
    bare "Đơn vị" the unit."""
    if not any(c.role == "indicator" for c in columns):
        return tuple(columns)
    fixed = {"result": "value"}
    return tuple(Column(c.name, "unit" if c.name.strip().lower() == "đơn vị" else fixed.get(c.role, c.role), c.year)
                 for c in columns)


def _layout(doc: ParsedDocument) -> Iterator[_RawTable]:
    """The tables of the text, their lines sorted into header, names under it, rows and groups."""
    text = doc.text
    table: Optional[_RawTable] = None
    gap: list[tuple[int, int]] = []  # lines of text since the table's last line
    above: list[str] = []  # the last lines of text, the title of a table that opens below them
    for start, end in doc.lines:
        if CELL_SEPARATOR not in text[start:end]:
            if table is not None:
                gap.append((start, end))
            above = [*above[1 - TITLE_LINES:], text[start:end].strip()]
            continue
        title, above = " ".join(above), []
        cells = _cells(text, start, end)
        names = [text[s:e].strip() for s, e in cells]
        near = len(gap) <= MAX_GAP
        if table is not None and not table.items and near:  # between a header and its first row
            numbers = _is_column_numbers(names)
            if numbers or (table.sub is None and _names_spanning_columns(text, cells, names)):
                table.take(text, gap)
                table.sub = table.sub if numbers else names
                table.covered.add(start)
                gap = []
                continue
        if _is_header(text, cells, names, opens_table=table is None or not near):
            repeated = table is not None and near and _repeats_without_index(names, table)
            if table is not None:
                yield table
            table = _RawTable([table.header[0], *names] if repeated else names, title, covered={start})
            if repeated:  # the group titles above belong to the rows below
                table.take(text, gap, rows_seen=True)
            gap = []
            continue
        if table is None:
            table = _RawTable([], title)
        if near:
            table.take(text, gap)
        if not (near and table.ends_cut_row(text, start, end, cells)):
            table.items.append(_Item(start, end, cells, "group" if _is_group(names) else "row",
                                     indexed=bool(ROW_INDEX.fullmatch(names[0]))))
        gap = []
        table.covered.add(start)
    if table is not None:
        yield table


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(text, start, end)] if text[start:end] else []


def _is_header(text: str, cells: list[tuple[int, int]], names: list[str], opens_table: bool) -> bool:
    """A line naming columns: at least two names the vocabulary knows and no data row's index first;
    or, opening a table, a line of names without numbers or times."""
    if ROW_INDEX.fullmatch(names[0]) and column_role(names[0]) != "index":
        return False
    if sum(column_role(n) is not None for n in names) >= MIN_NAMED:
        return True
    return opens_table and all(_kind(text, *passages.stripped(text, s, e)) in ("text", "empty") for s, e in cells)


def _repeats_without_index(names: list[str], table: _RawTable) -> bool:
    """Whether a header repeats the table's own without its index column ("Nội dung | Đơn vị thực hiện | …"
    under "STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | …")."""
    return bool(table.header) and column_role(table.header[0]) == "index" and column_role(names[0]) != "index"


def _names_spanning_columns(text: str, cells: list[tuple[int, int]], names: list[str]) -> bool:
    """Whether a line under a header names the columns under its spanning ones: no index first, and
    names the vocabulary knows or short names without numbers or times."""
    if ROW_INDEX.fullmatch(names[0]):
        return False
    return (sum(column_role(n) is not None for n in names) >= MIN_NAMED
            or all(len(n.split()) <= MAX_SUB_NAME_WORDS and _kind(text, *passages.stripped(text, s, e)) == "text"
                   for n, (s, e) in zip(names, cells)))


def _is_column_numbers(names: list[str]) -> bool:
    return len(names) >= 3 and all(_COLUMN_NUMBER.fullmatch(n) for n in names)


def _is_group(names: list[str]) -> bool:
    """An index and a title, nothing else: "II | Phát triển hạ tầng"."""
    filled = [n for n in names if n]
    return (len(filled) == 2 and bool(ROW_INDEX.fullmatch(filled[0])) and names[0] == filled[0]
            and bool(_WORDY.search(filled[1])) and not _NUMBER.fullmatch(filled[1]))


def _gap_items(text: str, gap: list[tuple[int, int]], rows_seen: bool) -> Iterator[_Item]:
    """The lines between two rows as group rows and continuation rows. Before the first row, lines
    that are not group titles continue the header ("Kế hoạch", "Ước thực hiện")."""
    i = 0
    while i < len(gap):
        start, end = gap[i]
        line = text[start:end]
        titled = _TITLE_LINE.fullmatch(text, start, end)
        if ROW_INDEX.fullmatch(line.strip()) and i + 1 < len(gap) and _WORDY.search(text[slice(*gap[i + 1])]):
            yield _Item(start, gap[i + 1][1], [(start, end), gap[i + 1]], "group")
            i += 2
            continue
        if titled:
            yield _Item(start, end, [(start, titled.end("index")), (titled.start("title"), end)], "group")
            i += 1
            continue
        run = [gap[i]]
        while i + len(run) < len(gap) and not _opens_group(text, gap[i + len(run)]):
            run.append(gap[i + len(run)])
        i += len(run)
        if len(run) == 1 and _is_title(line) and rows_seen:
            yield _Item(start, end, [(start, end)], "group")
        elif rows_seen:
            yield _Item(run[0][0], run[-1][1], run, "continuation")
        else:
            yield _Item(run[0][0], run[-1][1], run, "names")


def _opens_group(text: str, line: tuple[int, int]) -> bool:
    return bool(ROW_INDEX.fullmatch(text[line[0]:line[1]].strip()) or _TITLE_LINE.fullmatch(text, *line))


def _is_title(line: str) -> bool:
    return len(line.split()) <= MAX_TITLE_WORDS and not _TERMINAL.search(line) and bool(_WORDY.search(line))


# ------------------------------------------------------------------ reading a row under its header


def _row(doc: ParsedDocument, item: _Item, header: tuple[Column, ...], number: int, group: Optional[str],
         title: str) -> Row:
    text = doc.text
    spans = [passages.stripped(text, s, e) for s, e in item.cells]
    if item.kind == "group":
        cells = tuple(Cell(s, e, header[0] if i == 0 and len(spans) > 1 and header else None)
                      for i, (s, e) in enumerate(spans))
        return Row(item.start, item.end, cells, header, number, group, is_group=True, title=title)
    tail = min(item.tail, len(header))
    columns = _align(text, spans[:len(spans) - tail], header[:len(header) - tail]) + list(header[len(header) - tail:])
    return Row(item.start, item.end, tuple(Cell(s, e, c) for (s, e), c in zip(spans, columns)), header, number,
               group, title=title)


def _group_index(doc: ParsedDocument, row: Row) -> Optional[str]:
    """The index a group row opens with ("3" of "3" / "Cơ cấu kinh tế"), if it has one."""
    return _list_index(doc.text[row.cells[0].start:row.cells[0].end]) if len(row.cells) > 1 else None


def _list_index(label: Optional[str]) -> Optional[str]:
    """A row's index as a number of a list, Arabic or Roman ("4", "II"), else None (a bullet, "1.2", "a")."""
    label = (label or "").strip().rstrip(".")
    return label if label.isdigit() or label in ROMANS else None


def _next_index(label: Optional[str]) -> Optional[str]:
    """The index after ``label`` in its list: "3" → "4", "II" → "III"."""
    if label is None:
        return None
    if label.isdigit():
        return str(int(label) + 1)
    following = ROMANS.index(label) + 1
    return ROMANS[following] if following < len(ROMANS) else None


def _title(doc: ParsedDocument, row: Row) -> Optional[str]:
    last = row.cells[-1]
    return doc.text[last.start:last.end] or None


def _align(text: str, spans: list[tuple[int, int]], header: tuple[Column, ...]) -> list[Optional[Column]]:
    """The column of each cell. A row without index under a header with an index column is read from
    the column after it. A row as wide as its header (or wider) is read cell by cell; a narrower row
    is placed, in order, where its cells fit the columns best, each column it leaves out before its
    last cell costing a little."""
    kinds = [_kind(text, s, e) for s, e in spans]
    if header and header[0].role == "index" and kinds[0] != "index":
        header = header[1:]
    k, n = len(kinds), len(header)
    if k >= n:
        return [header[i] if i < n else None for i in range(k)]
    fits = [[_fit(kind, column.role) for column in header] for kind in kinds]
    # best[j]: (score, columns) of the cells so far, the last of them in column j
    best = {j: (fits[0][j], [j]) for j in range(n - k + 1)}
    for i in range(1, k):
        best = {j: max(((score + fits[i][j], placed + [j]) for p, (score, placed) in best.items() if p < j),
                       key=_left_first)
                for j in range(i, n - k + i + 1)}
    _, placed = max(((score - GAP_COST * (j - k + 1), placed) for j, (score, placed) in best.items()),
                    key=_left_first)
    return [header[j] for j in placed]


def _left_first(option: tuple[int, list[int]]) -> tuple:
    """The better placement: the higher score, then the one further left."""
    score, placed = option
    return score, [-j for j in placed]


def _kind(text: str, start: int, end: int) -> str:
    """What a cell holds: empty, index, number, time or text."""
    cell = text[start:end]
    if not cell:
        return "empty"
    if ROW_INDEX.fullmatch(cell):
        return "index"
    if _NUMBER.fullmatch(cell):
        return "number"
    if len(cell) <= MAX_TIME_CELL and next(dates.find(text, start, end, bare_years=True), None):
        return "time"
    return "text"


# how well a cell of a kind fits a column of a role group
_FIT = {
    "index": {"index": 2, "number": 1, "text": -2, "time": -2},
    "time": {"time": 2, "number": 1, "index": -1},
    "number": {"number": 1, "text": -1, "time": -1},
    "unit": {"text": 1, "number": -1},
    "text": {"text": 1, "number": -1, "time": -1, "index": -1},
}


def _fit(kind: str, role: Optional[str]) -> int:
    group = (role if role in ("index", "time", "unit") else "number" if role in NUMBER_ROLES
             else "text" if role in TEXT_ROLES else None)
    return _FIT.get(group, {}).get(kind, 0)
