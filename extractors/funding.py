"""Funding sources: the phrase that says where money comes from.

"… từ nguồn kinh phí được giao hàng năm và các nguồn hợp pháp khác (nếu có) theo quy định …"
names the source "nguồn kinh phí được giao hàng năm và các nguồn hợp pháp khác". A phrase
introduced by "từ", "bằng", "sử dụng" is preferred; references to the law ("Luật Ngân sách
nhà nước", "theo phân cấp ngân sách") and phrases naming no source ("Nguồn kinh phí thực
hiện … như sau") are not sources.
"""
from __future__ import annotations

import re

# words a source phrase starts with; those of OPENERS need a source noun after them
SOURCE_STARTS = ("ngân sách", "vốn", "quỹ", "xã hội hóa", "tài trợ", "viện trợ", "đóng góp", "nguồn",
                 "dự toán", "định mức chi")
OPENERS = ("nguồn", "dự toán", "định mức chi", "kinh phí")
SOURCE_NOUNS = ("ngân sách", "vốn", "quỹ", "xã hội hóa", "tài trợ", "viện trợ", "đóng góp", "doanh nghiệp",
                "nhà nước", "trung ương", "địa phương", "tỉnh", "thành phố", "huyện", "xã", "hợp pháp",
                "thường xuyên", "sự nghiệp", "khen thưởng", "tự chủ", "ODA", "vay", "huy động", "lồng ghép",
                "tổ chức", "cá nhân", "chương trình", "dự án")
INTRODUCERS = ("từ", "bằng", "sử dụng", "do", "gồm", "bao gồm", "lấy từ")
NOT_SOURCE_BEFORE = r"(?:luật|pháp luật về|phân cấp(?: quản lý)?|quản lý|cân đối|quyết toán|khả năng|lập)\s+$"
SOURCE_END = (r"[.;:]\s|[.;:]$|\s\(|\s(?:để|nhằm|dự kiến|khoảng|chiếm|theo quy định|theo đúng quy định|"
              r"như sau|là)\b|\s(?=\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|đồng)\b)")

_START = re.compile(rf"(?<!\w)(?:các\s+)?(?:{'|'.join(SOURCE_STARTS)}|(?:(?<=từ )|(?<=bằng ))kinh phí)(?!\w)",
                    re.IGNORECASE)
_NOUN = re.compile(rf"(?<!\w)(?:{'|'.join(SOURCE_NOUNS)})(?!\w)", re.IGNORECASE)
_OPENER = re.compile(rf"(?:các\s+)?(?:{'|'.join(OPENERS)})\s*", re.IGNORECASE)
_INTRODUCED = re.compile(rf"(?<!\w)(?:{'|'.join(INTRODUCERS)})\s*:?\s*$|:\s*$", re.IGNORECASE)
_NOT_BEFORE = re.compile(NOT_SOURCE_BEFORE, re.IGNORECASE)
_END = re.compile(SOURCE_END, re.IGNORECASE)
_AFTER_COLON_END = re.compile(SOURCE_END.replace("[.;:]", "[.]"), re.IGNORECASE)
_LOOKBACK = 25


def source(text: str, start: int, end: int) -> str | None:
    """The funding source named in text[start:end], or None."""
    first, taken = None, start
    for m in _START.finditer(text, start, end):
        if m.start() < taken:
            continue
        before = text[max(start, m.start() - _LOOKBACK):m.start()]
        stop = _END.search(text, m.end(), end)
        if stop and stop.group().startswith(":") and _names_source(text[m.start():stop.start()]):
            stop = _AFTER_COLON_END.search(text, stop.start() + 1, end)  # "X: a; b; c." names X's parts
        phrase = text[m.start():stop.start() if stop else end].strip(" ,:")
        if _NOT_BEFORE.search(before) or not _names_source(phrase):
            continue
        taken = stop.start() if stop else end
        if _INTRODUCED.search(before) or m.start() == start:
            return phrase
        first = first or phrase
    return first


def _names_source(phrase: str) -> bool:
    """'nguồn ngân sách địa phương' names a source; 'Nguồn kinh phí thực hiện Kế hoạch' does not."""
    opener = _OPENER.match(phrase)
    return bool(_NOUN.search(phrase, opener.end() if opener else 0)) or not opener
