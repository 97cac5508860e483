"""The heading tree: Phụ lục, Phần, Chương, Mục, Điều, A., I., 1., 1.1., a) — nested in that order.

A section runs from its heading to the next heading at its level or above, and
never across a closing block (recipients and signature): a Quyết định's
"Điều 3" ends where its closing block starts, and the Kế hoạch attached after
that block starts a new tree. ``section_id`` is the path of labels ("III.1.a",
"Điều1.2"); a label met twice under the same parent gets "#2".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import records
from pipeline.lines import CELL_SEPARATOR, FILL_IN, Line, is_caps

MAX_HEADING = 160
MAX_QUOTE_LINES = 30  # an unclosed quotation stops hiding headings after this many lines
_ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"  # I … XXXIX
HEADING_KINDS = (  # (kind, pattern); the order is the nesting order, outermost first
    ("appendix", re.compile(r"^(?P<label>(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXL]+|\d+(?:\.\d+)*))?)"
                            r"(?:[.:]?\s+(?P<heading>\S.*)|\s*$)")),
    ("part", re.compile(r"^(?P<label>(?:Phần|PHẦN)\s+(?:%s|\d+|thứ\s+\w+|THỨ\s+\w+))\b[.:]?\s*(?P<heading>.*)$"
                        % _ROMAN)),
    ("chapter", re.compile(r"^(?P<label>(?:Chương|CHƯƠNG)\s+(?:%s|\d+))\b[.:]?\s*(?P<heading>.*)$" % _ROMAN)),
    ("division", re.compile(r"^(?P<label>(?:Mục|MỤC)\s+\d+)\b[.:]?\s*(?P<heading>.*)$")),
    ("article", re.compile(r"^(?P<label>(?:Điều|ĐIỀU)\s+\d+[a-z]?)\s*[.:]\s*(?P<heading>.*)$")),
    ("capital", re.compile(r"^(?P<label>[A-HJ-UWYZĐ])\.\s+(?P<heading>\S.*)$")),
    ("roman", re.compile(r"^(?P<label>(?=[IVXLHl1]*[IVX])[IVXLHl1]{1,6})"  # OCR strokes too: see roman_label
                         r"\s*(?:[.)]|/(?![Vv]\b))\s*(?P<heading>\S.*)$")),
    ("arabic", re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3}(?=\s)|\d{1,2}(?:\.\d{1,2}){0,3}(?=[.)]))"
                          r"[.)]?\s*(?P<heading>\S.*)$")),  # 1.  1.2.  3)  1.1 (a dotted label needs no dot)
    ("letter", re.compile(r"^(?P<label>[a-zđ])\)\s*(?P<heading>\S.*)$")),  # "a." opens a list item only
)
_STROKES = "Il1LH"  # H: two strokes read as one letter
_OCR_STROKES = str.maketrans({"l": "I", "1": "I", "L": "I", "H": "II"})
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                   "XVI", "XVII", "XVIII", "XIX", "XX")
LABEL_WORDS = {"appendix": "Phụ lục", "part": "Phần", "chapter": "Chương", "division": "Mục", "article": "Điều"}
_RANK = {kind: i for i, (kind, _) in enumerate(HEADING_KINDS)}
_ARTICLE_NUMBER = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+)")
_TEXT_HEADED = ("article", "division")  # kinds whose heading may be in lower case
_QUOTES = "“\"("
_WORDS = re.compile(r"\s+")
_COLON = re.compile(r"^(?P<head>[^:]{2,100}):\s+\S")
# a numbered item whose text opens with a number ("6. 100% cơ sở y tế …"): a heading only in a run of numbers
_NUMBERED_NUMBER = re.compile(r"^(?P<label>\d{1,2})[.)]\s+(?P<heading>\d.*)$")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s")  # a line opening an item numbered "n." or "n)"


@dataclass(frozen=True)
class Heading:
    """A heading line: its kind, label and text."""

    kind: str
    label: str
    text: str

    @property
    def depth(self) -> tuple[int, int]:
        """Sort key of the nesting: the kind's rank, then for "1.2.3" the number of dots."""
        return _RANK[self.kind], self.label.count(".") if self.kind == "arabic" else 0


def heading(line: str) -> Heading | None:
    """The heading that ``line`` opens, or None ("2024 …", "3 chương trình", "1 | …" and the lines of a form
    to fill in, "1. Cuộc họp đã nghe Ông (bà) …………, Chức vụ……", open none)."""
    if CELL_SEPARATOR in line or FILL_IN.search(line):
        return None
    for kind, pattern in HEADING_KINDS:
        m = pattern.match(line)
        if not m:
            continue
        label, text = m.group("label"), m.group("heading") or ""
        if not _plausible(kind, label, text):
            return None
        return _heading(kind, _canonical_label(kind, label), text)
    return None


def _heading(kind: str, label: str, text: str) -> Heading:
    """A heading of ``kind``, its text cut to its heading ("1. Mục đích: …" → "Mục đích")."""
    return Heading(kind, label, _short(text.strip()).rstrip(" .:;"))


def _plausible(kind: str, label: str, text: str) -> bool:
    """Whether ``text`` can follow a label of ``kind`` in a heading ("1. Mục đích", not "3 chương trình")."""
    opener = text[:1]
    if kind == "appendix":
        return not text or opener.isupper() or opener == "("
    if kind == "arabic":
        return opener.isupper() or opener in _QUOTES
    if kind == "letter":
        return opener.isalpha() or opener in _QUOTES
    if kind == "capital":
        return is_caps(text)
    if kind == "roman":  # "I.1" numbers a table row; "I1I. NỘI DUNG" is OCR of a numeral, in capitals
        return not opener.isdigit() and (bool(re.fullmatch(_ROMAN, label)) or is_caps(text))
    return True


def _canonical_label(kind: str, label: str) -> str:
    """'PHỤ LỤC I' → 'Phụ lục I', 'CHƯƠNG II' → 'Chương II', 'PHẦN THỨ NHẤT' → 'Phần thứ nhất'."""
    label = _WORDS.sub(" ", label)
    word = LABEL_WORDS.get(kind)
    if word is None:
        return label
    number = label[len(word):].strip()
    if number.isupper() and not re.fullmatch(_ROMAN, number):
        number = number.lower()
    return f"{word} {number}".strip()


def _short(text: str) -> str:
    """A heading line cut to its heading: before "Nội dung: …", or its first sentence if long."""
    m = _COLON.match(text)
    if m and len(text) > len(m.group("head")) + 2:
        return m.group("head").strip()
    if len(text) <= MAX_HEADING:
        return text
    m = re.search(r"[.;](?=\s)", text[:MAX_HEADING])
    return text[: m.start()] if m else text[:MAX_HEADING].rsplit(" ", 1)[0] + "…"


def build(doc_id: str, text: str, lines: list[Line], closed: list[tuple[int, int]]) -> list[records.Section]:
    """The heading tree of ``text``; ``closed`` are the (start, end) spans of the closing blocks."""
    found = _headings(lines, closed)
    out: list[records.Section] = []
    stack: list[tuple[tuple[int, int], str, str]] = []  # (depth, label, section_id)
    seen: set[str] = set()
    barrier = 0
    previous: dict[str | None, str] = {}  # the last roman label under each parent
    for i, (ln, h) in enumerate(found):
        block = next(((s, e) for s, e in closed if e <= ln.start and s >= barrier), None)
        if block:  # a closing block lies between the previous heading and this one
            stack.clear()
            previous.clear()
            barrier = block[1]
        while stack and stack[-1][0] >= h.depth:
            stack.pop()
        parent_id = stack[-1][2] if stack else None
        if h.kind == "roman":
            h = Heading(h.kind, roman_label(h.label, previous.get(parent_id)), h.text)
            previous[parent_id] = h.label
        section_id = _unique(_path(parent_id, stack[-1][1] if stack else None, h.label), seen)
        end = _end(text, ln, h, found[i + 1:], closed)
        stack.append((h.depth, h.label, section_id))
        out.append(records.Section(doc_id, section_id, parent_id, len(stack), h.label, h.text, ln.start, end))
    return out


def roman_label(label: str, previous: str | None) -> str:
    """The numeral an OCR'd roman label stands for, given the one before it at its level.

    OCR reads the strokes of I as l, 1 or L (two of them as H) and drops or doubles
    them: "Vl" is VI; a run of such strokes that is no numeral ("IL", "I1I", "HI") or
    repeats the one before ("II" after "II") is the next numeral when that is I, II or III.
    """
    fixed = label.translate(_OCR_STROKES)
    expected = _ROMAN_NUMERALS[_ROMAN_NUMERALS.index(previous) + 1] if previous in _ROMAN_NUMERALS[:-1] else "I"
    broken = not re.fullmatch(_ROMAN, label) or label == previous
    if broken and set(label) <= set(_STROKES) and set(expected) == {"I"}:
        return expected
    return fixed if re.fullmatch(_ROMAN, fixed) else label


def _headings(lines: list[Line], closed: list[tuple[int, int]]) -> list[tuple[Line, Heading]]:
    """Heading lines outside closing blocks and quotations (the text an amendment inserts).

    A bare "Chương I" / "PHỤ LỤC" takes the next line as its heading text.
    """
    found = []
    quoted = _quoted(lines)
    for i, ln in enumerate(lines):
        if i in quoted or any(s <= ln.start < e for s, e in closed):
            continue
        h = heading(ln.text) or _item_opening_with_a_number(lines, i, found)
        if h is None:
            continue
        if not h.text and i + 1 < len(lines) and _heading_below(h.kind, lines[i + 1].text):
            h = Heading(h.kind, h.label, _short(lines[i + 1].text).rstrip(" .:;"))
        found.append((ln, h))
    return found


def _item_opening_with_a_number(lines: list[Line], i: int, found: list[tuple[Line, Heading]]) -> Heading | None:
    """Line ``i`` as a numbered item whose text opens with a number ("6. 100% cơ sở y tế …"), when the item before
    it at its level is a heading numbered one less, or it is "1." right under a heading of a higher level and the
    next line is numbered "2."; not inside a list of such items that are no headings ("2. Mục tiêu …, gồm:" / "1.
    100% …" / "2. 80% …"), nor a table row or a form's line."""
    line = lines[i].text
    m = _NUMBERED_NUMBER.match(line)
    if m is None or CELL_SEPARATOR in line or FILL_IN.search(line):
        return None
    number = int(m.group("label"))
    headings = {ln.start: h for ln, h in found}
    for j in range(i - 1, -1, -1):
        above = headings.get(lines[j].start)
        if above is None:
            if _NUMBERED_ITEM.match(lines[j].text):
                return None  # an item of a list that is no heading comes between
            continue
        if _RANK[above.kind] < _RANK["arabic"]:
            opens = number == 1 and i + 1 < len(lines) and _NUMBERED_ITEM.match(lines[i + 1].text)
            follows = opens and lines[i + 1].text.startswith("2")
        elif above.kind == "arabic" and above.label.isdigit():
            follows = int(above.label) == number - 1
        else:
            continue
        return _heading("arabic", m.group("label"), m.group("heading")) if follows else None
    return None


def _quoted(lines: list[Line]) -> set[int]:
    """Indices of the lines inside quotations that open a line ("“Điều 6. …" … "…”").

    A quotation whose closing mark is lost ends before the instruction of the next
    one ("2. Sửa đổi Điều 7 như sau:" above "“Điều 7. …"), at the document's next
    article ("Điều 2." after "Điều 1."), or after MAX_QUOTE_LINES lines.
    """
    inside: set[int] = set()
    article = 0  # the number of the last article outside quotations
    i = 0
    while i < len(lines):
        text = lines[i].text
        m = _ARTICLE_NUMBER.match(text)
        if m:
            article = int(m.group(1))
        i += 1
        if not (text.startswith("“") and text.count("“") > text.count("”")):
            continue
        for j in range(i, min(i + MAX_QUOTE_LINES, len(lines))):
            text = lines[j].text
            next_opens = j + 1 < len(lines) and lines[j + 1].text.startswith("“")
            m = _ARTICLE_NUMBER.match(text)
            if (text.endswith(":") and next_opens) or (m and int(m.group(1)) == article + 1):
                break
            inside.add(j)
            i = j + 1
            if "”" in text:
                break
    return inside


def _heading_below(kind: str, text: str) -> bool:
    """Whether ``text``, the line under a bare label ("Chương I", "PHỤ LỤC", "Điều 2."), is its heading.

    A heading in capitals ("QUY ĐỊNH CHUNG", "DANH MỤC … (Kèm theo …)"), or under
    "Điều" any line that opens no section itself.
    """
    if heading(text) is not None:
        return False
    return kind in _TEXT_HEADED or is_caps(text.split("(")[0])


def _path(parent_id: str | None, parent_label: str | None, label: str) -> str:
    """'II.1' + '1.2' → 'II.1.2'; labels lose their spaces ('Điều 1' → 'Điều1')."""
    part = label[len(parent_label) + 1:] if parent_label and label.startswith(parent_label + ".") else label
    part = part.replace(" ", "")
    return f"{parent_id}.{part}" if parent_id else part


def _unique(section_id: str, seen: set[str]) -> str:
    base, n = section_id, 2
    while section_id in seen:
        section_id, n = f"{base}#{n}", n + 1
    seen.add(section_id)
    return section_id


def _end(text: str, ln: Line, h: Heading, later: list[tuple[Line, Heading]], closed: list[tuple[int, int]]) -> int:
    """Where the section opened by ``ln`` ends: the next heading at its level or above, or a closing block."""
    end = next((other.start for other, oh in later if oh.depth <= h.depth), len(text))
    end = min([end] + [s for s, _ in closed if s > ln.start])
    return len(text[:end].rstrip())
