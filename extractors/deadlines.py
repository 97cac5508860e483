"""Deadlines: when something is due ("trước ngày 15/11/2023", "trong Quý IV/2025", "Thời gian
thực hiện: tháng 11/2024", "định kỳ hằng tháng, chậm nhất ngày 19", a table's time column).

A time expression is a deadline when something sets it as one: a bounding word ("trước", "chậm
nhất", "trong"), a label ("Thời gian thực hiện:"), a completion verb ("hoàn thành"), a table's
time column or a line of its own, a bracket after a report ("Báo cáo giữa kỳ … (năm 2030)"), or a
recurrence a duty follows ("định kỳ", "báo cáo … hằng năm"), that a passive verb governs ("các định
mức … được xem xét, điều chỉnh hàng năm"; not a budget's or a counted target's: "dự toán được giao
hàng năm"), that opens a clause ("Hằng năm, … xây dựng dự toán …") or that closes a task ("- Lập kế
hoạch sao lưu … hàng năm.": the clause opens with a verb or an agency, and the recurrence ends it, or
only a purpose or a rule follows it: "… công bố dữ liệu mở hằng năm theo lĩnh vực quản lý"); not one that
qualifies a noun ("kế hoạch hằng năm", "quy trình cập nhật định kỳ"), though the plan naming itself is no such
noun ("Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm").

Dates of cited documents and of the document itself, the plan's own time section ("2. Thời gian
thực hiện: …": its period), times already past that a clause reports ("đã chỉ đạo … trước ngày …")
or that a table row's other cells mark done ("… | 2025 | Kế hoạch (đã thực hiện)"), effective dates
and the times a rule applies to ("… áp dụng đối với các khoản vay có dư nợ … từ ngày … đến hết ngày
…"), target horizons ("đạt 50% vào năm 2025", "Đến năm 2030, …") and runs of years ("giai đoạn 2026 - 2030")
are not deadlines; but a line that opens with the end of a year or period is due by its last day, a target or
not ("a) Đến hết năm 2025: Có ≥ 30% …": before 2025-12-31), unless that day is past or it is the plan's own
period under its time section; a run set as a task's time ("Thời gian thực hiện: năm 2026 - 2027", "Năm 2025-2030" in a time
column) is, unless it is the plan's own period ("2026 - 2030" beside a task of a plan for 2026-2030). A
window is one period, due during it from its start, as a quarter is: "Từ ngày 01/01/2026 đến ngày 31/3/2026"
is during, 2026-01-01; "Tháng 11 - 12/2025" during 2025-11; one under way since before the month the plan is
issued in is due by its end ("từ ngày 01/10/2025 đến hết ngày 31/12/2025" in a plan of November: before
2025-12-31).

A row's action is its clause (in a table, its task cell) without the time words and without the bodies that do
it, which are its responsible ("Định kỳ hàng tháng chậm nhất ngày 19 của tháng, Trung tâm … báo cáo kết quả …" →
"báo cáo kết quả …"; "… tổng kết theo định kỳ" → "… tổng kết"). When the clause gives several items
bracketed times of their own ("Báo cáo giữa kỳ … (năm 2030) và báo cáo tổng kết … (năm 2035)"),
each row's action is its own item's words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterator, NamedTuple, Optional

from extractors import agencies, citations, dates, funding, passages, patterns, tables
from pipeline import tagging
from pipeline.document import ParsedDocument
from pipeline.records import Document, Extracted, Int8
from pipeline.segment import TIME_SECTION, TIME_SECTION_LEVEL  # the plan's own time section, which sets its period

# the recurrences the table names; another ("định kỳ 06 tháng": every six months) is recurring with recurrence null
RECURRENCES = ("daily", "weekly", "monthly", "quarterly", "yearly")
# a label that makes the time expression after it a deadline: "Thời gian thực hiện:", "Thời hạn:"
DUE_LABEL_WORDS = ("thời hạn", "hạn hoàn thành", "hạn cuối", "hạn chót")  # of a time limit, due by the day it names
LABEL_WORDS = ("thời gian", "tiến độ", *DUE_LABEL_WORDS)
COMPLETION_WORDS = ("hoàn thành", "xong")
# a recurrence counts when a duty follows it: "định kỳ", "tần suất hàng ngày", "báo cáo … hằng năm"
FREQUENCY_WORDS = ("tần suất",)
DUTY_WORDS = ("báo cáo", "sơ kết", "tổng kết", "giao ban", "họp")
OPENING_DUTIES = ("tổng hợp",)  # a duty where it opens a clause ("Tổng hợp, đánh giá …"), an adjective elsewhere
# nouns a recurrence only qualifies: "ngân sách hằng năm", "kế hoạch hằng năm", "đời sống hàng ngày"
QUALIFIED_NOUNS = ("ngân sách", "dự toán", "kinh phí", "vốn", "kế hoạch", "trợ cấp", "chỉ tiêu", "nghị quyết",
                   "quy trình", "đời sống", "cuộc sống")
# a clause about a target (or about funding: funding.FUNDING_CLAUSE) has its own table; its years and recurrences
# are not due dates; an aim to complete is a duty ("Phấn đấu hoàn thành … trong năm 2025")
TARGET_WORDS = ("%", "‰", "phần trăm", "tỷ lệ", "tỷ suất")
AIM_WORD = "phấn đấu"
# "Hằng năm, giảm …": a yearly change is a target
CHANGE_VERBS = ("giảm", "tăng", "đạt")
# a clause about when a text takes effect or was adopted, or how long a benefit lasts, holds no deadline
NOT_DUE_WORDS = ("hiệu lực", "thông qua ngày", "ký ban hành", "thời gian hỗ trợ", "thời gian hưởng")
THIS_PLAN = "Kế hoạch"  # capitalised inside a sentence, the plan names itself
TASK_ROLES = ("task", "indicator")  # table columns that state the task
# what a table row's other cells say of a task done: "Kế hoạch (đã thực hiện)"
DONE_WORDS = ("thực hiện", "hoàn thành", "ban hành", "triển khai", "xong")
# an agency line beside a label: "Cơ quan chủ trì: Bộ Công an."
AGENCY_LABELS = ("cơ quan chủ trì", "đơn vị chủ trì", "cơ quan thực hiện", "đơn vị thực hiện")
TASK_LABELS = ("nhiệm vụ",)  # a task's own field: "a) Nhiệm vụ: Tham mưu UBND Thành phố …"
PAIR_AFTER, PAIR_BEFORE = 15, 25  # chars between a day and the recurrence it belongs to
CUE_WINDOW = 25  # chars before an expression searched for a completion verb
QUALIFIER_WINDOW = 60  # chars before a recurrence searched for the noun it qualifies
MAX_ACTION = 300
MAX_FIELD_LINES = 4  # field lines ("Đơn vị chủ trì: …") between an item and its time label
TASK_WORDS = 2  # words before its time that let a line under a bare time label name its own task
MAX_UNDER_WAY_DAYS = 366  # how long before the plan a window it times may have begun
HEADING_TASK_WORDS = 4  # words before its time that let a time label heading state the task it times
VERB_WINDOW = 40  # characters of a clause's opening tagged to see whether it opens with a verb


_BULLET = r"[\s\-+•*–]*(?:(?:[\dIVXivx]+(?:\.\d+)*|[a-zđ])[.)]\s*)?"
_LABEL = re.compile(rf"{_BULLET}(?:{patterns.alternatives(LABEL_WORDS)})[^:\n|]{{0,60}}:\s*", re.IGNORECASE)
# a label of a time limit, by which what it labels is due (used with search up to the time)
_DUE_LABEL = re.compile(rf"(?<!\w)(?:{patterns.alternatives(DUE_LABEL_WORDS)})(?!\w)[^:\n|]{{0,40}}:\s*$", re.IGNORECASE)
_INLINE_LABEL = re.compile(  # "thời gian quan trắc từ …": a label without its colon
    rf"\s*(?:{patterns.alternatives(LABEL_WORDS)})(?:\s+(?!kể\b)[^\W\d]+){{0,4}}?\s+(?=(?:từ|vào|trong|trước)\s)",
    re.IGNORECASE)
_LEADING = re.compile(rf"{_BULLET}\(?", re.IGNORECASE)
# a clause's opening, after a short label: "1. Nguồn ngân sách: Hàng năm, …"
_OPENING = re.compile(rf"{_BULLET}(?:[^\W\d][^:;.\n]{{0,40}}:\s*)?\(?", re.IGNORECASE)
_WORDY = re.compile(r"[^\W\d_]{2,}")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# what sets a time apart from the recurrence before it: "Hằng năm, …, riêng năm 2026 hoàn thành trước ngày 30/6"
_EXCEPTION = re.compile(r"(?<!\w)(?:riêng|ngoại trừ)(?!\w)", re.IGNORECASE)
_OPENING_END = re.compile(r"\s*(?:\([^()]*\)\s*)?,")  # "Hằng tháng (từ ngày 01/7), …" (used with match(pos))
# a horizon opening its line, by the end of a year or a period: "a) Đến hết năm 2025: Có ≥ 30% …", "1. Mục tiêu đến
# hết năm 2026", "Phấn đấu đến cuối năm 2025 đạt các mục tiêu …" (fullmatch from the line's start to the time)
_HORIZON_OPENING = re.compile(rf"{_BULLET}(?:(?:mục tiêu|phấn đấu)\s+)?", re.IGNORECASE)
_BY_THE_END = re.compile(r"(?:đến|tới)\s+(?:hết|cuối)\b", re.IGNORECASE)  # match at the time's start
_TAIL = re.compile(r"[\s.;,)]*")
_COMPLETION = re.compile(rf"(?:{patterns.alternatives(COMPLETION_WORDS)})\W*(?:\w+\W+)?\Z", re.IGNORECASE)
_FREQUENCY = re.compile(rf"(?:{patterns.alternatives(FREQUENCY_WORDS)})\s*\Z", re.IGNORECASE)
_DUTY = re.compile(rf"(?<!\w)(?:{patterns.alternatives(DUTY_WORDS)})(?!\w)", re.IGNORECASE)
_QUALIFIED = re.compile(rf"(?<!\w)(?:{patterns.alternatives(QUALIFIED_NOUNS)})(?:[\s,]+[^\s,;.()]+){{0,5}}\s*\Z",
                        re.IGNORECASE)
# making the plan a recurrence qualifies: "xây dựng kế hoạch thực hiện hàng năm", "lập và giao kế hoạch …"
_MAKES_PLAN = re.compile(r"\b(?:xây dựng|lập|ban hành)\s+(?:(?:và|và trình|trình phê duyệt|phê duyệt|giao)\s+)*"
                         r"kế hoạch\b", re.IGNORECASE)
_QUALIFIED_NOUN = re.compile(rf"(?<!\w)(?:{patterns.alternatives(QUALIFIED_NOUNS)})(?!\w)", re.IGNORECASE)
_TARGET = re.compile(rf"(?:{patterns.alternatives(TARGET_WORDS)})"
                     rf"|{AIM_WORD}(?!\s+(?:{patterns.alternatives(COMPLETION_WORDS)})\b)", re.IGNORECASE)
_CHANGE_AFTER = re.compile(rf"[\s,]*(?:{patterns.alternatives(CHANGE_VERBS)})(?!\w)(?!\s+cường)", re.IGNORECASE)
_DONE = re.compile(rf"\bđã\s+(?:{patterns.alternatives(DONE_WORDS)})(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MID_SENTENCE = re.compile(r"[^\W\d_,]\s$|,\s$")  # a word or a comma just before: not a sentence's first word
_PASSIVE = re.compile(r"\bđược\s+(?:[^\W\d_]+[\s,]+){1,5}$", re.IGNORECASE)  # "… được xem xét, điều chỉnh "
# a rule's scope ("áp dụng đối với …", "áp dụng cho …") or a time label, the last of which before a time governs it
_APPLY_OR_LABEL = re.compile(rf"(?<!\w)(?:(?P<applies>áp dụng\s+(?:(?:đối\s+)?với|cho))|"
                             rf"{patterns.alternatives(LABEL_WORDS)})(?!\w)", re.IGNORECASE)
_NOT_DUE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(NOT_DUE_WORDS)})(?!\w)", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|và|hoặc)\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\.(?=\s|\Z)")
_NEXT_YEAR = re.compile(r"\s*(?:của\s+)?năm (?:tiếp theo|sau)\b", re.IGNORECASE)
# the month of each quarter a day is named in: "trước ngày 20 (của) tháng cuối quý", "… tháng đầu quý sau"
_QUARTER_MONTH_PHRASE = r"(?:của\s+)?tháng\s+(?:cuối|đầu)\s+(?:mỗi\s+)?quý(?:\s+(?:sau|tiếp theo))?"
_QUARTER_MONTH = re.compile(rf"\s*{_QUARTER_MONTH_PHRASE}(?!\w)"
                            r"(?!\s*(?:[IVX]+|[1-4]|này)(?!\w)|\s*/)", re.IGNORECASE)  # not "… quý IV năm 2025"
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;]|\Z|(?:để|nhằm|bao gồm|theo)\b)")  # what may follow a recurrence closing a task
_DATE_LINE = re.compile(r"^[^\n,]{2,60},\s*ngày\b", re.IGNORECASE)
_AGENCY_LINE = re.compile(rf"^{_BULLET}(?:{patterns.alternatives(AGENCY_LABELS)})[^:\n]{{0,20}}:[ \t]*",
                          re.IGNORECASE | re.MULTILINE)
_TASK_FIELD = re.compile(rf"^{_BULLET}(?:{patterns.alternatives(TASK_LABELS)})[ \t]*:[ \t]*(?P<task>[^\n]*\w[^\n]*)$",
                         re.IGNORECASE | re.MULTILINE)
# a heading that is a label
_LABEL_WORD = re.compile(rf"{_BULLET}(?:{patterns.alternatives(LABEL_WORDS)})\b", re.IGNORECASE)
_ITEM_LINE = re.compile(r"[-+•*–]\s+|[a-zđ]\)\s*")  # an item of a list: "- Tuyên truyền …", "a) Tổ chức …"
_FIELD_LINE = re.compile(r"[^\s:.;][^:.;]{0,40}:")  # a field of a task, not a task: "Cơ quan phối hợp: …"
_NUMBERED_LINE = re.compile(r"^(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s+(?P<title>.+)$", re.MULTILINE)
_TRIM = " \t-+•*–:;,."  # brackets are kept where they match (_tidy)
_CONTENT_LABEL = re.compile(rf"^(?:nội dung|{patterns.alternatives(TASK_LABELS)})\s*:\s*", re.IGNORECASE)
_CLOSE_BRACKET = re.compile(r"\s*\)")  # used with match(pos): a bracket the time closes
_BRACKET_LEAD = re.compile(r"\(\s*[,;]\s*")
_EMPTY_BRACKET = re.compile(r"\(\W*\)")  # what a time expression in brackets leaves: "()", "( , )"
# report periods a recurrence listed before its duty, left at the action's head once their times are cut:
# "6 tháng, tổng kết năm hoặc khi có yêu cầu báo cáo …" (a review, "sơ kết, tổng kết …", is a duty itself)
_LEADING_PERIODS = re.compile(r"^(?:(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tổng kết năm)(?!\w)\s*(?:,|và)?\s*)*"
                              r"(?:hoặc\s+)?(?:khi có yêu cầu|đột xuất)\s+(?=\w)", re.IGNORECASE)
_ON_REQUEST = r"khi có yêu cầu(?:\s+báo cáo)?(?:\s+đột xuất)?"  # a report's last occasion
_LEADING_JOIN = re.compile(r"^(?:và|hoặc)\s+", re.IGNORECASE)  # "và (hoặc đột xuất …) báo cáo": the time before it gone
# what a time leaves right after it: the period a day was named in ("(chậm nhất ngày 19) của tháng", "(trước ngày 30
# tháng 01) của năm tiếp theo"), or the ad hoc occasions beside a recurrence ("kiểm tra (định kỳ), đột xuất …",
# "(định kỳ) hoặc đột xuất") (used with match(pos) at a time's end)
_LEFT_OF_TIME = re.compile(rf"\s*(?:{_QUARTER_MONTH_PHRASE}"
                           r"|(?:của|trong)\s+(?:năm\s+(?:tiếp theo|sau)|tháng|quý|tuần|năm(?!\s+học))"
                           r"|(?:,|\s+hoặc|\s+và)\s+đột xuất)(?!\w)", re.IGNORECASE)
# the same periods listed after the duty, when they end as a list of reports does ("tổng kết năm", "khi có yêu
# cầu"): "… báo cáo …, 6 tháng, tổng kết năm hoặc khi có yêu cầu báo cáo đột xuất"; not "cho trẻ 9 tháng, 18 tháng"
_TRAILING_PERIODS = re.compile(r"(?:\s*,\s*\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?!\w))*"
                               r"(?:\s*,\s*tổng kết năm(?!\w)(?:\s*(?:,|hoặc|và)\s*" + _ON_REQUEST + r")?"
                               r"|\s*(?:,|hoặc|và)\s*" + _ON_REQUEST + r")\s*$", re.IGNORECASE)
# a preposition right before a time that is cut: "… tổng kết theo (định kỳ)" (used on the words before the time)
_TRAILING_PREPOSITION = re.compile(r"(?:\s+(?:theo|vào|trong|từ|đến|trước|sau|cho|của|tại))+\s*$", re.IGNORECASE)
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.)])")
_SEPARATORS = re.compile(r"\s*([,;:])(?:\s*[,;])+")  # ", ," once the expressions between are gone


@dataclass(frozen=True)
class Deadline(Extracted):
    """One due date, period or recurrence, and what is due."""

    due_date: Optional[date] = None
    kind: Optional[str] = None
    recurrence: Optional[str] = None
    day: Optional[Int8] = None
    month: Optional[Int8] = None  # for a yearly recurrence: the month of its day ("trước ngày 30/11 hằng năm" → 11)
    action: Optional[str] = None
    responsible: Optional[str] = None


class _Span(NamedTuple):
    """A clause or table cell; expressions from ``labelled_from`` on sit under a label. ``opening`` is
    where the clause's sentence opens: a clause after ";" may list more of what its verb governs."""

    start: int
    end: int
    labelled_from: Optional[int]
    row: Optional[tables.Row] = None
    opening: Optional[int] = None


class _Found(NamedTuple):
    """A deadline before it is recorded: its time expression, fields and clause; ``mark`` is the part of the
    expression the row quotes when it is not all of it (the end of a window)."""

    when: dates.When
    fields: dict
    span: _Span
    mark: Optional[dates.When] = None


class _Context(NamedTuple):
    """What the extractor knows of the document while reading it."""

    doc: ParsedDocument
    cited: list[tuple[int, int]]
    reference: Optional[date]


def extract(doc: ParsedDocument) -> Iterator[Deadline]:
    """Every deadline of the document, in order."""
    ctx = _Context(doc, [(c.start, c.end) for c in citations.find(doc.text)], _reference_date(doc))
    layout = tables.read(doc)
    previous = (0, 0)
    for start, end in doc.lines:
        if start < doc.body_start and _DATE_LINE.match(doc.text, start, end):
            continue
        row = layout.row_at(start)
        if row is not None and row.is_group:
            row = None  # a group title reads like a line of text
        elif row is not None and row.start != start:
            continue  # a later line of a row read with its first
        found = []
        for span in _spans(doc.text, start, end, row, previous):
            found.extend(_in_span(ctx, span))
        for f in _one_per_recurrence(found):
            yield _record(ctx, f)
        previous = (start, end)


def _spans(text: str, start: int, end: int, row: Optional[tables.Row], previous: tuple[int, int]
           ) -> Iterator[_Span]:
    """The clauses of a line, or the cells of a table row (the time cell under a label)."""
    if row is not None:
        has_task = row.has("task") or row.has("indicator")  # a schedule without tasks sets no deadline
        for cell in row.cells:
            yield _Span(cell.start, cell.end, cell.start if cell.role == "time" and has_task else None, row)
        return
    label = _LABEL.match(text, start, end)
    labelled_from = label.end() if label else (start if _is_bare_label(text, previous) else None)
    pos = opening = start
    prior = None  # where the sentence before this one opened
    for m in [*_CLAUSE_END.finditer(text, start, end), None]:
        stop = m.start() if m else end
        for a, b in passages.bounded(text, pos, stop):  # a run-on clause is read in bounded pieces
            inline = _INLINE_LABEL.match(text, a, b)  # "…; thời gian quan trắc từ tháng 3 đến tháng 10"
            # a label opening a later sentence times the one before: "… gửi Bộ Tài chính. Thời gian hoàn thành: …"
            later = _LABEL.match(text, a, b) if not inline and a > start and prior is not None else None
            label_end = (inline or later).end() if (inline or later) and labelled_from is None else labelled_from
            yield _Span(a, b, label_end, opening=prior if later else opening)
        pos = m.end() if m else end
        if not (m and m.group().startswith(";")):
            prior, opening = opening, pos


def _in_span(ctx: _Context, span: _Span) -> Iterator[_Found]:
    text = ctx.doc.text
    bare_years = span.row is not None and span.labelled_from is not None
    found = [w for w in dates.find(text, span.start, span.end, bare_years=bare_years)
             if not any(s <= w.start < e for s, e in ctx.cited)]
    recurrences = [w for w in found if w.unit == "recurrence"]
    paired: set[int] = set()
    for w in found:
        if w.unit == "recurrence":
            continue
        r = (_bracketed_pair(w, recurrences, paired, text) or _pair(w, recurrences, paired)
             or _listed_pair(w, found, recurrences, text) or _opening_pair(w, recurrences, paired, text, span))
        if w.unit == "day" and w.month is None and _QUARTER_MONTH.match(text, w.end, span.end):
            # "Chậm nhất ngày 20 tháng cuối quý, các sở gửi báo cáo …": each quarter, recurrence or not
            if r is not None:
                paired.add(r.start)
            yield _Found(w, {"kind": "recurring", "recurrence": "quarterly", "day": w.day, "month": None}, span)
        elif r is not None:
            paired.add(r.start)
            # a day of a named month recurs each year, in a recurrence no shorter than a year's half
            recurrence = "yearly" if w.month and r.recurrence in (None, "monthly", "semiannual") else (
                r.recurrence or "monthly")
            month = w.month if recurrence == "yearly" else None
            yield _Found(w, {"kind": "recurring", "recurrence": recurrence, "day": w.day, "month": month}, span)
        elif w.year is None and w.month is not None and _NEXT_YEAR.match(text, w.end, span.end):
            # "báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo": each year, for the one before
            yield _Found(w, {"kind": "recurring", "recurrence": "yearly", "day": w.day, "month": w.month}, span)
        elif (w.unit != "day" or w.month is not None) and not (w.year is None and recurrences):
            # (a yearless period beside a recurrence, "từ tháng 3 đến tháng 11 hằng năm", recurs)
            timing = _timing(ctx, w, span)
            if timing is not None:
                yield _window_row(ctx, w, span, timing)
    for r in recurrences:
        timed = _recurring_task(r, recurrences, text, span) if r.start not in paired else None
        if timed is not None:
            yield _Found(r, {"kind": "recurring", "recurrence": r.recurrence, "day": None, "month": None}, timed)


def _timing(ctx: _Context, w: dates.When, span: _Span) -> Optional[dict]:
    """Kind and due date of a one-off time expression, or None when it sets no deadline."""
    text, meta = ctx.doc.text, ctx.doc.meta
    if _NOT_DUE.search(text, span.start, span.end) or _times_the_plan(ctx.doc, span, w) or _applies(text, span, w):
        return None
    if _ends_a_horizon(ctx.doc, w):
        due = w.last_day(_year_for(ctx, w))
        issued = meta.issue_date
        if due is None or (issued is not None and due < issued):
            return None  # "Đến hết năm 2024, toàn tỉnh đã có 25% …" in a plan of 2025: a result
        return {"kind": "before", "due_date": due, "recurrence": None, "day": None, "month": None}
    dated_action = _opens_dated_action(text, span, w)
    set_apart = ((span.labelled_from is not None and span.labelled_from <= w.start) or dated_action
                 or _stands_alone(text, span, w) or _report_time(text, span, w) or _bracketed_day(text, w))
    cued = (set_apart or bool(_COMPLETION.search(text, max(0, w.start - CUE_WINDOW), w.start))
            or _is_dated_window(ctx, w))
    bound = w.bound
    if bound == "after" or (bound in ("from", "until") and not cued) or (bound == "until" and w.unit != "day"):
        return None
    if bound is None and not cued:
        return None
    if w.unit == "year" and not set_apart and (
            _TARGET.search(text, span.start, span.end) or funding.FUNDING_CLAUSE.search(text, span.start, span.end)):
        return None  # "phấn đấu đạt 20% … trong năm 2025" is a target
    if bound == "on" and w.unit == "year" and not cued:
        return None
    if bound in ("before", "until") or (bound is None and w.unit == "day" and w.until is None and _DUE_LABEL.search(
            text, passages.line_start(text, w.start), w.start)):
        kind = "before"  # also a day under a label of a time limit: "Hạn cuối: ngày 20/12/2025"
    elif w.unit == "day" and (w.until is not None or bound != "from"):
        kind = "on"  # a day, or the first day of a window of days ("từ ngày 15/11 đến ngày 15/12")
    else:
        kind = "during"
    due = w.first_day(_year_for(ctx, w))
    if due is None or (_spans_years(w) and (not set_apart or _is_plan_period(meta, w))) \
            or (w.unit == "day" and due == meta.issue_date and bound is None) or _was_past(ctx, w, span, due):
        return None
    if dated_action and (meta.issue_date is None or due <= meta.issue_date):
        return None  # "Ngày 18/11/2025, tại trụ sở Chính phủ, Phó Thủ tướng … chủ trì …": what has happened
    started = bound == "from" and w.unit == "day" and w.until is None
    if started and meta.issue_date is not None and due < meta.issue_date:
        return None  # "Thời gian thực hiện: Từ 01/7/2025." in a plan of November: under way, nothing falls due
    return {"kind": kind, "due_date": due, "recurrence": None, "day": None, "month": None}


def _ends_a_horizon(doc: ParsedDocument, w: dates.When) -> bool:
    """Whether a time is the horizon its line opens with, by the end of a year or period ("Đến hết năm 2025: Có ≥
    30% DNNVV …", "Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:"): what the line sets is due by
    then, a target or not. Not a horizon inside a sentence ("…; bảo đảm đến hết năm 2030 đạt 50% …"), nor "Đến
    năm 2030, …", which plans set for targets as often as for deadlines, nor the plan's own period under its time
    section ("III. THỜI GIAN THỰC HIỆN" over "Đến hết năm 2026.")."""
    text = doc.text
    if w.bound != "until" or w.unit == "day" or not _BY_THE_END.match(text, w.start):
        return False
    if not _HORIZON_OPENING.fullmatch(text, passages.line_start(text, w.start), w.start):
        return False
    return not any(TIME_SECTION.search(section.heading) for section in doc.section_chain(w.start))


def _applies(text: str, span: _Span, w: dates.When) -> bool:
    """Whether a time says to what a rule applies, not when something is due: "Việc giảm lãi suất cho vay áp dụng
    đối với các khoản vay có dư nợ … từ ngày 01 tháng 10 năm 2025 đến hết ngày 31 tháng 12 năm 2025" (not the
    "thời gian thực hiện …" that may follow it)."""
    if w.bound not in (None, "from"):
        return False  # "hoàn thành việc áp dụng … trước ngày …": a bound sets a deadline
    cues = list(_APPLY_OR_LABEL.finditer(text, span.start, w.start))
    return bool(cues) and cues[-1].group("applies") is not None


def _window_row(ctx: _Context, w: dates.When, span: _Span, timing: dict) -> _Found:
    """The row of a time: a window is one period, due during it from its start ("Từ ngày 15/11/2025 đến ngày
    15/12/2025": during, 2025-11-15; "Tháng 11 - 12/2025", "Năm 2026 - 2027": during their first month or year);
    one whose first day, month or quarter was over before the month the plan is issued in, by its end ("(từ ngày
    01/10/2025 đến hết ngày 31/12/2025)" in a plan of November: before 2025-12-31; not "Quý IV/2025 - Quý
    II/2026", under way in it); one bounded by "trước", before its end. A window of one day is that day."""
    closing = _closing(w, timing["due_date"])
    if closing is None:
        return _Found(w, timing, span)
    issued = ctx.doc.meta.issue_date
    under_way = issued is not None and w.last_day(timing["due_date"].year) < issued.replace(day=1)
    if under_way or timing["kind"] == "before":
        return _Found(w, closing, span, mark=w.until)
    return _Found(w, {**timing, "kind": "during"}, span)


def _closing(w: dates.When, opening: date) -> Optional[dict]:
    """The end of a window whose start is due ``opening``, by which the work is done ("đến ngày 31/3/2026": before
    that day; "Tháng 11 - 12/2025", "đến hết năm 2025": during the last month or year); none for a window of one
    day. An end that names no month is in the start's ("từ ngày 10/12 đến ngày 20"), one that names no year in
    the start's or, before the start, the next ("từ ngày 15/12 đến ngày 15/01")."""
    end = w.until
    if end is None:
        return None
    if end.unit == "day" and end.month is None:
        end = replace(end, month=w.month)
    due = end.first_day(end.year or opening.year)
    if due is not None and due < opening and end.year is None:
        due = end.first_day(opening.year + 1)
    if due is None or end.last_day(due.year) <= opening:
        return None
    return {"kind": "before" if end.unit == "day" else "during", "due_date": due, "recurrence": None, "day": None,
            "month": None}


def _was_past(ctx: _Context, w: dates.When, span: _Span, due: date) -> bool:
    """Whether a clause reports a time already past when the document was issued ("… đã chỉ đạo … hoàn thành …
    trước ngày 30 tháng 10 năm 2025" in a plan of November), or a table row marks its task done ("… | 2025 |
    Kế hoạch (đã thực hiện)"): history, not a deadline."""
    issued = ctx.doc.meta.issue_date
    if issued is None or due >= issued:
        return False
    if span.row is not None and any(_DONE.search(ctx.doc.text, c.start, c.end) for c in span.row.cells
                                    if c.role not in TASK_ROLES):  # "… văn bản đã ban hành" is the task's own words
        return True
    opening = span.opening if span.opening is not None else span.start
    return passages.reports_past(ctx.doc.text[opening:w.start])


def _is_dated_window(ctx: _Context, w: dates.When) -> bool:
    """Whether ``w`` is a window of days with its year that has not ended: "(từ ngày 20 tháng 11 năm 2025 đến
    ngày 03 tháng 12 năm 2025)"; one under way when the plan is issued still sets its end, unless it began long
    before (an anniversary: "(06/01/1946 - 06/01/2026)")."""
    if w.unit != "day" or w.until is None or w.year is None or w.month is None:
        return False
    issued = ctx.doc.meta.issue_date
    ends = w.until.first_day(w.until.year or w.year) or w.first_day()
    return issued is None or (ends >= issued and (issued - w.first_day()).days <= MAX_UNDER_WAY_DAYS)


def _may_recur(w: dates.When) -> bool:
    """Whether a time is one a recurrence can time: a day or a month without its year, unbounded or due before or
    on it."""
    return w.year is None and w.unit in ("day", "month") and w.bound in (None, "before", "on")


def _pair(w: dates.When, recurrences: list[dates.When], paired: set[int]) -> Optional[dates.When]:
    """The recurrence a yearless day or month belongs to: "trước ngày 20 hằng tháng", "Định kỳ hằng năm
    (trước ngày 30 tháng 11)", "định kỳ báo cáo … chậm nhất ngày 17 tháng 12"."""
    if not _may_recur(w):
        return None
    after = [r for r in recurrences if 0 <= r.start - w.end <= PAIR_AFTER]
    before = [r for r in recurrences if r.start not in paired and 0 <= w.start - r.end <= PAIR_BEFORE]
    periodic = [r for r in recurrences if r.periodic and r.end <= w.start]
    return (after[:1] or before[-1:] or periodic[-1:] or [None])[0]


def _bracketed_pair(w: dates.When, recurrences: list[dates.When], paired: set[int], text: str
                    ) -> Optional[dates.When]:
    """The recurrence right before the bracket a yearless day or month opens: "Định kỳ 6 tháng (trước ngày 15/6) và
    hằng năm (trước ngày 15/12)" gives 15/6 the six months and 15/12 the year."""
    if not _may_recur(w):
        return None  # not a window "Hằng ngày (từ ngày 01/6 đến ngày 30/11)"
    return next((r for r in recurrences if r.start not in paired and _OPEN_BRACKET.fullmatch(text, r.end, w.start)),
                None)


def _opening_pair(w: dates.When, recurrences: list[dates.When], paired: set[int], text: str, span: _Span
                  ) -> Optional[dates.When]:
    """The recurrence that opens the clause of a yearless day or month, before a comma, however far before it:
    "Hằng năm, các đơn vị xây dựng kế hoạch kiểm tra, gửi về Sở Công Thương trước ngày 31/01"."""
    if not _may_recur(w):
        return None
    return next((r for r in recurrences if r.start not in paired and r.end <= w.start
                 and _OPENING.fullmatch(text, span.start, r.start) and _OPENING_END.match(text, r.end, w.start)
                 and not _EXCEPTION.search(text, r.end, w.start)), None)


def _listed_pair(w: dates.When, found: list[dates.When], recurrences: list[dates.When], text: str
                 ) -> Optional[dates.When]:
    """The recurrence of the yearless time listed right after ``w``, which ``w`` shares: "trước ngày 20 tháng 6 và
    trước ngày 20 tháng 12 hằng năm"."""
    following = next((x for x in found if x.start >= w.end and x.unit != "recurrence"), None)
    if following is None or w.year is not None or not _LIST_JOIN.fullmatch(text, w.end, following.start):
        return None
    return _pair(following, recurrences, set())


def _recurring_task(r: dates.When, recurrences: list[dates.When], text: str, span: _Span) -> Optional[_Span]:
    """The clause whose duty a recurrence times, or None when it qualifies a noun ("ngân sách hằng năm"):
    its own clause, or from its sentence's verb when it closes a clause that lists more of what the verb
    governs ("- Tổ chức tập huấn …; hội thảo, tọa đàm … hàng năm.")."""
    if ((span.labelled_from is not None and span.labelled_from <= r.start)
            or _FREQUENCY.search(text, max(span.start, r.start - CUE_WINDOW), r.start)):
        return span
    window = max(span.start, r.start - QUALIFIER_WINDOW)
    qualified = next((noun for noun in reversed(list(_QUALIFIED_NOUN.finditer(text, window, r.start)))
                      if _QUALIFIED.match(text, noun.start(), r.start)), None)  # the noun closest to it
    if qualified and _names_this_plan(text, qualified.start()):
        qualified = None  # "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm": this plan, done each year
    if _MAKES_PLAN.search(text, window, r.start) and qualified:
        return span  # "xây dựng kế hoạch thực hiện hàng năm": a plan to be made each year
    if qualified:
        return None  # "quy trình cập nhật định kỳ", "kế hoạch hằng năm": a noun's, no duty's
    if r.periodic:
        return span
    if any(p.periodic and _LIST_JOIN.fullmatch(text, p.end, r.start) for p in recurrences):
        return span  # "Định kỳ hằng quý, hằng năm"
    if _CHANGE_AFTER.match(text, r.end):
        return None
    passive = _PASSIVE.search(text, window, r.start)
    if passive and not _QUALIFIED_NOUN.search(text, window, passive.start()) \
            and not _DIGIT.search(text, _LEADING.match(text, span.start, r.start).end(), passive.start()):
        # "các định mức nêu trên được xem xét, điều chỉnh hàng năm": done to them each year; not "dự toán được cấp
        # có thẩm quyền giao hàng năm", a budget's, nor "01 chuyên mục … được phát sóng hàng tuần", a target's rate
        return span
    leading = _OPENING.fullmatch(text, span.start, r.start)  # "Hàng năm, … xây dựng dự toán …" is a duty
    if _TARGET.search(text, span.start, span.end) or (
            not leading and funding.FUNDING_CLAUSE.search(text, span.start, span.end)):
        return None
    if leading or _DUTY.search(text, span.start, span.end):
        return span
    if not _CLAUSE_CLOSE.match(text, r.end, span.end):
        return None
    if _opens_with_task(text, span.start, r.start):
        return span
    # a clause after ";" that lists more for its sentence's verb, naming no noun a recurrence qualifies
    # (unlike "…; các kế hoạch … hàng năm")
    listed = (span.opening is not None and span.opening < span.start
              and not _QUALIFIED_NOUN.search(text, span.start, r.start))
    return span._replace(start=span.opening) if listed and _opens_with_task(text, span.opening, r.start) else None


def _names_this_plan(text: str, pos: int) -> bool:
    """Whether "Kế hoạch" at ``pos`` is capitalised inside a sentence, as a plan names itself ("… thực hiện Kế
    hoạch"), not a kind of plan ("kế hoạch hằng năm")."""
    return text.startswith(THIS_PLAN, pos) and bool(_MID_SENTENCE.search(text, max(0, pos - 2), pos))


def _opens_with_task(text: str, start: int, end: int) -> bool:
    """Whether a clause opens with what is to be done: a verb ("Tổ chức tập huấn … hàng năm") or an agency
    as its subject; not a noun it describes ("Các khoản chi … phát sinh hằng năm")."""
    body = _LEADING.match(text, start, end).end()
    opening = text[body:min(end, body + VERB_WINDOW)].lower()  # a capital makes the tagger read a name
    return (opening.startswith(agencies.PREDICATE_WORDS + OPENING_DUTIES) or tagging.opens_with_verb(opening)
            or agencies.subject(text, body, end) is not None)


def _one_per_recurrence(found: list[_Found]) -> Iterator[_Found]:
    """One row per recurrence and day of a sentence; a bare "định kỳ" only when nothing in the line says which
    period."""
    recurring = [f.fields for f in found if f.fields["kind"] == "recurring"]
    periods = {g["recurrence"] for g in recurring} - {None}
    seen: set[tuple] = set()
    for f in found:
        fields = f.fields
        if fields["kind"] == "recurring":
            key = (f.span.opening, fields["recurrence"], fields["month"], fields["day"])
            if (key in seen or (fields["recurrence"] is None and periods)
                    or (fields["day"] is None and any(g["recurrence"] == fields["recurrence"] and g["day"]
                                                      for g in recurring))):
                continue
            seen.add(key)
        yield f


def _record(ctx: _Context, f: _Found) -> Deadline:
    doc, w, span = ctx.doc, f.when, f.span
    if span.row is not None:
        action, responsible = _row_task(doc, span.row, w), _row_bodies(doc, span.row)
    elif (inline := _timed_by_inline_label(doc.text, span)) is not None:
        action, responsible = inline, None
    elif (heading_task := _heading_task(doc, span, w)) is not None:
        action, responsible = heading_task, None
    elif span.labelled_from is not None and not _names_its_task(doc.text, span, w):
        item = _item_above(doc, span.start)
        action, responsible = _task_title(doc, span.start, item), _label_agency(doc, span.start, item)
    else:
        action, responsible = _action(doc.text, span, w)
    responsible = responsible or agencies.responsible(doc, w.start)
    mark = f.mark or w
    fields = f.fields if f.fields["recurrence"] in (None, *RECURRENCES) else {**f.fields, "recurrence": None}
    return Deadline(**doc.provenance(mark.start, mark.end), action=action, responsible=responsible, **fields)


def _row_task(doc: ParsedDocument, row: tables.Row, w: dates.When) -> Optional[str]:
    """A table row's task, without its timing when the task cell itself times it ("Hàng năm thực hiện sát hạch,
    …" → "thực hiện sát hạch, …")."""
    cell = row.cell(*TASK_ROLES)
    if cell is None:
        return None
    if cell.start <= w.start < cell.end:
        return _action(doc.text, _Span(cell.start, cell.end, None, row), w)[0]
    return doc.text[cell.start:cell.end]


def _row_bodies(doc: ParsedDocument, row: tables.Row) -> Optional[str]:
    """The bodies a table row's lead (else implementing) cell names: "Sở KH&CN; Các sở, ngành; UBND cấp xã" for
    "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố …"."""
    cell = row.cell("lead", "implement")
    names = [a.name for a in agencies.listed(doc.text, cell.start, cell.end)] if cell else []
    return "; ".join(names) or None


def _timed_by_inline_label(text: str, span: _Span) -> Optional[str]:
    """What a time label inside a sentence times: the clauses before it ("+ Các thông số: Thuốc bảo vệ thực
    vật … quan trắc với tần suất 02 lần/năm; thời gian quan trắc vào tháng 4 và tháng 8 năm 2026")."""
    if span.labelled_from is None or span.opening is None or not span.opening < span.start < span.labelled_from:
        return None
    body = _LEADING.match(text, span.opening, span.start).end()
    field = _FIELD_LINE.match(text, body, span.start)
    return _tidy(text[field.end() if field else body:span.start])


def _action(text: str, span: _Span, w: dates.When) -> tuple[Optional[str], Optional[str]]:
    """The clause without its bullet and its timing: its time expression, the recurrences and bounded or
    bracketed times beside it, and the brackets they leave empty ("Định kỳ hàng tháng (trước ngày 16 hàng
    tháng), … báo cáo tình hình thực hiện" → "… báo cáo tình hình thực hiện"). A plain date or year stays
    ("báo cáo công tác năm 2025", the date of a cited document). With it, the bodies that do it when the clause
    names them after its timing ("Định kỳ 06 tháng các cơ quan có liên quan báo cáo …")."""
    start = _LEADING.match(text, span.start, w.start).end()
    pieces, found = [], list(dates.find(text, start, span.end))
    for part_start, part_end in _own_parts(text, found, start, span.end, w):
        pos = part_start
        for x in (x for x in found if part_start <= x.start and x.end <= part_end):
            timing = x.start == w.start or x.unit == "recurrence" or x.bound is not None or _bracketed(text, x)
            if timing and x.start >= pos:
                between = _TRAILING_PREPOSITION.sub(" ", text[pos:x.start])  # "… tổng kết theo | định kỳ"
                pieces.append(" " if pos > start and _LIST_JOIN.fullmatch(between) else between)  # "01/6 và 15/11"
                left = _LEFT_OF_TIME.match(text, x.end, part_end)  # "… ngày 19 | của tháng", "… | của năm tiếp theo"
                pos = left.end() if left else x.end
        pieces.append(text[pos:part_end])
    action = _SEPARATORS.sub(r"\1", _EMPTY_BRACKET.sub("", passages.balanced("".join(pieces))))
    action = _BRACKET_LEAD.sub("(", action)  # "(tháng 12 năm 2025, tháng 01 …)" without its first time: "(tháng 01 …)"
    action = _SPACE_BEFORE_MARK.sub(r"\1", re.sub(r"\s+", " ", action)).strip(_TRIM)
    action = _LEADING_PERIODS.sub("", _LEADING_JOIN.sub("", action), count=1)
    action = _TRAILING_PERIODS.sub("", action, count=1)
    action = _CONTENT_LABEL.sub("", action)  # "Nội dung: Triển khai Tháng hành động"
    predicate, bodies = _without_subject(action)
    return _tidy(predicate), bodies


def _own_parts(text: str, found: list[dates.When], start: int, end: int, w: dates.When) -> list[tuple[int, int]]:
    """The parts of a clause that a bracketed time times when the clause gives several items their own
    ("Báo cáo giữa kỳ … (năm 2030) và báo cáo tổng kết … (năm 2035), gửi …": the words before its bracket since the
    last one, and what follows the last); else the whole clause. ``found`` are the clause's time expressions."""
    closes = [(x, close.end()) for x in found
              if _bracketed(text, x) and (close := _CLOSE_BRACKET.match(text, x.end, end))]
    at = next((i for i, (x, _) in enumerate(closes) if x.start == w.start), None)
    if len(closes) < 2 or at is None:
        return [(start, end)]
    own_start = start if at == 0 else closes[at - 1][1]
    if at == len(closes) - 1:
        return [(own_start, end)]
    return [(own_start, closes[at][1]), (closes[-1][1], end)]


def _without_subject(action: str) -> tuple[str, Optional[str]]:
    """An action without the bodies that do it, and those bodies, its ``responsible``: "Bộ Công an tổng hợp kết
    quả rà soát" → ("tổng hợp kết quả rà soát", "Bộ Công an")."""
    clause = agencies.subject(action, 0, len(action))
    if clause is None:
        return action, None
    predicate = action[clause.predicate:]
    opening = predicate[:VERB_WINDOW].lower()
    if not (opening.startswith(agencies.PREDICATE_WORDS + OPENING_DUTIES) or _DUTY.match(opening)
            or tagging.opens_with_verb(opening)):
        return action, None  # not a list of bodies cut short ("… cơ quan ngành | dọc …")
    return predicate, agencies.joined(clause.agencies)


def _tidy(action: str) -> Optional[str]:
    """An action at most MAX_ACTION long, without separators at its ends or brackets left unmatched
    (by its cut: "… (qua Công an tỉnh)" keeps its bracket, "… (hoặc lồng ghép …" loses it)."""
    action = action.strip(_TRIM)
    if len(action) > MAX_ACTION:  # cut at the last space before the limit, not inside a word
        cut = action.rfind(" ", 0, MAX_ACTION + 1)
        action = action[:cut] if cut > 0 else action[:MAX_ACTION]
    return passages.balanced(action).strip(_TRIM) or None


def _bracketed(text: str, x: dates.When) -> bool:
    """Whether a time expression opens a bracket: "(trước ngày 16 hàng tháng)", "(năm 2035)"."""
    return text[:x.start].rstrip().endswith("(")


def _task_block(doc: ParsedDocument, pos: int) -> tuple[int, int, Optional[str]]:
    """The task a "Thời gian thực hiện: …" line belongs to: its section, else the numbered line above it; and
    its title, or what its "Nhiệm vụ: …" field says ("1.1. Xây dựng các Chiến lược …" over "a) Nhiệm vụ:
    Tham mưu UBND Thành phố … rà soát, hoàn thiện Chiến lược dữ liệu …")."""
    block = next(((s.start, s.end, s.heading) for s in reversed(doc.section_chain(pos))
                  if not _LABEL_WORD.match(s.heading)), None)
    if block is None:
        numbered = list(_NUMBERED_LINE.finditer(doc.text, 0, pos))
        if not numbered:
            return pos, pos, None
        following = _NUMBERED_LINE.search(doc.text, pos)
        block = numbered[-1].start(), following.start() if following else len(doc.text), numbered[-1]["title"]
    start, end, title = block
    fields = list(_TASK_FIELD.finditer(doc.text, start, pos))  # the last "Nhiệm vụ:" before the label is its
    return start, end, fields[-1]["task"] if fields else title


def _names_its_task(text: str, span: _Span, w: dates.When) -> bool:
    """Whether a line under a bare label ("a) Thời gian thi đua chia thành 02 đợt:"), or a later sentence after a
    label's own ("… đến hết tháng 3 năm 2026. Tổng kết vào tháng 4 năm 2026."), says what it times before its time
    ("- Đợt 01 dự kiến: Cao điểm tập trung trong 10 ngày làm việc (từ ngày 20/11/2025 …)")."""
    body = _LEADING.match(text, span.start, w.start).end()
    return span.labelled_from <= span.start and len(_WORDY.findall(text, body, w.start)) >= TASK_WORDS


def _heading_task(doc: ParsedDocument, span: _Span, w: dates.When) -> Optional[str]:
    """The task a time label heading states before its time ("2. Thời gian trình khen thưởng: Hồ sơ trình, đề
    nghị … gửi về Sở Nội vụ trước ngày 31/3/2026" → "Hồ sơ trình, đề nghị … gửi về Sở Nội vụ"); None when the
    heading gives only the time, the plan's own ("2. Thời gian thực hiện: Từ tháng 10/2025 …")."""
    line = passages.line_start(doc.text, w.start)
    if span.labelled_from is None or span.labelled_from <= line:
        return None
    own = doc.section_at(w.start)
    if own is None or own.start != line or not _LABEL_WORD.match(own.heading):
        return None
    # its own sentence: "…: Phong trào … đến hết tháng 3 năm 2026. Tổng kết vào tháng 4 năm 2026"
    sentence_ends = [m.end() for m in passages.FULL_STOP.finditer(doc.text, span.labelled_from, w.start)]
    stated = _tidy(doc.text[sentence_ends[-1] if sentence_ends else span.labelled_from:w.start])
    if not stated or len(_WORDY.findall(stated)) < HEADING_TASK_WORDS:
        return None  # "Thời gian hoàn thành: Hoàn thành trong năm 2025", "Thời gian tổ chức: dự kiến 01 ngày …"
    return stated


def _task_title(doc: ParsedDocument, pos: int, item: Optional[tuple[int, int]]) -> Optional[str]:
    """What a time label line times: the plan itself when the label heads a section of the plan
    ("2. Thời gian thực hiện: Từ tháng 10/2025 …"), the item it closes (``item``, from _item_above: "-
    Tuyên truyền, phổ biến …" / "Thời gian thực hiện: Từ tháng 11/2025 …"), else its task's title (after the
    task of the section above when it names none: "Quan trắc …: Vùng nuôi tôm hùm lồng, bè")."""
    text = doc.text
    own = doc.section_at(pos)
    if own is not None and own.start == passages.line_start(text, pos) and _LABEL_WORD.match(own.heading):
        if own.level <= TIME_SECTION_LEVEL:
            return _tidy(doc.meta.title) if doc.meta.title else None
        title = _task_block(doc, pos)[2]
    else:
        title = text[item[0]:item[1]] if item else _task_block(doc, pos)[2]
    return _tidy(_with_its_task(doc, pos, title)) if title else None


def _with_its_task(doc: ParsedDocument, pos: int, title: str) -> str:
    """A section's title that names no task, only what it is done for ("1.1.1. Đối với vùng nuôi tôm nước lợ"),
    after the title of the section it is part of ("1.1. Quan trắc và cảnh báo môi trường NTTS thường xuyên")."""
    if _opens_with_task(title, 0, len(title)):
        return title
    chain = [s.heading.rstrip(" .:") for s in doc.section_chain(pos)]
    own = next((i for i in range(len(chain) - 1, -1, -1) if chain[i] and chain[i] in title), None)
    parent = chain[own - 1] if own else None
    return f"{parent}: {title}" if parent and not parent.isupper() else title  # not a part ("II. NỘI DUNG")


def _item_above(doc: ParsedDocument, pos: int) -> Optional[tuple[int, int]]:
    """The text of the item a time label line closes: the item line right above it, or above the task's
    other fields ("- Ra mắt AI pháp luật …" / "Đơn vị chủ trì: …" / "Đơn vị phối hợp: …" / "Thời gian thực
    hiện: Tháng 12/2025."); None when a line of another kind comes first."""
    text, lines = doc.text, doc.lines
    first = bisect.bisect_left(lines, (pos, pos))  # the lines that start before the label …
    if first and lines[first - 1][1] >= pos:
        first -= 1  # … and end before it too
    for start, end in reversed(lines[max(0, first - MAX_FIELD_LINES - 1):first]):
        item = _ITEM_LINE.match(text, start, end)
        if item and not _FIELD_LINE.match(text, item.end(), end):
            return item.end(), end
        if item or not _FIELD_LINE.match(text, start, end):
            return None
    return None


def _times_the_plan(doc: ParsedDocument, span: _Span, w: dates.When) -> bool:
    """Whether ``w`` states the plan's own period, not a deadline: the first sentence of its time section
    ("2. Thời gian thực hiện: Từ tháng 10/2025 đến khi …"), or the time line of a section about its scope
    and time ("2. Phạm vi và thời gian thực hiện" over "- Thời gian thực hiện: Năm 2023"). Later sentences
    of the section ("Tổng kết vào tháng 4 năm 2026") may set deadlines."""
    if span.row is not None or span.labelled_from is None or "." in doc.text[span.labelled_from:w.start]:
        return False
    own = doc.section_at(span.start)
    if own is None or own.level > TIME_SECTION_LEVEL:
        return False
    line = passages.line_start(doc.text, span.start)
    if own.start == line:
        return bool(TIME_SECTION.match(own.heading))
    return bool(TIME_SECTION.search(own.heading)) and bool(TIME_SECTION.match(doc.text, line, span.labelled_from))


def _label_agency(doc: ParsedDocument, pos: int, item: Optional[tuple[int, int]]) -> Optional[str]:
    """The agencies of the first clause of the "Cơ quan chủ trì: …" line of the same task (its subject, when it
    is a sentence): of the item the time label closes (``item``, from _item_above), else of its block."""
    start, end = (item[0], pos) if item else _task_block(doc, pos)[:2]
    for m in _AGENCY_LINE.finditer(doc.text, start, end):  # "b) Cơ quan thực hiện:" may only head the lines below
        clause_end = _CLAUSE_END.search(doc.text, m.end(), end)
        line_end = doc.text.find("\n", m.end(), end)
        stop = min(e for e in (clause_end.start() if clause_end else end, line_end if line_end != -1 else end))
        clause = agencies.subject(doc.text, m.end(), stop)  # "Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân …": who acts
        named = clause.agencies if clause else list(agencies.find(doc.text, m.end(), stop))
        if named:
            return agencies.joined(named)
    return None


def _stands_alone(text: str, span: _Span, w: dates.When) -> bool:
    """Whether the expression is all of its line or cell ("Tháng 12/2026"), or opens it as a
    timeline entry ("Tháng 12/2025: tổ chức …")."""
    if not _opens_line(text, span, w):
        return False
    return bool(_TAIL.fullmatch(text, w.end, span.end)) or _mark_after(text, w) == ":"


def _opens_dated_action(text: str, span: _Span, w: dates.When) -> bool:
    """Whether a day or a month with no bound opens its line before a comma, as the time of what the line then does
    ("Ngày 15/9/2026, UBND huyện tổ chức Hội nghị …", "Tháng 9/2026, tổ chức Hội thi …"); a date before the
    document's own tells what happened (``_timing``)."""
    return (w.bound is None and w.unit in ("day", "month") and _opens_line(text, span, w)
            and _mark_after(text, w) == ",")


def _opens_line(text: str, span: _Span, w: dates.When) -> bool:
    """Whether the expression opens a line of prose (after its bullet or label), not a table cell."""
    return span.row is None and bool(_LEADING.fullmatch(text, span.start, w.start))


def _mark_after(text: str, w: dates.When) -> str:
    """The first character after the expression, past one space: its ":" or "," if it has one."""
    return text[w.end:w.end + 2].lstrip()[:1]


def _bracketed_day(text: str, w: dates.When) -> bool:
    """Whether the expression is all of a bracket and names days of a year it leaves to the document: the
    time of what it follows ("Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày
    Quốc tế …” (ngày 25/11)"). A date with its year in brackets is mostly a cited document's."""
    return (w.unit == "day" and w.year is None and text[w.start - 1:w.start] == "("
            and text[w.end:w.end + 1] == ")")


def _report_time(text: str, span: _Span, w: dates.When) -> bool:
    """Whether the expression is all of a bracket after a report: "Báo cáo giữa kỳ thực hiện Kế hoạch
    (năm 2030)"."""
    return (text[w.start - 1:w.start] == "(" and text[w.end:w.end + 1] == ")"
            and bool(_DUTY.search(text, span.start, w.start)))


def _is_bare_label(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` is a label alone ("Thời gian thực hiện:") that the next line completes."""
    label = _LABEL.match(text, *line)
    return label is not None and label.end() >= line[1]


def _reference_date(doc: ParsedDocument) -> Optional[date]:
    if doc.meta.issue_date:
        return doc.meta.issue_date
    return date(doc.meta.period_start, 1, 1) if doc.meta.period_start else None


def _year_for(ctx: _Context, w: dates.When) -> Optional[int]:
    """The year of "trước ngày 15 tháng 12": the first such day on or after the document's date; of a window
    ("từ ngày 15/11 đến ngày 15/12"), its end's, else the first that has not ended by then (it may have begun)."""
    if w.year:
        return w.year
    end = w.until
    if end is not None and end.year is not None:  # "từ ngày 15/11 đến hết năm 2025", "từ 15/12 đến 15/01/2026"
        return end.year - 1 if _wraps(w, end) else end.year
    if ctx.reference is None or w.month is None:
        return None
    ref, last = ctx.reference, w.until if w.until is not None and w.until.month is not None else w
    year = ref.year if (last.month, last.day or 1) >= (ref.month, ref.day) else ref.year + 1
    return year - 1 if _wraps(w, last) else year


def _wraps(w: dates.When, end: dates.When) -> bool:
    """Whether a window's start falls later in the year than its end, so that it runs into the next year ("từ
    15/12 đến 15/01"); an end that names no month says nothing."""
    return end.month is not None and (w.month or 1, w.day or 1) > (end.month, end.day or 1)


def _spans_years(w: dates.When) -> bool:
    """Whether ``w`` is a run of years ("Từ năm 2022 đến năm 2025", "2026 - 2030"): a period, not a due date."""
    return w.unit == "year" and w.until is not None


def _is_plan_period(meta: Document, w: dates.When) -> bool:
    """Whether a run of years is the plan's own period ("2026 - 2030" in a time column of a plan for 2026-2030, or of
    a plan "đến năm 2030" issued in 2025 or 2026): set as a task's time, any other run times the task ("Năm 2025 -
    2026", "2025 - 2030" in a plan to 2035)."""
    if meta.period_start is None and meta.period_end is not None and meta.issue_date is not None:
        return w.until.year == meta.period_end and w.year in (meta.issue_date.year, meta.issue_date.year + 1)
    return (w.year, w.until.year) == (meta.period_start, meta.period_end)
