"""Agencies: find Vietnamese agency names in text, expand their abbreviations, and
say which agency is responsible for a passage (from its sentence or its section headings).

Shared by the extractors that fill ``responsible`` / ``agency`` columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import ParsedDocument

# abbreviation → full form (used for agency_full, so agencies group across plans)
ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "NHCSXH": "Ngân hàng Chính sách xã hội", "CSXH": "Chính sách xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "VH-XH": "Văn hóa - Xã hội", "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "CT-XH": "chính trị - xã hội", "CTXH": "chính trị - xã hội", "BCĐ": "Ban Chỉ đạo",
    "HĐQT": "Hội đồng quản trị", "PT-TH": "Phát thanh - Truyền hình", "PTTH": "Phát thanh và Truyền hình",
    "TP": "thành phố", "TP.": "thành phố", "KT-XH": "kinh tế - xã hội",
}

# words that open an agency name
HEADS = (
    "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Ủy ban Mặt trận Tổ quốc", "UBMTTQVN",
    "UBMTTQ", "Mặt trận Tổ quốc", "MTTQ", "Sở", "Ban", "Phòng", "Trung tâm", "Đài", "Báo", "Hội",
    "Công an", "Bộ Chỉ huy", "Bộ đội", "Bộ", "Văn phòng", "Cục", "Chi cục", "Viện", "Ngân hàng",
    "NHCSXH", "Đoàn", "Liên đoàn", "Tỉnh đoàn", "Kho bạc", "Bảo hiểm xã hội", "Thanh tra", "Tòa án",
    "Chủ tịch", "Giám đốc", "Thủ trưởng", "Công chức", "Các tổ chức", "Các sở", "Các cơ quan",
    "Các thành viên", "Các ban", "Các đơn vị",
)
_NAME_WORD = r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ&\-]*|và|các|cấp|tỉnh|huyện|xã|thành phố|thị xã|thị trấn|phường|" \
             r"nhân dân|xã hội|chính sách|ngành|đoàn thể|thuộc|trực thuộc)"
_AGENCY = re.compile(
    r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(h) for h in sorted(HEADS, key=len, reverse=True)) + r")"
    r"(?:[ ,]+" + _NAME_WORD + r")*")


@dataclass(frozen=True)
class Agency:
    """An agency named in the text; offsets are absolute."""

    start: int
    end: int
    name: str
    full: str


def expand(name: str) -> str:
    """The name with its abbreviations written out: 'UBND các huyện' → 'Ủy ban nhân dân các huyện'."""
    return " ".join(ABBREVIATIONS.get(w, w) for w in name.split())


def find(text: str, start: int = 0, end: int | None = None) -> list[Agency]:
    """Agency names in text[start:end]."""
    out = []
    for m in _AGENCY.finditer(text, start, len(text) if end is None else end):
        name = m.group(0).rstrip(" ,")
        out.append(Agency(m.start(), m.start() + len(name), name, expand(name)))
    return out


def responsible(doc: ParsedDocument, start: int, end: int) -> str | None:
    """The agency responsible for text[start:end]: the first agency of its sentence,
    else the agency named by the innermost enclosing section heading that names one."""
    text = doc.text
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    found = find(text, left, start)
    if found:
        return found[0].name
    for section in reversed(doc.section_chain(start)):
        heading_end = text.find("\n", section.start)
        found = find(text, section.start, heading_end if heading_end != -1 else section.end)
        if found:
            return found[0].name
    return None
