"""Quantities: a number (a range, a percentage) and the noun phrase it counts.

"tối thiểu 01 bản tin truyền hình/năm" holds the quantity 1 "bản tin truyền hình", and so does a
count in words where a count is expected ("ít nhất một cơ sở", "Mỗi người dân có một tài khoản số"). What
is not a quantity: dates, document and section numbers, years, list labels ("Điều 5",
"điểm 1 Mục III", "Mẫu biểu số 01, 02"), numbers inside names ("Quốc lộ 12", "Tổng đài
112", "chính quyền 2 cấp", "mô hình bảo vệ 04 lớp", "37 luật", "04 tỉnh Đắk Lắk"), counts of places
the text then names ("03 vùng nuôi tôm Quảng Chính, Quảng Trung, Quảng Khê"), ages and scores, counts of
the plan's own parts ("16 mục tiêu"), baselines ("giảm từ 23 xuống 18": 23), conditions ("Nếu từ 02 địa
phương trở lên") and what has already happened ("đã thu hút 20 dự án").
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterator

from extractors import lexicon, numbers, passages, patterns
from pipeline import tagging

# ------------------------------------------------------------------ vocabulary

# words that end the noun phrase of a unit
UNIT_STOPS = frozenset("""
về trên tại cho của với và hoặc để nhằm theo trong từ đến tới được đã sẽ phải có là thuộc vào
ra bằng do khi nếu thì mà như gồm đạt tăng giảm ở này đó sau trước mỗi hàng hằng
trở so cùng lên xuống nhất kể đối ít x
""".split())
# two-word phrases that end it ("01 ứng dụng", "02 bảo tàng" and "05 dân tộc thiểu số" go on)
UNIT_STOP_PHRASES = frozenset(["tương ứng", "đảm bảo", "bảo đảm", "tối thiểu", "tối đa"])
MAX_UNIT_WORDS = 4
UNIT_TAGS = frozenset({"N", "Np", "A"})  # part-of-speech tags of a word that may go on a unit phrase
# a number right after these words is a label or part of a name ("Điều 5", "Nghị quyết 48")
LABEL_WORDS = frozenset("""
số stt điều khoản điểm mục tiết phần chương biểu bảng hình đợt kỳ khóa thứ vùng đường tuyến tổ
ấp phường quận lô tầng nhóm loại hạng bậc bước cấp độ iso tcvn qcvn luật lớp covid top
""".split())
AMOUNT_WORDS = frozenset(["khoản"])  # label words that are also an amount of something: "khoản 10% kinh phí"
LABEL_PHRASES = frozenset([
    "phụ lục", "giai đoạn", "đề án", "dự án", "nghị định", "quyết định", "nghị quyết", "chỉ thị", "kết luận",
    "thông báo", "công văn", "tờ trình", "chương trình", "khu vực", "quốc lộ", "tỉnh lộ", "tổng đài"])
# what a body numbered by its founding act or its rank is called by ("Ban Chỉ đạo 389", "Tổ Công tác 01"), when titled
# after a titled head (not "- Chỉ đạo 03 huyện"), and no people are counted after it (not "Đoàn Công tác 04 đồng chí")
BODY_NAME_ENDS = frozenset(["chỉ đạo", "công tác"])
_PEOPLE_AFTER = re.compile(r"\s+(?:người|đồng chí|thành viên|cán bộ|công chức)\b", re.IGNORECASE)  # match(pos)
MEASURE_PHRASES = frozenset(["tổng số", "tốc độ"])  # a label word that here measures: "tốc độ 10 Gigabit"
# words a label word ends, which label nothing: "Cung cấp 500 máy tính", "Thí điểm 02 mô hình", "Kiểm tra định kỳ 02
# lần/năm" (not "Dự án thành phần 3", "Danh mục 02"); a label word before a colon labels nothing either ("Thành
# phần: 200 đại biểu")
NOT_LABEL_COMPOUNDS = frozenset(["cung cấp", "nâng cấp", "phân cấp", "thí điểm", "định kỳ", "đại biểu", "trực tuyến"])
# a rank to reach, not a group's label: "thuộc nhóm 4 nước dẫn đầu ASEAN", "thuộc top 03 vùng …", and a
# second rank after one ("… ASEAN và nhóm 60 nước dẫn đầu thế giới")
RANK_PHRASES = frozenset(f"{lead} {rank}" for lead in ("thuộc", "vào", "trong") for rank in ("nhóm", "top"))
NEXT_RANK_PHRASES = frozenset(("và nhóm", "và top"))
# nouns whose number names a kind of them: "mô hình bảo vệ 04 lớp", "phương châm 4 tại chỗ", "phong trào thi đua 5 tốt"
NAMING_HEADS = ("mô hình", "phương châm", "phong trào")
# a list of labels: "Mẫu biểu số 01, 02, 03", "điểm a, b khoản 1 và 2"
_LABEL_LIST = re.compile(r"(?i:\b(?:số|điểm|khoản|mục|điều|lục|biểu|mẫu)\s+)(?:\w{1,3}\s*(?:,|và|;)\s*)+$")
# units whose count is part of a name, a category or the plan's own outline
NAMED_UNITS = ("cấp", "chiều", "luật", "bộ luật", "nghị định", "nghị quyết", "thông tư", "sao", "thập kỷ",
               "thập niên", "thế kỷ", "chương trình mục tiêu quốc gia", "chương trình mtqg", "mục tiêu",
               "chỉ tiêu", "nhóm nhiệm vụ", "nhóm giải pháp", "giải pháp", "quan điểm", "nguyên tắc", "giai đoạn")
NEVER_UNITS = ("năm",)  # years and plan periods
NOMINALISER = "sự"  # makes nouns of verbs and counts nothing, unless it opens a word: "sự kiện", "sự cố"
# copies of a dossier filed or made ("nộp 01 (một) bộ hồ sơ", "Hồ sơ nộp 01 bộ"): a rule of procedure, not a count
PAPERWORK_UNITS = ("hồ sơ", "bộ hồ sơ", "bộ", "bản")
FILING_VERBS = ("nộp", "làm", "lập", "gửi")
AGE_UNIT = "tuổi"        # a target only as "tuổi thọ … đạt 75 tuổi"
AGE_TARGET = re.compile(r"tuổi thọ|đạt\s*$", re.IGNORECASE)
# the end of an age range: "từ 06 tháng đến 36 tháng tuổi"
AGE_RANGE_END = re.compile(r"\s*(?:đến|-|–)\s*\d+\s*(?:tháng\s+)?tuổi", re.IGNORECASE)
SCORE_UNIT = "điểm"      # "cộng 05 điểm" is a score, "10 điểm tiếp nhận" are places
PLACE_UNITS = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "tỉnh", "quận", "thị xã", "thành phố", "thôn", "bản",
               "ấp")
# a count in words is a quantity only where a count is expected: after a comparator ("ít nhất một
# cơ sở", "tối thiểu một lần/năm") or as what each one has ("Mỗi người dân có một tài khoản số")
COUNTING_FRAME = re.compile(r"(?:(?<!\w)(?:ít nhất|tối thiểu|tối đa|không quá)"
                            r"|(?<!\w)(?:mỗi|mọi)\s+[^\W\d_][^,;:.\d]{0,40}?\s+(?:đều\s+)?có)\s+$", re.IGNORECASE)
# verbs after which a count in words stands too, unless its word means something else as well ("một" an article,
# "tư" in "tư vấn", "năm" a year): "tổ chức hai buổi ngoại khóa", "khoảng hai nghìn Giấy chứng nhận"
LOOSE_COUNTING_FRAME = re.compile(r"(?<!\w)(?:khoảng|thêm|tổ chức|xây dựng|thành lập|hỗ trợ|đào tạo)\s+$",
                                  re.IGNORECASE)
AMBIGUOUS_NUMBER_WORDS = ("một", "mốt", "tư", "năm", "lẻ", "linh", "không")
# "một số", "một cách", "mặt khác", "ba mẹ" (parents), "hai bên" (both parties)
NOT_COUNTED_WORDS = ("số", "phần", "cách", "vài", "nửa", "lúc", "mặt", "khác", "mẹ", "bên")
REPORT_PERIOD = re.compile(r"tháng(?: (?:đầu|cuối|cả))? năm\b|tháng\s*(?:,|và)\s*(?:cả\s+)?năm\b", re.IGNORECASE)
# a report named by the months it covers: "Báo cáo sơ kết 6 tháng gửi trước ngày 10/6"
_REPORT_BEFORE = re.compile(r"(?<!\w)(?:báo cáo|sơ kết|tổng kết|giao ban)(?:\s+(?:sơ kết|tổng kết|định kỳ))?\s*$",
                            re.IGNORECASE)
# an hour of the clock, not hours counted: "trước 16 giờ", "trước 10 giờ sáng thứ Hai", "lúc 8 giờ 30"
CLOCK_TIME_WORDS = ("trước", "lúc", "vào")  # before an hour that ends its clause: "trước 16 giờ." (not "giảm đến 2 giờ.")
CLOCK_WORDS = (*CLOCK_TIME_WORDS, "đến", "từ")  # before an hour with its minutes, a part of the day or a day
_CLOCK_BEFORE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(CLOCK_WORDS)})\s*$", re.IGNORECASE)
_CLOCK_TIME_BEFORE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(CLOCK_TIME_WORDS)})\s*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"giờ(?:\s+(?:sáng|chiều|trưa|tối)\b|\s+\d{1,2}\b|\s+(?:ngày|thứ)\b)", re.IGNORECASE)
_CLOCK_END = re.compile(r"giờ\s*(?:[,.;)]|$)")  # "trước 16 giờ." ends its clause: an hour, not hours
NOTICE_HOURS = (12,)  # "trước 24 giờ", "trước 12 giờ" are as often hours of notice as hours of the clock
_CLOCK_MINUTES = re.compile(r"(?<!\w)\d{1,2}\s*giờ\s*$", re.IGNORECASE)  # "16 giờ 30 ngày 20/12": its minutes

_FILED = re.compile(rf"(?<!\w)(?:{patterns.alternatives(FILING_VERBS)})\s*$", re.IGNORECASE)
_MASKS = re.compile(
    r"(?=[\dnNtTqQhHwW\[(“])(?:"  # a cheap first-character test before the alternatives
    r"(?i:ngày)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?"
    r"|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
    r"|(?i:tháng)\s+\d{1,2}(?:\s*(?:/|(?i:năm))\s*\d{4})?"
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}(?!\d)"                # "các ngày 08 và 09 tháng 11"
    r"|(?i:quý)\s+(?:[IVX]+|\d)(?:\s*/\s*\d{4})?"
    r"|\b(?:19|20)\d\d\b"
    r"|\d+(?:\s*/\s*\d+)*\s*[/-]\s*[A-ZĐ][\w&.-]*"      # 451/NHCS-HTQT&TT, 40-CT/TW, 23 /KH-BĐD
    r"|\[\d+\]|\(\d+\)"                                    # footnotes, enumerations
    r"|“[^”\n]{1,200}”"                                     # quoted names: “4 tại chỗ”, “Đề án 1 triệu …”
    r"|https?://\S+|\S+@\S+|www\.\S+"
    r"|\b\d+\.\d{1,2}\b(?![.,]\d))")                       # "Phụ lục 2.2", "công nghiệp 4.0"
_NAMING_HEAD = re.compile(rf"(?i:\b(?:{patterns.alternatives(NAMING_HEADS)}))((?:\s+[^\W\d_]+){{0,3}})\s+$")
_CONDITION = re.compile(r"(?:^|[,;:]\s*)(?:nếu|trường hợp|khi)\b[^,;:]*$", re.IGNORECASE)
_BASELINE_TAIL = re.compile(r"[^,;]*?\b(?:xuống|lên|còn)\s+(?:dưới\s+|trên\s+|mức\s+)?\d", re.IGNORECASE)
_TOP = re.compile(r"(?i:\btop)\s*$")  # a rank's "top" just before its number
_RANK = re.compile(rf"(?i:\b(?:{'|'.join(RANK_PHRASES)})\s+\d)")  # a rank earlier in the clause
# points named as places before their count: "Số điểm quan trắc: 08 điểm", not "Tổng số điểm của xã"
_NAMED_POINTS = re.compile(rf"(?i:\bsố\s+{SCORE_UNIT})\s+(?!(?:{'|'.join(UNIT_STOPS)})\b)[^\W\d_]")
_NAMED = re.compile(rf"(?:{'|'.join(sorted(NAMED_UNITS, key=len, reverse=True))})\b")
_SPELLED_OUT = re.compile(r"\s*\(\s*([^()\d]{1,40}?)\s*\)")
_PERIOD = re.compile(r"\s*(?:tháng|năm|quý|tuần|ngày)(?!\w)", re.IGNORECASE)  # used with match(pos) after a number
# a scale word after a number, no word of its unit: "1,5 triệu lượt khách du lịch" (used with match(pos))
_SCALE_WORD = re.compile(rf"\s*(?:{'|'.join(w for w, f in numbers.SCALE_WORDS.items() if f >= 1000)})\s",
                         re.IGNORECASE)
_LEAD_END = re.compile(r"\s*\)?\s*:")
_CLAUSE_OPEN = re.compile(r"[:;.(\-–]\s*$")
_UNIT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")
_PAIR = re.compile(r"\s*([^\W\d_][\w-]*\s+[^\W\d_][\w-]*)")  # two words, used with match(start, end)
# units of data and their rates, capitalised yet no names: "1 Gb/s", "100 Mbps", "10 Gigabit", "2 TB"
_DATA_UNIT = re.compile(r"\s*((?:[KMGT]i?[bB](?:/s|ps)?|(?:Kilo|Mega|Giga|Tera)(?:bit|byte)s?))(?![\w/])")
# kinds of place counted together: "40 xã, phường", "12 xã, phường, thị trấn"
_PLACE_LIST = re.compile(rf"(?:\s*,\s*(?:{'|'.join(PLACE_UNITS)}))+(?!\w)", re.IGNORECASE)
WORD = re.compile(r"[\w%][\w&%+-]*")  # a word, a percent sign or a code ("R&D", "COVID-19")
# a unit in a foreign currency, after a scale word or not: "triệu USD", "USD/người" (used with match)
_FOREIGN_CURRENCY = re.compile(rf"(?:[^\W\d_]+\s+)?(?:{'|'.join(numbers.FOREIGN_CURRENCIES)})(?!\w)", re.IGNORECASE)
_LISTED = re.compile(r"[ \t]*:?[ \t]*([^;.(|\n–-]+)")  # what follows a unit, up to the end of its list


@dataclass(frozen=True)
class Quantity:
    """A number and what it counts; ``end`` is where the unit's noun phrase ends."""

    number: numbers.Number
    unit: str
    end: int


def masked_spans(text: str) -> passages.Spans:
    """Dates, references, codes and money: spans whose numbers are never quantities."""
    return passages.Spans([(m.start(), m.end()) for m in _MASKS.finditer(text)]
                          + [(a.start, a.end) for a in numbers.amounts(text)])


def quantities(text: str, start: int, end: int, masked: passages.Spans) -> Iterator[Quantity]:
    """The quantities of the clause or sentence text[start:end]."""
    counted_words = [n for n in numbers.number_words(text, start, end) if _in_counting_frame(text, start, n)]
    for n in sorted([*numbers.numbers(text, start, end), *counted_words], key=lambda n: n.start):
        if masked.overlaps(n.start, n.end) or not _may_count(text, start, end, n):
            continue
        if n.percent:
            yield Quantity(n, n.rate_unit, n.end)
            continue
        spelled = _SPELLED_OUT.match(text, n.end, end)  # "20 (hai mươi) ngày làm việc"
        after = spelled.end() if spelled and numbers.parse_words(spelled.group(1)) is not None else n.end
        scale = _SCALE_WORD.match(text, after, end)
        unit, unit_end = unit_phrase(text, after, end, MAX_UNIT_WORDS + (1 if scale else 0))
        if (unit and _counts_something(text, start, n, after, unit, unit_end)
                and not _in_lead_label(text, start, unit_end)):
            top = _TOP.search(text, start, n.start)  # "top 03 vùng Đồng bằng sông Cửu Long": a rank in a region
            yield scaled(Quantity(n, f"top {unit}" if top else unit, unit_end))


def scaled(q: Quantity) -> Quantity:
    """'01 triệu căn hộ' → 1000000 'căn hộ'; '400 triệu USD' keeps its currency unit."""
    scale, *rest = q.unit.split()
    factor = numbers.SCALE_WORDS.get(scale.lower(), 1)
    if factor < 1000 or not rest or is_foreign_money(" ".join(rest)):
        return q
    n = q.number
    value_max = n.value_max * factor if n.value_max is not None else None
    return Quantity(dataclasses.replace(n, value=n.value * factor, value_max=value_max), " ".join(rest), q.end)


def unit_phrase(text: str, pos: int, limit: int, max_words: int = MAX_UNIT_WORDS) -> tuple[str | None, int]:
    """The noun phrase starting at pos (up to a stop word or punctuation, at most max_words words and the end
    of a word the last one begins, or a two-syllable noun after a full phrase: "doanh nghiệp khoa học công
    nghệ"), and where it ends."""
    data = _DATA_UNIT.match(text, pos, limit)
    if data:
        return data.group(1), data.end()
    words, end = [], pos
    while len(words) < max_words:
        m = _UNIT_WORD.match(text, end, limit)
        if not m:
            break
        word = m.group(1)
        following = _UNIT_WORD.match(text, m.end(), limit)
        stop = word.lower() in UNIT_STOPS and not (words and lexicon.is_compound(words[-1], word))  # "Đồng bằng"
        if stop or (following and f"{word} {following.group(1)}".lower() in UNIT_STOP_PHRASES):
            break
        if len(words) > 1 and _is_titled(word) and words[-1].islower():
            break  # "03 hợp tác xã Tân Phú": a name follows what is counted ("xã Tân Tiến" is a name)
        words.append(word)
        end = m.end()
    following = _UNIT_WORD.match(text, end, limit) if len(words) == max_words else None
    # "… phát thanh" ends a word; "… tư vấn tâm" does not, its "vấn" taken by "tư vấn" ("tâm lý" goes on)
    closed = (len(words) > 1 and lexicon.is_compound(words[-2], words[-1])
              and not (len(words) > 2 and lexicon.is_compound(words[-3], words[-2])))
    if following and not closed and lexicon.is_compound(words[-1], following.group(1)):  # "… khảo sát ngẫu nhiên"
        words.append(following.group(1))
        end = following.end()
    elif following and closed and (noun := _noun_after(words, text, following, limit)):
        words += noun.group(1).split()  # "doanh nghiệp khoa học công nghệ": the phrase goes on with a noun
        end = noun.end()
    if " ".join(words).lower() in PLACE_UNITS and (places := _PLACE_LIST.match(text, end, limit)):
        words, end = [text[pos:places.end()].strip()], places.end()
    return (" ".join(words), end) if words else (None, pos)


def _noun_after(words: list[str], text: str, following: re.Match, limit: int) -> re.Match | None:
    """The two-syllable noun or adjective right after a full unit phrase ("… khoa học" + "công nghệ"), as the
    tagger reads it in the phrase; not a verb ("… phục vụ", "… cung cấp")."""
    second = _UNIT_WORD.match(text, following.end(), limit)
    if not second or not lexicon.is_compound(following.group(1), second.group(1)):
        return None
    pair = f"{following.group(1)} {second.group(1)}"
    if pair.lower() in UNIT_STOP_PHRASES or following.group(1).lower() in UNIT_STOPS:
        return None
    tags = dict(tagging.pos_tags(f"{' '.join(words)} {pair}".lower()))
    return _PAIR.match(text, following.start(), second.end()) if tags.get(pair.lower()) in UNIT_TAGS else None


def _in_counting_frame(text: str, start: int, n: numbers.Number) -> bool:
    """Whether a count in words stands where a count is expected, before something it counts."""
    after = _UNIT_WORD.match(text, n.end)
    if after is None or after.group(1).lower() in NOT_COUNTED_WORDS:
        return False
    if COUNTING_FRAME.search(text, start, n.start):
        return True
    first_word = text[n.start:n.end].split()[0].lower()
    return bool(LOOSE_COUNTING_FRAME.search(text, start, n.start)) and first_word not in AMBIGUOUS_NUMBER_WORDS


def _each(words: list[re.Match], k: int) -> bool:
    """Whether the k-th word from the end is "mỗi", so the label word after it is what each has a number of ("mỗi
    lớp 50 học viên", "mỗi chương trình 10 phút")."""
    return len(words) >= k and words[-k].group().lower() == "mỗi"


def _may_count(text: str, start: int, end: int, n: numbers.Number) -> bool:
    """Whether the words before a number leave it free to be a quantity."""
    before = text[start:n.start]
    words = list(WORD.finditer(before))
    if words:
        last = words[-1].group()
        pair = " ".join(w.group().lower() for w in words[-2:])
        ranked = pair in RANK_PHRASES or (pair in NEXT_RANK_PHRASES and _RANK.search(before))
        amount = n.percent and last.lower() in AMOUNT_WORDS  # "khoản 10% kinh phí": a share, not "khoản 3" of a law
        colon = before[words[-1].end():].strip() == ":"
        labels = ((last.lower() in LABEL_WORDS and pair not in MEASURE_PHRASES | NOT_LABEL_COMPOUNDS and not ranked
                   and not amount and not colon and not _each(words, 2)) or (pair in LABEL_PHRASES and not _each(words, 3)))
        if labels or (pair == "định kỳ" and _PERIOD.match(text, n.end, end)):
            return False  # "Định kỳ 06 tháng, các cơ quan báo cáo …": how often, not how many
        opens_clause = len(words) == 1 or _CLAUSE_OPEN.search(before, 0, words[-1].start())
        titled = _is_titled(last) or (len(words) > 2 and _is_titled(words[-3].group()) and _is_titled(words[-2].group())
                                      and pair in BODY_NAME_ENDS and not _PEOPLE_AFTER.match(text, n.end))
        named = titled and not before[words[-1].end():].strip()
        if named and not opens_clause:
            return False  # "Hệ thống Tổng đài 112", "theo Mẫu 01", "Ban Chỉ đạo 389": part of a name
    if (_LABEL_LIST.search(before) or passages.reports_past(before) or _CONDITION.search(before)
            or _names_a_kind(before)):
        return False
    return not (n.open_from and _BASELINE_TAIL.match(text, n.end, end))


def _names_a_kind(before: str) -> bool:
    """Whether a number ends a naming noun's phrase ("mô hình bảo vệ 04 lớp"), not a place or measure of it
    ("mô hình tại 10 xã", "mô hình đạt 80%")."""
    head = _NAMING_HEAD.search(before)
    return head is not None and not any(w.lower() in UNIT_STOPS for w in head.group(1).split())


def is_foreign_money(unit: str) -> bool:
    """Whether a unit is money in a foreign currency ("triệu USD", "USD/người"): a target's value, as export
    goals are ("đạt 400 triệu USD"), not a budget's."""
    return bool(_FOREIGN_CURRENCY.match(unit))


def _in_lead_label(text: str, start: int, unit_end: int) -> bool:
    """'Giai đoạn sau 72 giờ: …', 'Đợt 2 (03 ngày):': a quantity naming a phase in a lead-in label."""
    if not _LEAD_END.match(text, unit_end):
        return False
    words = [w.lower() for w in WORD.findall(text[start:unit_end])[:2]]
    return bool(words) and (words[0] in LABEL_WORDS or " ".join(words) in LABEL_PHRASES)


def _counts_something(text: str, start: int, n: numbers.Number, unit_start: int, unit: str, unit_end: int) -> bool:
    """Whether the unit after a number is something counted (not a name, a year, an age, a score, copies of a
    dossier to file)."""
    words = unit.split()
    head, low = words[0], " ".join(WORD.findall(text[unit_start:unit_end + 40].lower()))
    glued = unit_start == n.end and head in numbers.GLUED_UNITS  # "1m"
    named = _is_titled(head) and not _DATA_UNIT.fullmatch(head)
    if (len(head) < 2 and not glued) or (named and text[start:n.start].strip()):
        return False  # "0,006 x a", "03 Chương trình" (a named programme)
    nominalised = head.lower() == NOMINALISER and not (len(words) > 1 and lexicon.is_compound(head, words[1]))
    if head.lower() in NEVER_UNITS or nominalised or _NAMED.match(low) or _is_filed(text, start, n, unit):
        return False
    if AGE_UNIT in unit.lower().split() or AGE_RANGE_END.match(text, unit_end):
        return bool(AGE_TARGET.search(text[start:n.start]))
    if head.lower() == SCORE_UNIT:  # "10 điểm tiếp nhận"; "Số điểm quan trắc: 08 điểm" counts the same places
        return len(words) > 1 or bool(_NAMED_POINTS.search(text, start, n.start))
    if REPORT_PERIOD.match(text[unit_start:unit_end + 12].lstrip()):
        return False  # "báo cáo 6 tháng, năm", "9 tháng đầu năm": reporting periods
    if head.lower() in ("tháng", "quý") and _REPORT_BEFORE.search(text, start, n.start):
        return False  # "Báo cáo sơ kết 6 tháng gửi …": a report's period
    if head.lower() == "giờ" and n.value < 24 and _CLOCK_BEFORE.search(text, start, n.start) and (
            _CLOCK_AFTER.match(text[unit_start:unit_end + 12].lstrip())
            or (n.value not in NOTICE_HOURS and _CLOCK_TIME_BEFORE.search(text, start, n.start)
                and _CLOCK_END.match(text[unit_start:unit_end + 3].lstrip()))):
        return False  # "trước 10 giờ sáng", "đến 16 giờ ngày 20/12", "trước 16 giờ.": an hour of the clock
    hour = _CLOCK_MINUTES.search(text, start, n.start)
    if hour and n.value < 60 and _CLOCK_BEFORE.search(text, start, hour.start()):  # "từ 7 giờ 30", "đến 16 giờ 30"
        return False  # "trước 16 giờ 30 ngày 20/12/2026": the minutes of the hour
    place = next((p for p in PLACE_UNITS if low.startswith(p + " ")), None)
    if place and unit[len(place) + 1:][:1].isupper():
        return False  # "04 tỉnh Đắk Lắk", "8 xã Tân Tiến": an index, a name
    return not _names_follow(text, unit_end)


def _is_filed(text: str, start: int, n: numbers.Number, unit: str) -> bool:
    """Whether a number counts copies of a dossier someone files or makes ("làm 01 (một) bộ hồ sơ đề nghị",
    "nộp 01 hồ sơ"), not dossiers a plan sets out to handle ("số hóa 50.000 hồ sơ", "trang bị 500 bộ")."""
    words = unit.lower().split()
    paper = any(words[:len(u.split())] == u.split() for u in PAPERWORK_UNITS)
    return paper and bool(_FILED.search(text, start, n.start))


def _names_follow(text: str, pos: int) -> bool:
    """Whether the names of what was counted follow its unit ("03 vùng nuôi tôm Quảng Chính, Quảng Trung, …",
    "04 xã: Gia Thuận, Tân Điền, …"): the count describes the places it names, it sets no target."""
    listed = _LISTED.match(text, pos)
    names = patterns.NAME_SEPARATOR.split(listed.group(1)) if listed else []
    return len(names) >= 2 and all(_is_name(name) for name in names[:2])


def _is_name(phrase: str) -> bool:
    words = phrase.split()
    return 0 < len(words) <= patterns.MAX_NAME_WORDS and all(map(_is_titled, words))


def _is_titled(word: str) -> bool:
    """Whether a word is written as a name's is: "Quảng", "Chương" (not "UBND", not "tôm")."""
    return word[:1].isupper() and word[1:].islower()
