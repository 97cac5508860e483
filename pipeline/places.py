"""Vietnamese administrative units: which province a place name belongs to.

Uses the data that ships with the ``vietnamadminunits`` package (offline): the
63 provinces with their districts and communes before the merger of 1 July 2025,
the 34 provinces after it, and the table that maps old provinces to new ones.
(``vietnam-provinces`` ships only the units after the merger: no districts, no
old provinces, no mapping, so it cannot place a 2024 plan.) Names are matched
on their ASCII-folded, space-free form, so "THÀNH PHỐ CẦN THƠ", "Thành phố Cần
Thơ", "Can Tho" and a mis-toned "Phủ Bình" (for Phú Bình) meet.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from importlib import resources

from pipeline.vietnamese import fold

MERGER_DATE = date(2025, 7, 1)

# unit sizes as evidence for a province: naming a province says more than naming a commune
UNIT_STRENGTH = {"province": 4, "district": 2, "commune": 1}
# admin-unit words, ASCII-folded, and the level each names
_UNIT_WORDS = {
    "tinh": "province", "thanh pho": "city", "tp": "city", "tp.": "city",
    "huyen": "district", "quan": "district", "thi xa": "district",
    "xa": "commune", "phuong": "commune", "thi tran": "commune", "dac khu": "commune",
}
_MENTION = re.compile(r"\b(?i:(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))"
                      r"((?:\s+[^\W_][\w']*){1,4})")


def key(name: str) -> str:
    """Matching key of a place name: folded, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(name).lower())


class Gazetteer:
    """Province, district and commune names of one era (before or after the merger)."""

    def __init__(self, provinces: dict[str, str], districts: dict[str, set[str]],
                 communes: dict[str, set[str]], municipalities: set[str]):
        self.provinces = provinces      # key of short name -> canonical short name
        self.districts = districts      # key of short name -> canonical provinces
        self.communes = communes
        self.municipalities = municipalities  # keys of the centrally-run cities (Hà Nội, Huế …)

    def lookup(self, unit: str | None, name: str) -> tuple[set[str], str]:
        """The provinces that "<unit> <name>" can lie in, and the unit it was found as.

        A bare name (unit None) is tried as a province, then as a district.
        """
        k = key(name)
        if unit in (None, "province", "city") and k in self.provinces:
            return {self.provinces[k]}, "province"
        if unit in (None, "city", "district") and k in self.districts:
            return self.districts[k], "district"
        if unit == "commune" and k in self.communes:
            return self.communes[k], "commune"
        return set(), "none"


def _municipalities(provinces: dict) -> set[str]:
    return {key(p["provinceShort"]) for p in provinces.values() if p["province"].startswith("Thành phố")}


def _load(name: str) -> dict:
    data = resources.files("vietnamadminunits").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(data)


@lru_cache(maxsize=None)
def legacy() -> Gazetteer:
    """Units as they were until 30 June 2025 (63 provinces, with districts)."""
    data = _load("parser_legacy.json")
    provinces = {pk: p["provinceShort"] for pk, p in data["DICT_PROVINCE"].items()}
    short = {key(v): v for v in provinces.values()}
    districts: dict[str, set[str]] = defaultdict(set)
    for pk, ds in data["DICT_PROVINCE_DISTRICT"].items():
        for d in ds.values():
            districts[key(d["districtShort"])].add(provinces[pk])
    communes: dict[str, set[str]] = defaultdict(set)
    for pk, ds in data["DICT_PROVINCE_DISTRICT_WARD_SHORT_ACCENTED"].items():
        for wards in ds.values():
            for w in wards.values():
                communes[key(w["wardShort"])].add(provinces[pk])
    return Gazetteer(short, dict(districts), dict(communes), _municipalities(data["DICT_PROVINCE"]))


@lru_cache(maxsize=None)
def current() -> Gazetteer:
    """Units from 1 July 2025 (34 provinces, no districts)."""
    data = _load("parser_from_2025.json")
    provinces = {pk: p["provinceShort"] for pk, p in data["DICT_PROVINCE"].items()}
    communes: dict[str, set[str]] = defaultdict(set)
    for pk, wards in data["DICT_PROVINCE_WARD_SHORT_ACCENTED"].items():
        for w in wards.values():
            communes[key(w["wardShort"])].add(provinces[pk])
    return Gazetteer({key(v): v for v in provinces.values()}, {}, dict(communes),
                     _municipalities(data["DICT_PROVINCE"]))


@lru_cache(maxsize=None)
def _new_province_of_old() -> dict[str, str]:
    old = {pk: p["provinceShort"] for pk, p in _load("parser_legacy.json")["DICT_PROVINCE"].items()}
    new = {pk: p["provinceShort"] for pk, p in _load("parser_from_2025.json")["DICT_PROVINCE"].items()}
    mapping = {}
    for new_key, old_keys in _load("converter_2025.json")["DICT_PROVINCE"].items():
        for old_key in old_keys:
            mapping[old[old_key]] = new[new_key]
    return mapping


def province_2025(province: str | None) -> str | None:
    """The post-merger province that a pre-merger (or current) province now belongs to."""
    if province is None:
        return None
    return _new_province_of_old().get(province, province if key(province) in current().provinces else None)


def mentions(text: str) -> list[tuple[str, str]]:
    """(level, name) of every "tỉnh X", "huyện Y", "xã Z"… in ``text`` (names capitalised)."""
    found = []
    for m in _MENTION.finditer(text):
        words = []
        for word in m.group(2).split():
            if not (word[0].isupper() or word.isdigit()):
                break
            words.append(word)
        if words:
            found.append((_UNIT_WORDS[fold(m.group(1)).lower()], " ".join(words)))
    return found


def resolve_province(evidence: list[tuple[int, str | None, str]], on: date | None) -> str | None:
    """The province that weighted place names point to most strongly, as of the date ``on``.

    ``evidence`` holds (weight, unit, name): unit as from ``mentions``, or None
    for a bare name (the date line's place). Names are read in the era of the
    issue date (pre-merger units before 1 July 2025), then in the other era; a
    pre-merger answer for a post-merger document is carried to its new province.
    """
    after = on is not None and on >= MERGER_DATE
    eras = [current(), legacy()] if after else [legacy(), current()]
    for gaz in eras:
        votes: Counter[str] = Counter()
        for weight, unit, name in evidence:
            found, as_unit = gaz.lookup(unit, name)
            if len(found) == 1:
                votes[next(iter(found))] += weight * UNIT_STRENGTH[as_unit]
        if votes:
            province = votes.most_common(1)[0][0]
            return province_2025(province) if after and gaz is legacy() else province
    return None


def is_municipality(name: str) -> bool:
    """Whether "thành phố <name>" is a centrally-run city (province level) in either era."""
    k = key(name)
    return k in legacy().municipalities or k in current().municipalities
