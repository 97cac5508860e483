"""Targets: quantified commitments, one row per quantity.

"Thực hiện tối thiểu 01 bản tin truyền hình/năm với thời lượng dưới 2 phút/bản tin" gives
(1, "bản tin truyền hình", per "năm", ">=") and (2, "phút", per "bản tin", "<").
A quantity is a number (or a range, or a percentage) followed by what it counts. Not
targets: money (budgets), dates, document and section numbers, years, numbers inside
names ("Quốc lộ 12", "chính quyền 2 cấp"), ages that define a group ("trẻ em dưới 15
tuổi"), scoring rubrics ("cộng 02 điểm") and results already achieved ("đã thu hút 20 dự án").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from extractors import agencies, numbers, passages
from pipeline.document import ParsedDocument
from pipeline.records import Extracted

# ------------------------------------------------------------------ vocabulary

# comparator words before the number; NEXT_TO_NUMBER ones only directly before it
COMPARATORS = {
    "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=", "không ít hơn": ">=", "tối đa": "<=",
    "không quá": "<=", "không vượt quá": "<=", "không vượt": "<=", "không cao hơn": "<=",
    "dưới": "<", "thấp hơn": "<", "ít hơn": "<", "trên": ">", "hơn": ">", "vượt": ">",
    "cao hơn": ">", "nhiều hơn": ">", "khoảng": "~", "dự kiến": "~", "bình quân": "~",
    "trung bình": "~", "ước": "~", "ước tính": "~", "gần": "~", "xấp xỉ": "~", "hầu hết": "~",
}
NEXT_TO_NUMBER = {"dưới", "trên", "hơn", "vượt", "ước", "gần"}
AFTER_COMPARATORS = {"trở lên": ">=", "trở xuống": "<=", "trở lại": "<="}
COMPARATOR_WINDOW = 3  # words before the number searched for a comparator

# periods a rate is counted per ("hàng tuần" → "tuần")
PERIODS = ("học kỳ", "năm", "tháng", "quý", "tuần", "ngày", "kỳ", "giờ")
EVERY = ("mỗi", "hàng", "hằng", "mỗi một")

# words that end the noun phrase of a unit (or of a rate denominator)
UNIT_STOPS = frozenset("""
về trên tại cho của với và hoặc để nhằm theo trong từ đến tới được đã sẽ phải có là thuộc vào
ra bằng do khi nếu thì mà như gồm đạt tăng giảm ở này đó sau trước tương ứng mỗi hàng hằng
trở so cùng đảm bảo bảo đảm lên xuống nhất trong đó kể từ đối với ít tối thiểu tối đa
""".split())
MAX_UNIT_WORDS = 4

# a number right after these words is a label or part of a name, never a quantity
LABEL_WORDS = frozenset("""
số điều khoản điểm mục tiết phần chương phụ lục biểu mẫu bảng hình đợt giai đoạn kỳ khóa thứ
vùng lộ đường tuyến tổ ấp phường quận lô tầng phòng nhóm loại hạng bậc bước iso tcvn qcvn án luật định thị quyết luận báo văn trình lớp khu vực covid top
""".split())
# units whose count is part of a name or a category, not a commitment
NAMED_UNITS = ("cấp", "chiều", "luật", "bộ luật", "nghị định", "nghị quyết", "thông tư", "sao", "thập kỷ",
               "thập niên", "thế kỷ", "chương trình mục tiêu quốc gia", "chương trình mtqg")
# units never counted as targets: years and plan periods
NEVER_UNITS = ("năm",)
AGE_UNIT = "tuổi"
AGE_TARGET = re.compile(r"tuổi thọ|đạt\s*$", re.IGNORECASE)
SCORE_UNIT = "điểm"

# spans where numbers are dates, references or codes
_MASKS = re.compile(
    r"(?:ngày|Ngày)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?"
    r"|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
    r"|(?:tháng|Tháng)\s+\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?"
    r"|(?:quý|Quý|QUÝ)\s+(?:[IVX]+|\d)(?:\s*/\s*\d{4})?"
    r"|\b(?:19|20)\d\d\b"
    r"|\d+(?:\s*/\s*\d+)*\s*[/-]\s*[A-ZĐ][\w&.-]*"      # 451/NHCS-HTQT&TT, 40-CT/TW, 23 /KH-BĐD
    r"|\[\d+\]|\(\d+\)"                                    # footnotes, enumerations
    r"|https?://\S+|\S+@\S+|www\.\S+"
    r"|\b\d+\.0\b")                                        # "công nghiệp 4.0"
_LIST_LABEL = re.compile(r"\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):/|]\s*|\W*\d+\s+(?=\|)")  # used with match(pos)
_RUBRIC = re.compile(r"\b(?:cộng|trừ|được|thêm|tính|chấm|đạt)\s+(?:\w+\s+){0,2}\d+(?:[.,]\d+)?\s+điểm\b",
                     re.IGNORECASE)
_PAST = re.compile(r"\bđã\b|so với cùng kỳ|so cùng kỳ|lũy kế|ước thực hiện|ước cả năm", re.IGNORECASE)
_FORMULA = re.compile(r"=")
_RESULT_HEADING = re.compile(r"^\W*(?:kết quả|tình hình|thực trạng|đánh giá)\b(?!.*(?:dự kiến|kế hoạch|mục tiêu|nhiệm vụ))",
                             re.IGNORECASE)
_WORD = re.compile(r"[\w%][\w&%+-]*")
_INVERTED_RATE = re.compile(r"\s*/\s*lần\b")
_SLASH_PER = re.compile(r"\s*/\s*")
_LINKING = re.compile(r"\s*\b(?:đạt|có|chiếm|là|được|phải|phấn đấu|bảo đảm|đảm bảo|ở mức|còn|thực hiện)\b.*$",
                      re.IGNORECASE)
_VERB_START = re.compile(
    r"^(?:thực hiện|xây dựng|tổ chức|phấn đấu|đảm bảo|bảo đảm|hỗ trợ|đào tạo|tập huấn|triển khai|"
    r"phát triển|nâng|tăng|giảm|duy trì|hoàn thành|sản xuất|biên soạn|in|phát|đăng|mở|cấp|lắp|"
    r"trang bị|bố trí|huy động|tuyên truyền|vận động|giao|ban hành|cho|với|trong|tại|từ|và)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Target(Extracted):
    """A quantified commitment: value (value_max for a range) of unit, per a denominator."""

    value: float = 0.0
    value_max: Optional[float] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    comparator: str = "="
    subject: Optional[str] = None
    responsible: Optional[str] = None


def extract(doc: ParsedDocument) -> Iterator[Target]:
    """The targets of a document, in text order."""
    text = doc.text
    masked = _Spans([(m.start(), m.end()) for m in _MASKS.finditer(text)]
                    + [(a.start, a.end) for a in numbers.amounts(text)])
    for line_start, line_end in passages.lines(doc):
        if _in_result_section(doc, line_start):
            continue
        label = _LIST_LABEL.match(text, line_start, line_end)
        body_start = label.end() if label else line_start
        for s_start, s_end in passages.sentences(text, body_start, line_end):
            sentence = text[s_start:s_end]
            if _RUBRIC.search(sentence) or _FORMULA.search(sentence):
                continue
            for n in numbers.numbers(text, s_start, s_end):
                if masked.overlaps(n.start, n.end):
                    continue
                target = _target(doc, n, s_start, s_end)
                if target:
                    yield target


def _target(doc: ParsedDocument, n: numbers.Number, s_start: int, s_end: int) -> Target | None:
    text = doc.text
    before = text[s_start:n.start]
    words_before = _WORD.findall(before.lower())
    if words_before and words_before[-1] in LABEL_WORDS and words_before[-2:] != ["tổng", "số"]:
        return None
    if _PAST.search(before):
        return None
    value, value_max, end = n.value, n.value_max, n.end
    per = None
    if n.percent:
        unit = "%"
    else:
        unit, end = _unit(text, n.end, s_end)
        if unit is None or not _counts_something(text[n.end:s_end], before):
            return None
        inverted = _INVERTED_RATE.match(text, end, s_end)
        if inverted and unit in PERIODS:
            # "01 tháng/lần": once a month
            per = unit if value == 1 else f"{_fmt(value)} {unit}"
            value, value_max, unit, end = 1.0, None, "lần", inverted.end()
    if per is None:
        per, end = _per(text, end, s_end)
    per = per or _every_after(text, end, s_end) or _every_before(before)
    comparator, end = _comparator(words_before, n, text, end, s_end)
    start = _comparator_start(text, s_start, n.start, words_before)
    return Target(**doc.provenance(start, end), value=value, value_max=value_max, unit=unit,
                  per=per, comparator=comparator, subject=_subject(text, s_start, n, end, s_end),
                  responsible=_responsible(doc, start, end))


def _unit(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """The noun phrase after a number: what it counts, and where it ends."""
    words, end = [], pos
    for m in re.finditer(r"\s*([^\W\d_][\w-]*|[A-Z]\d\w*)", text[pos:limit]):
        if m.start() != end - pos or len(words) >= MAX_UNIT_WORDS:
            break
        word = m.group(1)
        if word.lower() in UNIT_STOPS or (words and " ".join([words[-1], word]).lower() in UNIT_STOPS):
            break
        words.append(word)
        end = pos + m.end()
    return (" ".join(words), end) if words else (None, pos)


def _counts_something(after: str, before: str) -> bool:
    """Whether the words after a number say it counts something (not a name, a year, an age, a score)."""
    words = _WORD.findall(after.lower())
    low = " ".join(words)
    if not words or words[0] in NEVER_UNITS or any(re.match(rf"{u}\b", low) for u in NAMED_UNITS):
        return False
    if words[0] == AGE_UNIT:
        return bool(AGE_TARGET.search(before))
    if words[0] == SCORE_UNIT:
        # "cộng 05 điểm", "05 điểm/xã" are scores; "10 điểm tiếp nhận" are places
        place = re.match(r"\s*\S+\s+([^\W\d_]+)", after)
        return bool(place) and place.group(1).lower() not in UNIT_STOPS
    return True


def _per(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """A '/denominator' right after the unit: '/năm', '/hội/năm', '/bản tin'."""
    parts, end = [], pos
    while True:
        m = _SLASH_PER.match(text, end, limit)
        if not m:
            break
        unit, unit_end = _unit(text, m.end(), limit)
        if unit is None:
            break
        parts.append(unit)
        end = unit_end
    return ("/".join(parts), end) if parts else (None, pos)


def _every_after(text: str, pos: int, limit: int) -> str | None:
    """'… được phát sóng hàng tuần' → 'tuần' (up to the next number)."""
    rest = text[pos:limit]
    cut = re.search(r"\d", rest)
    rest = rest[:cut.start()] if cut else rest
    m = re.search(rf"\b(?:{'|'.join(EVERY)})\s+({'|'.join(PERIODS)})\b", rest, re.IGNORECASE)
    return m.group(1).lower() if m else None


def _every_before(before: str) -> str | None:
    """'Mỗi tin bài … có ít nhất 3 lần' → 'tin bài'."""
    found = None
    for m in re.finditer(r"\b(?:mỗi|hàng|hằng)\s+", before, re.IGNORECASE):
        unit, _ = _unit(before, m.end(), len(before))
        if unit and (m.group(0).lower().startswith("mỗi") or unit.lower() in PERIODS):
            found = unit.lower() if unit.lower() in PERIODS else unit
    return found


def _comparator(words_before: list[str], n: numbers.Number, text: str, pos: int, limit: int) -> tuple[str, int]:
    after = re.match(r"\s*(trở lên|trở xuống|trở lại)\b", text[pos:limit], re.IGNORECASE)
    if after:
        return AFTER_COMPARATORS[after.group(1).lower()], pos + after.end()
    window = words_before[-COMPARATOR_WINDOW:]
    best = None
    for size in (3, 2, 1):
        for i in range(len(window) - size + 1):
            phrase = " ".join(window[i:i + size])
            if phrase in COMPARATORS and (phrase not in NEXT_TO_NUMBER or i + size == len(window)):
                if best is None or i + size > best[0]:
                    best = (i + size, COMPARATORS[phrase])
    if best:
        return best[1], pos
    return (">=" if n.open_from else "="), pos


def _comparator_start(text: str, s_start: int, n_start: int, words_before: list[str]) -> int:
    """Start the row's span at a comparator right before the number ('tối thiểu 01 …')."""
    before = text[s_start:n_start]
    for phrase in sorted(COMPARATORS, key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(phrase)}\s*:?\s*$", before, re.IGNORECASE)
        if m:
            return s_start + m.start()
    return n_start


def _subject(text: str, s_start: int, n: numbers.Number, end: int, s_end: int) -> str | None:
    """Who or what the target applies to: '100% các xã …', 'Mỗi huyện, thành phố', 'Tỷ lệ … đạt 60%'."""
    if n.percent:
        after = re.match(r"\s*((?:các|những|số|tổng số)?\s*[^\W\d_][^,;.:]*?(?:\([^)]*\))?)"
                         r"(?=\s+(?:được|có|đạt|tham gia|sử dụng|thực hiện|bố trí|mở|nhận)\b|[,;.]|$)",
                         text[end:s_end])
        if after and after.group(1).strip():
            return after.group(1).strip()
    parts = [p.strip(" -–+*") for p in re.split(r"[;:]", text[s_start:n.start])]
    clause = _LINKING.sub("", parts[-1]).strip()
    if _is_comparator_only(clause) and len(parts) > 1:
        clause = _LINKING.sub("", parts[-2]).strip()  # "Thời gian tổ chức: dự kiến 01 ngày"
    if not clause or _VERB_START.match(clause) or not re.match(r"[^\W\d_]", clause) or _is_comparator_only(clause):
        return None
    return clause


def _is_comparator_only(clause: str) -> bool:
    words = _WORD.findall(clause.lower())
    return not words or " ".join(words[:2]) in COMPARATORS or words[0] in COMPARATORS


def _responsible(doc: ParsedDocument, start: int, end: int) -> str | None:
    """The agency of a table row's later cells, else of the sentence or its section heading."""
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end == -1 else line_end
    if "|" in doc.text[end:line_end]:
        found = agencies.find(doc.text, end, line_end)
        if found:
            return found[0].name
    return agencies.responsible(doc, start, end)


def _in_result_section(doc: ParsedDocument, offset: int) -> bool:
    return any(_RESULT_HEADING.match(s.heading) for s in doc.section_chain(offset))


class _Spans:
    """Disjoint sorted spans, for fast overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
