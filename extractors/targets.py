"""Targets: quantified commitments, one row per quantity.

"Thực hiện tối thiểu 01 bản tin truyền hình/năm với thời lượng dưới 2 phút/bản tin" gives
(1, "bản tin truyền hình", per "năm", ">=") and (2, "phút", per "bản tin", "<").
What counts as a quantity is decided in ``extractors.quantities``; this module adds the
comparator, the rate denominator, the subject, the responsible agencies (several joined by "; ") and the
year it is to be met (``extractors.horizons``: "Đến năm 2030, …", "2. Mục tiêu cụ thể đến năm 2030"). Money in đồng
is left to budgets (a value in a foreign currency is a target: "đạt 400 triệu USD", a "(Nghìn USD)" column);
sections reporting past results ("KẾT QUẢ", "TÌNH HÌNH", "THỰC TRẠNG"), scoring rubrics ("cộng 02 điểm") and
formulas are skipped. A percentage's subject is the groups it counts, a
list that runs over commas to its verb, the next quantity, its year or the sentence's end ("50% số xã,
phường trên toàn thành phố không có ma túy" → "số xã, phường trên toàn thành phố"; "có …" before a later verb
says which groups: "70% xã, phường có người nghiện ma túy bố trí …"; not for a share of a whole: "Kinh tế số
chiếm 45% GRDP tỉnh", "Tỷ trọng kinh tế số đạt 30% GRDP" count the digital economy); else the clause before it
up to the predicate of its quantity ("Tỷ lệ dân số … có điện thoại thông minh đạt trên 95%" → "Tỷ lệ dân số … có
điện thoại thông minh"; "Mỗi xã, phường chọn 02 trường hợp" → "Mỗi xã, phường"), without its year, an aim or a
period opening it ("Đến năm 2030, tỷ lệ thu gom … đạt 100%" → "tỷ lệ thu gom …"; "Hàng năm, số vụ …").

Tables are read by column (``extractors.tables``). An indicator table — one with a "Chỉ tiêu"
column and columns of target values ("Kết quả", "Năm 2026", "Kế hoạch 2027"; not results or
baselines such as "ƯTH Năm 2025") — gives one row per value cell: the number (a comparator or a
range in the cell count), the unit from the unit column ("%" for a percentage), the indicator as
subject (after its group's title when the row is an unnumbered item: "Cà Phê: Diện tích"), the
lead or implementing agency of the row as responsible, and the column's year (else the horizon
above). A table of shares (columns named "… (%)": counterpart-funding rates) gives one percentage
per cell that holds a bare number, unless its title says it splits revenue between budget levels
("TỶ LỆ … PHÂN CHIA NGUỒN THU"): such splits are rules, not targets. A percentage in a money column
("1,5%" under "Định mức") is a norm, so a target. A plan column naming its unit ("Kế hoạch 2026"
over "Lượng (Tấn)") gives one quantity of that unit per cell, the row's name and the column as
subject; so does one in a foreign currency ("Giá trị xuất khẩu (Nghìn USD)"). Columns of money in đồng are left
to budgets. In every other table only text cells are read, each like a sentence of its own
(task, indicator, result and unnamed columns; not agencies, times, units, notes or bare numbers
of statistical tables), with the row's agency as responsible; a row condition ("Dưới 30 biên
chế | …") is no target, and a table repeating the same quantity row after row (a monitoring
schedule) gives it once, unless each row's own indicator or task states it ("Tỷ lệ … đạt 80%").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator, Optional

from extractors import agencies, funding, horizons, lexicon, numbers, passages, patterns, tables
from extractors.quantities import (NEXT_RANK_PHRASES, RANK_PHRASES, WORD, Quantity, is_foreign_money, masked_spans,
                                  quantities, scaled, unit_phrase)
from pipeline import tagging
from pipeline.document import ParsedDocument
from pipeline.table_columns import YEAR
from pipeline.records import Extracted, Int16

# ------------------------------------------------------------------ vocabulary

# comparator words before the number; NEXT_TO_NUMBER ones only directly before it
COMPARATORS = {
    "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=", "không ít hơn": ">=", "không thấp hơn": ">=",
    "không nhỏ hơn": ">=", "tối đa": "<=", "không quá": "<=", "không vượt quá": "<=", "không vượt": "<=",
    "không cao hơn": "<=", "không lớn hơn": "<=", "không nhiều hơn": "<=",
    "dưới": "<", "thấp hơn": "<", "ít hơn": "<", "trên": ">", "hơn": ">", "vượt": ">",
    "cao hơn": ">", "nhiều hơn": ">", "khoảng": "~", "dự kiến": "~", "bình quân": "~",
    "trung bình": "~", "ước": "~", "ước tính": "~", "gần": "~", "xấp xỉ": "~", "hầu hết": "~",
    "trong thời hạn": "<=", "trong vòng": "<=", "≥": ">=", "≤": "<=", ">=": ">=", "<=": "<=", ">": ">", "<": "<",
    **dict.fromkeys(RANK_PHRASES | NEXT_RANK_PHRASES, "<="),  # a rank: "thuộc nhóm 4 nước …" is 4th or better
}
COMPARATOR_SIGNS = re.compile(r"(≥|≤|>=|<=|>|<)\s*$")
# the comparator words that end what a rate is per, before its number: "mỗi lớp khoảng 40 người", "Mỗi xã tối thiểu"
_DENOMINATOR_END = re.compile(rf"\s(?:{patterns.alternatives(w for w in COMPARATORS if w[0].isalpha())})(?!\w)",
                              re.IGNORECASE)
NEXT_TO_NUMBER = {"dưới", "trên", "hơn", "vượt", "ước", "gần"}
AFTER_COMPARATORS = {"trở lên": ">=", "trở xuống": "<=", "trở lại": "<="}
COMPARATOR_WINDOW = 3  # words before the number searched for a comparator
COMPARATOR_REACH = 20  # characters before the number a comparator may start in

# periods a rate is counted per ("hàng tuần" → "tuần")
PERIODS = ("học kỳ", "năm", "tháng", "quý", "tuần", "ngày", "kỳ", "giờ", "giây")
DURATIONS = ("giờ", "ngày", "tuần", "tháng", "phút")  # "trong 02 ngày làm việc": within, at most
MAX_LATE_PERIOD_WORDS = 5  # words between a unit and the "/period" it is counted per
PERIOD_PHRASES = ("năm học", "ngày làm việc")  # periods of two words: "09 tháng/năm học"
EVERY = ("mỗi", "hàng", "hằng")
# local units and bodies: beside a period ("Mỗi huyện, thành phố có ít nhất 01 chuyên mục … hàng tuần") "mỗi" names
# whom the target binds and the period is the rate; alone ("mỗi đơn vị đề nghị không quá 01 tập thể") it is the rate
HOLDERS = ("tỉnh", "huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn", "đặc khu", "đơn vị", "cơ quan",
           "địa phương")
# the subject of a target: what precedes a linking verb ("Tỷ lệ … đạt 60%"), or what a percentage
# counts ("100% các xã … có"); a clause opening with a verb or preposition has no subject of its own
LINKING_VERBS = ("đạt", "có", "chiếm", "là", "được", "phải", "phấn đấu", "bảo đảm", "đảm bảo", "ở mức", "còn",
                 "thực hiện")
POPULATION_VERBS = ("được", "có", "đạt", "tham gia", "sử dụng", "thực hiện", "bố trí", "mở", "nhận", "bảo đảm",
                    "đảm bảo", "áp dụng", "phải", "đủ")
MEASURE_WORDS = ("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỷ suất", "tỷ số", "số lượng", "diện tích", "quy mô", "tổng số")
CHANGE_OR_AIM_VERBS = ("tăng", "giảm", "nâng", "đưa", "duy trì", "phấn đấu", "giữ")
NEGATIONS = ("không", "chưa")  # "… xã, phường không có ma túy": the population ends before them
# what else ends the groups a percentage counts: the verbs of their predicate ("…, doanh nghiệp đánh giá hài lòng"),
# an auxiliary ("…, dữ liệu đã được số hóa") or a conjunction ("… khi xây dựng kế hoạch")
PREDICATE_VERBS = ("ứng dụng", "triển khai", "tổ chức", "đánh giá", "xây dựng", "hoàn thành", "thuộc diện", "góp phần")
AUXILIARIES = ("đã", "sẽ", "đang", "đều")
CONJUNCTIONS = ("khi", "để", "nhằm")
RESTRICTING_WORDS = 2  # words after "có" before a verb that make "có …" restrict the groups before it
VERB_LOOKAHEAD = 12  # characters after a verb read for the word it may open ("phát | thanh")
MAX_POPULATION_SUBJECT_WORDS = 30  # a longer run to the verb is no list of groups: the subject ends at its first comma
POPULATION_ARTICLES = ("các", "những", "số", "tổng số")
JOINING_WORDS = (",", "và", "hoặc", "khi", "để", "cho", "với", "của", "trong", "theo", "từ", "về", "được")
NOT_SUBJECT_STARTS = ("vào", "từ", "trên", "trong", "đến", "của", "so với", "theo", "tại", "và", "hoặc")
SUBJECTLESS_STARTS = (
    "thực hiện", "xây dựng", "tổ chức", "phấn đấu", "đảm bảo", "bảo đảm", "hỗ trợ", "đào tạo", "tập huấn",
    "triển khai", "phát triển", "hình thành", "nâng", "tăng", "giảm", "duy trì", "hoàn thành", "sản xuất",
    "biên soạn", "in", "phát", "đăng", "mở", "cấp", "lắp", "trang bị", "bố trí", "huy động", "tuyên truyền",
    "vận động", "giao", "ban hành", "lựa chọn", "cho", "với", "trong", "tại", "từ", "và", "đồng thời", "đến năm",
    "tiếp tục")
SCORE_VERBS = ("cộng", "trừ", "được", "thêm", "tính", "chấm", "đạt")  # "cộng 02 điểm": a scoring rubric
CONDITION_WORDS = ("dưới", "trên", "từ", "đến", "không quá", "tối đa", "tối thiểu")  # "Dưới 30 biên chế | …"
MAX_POPULATION_WORDS = 8  # words of a counted population ("100 trẻ sơ sinh gái sinh ra sống")
PLAIN_DENOMINATOR_WORDS = 2  # "bản tin", "phụ nữ" need no tagging; longer phrases are tagged
UNKNOWN_TAG = "M"  # what the tagger gives numerals and words it does not know ("ngao", "videoclip")
# table cells read like sentences: roles of text columns (None: a column the vocabulary does not name)
PROSE_ROLES = frozenset({"task", "indicator", "result", None})
AGENCY_ROLES = ("lead", "implement")



_BREAKDOWN = re.compile(r"\W*(?:Trong đó|Cụ thể)\b", re.IGNORECASE)  # a sentence that details the one before
_RUBRIC = re.compile(rf"\b(?:{patterns.alternatives(SCORE_VERBS)})\s+(?:\w+\s+){{0,2}}\d+(?:[.,]\d+)?\s+điểm\b",
                     re.IGNORECASE)
_FORMULA = re.compile(r"=")  # "1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng": a computation
_RECKONING = re.compile(r"\([^()]*\s[x×]\s*\d[^()]*\)")  # "(50 người/lớp x 02 lớp)": how a number was reckoned
_INDICATOR_TITLE = re.compile(r"\bchỉ tiêu\b", re.IGNORECASE)  # "DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI"
_BARE_NUMBER = re.compile(r"\d[\d.,]*\s*%?")  # "80", "12,5", "13.500"
_BRACKETED_UNIT = re.compile(r"\(\s*([^\W\d_][^()]{0,20}?)\s*\)\s*$")  # "Lượng (Tấn)"
_MONEY_UNIT = re.compile(r"\b(?:đồng|VNĐ|VND)\b", re.IGNORECASE)  # money in đồng is a budget's
_LIST_LABEL = re.compile(rf"\W*{patterns.LIST_LABEL}\s*[.):/]\s*")  # match(pos)
_TABLE_INDEX = re.compile(r"\s*\d+\s+(?=\S)")  # "8 xã Tân Tiến": a row number of a wrapped table
_CONDITION_CELL = re.compile(rf"\W*(?:{patterns.alternatives(CONDITION_WORDS)})\s+\d", re.IGNORECASE)
_EVERY_PERIOD = re.compile(rf"\b(?:{patterns.alternatives(EVERY)})\s+"
                           rf"({patterns.alternatives(PERIOD_PHRASES + PERIODS)})\b", re.IGNORECASE)  # "mỗi năm học"
_EVERY = re.compile(rf"\b(?:{patterns.alternatives(EVERY)})\s+", re.IGNORECASE)
_HOLDERS = patterns.alternatives(HOLDERS)
_HOLDER = re.compile(rf"(?:{_HOLDERS})(?!\w)", re.IGNORECASE)
_HOLDER_LIST = re.compile(rf"\s*((?:{_HOLDERS})(?:\s*,\s*(?:{_HOLDERS}))*)(?!\w)",
                          re.IGNORECASE)  # "mỗi cơ quan, đơn vị, địa phương"
_WITHIN = re.compile(r"(?<!\w)trong\s*$", re.IGNORECASE)
_DATED_WINDOW = re.compile(r"\s*\(\s*từ\b", re.IGNORECASE)  # "trong 10 ngày làm việc (từ ngày 20/11 …)": how long
_RESTATED = re.compile(r"[^()\d]{0,20}\(\s*")  # a bracket opening just after a quantity
_CONVERTED = re.compile(r"\s*\(\s*")  # a bracket opening right after a quantity (fullmatch between the two)
# units of measure a quantity may be converted between in a bracket ("2 ha (20.000 m2)"), not counts of things
MEASURES = frozenset([*numbers.GLUED_UNITS, "Gb/s", "Mb/s", "tấn", "tạ", "lít", "hecta"])
_BRACKET_CLOSE = re.compile(r"\s*\)")  # used with match(pos) at a quantity's end
_LIST_JOIN = re.compile(r"\s*(?:,|\svà)\s*")  # quantities listed under one comparator
_PERCENT_LIST_JOIN = re.compile(r"\s+[^\W\d_][^,;.:\d]{0,40}?,\s*")  # "10% tập thể, 5%": their groups between
# a plan or budget a recurrence qualifies: "lộ trình thực hiện hàng năm", "kế hoạch hằng năm"
_QUALIFIED_BEFORE = re.compile(r"\b(?:lộ trình|kế hoạch|chỉ tiêu|dự toán|ngân sách)(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
# a benefit paid every period: "100% số người hưởng trợ cấp hưu trí xã hội hàng tháng được rà soát"
_PAID_BEFORE = re.compile(r"\b(?:trợ cấp|lương|phụ cấp)(?:\s+[^\s,;.]+){0,4}\s*$", re.IGNORECASE)
# a recurrence opening a line, which every clause of the line shares: "6.4. Hàng năm, số vụ … tăng trên 03%; …"
_LEADING_EVERY = re.compile(rf"\s*(?:{patterns.alternatives(EVERY)})\s+({patterns.alternatives(PERIODS)})\s*,",
                            re.IGNORECASE)
_INVERTED_RATE = re.compile(r"\s*/\s*lần\b")
# the words between what is counted and the period it is counted per: " đối thoại với Nhân dân" in "02 buổi đối
# thoại với Nhân dân/năm", ", bài" in "04 tin, bài/tháng" (used with match(pos) at the unit's end)
_LATE_PERIOD = re.compile(rf"(?:,?[ \t]+[^\W\d_]+){{1,{MAX_LATE_PERIOD_WORDS}}}?"
                          rf"(?=\s*/\s*(?:{patterns.alternatives(PERIODS)})(?!\w))", re.IGNORECASE)
AREA_UNITS = ("ha", "hecta", "héc ta", "km", "km2", "m2", "m3", "sào", "mẫu")  # what a yield is per: "… trên 1 ha"
_SLASH = re.compile(rf"\s*/\s*|\s+trên\s+(?=0?1\s+(?:{patterns.alternatives(AREA_UNITS)})(?!\w))")  # "/ha", "trên 1 ha"
# "trên 1 ha" right after an amount, what the amount is per, no target: "150 triệu đồng trên 1 ha" (search before it)
_PER_ONE_AFTER_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:\w+\s+)?đồng\s+trên\s*$", re.IGNORECASE)
_COUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\s+(?=[^\W\d_])")
_GLUED_ONE = re.compile(r"0*1(?=[^\W\d_]{2})")  # "1ao": one of what follows
# the population a rate counts per, up to the end of its clause or a time ("… sinh ra sống vào năm 2025")
_POPULATION = re.compile(r"[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_][^\W\d_ ]*)*?(?=\s+(?:vào|xuống|trong|đến|tới|và|trở|"
                         r"so với|năm\s+\d)\b|\s*[,.;:()/]|\s*$)")
_CLAUSE_END = re.compile(r"[,;:]|\d")
_SENTENCE_PART_END = re.compile(r"[;:]|\d")
_AFTER_COMPARATOR = re.compile(r"\s*(trở lên|trở xuống|trở lại)\b", re.IGNORECASE)
_COMPARATOR_BEFORE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(COMPARATORS)})\s*:?\s*$", re.IGNORECASE)
_LINKING_VERB = re.compile(rf"(?<!\w)(?:{patterns.alternatives(LINKING_VERBS)})(?!\w)", re.IGNORECASE)
# linking verbs run together before a quantity: "phải đạt", "phấn đấu đạt", "được … đảm bảo"
_LINKING_RUN = re.compile(rf"(?:(?:{patterns.alternatives(LINKING_VERBS)})(?!\w)[\s,]*"
                          r"(?:(?:đến|vào|trong)\s+năm\s+\d{4}[\s,]*)?)+", re.IGNORECASE)  # "phấn đấu đến năm 2030 đạt"
_A_DIGIT = re.compile(r"\d")
# another quantity's predicate and its clause inside the words before a quantity: "đạt 400 triệu USD, "
_OTHER_QUANTITY = re.compile(rf"(?<!\w)(?:{patterns.alternatives(LINKING_VERBS)})\s+[^,;()]*?\d[^,;()]*,\s*",
                             re.IGNORECASE)
_LEADING_LINK = re.compile(rf"^(?:{patterns.alternatives(LINKING_VERBS)})\s+", re.IGNORECASE)
_PERCENT_OF = re.compile(rf"\s*((?:{patterns.alternatives(POPULATION_ARTICLES)})?\s*[^\W\d_][^,;.:]*?(?:\([^)]*\))?)"
                         rf"(?=\s+(?:{patterns.alternatives(POPULATION_VERBS)})\b|[,;.]|$)")
# where the groups a percentage counts end: at their verb ("… xã, phường không có ma túy"), at the next quantity
# of the sentence ("100% nhà trường và trên 70% người lao động …", "…, tăng thêm ít nhất 10% …"), its year or its end
_POPULATION_END = re.compile(
    # a verb after "người" names a group ("người sử dụng", "người được khám"), after "lĩnh vực" a field ("lĩnh vực
    # xây dựng"): no predicate
    rf"(?<!người)(?<!lĩnh vực)\s+(?:(?:{patterns.alternatives(NEGATIONS)})\s+)?"
    rf"(?:{patterns.alternatives(POPULATION_VERBS + PREDICATE_VERBS + AUXILIARIES + CONJUNCTIONS)})(?!\w)"
    rf"|(?:,|\s+(?:và|hoặc))\s+(?:(?:{patterns.alternatives(COMPARATORS)}|tăng|thêm|giảm|đạt)\s+){{0,3}}\d"
    rf"|\s+(?:{patterns.alternatives(EVERY)})\s+(?:{patterns.alternatives(PERIODS)})(?!\w)"
    r"|\s+(?:ngay\s+)?(?:(?:vào|đến|trong)\s+)?năm\s+\d{4}|[;.:][\"”’)]*(?:\s|$)", re.IGNORECASE)
_AFTER_QUANTITY = re.compile(r"\(?\d[^,()]*,\s*(?P<label>[^\W\d][^,()]*)$")  # "25 trạm, Viettel" (before ": 33 trạm")
# a change or aim verb before the measure it moves: "Tăng tỷ lệ …", "Giảm tỷ trọng …", "Nâng tổng số …"
_MEASURE_AFTER_VERB = re.compile(rf"^(?:{patterns.alternatives(CHANGE_OR_AIM_VERBS)})\s+"
                                 rf"(?=(?:{patterns.alternatives(MEASURE_WORDS)})\b)", re.IGNORECASE)
_MOVED_TO = re.compile(r"(?<!\btrở)\s+(?:lên|xuống)\s*$", re.IGNORECASE)  # "Đưa tỷ lệ … lên 80%", not "trở lên"
_PARTS_LABEL = re.compile(rf"(?:{'|'.join(tables.PARTS_WORDS)})\b", re.IGNORECASE)  # "…, trong đó: 26 đợt/năm"
_TRAILING_JOIN = re.compile(r"[\s,]+(?:và|hoặc)$", re.IGNORECASE)
_NOT_SUBJECT_START = re.compile(rf"(?:{patterns.alternatives(NOT_SUBJECT_STARTS)})\b", re.IGNORECASE)
_SUBJECTLESS = re.compile(rf"(?:{patterns.alternatives(SUBJECTLESS_STARTS)})\b|[^\w]|\d", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[;:]")
# a share of a whole, the whole after the percentage: "Kinh tế số chiếm 45% GRDP tỉnh" counts the digital economy
_SHARE_OF = re.compile(rf"(?<!\w)chiếm(?:\s+(?:{patterns.alternatives(COMPARATORS)}|từ))*\s*$", re.IGNORECASE)
_WHOLE = re.compile(r"\s*(?:GRDP|GDP|tổng(?!\s+số\b))(?!\w)", re.IGNORECASE)  # "… đạt 40% GRDP": a share of a whole
_CHANGE_BEFORE = re.compile(r"\s+(?:tăng|giảm)(?:\s+(?:lên|xuống))?\s*$", re.IGNORECASE)  # before a linking verb
_MEASURE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(MEASURE_WORDS)})(?!\w)", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:để|nhằm)\s", re.IGNORECASE)  # used with match: a clause opening with what it is for
_RESTRICTING = re.compile(r"\s+có", re.IGNORECASE)  # "… có …" before another verb restricts the groups it follows
_JOINED = re.compile(r"[,;]|\s(?:và|hoặc)(?!\w)", re.IGNORECASE)
_CLOSES_CLAUSE = re.compile(r"\s*(?:[,;]|và\b)", re.IGNORECASE)  # a period ending the clause of a quantity before it
# the year a target is met by, which is no part of its subject ("Đến năm 2030, tỷ lệ …"), and an aim or a period
# opening the clause ("Phấn đấu tỷ lệ hộ nghèo giảm …", "Hàng năm, số vụ …")
_HORIZON = re.compile(rf"{horizons.BOUNDED}\s*,?", re.IGNORECASE)
_OPENING_AIM = re.compile(r"^(?:phấn đấu\s+(?!đạt\b))?(?:(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng|tuần)\b\s*,?\s*)?",
                          re.IGNORECASE)
_BULLET = re.compile(rf"[{patterns.BULLETS}]?")
_LEADING_BULLET = re.compile(rf"^[{patterns.BULLETS}](?!\d)\s*")  # "- Số giáo viên", not "-5"
_TITLE_EDGES = f" :()[]{patterns.BULLETS}"

# a table of how revenue is split between budget levels sets rules, not targets:
# "TỶ LỆ PHẦN TRĂM (%) PHÂN CHIA NGUỒN THU GIỮA CÁC CẤP NGÂN SÁCH"
_REVENUE_SHARES = re.compile(r"(?<!\w)(?:nguồn thu|khoản thu)(?!\w)", re.IGNORECASE)


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
    year: Optional[Int16] = None  # the year it is to be met: its table column's ("Năm 2026") or its horizon


def extract(doc: ParsedDocument) -> Iterator[Target]:
    """The targets of a document, in text order."""
    masked, results = masked_spans(doc.text), passages.result_spans(doc)
    layout = tables.read(doc)
    seen_in_table: set[tuple] = set()
    after_table = False
    for line_start, line_end in passages.lines(doc):
        row = layout.row_at(line_start)
        if not results.overlaps(line_start, line_start + 1):
            if row is None:
                yield from _line_targets(doc, line_start, line_end, masked, after_table)
            elif row.start == line_start and not row.is_group:
                yield from _row_targets(doc, row, masked, seen_in_table)
        after_table = layout.covers(line_start)


def _line_targets(doc: ParsedDocument, start: int, end: int, masked: passages.Spans, after_table: bool = False,
                  responsible: Optional[str] = None) -> Iterator[Target]:
    """The targets of a line (or a table cell), sentence by sentence."""
    text = doc.text
    label = (_TABLE_INDEX if after_table else _LIST_LABEL).match(text, start, end)
    body = label.end() if label else start
    reported = False  # the previous sentence reports the present or the past
    leading = _LEADING_EVERY.match(text, body, end)
    for s_start, s_end in passages.sentences(text, body, end):
        sentence = text[s_start:s_end]
        if _BREAKDOWN.match(sentence) and reported:
            continue  # "Hiện nay … là 87 trạm. Trong đó, có 28 trạm 5G": the breakdown of a report
        reported = passages.reports_past(sentence)
        if _RUBRIC.search(sentence) or _FORMULA.search(sentence):
            continue
        reckoned = passages.Spans([m.span() for m in _RECKONING.finditer(text, s_start, s_end)])
        previous = None
        for q in quantities(text, s_start, s_end, masked):
            if reckoned.overlaps(q.number.start, q.end):
                continue  # "Tập huấn cho 100 học viên (50 người/lớp x 02 lớp)": the 100 is the target
            if (previous and q.number.start < previous.end) or (
                    q.number.value == 1 and _PER_ONE_AFTER_AMOUNT.search(text, s_start, q.number.start)):
                continue  # the "1 ha" of "6,5 tấn trên 1 ha", "150 triệu đồng trên 1 ha": what is per it
            if is_foreign_money(q.unit) and funding.FUNDING_CLAUSE.search(text, s_start, q.number.start):
                continue  # "Kinh phí thực hiện dự án dự kiến 2,5 triệu USD từ nguồn viện trợ …": a budget's
            target = _target(doc, q, s_start, s_end, responsible)
            if leading and target.per is None and not YEAR.search(text, s_start, s_end):
                target = replace(target, per=leading.group(1).lower())
            if target.per is not None and target.per == target.unit.lower():
                continue  # "Định kỳ hàng tháng (…), 6 tháng (…), tổng kết năm": periods of reports, not a rate
            rates = previous and previous.unit == target.unit and target.unit in numbers.RATE_UNITS
            joined = _PERCENT_LIST_JOIN if rates else _LIST_JOIN
            if previous and target.comparator == "=" and joined.fullmatch(text, previous.end, target.start):
                # "không quá 01 tập thể, 03 cá nhân", "không quá 10% tập thể, 5% cá nhân"
                target = replace(target, comparator=previous.comparator)
            if previous and target.value == previous.value and _RESTATED.fullmatch(text, previous.end, target.start):
                continue  # "10 Gigabit mỗi giây (10 Gbps)": the same quantity in other units
            if (previous and _CONVERTED.fullmatch(text, previous.end, target.start) and target.per is None
                    and previous.per is None and _BRACKET_CLOSE.match(text, target.end)
                    and previous.unit != target.unit and {previous.unit, target.unit} <= MEASURES):
                continue  # "2 ha (20.000 m2)", "1 Gb/s (1.000 Mbps)": the quantity converted, alone in its bracket
            previous = target
            yield target


def _row_targets(doc: ParsedDocument, row: tables.Row, masked: passages.Spans, seen: set[tuple]
                 ) -> Iterator[Target]:
    """The targets of a table row: its value cells in an indicator table (one with an indicator column, or
    a unit column under a title naming indicators), except in a year the table reports results for;
    else its text cells (a quantity ``seen`` in an earlier row of the table is not given again, unless
    the row's own indicator or task states it)."""
    text = doc.text
    responsible = _row_agency(doc, row)
    listed = row.has("indicator") or (row.has("unit") and bool(_INDICATOR_TITLE.search(row.title)))
    reported = {c.year for c in row.header if c.role == "actual"}  # a year the table gives results for is past
    values = [c for c in row.cells if c.role == "value" and c.end > c.start
              and (c.column.year is None or c.column.year not in reported)] if listed else []
    if values:
        for cell in values:
            target = _value_target(doc, row, cell, responsible)
            if target is not None:
                yield target
        return
    for cell in row.cells:
        unit = _column_unit(cell) or _percent_norm(doc, cell)
        if unit and not (cell.role == "share" and _REVENUE_SHARES.search(row.title)):
            target = _column_target(doc, row, cell, unit, responsible)
            if target is not None:
                yield target
    for cell in row.cells:
        if cell.role in PROSE_ROLES and cell.end > cell.start and not _CONDITION_CELL.match(text, cell.start, cell.end):
            for target in _line_targets(doc, cell.start, cell.end, masked, responsible=responsible):
                # each row's own indicator or task states its own target; other cells repeat conditions
                stated = (text[cell.start:target.start] + text[target.end:cell.end]
                          if cell.role in ("indicator", "task") else None)
                key = (row.table, target.value, target.value_max, target.unit, target.per, target.comparator, stated)
                if key not in seen:
                    seen.add(key)
                    yield target


def _value_target(doc: ParsedDocument, row: tables.Row, cell: tables.Cell, responsible: Optional[str]
                  ) -> Optional[Target]:
    """The target of a value cell of an indicator table ("100%", "≥ 80%", "27.000" under "Năm 2026")."""
    text = doc.text
    n = next(numbers.numbers(text, cell.start, cell.end), None)
    unit_cell = row.text(doc, "unit")
    if n is None or (unit_cell and numbers.unit_scale(unit_cell) is not None):
        return None  # no number, or money: budgets
    unit, _, per = (unit_cell or "").partition("/")
    rate = n.rate_unit if n.percent else unit.strip() if unit.strip() in numbers.RATE_UNITS else None
    q = Quantity(n, rate or _common_noun(unit.strip()) or None, n.end)
    if q.unit is None:
        return None
    q = scaled(q) if rate is None else q
    before = text[cell.start:n.start]
    comparator, end = _comparator(before, n.open_from, text, n.end, cell.end)
    start = _comparator_start(before, cell.start, n.start)
    return Target(**doc.provenance(start, end), value=q.number.value, value_max=q.number.value_max, unit=q.unit,
                  per=per.strip() or None, comparator=comparator, subject=_indicator(doc, row),
                  responsible=responsible, year=_cell_year(doc, cell, start, end))


def _column_target(doc: ParsedDocument, row: tables.Row, cell: tables.Cell, unit: str, responsible: Optional[str]
                   ) -> Optional[Target]:
    """The quantity a bare number sets in a column that names its unit: a share ("80" under "Tỷ lệ vốn đối ứng
    (%)" / "Thành phố"), a plan amount ("13.500" under "Kế hoạch 2026" / "Lượng (Tấn)"), or a percentage
    norm (the number only); its row's name and column as subject. A cell that is not a bare number
    ("X", "Chi tiết theo PL02.2") sets none."""
    text = doc.text
    bare = _BARE_NUMBER.fullmatch(text, cell.start, cell.end)
    if not (bare or _percent_norm(doc, cell)):
        return None
    n = next(numbers.numbers(text, cell.start, cell.end), None)
    if n is None:
        return None
    end = cell.end if bare else n.end
    name = next((text[c.start:c.end] for c in row.cells if c.role in PROSE_ROLES and c.end > c.start), None)
    subject = " - ".join(part for part in (name, cell.column.name if cell.column else None) if part)
    return Target(**doc.provenance(cell.start, end), value=n.value, value_max=n.value_max, unit=unit,
                  comparator="=", subject=subject or None, responsible=responsible,
                  year=_cell_year(doc, cell, cell.start, end))


def _cell_year(doc: ParsedDocument, cell: tables.Cell, start: int, end: int) -> Optional[int]:
    """The year of a value cell: its column's ("Năm 2026"), else the horizon its row or heading states."""
    return (cell.column.year if cell.column else None) or horizons.year(doc, start, end)


def _percent_norm(doc: ParsedDocument, cell: tables.Cell) -> Optional[str]:
    """'%' for a cell of a money column that opens with a percentage: a norm set as a share of other
    spending ("1,5%" under "Khu vực đô thị", "5% chi sự nghiệp giáo dục …"), not an amount."""
    if cell.role != "money":
        return None
    n = next(numbers.numbers(doc.text, cell.start, cell.end), None)
    return n.rate_unit if n is not None and n.percent and n.start == cell.start else None


def _column_unit(cell: tables.Cell) -> Optional[str]:
    """The unit a cell's column gives its numbers: '%' for a share, the bracketed unit of a plan column
    ("Lượng (Tấn)" → 'tấn', "Giá trị xuất khẩu (Nghìn USD)" → 'nghìn USD'); none for money in đồng ("(triệu
    đồng)") or other columns."""
    if cell.role == "share":
        return "%"
    unit = _BRACKETED_UNIT.search(cell.column.name) if cell.role == "value" and cell.column else None
    if unit is None or _MONEY_UNIT.search(unit.group(1)):
        return None
    return _common_noun(unit.group(1).strip())


def _indicator(doc: ParsedDocument, row: tables.Row) -> Optional[str]:
    """What an indicator row measures (its indicator, else its content, without a bullet), after its group's
    title when it is an unnumbered item of the group ("- Y tế:" over "- Số giường bệnh" → "Y tế: Số giường
    bệnh")."""
    indicator = row.text(doc, "indicator") or row.text(doc, "task")
    if indicator is None:
        return None
    indicator = _LEADING_BULLET.sub("", indicator)
    index = row.text(doc, "index")
    group = (row.group or "").strip(_TITLE_EDGES)
    if group and (index is None or _BULLET.fullmatch(index)):
        return f"{group}: {indicator}"
    return indicator


def _row_agency(doc: ParsedDocument, row: tables.Row) -> Optional[str]:
    """The first body named in a row's lead or implementing cell."""
    cell = row.cell(*AGENCY_ROLES)
    return next((a.name for a in agencies.listed(doc.text, cell.start, cell.end)), None) if cell else None


def _common_noun(unit: str) -> str:
    """A unit as a common noun, word by word: 'Ha' → 'ha', 'Triệu USD' → 'triệu USD'; abbreviations ('USD',
    'CNTT') keep their case."""
    return " ".join(word[:1].lower() + word[1:] if word[1:] == word[1:].lower() else word for word in unit.split(" "))


def _target(doc: ParsedDocument, q: Quantity, s_start: int, s_end: int, responsible: Optional[str] = None
            ) -> Target:
    text, n = doc.text, q.number
    before = text[s_start:n.start]
    value, value_max, unit, end, per = n.value, n.value_max, q.unit, q.end, None
    inverted = _INVERTED_RATE.match(text, end, s_end)
    if inverted and unit in PERIODS:  # "01 tháng/lần": once a month
        per = unit if value == 1 else f"{_fmt(value)} {unit}"
        value, value_max, unit, end = 1.0, None, "lần", inverted.end()
    if per is None:
        per, end = _slash_per(text, end, s_end)
    if per is None and (late := _LATE_PERIOD.match(text, end, s_end)):
        per, end = _slash_per(text, late.end(), s_end)  # "02 buổi đối thoại với Nhân dân/năm", "04 tin, bài/tháng"
    per = per or _every_after(text, end, s_end, n.percent) or _every_before(before)
    comparator, end = _comparator(before, n.open_from, text, end, s_end)
    start = _comparator_start(before, s_start, n.start)
    within = _WITHIN.search(before)
    if (comparator == "=" and within and unit.split()[0].lower() in DURATIONS
            and not _DATED_WINDOW.match(text, end, s_end)):
        comparator, start = "<=", s_start + within.start()  # "trong 24-48 giờ sau khi nước rút": at most
    return Target(**doc.provenance(start, end), value=value, value_max=value_max, unit=unit, per=per,
                  comparator=comparator, subject=_subject(text, s_start, q, end, s_end),
                  responsible=responsible or agencies.responsible(doc, start), year=horizons.year(doc, start, end))


def _slash_per(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """A '/denominator' right after the unit: '/năm', '/hội/năm', '/bản tin', '/100 bé gái sinh ra sống'."""
    parts, end = [], pos
    while (m := _SLASH.match(text, end, limit)):
        part, part_end = _denominator(text, m.end(), limit)
        if part is None:
            break
        parts.append(part)
        end = part_end
    return ("/".join(parts), end) if parts else (None, pos)


def _denominator(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """What a rate is counted per: a period ('năm phát triển' → 'năm'), a counted population to the end
    of its clause ('100 bé gái sinh ra sống'), else the leading noun phrase, told by its parts of speech."""
    count = _COUNT.match(text, pos, limit)
    if count and int(count.group(1).replace(".", "")) == 1:
        pos, count = count.end(), None  # "01 mẫu/01 kv": per "kv"
    elif glued := _GLUED_ONE.match(text, pos, limit):
        pos = glued.end()  # "01 mẫu/1ao": per "ao"
    if count:  # a population counted in full: "/100 bé gái sinh ra sống", "/1.000 phụ nữ"
        population = _POPULATION.match(text, count.end(), limit)
        if population and len(population.group().split()) <= MAX_POPULATION_WORDS:
            return text[pos:population.end()], population.end()
    unit, unit_end = unit_phrase(text, count.end() if count else pos, limit)
    if unit is None:
        return None, pos
    if not count and unit.split()[0].lower() in PERIODS:
        return unit_phrase(text, pos, limit, 2 if " ".join(unit.split()[:2]).lower() in PERIOD_PHRASES else 1)
    phrase = text[pos:unit_end]
    if hedge := _DENOMINATOR_END.search(phrase):  # "mỗi lớp khoảng 40 người": per "lớp"
        phrase = phrase[:hedge.start()].rstrip()
        unit_end = pos + len(phrase)
    if len(phrase.split()) > PLAIN_DENOMINATOR_WORDS:
        nouns = _leading_nouns(phrase)
        if phrase.startswith(nouns):
            phrase, unit_end = nouns, pos + len(nouns)
    return phrase, unit_end


def _leading_nouns(phrase: str) -> str:
    """The words of a short phrase up to its first word that is not a noun (its first word always)."""
    tagged = tagging.pos_tags(phrase)
    kept = [tagged[0][0]]
    for word, tag in tagged[1:]:
        if tag not in agencies.NOUN_TAGS and not (tag == UNKNOWN_TAG and not word[0].isdigit()):
            break
        kept.append(word)
    return " ".join(kept)


def _every_after(text: str, pos: int, limit: int, percent: bool) -> str | None:
    """'… được phát sóng hàng tuần' → 'tuần', before the next number and, for a count, in the same
    clause (a percentage's population may run on over commas: '100% cán bộ, giáo viên … hàng năm'; a
    count after a percentage takes the period for itself; not how often a benefit is paid: '… trợ cấp hưu
    trí xã hội hàng tháng')."""
    stop = (_SENTENCE_PART_END if percent else _CLAUSE_END).search(text, pos, limit)
    if percent and stop and stop.group().isdigit():
        return None  # "100% xã … mỗi quý có ít nhất 04 tin, bài": the period belongs to the count
    m = _EVERY_PERIOD.search(text, pos, stop.start() if stop else limit)
    if m is None or _PAID_BEFORE.search(text, pos, m.start()):
        return None
    return m.group(1).lower()


def _every_before(before: str) -> str | None:
    """'Mỗi tin bài … có ít nhất 3 lần' → 'tin bài'; 'Hàng năm, …' → 'năm' (not when a year follows it, nor
    when it qualifies a plan: 'theo lộ trình thực hiện hàng năm'; units or bodies only when no "mỗi", "hàng" or
    "hằng" before the number names a period: 'Mỗi xã, phường chọn 02 trường hợp' → 'xã, phường'; not for a
    number in a bracket opened since: 'mỗi điểm … 02 tầng nước (tầng đáy cách đáy 0,5 - 1m …)' describes the
    layers)."""
    found = held = None
    for m in _EVERY.finditer(before):
        if passages.open_brackets(before, m.end(), len(before)) > 0:
            continue
        per, per_end = _denominator(before, m.end(), len(before))
        if per in PERIODS and (YEAR.search(before, m.end()) or _QUALIFIED_BEFORE.search(before, 0, m.start())):
            continue  # "theo lộ trình hàng năm, … đạt 20% … năm 2025": the quantity has its own year
        if (per in PERIODS and _A_DIGIT.search(YEAR.sub(" ", before[:m.start()]))
                and _CLOSES_CLAUSE.match(before, per_end)):
            continue  # "850 ha rừng mỗi năm, trong đó … ít nhất 30%": the rate of the quantity before it (not of a
            # year's: "Từ năm 2026, hằng năm, mỗi xã …")
        each = m.group(0).lower().startswith("mỗi")
        if per and (per in PERIODS or (each and not _HOLDER.match(per))):
            found = per
        elif per and each and (holders := _HOLDER_LIST.match(before, m.end())):
            held = holders.group(1)
    return found or held


def _comparator(before: str, open_from: bool, text: str, pos: int, limit: int) -> tuple[str, int]:
    """The comparator of a quantity, and where the row's span ends ('… trở lên')."""
    after = _AFTER_COMPARATOR.match(text, pos, limit)
    if after:
        return AFTER_COMPARATORS[after.group(1).lower()], after.end()
    sign = COMPARATOR_SIGNS.search(before)
    if sign:
        return COMPARATORS[sign.group(1)], pos
    window = WORD.findall(before.lower())[-COMPARATOR_WINDOW:]
    best = None
    for size in (3, 2, 1):
        for i in range(len(window) - size + 1):
            phrase = " ".join(window[i:i + size])
            if phrase in COMPARATORS and (phrase not in NEXT_TO_NUMBER or i + size == len(window)):
                if best is None or i + size > best[0]:
                    best = (i + size, COMPARATORS[phrase])
    if best:
        return best[1], pos
    return (">=" if open_from else "="), pos


def _comparator_start(before: str, s_start: int, n_start: int) -> int:
    """Start the row's span at a comparator right before the number ('tối thiểu 01 …')."""
    tail = len(before) - COMPARATOR_REACH
    m = _COMPARATOR_BEFORE.search(before, max(0, tail))
    return s_start + m.start() if m else n_start


def _subject(text: str, s_start: int, q: Quantity, end: int, s_end: int) -> str | None:
    """Who or what the target applies to: '100% các xã …', 'Mỗi huyện, thành phố', 'Tỷ lệ … đạt 60%'."""
    share = q.number.percent and bool(_SHARE_OF.search(text, s_start, q.number.start) or _WHOLE.match(text, end))
    if q.number.percent and not share:
        m = _PERCENT_OF.match(text, end, s_end)
        if m and m.group(1).strip() and not _NOT_SUBJECT_START.match(m.group(1).strip()):
            return _tidy(_population(text, m.start(1), s_end) or m.group(1))
    parts = [p.strip(" -–+*") for p in _CLAUSE_SPLIT.split(text[s_start:q.number.start])]
    opening = _OPENING_AIM.sub("", _HORIZON.sub("", parts[-1])).strip()  # its year and period are fields of their own
    clause = _before_predicate(opening)
    if not _LINKING_VERB.search(opening):  # "Mỗi xã, phường chọn 02 trường hợp": the verb before it is its predicate
        clause = _without_predicate(clause)
    # a clause that is only a comparator, or a purpose, leaves its label as the subject ("- Ngân sách trung ương:
    # để thực hiện các dự án …, chiếm khoảng 75%")
    labelled = (_is_comparator_only(clause) or bool(_PURPOSE.match(clause))) and len(parts) > 1
    if labelled:  # "Thời gian tổ chức: dự kiến 01 ngày", "Lắp đặt mới trạm 3G/4G: 58 trạm"
        clause = _before_predicate(parts[-2])
        if after := _AFTER_QUANTITY.match(clause):  # "VNPT: 25 trạm, Viettel: 33 trạm": the label after the last
            clause = after.group("label").strip()
    measures = list(_MEASURE.finditer(clause)) if share else []
    if measures:  # "… xây dựng các chính sách để bảo đảm tỷ lệ hoạt động trực tuyến chiếm 50% …": the rate
        clause = clause[measures[-1].start():]
    clause = _MEASURE_AFTER_VERB.sub("", clause, count=1)  # "Tăng tỷ lệ lao động nữ … đạt 50%": the rate named
    if not clause or _is_comparator_only(clause) or (labelled and _PARTS_LABEL.match(clause)) or (
            _SUBJECTLESS.match(clause) and not (labelled and clause[0].isalpha())):  # a label may open with a verb
        return None
    return _tidy(_MOVED_TO.sub("", _COMPARATOR_BEFORE.sub("", clause)))  # "… lên tối thiểu": the comparator's


def _population(text: str, start: int, limit: int) -> str | None:
    """The groups a percentage counts, listed with commas up to their verb: "xã, phường trên toàn thành phố"
    (of "50% số xã, phường trên toàn thành phố không có ma túy"); None for a run too long to be one list."""
    ends = [m for m in _POPULATION_END.finditer(text, start, limit)
            if passages.open_brackets(text, start, m.start()) == 0]  # "(bao gồm người được …)" is its own
    if len(ends) > 1 and _restricts(text, ends[0], ends[1]):
        ends = ends[1:]  # "xã, phường có người nghiện ma túy bố trí …": "có …" says which groups, the verb after counts
    stop = ends[0].start() if ends else limit
    groups = text[start:stop].rstrip(" ,")
    groups = _TRAILING_JOIN.sub("", groups)
    return groups if len(groups.split()) <= MAX_POPULATION_SUBJECT_WORDS else None


def _restricts(text: str, has: re.Match, verb: re.Match) -> bool:
    """Whether "có …" (``has``, an end of the groups a percentage counts) says which groups they are, the next end
    (``verb``) being their predicate: a verb two words or more after it, in the same clause, that neither closes
    nor opens a word ("có người nghiện ma túy bố trí …"; not "có đủ …", "có điểm tiếp nhận", "có … và bố trí …",
    "có ít nhất 01-02 chương trình phát thanh", whose "có" counts)."""
    between = WORD.findall(text[has.end():verb.start()])
    head = WORD.findall(verb.group())
    after = WORD.findall(text[verb.end():verb.end() + VERB_LOOKAHEAD])
    return (_RESTRICTING.fullmatch(has.group()) is not None and len(between) >= RESTRICTING_WORDS
            and not any(word[0].isdigit() for word in between)  # "có ít nhất 01-02 chương trình": its predicate
            and bool(head) and head[0].isalpha() and not _JOINED.search(text, has.end(), verb.start())
            and not lexicon.is_compound(between[-1], head[0])
            and not (after and lexicon.is_compound(head[-1], after[0])))  # "… chương trình phát thanh": a noun


def _before_predicate(clause: str) -> str:
    """What a clause says before the predicate of its quantity: the last linking verb and those joined to it
    ("Tỷ lệ dân số … có điện thoại thông minh đạt" → "Tỷ lệ dân số … có điện thoại thông minh"; "… phải đạt")."""
    first = last = None
    for m in _LINKING_VERB.finditer(clause):
        if passages.open_brackets(clause, 0, m.start()):
            continue  # "(bao gồm người được ủy quyền nhận thay)": a bracket's own verb
        first = first or m
        if last is None or _LINKING_RUN.fullmatch(clause, last.start(), m.start()) is None:
            last = m
    if last and _A_DIGIT.search(clause, last.end()):
        last = first  # words between the predicate and the quantity hold another: the clause's first verb
    subject = _CHANGE_BEFORE.sub("", clause[:last.start()]) if last else clause  # "… giảm còn": one predicate
    others = list(_OTHER_QUANTITY.finditer(subject))
    if others:  # "… đạt 400 triệu USD, tăng bình quân hằng năm …": what follows the other quantity's clause
        subject = subject[others[-1].end():]
    return _LEADING_LINK.sub("", subject.strip())  # "Có tỷ lệ cử tri đi bầu cử đạt 98%"


def _without_predicate(clause: str) -> str:
    """A clause without the verbs that end it, with the comparator after them ("Mỗi xã, phường chọn" → "Mỗi xã,
    phường"; "chọn không quá" → "không quá"); a capitalised word ends a name, not a predicate ("… Tỉnh ủy"), and
    verbs after a word that joins them to what precedes belong to it ("tỷ số giới tính khi sinh", "… và đổi mới")."""
    comparator = _COMPARATOR_BEFORE.search(clause)
    head = clause[:comparator.start()] if comparator else clause
    if _MOVED_TO.search(head):
        return clause  # "Đưa tỷ lệ … lên": the verb moving the rate, with its particle
    tagged = tagging.pos_tags(head) if head.strip() else ()
    kept = len(tagged)
    while kept and tagged[kept - 1][1] == "V" and tagged[kept - 1][0][:1].islower():
        kept -= 1
    if kept == len(tagged) or (kept and tagged[kept - 1][0].lower() in JOINING_WORDS):
        return clause
    cut = _word_end(head, [word for word, _ in tagged[:kept]])
    if cut is None:
        return clause
    return (head[:cut] + " " + comparator.group() if comparator else head[:cut]).strip()


def _word_end(text: str, words: list[str]) -> int | None:
    """Where the words of ``text`` (as the tagger gave them, in order) end; None if they cannot be found."""
    pos = 0
    for word in words:
        found = text.find(word, pos)
        if found == -1:
            return None
        pos = found + len(word)
    return pos


def _tidy(subject: str) -> str | None:
    """A subject without the brackets its cut left unmatched ("… theo 02 tầng nước (tầng đáy cách đáy")."""
    return passages.balanced(subject).strip(" ,;:-–") or None


def _is_comparator_only(clause: str) -> bool:
    words = WORD.findall(clause.lower())
    return not words or " ".join(words[:2]) in COMPARATORS or words[0] in COMPARATORS


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
