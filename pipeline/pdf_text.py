"""Text of a PDF: the text layer in reading order, image-only pages through OCR, a "\\f" between pages.

Lines are the words of the text layer grouped by their height on the page, as
pdfplumber reads them, with one exception: where a page sets two blocks side by
side — the header of an official document (issuer left, "CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM" right, then "Số: …" left and the date right) or its signature
block ("Nơi nhận:" left, "KT. CHỦ TỊCH" right) — the left block is read before
the right one instead of the two being interleaved line by line. A body line
that the page wrapped (it starts at the left margin and its first word would not
have fitted on the line before) is joined to that line again, as a sentence of
the source is one line; where it runs on to the next page, the form feed takes
the place of the space. A ruled table is read by pdfplumber's table finder:
each row becomes one line, its cells joined by " | " (as a .docx table row is),
so a cell that wraps over several lines is not interleaved with its neighbours.
"""
from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from operator import itemgetter

from pipeline import legacy_fonts, ocr
from pipeline.errors import IngestError
from pipeline.lines import CELL_SEPARATOR
from pipeline.normalize import LABEL, PAGE_BREAK, PAGE_NUMBER, PARAGRAPH_OPENERS

X_TOLERANCE = 1.5          # as pdfplumber's extract_text: gap (pt) that separates words
Y_TOLERANCE = 3            # and tops (pt) that share a line
COLUMN_GAP_EM = 1.5        # a gap between side-by-side blocks: at least this many text heights
MIN_GUTTER_EM = 0.5        # the gap left free by every line of a block, in text heights
MIN_SIDE_LINES = 2         # lines each side needs before a block counts as two columns
HEADER_WINDOW = 1024       # a PDF's %PDF- header lies within this many bytes of its start
EOF_WINDOW = 2048          # and a complete one ends with %%EOF within this many bytes
SCAN_COVER = 0.5           # a scanned page: one picture covers at least this share of it …
SCAN_MAX_WORDS = 60        # … and its text layer, if any, has fewer words (a signature stamp)
INDENT_EM = 1.0            # a line starting this many text heights right of the margin opens a paragraph
SPACE_EM = 0.35            # the width of a space, in text heights
SAME_SIZE = 0.15           # lines whose text heights differ by more than this share are set in other type
MIN_TEXT_WIDTH = 0.5       # running text spans at least this share of the page's width
MIN_FULL_LINES = 3         # and at least this many of its lines reach the right margin
_SYMBOL_PART = re.compile(r"[\dA-ZĐ/&.-]*[\d/-][\dA-ZĐ/&.-]*")  # "1314/NQ-UBTVQ", "QĐ-"
_SYMBOL_START = re.compile(r"[\dA-ZĐ]")


@dataclass
class _Line:
    """One line of words; ``left``/``right`` set when it has exactly two parts far apart."""

    words: list[dict]
    left: list[dict] | None = None
    right: list[dict] | None = None
    in_table: bool = False
    cells: str | None = None  # a table row's text, cells joined by CELL_SEPARATOR

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def text(self) -> str:
        return self.cells if self.cells is not None else _text(self.words)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w["bottom"] - w["top"] for w in self.words)

    @property
    def gap(self) -> tuple[float, float] | None:
        if self.left is None:
            return None
        return max(w["x1"] for w in self.left), self.right[0]["x0"]


@dataclass
class _Block:
    """Lines ``start``:``end`` of a page, set as two columns: the text of each side."""

    start: int
    end: int
    left: list[str]
    right: list[str]


@dataclass(frozen=True)
class PdfText:
    text: str
    encoding: str      # "unicode", with "+tcvn3"/"+vni" when legacy-font text was converted
    pages: int
    ocr_pages: int


def read_pdf(data: bytes, ocr_lang: str = "vie") -> PdfText:
    """Text of a PDF, pages joined by form feeds."""
    pdf = _open(data)
    pages: list[_PageText] = []
    ocr_pages = 0
    legacy: set[str] = set()
    with pdf:
        try:
            for page in pdf.pages:
                legacy |= _convert_legacy_font_chars(page)
                text = page_text(page)
                layer = text.text
                if _is_scan(page, layer):
                    scanned = ocr.page_text(page, ocr_lang)
                    if len(scanned.split()) > len(layer.split()):  # else the picture held less than the layer
                        text = _PageText([scanned])
                        ocr_pages += 1
                pages.append(text)
        except IngestError:
            raise
        except Exception as e:
            raise IngestError("corrupt_pdf", f"the PDF is damaged: {_reason(e)}") from None
    if not pages:
        raise IngestError("corrupt_pdf", "the PDF has no pages")
    text = legacy_fonts.convert_or_keep(_join_pages(pages), legacy)
    return PdfText(text, legacy_fonts.encoding_name(legacy), len(pages), ocr_pages)


def _is_scan(page, text: str) -> bool:
    """Whether a page is a scanned image to OCR: it has no text layer, or a picture covers most of it and its
    text layer is a few words laid over it (the stamp of a digital signature: "Ký bởi: …", "Thời gian ký: …")."""
    if not page.images:
        return False
    if not text.strip():
        return True
    covered = max((image["width"] * image["height"] for image in page.images), default=0)
    return covered >= SCAN_COVER * page.width * page.height and len(text.split()) < SCAN_MAX_WORDS


def _open(data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise IngestError("not_pdf", "not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise IngestError("truncated_pdf", "the PDF is truncated (no %%EOF end marker)")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        cause = _cause(e)
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError("encrypted_pdf", "the PDF is encrypted and needs a password") from None
        raise IngestError("corrupt_pdf", f"cannot open the PDF: {_reason(e)}") from None


def _cause(e: Exception) -> Exception:
    """The pdfminer exception that pdfplumber wraps in a PdfminerException."""
    from pdfplumber.utils.exceptions import PdfminerException

    if isinstance(e, PdfminerException) and e.args and isinstance(e.args[0], Exception):
        return e.args[0]
    return e


def _reason(e: Exception) -> str:
    cause = _cause(e)
    return f"{type(cause).__name__}: {cause}".rstrip(": ")


def page_text(page) -> _PageText:
    """The text layer of one page, side-by-side blocks read column by column, wrapped lines rejoined."""
    lines = _lines(page)
    out: list[tuple[str, _Line | None]] = []  # each line's text, and its words unless it is in a block
    i = floor = 0
    while i < len(lines):
        block = _two_column_block(lines, i, floor)
        if block is None:
            out.append((lines[i].text, lines[i]))
            i += 1
            continue
        del out[len(out) - (i - block.start):]  # right-side lines above the block belong to it
        out.extend((text, None) for text in block.left + block.right)
        i = floor = block.end
    return _rejoin(out, page.width)


@dataclass
class _PageText:
    """The lines of a page; on a page of running text, its margins and the lines that open and close it
    (page numbers aside), which a sentence may run across from the page before or to the next."""

    lines: list[str]
    margins: tuple[float, float] | None = None
    first: tuple[int, _Line] | None = None  # (index in ``lines``, line)
    last: tuple[int, _Line] | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _rejoin(lines: list[tuple[str, _Line | None]], page_width: float) -> _PageText:
    """The lines, with a line the page wrapped joined to the one before it (see ``_wraps``); only on a
    page of running text, whose lines span most of its width and several of them reach the right margin."""
    body = [line for _, line in lines if line is not None and not line.in_table]
    left, right = min((line.x0 for line in body), default=0), max((line.x1 for line in body), default=0)
    full = sum(right - line.x1 <= SPACE_EM * line.height for line in body)
    if right - left < MIN_TEXT_WIDTH * page_width or full < MIN_FULL_LINES:
        return _PageText([text for text, _ in lines])
    out: list[tuple[str, _Line | None]] = []
    for text, line in lines:
        if out and out[-1][1] is not None and line is not None and _wraps(out[-1][1], line, left, right):
            out[-1] = (out[-1][0] + " " + text, line)
        else:
            out.append((text, line))
    kept = [(k, line) for k, (text, line) in enumerate(out) if line is not None and not PAGE_NUMBER.fullmatch(text)]
    return _PageText([text for text, _ in out], (left, right), kept[0] if kept else None, kept[-1] if kept else None)


def _join_pages(pages: list[_PageText]) -> str:
    """The pages' text, a form feed between pages: on a line of its own, or, where a sentence runs on to
    the next page, in place of its space (the page numbers between are dropped)."""
    out = pages[0].lines[:]
    skipped = 0  # lines at the top of the page before, joined to the page before it
    for before, page in zip(pages, pages[1:]):
        if (before.last and page.first and before.margins and page.margins and before.last[0] >= skipped
                and _wraps(before.last[1], page.first[1], page.margins[0], before.margins[1])):
            del out[len(out) - (len(before.lines) - before.last[0]) + 1:]  # a page number below the sentence
            out[-1] += PAGE_BREAK + page.lines[page.first[0]]
            skipped = page.first[0] + 1
        else:
            out.append(PAGE_BREAK)
            skipped = 0
        out += page.lines[skipped:]
    return "\n".join(out)


def _wraps(previous: _Line, line: _Line, left: float, right: float) -> bool:
    """Whether the page wrapped a sentence from ``previous`` to ``line``: ``line`` starts at the left
    margin, not with a list label, and its first word would not have fitted at the end of ``previous``
    (a line broken on purpose leaves room), in the same size of type. A full line ending a sentence before a
    capital, or before a line that opens a paragraph ("Căn cứ …"), stays apart."""
    if previous.in_table or line.in_table or line.x0 > left + INDENT_EM * line.height:
        return False
    if abs(line.height - previous.height) > SAME_SIZE * previous.height:
        return False  # another size of type: a footnote, a heading
    first = line.words[0]
    if right - previous.x1 > first["x1"] - first["x0"] + SPACE_EM * line.height:
        return False
    if LABEL.match(line.text) or line.text.startswith(PARAGRAPH_OPENERS) or (
            previous.text.endswith(tuple(".!?")) and line.text[:1].isupper()):
        return False
    return True


def _convert_legacy_font_chars(page) -> set[str]:
    """Characters drawn in a TCVN3 font (by font name) rewritten as the letters they show.

    VNI letters take two characters and are left to the text-level conversion.
    Returns the legacy encodings converted.
    """
    converted = set()
    for char in page.chars:
        found = legacy_fonts.font_encoding(char.get("fontname"))
        if found and found[0] == legacy_fonts.TCVN3:
            char["text"] = legacy_fonts.convert_as(char["text"], *found)
            converted.add(found[0])
    return converted


def _lines(page) -> list[_Line]:
    from pdfplumber.utils import cluster_objects

    words = page.extract_words(x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE)
    tables = page.find_tables() if page.rects or page.lines else []
    lines = [row for table in tables for row in _table_rows(table, words)]
    free = [w for w in words if not any(_inside(w, table.bbox) for table in tables)]
    for cluster in cluster_objects(free, itemgetter("top"), Y_TOLERANCE):
        line = _Line(sorted(cluster, key=itemgetter("x0")))
        _split(line)
        lines.append(line)
    return sorted(lines, key=lambda line: line.top)


def _table_rows(table, words: list[dict]) -> list[_Line]:
    """One line per row of a ruled table, its cells' text joined by " | ", a cell's lines by spaces.

    As in a .docx, a cell merged with the one above it gives an empty cell, and a cell
    merged with the one to its left gives none."""
    starts = [min((row.cells[k][0] for row in table.rows if row.cells[k] is not None), default=float("inf"))
              for k in range(len(table.rows[0].cells))] if table.rows else []  # x where each column begins
    rows = []
    for row in table.rows:
        inside = [w for w in words if _inside(w, row.bbox)]
        cells = [_cell_text(bbox, inside) if bbox is not None else "" for bbox in row.cells]
        cells = [text for k, text in enumerate(cells)
                 if row.cells[k] is not None or not _spanned_from_left(row.cells, k, starts[k])]
        if inside and any(cells):
            rows.append(_Line(sorted(inside, key=itemgetter("x0")), in_table=True, cells=CELL_SEPARATOR.join(cells)))
    return rows


def _cell_text(bbox: tuple, words: list[dict]) -> str:
    """The text of a table cell, its lines joined by spaces; a document symbol too long for the cell,
    broken at its edge ("1314/NQ-UBTVQ" / "H15"), is joined again."""
    from pdfplumber.utils import cluster_objects

    parts: list[str] = []
    previous: list[dict] = []
    for cluster in cluster_objects([w for w in words if _inside(w, bbox)], itemgetter("top"), Y_TOLERANCE):
        line = sorted(cluster, key=itemgetter("x0"))
        if previous and _broken_symbol(previous, line, bbox[2]):
            parts[-1] += _text(line)
        else:
            parts.append(_text(line))
        previous = line
    return " ".join(parts)


def _broken_symbol(line: list[dict], next_line: list[dict], right: float) -> bool:
    """Whether a line of a cell is one symbol-like word ("1314/NQ-UBTVQ": digits, "/", "-", capitals)
    that fills the cell, and the next line goes on with its capitals or digits."""
    word = line[-1]
    char_width = (word["x1"] - word["x0"]) / max(1, len(word["text"]))
    return (len(line) == 1 and right - word["x1"] < 2 * char_width and bool(_SYMBOL_PART.fullmatch(word["text"]))
            and bool(_SYMBOL_START.match(next_line[0]["text"])))


def _spanned_from_left(cells: list, k: int, start: float) -> bool:
    """Whether the missing cell ``k`` of a row, in the column beginning at x ``start``, lies under a
    cell to its left that spans it (else a cell above spans it)."""
    left = next((c for c in reversed(cells[:k]) if c is not None), None)
    return left is not None and left[2] > start + 1


def _inside(word: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    return word["x0"] >= x0 - 1 and word["x1"] <= x1 + 1 and word["top"] >= top - 1 and word["bottom"] <= bottom + 1


def _split(line: _Line) -> None:
    """Set ``line.left``/``right`` when exactly one gap in it is wide enough to part two columns."""
    min_gap = COLUMN_GAP_EM * line.height
    cuts = [i for i in range(1, len(line.words))
            if line.words[i]["x0"] - max(w["x1"] for w in line.words[:i]) >= min_gap]
    if len(cuts) == 1:
        line.left, line.right = line.words[:cuts[0]], line.words[cuts[0]:]


def _two_column_block(lines: list[_Line], i: int, floor: int) -> _Block | None:
    """The side-by-side block that line ``i`` opens, if it opens one.

    The block grows down from a two-part line while every line leaves a common
    gutter free (two parts either side of it, or one part on one side), and up
    (not above ``floor``) over lines on the right side only; it counts when each
    side has lines enough.
    """
    if lines[i].gap is None:
        return None
    gutter = lines[i].gap
    min_width = MIN_GUTTER_EM * lines[i].height
    left, right = [_text(lines[i].left)], [_text(lines[i].right)]
    end = i + 1
    while end < len(lines):
        joined = _join(gutter, lines[end])
        if joined is None or joined[1] - joined[0] < min_width:
            break
        gutter = joined
        line = lines[end]
        left += [_text(line.left)] if line.gap else [_text(line.words)] if line.x1 <= gutter[0] else []
        right += [_text(line.right)] if line.gap else [_text(line.words)] if line.x0 >= gutter[1] else []
        end += 1
    start = i
    while start > floor and lines[start - 1].gap is None and lines[start - 1].x0 > gutter[0]:
        joined = _join(gutter, lines[start - 1])
        if joined is None or joined[1] - joined[0] < min_width:
            break
        gutter, start = joined, start - 1
        right.insert(0, _text(lines[start].words))
    if len(left) < MIN_SIDE_LINES or len(right) < MIN_SIDE_LINES:
        return None
    return _Block(start, end, left, right)


def _join(gutter: tuple[float, float], line: _Line) -> tuple[float, float] | None:
    """The gutter left free once ``line`` joins the block, or None if the line crosses it."""
    lo, hi = gutter
    if line.in_table:
        return None
    if line.gap is not None:
        return max(lo, line.gap[0]), min(hi, line.gap[1])
    if line.x0 < lo and line.x1 < hi:
        return max(lo, line.x1), hi
    if line.x0 > lo and line.x1 > hi:
        return lo, min(hi, line.x0)
    return None


def _text(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)
