"""Agency groups: one name for a body that plans write in several ways, so assignments can be counted
across plans.

From the expanded name (``agencies.expand``):
- the local units of one level, listed or in the plural, are that level: "Ủy ban nhân dân các xã,
  phường", "Ủy ban nhân dân phường, xã, đặc khu", "UBND xã/phường" → "Ủy ban nhân dân cấp xã";
  "các huyện, thị xã, thành phố" → "cấp huyện"; "các tỉnh, thành phố trực thuộc trung ương" → "cấp
  tỉnh"; the proper name of a special zone after the list is left out;
- a collective of kinds of bodies is written "Các sở, ban, ngành", and what only narrows it ("có
  liên quan", "khác", "liên quan đến …") is left out: "Sở, ban, ngành có liên quan" and "Các Sở, ban,
  ngành" → "Các sở, ban, ngành";
- "Mặt trận Tổ quốc (Việt Nam)" is its committee, "Ủy ban Mặt trận Tổ quốc Việt Nam";
- a generic place word closing a name is in lower case: "Công an Tỉnh" → "Công an tỉnh".
Other names are kept as they are.
"""
from __future__ import annotations

import re

LEVELS = (  # (level, its units); a list with a unit of a lower level is of that level
    ("xã", ("xã", "phường", "thị trấn", "đặc khu")),
    ("huyện", ("huyện", "quận", "thị xã")),
    ("tỉnh", ("tỉnh",)),
)
CITY = "thành phố"  # of the level of the other units listed with it
COLLECTIVE_KINDS = ("sở", "bộ", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "đoàn thể", "tổ chức")
NARROWING = r"(?:\s+khác)?(?:\s+(?:có\s+)?liên quan(?:\s+đến\b.*)?)?(?:\s+khác)?"

_UNITS = sorted({u for _, units in LEVELS for u in units} | {CITY}, key=len, reverse=True)
_UNIT = "(?:" + "|".join(map(re.escape, _UNITS)) + ")"
# units in lower case ("Lao động - Thương binh và Xã hội" names no commune); the proper name of a zone may follow
_UNIT_LIST = re.compile(
    rf"(?P<lead>\s(?:các|cấp)\s+)?(?<!\w)(?P<units>{_UNIT}(?:(?:\s*(?:,|/|-|và)\s*|\s+){_UNIT})*)"
    rf"(?P<rest>(?:\s+trực thuộc (?:trung ương|Trung ương|tỉnh))?(?:\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*$)?)(?=$|\s)")
_UNIT_NAME = re.compile(_UNIT)
_LIST_SEPARATOR = re.compile(r"[,/-]|\bvà\b")
_NARROWING = re.compile(NARROWING + "$")
_KINDS = "(?:" + "|".join(map(re.escape, sorted(COLLECTIVE_KINDS, key=len, reverse=True))) + ")"
_COLLECTIVE = re.compile(rf"^(?P<cac>các\s+)?(?P<kinds>{_KINDS}(?:\s*,\s*{_KINDS})*)(?P<rest>.*?){NARROWING}$",
                         re.IGNORECASE)
_FRONT = re.compile(r"^(?:Ủy ban\s+)?Mặt trận Tổ quốc(?:\s+Việt Nam)?(?=\s|$)", re.IGNORECASE)
_CLOSING_PLACE = re.compile(r"\s(Tỉnh|Thành phố)$")


def group(full: str) -> str:
    """The group name of an agency from its expanded name."""
    name = _FRONT.sub("Ủy ban Mặt trận Tổ quốc Việt Nam", full)
    name = _levels(name)
    name = _collective(name)
    name = _NARROWING.sub("", name, count=1)
    return _CLOSING_PLACE.sub(lambda m: " " + m.group(1).lower(), name)


def _levels(name: str) -> str:
    """A list of local units of one level (or units in the plural) named by their level."""
    for m in _UNIT_LIST.finditer(name):
        units = _UNIT_NAME.findall(m.group("units"))
        before = name[:m.start()].strip()
        listed = len(units) > 1 and bool(_LIST_SEPARATOR.search(m.group("units")))
        if before.lower() in ("", "các", "cấp") or not (listed or m.group("lead")):
            continue  # "Các tỉnh, thành phố" names no body; "Hợp tác xã tỉnh" lists no units
        level = next((lv for lv, members in LEVELS if any(u in members for u in units)), None)
        if level is None:
            continue  # "các thành phố" alone: of no one level
        return f"{before} cấp {level}{name[m.end():]}"
    return name


def _collective(name: str) -> str:
    """'Các sở, ban, ngành' for a collective of kinds of bodies, without what only narrows it."""
    m = _COLLECTIVE.match(name)
    if not m or (not m.group("cac") and "," not in m.group("kinds")):
        return name  # "Sở Tài chính" is one body
    kinds = m.group("kinds").lower()
    return f"Các {kinds}{m.group('rest')}".strip()
