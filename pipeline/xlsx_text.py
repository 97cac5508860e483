"""Excel workbooks (.xlsx) → text, with openpyxl: the appendices a plan keeps as spreadsheets.

Each sheet's rows in order, a line per row with its cells joined by " | " as a .docx table's are: a
cell merged across columns is read once, a cell covered by the one above it is empty, the columns
after the last that holds a value are left out, a row with a single value (a title, a caption: "Đơn
vị: triệu đồng") is that value alone, and a row without values is skipped. Numbers are
written as a Vietnamese text writes them ("1,5", "85%"), dates as "15/11/2025"; a formula gives the
value Excel saved with it. Cells typed in the old TCVN3 or VNI fonts are converted to Unicode.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

from pipeline import legacy_fonts
from pipeline.errors import IngestError
from pipeline.lines import CELL_SEPARATOR

_SPACE = re.compile(r"\s+")


def read_xlsx(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a workbook's sheets, a line per row; the encoding is "unicode", with "+tcvn3"
    or "+vni" when cells typed in a legacy font were converted."""
    import openpyxl

    if not zipfile.is_zipfile(io.BytesIO(data)):  # a password-protected workbook is not one either
        raise IngestError("not_xlsx", "not an Excel .xlsx workbook (it is not a zip archive; a password-protected "
                          "one is not readable)")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:  # openpyxl raises several unrelated types for broken packages
        raise IngestError("corrupt_xlsx", f"cannot open the .xlsx: {type(e).__name__}: {e}") from None
    text = "\n".join(line for sheet in workbook.worksheets for line in _rows(sheet))
    converted = legacy_fonts.convert(text)
    return (converted.text, legacy_fonts.encoding_name({converted.encoding})) if converted else (text, "unicode")


def _rows(sheet) -> list[str]:
    """A line per row of a sheet that holds a value."""
    covered = _covered(sheet)
    rows = [[(cell.row, cell.column, _text(cell)) for cell in row] for row in sheet.iter_rows()]
    last = max((column for row in rows for _, column, text in row if text), default=0)
    lines = []
    for row in rows:
        cells = [text for number, column, text in row if column <= last and covered.get((number, column), True)]
        filled = [text for text in cells if text]
        if len(filled) == 1:
            lines.append(filled[0])  # a title or caption above a table: "Đơn vị: triệu đồng"
        elif filled:
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def _covered(sheet) -> dict[tuple[int, int], bool]:
    """For the cells of merged ranges other than their first: whether the cell stands as an empty
    one (the first column of a row below the first) or is left out (the rest)."""
    out = {}
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                if (row, column) != (merged.min_row, merged.min_col):
                    out[row, column] = row > merged.min_row and column == merged.min_col
    return out


def _text(cell) -> str:
    """A cell's value as a Vietnamese text would write it."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _SPACE.sub(" ", str(value)).strip()
    if "%" in (cell.number_format or ""):
        return _number(value * 100) + "%"
    return _number(value)


def _number(value: float) -> str:
    """'1050000000', '1,5': no digit grouping, a decimal comma (the float's noise rounded off)."""
    value = round(value, 9)
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.9f}".rstrip("0").replace(".", ",")
