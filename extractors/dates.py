"""Vietnamese dates and periods: find every time expression of a text, with its offsets.

"ngày 15/11/2023", "15-11-2023", "ngày 10 tháng 3 năm 2023", "trước 30/6", "tháng 10/2024", "Quý IV/2025",
"6 tháng đầu năm 2025", "năm 2025", "năm 2026 - 2027", recurrences ("định kỳ hằng quý",
"hàng tuần", "định kỳ 6 tháng", "thường niên") and the word that bounds an expression ("trước ngày 15/12",
"chậm nhất ngày 19", "trong tháng 11/2024", "từ ngày …", or an occasion: "vào kỳ chi trả tháng 12 năm 2025"), for
every extractor that reads dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterator, Optional

from extractors import patterns

# the word before an expression → how it bounds it
BOUNDS = {
    "trước": "before", "chậm nhất": "before", "chậm nhất là": "before", "chậm nhất vào": "before",
    "chậm nhất trước": "before", "chậm nhất đến": "before", "chậm nhất đến hết": "before",
    "không quá": "before", "không muộn hơn": "before", "muộn nhất": "before", "trễ nhất": "before",
    "hạn chót": "before", "trong": "during", "trong cả": "during", "trong suốt": "during",
    "vào": "on", "từ": "from", "kể từ": "from", "đến": "until", "đến hết": "until", "đến cuối": "until",
    "sau": "after",
}
# "hằng tháng", "hàng quý" …
RECURRENCE_LEADS = ("hằng", "hàng")
RECURRENCE_UNITS = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly",
                    "năm": "yearly"}
# "định kỳ 6 tháng" → every six months
PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}  # the length of a period a time may name
RECURRENCE_MONTHS = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "yearly"}
PERIODIC = "định kỳ"
ANNUAL = ("thường niên",)  # "báo cáo thường niên": yearly
NUMBER_WORDS = {"một": 1, "ba": 3, "sáu": 6, "mười hai": 12}
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "6 tháng đầu năm" starts in January, "6 tháng cuối năm" in July
HALVES = {"đầu": 1, "cuối": 7}
FIRST_YEAR, LAST_YEAR = 1945, 2100

_SPACE = r"[ \t]+"
_YEAR = r"(?:19|20)\d{2}"
_YEAR_TAIL = rf"(?:\s*[/\-.]\s*|{_SPACE}(?:năm{_SPACE})?|,?{_SPACE}năm{_SPACE})"


# "vào kỳ chi trả tháng 12 năm 2025", "vào dịp cuối năm 2025": on the occasion named before the time
OCCASIONS = ("kỳ", "đợt", "dịp")
MAX_OCCASION_WORDS = 2
_OCCASION = (rf"vào{_SPACE}(?:{patterns.alternatives(OCCASIONS)})(?:{_SPACE}[^\W\d_]+){{0,{MAX_OCCASION_WORDS}}}"
             rf"(?={_SPACE}(?:ngày|tháng|quý|năm)\b)")
# the hour a bound may name before its day: "trước 17h00 ngày 20/12/2025", "chậm nhất 16 giờ 30 phút, ngày …"
_CLOCK = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*(?:'|’|phút))?)?\s*,?"
_BOUND = rf"(?:(?P<bound>{_OCCASION}|{patterns.alternatives(BOUNDS, _SPACE)}){_SPACE}(?:{_CLOCK}{_SPACE}(?=ngày))?)?"
_EXPRESSIONS = (
    # ngày 10 tháng 3 năm 2023 / ngày 15 tháng 12
    rf"(?P<wday>ngày{_SPACE}(?P<wd>\d{{1,2}}){_SPACE}tháng{_SPACE}(?P<wm>\d{{1,2}})"
    rf"(?:,?{_SPACE}năm{_SPACE}(?P<wy>{_YEAR}))?)",
    # ngày 15/11/2023 / ngày 15/12
    rf"(?P<nday>ngày{_SPACE}(?P<nd>\d{{1,2}})\s*[/\-.]\s*(?P<nm>\d{{1,2}})(?:\s*[/\-.]\s*(?P<ny>{_YEAR}))?)",
    # 15/11/2023, 15-11-2023
    rf"(?P<fday>(?<![\d/\-.])(?P<fd>\d{{1,2}})\s*(?P<sep>[/\-.])\s*(?P<fm>\d{{1,2}})\s*(?P=sep)\s*(?P<fy>{_YEAR}))",
    # trước 30/6, chậm nhất 15/12: a day without "ngày" or its year, only after a bound that dates it (not "sớm nhất")
    rf"(?P<bday>(?:(?<=trước[ \t])|(?<=chậm nhất[ \t])|(?<=muộn nhất[ \t])|(?<=trễ nhất[ \t]))"
    rf"(?P<bd>\d{{1,2}})\s*/\s*(?P<bm>\d{{1,2}})"
    rf"(?![\d/\-.%]|\s*[/\-.]\s*\d|{_SPACE}(?:số|tổng|thời gian|diện tích|các|những)\b))",  # not "2/3 số hộ"
    # chậm nhất ngày 19 (a day of a recurring period), "ngày 20 tháng cuối quý"
    rf"(?P<dday>ngày{_SPACE}(?P<dd>\d{{1,2}})(?![\d/\-.]|{_SPACE}tháng{_SPACE}\d))",  # not "tháng cuối quý"
    # 6 tháng đầu năm 2025
    rf"(?P<half>(?:6|06|sáu){_SPACE}tháng{_SPACE}(?P<hh>{patterns.alternatives(HALVES, _SPACE)}){_SPACE}năm"
    rf"(?:{_SPACE}(?P<hy>{_YEAR}))?)",
    # tháng 11 - 12/2025
    rf"(?P<mrange>tháng{_SPACE}(?P<rm1>\d{{1,2}})\s*[-–]\s*(?P<rm2>\d{{1,2}})\s*/\s*(?P<ry>{_YEAR}))",
    # tháng 10/2024, tháng 10 năm 2024, tháng 10
    rf"(?P<month>tháng{_SPACE}(?P<mm>\d{{1,2}})(?!\d)(?:{_YEAR_TAIL}(?P<my>{_YEAR}))?)",
    # Quý IV/2025, quý 4 năm 2025, Quí IV-2025 (the older spelling)
    rf"(?P<quarter>qu[ýí]{_SPACE}(?P<qq>iv|i{{1,3}}|[1-4])(?![\w])(?:{_YEAR_TAIL}(?P<qy>{_YEAR}))?)",
    # năm 2025, năm 2026 - 2027
    rf"(?P<year>năm{_SPACE}(?P<yy>{_YEAR})(?!\d)(?:\s*[-–]\s*(?:năm{_SPACE})?(?P<yy2>{_YEAR}))?)",
)
_RECURRENCE = (
    rf"(?P<recurrence>(?:(?P<periodic>{PERIODIC})\s*\(?\s*)?"
    rf"(?:{patterns.alternatives(RECURRENCE_LEADS, _SPACE)}){_SPACE}"
    rf"(?P<unit>{patterns.alternatives(RECURRENCE_UNITS, _SPACE)})(?!\w)"
    rf"|(?P<every_periodic>{PERIODIC}){_SPACE}"
    rf"(?P<every>\d{{1,2}}|{patterns.alternatives(NUMBER_WORDS, _SPACE)}){_SPACE}tháng"
    rf"(?!{_SPACE}\d)(?:\s*(?:,|và)\s*(?P<and_year>năm)(?![\w/]|{_SPACE}\d))?)"
    rf"|(?P<bare>{PERIODIC})|(?P<annual>{patterns.alternatives(ANNUAL, _SPACE)})(?!\w)"
)
# a bare year or year range, as in a table's time column: "2025", "2026-2030"
_BARE_YEAR = rf"(?P<byear>(?<![\d/\-.])(?P<by>{_YEAR})(?:\s*[-–]\s*(?P<by2>{_YEAR}))?(?![\d/\-.]))"

# every expression opens a word, with one of these letters or a digit: a cheap test that skips the rest
_OPENING = r"(?<!\w)(?=[\dtckhvđsnqm])"
_PATTERN = re.compile(rf"{_OPENING}(?:{_BOUND}(?:{'|'.join(_EXPRESSIONS)})|{_RECURRENCE})", re.IGNORECASE)
_PATTERN_BARE = re.compile(rf"{_OPENING}(?:{_BOUND}(?:{'|'.join(_EXPRESSIONS)}|{_BARE_YEAR})|{_RECURRENCE})",
                           re.IGNORECASE)
# a second day of a list: "trước ngày 01/6 và 15/11 hằng năm"
_LISTED_DAY = re.compile(rf"\s*(?:,|và){_SPACE}(?:ngày{_SPACE})?(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                         rf"(?:\s*/\s*(?P<y>{_YEAR}))?(?![\d/])", re.IGNORECASE)
# the gap between two items of a list: "tháng 4 và tháng 8 năm 2026"
_LIST_GAP = re.compile(r"\s*(?:,|và|hoặc)\s*", re.IGNORECASE)
# the gap between the two ends of a range: "Quý IV/2025 - Quý II/2026"
_RANGE_GAP = re.compile(r"\s*[-–]\s*")


@dataclass(frozen=True)
class When:
    """A time expression; offsets are absolute.

    ``unit`` is "day", "month", "quarter", "half", "year" or "recurrence". Fields the text
    leaves out (the year of "ngày 15/12", the month of "ngày 19") are None. ``until`` is the
    other end of a range ("năm 2026 - 2027", "từ tháng 3 đến tháng 11").
    """

    start: int
    end: int
    unit: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    recurrence: Optional[str] = None
    bound: Optional[str] = None
    periodic: bool = False
    until: Optional["When"] = None

    def first_day(self, year: Optional[int] = None) -> Optional[date]:
        """The first day of the period, with ``year`` standing in for a year the text leaves out."""
        year = self.year or year
        if year is None or self.unit == "recurrence" or (self.unit == "day" and self.month is None):
            return None
        try:
            return date(year, self.month or 1, self.day or 1)
        except ValueError:
            return None

    def last_day(self, year: Optional[int] = None) -> Optional[date]:
        """The last day of the period (of its first day, month, quarter, half or year), with ``year`` standing in
        for a year the text leaves out."""
        first = self.first_day(year)
        months = PERIOD_MONTHS.get(self.unit, 0)
        if first is None or months == 0:
            return first
        after = first.month - 1 + months
        return date(first.year + after // 12, after % 12 + 1, 1) - timedelta(days=1)


def find(text: str, start: int = 0, end: Optional[int] = None, *, bare_years: bool = False) -> Iterator[When]:
    """Time expressions of text[start:end], in order; ``bare_years`` also reads "2025", "2026-2030"."""
    pattern = _PATTERN_BARE if bare_years else _PATTERN
    end = len(text) if end is None else end
    previous: Optional[When] = None
    for m in pattern.finditer(text, start, end):
        for when in _read(m, text, end):
            if previous is not None and _joins(previous, when, text):
                previous = _range(previous, when)
                continue
            if previous is not None and _LIST_GAP.fullmatch(text, previous.end, when.start):
                previous, when = _share(previous, when)
            if previous is not None:
                yield previous
            previous = when
    if previous is not None:
        yield previous


def date_at(text: str, pos: int) -> Optional[When]:
    """The full date ("ngày 18/01/2022", "ngày 31 tháng 5 năm 2022") starting at ``pos``, if any."""
    m = _PATTERN.match(text, pos)
    if m and not m.group("bound"):
        found = next(_read(m, text, len(text)), None)
        if found is not None and found.unit == "day" and found.year and found.month:
            return found
    return None


def _read(m: re.Match, text: str, end: int) -> Iterator[When]:
    g = m.groupdict()
    bound = _bound(g["bound"]) if g.get("bound") else None
    span = (m.start(), m.end())
    if g["recurrence"] or g["bare"] or g["annual"]:
        periodic = bool(g["periodic"] or g["every_periodic"] or g["bare"])
        if g.get("and_year"):  # "định kỳ 6 tháng và năm": every six months, and each year
            yield When(m.start(), m.start("and_year"), "recurrence", recurrence=_recurrence(g), periodic=periodic)
            yield When(m.start("and_year"), m.end(), "recurrence", recurrence="yearly", periodic=periodic)
            return
        yield When(*span, "recurrence", recurrence=_recurrence(g), periodic=periodic)
    elif g["wday"] or g["nday"] or g["fday"] or g["bday"]:
        d, mo, y = ((g["wd"], g["wm"], g["wy"]) if g["wday"] else
                    (g["nd"], g["nm"], g["ny"]) if g["nday"] else
                    (g["bd"], g["bm"], None) if g["bday"] else (g["fd"], g["fm"], g["fy"]))
        first = _day(span, d, mo, y, bound)
        if first is None:
            return
        yield first
        pos = m.end()
        while (listed := _LISTED_DAY.match(text, pos, end)) and (
                nxt := _day((listed.start("d"), listed.end()), listed["d"], listed["m"], listed["y"], bound)):
            yield nxt
            pos = listed.end()
    elif g["dday"]:
        if 1 <= int(g["dd"]) <= 31:
            yield When(*span, "day", day=int(g["dd"]), bound=bound)
    elif g["half"]:
        yield When(*span, "half", year=_int(g["hy"]), month=HALVES[g["hh"].lower()], bound=bound)
    elif g["mrange"]:
        m1, m2, y = int(g["rm1"]), int(g["rm2"]), int(g["ry"])
        if 1 <= m1 < m2 <= 12:
            yield When(*span, "month", year=y, month=m1, bound=bound,
                       until=When(m.start("rm2"), m.end(), "month", year=y, month=m2))
    elif g["month"]:
        if 1 <= int(g["mm"]) <= 12:
            yield When(*span, "month", year=_int(g["my"]), month=int(g["mm"]), bound=bound)
    elif g["quarter"]:
        q = QUARTERS[g["qq"].lower()]
        yield When(*span, "quarter", year=_int(g["qy"]), month=3 * q - 2, bound=bound)
    elif g["year"] or g.get("byear"):
        y, y2 = (g["yy"], g["yy2"]) if g["year"] else (g["by"], g["by2"])
        if FIRST_YEAR <= int(y) <= LAST_YEAR:
            until = When(m.end() - 4, m.end(), "year", year=int(y2)) if y2 and int(y2) > int(y) else None
            yield When(*span, "year", year=int(y), bound=bound, until=until)


def _bound(words: str) -> Optional[str]:
    """How the words before an expression bound it: "chậm nhất" → "before"; an occasion ("vào kỳ chi trả") → "on"."""
    key = re.sub(r"\s+", " ", words.lower())
    return BOUNDS.get(key) or ("on" if key.startswith("vào ") else None)


def _day(span, d, mo, y, bound) -> Optional[When]:
    d, mo, y = int(d), int(mo), _int(y)
    try:
        date(y or 2000, mo, d)
    except ValueError:
        return None
    return When(*span, "day", year=y, month=mo, day=d, bound=bound)


def _recurrence(g: dict) -> Optional[str]:
    if g.get("unit"):
        return RECURRENCE_UNITS[g["unit"].lower()]
    if g.get("annual"):
        return "yearly"
    if g.get("every"):
        every = g["every"].lower()
        return RECURRENCE_MONTHS.get(NUMBER_WORDS.get(every) or int(every))
    return None


def _joins(first: When, second: When, text: str) -> bool:
    """Whether ``second`` closes a range opened by ``first``."""
    if first.unit == "recurrence" or second.unit == "recurrence" or first.until is not None:
        return False
    gap = text[first.end:second.start]
    return ((second.bound == "until" and not gap.strip()) or
            (second.bound is None and bool(_RANGE_GAP.fullmatch(gap))))


def _share(first: When, second: When) -> tuple[When, When]:
    """Items of a list share what only one states: "vào tháng 4 và tháng 8 năm 2026"."""
    if first.unit != second.unit or "recurrence" in (first.unit, second.unit):
        return first, second
    return (replace(first, year=first.year or second.year),
            replace(second, bound=second.bound or first.bound))


def _range(first: When, second: When) -> When:
    """One expression for both ends; the first borrows what the text says only once: "từ ngày 08 đến
    ngày 10 tháng 12 năm 2025"; a year it borrows is the one before when it would start after the end ("từ
    ngày 15/12 đến ngày 15/01/2026" starts in 2025)."""
    if first.unit == second.unit and first.unit != "year":
        month = first.month or (second.month if first.unit == "day" else None)
        year = first.year
        if year is None and second.year is not None:
            year = second.year - (month is not None and second.month is not None
                                  and (month, first.day or 1) > (second.month, second.day or 1))
        first = replace(first, year=year, month=month)
    return replace(first, end=second.end, until=replace(second, bound=None))


def _int(s: Optional[str]) -> Optional[int]:
    return int(s) if s else None
