"""Tables of the normalised text, one row per line with cells split by " | ".

A header line names its columns ("TT | Nội dung/nhiệm vụ | Cơ quan chủ trì | … | Thời gian thực
hiện"); the rows below it keep it across the lines between parts of a table (group titles such
as "II" or "Các nhiệm vụ khác"), so a row can be read by column name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from pipeline.document import ParsedDocument

# words that open a column name ("Cơ quan chủ trì", "Thời gian thực hiện")
HEADER_WORDS = ("tt", "stt", "thời gian", "thời hạn", "tiến độ", "nhiệm vụ", "nội dung", "hoạt động",
                "công việc", "chủ trì", "phối hợp", "thực hiện", "cơ quan", "đơn vị")
MAX_HEADER_CELL = 40
MIN_NAMED_COLUMNS = 2  # one cell named like a column ("Cơ quan có liên quan") may be data

_SEPARATOR = " | "
_CELL = re.compile(r"[^|]+")
_HEADER_CELL = re.compile(
    rf"(?:{'|'.join(map(re.escape, HEADER_WORDS))})[\w\s,/]{{0,{MAX_HEADER_CELL}}}", re.IGNORECASE)
# the index that opens a data row: "1", "5.1", "II", "a"
_INDEX = re.compile(r"(?:[\dIVXivx]+(?:\.\d+)*\.?|[A-Za-zĐđ])")


@dataclass(frozen=True)
class Row:
    """A data row: its cells (absolute offsets) and the lower-cased names of its header, if any."""

    cells: list[tuple[int, int]]
    header: Optional[list[str]]

    def column(self, words) -> Optional[int]:
        """The first header column whose name holds one of ``words``, if this row reaches it."""
        if self.header is None:
            return None
        col = next((i for i, name in enumerate(self.header) if any(w in name for w in words)), None)
        return col if col is not None and col < len(self.cells) else None

    def text(self, doc: ParsedDocument, col: Optional[int]) -> Optional[str]:
        """The stripped text of cell ``col``, or None."""
        if col is None:
            return None
        start, end = self.cells[col]
        return doc.text[start:end].strip() or None


def rows(doc: ParsedDocument) -> dict[int, Row]:
    """The data rows of the document's tables, by the offset of their line."""
    out: dict[int, Row] = {}
    header: Optional[list[str]] = None
    in_table = False
    for start, end in doc.lines:
        if _SEPARATOR not in doc.text[start:end]:
            in_table = False
            continue
        cells = [m.span() for m in _CELL.finditer(doc.text, start, end)]
        names = [doc.text[s:e].strip().lower() for s, e in cells]
        if _is_header(names, opens_table=not in_table):
            header = names
        else:
            out[start] = Row(cells, _aligned(header, names))
        in_table = True
    return out


def _aligned(header: Optional[list[str]], names: list[str]) -> Optional[list[str]]:
    """The header as this row reads it: a header without the index column ("Nội dung | Đơn vị thực
    hiện | …") over rows that open with one ("1.1 | Kiện toàn … | Sở … | …") gains an empty first name."""
    if header is not None and len(names) == len(header) + 1 and _INDEX.fullmatch(names[0]):
        return ["", *header]
    return header


def _is_header(names: list[str], opens_table: bool) -> bool:
    """A line naming columns, or the first line of a table when it has no index."""
    named = sum(bool(_HEADER_CELL.fullmatch(n)) for n in names)
    return named >= MIN_NAMED_COLUMNS or (opens_table and not _INDEX.fullmatch(names[0]))
