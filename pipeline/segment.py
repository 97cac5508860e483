"""Segment: the document's metadata (header and signature block) and its heading tree.

The header follows Decree 30/2020/NĐ-CP: issuer lines, "Số: …", "<place>, ngày …
tháng … năm …", the type name, the trích yếu (subject line); at the end "Nơi nhận:"
and a signature block with "TM./KT./TL./TUQ./Q.". Real documents bend this
layout (lines missing, reordered or run together), so each field is searched for
on its own rather than by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline import places, records
from pipeline.vietnamese import is_syllable

# Decree 30/2020/NĐ-CP Appendix III abbreviations, plus legal and Party document types
DOC_TYPES = {
    "Kế hoạch": "KH", "Quyết định": "QĐ", "Chỉ thị": "CT", "Nghị quyết": "NQ", "Thông báo": "TB",
    "Báo cáo": "BC", "Tờ trình": "TTr", "Hướng dẫn": "HD", "Chương trình": "CTr", "Đề án": "ĐA",
    "Phương án": "PA", "Dự án": "DA", "Quy chế": "QC", "Quy định": "QyĐ", "Thông cáo": "TC",
    "Biên bản": "BB", "Công điện": "CĐ", "Giấy mời": "GM", "Kết luận": "KL", "Nghị định": "NĐ",
    "Thông tư": "TT", "Thông tư liên tịch": "TTLT", "Pháp lệnh": "PL", "Luật": "Luật",
    "Công văn": "CV",
}
CODE_TO_TYPE = {code: name for name, code in DOC_TYPES.items()}
CODE_TO_TYPE["QYĐ"] = "Quy định"
SIGNING_MODES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
_CENTRAL = re.compile(r"\b(?:CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|BỘ\b|TRUNG ƯƠNG|KIỂM TOÁN NHÀ NƯỚC|"
                      r"NGÂN HÀNG NHÀ NƯỚC|TÒA ÁN NHÂN DÂN TỐI CAO|VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO)",
                      re.IGNORECASE)
# symbols of central bodies: Government, Prime Minister, National Assembly, ministries
_CENTRAL_SYMBOL = re.compile(
    r"-(?:TTg|CP|QH\d*|VPCP|UBTVQH\d*|TW|NHNN|KTNN|TANDTC|VKSNDTC|BCA|BQP|BNG|BNV|BTP|BTC|BCT|"
    r"BKHĐT|BKHCN|BNN(?:PTNT)?|BNNMT|BTNMT|BXD|BGTVT|BTTTT|BLĐTBXH|BVHTTDL|BGDĐT|BYT|BDTTG|UBDT)(?:-|$)")

_NUMBER = re.compile(r"\bSố\s*[:.]?\s*(?P<number>\d[\d.]*)?\s*/\s*(?P<symbol>[^\s,;]+)", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"(?P<place>[^\W\d_][^,:;\d]{1,40}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*(?:[-/.]\s*)?"
    r"tháng\s*(?P<month>\d{1,2})?\s*(?:[-/.]\s*)?năm\s*(?P<year>\d{4})", re.IGNORECASE)
_HEADER_STOP = re.compile(r"^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Kính gửi)", re.IGNORECASE)
_NATIONAL_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc",
                             re.IGNORECASE)
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*", re.IGNORECASE)
_MODE = re.compile(r"\b(TM|KT|TL|TUQ|Q)\.\s*")
_TITLE_WORDS = ("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "THỦ TƯỚNG", "BỘ TRƯỞNG", "CHÁNH", "CHỦ NHIỆM",
                "BÍ THƯ", "TỔNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG")
_PERIOD = re.compile(
    r"(?:giai đoạn|thời kỳ|từ năm|năm)?\s*(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|đến(?: năm)?)\s*(?P<b>(?:19|20)\d\d)"
    r"|(?P<until>đến năm|đến)\s+(?P<c>(?:19|20)\d\d)"
    r"|năm\s+(?P<d>(?:19|20)\d\d)",
    re.IGNORECASE)
_DATE_OR_REFERENCE = re.compile(
    r"ngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/-]\d{1,2}[/-]\d{4})|\d+/\d{4}/[\w-]+|\d{4}/[\w-]+",
    re.IGNORECASE)
_PREAMBLE_ISSUER = re.compile(
    r"(?:^|[.;,:]\s+)(?P<agency>(?:[A-ZĐÀ-Ỹ]|UBND|HĐND)[^.;,:]{2,120}?)\s+"
    r"(?:xây dựng|ban hành|triển khai)\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Pp]hương án)")

# ------------------------------------------------------------------- headings

_HEADING_KINDS = (  # (kind, pattern); the order is the nesting order, outermost first
    ("part", re.compile(r"^(?P<label>Phần\s+(?:[IVXLC]+|\d+|thứ\s+\w+))\b[.:]?\s*(?P<heading>.*)$", re.IGNORECASE)),
    ("chapter", re.compile(r"^(?P<label>Chương\s+(?:[IVXLC]+|\d+))\b[.:]?\s*(?P<heading>.*)$", re.IGNORECASE)),
    ("division", re.compile(r"^(?P<label>Mục\s+\d+)\b[.:]?\s*(?P<heading>.*)$")),
    ("article", re.compile(r"^(?P<label>Điều\s+\d+[a-z]?)\s*[.:]\s*(?P<heading>.*)$")),
    ("roman", re.compile(r"^(?P<label>[IVXL]{1,6})\s*[.)/]\s*(?P<heading>\S.*)$")),
    ("arabic", re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|\.?(?=\s))\s*(?P<heading>\S.*)$")),
    ("letter", re.compile(r"^(?P<label>[a-zđ])\)\s*(?P<heading>\S.*)$")),
)
_KIND_RANK = {kind: i for i, (kind, _) in enumerate(_HEADING_KINDS)}
_MAX_HEADING = 160


@dataclass
class Segmentation:
    """What segment() finds: document fields, the heading tree, and where the body starts."""

    fields: dict
    sections: list[records.Section] = field(default_factory=list)
    body_start: int = 0


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \f")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \f"))
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def segment(doc_id: str, text: str) -> Segmentation:
    """Parse header fields, signature block and heading tree of a normalised text."""
    lines = _lines(text)
    sections = _sections(doc_id, text, lines)
    body_start = sections[0].start if sections else len(text)
    header = [ln for ln in lines if ln.start < body_start][:40]
    fields: dict = {}
    fields.update(_number_and_symbol(header))
    fields.update(_place_and_date(header))
    fields.update(_type_and_title(header, fields.get("doc_type_code")))
    fields["issuer"] = _issuer(header)
    fields.update(_signature(lines))
    fields["recipients"] = _recipients(lines)
    fields.update(_period(fields.get("title"), fields.get("issue_date"), fields.get("issue_year"),
                          fields.get("doc_type_code")))
    fields.update(_level_and_province(fields, header, text[:body_start]))
    fields.pop("issue_year", None)
    return Segmentation(fields, sections, body_start)


# ------------------------------------------------------------------- sections

def _heading(line: str) -> tuple[str, str, str] | None:
    """(kind, label, heading text) when the line opens a numbered section."""
    for kind, pattern in _HEADING_KINDS:
        m = pattern.match(line)
        if m:
            label = re.sub(r"\s+", " ", m.group("label"))
            heading = m.group("heading").strip()
            if kind == "arabic" and not heading[:1].isalpha() and not heading[:1] in "“\"(":
                return None  # "2024 ...", "1.050 triệu" are not headings
            return kind, label, _short(heading)
    return None


def _short(heading: str) -> str:
    """A heading line cut to its first sentence when it runs on into body text."""
    if len(heading) <= _MAX_HEADING:
        return heading
    m = re.search(r"[.:;](?=\s)", heading[:_MAX_HEADING])
    return heading[: m.start()] if m else heading[:_MAX_HEADING].rsplit(" ", 1)[0] + "…"


def _depth(kind: str, label: str) -> tuple[int, int]:
    """Sort key of a heading kind; dotted arabic labels nest by their depth."""
    return _KIND_RANK[kind], label.count(".") if kind == "arabic" else 0


def _closing_start(lines: list[_Line], text: str) -> int:
    """Where the closing block (recipients, signature) starts, or the end of text."""
    for ln in reversed(lines):
        if _RECIPIENTS.match(ln.text):
            return ln.start
    return len(text)


def _sections(doc_id: str, text: str, lines: list[_Line]) -> list[records.Section]:
    """The heading tree: each section spans from its heading to the next heading at its level."""
    closing = _closing_start(lines, text)
    found = []  # (start, depth key, label, heading)
    for ln in lines:
        if ln.start >= closing:
            break
        h = _heading(ln.text)
        if h and not (h[0] == "arabic" and _looks_like_sentence_number(ln.text)):
            found.append((ln.start, _depth(h[0], h[1]), h[1], h[2]))
    out: list[records.Section] = []
    stack: list[tuple[tuple[int, int], str, str]] = []  # (depth, label, section_id)
    seen_ids: set[str] = set()
    for i, (start, depth, label, heading) in enumerate(found):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent_id = stack[-1][2] if stack else None
        parent_label = stack[-1][1] if stack else None
        part = label
        if parent_label and label.startswith(parent_label + "."):
            part = label[len(parent_label) + 1:]
        section_id = f"{parent_id}.{part}" if parent_id else part
        section_id = section_id.replace(" ", "")
        base, n = section_id, 2
        while section_id in seen_ids:
            section_id, n = f"{base}#{n}", n + 1
        seen_ids.add(section_id)
        end = closing
        for later_start, later_depth, _, _ in found[i + 1:]:
            if later_depth <= depth:
                end = later_start
                break
        stack.append((depth, label, section_id))
        out.append(records.Section(doc_id, section_id, parent_id, len(stack), label, heading,
                                   start, max(end, start)))
    return out


def _looks_like_sentence_number(line: str) -> bool:
    """'3 chương trình mục tiêu…' starts with a count, not a section number."""
    return bool(re.match(r"^\d+\s+[a-zà-ỹđ]", line))


# ---------------------------------------------------------------------- header

def _number_and_symbol(header: list[_Line]) -> dict:
    for ln in header:
        m = _NUMBER.search(ln.text)
        if m and (ln.text.lower().startswith("số") or m.start() < 5):
            number = (m.group("number") or "").rstrip(".") or None
            parts = m.group("symbol").strip("./").split("/")
            year = next((p for p in parts if re.fullmatch(r"(?:19|20)\d\d", p)), None)
            symbol = "/".join(p for p in parts if p != year) or None
            reference = None
            if number and symbol:
                reference = "/".join([number] + ([year] if year else []) + [symbol])
            code = symbol.split("-")[0].split("/")[0] if symbol else None
            return {"number": number, "symbol": symbol, "reference": reference,
                    "doc_type_code": _canonical_code(code)}
    return {}


def _canonical_code(code: str | None) -> str | None:
    if not code:
        return None
    for known in CODE_TO_TYPE:
        if known.upper() == code.upper():
            return known
    return None


def _place_and_date(header: list[_Line]) -> dict:
    for ln in header:
        m = _DATE_LINE.search(ln.text)
        if not m:
            continue
        place = re.sub(r"^.*?\b(?:Số\s*[:.]?\s*\S*)\s+", "", m.group("place")).strip(" -–")
        year = int(m.group("year"))
        issue_date = None
        if m.group("day") and m.group("month"):
            try:
                issue_date = date(year, int(m.group("month")), int(m.group("day")))
            except ValueError:
                issue_date = None
        return {"place": _capitalise_place(place), "issue_date": issue_date, "issue_year": year}
    return {}


def _capitalise_place(place: str) -> str:
    """'Phủ bình' → 'Phủ Bình', 'THÀNH PHỐ HỒ CHÍ MINH' → 'Thành phố Hồ Chí Minh'."""
    words = place.split()
    lower = [w.lower() for w in words]
    prefix = 0
    for unit in (["thành", "phố"], ["thị", "xã"], ["thị", "trấn"], ["tp."]):
        if lower[: len(unit)] == unit:
            prefix = len(unit)
            break
    head = [lower[0].capitalize()] + lower[1:prefix] if prefix else []
    rest = [w[:1].upper() + w[1:].lower() for w in words[prefix:]]
    return " ".join(head + rest)


_AUTHORITY_LINE = re.compile(r"^(?:THỦ TƯỚNG|CHÍNH PHỦ|BỘ TRƯỞNG|CHỦ TỊCH|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|"
                             r"GIÁM ĐỐC|TRƯỞNG BAN|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ)", re.IGNORECASE)


def _type_and_title(header: list[_Line], code: str | None) -> dict:
    """The type name line and the trích yếu after it (or the V/v line of a Công văn)."""
    names = sorted(DOC_TYPES, key=len, reverse=True)
    for i, ln in enumerate(header):
        if not _is_caps(ln.text) or _NATIONAL_MOTTO.search(ln.text):
            continue
        upper = ln.text.upper()
        for name in names:
            if upper == name.upper() or upper.startswith(name.upper() + " "):
                rest = ln.text[len(name):].strip(" :")
                return {"doc_type": name, "doc_type_code": code or DOC_TYPES[name],
                        "title": _title([rest] if rest else [], header[i + 1:])}
    for ln in header:
        if re.match(r"^V/v\b", ln.text, re.IGNORECASE):
            return {"doc_type": "Công văn", "doc_type_code": "CV",
                    "title": re.sub(r"^V/v\s*:?\s*", "", ln.text, flags=re.IGNORECASE)}
    if code:
        return {"doc_type": CODE_TO_TYPE.get(code), "doc_type_code": code}
    return {}


def _title(title_lines: list[str], following: list[_Line]) -> str | None:
    """The trích yếu: the lines after the type name, up to the preamble or the authority line."""
    for ln in following:
        text = ln.text
        if text.endswith((":", ";")) or _heading(text) or len(text) > 400:
            break
        if title_lines and (_HEADER_STOP.match(text) or _AUTHORITY_LINE.match(text)
                            or _is_caps(title_lines[-1]) != _is_caps(text)):
            break
        if _AUTHORITY_LINE.match(text) and _is_caps(text):
            break
        title_lines.append(text)
        if len(title_lines) >= 4:
            break
    return " ".join(title_lines).strip(" .") or None


def _starts_with_type(line: str) -> bool:
    upper = line.upper()
    return any(upper == n.upper() or upper.startswith(n.upper() + " ") for n in DOC_TYPES)


def _issuer(header: list[_Line]) -> str | None:
    """The issuing body: the header lines above the national motto, else the preamble's agency."""
    parts = []
    for ln in header:
        m = _NATIONAL_MOTTO.search(ln.text)
        before = ln.text[: m.start()].strip() if m else ln.text
        if before and _is_caps(before) and not _NUMBER.search(before):
            parts.append(before)
        elif parts or m:
            if m and parts:
                continue
            break
        if m and not before:
            break
    if parts and not any(_starts_with_type(p) for p in parts):
        return " ".join(parts)
    for ln in header:
        if _HEADER_STOP.match(ln.text) or ln.text.endswith(":"):
            m = None
            for m in _PREAMBLE_ISSUER.finditer(ln.text):
                pass
            if m:
                return m.group("agency").strip()
    return None


# ------------------------------------------------------------------- signature

def _is_person_name(s: str) -> bool:
    words = s.split()
    return (2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() for w in words)
            and all(is_syllable(w) for w in words))


def _signature(lines: list[_Line]) -> dict:
    """Signer, the title printed above the name, and the signing mode (KT., TM., …)."""
    tail = lines[-40:]
    name_index = None
    for i in range(len(tail) - 1, -1, -1):
        text = tail[i].text
        if text.startswith("[") or re.match(r"^\d+\s", text):
            continue  # footnotes after the signature
        if _is_person_name(text):
            name_index = i
            break
        last_words = " ".join(text.split()[-4:])
        if _is_caps(text) and any(w in text for w in _TITLE_WORDS) and i + 1 < len(tail):
            continue
        if i < len(tail) - 12:
            break
    fields: dict = {}
    if name_index is None:
        block = tail
    else:
        fields["signer"] = tail[name_index].text
        block = tail[:name_index]
    title_lines = []
    for ln in reversed(block):
        if not _is_caps(ln.text) or _RECIPIENTS.match(ln.text) or ln.text.startswith(("-", "+")):
            if title_lines:
                break
            if name_index is not None:
                break
            continue
        title_lines.insert(0, ln.text)
        if len(title_lines) >= 4:
            break
    modes = [m for ln in title_lines for m in _MODE.finditer(ln)]
    if not modes:
        for ln in block[-12:]:
            modes.extend(_MODE.finditer(ln.text))
    if modes:
        fields["signing_mode"] = modes[-1].group(1) + "."
    if title_lines and name_index is not None:
        last = title_lines[-1]
        mode_text = _MODE.sub("", last).strip()
        m = re.search(r"\bPHÓ\s", mode_text)
        if _MODE.search(last) and m:
            mode_text = mode_text[m.start():]
        fields["signer_title"] = mode_text or None
    return fields


def _recipients(lines: list[_Line]) -> list[str]:
    for i, ln in enumerate(lines):
        m = _RECIPIENTS.match(ln.text)
        if not m:
            continue
        out = []
        first = ln.text[m.end():].strip()
        if first.startswith(("-", "+")):
            out.append(first)
        for nxt in lines[i + 1:]:
            if not nxt.text.startswith(("-", "+", "•")):
                break
            out.append(nxt.text)
        cleaned = [re.sub(r"^[-+•]\s*", "", r).rstrip(" ;.,") for r in out]
        return [r for r in cleaned if r]
    return []


# --------------------------------------------------------------------- period

def _period(title: str | None, issued: date | None, issue_year: int | None, code: str | None) -> dict:
    """Years the plan covers, as its title states them ("giai đoạn 2021-2025", "năm 2024")."""
    if not title:
        return {}
    cleaned = _DATE_OR_REFERENCE.sub(" ", title)
    m = _PERIOD.search(cleaned)
    if not m:
        return {}
    if m.group("a"):
        return {"period_start": int(m.group("a")), "period_end": int(m.group("b"))}
    if m.group("c"):
        start = issued.year if issued else issue_year
        end = int(m.group("c"))
        return {"period_start": start if start and start <= end else None, "period_end": end}
    year = int(m.group("d"))
    return {"period_start": year, "period_end": year}


# --------------------------------------------------------- level and province

def _level_and_province(fields: dict, header: list[_Line], preamble: str) -> dict:
    issuer = fields.get("issuer") or ""
    symbol = fields.get("symbol") or ""
    signer_title = fields.get("signer_title") or ""
    named_issuer = places.mentions(issuer)
    level = None
    if _CENTRAL.search(issuer) or _CENTRAL_SYMBOL.search(symbol):
        level = "trung ương"
    else:
        for unit_level, name in named_issuer + places.mentions(signer_title):
            if unit_level == "commune":
                level = "xã"
            elif unit_level == "district":
                level = "huyện"
            elif unit_level == "city":
                level = "tỉnh" if places.is_province(unit_level, name) else "huyện"
            else:
                level = "tỉnh"
            break
        if level is None:
            lowered = (issuer + " " + signer_title).lower()
            for word, lvl in (("xã", "xã"), ("phường", "xã"), ("thị trấn", "xã"), ("huyện", "huyện"),
                              ("quận", "huyện"), ("tỉnh", "tỉnh"), ("sở ", "tỉnh")):
                if re.search(rf"(?:^|\s){word}", lowered + " "):
                    level = lvl
                    break
    province = None
    if level != "trung ương":
        issued = fields.get("issue_date")
        year = fields.get("issue_year") or fields.get("period_end")
        title = fields.get("title") or ""
        named = named_issuer + places.mentions(title) + places.mentions(signer_title)
        named += places.mentions(preamble[:3000])
        bare = [fields["place"]] if fields.get("place") else []
        province = places.resolve_province(named, bare, issued, year)
    return {"admin_level": level, "province": province, "province_2025": places.province_2025(province)}
