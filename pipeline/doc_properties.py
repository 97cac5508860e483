"""Paragraph properties of a Word 97-2003 .doc: table membership, row ends and list numbering.

A paragraph's properties are a list of property modifiers (sprms): in the paragraph-property pages
of the WordDocument stream (PAPX FKPs, found by the byte offset of the paragraph's mark), in the
Data stream when there are too many for a page, and in the paragraph's style (the STSH of the
table stream, styles based on styles). A numbered paragraph names a list override (ilfo) and a
level (ilvl); the override names a list (LSTF, with its levels' LVL records) and may restart a level
(LFOLVL). Layouts: [MS-DOC] 2.5 (FIB), 2.9 (basic types), 2.6 (sprms).
"""
from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable, Optional

from pipeline import list_labels

FKP_SIZE = 512
# (fc, lcb) pairs of the File Information Block
STSH, PLCF_BTE_PAPX, PLF_LST, PLF_LFO = 0xA2, 0x102, 0x2E2, 0x2EA
SPRM_IN_TABLE, SPRM_ROW_END, SPRM_HUGE_PROPERTIES = 0x2416, 0x2417, 0x6646
SPRM_LIST_LEVEL, SPRM_LIST = 0x260A, 0x460B  # ilvl, ilfo
SPRM_TABLE_DEFINITION, SPRM_TAB_CHANGES = 0xD608, 0xC615
OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's size code; 6 is variable
MAX_STYLE_DEPTH = 11
PARAGRAPH_STYLE = 1
LSTF_SIZE, LVLF_SIZE, LFO_SIZE, LFOLVL_SIZE = 28, 28, 16, 8
# number formats (nfc) and their names in list_labels
NUMBER_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
                  22: "decimalZero", 23: "bullet", 255: "none"}


@dataclass(frozen=True)
class Properties:
    """What the reader needs of a paragraph's properties."""

    in_table: bool = False
    row_end: bool = False
    style: int = 0
    ilfo: Optional[int] = None  # the list override it is numbered by (1-based; 0 or less: none)
    ilvl: Optional[int] = None


def paragraph_properties(word: bytes, table: bytes, data: bytes) -> Callable[[int], Properties]:
    """A function giving the properties of the paragraph whose mark is at a byte offset."""
    styles = _styles(table, *fc_lcb(word, STSH))
    fc, lcb = fc_lcb(word, PLCF_BTE_PAPX)
    count = (lcb - 4) // 8
    pages = struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1)) if count > 0 else ()
    starts, ends, found = [], [], []
    for page_number in pages:
        page = word[(page_number & 0x3FFFFF) * FKP_SIZE:][:FKP_SIZE]
        runs = page[FKP_SIZE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for i in range(runs):
            where = page[4 * (runs + 1) + 13 * i] * 2
            starts.append(bounds[i])
            ends.append(bounds[i + 1])
            found.append(_with_style(_in_page(page, where, data) if where else Properties(), styles))
    default = _with_style(Properties(), styles)

    def lookup(offset: int) -> Properties:
        i = bisect_right(starts, offset) - 1
        return found[i] if i >= 0 and offset < ends[i] else default

    return lookup


class Lists:
    """The numbered lists of a .doc, giving each numbered paragraph its label in reading order."""

    def __init__(self, word: bytes, table: bytes):
        self._levels = _list_levels(table, *fc_lcb(word, PLF_LST))
        self._overrides = _list_overrides(table, *fc_lcb(word, PLF_LFO))
        self._counters = list_labels.Counters()

    def label(self, properties: Properties) -> str:
        """The label of a paragraph ("" when it is not numbered), advancing its list's counter."""
        ilfo = properties.ilfo or 0
        if not 0 < ilfo <= len(self._overrides):
            return ""
        lsid, restarts = self._overrides[ilfo - 1]
        ilvl = properties.ilvl or 0
        restart = ((ilfo, ilvl), restarts[ilvl]) if ilvl in restarts else None
        return self._counters.label(lsid, self._levels.get(lsid, {}), ilvl, restart)


def fc_lcb(word: bytes, at: int) -> tuple[int, int]:
    """The (offset, length) pair the File Information Block holds at ``at`` for a structure of the table
    stream."""
    return struct.unpack_from("<II", word, at)


def _in_page(page: bytes, where: int, data: bytes) -> Properties:
    """The properties of one paragraph's entry (PapxInFkp) in a page of paragraph properties."""
    size = page[where] * 2 - 1
    start = where + 1
    if size < 0:  # a zero count: the real count follows
        size, start = page[where + 1] * 2, where + 2
    style = struct.unpack_from("<H", page, start)[0]
    return _read_sprms(page, start + 2, min(start + size, len(page)), data, Properties(style=style))


def _read_sprms(grpprl: bytes, pos: int, end: int, data: bytes, found: Properties) -> Properties:
    """``found`` with what the property modifiers in ``grpprl[pos:end]`` set."""
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
            found = replace(found, in_table=bool(grpprl[pos]))
        elif sprm == SPRM_ROW_END:
            found = replace(found, row_end=bool(grpprl[pos]))
        elif sprm == SPRM_LIST_LEVEL:
            found = replace(found, ilvl=grpprl[pos])
        elif sprm == SPRM_LIST:
            found = replace(found, ilfo=struct.unpack_from("<h", grpprl, pos)[0])
        elif sprm == SPRM_HUGE_PROPERTIES:  # too many to fit the page: they are in the Data stream
            at = struct.unpack_from("<I", grpprl, pos)[0]
            size = struct.unpack_from("<H", data, at)[0]
            found = _read_sprms(data, at + 2, at + 2 + size, data, found)
        pos += operand
    return replace(found, in_table=found.in_table or found.row_end)


def _with_style(found: Properties, styles: dict[int, tuple[int, bytes]]) -> Properties:
    """``found`` with the list numbering its style (or the styles it is based on) gives, when it sets none."""
    style, depth = found.style, 0
    while found.ilfo is None and style in styles and depth < MAX_STYLE_DEPTH:
        base, grpprl = styles[style]
        numbering = _read_sprms(grpprl, 0, len(grpprl), b"", Properties())
        if numbering.ilfo is not None:
            found = replace(found, ilfo=numbering.ilfo, ilvl=found.ilvl if found.ilvl is not None else numbering.ilvl)
        style, depth = base, depth + 1
    return found


def _styles(table: bytes, fc: int, lcb: int) -> dict[int, tuple[int, bytes]]:
    """Paragraph styles by index: (the style they are based on, their property modifiers)."""
    if lcb < 2:
        return {}
    stshi_size = struct.unpack_from("<H", table, fc)[0]
    count, base_size = struct.unpack_from("<HH", table, fc + 2)
    pos, styles = fc + 2 + stshi_size, {}
    for index in range(count):
        size = struct.unpack_from("<H", table, pos)[0]
        std = table[pos + 2:pos + 2 + size]
        pos += 2 + size
        if size < base_size + 2:
            continue  # an empty slot
        kind_and_base, upx_count = struct.unpack_from("<HH", std, 2)
        if kind_and_base & 0xF != PARAGRAPH_STYLE or upx_count & 0xF < 1:
            continue
        name_length = struct.unpack_from("<H", std, base_size)[0]
        upx = base_size + 2 + 2 * name_length + 2  # after the name and its terminating zero
        upx += upx % 2
        upx_size = struct.unpack_from("<H", std, upx)[0]
        styles[index] = (kind_and_base >> 4, std[upx + 4:upx + 2 + upx_size])  # after the style index
    return styles


def _list_levels(table: bytes, fc: int, lcb: int) -> dict[int, dict[int, list_labels.Level]]:
    """The levels of each list, by its id: the LSTF records, then every list's LVL records in order."""
    if lcb < 2:
        return {}
    count = struct.unpack_from("<h", table, fc)[0]
    pos, lists = fc + 2 + count * LSTF_SIZE, {}
    for k in range(count):
        lsid = struct.unpack_from("<i", table, fc + 2 + k * LSTF_SIZE)[0]
        simple = table[fc + 2 + k * LSTF_SIZE + 26] & 1
        levels = {}
        for ilvl in range(1 if simple else list_labels.MAX_LEVELS):
            levels[ilvl], pos = _level(table, pos)
        lists[lsid] = levels
    return lists


def _level(table: bytes, pos: int) -> tuple[list_labels.Level, int]:
    """One LVL record at ``pos``: the level, and where the next record starts."""
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    chpx_size, papx_size = table[pos + 24], table[pos + 25]
    pos += LVLF_SIZE + papx_size + chpx_size
    length = struct.unpack_from("<H", table, pos)[0]
    text = table[pos + 2:pos + 2 + 2 * length].decode("utf-16-le", "replace")
    text = "".join(f"%{ord(ch) + 1}" if ord(ch) < list_labels.MAX_LEVELS else ch for ch in text)
    level = list_labels.Level(start, NUMBER_FORMATS.get(nfc, "decimal"), text, legal=bool(flags & 0x04))
    return level, pos + 2 + 2 * length


def _list_overrides(table: bytes, fc: int, lcb: int) -> list[tuple[int, dict[int, int]]]:
    """Each list override (LFO) in order: the list it numbers by, and the levels it restarts (level: number)."""
    if lcb < 4:
        return []
    count = struct.unpack_from("<i", table, fc)[0]
    heads = [struct.unpack_from("<i8xB", table, fc + 4 + k * LFO_SIZE) for k in range(count)]
    pos, overrides = fc + 4 + count * LFO_SIZE, []
    for lsid, level_count in heads:
        pos += 4  # the LFOData's cp
        restarts = {}
        for _ in range(level_count):
            start, bits = struct.unpack_from("<iI", table, pos)
            pos += LFOLVL_SIZE
            if bits & 0x10:  # fStartAt
                restarts[bits & 0xF] = start
            if bits & 0x20:  # fFormatting: a whole level follows
                _, pos = _level(table, pos)
        overrides.append((lsid, restarts))
    return overrides
