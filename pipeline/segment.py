"""Segment: a document's metadata and heading tree, from its normalised text.

The header fields come from ``header``, recipients and signature from
``signature``, the tree from ``sections``; this module puts them together and
adds what is inferred from them: the plan period, the issuer's administrative
level and the province (``places``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline import header, places, records, sections, signature
from pipeline.document import ParsedDocument
from pipeline.lines import split_lines

HEADER_LINES = 40
PREAMBLE_CHARS = 3000
CENTRAL_BODIES = ("CHÍNH PHỦ", "THỦ TƯỚNG", "QUỐC HỘI", "TRUNG ƯƠNG", "KIỂM TOÁN NHÀ NƯỚC", "NGÂN HÀNG NHÀ NƯỚC",
                  "TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "CHỦ TỊCH NƯỚC")
# symbols of central bodies: Government, Prime Minister, National Assembly, ministries
CENTRAL_SYMBOLS = ("TTg", "CP", "QH", "VPCP", "UBTVQH", "TW", "NHNN", "KTNN", "TANDTC", "VKSNDTC", "BCA", "BQP",
                   "BNG", "BNV", "BTP", "BTC", "BCT", "BKHĐT", "BKHCN", "BNN", "BNNPTNT", "BNNMT", "BTNMT",
                   "BXD", "BGTVT", "BTTTT", "BLĐTBXH", "BVHTTDL", "BGDĐT", "BYT", "BDTTG", "UBDT")
# unit words of the issuer, read when no unit is named ("Ban đại diện … huyện"), and their level
LEVEL_WORDS = (("xã", "xã"), ("phường", "xã"), ("thị trấn", "xã"), ("đặc khu", "xã"), ("huyện", "huyện"),
               ("quận", "huyện"), ("thị xã", "huyện"), ("tỉnh", "tỉnh"), ("sở", "tỉnh"))
UNIT_LEVELS = {"commune": "xã", "district": "huyện", "province": "tỉnh"}
# evidence weights for the province: the issuer outweighs the place, which outweighs mentions
ISSUER_WEIGHT, PLACE_WEIGHT, TITLE_WEIGHT, PREAMBLE_WEIGHT = 4, 3, 2, 1

_CENTRAL = re.compile(r"\b(?:%s)\b|^BỘ\s+(?!CHỈ HUY|ĐỘI)" % "|".join(CENTRAL_BODIES), re.IGNORECASE)
_CENTRAL_SYMBOL = re.compile(r"(?:^|-)(?:%s)\d*(?:-|$)" % "|".join(CENTRAL_SYMBOLS))
_LEVEL_WORD = re.compile(r"(?:^|\s)(%s)\b" % "|".join(w for w, _ in LEVEL_WORDS), re.IGNORECASE)
_BARE_UNIT = re.compile(r"\b(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|đặc khu)$", re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d"
_PERIOD = re.compile(
    rf"(?:giai đoạn|thời kỳ|từ năm|năm)?\s*(?P<a>{_YEAR})\s*(?:-|–|—|đến(?: năm)?)\s*(?P<b>{_YEAR})"
    rf"|(?P<until>đến năm)\s+(?P<c>{_YEAR})"
    rf"|năm\s+(?P<d>{_YEAR})",
    re.IGNORECASE)
# a phase of a longer period, which the plan covers: "giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025"
_PHASE = re.compile(r"\s*,\s*giai đoạn\s+(?:[IVX]+|\d)\s*:\s*", re.IGNORECASE)
_NOT_PERIOD = re.compile(r"(?:nhiệm kỳ|khóa|tầm nhìn)\s*$", re.IGNORECASE)  # terms of office, visions
# the plan's own time section: "2. Thời gian thực hiện: Từ tháng 10/2025 …", "2. Thời gian thi đua"
TIME_SECTION = re.compile(r"\W*thời gian\s+(?:thực hiện|tổ chức|thi đua|triển khai)", re.IGNORECASE)
TIME_SECTION_LEVEL = 2  # deeper time lines belong to one task ("c) Thời gian thực hiện: Quý II/2025")
TIME_SECTION_CHARS = 400  # the statement of the period opens its section
_YEARS = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_REFERENCE = re.compile(r"\d+/\d{4}/[\w-]+|\d{4}/[\w-]+")  # a cited document: "25/2024/NĐ-CP", "2024/QH15"
_OPEN_END = re.compile(r"đến khi", re.IGNORECASE)
_DATE_OR_REFERENCE = re.compile(
    rf"ngày\s+\d{{1,2}}\s*(?:tháng\s*\d{{1,2}}\s*năm\s*\d{{4}}|[/-]\d{{1,2}}[/-]\d{{4}})|{_REFERENCE.pattern}",
    re.IGNORECASE)


@dataclass
class Segmentation:
    """What segment() finds: document fields, the heading tree, and where the body starts."""

    fields: dict
    sections: list[records.Section] = field(default_factory=list)
    body_start: int = 0

    def document(self, meta: records.Document) -> ParsedDocument:
        """The document the extractors read: ``meta`` (its text, and the fields found here) with the
        heading tree."""
        return ParsedDocument(meta.doc_id, meta.text, meta, self.sections, self.body_start)


def segment(doc_id: str, text: str) -> Segmentation:
    """Parse header fields, closing block and heading tree of a normalised text."""
    lines = split_lines(text)
    closings = signature.closings(lines)
    tree = sections.build(doc_id, text, lines, [(c.start, c.end) for c in closings])
    body_start = tree[0].start if tree else len(text)
    head = [ln for ln in lines if ln.start < body_start][:HEADER_LINES]
    fields = header.parse_header(head)
    fields.update(closings[0].fields() if closings else {"recipients": []})
    if fields.get("issuer") and fields.get("place") and _BARE_UNIT.search(fields["issuer"]):
        fields["issuer"] += " " + fields["place"]  # "UBND tỉnh" of the preamble → "UBND tỉnh Bắc Giang"
    fields.update(plan_period(fields.get("title"), fields.get("issue_date"), fields.get("issue_year"))
                  or time_section_period(text, tree))
    fields.update(_level_and_province(fields, text[:body_start][:PREAMBLE_CHARS]))
    for helper in ("issue_year", "issue_month", "issuer_block"):
        fields.pop(helper, None)
    return Segmentation(fields, tree, body_start)


def plan_period(title: str | None, issued: date | None, issue_year: int | None) -> dict:
    """Years the plan covers, as its title states them ("giai đoạn 2021-2025", "năm 2024", "đến năm 2030").

    Dates and numbers of cited documents, terms of office ("nhiệm kỳ 2026 - 2031")
    and visions ("tầm nhìn đến năm 2045") are not the plan's period; a phase named after the
    period is ("giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025" → 2021-2025). An amendment covers
    the period of the text it amends ("Sửa đổi … chính sách … giai đoạn 2023-2025").
    """
    if not title:
        return {}
    cleaned = _DATE_OR_REFERENCE.sub(" ", title)
    for m in _PERIOD.finditer(cleaned):
        if _NOT_PERIOD.search(cleaned[: m.start()]):
            continue
        if m.group("a"):
            phase = _PHASE.match(cleaned, m.end())
            m = (_PERIOD.match(cleaned, phase.end()) if phase else None) or m
            return {"period_start": int(m.group("a")), "period_end": int(m.group("b"))}
        if m.group("c"):
            start = issued.year if issued else issue_year
            end = int(m.group("c"))
            return {"period_start": start if start and start <= end else None, "period_end": end}
        year = int(m.group("d"))
        return {"period_start": year, "period_end": year}
    return {}


def time_section_period(text: str, tree: list[records.Section]) -> dict:
    """Years the plan covers, as its one time section states them when its title does not:
    "2. Thời gian tổ chức phong trào thi đua: … từ tháng 10 năm 2025 đến hết tháng 3 năm 2026" → 2025-2026;
    "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …" → from 2025, no end."""
    timed = [s for s in tree if s.level <= TIME_SECTION_LEVEL and TIME_SECTION.match(s.heading)]
    if len(timed) != 1:
        return {}
    section = timed[0]
    statement = _REFERENCE.sub(" ", text[section.start:min(section.end, section.start + TIME_SECTION_CHARS)])
    years = [int(y) for y in _YEARS.findall(statement)]
    if not years:
        return {}
    start, end = min(years), max(years)
    open_ended = start == end and _OPEN_END.search(statement)
    return {"period_start": start, "period_end": None if open_ended else end}


def _level_and_province(fields: dict, preamble: str) -> dict:
    """The issuer's administrative level, its province then (pre- or post-merger) and after the merger."""
    issuer = fields.get("issuer_block") or fields.get("issuer") or ""
    signer_title = fields.get("signer_title") or ""
    if _CENTRAL.search(issuer) or _CENTRAL_SYMBOL.search(fields.get("symbol") or ""):
        return {"admin_level": "trung ương", "province": None, "province_2025": None}
    named = places.mentions(issuer)
    level = _level(named or places.mentions(signer_title), issuer + " " + signer_title)
    place = fields.get("place")
    evidence = [(ISSUER_WEIGHT, unit, name) for unit, name in named]
    if place:
        units = places.mentions(place) or [(None, place)]  # "Thành phố Huế" names its unit, "Phủ Bình" not
        evidence += [(PLACE_WEIGHT, unit, name) for unit, name in units]
    for weight, source in ((TITLE_WEIGHT, fields.get("title") or ""), (TITLE_WEIGHT, signer_title),
                           (PREAMBLE_WEIGHT, preamble)):
        evidence += [(weight, unit, name) for unit, name in dict.fromkeys(places.mentions(source))]
    province = places.resolve_province(evidence, _as_of(fields))
    return {"admin_level": level, "province": province, "province_2025": places.province_2025(province)}


def _as_of(fields: dict) -> date | None:
    """The issue date, or the first day of its month when the day is left blank."""
    year = fields.get("issue_year")
    if fields.get("issue_date") or not year:
        return fields.get("issue_date")
    return date(year, fields.get("issue_month") or 1, 1)


def _level(named: list[tuple[str, str]], words: str) -> str | None:
    """The level of the lowest unit the issuer names ("UBND TỈNH X" → tỉnh), else of its unit words."""
    if named:
        unit, name = named[-1]
        if unit == "city":
            return "tỉnh" if places.is_municipality(name) else "huyện"
        return UNIT_LEVELS[unit]
    m = _LEVEL_WORD.search(words)
    return dict(LEVEL_WORDS)[m.group(1).lower()] if m else None
