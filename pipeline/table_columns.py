"""Column names of plan tables and the role each gives its column; the index cells that open rows.

A header cell is read by the words it opens with or holds: "Cơ quan chủ trì" names the lead
agency, "Thời gian hoàn thành" the time, "Năm 2026" a plan year, "Ước thực hiện năm 2025" a
result. Names are compared without tone marks or case, so text that lost its diacritics in OCR
reads the same. Shared by the normalisation, which recognises headers laid out one cell per
line, and ``extractors.tables``, which reads rows by column role.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.vietnamese import fold

# (role, words): the first role whose words match a column name is its role. OPENING words must
# open the name ("Nội dung thực hiện" is content, not the implementing body); the others may sit
# anywhere in it ("Cơ quan chủ trì").
INDEX_NAMES = ("stt", "tt", "số tt", "số thứ tự", "thứ tự")
SOURCE_NAMES = ("nguồn",)  # a column named only "Nguồn" beside the amounts: where each comes from
OPENING = [
    ("note", ("ghi chú",)),
    ("unit", ("đơn vị tính", "đvt", "đơn vị đo")),
    ("time", ("thời gian", "thời hạn", "tiến độ", "thời điểm", "hạn hoàn thành", "mốc thời gian", "lộ trình")),
    ("source", ("nguồn kinh phí", "nguồn vốn", "nguồn tài chính", "nguồn ngân sách", "nguồn lực")),
]
ANYWHERE = [
    # results and baselines before the years they name: "ƯTH Năm 2025", "So sánh năm 2026 với ƯTH"
    ("actual", ("ước thực hiện", "ước th", "uth", "đánh giá thực hiện", "thực hiện năm", "năm hiện hành",
                "so sánh", "tăng giảm", "tăng/giảm", "lũy kế", "hiện trạng", "thực trạng", "ước đạt")),
    ("lead", ("chủ trì", "đầu mối", "chịu trách nhiệm chính")),
    ("coordinate", ("phối hợp",)),
]
# a column of shares, named with its unit: "Tỷ lệ vốn đối ứng ngân sách địa phương (%)", "NS xã (%)"
SHARE = re.compile(r"\(\s*%\s*\)$")
OPENING_AFTER = [
    ("indicator", ("chỉ tiêu", "tên chỉ tiêu", "các chỉ tiêu")),
    ("task", ("nhiệm vụ", "nội dung", "hoạt động", "công việc", "giải pháp", "tên nhiệm vụ", "tên hoạt động",
              "danh mục", "tên đề án", "tên dự án", "đề án", "dự án", "chương trình")),
    ("result", ("sản phẩm", "kết quả", "đầu ra", "hình thức sản phẩm")),
    ("value", ("kế hoạch", "mục tiêu", "dự kiến", "giai đoạn", "đến năm", "chỉ tiêu giao", "năm")),
    ("money", ("kinh phí", "dự toán", "thành tiền", "tổng mức", "tổng vốn", "vốn", "số tiền", "định mức",
               "mức hỗ trợ", "mức chi", "tổng kinh phí", "tổng cộng")),
    ("implement", ("cơ quan", "đơn vị", "bộ phận", "trách nhiệm", "người thực hiện", "phụ trách", "thực hiện")),
]
MAX_NAME = 70  # characters of a column name
# roles of columns that hold text, and of columns that hold numbers
TEXT_ROLES = frozenset({"task", "indicator", "lead", "coordinate", "implement", "result", "source", "note"})
NUMBER_ROLES = frozenset({"value", "money", "actual", "share"})

# a row's number: "1", "1.2", "II", "III.1.2", "A", "a)" (not "57.955"); its index cell may also be a bullet
_NUMBER = r"(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}(?:\.\d{1,2}){0,3}|[A-ZĐ]|[a-zđ])[.)]?"
ROW_NUMBER = re.compile(_NUMBER)
ROW_INDEX = re.compile(rf"{_NUMBER}|[-–+•*]")
# a year named by a column: "Năm 2026", "Kế hoạch 2027" (not "tọa độ VN-2000"); a run of years
YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?!\d)")
YEARS = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")


def _folded(words) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


_INDEX_NAMES = frozenset(_folded(INDEX_NAMES))
_SOURCE_NAMES = frozenset(_folded(SOURCE_NAMES))
_OPENING = [(role, _folded(words)) for role, words in OPENING]
_ANYWHERE = [(role, re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, _folded(words)))))
             for role, words in ANYWHERE]
_OPENING_AFTER = [(role, _folded(words)) for role, words in OPENING_AFTER]
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """A name as compared: folded, lower case, single spaces, no surrounding punctuation."""
    return _SPACES.sub(" ", fold(name).lower()).strip(" .:*")


def column_role(name: str) -> Optional[str]:
    """The role a column name gives its column, or None for a name this vocabulary does not know.

    Roles: index, note, unit, time, source, actual (results, baselines and comparisons), lead,
    coordinate, share (percentages set by the text), indicator, task, result, value (plan years and
    targets), money, implement.
    """
    key = _key(name)
    if not key or len(key) > MAX_NAME:
        return None
    if key in _INDEX_NAMES:
        return "index"
    if key in _SOURCE_NAMES:
        return "source"
    for role, words in _OPENING:
        if key.startswith(words):
            return role
    for role, pattern in _ANYWHERE:
        if pattern.search(key):
            return role
    if SHARE.search(key):
        return "share"
    if YEAR.search(key):
        return "value"
    for role, words in _OPENING_AFTER:
        if key.startswith(words):
            return role
    return None


def column_year(name: str) -> Optional[int]:
    """The one year a column name names ("Năm 2026" → 2026), or None ("Giai đoạn 2026-2030")."""
    years = YEAR.findall(name)
    return int(years[0]) if len(years) == 1 and not YEARS.search(name) else None
