"""Text of a legacy Word .doc (Word 97-2003): paragraphs and table rows in order, legacy fonts restored.

A .doc is an OLE compound file ([MS-DOC]). Its text is stored in pieces listed in the
piece table (the Clx of the table stream), each piece 8-bit (cp1252) or UTF-16.
A paragraph ends in "\\r"; a table cell ends in "\\x07", and so does a table row,
whose mark has the "row end" property (``doc_properties``). Table rows become one
line, cells joined by " | ", as in a .docx. Fields keep the result they show, not
their code. Automatically numbered paragraphs get their labels ("I.", "1.", "a)")
as Word shows them, as in a .docx. A footnote's reference is "[n]" in the text and the
footnotes follow the body as "[n] text" lines, as in a .docx; headers, footers and
text boxes are left out. Text typed in a TCVN3 or VNI font is converted as in a .txt file.
"""
from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass

from pipeline import doc_properties, legacy_fonts
from pipeline.docx_text import cell_text
from pipeline.errors import IngestError
from pipeline.lines import CELL_SEPARATOR

WORD_IDENT = 0xA5EC
FIRST_WORD97_NFIB = 106  # Word 6 and Word 95 files have nFib 101-105
F_ENCRYPTED, F_WHICH_TABLE = 0x0100, 0x0200
# offsets in the File Information Block (the identifier and nFib open it)
FLAGS, CCP_TEXT, CCP_FOOTNOTES = 0x0A, 0x4C, 0x50
CLX = 0x1A2  # (fc, lcb) of the piece table
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
    """The paragraphs of the body and of the footnotes, with their table properties and list labels;
    fields show their result and footnote marks are "[n]"."""
    (ccp_text,) = struct.unpack_from("<i", word, CCP_TEXT)
    (ccp_footnotes,) = struct.unpack_from("<i", word, CCP_FOOTNOTES)
    properties = doc_properties.paragraph_properties(word, table, data)
    lists = doc_properties.Lists(word, table)
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
                found = properties(piece.fc(cp))
                label = lists.label(found)
                line = f"{label} {line}" if label and line.strip() else line
                paragraphs.append(_Paragraph(line, mark, found.in_table, found.row_end, in_footnotes))
                chunks = []
    if chunks:  # every story ends with a paragraph mark; a damaged file may not
        paragraphs.append(_Paragraph("".join(chunks).translate(_CONTROLS), PARAGRAPH_END, False, False,
                                     ccp_footnotes > 0))
    return paragraphs


def _texts(word: bytes, table: bytes, ccp_end: int):
    """(piece, its text) for the pieces of the first ``ccp_end`` characters."""
    for piece in _pieces(table, *doc_properties.fc_lcb(word, CLX)):
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
