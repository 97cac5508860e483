"""The header block: issuer, number and symbol, place and date, document type and trích yếu.

Decree 30/2020/NĐ-CP lays the header out as issuer lines beside the national
motto, "Số: …", "<place>, ngày … tháng … năm …", the type name and the trích
yếu (subject line). Real documents bend this layout (lines missing, reordered,
or two columns run together on one line), so each field is searched for on its
own rather than by position.
"""
from __future__ import annotations

import re
from datetime import date

from pipeline.doc_types import CODE_TO_TYPE, DOC_TYPES
from pipeline.lines import Line, is_caps
from pipeline.normalize import PARAGRAPH_OPENERS

LETTER = "Công văn"  # a document with a number but no type name (its symbol names the issuer)
# lines that open a body under the issuer's parent ("UBND TỈNH NAM ĐỊNH" / "SỞ THÔNG TIN …")
AGENCY_HEADS = ("SỞ", "BAN", "PHÒNG", "TRUNG TÂM", "VĂN PHÒNG", "CÔNG AN", "CHI CỤC", "CỤC", "VỤ",
                "ĐÀI", "BÁO", "BỘ CHỈ HUY", "ĐẢNG ỦY", "ĐOÀN", "HỘI", "THANH TRA", "KHO BẠC", "NGÂN HÀNG",
                "TRƯỜNG", "BỆNH VIỆN", "TỔNG CỤC", "ỦY BAN")
# words that open the preamble: the trích yếu is over
PREAMBLE_OPENERS = PARAGRAPH_OPENERS + ("Kính gửi",)
# the "authority" line of a Quyết định / Nghị quyết, printed between the trích yếu and the preamble
AUTHORITY_OPENERS = ("THỦ TƯỚNG", "CHÍNH PHỦ", "BỘ TRƯỞNG", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN",
                     "HỘI ĐỒNG NHÂN DÂN", "GIÁM ĐỐC", "TRƯỞNG BAN", "BAN CHỈ ĐẠO", "BAN THƯỜNG VỤ")
# words that open the name of a body, for finding "<body> xây dựng Kế hoạch" in the preamble
ISSUING_BODY_OPENERS = ("UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân", "Sở", "Ban", "Phòng", "Trung tâm",
                        "Văn phòng", "Bộ", "Cục", "Chi cục", "Công an", "Đảng ủy", "Tỉnh ủy", "Huyện ủy", "Thành ủy",
                        "Ngân hàng", "NHCSXH", "Bảo hiểm xã hội", "Đài", "Báo")
# words after which a name belongs to the title ("… CỦA THỦ TƯỚNG CHÍNH PHỦ")
LINKING_WORDS = ("của", "với", "và", "cho", "tại")
_TITLE_LINES = 4

# the number slot may hold what OCR made of a hand-written number ("Số: T29 /QĐ-TTg", "Số: 3ƒ /2026/TT-BCA")
_NUMBER = re.compile(r"\bSố\s*[:.]?\s*(?P<number>[^\s/]{0,6}?)\s*/\s*(?P<symbol>[^\s,;]+)", re.IGNORECASE)
_OCR_DIGITS = str.maketrans("TOoDlI|SBZ", "7000111582")  # letters OCR reads for digits
_WRITTEN_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_DATE_LINE = re.compile(
    r"(?P<place>[^\W\d_][^,:;\d]{1,60}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*(?:tháng|[-/.])\s*"
    r"(?P<month>\d{1,2})?\s*(?:năm|[-/.])\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc",
                   re.IGNORECASE)
_CODE_TOKEN = re.compile(r"^.*\S+[-/]\S+\s+")  # "52 /KH-UBND Bắc Giang" → "Bắc Giang"
_YEAR = re.compile(r"(?:19|20)\d\d")
_SUBJECT = re.compile(r"^V/v\b\s*:?\s*", re.IGNORECASE)
_PREAMBLE = re.compile(r"^(?:%s)\b" % "|".join(PREAMBLE_OPENERS), re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?:%s)\b" % "|".join(AUTHORITY_OPENERS))
_AGENCY_HEAD = re.compile(r"^(?:%s)\b" % "|".join(AGENCY_HEADS))
_TYPE_NAME = re.compile(r"^(?P<name>%s)\b\s*:?\s*(?P<rest>.*)$"
                        % "|".join(sorted((n.upper() for n in DOC_TYPES), key=len, reverse=True)))
_ISSUING = re.compile(r"\s+(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|chương trình|phương án)\b", re.IGNORECASE)
_ISSUING_BODY = re.compile(r"(?<![\w-])(?:%s)\b" % "|".join(ISSUING_BODY_OPENERS))
_CLAUSE_END = re.compile(r"[.;:,]\s")
_NOT_A_NAME = re.compile(r"[\d/“”\"]")
_MAX_NAME_WORDS = 12
_UNIT_PREFIXES = (["thành", "phố"], ["thị", "xã"], ["thị", "trấn"], ["tp."])


def parse_header(header: list[Line]) -> dict:
    """Header fields found in the lines before the first section heading."""
    fields: dict = {}
    fields.update(_number_and_symbol(header))
    fields.update(_place_and_date(header))
    fields.update(_type_and_title(header, fields.get("doc_type_code"), bool(fields.get("symbol"))))
    fields.update(_issuer(header))
    if fields.get("title") and fields.get("issuer"):
        fields["title"] = _without_authority(fields["title"], fields["issuer"])
    return fields


def _type_line(text: str) -> re.Match | None:
    """The match of a type-name line ("KẾ HOẠCH", "QUYẾT ĐỊNH …") written in capitals."""
    return _TYPE_NAME.match(text) if is_caps(text, min_letters=2) and not _MOTTO.search(text) else None


# ---------------------------------------------------------------------- number

def _number_and_symbol(header: list[Line]) -> dict:
    for ln in header:
        m = _NUMBER.search(ln.text)
        if not m or m.start() > 4 or (m.group("number") and not any(ch.isdigit() for ch in m.group("number"))):
            continue  # not "Số: …/…" ("Số lượng/đơn vị")
        number = _number(m.group("number"))
        parts = m.group("symbol").strip("./").split("/")
        year = next((p for p in parts if _YEAR.fullmatch(p)), None)
        symbol = "/".join(p for p in parts if p != year) or None
        reference = "/".join([number] + ([year] if year else []) + [symbol]) if number and symbol else None
        code = re.split(r"[-/]", symbol)[0].upper() if symbol else ""
        return {"number": number, "symbol": symbol, "reference": reference,
                "doc_type_code": DOC_TYPES[CODE_TO_TYPE[code]] if code in CODE_TO_TYPE else None}
    return {}


def _number(slot: str) -> str | None:
    """The document number in the slot before the symbol: digits, or digits with letters OCR reads for
    some ("T29" → "729"); None for an empty or unreadable slot ("3ƒ")."""
    digits = slot.rstrip(".").translate(_OCR_DIGITS)
    return digits if _WRITTEN_NUMBER.fullmatch(digits) else None


# ------------------------------------------------------------------ place, date

def _place_and_date(header: list[Line]) -> dict:
    for ln in header:
        m = _DATE_LINE.search(ln.text)
        if not m:
            continue
        place = _CODE_TOKEN.sub("", m.group("place")).strip(" -–")
        year = int(m.group("year"))
        issue_date = None
        if m.group("day") and m.group("month"):
            try:
                issue_date = date(year, int(m.group("month")), int(m.group("day")))
            except ValueError:
                issue_date = None
        return {"place": capitalise_place(place) if place else None, "issue_date": issue_date,
                "issue_year": year, "issue_month": int(m.group("month")) if m.group("month") else None}
    return {}


def capitalise_place(place: str) -> str:
    """'Phủ bình' → 'Phủ Bình', 'THÀNH PHỐ HỒ CHÍ MINH' → 'Thành phố Hồ Chí Minh'."""
    words = place.split()
    lower = [w.lower() for w in words]
    prefix = next((len(unit) for unit in _UNIT_PREFIXES if lower[: len(unit)] == unit), 0)
    head = [lower[0].capitalize()] + lower[1:prefix] if prefix else []
    rest = [w[:1].upper() + w[1:].lower() for w in words[prefix:]]
    return " ".join(head + rest)


# ------------------------------------------------------------------ type, title

def _type_and_title(header: list[Line], code: str | None, numbered: bool) -> dict:
    """The type name line and the trích yếu after it (or the V/v line of a Công văn)."""
    start = next((i + 1 for i, ln in enumerate(header) if _MOTTO.search(ln.text)), 0)
    for i, ln in enumerate(header[start:], start):
        m = _type_line(ln.text)
        if m:
            name = next(n for n in DOC_TYPES if n.upper() == m.group("name"))
            rest = m.group("rest").strip()
            return {"doc_type": name, "doc_type_code": DOC_TYPES[name],
                    "title": _title([rest] if rest else [], header[i + 1:])}
    for ln in header:
        if _SUBJECT.match(ln.text):
            return {"doc_type": LETTER, "doc_type_code": DOC_TYPES[LETTER], "title": _SUBJECT.sub("", ln.text)}
    if code:
        return {"doc_type": CODE_TO_TYPE[code.upper()], "doc_type_code": code}
    if numbered:
        return {"doc_type": LETTER, "doc_type_code": DOC_TYPES[LETTER]}
    return {}


def _title(title_lines: list[str], following: list[Line]) -> str | None:
    """The trích yếu: the lines after the type name, up to the preamble or the authority line."""
    for ln in following:
        text = ln.text
        if text.endswith((":", ";")) or len(text) > 400 or text.startswith("("):
            break
        if title_lines and (_PREAMBLE.match(text) or is_caps(title_lines[-1]) != is_caps(text)):
            break
        if is_caps(text) and _AUTHORITY.match(text):
            break
        title_lines.append(text)
        if len(title_lines) >= _TITLE_LINES:
            break
    return " ".join(title_lines).strip(" .") or None


def _without_authority(title: str, issuer: str) -> str:
    """The title without the authority line that a source ran into it ("… SỐ THỦ TƯỚNG CHÍNH PHỦ")."""
    if title.upper().endswith(" " + issuer.upper()):
        head = title[: -len(issuer)].rstrip()
        if head.split()[-1].lower() not in LINKING_WORDS:
            return head
    return title


# ----------------------------------------------------------------------- issuer

def _issuer(header: list[Line]) -> dict:
    """The issuing body (the last body of the issuer lines) and the whole issuer block.

    The issuer lines are the capitals above or beside the national motto; without
    them, the agency that the preamble says "xây dựng/ban hành Kế hoạch".
    """
    bodies: list[str] = []
    for ln in header:
        m = _MOTTO.search(ln.text)
        before = ln.text[: m.start()].strip(" -") if m else ln.text
        if not before:
            continue
        if _NUMBER.search(before) or _DATE_LINE.search(before) or _type_line(before) or not is_caps(before, 2):
            break
        if bodies and not _AGENCY_HEAD.match(before):
            bodies[-1] += " " + before
        else:
            bodies.append(before)
    if bodies:
        return {"issuer": bodies[-1], "issuer_block": " ".join(bodies)}
    for ln in header:
        if _PREAMBLE.match(ln.text) or ln.text.endswith(":"):
            agency = _preamble_issuer(ln.text)
            if agency:
                return {"issuer": agency, "issuer_block": agency}
    return {}


def _preamble_issuer(text: str) -> str | None:
    """The body that "xây dựng/ban hành Kế hoạch" in a preamble sentence ("UBND tỉnh ban hành Kế hoạch …").

    The name runs from an opening word ("UBND", "Sở", "Ban" …) in the same clause
    up to the verb, without digits or quotes; the first opening word that gives
    such a name wins ("Ban đại diện Ngân hàng CSXH huyện").
    """
    for verb in reversed(list(_ISSUING.finditer(text))):
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, verb.start())), default=0)
        for opener in _ISSUING_BODY.finditer(text, clause_start, verb.start()):
            name = text[opener.start():verb.start()].strip()
            if not _NOT_A_NAME.search(name) and len(name.split()) <= _MAX_NAME_WORDS:
                return name
    return None
