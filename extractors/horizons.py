"""Target horizons: the year by which a target is to be met.

A horizon belongs to a target when its sentence opens a clause with it ("Đến năm 2030, tỉnh có ít nhất 20 tập
dữ liệu"), aims at it ("phấn đấu đến năm 2030 đạt ít nhất 50% số xã"), puts it before the verb of the quantity
("tỷ lệ phủ sóng 5G đến năm 2030 đạt 100%", "… đến năm 2030 dự kiến là 43.346.068 m2"), or has it follow the
quantity ("đạt 50% vào năm 2025", "20% xã, phường “không ma túy” năm 2025,": over the commas of the groups it
counts, not those opening a clause of their own); else when the lead-in line, an outer list item naming a
period ("- Giai đoạn 2025-2027" over "+ …") or a section heading above states it ("2. Mục tiêu cụ thể đến năm
2030", "a) Giai đoạn 2026 - 2030:"). The names of strategies and programmes ("Chiến lược … đến năm 2025, định
hướng đến năm 2030") are none of these; a heading or lead-in naming two years gives no one year, and a long
one (a paragraph) or a quoted name in one gives none.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from extractors import passages, patterns
from pipeline.document import ParsedDocument

# words that bound a year as the time a target is met: "đến năm", "đến hết năm", "vào năm", "trong năm"
HORIZON_BOUNDS = ("đến", "đến hết", "đến cuối", "tới", "vào", "trong", "trước", "cuối", "hết")
AIM_WORDS = ("phấn đấu", "mục tiêu")  # "phấn đấu đến năm 2030 …"
VERBS = ("đạt", "có", "là", "còn", "giảm", "tăng", "hoàn thành", "ít nhất", "tối thiểu", "trên", "dưới")
CLAUSE_VERBS = ("bảo đảm", "đảm bảo", "góp phần", "hoàn thành")  # verbs that open a clause after a comma
AFTER_WORDS = 8  # words a horizon may stand after the quantity it follows
HEADING_WORDS = 20  # a longer heading or lead-in is a paragraph, its years those of what it cites

_YEAR = r"(?:19|20)\d{2}(?!\d)"
_GAP = r"\s+"  # between the words of a phrase
# a year bounded as a horizon: "đến năm 2030", "đến hết năm 2025", "trong năm 2026" (a pattern)
BOUNDED = rf"(?<!\w)(?:ngay\s+)?(?:{patterns.alternatives(HORIZON_BOUNDS, _GAP)})\s+năm\s+{_YEAR}"
_CLAUSE_OPENING = re.compile(rf"(?:{BOUNDED}|năm\s+{_YEAR}\s*[,:])", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]\s*")
_AIMED = re.compile(rf"(?<!\w)(?:{patterns.alternatives(AIM_WORDS, _GAP)})\s+{BOUNDED}", re.IGNORECASE)
_BEFORE_VERB = re.compile(rf"{BOUNDED}\s*,?\s*(?:(?:phấn\s+đấu|dự\s+kiến)\s+)?"
                          rf"(?:{patterns.alternatives(VERBS, _GAP)})(?!\w)", re.IGNORECASE)
# a horizon after the quantity: bounded ("vào năm 2030"), or a bare year closing its clause ("… năm 2025,")
_FOLLOWING = re.compile(rf"{BOUNDED}|(?<!\w)năm\s+{_YEAR}(?=\s*(?:[,.;]|$))", re.IGNORECASE)
# what parts a quantity from a horizon after it: another quantity, a baseline or start ("so với năm 2020"), or a
# comma opening a clause of its own (", phấn đấu đến năm 2030 …"); a comma inside a list ("xã, phường") does not
_GAP_BREAK = re.compile(r"[;:]|\d|\bso\s+với\b|\s(?:từ|kể\s+từ)\s*$", re.IGNORECASE)  # "… so với thực hiện năm 2024"
_CLAUSE_COMMA = re.compile(
    rf",\s*(?:{patterns.alternatives(AIM_WORDS + HORIZON_BOUNDS + VERBS + CLAUSE_VERBS, _GAP)})(?!\w)", re.IGNORECASE)
_LABEL = re.compile(rf"\W*{patterns.LIST_LABEL}\s*[.)]\s+|\s*[-–+•*]\s*")
# in a heading or lead-in any year may be the horizon: "Mục tiêu đến năm 2030", "Năm 2026:",
# "Giai đoạn 2026 - 2030" (its last year); not a baseline ("so với năm 2020"), a vision ("tầm
# nhìn đến năm 2045"), a start ("từ năm 2025") or a date ("ngày 22/12/2024", "tháng 12 năm 2024")
_HEADING_YEAR = re.compile(r"(?<![\d/.])(?:19|20)\d{2}(?![\d/.]|\s*[-–]\s*(?:năm\s+)?(?:19|20)\d{2})")
_NOT_HORIZON = re.compile(r"(?:(?:so\s+với|tầm\s+nhìn(?:\s+đến)?|từ|kể\s+từ)\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?"
                          r"|tháng\s+\d{1,2}\s*(?:,?\s*năm\s+)?|(?<!\d)\d{1,2}[-–])$", re.IGNORECASE)
_LEAD_IN = re.compile(r":\s*$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # a quoted name: "Đề án “… đến năm 2030”"
_A_YEAR = re.compile(_YEAR)
_MARK = re.compile(rf"\s*[{patterns.BULLETS}]")  # the mark of a bulleted line
# an outer list item naming the period of the items under it: "- Giai đoạn 2025-2027", "- Năm 2026:"
_PERIOD_ITEM = re.compile(rf"{_MARK.pattern}\s*(?:giai\s+đoạn|năm|đến\s+năm)\s+{_YEAR}(?:\s*[-–]\s*(?:năm\s+)?{_YEAR})?"
                          r"\s*:?\s*$", re.IGNORECASE)


def year(doc: ParsedDocument, start: int, end: int) -> Optional[int]:
    """The horizon year of the target at text[start:end], from its sentence, else from the
    lead-in line above it, else from the innermost section heading that names one year."""
    text = doc.text
    sentence = passages.sentence_at(text, start)
    found = sentence and _in_sentence(text, *sentence, start, end)
    line_start = passages.line_start(text, start)
    return found or _lead_in_year(doc, line_start) or _heading_year(doc, line_start)


def _in_sentence(text: str, s_start: int, s_end: int, start: int, end: int) -> Optional[int]:
    """A horizon right after the target ("50% vào năm 2025"), else the last one before it that
    opens a clause, is aimed at or comes before the verb."""
    following = _FOLLOWING.search(text, end, s_end)
    if following and not _GAP_BREAK.search(text, end, following.start()) \
            and not _CLAUSE_COMMA.search(text, end, following.end()) \
            and len(text[end:following.start()].split()) <= AFTER_WORDS:
        return _year_of(following)
    label = _LABEL.match(text, s_start, s_end)
    body = label.end() if label else s_start
    clause_starts = [body] + [m.end() for m in _CLAUSE_BREAK.finditer(text, body, start)]
    found = [m for pos in clause_starts if (m := _CLAUSE_OPENING.match(text, pos, start))]
    found += list(_AIMED.finditer(text, body, start)) + list(_BEFORE_VERB.finditer(text, body, start))
    return _year_of(max(found, key=lambda m: m.start())) if found else None


def _year_of(m: re.Match) -> int:
    return int(_A_YEAR.search(m.group()).group())


def _lead_in_year(doc: ParsedDocument, line_start: int) -> Optional[int]:
    """The one year of the lead-in line ("Mục tiêu cụ thể đến năm 2030:") the target's list item
    follows, within its section: the nearest line above that is no list item, or an item of an outer list
    that names a period ("- Giai đoạn 2025-2027" over "+ 100% dịch vụ công …")."""
    section = doc.section_at(line_start)
    floor = section.start if section else 0
    own = _MARK.match(doc.text, line_start)
    outer_seen = False  # an item of the outer list above: a period item further up heads other items
    i = bisect.bisect_left(doc.lines, (line_start, line_start)) - 1
    while i >= 0 and doc.lines[i][0] >= floor:
        line = doc.text[doc.lines[i][0]:doc.lines[i][1]]
        if not _LABEL.match(line):
            return _one_year(line) if _LEAD_IN.search(line) else None
        mark = _MARK.match(line)
        if own and mark and mark.group() != own.group() and not outer_seen:
            if _PERIOD_ITEM.match(line):
                return _one_year(line)
            outer_seen = True
        i -= 1
    return None


def _heading_year(doc: ParsedDocument, line_start: int) -> Optional[int]:
    """The one year of the innermost heading naming any: "2. Mục tiêu cụ thể đến năm 2030"."""
    for section in reversed(doc.section_chain(line_start)):
        if passages.line_start(doc.text, section.start) == line_start:
            continue  # the target stands in the heading line: its sentence spoke for it
        found = _years(section.heading)
        if found:
            return _single(found)
    return None


def _one_year(line: str) -> Optional[int]:
    return _single(_years(line))


def _single(years: set[int]) -> Optional[int]:
    """The year when there is one; two name no one horizon."""
    return next(iter(years)) if len(years) == 1 else None


def _years(line: str) -> set[int]:
    """The years of a heading or lead-in that may be a horizon (a range gives its last year)."""
    if len(line.split()) > HEADING_WORDS:
        return set()
    line = _QUOTED.sub(" ", line)
    return {int(m.group()) for m in _HEADING_YEAR.finditer(line) if not _NOT_HORIZON.search(line[:m.start()])}
