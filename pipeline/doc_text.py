"""Text of a legacy Word .doc (Word 97-2003): paragraphs and table rows in order, legacy fonts restored.

A .doc is an OLE compound file ([MS-DOC]). Its text is stored in pieces listed in the
piece table (the Clx of the table stream), each piece 8-bit (cp1252) or UTF-16.
A paragraph ends in "\\r"; a table cell ends in "\\x07", and so does a table row,
whose mark has the "row end" property in the paragraph properties (the PAPX pages).
Table rows become one line, cells joined by " | ", as in a .docx. Fields keep the
result they show, not their code. Automatic list labels are not part of the text
stream and are not rebuilt. A footnote's reference is "[n]" in the text and the
footnotes follow the body as "[n] text" lines, as in a .docx; headers, footers and
text boxes are left out. Text typed in a TCVN3 or VNI font is converted as in a .txt file.
"""
from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from dataclasses import dataclass

from pipeline import legacy_fonts
from pipeline.docx_text import CELL_SEPARATOR, cell_text
from pipeline.errors import IngestError

WORD_IDENT = 0xA5EC
FIRST_WORD97_NFIB = 106  # Word 6 and Word 95 files have nFib 101-105
F_ENCRYPTED, F_WHICH_TABLE = 0x0100, 0x0200
# offsets in the File Information Block (the identifier and nFib open it)
FLAGS, CCP_TEXT, CCP_FOOTNOTES = 0x0A, 0x4C, 0x50
PLCF_BTE_PAPX, CLX = 0x102, 0x1A2  # (fc, lcb) pairs
FKP_SIZE = 512
SPRM_IN_TABLE, SPRM_ROW_END, SPRM_HUGE_PROPERTIES = 0x2416, 0x2417, 0x6646
SPRM_TABLE_DEFINITION, SPRM_TAB_CHANGES = 0xD608, 0xC615
OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's size code; 6 is variable
PARAGRAPH_END, CELL_END, SECTION_END = "\r", "\x07", "\x0c"
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
FOOTNOTE_MARK = "\x02"  # an automatically numbered footnote, where it is referenced and where it starts
# characters of the text stream and what they stand for in plain text; other controls are dropped
CHARACTERS = {"\x0b": "\n", "\x1e": "-", "\x1f": "\xad", "\t": "\t"}
_CONTROLS = {c: CHARACTERS.get(chr(c)) for c in range(32) if chr(c) not in "\n"}
_FOOTNOTE_START = re.compile(r"\[\d+\]")
_MARKS = re.compile("[\r\x07\x0c\x13\x14\x15\x02]")


@dataclass(frozen=True)
class _Piece:
    cp_start: int
    cp_end: int
    offset: int  # byte offset of the piece's text in the WordDocument stream
    compressed: bool  # 8-bit text, else UTF-16

    def fc(self, cp: int) -> int:
        """Byte offset of the character at ``cp``."""
        return self.offset + (cp - self.cp_start) * (1 if self.compressed else 2)


@dataclass(frozen=True)
class _Paragraph:
    text: str
    mark: str
    in_table: bool
    row_end: bool
    footnote: bool = False  # a paragraph of the footnotes, not of the body


def read_doc(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a Word 97-2003 .doc; the encoding as ``read_docx`` names it."""
    import olefile

    if not olefile.isOleFile(io.BytesIO(data)):
        if data.lstrip()[:5] == b"{\\rtf":
            raise IngestError("unsupported_format", "an RTF file under a .doc name; save it as .docx or .pdf")
        raise IngestError("not_doc", "not a Word .doc file (no OLE compound-file header)")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise IngestError("not_doc", "the file is an OLE container without a Word document")
            word = ole.openstream("WordDocument").read()
            ident, nfib = struct.unpack_from("<HH", word, 0)
            flags = struct.unpack_from("<H", word, FLAGS)[0]
            if ident != WORD_IDENT:
                raise IngestError("not_doc", "not a Word .doc file (bad document header)")
            if nfib < FIRST_WORD97_NFIB:
                raise IngestError("unsupported_format", "a Word 6/95 .doc; save it as .docx or .pdf")
            if flags & F_ENCRYPTED:
                raise IngestError("encrypted_doc", "the .doc is password-protected")
            table_name = "1Table" if flags & F_WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise IngestError("corrupt_doc", f"the .doc has no {table_name} stream")
            table = ole.openstream(table_name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
            paragraphs = _paragraphs(word, table, data_stream)
    except IngestError:
        raise
    except (OSError, struct.error, IndexError, ValueError) as e:  # olefile raises OSError for broken files
        raise IngestError("corrupt_doc", f"cannot read the .doc: {type(e).__name__}: {e}") from None
    legacy: set[str] = set()
    body = [p for p in paragraphs if not p.footnote]
    footnotes = [p.text for p in paragraphs if p.footnote]
    text = legacy_fonts.convert_or_keep("\n".join([*_lines(body), *_footnote_lines(footnotes)]), legacy)
    return text, legacy_fonts.encoding_name(legacy)


def _paragraphs(word: bytes, table: bytes, data: bytes) -> list[_Paragraph]:
    """The paragraphs of the body and of the footnotes, with their table properties; fields show their
    result and footnote marks are "[n]"."""
    ccp_text, ccp_footnotes = struct.unpack_from("<ii", word, CCP_TEXT)
    properties = _paragraph_properties(word, table, data, *_fc_lcb(word, PLCF_BTE_PAPX))
    numbers = {False: 0, True: 0}  # footnote marks met so far in the body and in the footnotes
    paragraphs, chunks, fields = [], [], []  # fields: for each open field, whether its result has begun
    for piece, text in _texts(word, table, ccp_text + ccp_footnotes):
        pos = 0
        for m in [*_MARKS.finditer(text), None]:
            if all(fields):
                chunks.append(text[pos:m.start() if m else len(text)])
            if m is None:
                break
            mark, pos, cp = m.group(), m.end(), piece.cp_start + m.start()
            in_footnotes = cp >= ccp_text
            if mark == FOOTNOTE_MARK and all(fields):
                numbers[in_footnotes] += 1
                chunks.append(f"[{numbers[in_footnotes]}]")
            elif mark == FIELD_BEGIN:
                fields.append(False)
            elif mark == FIELD_SEPARATOR and fields:
                fields[-1] = True
            elif mark == FIELD_END and fields:
                fields.pop()
            elif mark in (PARAGRAPH_END, CELL_END, SECTION_END):
                line = "".join(chunks).translate(_CONTROLS)
                paragraphs.append(_Paragraph(line, mark, *properties(piece.fc(cp)), in_footnotes))
                chunks = []
    if chunks:  # every story ends with a paragraph mark; a damaged file may not
        paragraphs.append(_Paragraph("".join(chunks).translate(_CONTROLS), PARAGRAPH_END, False, False,
                                     ccp_footnotes > 0))
    return paragraphs


def _texts(word: bytes, table: bytes, ccp_end: int):
    """(piece, its text) for the pieces of the first ``ccp_end`` characters."""
    for piece in _pieces(table, *_fc_lcb(word, CLX)):
        if piece.cp_start >= ccp_end:
            break
        raw = word[piece.offset:piece.fc(min(piece.cp_end, ccp_end))]
        yield piece, legacy_fonts.latin1_glyphs(raw) if piece.compressed else raw.decode("utf-16-le", "replace")


def _lines(paragraphs: list[_Paragraph]):
    """Lines of text: a paragraph each, a table row each (its cells joined)."""
    cells: list[str] = []
    cell: list[str] = []
    for p in paragraphs:
        if cells and not p.in_table and p.mark != CELL_END:
            yield CELL_SEPARATOR.join(cells)  # a row whose end mark was not found
            cells = []
        if p.mark == CELL_END and p.row_end:
            if any(cells):
                yield CELL_SEPARATOR.join(cells)
            cells = []
        elif p.mark == CELL_END:
            cell.append(p.text)
            cells.append(cell_text(cell))
            cell = []
        elif p.in_table:
            cell.append(p.text)
        else:
            yield p.text
    if any(cells):
        yield CELL_SEPARATOR.join(cells)


def _footnote_lines(paragraphs: list[str]):
    """"[n] text" for each footnote: the paragraphs from one footnote mark to the next on one line."""
    note: list[str] = []
    for text in paragraphs:
        if _FOOTNOTE_START.match(text) and note:
            yield " ".join(note)
            note = []
        if text.strip():
            note.append(text.strip())
    if note:
        yield " ".join(note)


def _fc_lcb(word: bytes, at: int) -> tuple[int, int]:
    return struct.unpack_from("<II", word, at)


def _pieces(table: bytes, fc: int, lcb: int) -> list[_Piece]:
    """The piece table: where each run of characters is stored and how."""
    clx = table[fc:fc + lcb]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # property modifiers of a fast save, before the pieces
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    count = (size - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", clx, pos + 5)
    pieces = []
    for i in range(count):
        fc_piece = struct.unpack_from("<I", clx, pos + 5 + 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc_piece & 0x40000000)
        offset = fc_piece & 0x3FFFFFFF
        pieces.append(_Piece(cps[i], cps[i + 1], offset // 2 if compressed else offset, compressed))
    return pieces


def _paragraph_properties(word: bytes, table: bytes, data: bytes, fc: int, lcb: int):
    """A function giving, for a paragraph mark's byte offset, whether it is in a table and ends a row."""
    count = (lcb - 4) // 8
    pages = struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1)) if count > 0 else ()
    starts, ends, flags = [], [], []
    for page_number in pages:
        page = word[(page_number & 0x3FFFFF) * FKP_SIZE:][:FKP_SIZE]
        runs = page[FKP_SIZE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for i in range(runs):
            where = page[4 * (runs + 1) + 13 * i] * 2
            starts.append(bounds[i])
            ends.append(bounds[i + 1])
            flags.append(_table_flags(page, where, data) if where else (False, False))

    def lookup(offset: int) -> tuple[bool, bool]:
        i = bisect_right(starts, offset) - 1
        return flags[i] if i >= 0 and offset < ends[i] else (False, False)

    return lookup


def _table_flags(page: bytes, where: int, data: bytes) -> tuple[bool, bool]:
    """(in a table, ends a row) from the property modifiers of one paragraph (a PapxInFkp)."""
    size = page[where] * 2 - 1
    start = where + 1
    if size < 0:  # a zero count: the real count follows
        size, start = page[where + 1] * 2, where + 2
    return _sprm_flags(page, start + 2, min(start + size, len(page)), data)  # after the style index


def _sprm_flags(grpprl: bytes, pos: int, end: int, data: bytes) -> tuple[bool, bool]:
    """(in a table, ends a row) from the property modifiers in ``grpprl[pos:end]``."""
    in_table = row_end = False
    while pos + 2 <= end:
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        code = sprm >> 13
        if sprm == SPRM_TABLE_DEFINITION:
            operand = struct.unpack_from("<H", grpprl, pos)[0] + 1
        elif code == 6:
            operand = 1 + grpprl[pos]
            if sprm == SPRM_TAB_CHANGES and grpprl[pos] == 255:
                break  # a rare long form; what follows is not needed
        else:
            operand = OPERAND_SIZES[code]
        if sprm == SPRM_IN_TABLE:
            in_table = bool(grpprl[pos])
        elif sprm == SPRM_ROW_END:
            row_end = bool(grpprl[pos])
        elif sprm == SPRM_HUGE_PROPERTIES:  # too many to fit the page: they are in the Data stream
            at = struct.unpack_from("<I", grpprl, pos)[0]
            size = struct.unpack_from("<H", data, at)[0]
            huge = _sprm_flags(data, at + 2, at + 2 + size, data)
            in_table, row_end = in_table or huge[0], row_end or huge[1]
        pos += operand
    return in_table or row_end, row_end
