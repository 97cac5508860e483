"""OCR of image-only PDF pages with Tesseract.

A page image goes through four steps, each a small function below:

1. clean: grayscale, deskew, and white paint over what is not text: marks
   touching the page edge (scanner borders), shapes far taller than a letter
   (stamps, signatures) and small framed boxes (received-document stamps);
2. layout: ruled tables are found where horizontal and vertical rules make a
   grid at least a third of the page wide, and cut into rows and cells; outside
   them, text lines are found in the ink profile; where consecutive lines
   share a wide blank column (the two-column header of an official document,
   the recipients list beside the signature block), the left column is read
   before the right one, row group by row group;
3. recognition: the pieces between tables, in that order, are stacked into one
   single-column image that Tesseract reads in one call, with Tesseract's
   Vietnamese script model beside the language model when it is installed; the
   cells of a table are stacked and read in one call too, and each row becomes a
   line of its cells' text joined by " | ", as a table row of a .docx or a
   born-digital PDF does;
4. cleanup of what Tesseract's Vietnamese models get wrong without a
   dictionary: noise tokens, look-alike letters, lost vowel marks.

Sizes are in letter or line heights measured on the page, not in pixels, so
the steps do not depend on the rendering resolution.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np

from pipeline.errors import IngestError
from pipeline.lines import CELL_SEPARATOR
from pipeline.vietnamese import restore_vowel_mark, vietnamese_letter

OCR_DPI = 300
TESSERACT_CONFIG = "--oem 1 --psm 3"
CELLS_CONFIG = "--oem 1 --psm 6"  # a table's cells, stacked: one block of lines (automatic layout drops a lone "1")
SCRIPT_MODELS = {"vie": "Vietnamese"}  # a language's script model, read alongside it when installed
MAX_SKEW_DEGREES = 3.0
SKEW_STEP_DEGREES = 0.1
RULE_LENGTH = 3.0         # a rule is a straight ink run this many letter heights long
STAMP_HEIGHT = 4.0        # shapes this many letter heights tall are not text
COLUMN_GAP = 1.0          # a column gap is at least this many line heights wide
COLUMN_GAP_RATIO = 4.0    # … and this many times the typical gap between words of its row
WORD_GAP = 0.2            # gaps between words are at least this many line heights wide
ROW_GAP = 0.75            # a two-column zone does not continue across a blank this many line heights tall
ROW_GROUP_RATIO = 1.5     # a zone splits into row groups at a blank this many times its other line gaps
ROW_GROUP_BLANK = 0.7     # … and at least this many letter heights tall
TABLE_WIDTH = 1 / 3       # a ruled table is at least this share of the page wide (narrower frames are stamps)
RULE_SPAN = 0.5           # a rule between table rows spans at least this share of the table's width
CELL_SPAN = 0.8           # a rule between cells crosses at least this share of its row's height
STACK_MARGIN = 40         # white pixels around each piece on the page Tesseract reads


@dataclass(frozen=True)
class Piece:
    """A rectangle of the page read as one unit: rows top:bottom, columns left:right."""

    top: int
    bottom: int
    left: int
    right: int


@dataclass(frozen=True)
class Table:
    """A ruled table: the rectangle its rules enclose, and its rows of cells (inside the rules)."""

    box: Piece
    rows: tuple[tuple[Piece, ...], ...]


def require_tesseract() -> None:
    """Fail with a clear message when Tesseract is not installed."""
    if shutil.which("tesseract") is None:
        raise IngestError("ocr_unavailable", "the page is an image and Tesseract is not installed "
                                             "(apt-get install tesseract-ocr tesseract-ocr-vie)")


def page_text(page, lang: str = "vie") -> str:
    """Text of one pdfplumber page rendered to an image and read by Tesseract."""
    require_tesseract()
    return image_text(page.to_image(resolution=OCR_DPI).original, lang)


def image_text(image, lang: str = "vie") -> str:
    """Text of a page image (PIL): cleaned, laid out, read, cleaned up."""
    page = clean_page(to_gray(image))
    tables = ruled_tables(page.horizontal, page.vertical, page.letter)
    texts = []
    for part in in_reading_order(pieces_around(page.letters, tables), tables):
        if isinstance(part, Table):
            texts.append(table_text(page.image, page.letters, part, lang))
        else:
            canvas = reflow(page.image, part)
            texts.append(cleanup(_tesseract().image_to_string(canvas, lang=with_script_model(lang),
                                                              config=TESSERACT_CONFIG)))
    return "\n\n".join(text for text in texts if text.strip())


def _tesseract():
    """pytesseract, with one OpenMP thread: several threads per page are slower on a small shared machine."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    return pytesseract


def table_text(image: np.ndarray, letters: np.ndarray, table: Table, lang: str) -> str:
    """A line per row of a table, its cells' text joined by " | ": the cells with letters are stacked
    and read in one call, and each word goes to the cell its line was read from."""
    cells = [cell for row in table.rows for cell in row
             if letters[cell.top:cell.bottom, cell.left:cell.right].any()]
    words: dict[Piece, list[tuple[tuple[int, int, int, int], str]]] = {cell: [] for cell in cells}
    if cells:
        data = _tesseract().image_to_data(reflow(image, cells), lang=with_script_model(lang),
                                          config=CELLS_CONFIG, output_type="dict")
        tops = _stacked_tops(cells)
        for k, word in enumerate(data["text"]):
            middle = data["top"][k] + data["height"][k] // 2
            cell = next((c for c, top in zip(cells, tops) if top <= middle < top + c.bottom - c.top), None)
            if cell is not None and word.strip():
                order = (data["block_num"][k], data["par_num"][k], data["line_num"][k], data["word_num"][k])
                words[cell].append((order, word))
    lines = []
    for row in table.rows:
        texts = [cleanup(" ".join(word for _, word in sorted(words.get(cell, [])))) for cell in row]
        if any(texts):
            lines.append(CELL_SEPARATOR.join(texts))
    return "\n".join(lines)


def _stacked_tops(pieces: list[Piece], margin: int = STACK_MARGIN) -> list[int]:
    """Where each piece starts on the page ``reflow`` stacks them on (``margin`` white rows before each)."""
    tops, y = [], margin
    for piece in pieces:
        tops.append(y)
        y += piece.bottom - piece.top + margin
    return tops


@functools.lru_cache(maxsize=None)
def with_script_model(lang: str) -> str:
    """Tesseract's language argument: ``lang`` plus its script model ("vie+Vietnamese")
    when that model is installed (apt: tesseract-ocr-script-viet)."""
    script = SCRIPT_MODELS.get(lang)
    if script and script in installed_models():
        return f"{lang}+{script}"
    return lang


@functools.lru_cache(maxsize=None)
def installed_models() -> frozenset[str]:
    """The models Tesseract lists (``tesseract --list-langs``), script models included."""
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return frozenset(line.strip() for line in listing.stdout.splitlines()[1:])


# ------------------------------------------------------------------ cleaning

@dataclass(frozen=True)
class CleanPage:
    """A deskewed grayscale page with non-text marks painted white, its letter mask, its horizontal
    and vertical rules, and the height of its letters."""

    image: np.ndarray
    letters: np.ndarray
    horizontal: np.ndarray
    vertical: np.ndarray
    letter: float


def to_gray(image) -> np.ndarray:
    """The image as an 8-bit grayscale array."""
    return np.asarray(image.convert("L"))


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink mask (True = ink) by Otsu's global threshold."""
    import cv2

    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return mask > 0


def clean_page(gray: np.ndarray) -> CleanPage:
    """Deskew the page and paint white what is not text (see the module docstring)."""
    gray = deskew(gray)
    ink = binarize(gray)
    height = letter_height(ink)
    horizontal, vertical = directed_rules(ink, int(RULE_LENGTH * height))
    lines = horizontal | vertical
    noise = non_text(ink, int(STAMP_HEIGHT * height)) | framed_boxes(lines, height)
    text = ink & ~noise
    return CleanPage(np.where(noise, 255, gray).astype(np.uint8),
                     letter_mask(text & ~lines, height), horizontal, vertical, height)


def _components(ink: np.ndarray):
    import cv2

    return cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)


def letter_height(ink: np.ndarray) -> float:
    """Median height of the ink's connected components big enough to be letters."""
    import cv2

    _, _, stats, _ = _components(ink)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    areas = stats[1:, cv2.CC_STAT_AREA]
    letters = heights[(areas >= 20) & (heights >= 8)]
    return float(np.median(letters)) if len(letters) else 30.0


def skew_angle(ink: np.ndarray) -> float:
    """Rotation (degrees) that makes text lines horizontal: the angle whose row profile is sharpest."""
    import cv2

    small = cv2.resize(ink.astype(np.uint8) * 255, None, fx=0.25, fy=0.25,
                       interpolation=cv2.INTER_AREA)
    h, w = small.shape
    best_angle, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 1e-9, SKEW_STEP_DEGREES):
        rotated = cv2.warpAffine(small, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h))
        score = float(np.var(rotated.sum(axis=1, dtype=np.float64)))
        if score > best_score:
            best_angle, best_score = float(angle), score
    return best_angle


def deskew(gray: np.ndarray) -> np.ndarray:
    """The grayscale page rotated so that its text lines are horizontal."""
    import cv2

    angle = skew_angle(binarize(gray))
    if abs(angle) < SKEW_STEP_DEGREES / 2:
        return gray
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def directed_rules(ink: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """The horizontal, and the vertical, straight ink runs at least ``length`` pixels long."""
    import cv2

    mask = ink.astype(np.uint8)
    return tuple(cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel) > 0
                 for kernel in (np.ones((1, length), np.uint8), np.ones((length, 1), np.uint8)))


def non_text(ink: np.ndarray, max_height: int) -> np.ndarray:
    """Components that touch the page edge (scanner borders) or are taller than
    ``max_height`` (stamps, signatures)."""
    import cv2

    _, labels, stats, _ = _components(ink)
    h, w = ink.shape
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    cw, ch = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    drop = (x == 0) | (y == 0) | (x + cw == w) | (y + ch == h) | (ch > max_height)
    drop[0] = False  # background
    return drop[labels]


def framed_boxes(lines: np.ndarray, height: float) -> np.ndarray:
    """The inside of small rectangular frames: rules joined at a corner into a box narrower
    than a third of the page (received-document and urgency stamps), not a table."""
    import cv2

    joined = cv2.dilate(lines.astype(np.uint8), np.ones((5, 5), np.uint8))
    _, labels, stats, _ = _components(joined)
    found = np.zeros_like(lines)
    for label in range(1, len(stats)):
        x, y, w, h = stats[label, :4]
        if 2 * height <= h and 4 * height <= w <= lines.shape[1] / 3 and _has_corner(lines[y:y + h, x:x + w], height):
            found[y:y + h, x:x + w] = True
    return found


def _has_corner(box: np.ndarray, height: float) -> bool:
    """Whether a rule mask has a horizontal and a vertical rule, each at least two letters long."""
    long = int(2 * height)
    return bool((box.sum(axis=0) >= long).any() and (box.sum(axis=1) >= long).any())


def letter_mask(ink: np.ndarray, height: float) -> np.ndarray:
    """The components of the ink at least half a letter tall: no specks, dots or accents."""
    import cv2

    _, labels, stats, _ = _components(ink)
    keep = stats[:, cv2.CC_STAT_HEIGHT] >= 0.5 * height
    keep[0] = False
    return keep[labels]


# ------------------------------------------------------------------- layout

def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of every run of True in a 1-D boolean array."""
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    edges = np.diff(padded)
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def text_bands(ink: np.ndarray) -> list[tuple[int, int]]:
    """Row ranges holding text: runs of inked rows, slivers (accents, dots) merged into a neighbour."""
    bands = _runs(ink.any(axis=1))
    if not bands:
        return []
    typical = float(np.median([b - a for a, b in bands]))
    merged: list[list[int]] = []
    for top, bottom in bands:
        if merged and (bottom - top < 0.4 * typical or merged[-1][1] - merged[-1][0] < 0.4 * typical):
            merged[-1][1] = bottom
        else:
            merged.append([top, bottom])
    return [(a, b) for a, b in merged]


def _band_ink(ink: np.ndarray, bands: list[tuple[int, int]]) -> np.ndarray:
    """(bands × columns) table: whether each band has ink in each column."""
    return np.array([ink[a:b].any(axis=0) for a, b in bands])


def _shared_blanks(inked: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """Blank column ranges at least ``min_gap`` wide shared by every row of a (bands × columns)
    ink table, with ink on both sides."""
    used = np.flatnonzero(inked.any(axis=0))
    if len(used) == 0:
        return []
    return [(a, b) for a, b in _runs(~inked.any(axis=0))
            if b - a >= min_gap and used[0] < a and b <= used[-1]]


def _spans(row: np.ndarray, width: int) -> bool:
    """Whether a row of ink flags has ink spanning at least ``width`` columns."""
    used = np.flatnonzero(row)
    return len(used) > 0 and used[-1] - used[0] >= width


def _splits_row(row: np.ndarray, gap: tuple[int, int], min_width: int) -> bool:
    """Whether ``gap`` cuts a row of ink flags into two columns: text at least ``min_width``
    (a line height) wide on both sides, and the gap far wider than the row's gaps between words."""
    a, b = gap
    if not (_spans(row[:a], min_width) and _spans(row[b:], min_width)):
        return False
    used = np.flatnonzero(row)
    words = [e - s for s, e in _runs(~row[used[0]:used[-1]])
             if e - s >= WORD_GAP * min_width and s + used[0] != a]
    return not words or b - a >= COLUMN_GAP_RATIO * float(np.median(words))


def column_gap(ink: np.ndarray, bands: list[tuple[int, int]], min_gap: int) -> tuple[int, int] | None:
    """The widest blank column range shared by ``bands`` that cuts one of them into two
    columns, or None."""
    inked = _band_ink(ink, bands)
    gaps = [gap for gap in _shared_blanks(inked, min_gap)
            if any(_splits_row(row, gap, min_gap) for row in inked)]
    return max(gaps, key=lambda g: g[1] - g[0], default=None)


def reading_order(ink: np.ndarray) -> list[Piece]:
    """Pieces of the page in reading order: runs of lines, and left before right column.

    A two-column zone is a run of closely spaced lines that share a blank column
    range at least a line height wide; one of its lines must have text on both sides.
    """
    bands = text_bands(ink)
    if not bands:
        return []
    line = float(np.median([b - a for a, b in bands]))
    min_gap, max_blank = int(COLUMN_GAP * line), ROW_GAP * line
    letter = letter_height(ink)
    pieces: list[Piece] = []
    i = 0
    while i < len(bands):
        j = i + 1
        while (j < len(bands) and bands[j][0] - bands[j - 1][1] <= max_blank
               and _shared_blanks(_band_ink(ink, bands[i:j + 1]), min_gap)):
            j += 1
        if j - i >= 2 and column_gap(ink, bands[i:j], min_gap):
            for group in row_groups(bands[i:j], letter):
                pieces += zone_pieces(ink, group, min_gap)
            i = j
        else:
            pieces += zone_pieces(ink, bands[i:i + 1], min_gap)
            i += 1
    tops, bottoms = widened(bands, int(letter), ink.shape[0])
    return [Piece(tops[p.top], bottoms[p.bottom], p.left, p.right)
            for p in merge_full_width(pieces, ink.shape[1])]


def ruled_tables(horizontal: np.ndarray, vertical: np.ndarray, letter: float) -> list[Table]:
    """The ruled tables of a page, top to bottom: grids of rules at least a third of the page wide,
    cut into rows at the rules that span the table and each row into cells at the rules that cross
    it (a cell merged across columns is one cell). A grid without a row of two cells is a frame."""
    import cv2

    joined = cv2.dilate((horizontal | vertical).astype(np.uint8), np.ones((5, 5), np.uint8))
    _, _, stats, _ = _components(joined)
    tables = []
    for x, y, w, h in stats[1:, :4]:
        if w < TABLE_WIDTH * horizontal.shape[1] or h < 2 * letter:
            continue
        rows = []
        spans = _runs(horizontal[y:y + h, x:x + w].sum(axis=1) >= RULE_SPAN * w)
        for (_, top), (bottom, _) in zip(spans, spans[1:]):
            if bottom - top < letter:
                continue
            crossing = _runs(vertical[y + top:y + bottom, x:x + w].sum(axis=0) >= CELL_SPAN * (bottom - top))
            rows.append(tuple(Piece(y + top, y + bottom, x + left, x + right)
                              for (_, left), (right, _) in zip(crossing, crossing[1:]) if right - left >= letter))
        if any(len(row) >= 2 for row in rows):
            tables.append(Table(Piece(y, y + h, x, x + w), tuple(rows)))
    return sorted(tables, key=lambda t: t.box.top)


def in_reading_order(pieces: list[Piece], tables: list[Table]) -> list[list[Piece] | Table]:
    """The runs of pieces between tables, and the tables, in page order: a table before the first
    piece that starts below its top."""
    parts: list[list[Piece] | Table] = []
    waiting = list(tables)
    for piece in pieces:
        while waiting and waiting[0].box.top <= piece.top:
            parts.append(waiting.pop(0))
        if not parts or isinstance(parts[-1], Table):
            parts.append([])
        parts[-1].append(piece)
    return parts + waiting


def pieces_around(letters: np.ndarray, tables: list[Table]) -> list[Piece]:
    """The reading order of the letters outside the tables, found slab by slab between the tables' tops
    and bottoms, so that no piece reaches across a table."""
    outside = letters.copy()
    for table in tables:
        outside[table.box.top:table.box.bottom, table.box.left:table.box.right] = False
    cuts = sorted({0, letters.shape[0], *(t.box.top for t in tables), *(t.box.bottom for t in tables)})
    return [Piece(p.top + top, p.bottom + top, p.left, p.right)
            for top, bottom in zip(cuts, cuts[1:]) for p in reading_order(outside[top:bottom])]


def widened(bands: list[tuple[int, int]], pad: int, height: int) -> tuple[dict[int, int], dict[int, int]]:
    """New top and bottom of every band, grown into the blank around it (to the midpoint,
    at most ``pad``) so that accents and dots above and below the letters come along."""
    tops, bottoms = {}, {}
    for k, (top, bottom) in enumerate(bands):
        above = bands[k - 1][1] if k else 0
        below = bands[k + 1][0] if k + 1 < len(bands) else height
        tops[top] = max(top - pad, (above + top) // 2)
        bottoms[bottom] = min(bottom + pad, (bottom + below) // 2)
    return tops, bottoms


def row_groups(bands: list[tuple[int, int]], letter: float) -> list[list[tuple[int, int]]]:
    """The bands of a two-column zone split at blanks clearly wider than its other line gaps.

    The header of an official document is two such groups: issuer beside the
    national motto, then the number beside the place and date; each is read
    left then right.
    """
    blanks = [bands[k + 1][0] - bands[k][1] for k in range(len(bands) - 1)]
    if len(blanks) < 2:
        return [bands]
    k = int(np.argmax(blanks))
    others = float(np.median(blanks[:k] + blanks[k + 1:]))
    if blanks[k] >= ROW_GROUP_RATIO * others and blanks[k] >= ROW_GROUP_BLANK * letter:
        return row_groups(bands[:k + 1], letter) + row_groups(bands[k + 1:], letter)
    return [bands]


def zone_pieces(ink: np.ndarray, bands: list[tuple[int, int]], min_gap: int) -> list[Piece]:
    """The left and right column of the bands, cut in the middle of their gap, if they form
    two columns; else each band."""
    width = ink.shape[1]
    gap = column_gap(ink, bands, min_gap) if len(bands) >= 2 else None
    if gap is None:
        return [Piece(top, bottom, 0, width) for top, bottom in bands]
    top, bottom, middle = bands[0][0], bands[-1][1], (gap[0] + gap[1]) // 2
    return [Piece(top, bottom, 0, middle), Piece(top, bottom, middle, width)]  # dots in the gap stay


def merge_full_width(pieces: list[Piece], width: int) -> list[Piece]:
    """Consecutive full-width pieces joined into one."""
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last and last.left == 0 and last.right == width and piece.left == 0 and piece.right == width:
            merged[-1] = Piece(last.top, piece.bottom, 0, width)
        else:
            merged.append(piece)
    return merged


def reflow(image: np.ndarray, pieces: list[Piece], margin: int = STACK_MARGIN):
    """One white page (PIL) with the pieces of ``image`` stacked top to bottom in the given order."""
    from PIL import Image

    tops = _stacked_tops(pieces, margin)
    height = (tops[-1] + pieces[-1].bottom - pieces[-1].top if pieces else 0) + margin
    canvas = np.full((height, image.shape[1] + 2 * margin), 255, dtype=np.uint8)
    for p, y in zip(pieces, tops):
        canvas[y:y + p.bottom - p.top, margin + p.left:margin + p.right] = image[p.top:p.bottom, p.left:p.right]
    return Image.fromarray(canvas)


# ------------------------------------------------------------------ cleanup

_ORDINARY_PUNCTUATION = set("-–—.,;:!?…/()\"“”%+=&*")
_WORD = re.compile(r"[^\W\d_]+")
_ROMAN_WITH_L = re.compile(r"(?=[IVX]*l)(?=l*[IVX])[IVXl]+[.)]?")  # Roman digits and an l among them: "lII.", "Vl"


def cleanup(text: str) -> str:
    """Tesseract's output line by line without noise tokens, with Vietnamese letters restored;
    a line left with nothing is dropped, blank lines are kept."""
    kept = []
    for line in text.splitlines():
        tokens = [clean_token(t) for t in line.split() if not is_noise(t)]
        if tokens or not line.strip():
            kept.append(" ".join(tokens))
    return "\n".join(kept)


def is_noise(token: str) -> bool:
    """Whether a token is what Tesseract reads from specks and strokes: no letter or digit,
    and some symbol that is not ordinary punctuation (_ ~ ` ¬ | < © …)."""
    return not any(ch.isalnum() for ch in token) and not set(token) <= _ORDINARY_PUNCTUATION


def clean_token(token: str) -> str:
    """A token with look-alike letters made Vietnamese and lost vowel marks restored, and a Roman numeral
    whose I was read as l ("lII." → "III.") made whole."""
    if _ROMAN_WITH_L.fullmatch(token):
        return token.replace("l", "I")
    token = "".join(vietnamese_letter(ch) for ch in token)
    return _WORD.sub(lambda m: restore_vowel_mark(m.group(0)) or m.group(0), token)
