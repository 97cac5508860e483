"""Budgets: amounts of planned spending or allocation, and funding-source statements.

Rows come from
- money in a clause about funding, spending or allocation ("dự kiến khoảng 1.050 triệu đồng",
  "mức hỗ trợ 160.000 đồng/trẻ/tháng"); a range gives one row per end. Economic indicators,
  revenue and results ("GRDP", "tổng thu ngân sách", "ước thực hiện", "so cùng kỳ") are not;
- tables, read by column (``extractors.tables``), one row per planned amount, with the year of its column,
  the column's name (``table_column``) and the name of its row (``item``): in a row whose unit cell is money
  ("Dưới 30 biên chế | Đồng/biên chế/năm | 95.000.000"), every amount cell, with ``per`` from the unit; in a
  column whose name gives the money unit ("Thành tiền (đồng)", "Kinh phí (triệu đồng)"), every amount; under
  a caption "Đơn vị: triệu đồng", the amount cells of spending rows ("Chi đầu tư phát triển | 5.937.440 |
  …", or any row of a table titled as spending: "DỰ TOÁN CHI …") in plan columns ("Dự toán", "Năm 2026"),
  and every amount of a column of costs ("Kinh phí" beside each task). In a state budget's own tables (the
  forms of a "Kế hoạch tài chính - ngân sách": "DỰ TOÁN THU NSNN …", "DỰ TOÁN CHI CÂN ĐỐI NGÂN SÁCH …", "KẾ
  HOẠCH VAY VÀ TRẢ NỢ …") every row counts, revenue and borrowing too (its ``flow``), save the stock of debt
  ("Tổng dư nợ đầu năm"), and so does every column of a year: the plan's years, and the current year's
  budget and outturn (estimated; not summable with the plan's amounts). Elsewhere, columns of results,
  estimates and comparisons ("Đánh giá thực hiện", "Ước thực hiện", "So sánh …") and plan columns of a year
  before the plan's own period (its baseline) give none. In a cost table whose numbered items give only
  their total, the totals of its outermost items are the rows ("I", "II", and a "Tổng cộng"), and the sub-items
  and priced lines under them are not. A column named under a
  spanning one by a place or level ("Định mức" over "Khu vực đô thị") is the amount's ``scope``; a
  funding-source column ("Nguồn kinh phí") gives the row's amounts their ``source``, or a statement of its
  own. Other cells are read like sentences, as a funding section's lines under a group on funding ("V | Bảo đảm
  kinh phí …" over "5.1 | Huy động tối đa các nguồn kinh phí … bao gồm: ngân sách nhà nước; …");
- funding-source statements without an amount: the lines of a "KINH PHÍ" section and, elsewhere, sentences
  about funding ("Kinh phí … từ nguồn …") and the statements ``extractors.funding_statements`` reads (duties,
  requests, transfers, weighed duties, calls to mobilise, parties meeting their own costs, cost-sharing rules,
  pooling: "Sở Tài chính … bố trí ngân sách nhà nước để thực hiện Kế hoạch này"), one row per statement (a
  later sentence of a funding-section line that sets a duty to fund from a source of its own, or taps a further
  one, is one: "Các cơ quan, đơn vị chủ động bố trí kinh phí … từ nguồn ngân sách được giao", "Chủ động khai
  thác các nguồn lực ngoài ngân sách"; a later clause of a statement's sentence, or one joined to it, that
  mobilises or allocates a further source adds it to the statement's source: "A; đồng thời huy động các nguồn
  vốn hợp pháp khác" → "A; các nguồn vốn hợp pháp khác", "A; trình … phân bổ vốn ngân sách trung ương …" → "A;
  vốn ngân sách trung ương"); outside a funding section each sentence of a line that makes a statement is one, its
  row that sentence ("… thì ngân sách thành phố chịu trách nhiệm đối ứng. Ủy ban nhân dân thành phố xem xét, hỗ trợ
  bổ sung có mục tiêu cho ngân sách cấp xã …" gives two rows); a statement splitting a cost between sources
  ("Ngân sách thành phố hỗ trợ 50%; ngân sách xã/phường hỗ trợ 40% và các nguồn xã hội hóa khác là 10%") gives
  one row per split, each source with its share ("Ngân sách thành phố (50%); ngân sách xã/phường (40%); …").
A "KINH PHÍ" section (however numbered or worded) always yields at least one row; when it names no
source, its first sentence stands as the source, without the title of a document it cites.
A row's ``scope`` is the level its line is headed by ("1. Cấp tỉnh: …"), else the bodies whose budget its source
is ("… ngân sách hằng năm của các sở, ngành"), else the subject of its sentence when that subject funds from its
own budget ("Các sở, ngành, địa phương chủ động bố trí kinh phí từ dự toán được giao"; not the finance
department, nor a body that advises: "… chủ trì, tham mưu bố trí kinh phí"), else the level or the bodies its
section heading names ("1. Cấp thành phố", "17. Ủy ban nhân dân xã, phường"). A statement's ``year`` is the one
year it names ("nguồn ngân sách nhà nước được giao năm 2025").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator, Optional

from extractors import agencies, dates, funding, funding_statements, lexicon, numbers, passages, patterns, subtotals, tables
from pipeline import tagging
from pipeline.document import ParsedDocument
from pipeline.records import Extracted, Int16, Int64
from pipeline.table_columns import column_role

# ------------------------------------------------------------------ vocabulary

# "IV. KINH PHÍ THỰC HIỆN", "NGUỒN VỐN", "3. Nhu cầu vốn thực hiện Đề án", "Điều 3. Tổng mức đầu tư"
FUNDING_HEADING_WORDS = ("kinh phí", "nguồn vốn", "nguồn tài chính", "nhu cầu vốn", "tổng mức đầu tư")
# of those, the ones that head a funding section alone or after words of estimating ("5. Dự kiến nhu cầu vốn thực hiện
# Đề án"), not as a loan's ("Nhu cầu vốn vay …") nor after another verb ("Rà soát tổng mức đầu tư …", "Đáp ứng nhu cầu
# vốn cho sản xuất")
ESTIMATED_FUNDING_WORDS = ("nhu cầu vốn", "tổng mức đầu tư")
ESTIMATING_WORDS = ("dự kiến", "sơ bộ", "xác định", "tổng hợp", "khái toán", "tổng", "ước tính", "dự báo", "tính toán",
                    "phân kỳ", "về")
MAX_HEADING_WORDS = 15
MAX_TAGGED_LABEL = 60  # characters of a row label tagged to tell a count ("Số phòng học …") from money
LETTER_LEVEL = 5  # nesting level of "a)" headings, below any "1.2.3."
PART_LEVEL = -1  # nesting level of the parts "A", "B" of a table, above its Roman items
ONE_LETTER_ROMANS = "IVX"  # the capitals a table numbers its Roman items with alone ("C" is a part, not 100)
FUNDING_WORD_REACH = 5  # a funding heading has fewer words before "kinh phí": "Phương án huy động kinh phí"
FUNDING_WORDS = ("kinh phí", "ngân sách", "vốn", "dự toán", "chi", "hỗ trợ", "phân bổ", "bố trí", "cấp phát",
                 "đầu tư", "tài trợ", "viện trợ", "định mức", "mức", "chi phí", "quỹ", "trợ cấp", "thưởng",
                 "dự phòng", "bổ sung")
WEAK_FUNDING_WORDS = ("mức", "quỹ")  # funding words that a price or a balance before them also has
NOT_CHI = ("tiết", "nhánh", "cục", "bộ", "hội", "đoàn")  # "chi tiết", "chi nhánh" are no spending
RESULT_WORDS = r"ước thực hiện|ước đạt|so (?:với )?cùng kỳ|lũy kế|đạt [\d.,]+\s*%"
ESTIMATE_WORDS = ("dự kiến", "khoảng", "ước", "ước tính", "dự tính", "tạm tính", "xấp xỉ", "gần")
SCOPE_WORDS = ("cấp", "các", "tỉnh", "huyện", "xã", "thành phố", "trung ương", "địa phương", "ủy ban", "ubnd", "sở")
SPENDING_ROW_WORDS = ("tổng chi", "chi", "dự phòng", "kinh phí", "vốn", "hỗ trợ", "bổ sung", "định mức", "phân bổ")
SHARE_VERBS = ("hỗ trợ", "đảm bảo", "bảo đảm", "chi trả", "chiếm", "là", "đóng góp", "chịu")  # "… hỗ trợ 50%"
PLAN_ROLES = frozenset({"money", "value"})  # table columns of planned amounts (not "actual")
PROSE_ROLES = frozenset({"task", "indicator", "result", "note", None})  # table cells read like sentences
ADVISING_WORDS = ("tham mưu", "chủ trì", "tổng hợp", "hướng dẫn", "phối hợp", "đề xuất", "thẩm định")
STATEMENT_WORDS = 2  # words after the source a clause opens with that make it a statement of its own


_RESOURCES = re.compile(r"(?<!\w)nguồn lực(?!\s+(?:con người|lao động))(?!\w)", re.IGNORECASE)  # in a heading
# what follows "nhu cầu vốn"/"tổng mức đầu tư" in a heading, before any "thực hiện …", when they are not the plan's
# own: a loan's, society's, farmers' or investors' capital ("… vay của hộ nghèo", "… ưu đãi", "… đầu tư phát triển toàn
# xã hội", "… cho sản xuất nông nghiệp", "… các dự án kêu gọi đầu tư", "… của khu vực tư nhân", "… của các tổ chức, cá
# nhân": an owner outside the state; not "… của các huyện", "… của các công trình", "… của giai đoạn 2026-2030", "… thực
# hiện Chương trình hỗ trợ cho sản xuất …", "… hỗ trợ bữa ăn trưa của học sinh", "… của (các) Công ty (TNHH MTV) thủy lợi":
# the state's own support and companies; but "… hỗ trợ của các doanh nghiệp", "… của Công ty Cổ phần …" are theirs) (used with match(pos))
_OTHERS_CAPITAL = re.compile(r"\s+(?:vay|tín dụng|ưu đãi)\b|(?:\s+(?!(?:thực hiện|hỗ trợ(?!\s+của))\b)\S+){0,5}?\s+(?:toàn xã hội"
                             r"|kêu gọi|thu hút|cho sản xuất|của\s+(?:(?:các|những)\s+)?(?:khu vực (?:tư nhân|ngoài nhà nước)"
                             r"|doanh nghiệp|DN|hợp tác xã|HTX|tổ hợp tác|hộ|người|nông dân|ngư dân|nhân dân|dân cư|cộng đồng"
                             r"|đồng bào|lao động|học sinh|sinh viên|công ty (?:cổ phần|TNHH(?!\s+(?:MTV|một thành viên)\b))|tập đoàn kinh tế tư nhân"
                             r"|thanh niên|phụ nữ|hội viên|nhà đầu tư|thành phần kinh tế|tổ chức|cá nhân|tư nhân|trang trại"
                             r"|gia trại|chủ rừng|cơ sở (?:sản xuất|kinh doanh|giáo dục ngoài công lập|ngoài công lập))\b)",
                             re.IGNORECASE)
_LABEL_OPENING = re.compile(r"[\W_]*")  # a bullet or punctuation before a label's words (used with match)
_ESTIMATING = re.compile(rf"(?:(?:{patterns.alternatives(ESTIMATING_WORDS)})\s*)*", re.IGNORECASE)  # used with fullmatch
_FUNDING_HEADING = re.compile(rf"(?<!\w)(?:{patterns.alternatives(FUNDING_HEADING_WORDS)})(?!\w)", re.IGNORECASE)
_FUNDING = re.compile(rf"(?<!\w)(?:{patterns.alternatives(FUNDING_WORDS)})(?!\w)"
                      rf"(?!\s+(?:{patterns.alternatives(NOT_CHI)})\b)", re.IGNORECASE)
_RESULT = re.compile(rf"(?<!\w)(?:{RESULT_WORDS})", re.IGNORECASE)
_ESTIMATE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(ESTIMATE_WORDS)})(?!\w)", re.IGNORECASE)
_SCOPE_LEAD = re.compile(rf"(?P<scope>(?!xã hội\b)(?:{patterns.alternatives(SCOPE_WORDS)})\b[^:;.]{{0,60}}?)\s*:",
                         re.IGNORECASE)  # used with match(pos)
# spending named by its word: "Chi đầu tư phát triển", a table "DỰ TOÁN CHI …"
_SPENDING = re.compile(rf"(?<!\w)chi(?!\w)(?!\s+(?:{patterns.alternatives(NOT_CHI)})\b)", re.IGNORECASE)
_SPENDING_ROW = re.compile(rf"\W*(?:{patterns.alternatives(SPENDING_ROW_WORDS)})\b", re.IGNORECASE)
# what a clause or a table's row opens with when it costs, whatever it is for: "Kinh phí tổ chức …", "Hỗ trợ …" (a
# row's); not "Vốn …", which may be society's ("Vốn đầu tư phát triển toàn xã hội")
_COST = r"(?:tổng\s+)?(?:kinh phí|chi phí)"
_COST_HEAD = re.compile(rf"[\W_]*{_COST}\b", re.IGNORECASE)
_SPENDING_HEAD = re.compile(rf"[\W_]*(?:{_COST}|hỗ trợ)\b", re.IGNORECASE)
# a row label's own unit in brackets, or what it measures that is no money (tables without a header)
_OWN_UNIT = re.compile(r"\((?:[^()]*\bđồng\s*/[^()]*|\s*%\s*|ha|m2|m²|km|m|người|hộ|xã|lớp|lượt|buổi|năm|tháng|ngày|tấn"
                       r"|kg|cái|chiếc|con|cây|bộ|cuốn|học viên|đối tượng)\)", re.IGNORECASE)  # "(đồng/người/ngày)", "(ha)"
_NOT_MONEY_LABEL = re.compile(r"[\W_]*(?:tỷ lệ|thời gian|thời lượng|diện tích|số lượng|đối tượng)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"\d\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?đồng\b", re.IGNORECASE)  # an amount earlier (search)
# bodies that allocate funds or advise on them, whose subject is no holder of the budget
_ALLOCATOR = re.compile(r"\b(?:Sở|Bộ|Phòng|Cục|Vụ)\s+Tài chính\b")  # "Sở Tài chính", not "tổ chức tài chính vi mô"
# a proposal to an authority ("trình Hội đồng nhân dân …", "trình cấp có thẩm quyền"; not "Chương trình", "công trình")
_PROPOSING = r"(?<!chương )(?<!công )trình\s+(?:cấp có thẩm quyền|(?-i:[A-ZĐ]|Ủy|Uỷ))"
_ADVISING = re.compile(rf"\b(?:{patterns.alternatives(ADVISING_WORDS)})\b|{_PROPOSING}", re.IGNORECASE)
_LEVEL_HEADING = re.compile(rf"\W*{patterns.LIST_LABEL}?[.)]?\s*(?P<level>cấp\s+(?:tỉnh|thành phố|huyện|xã)"
                            r"(?:\s*,\s*(?:thành phố|phường|thị trấn|đặc khu))*)\s*:?\s*$", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:\s(?:và|hoặc)|,)$", re.IGNORECASE)  # a run of words cut before its next verb
# a document a source cites, with its year: "Luật Ngân sách nhà nước năm 2015", "Quyết định số 445/QĐ-UBND … năm 2024"
_CITED_YEAR = re.compile(r"\b(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch số)\b"
                         r"[^;()]{0,120}?\bnăm\s+(?:19|20)\d{2}\b")
_ONWARDS = re.compile(r"\s*(?:(?:,|và)\s*)?(?:(?:các|những)\s+năm\s+(?:tiếp theo|sau)|trở đi)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"(?:như sau|sau đây|gồm)\s*:\s*$", re.IGNORECASE)  # "…, bao gồm:" opens a list
# a table's money unit, opening or ending its line ("… của Ủy ban nhân dân tỉnh) Đơn vị: Triệu đồng.")
_CAPTION = re.compile(r"(?:^\W*|(?<=[\s()]))(?:đơn vị(?: tính)?|đvt)\s*:\s*"
                      r"(?P<unit>(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng|tr\.?\s?(?:đồng|đ))(?:\W*$|(?=\s*[.;)]))",
                      re.IGNORECASE)  # "Đơn vị: triệu đồng", "ĐVT: Tr.đồng", "ĐVT: trđ"
_TABLE_TITLE = re.compile(r"\W*(?:mẫu|biểu|phụ lục|bảng)\b", re.IGNORECASE)
# a list line whose amount the caption above it gives the unit of: "- Ngân sách tỉnh: 1.200;" under "Đơn vị tính:
# triệu đồng" (used with match(start, end))
_CAPTIONED_LINE = re.compile(r"[\W_]*(?P<label>[^\W\d_][^:;]{1,100}?)\s*:\s*(?P<number>\d(?:[\d.,]*\d)?)\s*[;.]?\s*$")
_MONEY_CELL = re.compile(r"\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng\b(?P<per>\s*/.*)?$", re.IGNORECASE)
_NUMERIC_CELL = re.compile(r"\d[\d.,]*")
# what "Số" opens when the row is an amount of money, or no number at all: a word of funding or spending, or of a
# plan ("Số kinh phí …", "Số kế hoạch giao", "Số năm trước chuyển sang", "Số hóa hồ sơ …")
NOT_COUNTED_AFTER_SO = ("hóa", "hoá", "liệu", "kinh phí", "vốn", "ngân sách", "dư", "tiền", "chi", "thu", "bổ sung",
                        "dự toán", "quyết toán", "tạm ứng", "kế hoạch", "năm trước", "xã hội hóa", "phân bổ", "cấp",
                        "đối ứng", "giải ngân", "nhu cầu", "trung ương", "địa phương", "nhà nước")
_SO = re.compile(r"\W*(?:tổng\s+)?số\s+", re.IGNORECASE)  # a label opening with "(Tổng) số" (used with match)
_NOT_COUNTED = re.compile(rf"(?:{patterns.alternatives(NOT_COUNTED_AFTER_SO)})\b", re.IGNORECASE)  # match(pos)
_OF_WHICH = re.compile(r"\W*trong đó\b", re.IGNORECASE)  # a row that details part of the row above
# a state budget's own tables, by their titles: revenue ("DỰ TOÁN THU NSNN", "DỰ KIẾN THU CÂN ĐỐI NGÂN SÁCH NHÀ
# NƯỚC"), debt ("KẾ HOẠCH VAY VÀ TRẢ NỢ NGÂN SÁCH") and spending ("DỰ TOÁN CHI CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG")
_FLOW_TABLES = {"revenue": re.compile(r"\bthu\s+(?:cân đối\s+)?(?:ngân sách|NSNN|NSĐP)\b", re.IGNORECASE),
                "borrowing": re.compile(r"\bvay\s*(?:và|,)\s*trả nợ\b", re.IGNORECASE),
                "spending": re.compile(r"\bchi\s+(?:cân đối\s+)?(?:ngân sách|NSNN|NSĐP)\b", re.IGNORECASE)}
_DEBT_STOCK = re.compile(r"\bdư nợ\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:[-+•–]|[a-zđ][.)])\s")  # a bulleted or lettered item of a list
# a heading or lead-in of a funding section over a list of ways to raise funds, opening with them: "8. Phương án huy
# động kinh phí", "Huy động nguồn lực thực hiện Kế hoạch, cụ thể:", "2. Nguồn nguyên liệu - hàng hóa huy động:"; not
# forces or participation called up ("Huy động lực lượng …"), nor results or difficulties ("Kết quả huy động …")
# (match; a line of at most RAISING_WORDS words, ending with no period)
_RAISING = re.compile(rf"[\W_]*(?:{patterns.LIST_LABEL}[.)]\s*)?(?:(?:phương án|hình thức|giải pháp)\s+)?"
                      r"(?:huy động\s+(?:các\s+)?(?:kinh phí|vốn|nguồn)\b|nguồn\b[^.:;]*\bhuy động\b)", re.IGNORECASE)
RAISING_WORDS = 12
_NOTE = re.compile(r"ghi chú\b", re.IGNORECASE)  # (match)
# what an item under such a heading must name to be a way of raising funds, not a task, a schedule or a note (search)
_RESOURCE = re.compile(r"\b(?:ngân sách|kinh phí|vốn|nguồn|chi phí|tài trợ|hỗ trợ|đầu tư|xã hội hóa|đóng góp|hàng hóa"
                       r"|dự trữ|lồng ghép)\b", re.IGNORECASE)
_LIST_LABEL = re.compile(rf"\W*{patterns.LIST_LABEL}\s*[.):]\s+")  # match(pos)
_SOURCE_LABEL = re.compile(r"[\W_]*nguồn(?:\s+(?:kinh phí|vốn))?\s*:", re.IGNORECASE)  # "Nguồn kinh phí:" (match)
# an article of a decision or resolution: "Điều 4. Nguồn kinh phí"
_ARTICLE = re.compile(r"(?:Điều|ĐIỀU)\s+\d+[a-z]?")
_HEADING = re.compile(rf"\W*(?P<label>{patterns.LIST_LABEL}(?=\s*[.)])|{_ARTICLE.pattern}(?=\s*[.:]))\s*[.):]\s*"
                      r"(?P<heading>\S.*)$")
# what an amount is per: "/trẻ/tháng", "/học sinh/tháng" (each part up to four words and before a function word:
# "… đồng/người/tháng trong thời gian 6 tháng"; _per keeps the word each opens with, as _first_word reads it)
PER_STOPS = ("cho", "để", "và", "hoặc", "trong", "theo", "tại", "từ", "đến", "được", "là", "với", "khi", "nếu", "đối",
             "thì", "của", "do", "nhằm", "gồm", "bao gồm", "trên", "dưới", "tối đa", "tối thiểu", "không", "x")
_PER_PART = rf"[^\W\d_]\w*(?:[ ](?!(?:{patterns.alternatives(PER_STOPS)})(?!\w))[^\W\d_]\w*){{0,3}}"
_PER = re.compile(rf"\s*(?:\([^)]*\)\s*)?/\s*({_PER_PART}(?:\s*/\s*{_PER_PART})*)(?=[\s.,;:)/]|$)")
_CLAUSE_BREAK = re.compile(r";|\btrong đó\s*:", re.IGNORECASE)
_JOINED_CLAUSE = re.compile(r"[\W_]*(?:đồng thời|và|cùng với)\b", re.IGNORECASE)  # used with match(pos)
_SEMICOLON = re.compile(r"\s*;\s+(?=\S)")
_SENTENCE_OR_CLAUSE = re.compile(rf"{passages.FULL_STOP.pattern}|{_SEMICOLON.pattern}")
_PART_BREAK = re.compile(r"[;,](?=\s)")  # where the part of a sentence an amount is in begins (not "1,5")
# a level's budget paying the amount right after it, in a later part of a line (search, ending at the amount)
_PAYING_SUBJECT = re.compile(r"(?<!\w)(?P<source>(?:nguồn\s+)?ngân sách\s+(?:cấp\s+)?"
                             rf"(?:{patterns.alternatives(funding.PAYING_LEVELS + ('trung ương',))}))"
                             r"\s+(?:tiếp tục\s+|sẽ\s+)?(?:hỗ trợ|bố trí|cấp|chi|bảo đảm|đảm bảo)"
                             r"(?:\s+(?:khoảng|tối đa|thêm))?\s+$", re.IGNORECASE)
_PART_OPENING = re.compile(r"[\W_]*(?:trong đó\s*:?\s*)?", re.IGNORECASE)  # used with match(pos)
_SOURCE_OPENING = re.compile(r"(?:nguồn|ngân sách|vốn|kinh phí|quỹ|xã hội hóa|xã hội hoá)(?!\w)",
                             re.IGNORECASE)  # a part about its source
# what names where money comes from ("vốn huy động từ nhà đầu tư"), not what it is for ("vốn thực hiện dự án 1")
_BUDGET_NAMED = re.compile(r"(?<!\w)(?:ngân sách|nguồn|ODA|vay|đối ứng|xã hội hóa|tài trợ|viện trợ|sự nghiệp|huy động"
                           r"|tự có|công tư|PPP)(?!\w)", re.IGNORECASE)
_SLASHES = re.compile(r"\s*/\s*")
# a part of a budget broken down: who holds it, then "là" or ":" (fullmatch on the clause before its amount)
_HOLDER_OF_PART = re.compile(r"\W*(?:[^\W\d_][^,;:()]{0,60}?\s*(?:\blà|:)|(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s*",
                             re.IGNORECASE)  # "tỉnh Đồng Nai là", "Quận 3:", a short name alone: "Cao Bằng"
_BREAKDOWN = re.compile(r"\b(?:trong đó|gồm|bao gồm)\b", re.IGNORECASE)
# a part of other money broken down, named by words alone, if at all: no number and no word of what is to come (not
# "năm 2026 ngân sách tỉnh …", "trong giai đoạn tới ngân sách tỉnh tiếp tục hỗ trợ …") (fullmatch)
_NAMED_PART = re.compile(r"(?![^\d]*\b(?:(?:giai đoạn|thời gian|năm|sắp) tới|sẽ|dự kiến)\b)[\W_]*(?:[^\W\d_]+\s+){0,11}?(?:[^\W\d_]+)?\s*:?\s*",
                         re.IGNORECASE)
# the rest of a line's funding, after its amounts: "…, phần còn lại (70%) do ngân sách xã hỗ trợ"
_REMAINDER = re.compile(r"[,;]\s*(?P<words>phần còn lại\b(?:\s*\([^()]*\))?)", re.IGNORECASE)
# what the rest of a line's funding is done with when it is no more funding: paid back, borrowed, disbursed, carried
# over or the household's own ("phần còn lại nộp trả ngân sách tỉnh", "… chuyển nguồn sang năm 2026"; not "kinh phí
# chuyển nguồn năm 2025 của huyện", carried-over funds)
_NOT_MORE_FUNDING = re.compile(rf"{funding.NOT_BUDGET.pattern}|\b(?:giải ngân|chuyển nguồn(?=\s+sang\b)|tự có)\b",
                               re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s*,?\s*hoặc\b", re.IGNORECASE)  # an alternative to the amount before (match(pos))
# a change from before noted in brackets after an amount, up to the changed amount (search in its clause): "(tăng 12%,
# tương ứng …"; not a breakdown ("(giảm nhẹ thiên tai 4 tỷ đồng, …") nor a later clause of the note ("(giảm 3 xã do
# sáp nhập, còn 12 xã x 75 triệu đồng/xã)")
_CHANGE_NOTED = re.compile(r"\(\s*(?:tăng|giảm)(?:\s+(?:\d|(?:thêm|khoảng|gần|hơn|trên|so với|lên|xuống|tương ứng|bình quân"
                           r"|là)\b)(?:[^(),]|,\s*(?:tương ứng|tương đương|thêm|bằng|tức(?:\s+là)?(?!\s+còn\b))\b)*)?\s*$",
                           re.IGNORECASE)
# what lies between an amount and the source after it: a restatement in words, if any (used with match(pos))
_SOURCE_AFTER_AMOUNT = re.compile(r"\s*(?:\([^()]*\))?\s+(?=(?:nguồn|vốn|ngân sách)(?!\w))", re.IGNORECASE)
# an amount's own source named right after it: "… 0,8 tỷ đồng từ nguồn xã hội hóa" (used with match(pos))
_FROM_AFTER = re.compile(r"\s*(?:\(\s*)?(?:được\s+)?(?:bố trí\s+|lấy\s+|trích\s+)?từ\s+", re.IGNORECASE)
_PAYING_VERB = re.compile(r"\s+(?:bố trí|hỗ trợ|cấp|phân bổ|chi)$", re.IGNORECASE)  # at a lead-in's source's end
# a clause's funds paid from a source, the clause ending with it: "kinh phí thực hiện tại cấp xã do ngân sách xã bảo
# đảm (theo phân cấp)", "kinh phí khen thưởng từ Quỹ Thi đua, khen thưởng của huyện"; not a rule on those funds
# ("kinh phí chi từ ngân sách nhà nước phải được quản lý …")
_PAID_BY = re.compile(r"\s(?:do|từ|bằng)\s+$", re.IGNORECASE)  # before the source
_RULED = re.compile(r"\b(?:phải|cần|được\s+(?:quản lý|sử dụng|thanh|quyết toán))\b", re.IGNORECASE)  # in it
_PAYS = re.compile(r"(?:\s+(?:tự\s+)?(?:bảo đảm|đảm bảo|chi trả|hỗ trợ|cấp|bố trí|cân đối)"
                   r"(?:\s*,\s*(?:bảo đảm|đảm bảo))?)?(?:\s+(?:theo|trong)\b[^;]*)?[\s.;]*", re.IGNORECASE)  # after it
# what "từ" opens after an amount when it names no source: a time or a count (used with match(pos))
_NO_SOURCE_AFTER = re.compile(r"\d|(?:năm|tháng|ngày|quý|tuần|nay|khi|đầu|cuối|sau|trước|các ngày)(?!\w)",
                              re.IGNORECASE)
# what stands between a source and its amount: "ngân sách tỉnh: 800 triệu", "… là …", "… bảo đảm khoảng 300 triệu",
# "… Ngân hàng Thế giới (WB) 38,2 tỷ đồng"
_TO_ITS_AMOUNT = re.compile(r"(?:\s*\([^()]*\))?\s*:?\s*(?:(?:bảo đảm|đảm bảo|hỗ trợ|bố trí|cấp|đối ứng|chi)\s+)?"
                            r"(?:là\s+|khoảng\s+|dự kiến\s+)?", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_WORDY = re.compile(r"[^\W\d_]{2}")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)[\s.]*$")  # "… nguồn vốn hợp pháp khác (nếu có)"
_ROMAN = re.compile(r"[IVXLC]+")
_BETWEEN_STATEMENTS = " ;,"  # what a statement's row leaves at its end when the next begins
_ROW_MARKS = " " + patterns.BULLETS  # what a row's name may open with: "- Chi thường xuyên"
# a cited document ("Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ") and where its title starts
_REFERENCE = re.compile(r"\bsố\s+\d+[\w.-]*/[\w/.&-]+", re.IGNORECASE)
_CITED_TITLE = re.compile(r"\s(?:phê duyệt|về việc|về|ban hành|hướng dẫn)\b", re.IGNORECASE)
# one source's share of a cost: "ngân sách xã/phường hỗ trợ 40%", "các nguồn xã hội hóa khác là 10%"
_SHARE = re.compile(rf"(?P<source>(?<!\w)(?:các\s+)?(?:nguồn|ngân sách|vốn|quỹ)\b[^,;:.%\d]{{0,60}}?)\s+"
                    rf"(?:(?:{patterns.alternatives(SHARE_VERBS)})\s+)?(?:(?:khoảng|tối đa|tối thiểu)\s+)?"
                    r"(?P<share>\d{1,3}(?:[.,]\d+)?\s*%)", re.IGNORECASE)


@dataclass(frozen=True)
class Budget(Extracted):
    """An amount of planned spending or allocation, or a funding statement without an amount."""

    amount_vnd: Optional[Int64] = None
    estimated: bool = False
    source: Optional[str] = None
    scope: Optional[str] = None
    per: Optional[str] = None  # the amount is per this unit: "trẻ/tháng", "biên chế/năm"
    year: Optional[Int16] = None  # the year of its table column ("Năm 2026") or the one year its clause names
    summable: Optional[bool] = None  # the amount adds up with the plan's other summable amounts (subtotals.py); not
    # money told as already given ("… đã kịp thời quyết định hỗ trợ 3.515 tỷ đồng": funding.told_as_given)
    flow: Optional[str] = None  # "revenue" or "borrowing" for a row of a state budget's revenue or debt table
    item: Optional[str] = None  # what a table's amount is for: its row's name ("Chi đầu tư phát triển")
    table_column: Optional[str] = None  # the name of the table column it stands in ("Dự toán TTg giao", "Năm 2026")
    table_title: Optional[str] = None  # the title of its table ("Mẫu biểu số 02 BIỂU TỔNG HỢP DỰ TOÁN THU NSNN …")


def extract(doc: ParsedDocument) -> Iterator[Budget]:
    """The budget rows of a document, in text order, each amount marked whether it adds up with the others."""
    layout = tables.read(doc)
    rows = _sourced_by_next_line(doc, list(_rows(doc, layout)))
    for row, adds_up in zip(rows, subtotals.summable(doc, layout, rows)):
        # revenue, debt and the year before the plan's period do not add up with the plan's spending
        row = _dated(doc, _held_by_subject(doc, _held(row)))
        yield replace(row, summable=adds_up and row.summable is not False and row.flow is None
                      and not _before_plan(doc, row.year))


def _sourced_by_next_line(doc: ParsedDocument, rows: list[Budget]) -> list[Budget]:
    """The rows with a line that only names the source ("Nguồn: ngân sách tỉnh …", "Nguồn kinh phí: …") read as the
    source of the amounts without one on the lines right above it, not as a statement of its own ("Năm 2026:
    500.000.000 đồng\nNăm 2027: 600.000.000 đồng\nNguồn: ngân sách tỉnh bổ sung có mục tiêu …")."""
    text, kept = doc.text, []
    for row in rows:
        line = passages.line_start(text, row.start)
        label = _SOURCE_LABEL.match(text, line) if row.amount_vnd is None and row.source else None
        above = _unsourced_amounts_above(text, kept, line) if label and row.start <= label.end() + 1 else len(kept)
        if above < len(kept):
            kept[above:] = [replace(r, source=row.source) for r in kept[above:]]
            continue
        kept.append(row)
    return kept


def _unsourced_amounts_above(text: str, kept: list[Budget], line: int) -> int:
    """Where the run of rows at the end of ``kept`` begins that are amounts without a source on the lines right above
    the line at ``line``, not other money ("Doanh thu dự kiến …: …"); len(kept) when there are none."""
    above, boundary = len(kept), line
    while above:
        before = kept[above - 1]
        before_line = passages.line_start(text, before.start)
        if (before.amount_vnd is None or before.source is not None or text.count("\n", before.end, boundary) > 1
                or funding.NOT_BUDGET.match(text, _LABEL_OPENING.match(text, before_line).end())):
            break
        above, boundary = above - 1, before_line
    return above


def _held_by_subject(doc: ParsedDocument, row: Budget) -> Budget:
    """A prose row without a scope whose sentence's subject funds from its own budget, with that subject as its
    scope ("Các sở, ngành, địa phương … bố trí kinh phí từ dự toán được giao"), else with the level or the bodies
    of the section heading it sits under ("1. Cấp thành phố", "17. Ủy ban nhân dân xã, phường"); not bodies that
    advise on or allocate others' funding ("Sở Tài chính chủ trì, tham mưu bố trí kinh phí …")."""
    if row.scope is not None or row.item is not None or row.source is None:
        return row
    text, first_source = doc.text, row.source.split(funding.SOURCE_JOIN)[0]
    clause = agencies.subject(text, row.start, row.end)
    if clause is None:
        named = text.find(first_source, row.start, row.end)
        return _held_by_heading(doc, row, named if named != -1 else row.end)
    named = text.find(first_source, clause.predicate, row.end)
    if _ADVISING.search(text, clause.predicate, named if named != -1 else row.end):
        return row
    scope = _holders(text, clause.agencies)
    return row if scope is None or _OPEN_END.search(scope) else replace(row, scope=scope)  # "… lập dự toán và"


def _held_by_heading(doc: ParsedDocument, row: Budget, named: int) -> Budget:
    """A row under a section heading naming a level ("1. Cấp thành phố") or bodies that fund from their own
    budget ("17. Ủy ban nhân dân xã, phường" over "- Cân đối, bố trí kinh phí ngân sách địa phương hằng năm …"),
    with it as its scope."""
    text = doc.text
    if _ADVISING.search(text, row.start, named):
        return row
    for section in reversed(doc.section_chain(row.start)):
        if level := _LEVEL_HEADING.match(section.heading):
            return replace(row, scope=level.group("level").strip())
        found = agencies.heading_of_section(doc, section)
        if found:
            scope = None if _advises(text, section.start, row.start) else _holders(text, found.agencies)
            return row if scope is None else replace(row, scope=scope)
    return row


def _holders(text: str, named: list[agencies.Agency]) -> str | None:
    """The words naming the bodies that hold a budget, from the first to the last; none for the finance
    department, which allocates others' ("Sở Tài chính")."""
    first, last = named[0], named[-1]
    return None if _ALLOCATOR.search(text, first.start, last.end) else text[first.start:last.end]


def _advises(text: str, heading: int, pos: int) -> bool:
    """Whether a body's heading, or the lead-in line below it, says it advises ("3. Sở …" over "Chủ trì, phối hợp
    … tham mưu cho Ủy ban nhân dân các tỉnh:")."""
    lines = text[heading:pos].split("\n")[:2]
    lead_in = lines[1] if len(lines) > 1 and lines[1].rstrip().endswith(":") else ""
    return bool(_ADVISING.search(lines[0]) or _ADVISING.search(lead_in))


def _dated(doc: ParsedDocument, row: Budget) -> Budget:
    """A funding statement with the one year it names ("… trong nguồn ngân sách nhà nước được giao năm 2025"),
    unless a year it names is a cited document's ("… theo quy định của Luật Ngân sách nhà nước năm 2015")."""
    if row.amount_vnd is not None or row.year is not None or _CITED_YEAR.search(doc.text, row.start, row.end):
        return row
    return replace(row, year=_clause_year(doc.text, row.start, row.end))


def _held(row: Budget) -> Budget:
    """A row without a scope whose source names the bodies holding it, with those bodies as its scope; the source
    stays as stated ("định mức chi thường xuyên ngân sách hằng năm của các sở, ngành liên quan …")."""
    if row.source is None or row.scope is not None:
        return row
    return replace(row, scope=funding.holder(row.source))


def _rows(doc: ParsedDocument, layout: tables.Tables) -> Iterator[Budget]:
    lines = list(passages.lines(doc))
    blocks = list(_funding_blocks(doc.text, lines))
    answered, results = set(), passages.result_spans(doc)
    caption_scale, caption_at = None, -1  # the money unit of the last caption, and where it stands
    list_source = None  # the source the last lead-in of a funding section ("…, cụ thể:") or caption names
    totalled = {}  # tables whose items carry their own totals: the rank of the outermost
    above = None  # the table row before this one
    raising = False  # whether the funding section's last heading or lead-in lists ways to raise funds
    for index, (start, end) in enumerate(lines):
        line = doc.text[start:end]
        if results.overlaps(start, start + 1):
            continue
        block = next((b for b in blocks if b[0] <= start < b[1]), None)
        if block is None:
            list_source = None
        caption = _CAPTION.search(line)
        if caption or _TABLE_TITLE.match(line):
            caption_scale = numbers.unit_scale(caption.group("unit")) if caption else None
            caption_at = start
            if not caption or _WORDY.search(line, 0, caption.start()):  # words of its own: "b) Kinh phí … (đơn vị …)"
                list_source = _lead_in_source(doc.text, start, end)
            continue
        row = layout.row_at(start)
        if row is not None and row.start != start or row is None and layout.covers(start):
            continue  # a later line of a row read with its first, or a table's header
        if row is not None and not row.is_group:
            total, rank = _total(doc, row), _index_rank(row.text(doc, "index"))
            outermost = totalled.get(row.table)
            if total and (outermost is None or rank is None or rank <= outermost):
                ranks = [r for r in (rank, outermost) if r is not None]
                totalled[row.table] = min(ranks) if ranks else None
                rows = [total]  # an item's total, or the table's ("Tổng cộng"); not a sub-item's
            elif row.table in totalled:
                rows = []  # a line or a sub-item of a cost breakdown, counted in the total above it
            else:
                rows = list(_row_budgets(doc, row, caption_scale, above, block is not None))
            above = row
        elif total := _broken_total(doc, lines, index, above):
            rows = [total]  # "Tổng ( I +II +III +IV)\n1.500.000.000" under the table
        else:
            opens_block = block is not None and start == block[0]
            captioned = caption_scale and block is not None and caption_at >= block[0]
            listed = _captioned_rows(doc, start, end, caption_scale, list_source) if captioned else []
            rows = listed or list(_line_rows(doc, start, end, block is not None, heading=opens_block))
            if block is not None and not _LIST_ITEM.match(line):
                raising = _raises_funds(line)
            elif block is not None and raising and not rows and (way := _way_of_raising(doc, start, end)):
                rows = [way]  # "- Sử dụng cơ chế thuê dịch vụ …: … trả dần theo năm ngân sách."
            if block is not None and not opens_block and not listed:
                if list_source and _LIST_ITEM.match(line) and rows and all(r.amount_vnd is not None for r in rows):
                    # an item of amounts under the lead-in: "- Năm 2026: 500 triệu đồng;"
                    rows = [row if row.source else replace(row, source=list_source) for row in rows]
                else:  # not a line of the list: a lead-in, or its end
                    list_source = _lead_in_source(doc.text, start, end) if line.rstrip().endswith(":") else None
        if block and rows:
            answered.add(block)
        yield from rows
    for block in blocks:
        if block not in answered:
            yield _section_row(doc, *block)


def _lead_in_source(text: str, start: int, end: int) -> str | None:
    """The source a funding-section line introducing a list names for it, in its last clause ("… do ngân sách phường
    bảo đảm, cụ thể:" → "ngân sách phường"; "2. Nguồn xã hội hóa:"; "Ngân sách huyện bố trí cho các xã như sau:" →
    "Ngân sách huyện"; none for "…; kinh phí các xã tự cân đối:")."""
    clause = text.rfind(";", start, end) + 1 or start
    named = funding.source(text, clause, end)
    return _PAYING_VERB.sub("", named) if named else None  # "Ngân sách huyện bố trí cho các xã như sau:"


def _captioned_rows(doc: ParsedDocument, start: int, end: int, scale: int, list_source: str | None
                    ) -> list[Budget]:
    """The amount of a funding-section list line in the unit of the caption above it ("Đơn vị tính: triệu đồng" over
    "- Ngân sách tỉnh: 1.200;"), with the source, level or year its label names; the source its lead-in or caption
    names (``list_source``) when its label names none ("- Năm 2026: 85")."""
    text = doc.text
    m = _CAPTIONED_LINE.match(text, start, end)
    value = numbers.parse_number(m.group("number")) if m else None
    if value is None:
        return []
    label_start, label_end = m.span("label")
    level = _SCOPE_LEAD.match(text, label_start, m.end("label") + 1)
    return [Budget(**doc.provenance(*m.span("number")), amount_vnd=round(value * scale),
                   source=funding.source(text, label_start, label_end) or list_source,
                   scope=level.group("scope").strip() if level else None,
                   year=_clause_year(text, label_start, label_end))]


def _funding_blocks(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the "KINH PHÍ" sections: from a short heading naming the funding to the next
    heading or list item of the same or an outer level (read from the lines, as they may follow a signature)."""
    opened = None  # (start, rank)
    for start, end in lines:
        line = text[start:end]
        labelled = _HEADING.match(line)
        rank = _heading_rank(line, labelled)
        closing = rank if rank is not None else _label_rank(labelled)  # "7. Giảm thiểu các tác động … xã hội số"
        if opened and closing is not None and closing <= opened[1]:
            yield opened[0], start
            opened = None
        if not opened and rank is not None and _names_funding(line, labelled):
            opened = (start, rank)
    if opened:
        yield opened[0], lines[-1][1]


def _names_funding(heading: str, labelled: re.Match | None) -> bool:
    """'IV. KINH PHÍ THỰC HIỆN', '6. Bảo đảm kinh phí' name funding; a sentence ('… bố trí kinh phí.') does not.
    Resources do when the heading opens with them or names funding too ('4. Nguồn lực và việc sử dụng nguồn lực',
    '4. Huy động nguồn lực, bảo đảm kinh phí, …'; not '3. Phát triển nguồn lực con người'). ``labelled`` is the
    heading's match of _HEADING, if it has a list label."""
    if heading.rstrip().endswith("."):
        return False
    first = labelled.start("heading") if labelled else 0
    m = next((found for found in _FUNDING_HEADING.finditer(heading) if _heads_funding(heading, first, found)), None)
    if m and len(heading[first:m.start()].split()) < FUNDING_WORD_REACH:
        return True
    resources = _RESOURCES.search(heading, first)
    return bool(resources) and (resources.start() == first or m is not None)


def _heads_funding(heading: str, first: int, found: re.Match) -> bool:
    """Whether a funding word of a heading (from ``first``) makes it a funding section's: "nhu cầu vốn", "tổng mức
    đầu tư" only after words of estimating and as the plan's own capital (not "3. Nhu cầu vốn vay của hộ nghèo", "3. Rà
    soát tổng mức đầu tư …"; a later word may still: "IV. TỔNG MỨC ĐẦU TƯ, NGUỒN VỐN")."""
    if found.group().casefold() not in ESTIMATED_FUNDING_WORDS:
        return True
    return (bool(_ESTIMATING.fullmatch(heading[first:found.start()].strip()))
            and not _OTHERS_CAPITAL.match(heading, found.end()))


def _heading_rank(line: str, labelled: re.Match | None) -> int | None:
    """The nesting level of a heading line (0 outermost), None for other lines: 'IV. KINH PHÍ' → 0,
    '2. Nguồn vốn' → 1, '4.1. Kinh phí' → 2, 'a) Kinh phí' → 5, 'KINH PHÍ THỰC HIỆN' → 0. ``labelled`` is the
    line's match of _HEADING, if it has a list label."""
    heading = (labelled.group("heading") if labelled else line).rstrip(" :")
    if len(heading.split()) > MAX_HEADING_WORDS or not _LETTER.search(heading):
        return None
    if not labelled:
        return 0 if heading.isupper() else None
    return _label_rank(labelled)


def _label_rank(labelled: re.Match | None) -> int | None:
    """The nesting level of a line's list label (its match of _HEADING), however long the line: 'IV.' → 0,
    '2.' → 1, '4.1.' → 2, 'a)' → 5; None for a line without one."""
    return _index_rank(labelled.group("label")) if labelled else None


def _index_rank(label: str | None) -> int | None:
    """The nesting level of a list label or a table row's index: a part 'A', 'B' → -1, 'IV' or an article 'Điều 4'
    → 0, '2' → 1, '4.1' → 2, '1.1.1' → 3, 'a' → 5, a bullet ('-', '+') → 6; None for none."""
    label = (label or "").strip().rstrip(".)")
    if not label:
        return None
    if _ARTICLE.fullmatch(label):
        return 0
    if len(label) == 1 and label.isupper() and label not in ONE_LETTER_ROMANS:
        return PART_LEVEL  # "A | TỔNG CHI …", "B | …": parts above the Roman items
    if _ROMAN.fullmatch(label):
        return 0
    if label[0].isdigit():
        return 1 + label.count(".")
    return LETTER_LEVEL if _LETTER.match(label) else LETTER_LEVEL + 1


def _line_rows(doc: ParsedDocument, start: int, end: int, in_block: bool, heading: bool) -> Iterator[Budget]:
    """Rows of a prose line: its amounts, else the funding statements it makes."""
    text = doc.text
    label = _LIST_LABEL.match(text, start, end)
    body = label.end() if label else start
    lead = _SCOPE_LEAD.match(text, body, end)
    scope = lead.group("scope").strip() if lead and in_block else None
    found, source, named, line_amounts = False, None, [], []
    budgeted = False  # whether an amount of the line was a budget: its parts are, if nothing says otherwise
    for s_start, s_end in passages.sentences(text, body, end):
        if _RESULT.search(text, s_start, s_end):
            continue
        previous = s_start  # where the amount before ended
        rejected = None  # where the amount before ended, when it was no budget
        for amount in numbers.amounts(text, s_start, s_end, scaled_alone=in_block):
            clause = _CLAUSE_BREAK.split(text[s_start:amount.start])[-1]
            amount_end, per = _per(text, amount.end, s_end)
            if not in_block:  # a funding section's money is all funding
                if rejected is not None and _part_of_rejected(text, rejected, amount.start):
                    continue  # "… đã huy động 1.235 tỷ đồng …, trong đó ngân sách nhà nước 780 tỷ đồng": a part of it
                if _other_money(text, body, clause, amount.start, amount_end, s_end, budgeted) or (
                        rejected is not None and _ALTERNATIVE.match(text, rejected, amount.start)):
                    rejected = amount_end  # "doanh thu … không quá 100 tỷ đồng hoặc tổng nguồn vốn …": the same
                    continue
                rejected = None
            if _CHANGE_NOTED.search(clause):
                continue  # "… 185,552 tỷ đồng/tháng (tăng 42,82 tỷ đồng/tháng)": a change, beside the amount
            budgeted = True
            if not found:
                found, source = True, funding.source(text, body, end)
                line_amounts = list(numbers.amounts(text, body, end, scaled_alone=in_block))  # once a line has one
            given = funding.told_as_given(clause)  # the past's money: a row, not summable
            own = (_own_source(text, body, s_start, amount.start, s_end) or _source_after(text, amount_end, s_end)
                   or _line_source_for(text, source, body, amount.start, line_amounts))
            named.append(own or "")
            clause_start = amount.start - len(clause)
            yield Budget(**doc.provenance(amount.start, amount_end), amount_vnd=amount.vnd,
                         estimated=bool(_ESTIMATE.search(clause)), source=own, per=per,
                         scope=(_part_scope(text, body, s_start, amount.start) if in_block else None) or scope,
                         year=(_clause_year(text, max(clause_start, previous), amount.start)
                               or _clause_year(text, clause_start, amount.start)),
                         summable=False if given else None)
            previous = amount_end
    later = list(_statements_after_amounts(doc, body, end, scope, named, line_amounts)) if found and in_block else []
    yield from later
    remainder = _remainder(doc, body, end, line_amounts, scope) if found else None
    if remainder and not any(row.start <= remainder.start < row.end for row in later):
        yield remainder
    statement = text[body:end]
    if found or heading or (in_block and _LEAD_IN.search(statement)) or _is_short_lead_in(statement):
        return
    if in_block:
        yield from _block_statements(doc, body, end, scope)
    else:
        yield from _sentence_statements(doc, body, end)


def _statements_after_amounts(doc: ParsedDocument, body: int, end: int, scope: str | None, named: list[str],
                              amounts: list) -> Iterator[Budget]:
    """The funding statements of a funding-section line's later parts (sentences, then clauses) that hold none of
    its ``amounts`` and set a duty to fund from a source its amounts were not ``named`` with, or open with such a
    source and say it pays: "Ngân sách tỉnh bố trí 500 triệu đồng; các xã chủ động bố trí kinh phí từ ngân sách xã." →
    a row for "ngân sách xã", and so for "…; ngân sách xã bảo đảm phần còn lại."."""
    text = doc.text
    stated = [source for source in named if source]
    for start, stop in list(_parts(text, body, end, _SENTENCE_OR_CLAUSE))[1:]:
        if any(start <= amount.start < stop for amount in amounts):
            continue
        source = funding_statements.later_source(text, start, stop) or _opening_source(text, start, stop)
        if source and not _restates(text[start:stop], source, stated):
            stated.append(source)
            yield Budget(**doc.provenance(start, stop), source=source, scope=scope,
                         estimated=bool(_ESTIMATE.search(text, start, stop)))


def _remainder(doc: ParsedDocument, body: int, end: int, amounts: list, scope: str | None) -> Budget | None:
    """The rest of a line's funding, left to a source of its own after its amounts ("…, trong đó ngân sách huyện bảo
    đảm khoảng 300 triệu đồng, phần còn lại vận động xã hội hóa từ các doanh nghiệp"), as a statement."""
    text = doc.text
    rest = _REMAINDER.search(text, body, end)
    if rest is None:
        return None
    full_stop = passages.FULL_STOP.search(text, rest.end(), end)
    sentence_end = full_stop.start() if full_stop else end
    stop = rest.end() + len(text[rest.end():sentence_end].rstrip(" .;"))
    if any(rest.start() <= amount.start < stop for amount in amounts):
        return None
    source = funding.source(text, rest.end(), stop)
    if not source:
        return None
    named = text.find(source, rest.end(), stop)
    clause = text.rfind(",", rest.end(), named) + 1 or rest.end()  # the source's clause, not an aside before it
    if any(m.start() < named for m in _NOT_MORE_FUNDING.finditer(text, clause, named + len(source))):
        return None  # what the rest is done with, before its source: "…, đơn vị nộp trả (hoàn trả) ngân sách tỉnh"
    return Budget(**doc.provenance(rest.start("words"), stop), source=source, scope=scope)


def _part_scope(text: str, body: int, start: int, pos: int) -> str | None:
    """The level a later part of a line opens with, for an amount at ``pos`` in it (of the sentence from ``start``,
    after its last semicolon): "Cấp tỉnh: 700 triệu đồng; cấp huyện: 1.300 triệu đồng" gives the 1.300 triệu "cấp
    huyện"; none for the line's first part, whose level is the line's."""
    part, opening = _part_opening(text, start, pos, _SEMICOLON)
    lead = _SCOPE_LEAD.match(text, opening, pos) if part > body else None
    return lead.group("scope").strip() if lead else None


def _part_opening(text: str, start: int, pos: int, boundary: re.Pattern) -> tuple[int, int]:
    """Where the part of a sentence (from ``start``) that ``pos`` is in begins, after the last ``boundary`` before
    it, and where its words begin, after its punctuation and any "trong đó:"."""
    part = max((m.end() for m in boundary.finditer(text, start, pos)), default=start)
    return part, _PART_OPENING.match(text, part, pos).end()


def _source_after(text: str, pos: int, end: int) -> str | None:
    """The source named right after an amount ending at ``pos``, before the sentence's ``end``: "… 0,8 tỷ đồng từ
    nguồn xã hội hóa" → "nguồn xã hội hóa"."""
    opening = _FROM_AFTER.match(text, pos, end)
    if opening is None or _NO_SOURCE_AFTER.match(text, opening.end(), end):
        return None  # not "… 200 triệu đồng từ năm 2026 đến năm 2030", "… từ 02 đến 03 mô hình"
    return funding.source(text, opening.end(), end)


def _line_source_for(text: str, source: str | None, body: int, start: int, amounts: list) -> str | None:
    """The line's ``source`` as the amount's that starts at ``start``, unless the line names it, not at its opening,
    as a later amount's:
    right before that amount ("Tổng kinh phí: 1.250 triệu đồng, trong đó: ngân sách tỉnh 800 triệu đồng; …" gives
    the total none) or right after it ("Năm 2025 đã giải ngân 2 tỷ đồng. Năm 2026 bố trí 2,5 tỷ đồng từ nguồn ngân
    sách huyện")."""
    if source is None:
        return None
    at = text.find(source, body)
    if not _WORDY.search(text, body, at):
        return source  # the line opens with it: "Ngân sách trung ương: 30 tỷ đồng, vốn cho dự án 1 là 20 tỷ đồng"
    for other in amounts:
        if other.start <= start:
            continue  # an amount after the one that owns the source shares it: a total's parts
        if _TO_ITS_AMOUNT.fullmatch(text, at + len(source), other.start) or _FROM_AFTER.fullmatch(text, other.end, at):
            return None
    return source


def _own_source(text: str, body: int, start: int, pos: int, end: int) -> str | None:
    """The source a later part of a line opens with, for an amount at ``pos`` in it (of the sentence text[start:end],
    from its last comma or semicolon): "Ngân sách cấp tỉnh: 3 tỷ đồng; ngân sách cấp huyện: 2 tỷ đồng" gives the 2 tỷ
    "ngân sách cấp huyện", not the line's first; "…, trong đó vốn vay ODA 300 tỷ đồng, vốn đối ứng ngân sách tỉnh 150
    tỷ đồng". Not the line's first part, nor a part that opens otherwise ("…, chiếm khoảng 10% tổng vốn đầu tư
    (khoảng 12.173 tỷ đồng)")."""
    part, opening = _part_opening(text, start, pos, _PART_BREAK)
    if part != body and (paying := _PAYING_SUBJECT.search(text, opening, pos)):
        return paying.group("source")  # "…, trong giai đoạn tới ngân sách tỉnh tiếp tục hỗ trợ 3 tỷ đồng"
    if not _SOURCE_OPENING.match(text, opening, pos):  # its clause may: "…; ngân sách các huyện, thị xã 800 triệu đồng"
        part, opening = _part_opening(text, start, pos, _SEMICOLON)
    if part == body or not _SOURCE_OPENING.match(text, opening, pos):
        return None
    named = funding.source(text, opening, pos)
    if not named or not _BUDGET_NAMED.search(named):
        return None  # "vốn cho dự án 1 là 20 tỷ đồng", "quỹ lương 5 tỷ đồng": what the money is for
    # read again to the sentence's end, where the source's own end is seen: cut at the amount, it keeps the words
    # before it ("Kinh phí từ ngân sách huyện là 3 tỷ đồng": "ngân sách huyện là")
    return funding.source(text, text.find(named, part, pos), end)


def _statement(doc: ParsedDocument, start: int, stop: int, end: int, in_block: bool, scope: str | None
               ) -> list[Budget]:
    """The funding statement text[start:stop] makes (``_statement_rows``); a later clause of its sentence that funds
    from a further source, or a clause joined to it right after it, before the line's ``end``, is part of it, or
    of its last split: "…; trình … phân bổ vốn ngân sách trung ương …", "…. Đồng thời huy động các nguồn vốn hợp
    pháp khác"."""
    text = doc.text
    rows = list(_statement_rows(doc, start, stop, in_block, scope))
    if rows:
        rows[-1] = _with_further_sources(doc, rows[-1], list(_later_statements(
            doc, _joined_clauses(text, start, end), funding_statements.further_source, rows, scope)))
    return rows


def _joined_clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The clauses after a statement's first that may add a further source to it: those of its sentence that fund
    ("…; trình … phân bổ vốn …") or are joined to it ("đồng thời …"), then the clauses of the sentences after it
    that are joined to it, up to the first that is not."""
    _, first_clause_end = next(passages.sentences(text, start, end))
    full_stop = passages.FULL_STOP.search(text, start, end)
    sentence_end = full_stop.start() if full_stop else end
    for s, e in passages.sentences(text, first_clause_end, end):
        joined = bool(_JOINED_CLAUSE.match(text, s, e))
        if s < sentence_end:
            if joined or funding_statements.funds(text, s, e):
                yield s, e
        elif joined:
            yield s, e
        else:
            return


def _block_statements(doc: ParsedDocument, body: int, end: int, scope: str | None) -> list[Budget]:
    """The statements of a funding-section line: its own, a later sentence setting a duty to fund from a source of
    its own, and a later clause opening with a source of its own ("Kinh phí đầu tư tập trung cho …; kinh phí
    thường xuyên dành cho …")."""
    text = doc.text
    _, piece_end = next(passages.bounded(text, body, end))  # a run-on line is read in pieces of bounded length
    rows = _statement(doc, body, piece_end, end, True, scope)
    sentences = list(_parts(text, body, end, passages.FULL_STOP))[1:]
    clauses = list(_parts(text, body, end, _SEMICOLON))[1:]
    later = list(_later_statements(doc, sentences, funding_statements.later_source, rows, scope))
    opening = list(_later_statements(doc, clauses, _opening_or_used_source, rows + later, scope))
    return _apart(doc, rows + later + opening)


def _sentence_statements(doc: ParsedDocument, body: int, end: int) -> list[Budget]:
    """The statements of a line elsewhere: each of its sentences that makes one ("Đối với … thì ngân sách thành
    phố chịu trách nhiệm đối ứng. Ủy ban nhân dân thành phố xem xét, hỗ trợ bổ sung có mục tiêu cho ngân sách cấp
    xã …"), save one joined to the statement before it or naming a source the line has stated ("Sở Tài chính bố
    trí ngân sách tỉnh …. Việc bố trí ngân sách tỉnh …"), not a source that only shares words with one; and each
    later clause saying what pays the funds it opens with ("…; kinh phí huấn luyện bảo đảm từ nguồn …")."""
    text, rows = doc.text, []
    for start, stop in _parts(text, body, end, passages.FULL_STOP):
        if rows and stop <= rows[-1].end:
            continue  # joined to the statement before it
        _, piece_end = next(passages.bounded(text, start, stop))
        for row in _statement(doc, start, piece_end, end, False, None):
            if not any(row.source.casefold() in other.source.casefold() for other in rows):
                rows.append(row)  # not a source the line has stated, or a part of one
    clauses = [(start, stop) for start, stop in list(_parts(text, body, end, _SEMICOLON))[1:]
               if not any(row.start <= start < row.end for row in rows)]
    return _apart(doc, rows + list(_later_statements(doc, clauses, _paying_source, rows, None)))


def _apart(doc: ParsedDocument, rows: list[Budget]) -> list[Budget]:
    """The statements of one line in text order, each ending before the next begins ("A; B": A's row ends at its
    semicolon)."""
    rows = sorted(rows, key=lambda row: row.start)
    for i, (row, following) in enumerate(zip(rows, rows[1:])):
        if row.end > following.start:
            end = row.start + len(doc.text[row.start:following.start].rstrip(_BETWEEN_STATEMENTS))
            rows[i] = replace(row, **doc.provenance(row.start, end))
    return rows


def _with_further_sources(doc: ParsedDocument, row: Budget, further: list[Budget]) -> Budget:
    """A statement with the further sources its line taps after it: their sources joined (funding.SOURCE_JOIN), its span
    to the last of them."""
    if not further:
        return row
    return replace(row, **doc.provenance(row.start, further[-1].end),
                   source=funding.SOURCE_JOIN.join([row.source, *(later.source for later in further)]))


def _later_statements(doc: ParsedDocument, parts, source_of, rows: list[Budget], scope: str | None
                      ) -> Iterator[Budget]:
    """Rows for the later parts of a funding line (sentences or clauses) whose ``source_of`` names a source
    the line has not stated yet."""
    text = doc.text
    stated = {row.source for row in rows if row.source}
    for start, stop in parts:
        source = source_of(text, start, stop)
        if source and not _restates(text[start:stop], source, stated):
            stated.add(source)
            yield Budget(**doc.provenance(start, stop), source=source, scope=scope,
                         estimated=bool(_ESTIMATE.search(text, start, stop)))


def _restates(part: str, source: str, stated) -> bool:
    """Whether a later part of a line, naming ``source``, restates a source the line has stated: it names one of
    them, or its source is part of one."""
    return any(other.casefold() in part.casefold() or source.casefold() in other.casefold() for other in stated)


def _opening_source(text: str, start: int, end: int) -> str | None:
    """The source a clause opens with and says something of ("kinh phí thường xuyên dành cho thể chế, …" →
    "kinh phí thường xuyên"), or the one that pays the funds it opens with (_paying_source); a clause that is only a
    source is an item of a list ("…; nguồn xã hội hóa;")."""
    source = funding.source(text, start, end)
    if not source:
        return None
    if not text[start:end].casefold().startswith(source.casefold()):
        return _paying_source(text, start, end)
    return source if len(_WORDY.findall(text, start + len(source), end)) >= STATEMENT_WORDS else None


def _opening_or_used_source(text: str, start: int, end: int) -> str | None:
    """The source a later clause of a funding-section line opens with (_opening_source) or its subject uses
    ("…; các đơn vị sự nghiệp công lập sử dụng nguồn thu hợp pháp của đơn vị")."""
    return _opening_source(text, start, end) or funding_statements.used_source(text, start, end)


def _paying_source(text: str, start: int, end: int) -> str | None:
    """The source a clause opening with the funds it speaks of says pays them ("kinh phí thực hiện tại cấp xã do
    ngân sách xã bảo đảm" → "ngân sách xã"; "kinh phí huấn luyện bảo đảm từ nguồn ngân sách quốc phòng địa phương
    được giao"); not a rule on them ("kinh phí chi từ ngân sách nhà nước phải được quyết toán …")."""
    source = funding.source(text, start, end)
    if not source or not funding_statements.opens_with_source(text, start, end):
        return None
    named = text.find(source, start, end)
    paid = (_PAID_BY.search(text, start, named) and _PAYS.fullmatch(text, named + len(source), end)
            and not _RULED.search(source))
    return source if paid else None


def _parts(text: str, start: int, end: int, boundary: re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts of text[start:end] between ``boundary`` matches: ``passages.FULL_STOP`` gives
    the sentences that end at a full stop ("; " joins a list), ``_SEMICOLON`` the clauses between semicolons."""
    pos = start
    for m in boundary.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _statement_rows(doc: ParsedDocument, start: int, end: int, in_block: bool, scope: str | None
                    ) -> Iterator[Budget]:
    """The funding statement text[start:end] makes without an amount: a row per source's share, else one
    row for the source it names (``funding_statements.source``)."""
    text, statement = doc.text, doc.text[start:end]
    if in_block or funding_statements.opens_with_source(text, start, end):
        shares = list(_SHARE.finditer(text, start, end))
        if len(shares) >= 2:  # "Ngân sách thành phố hỗ trợ 50%; ngân sách xã hỗ trợ 40% và …": a row per split
            for split in _splits(shares):
                source = funding.SOURCE_JOIN.join(f"{m.group('source')} ({m.group('share')})" for m in split)
                yield Budget(**doc.provenance(split[0].start(), split[-1].end()), scope=scope, source=source,
                             estimated=any(_ESTIMATE.search(m.group()) for m in split))
            return
    source = funding_statements.source(doc, start, end, in_block)
    if source:
        yield Budget(**doc.provenance(start, end), estimated=bool(_ESTIMATE.search(statement)), source=source,
                     scope=scope or funding_statements.own_funder(text, start, end, source))


def _splits(shares: list[re.Match]) -> Iterator[list[re.Match]]:
    """The shares of a line (matches of _SHARE) grouped by the split of a cost they make: a split names each
    source once, so a source named again opens the next ("…; riêng 05 xã … ngân sách thành phố hỗ trợ 80%, …")."""
    split: list[re.Match] = []
    for share in shares:
        if any(share.group("source").casefold() == other.group("source").casefold() for other in split):
            yield split
            split = []
        split.append(share)
    yield split


def _clause_year(text: str, start: int, end: int) -> int | None:
    """The one year a clause gives its amount ("kinh phí năm 2024 (dự kiến khoảng 1.050 triệu đồng)", "Năm
    2026: 5 tỷ đồng"); none when it names a run of years or a bound ("giai đoạn 2026-2030", "đến năm 2030", "năm
    2026 và các năm tiếp theo")."""
    years = [w for w in dates.find(text, start, end) if w.unit == "year"]
    if any(w.until is not None or w.bound not in (None, "during", "on") or _ONWARDS.match(text, w.end, end)
           for w in years):
        return None
    found = {w.year for w in years}
    return found.pop() if len(found) == 1 else None


def _is_short_lead_in(statement: str) -> bool:
    """'2. Nguồn nguyên liệu - hàng hóa huy động:' introduces a list; it states no funding itself."""
    return statement.rstrip().endswith(":") and len(statement.split()) <= MAX_HEADING_WORDS


def _row_budgets(doc: ParsedDocument, row: tables.Row, caption_scale: int | None, above: tables.Row | None,
                 in_block: bool) -> Iterator[Budget]:
    """Budget rows of a table row: its planned amounts (with the row's funding source), else the
    funding statement of its source cell and what its text cells say like sentences. ``above`` is the
    row before it, whose money unit an "of which" row without its own shares; a row of a funding section
    (``in_block``) plans spending."""
    text = doc.text
    source_cell = row.cell("source")
    source = _TRAILING_BRACKET.sub("", text[source_cell.start:source_cell.end]) if source_cell else None
    if source is None and not row.header:  # a row without a header names its source in its label, if at all
        label = next((c for c in row.cells if _WORDY.search(text, c.start, c.end)), None)
        source = funding.source(text, label.start, label.end) if label else None
    form = _budget_form(row)
    found, flow, item, title = False, _flow(form), _item(doc, row), row.table_title
    for cell, scale, per in _amount_cells(doc, row, caption_scale, above, form, in_block):
        value = numbers.parse_numeral(text[cell.start:cell.end])
        if value:  # a zero ("| 0 |") plans nothing
            found = True
            column = cell.column
            yield Budget(**doc.provenance(cell.start, cell.end), amount_vnd=round(value * scale), source=source,
                         scope=_scope(cell), per=per, year=column.year if column else None, flow=flow, item=item,
                         table_column=column.name if column else None, table_title=title,
                         estimated=bool(column and (cell.role == "actual" or _ESTIMATE.search(column.name))))
    if found:
        return
    if source_cell:
        yield Budget(**doc.provenance(source_cell.start, source_cell.end), source=source,
                     estimated=bool(_ESTIMATE.search(text, source_cell.start, source_cell.end)))
    funding_group = row.group is not None and _names_funding(row.group, None)  # a group "Bảo đảm kinh phí …"
    for cell in row.cells:
        if cell.role in PROSE_ROLES and cell.end > cell.start:  # its tasks read as a funding section's lines
            in_block = funding_group and cell.role == "task"
            yield from _line_rows(doc, cell.start, cell.end, in_block=in_block, heading=False)


def _total(doc: ParsedDocument, row: tables.Row) -> Budget | None:
    """The total of an item of a cost table: a row narrower than its header whose one number ends it
    ("1.1 | Vùng nuôi tôm nước lợ | 428.418.252" under "… | Đơn giá (đồng) | Thành tiền (đồng) | Ghi chú"):
    the number stands in the money column."""
    text = doc.text
    money = _money_columns(row)
    filled = [c for c in row.cells if c.end > c.start and c.role != "index"]
    numeric = [c for c in filled if _NUMERIC_CELL.fullmatch(text, c.start, c.end)]
    if (len(money) != 1 or len(row.cells) >= len(row.header) or len(numeric) != 1 or numeric != filled[-1:]
            or numeric[0].role == "money"):
        return None
    value = numbers.parse_numeral(text[numeric[0].start:numeric[0].end])
    if value is None:
        return None
    scale = numbers.unit_scale(money[0].name)
    return Budget(**doc.provenance(numeric[0].start, numeric[0].end), amount_vnd=round(value * scale),
                  item=_item(doc, row), table_column=money[0].name, table_title=row.table_title)


# the label of a table's total on a line of its own: "Tổng ( I +II +III +IV)", "Tổng cộng"; not a count's ("Tổng số
# mẫu") (fullmatch)
_BROKEN_TOTAL_LABEL = re.compile(r"\s*(?:tổng cộng|tổng|cộng)\s*(?:\([^()]*\))?\s*:?\s*", re.IGNORECASE)


def _broken_total(doc: ParsedDocument, lines: list[tuple[int, int]], index: int, above: tables.Row | None
                  ) -> Budget | None:
    """The total of a cost table broken onto lines of its own under it: a line holding one number, after a total's
    label right under the table's last row and before a line that is no number ("…| 63.950.757\nTổng ( I +II +III
    +IV)\n1.500.000.000"), read in the table's one money column."""
    text = doc.text
    if above is None or index < 1 or not _lone_number(text, *lines[index]):
        return None
    label_start, label_end = lines[index - 1]
    if text.count("\n", above.end, label_start) > 1 or not _BROKEN_TOTAL_LABEL.fullmatch(text, label_start, label_end):
        return None
    if index + 1 < len(lines) and _lone_number(text, *lines[index + 1]):
        return None  # one of a row's numbers, a line each
    money = _money_columns(above)
    start, end = passages.stripped(text, *lines[index])
    value = numbers.parse_numeral(text[start:end])
    if len(money) != 1 or not value:
        return None
    return Budget(**doc.provenance(start, end), amount_vnd=round(value * numbers.unit_scale(money[0].name)),
                  item=text[label_start:label_end].strip(), table_column=money[0].name, table_title=above.table_title)


def _money_columns(row: tables.Row) -> list[tables.Column]:
    """The columns of a row's header whose names give a money unit ("Thành tiền (đồng)")."""
    return [c for c in row.header if c.role == "money" and numbers.unit_scale(c.name) is not None]


def _lone_number(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] holds one number and nothing else."""
    return bool(_NUMERIC_CELL.fullmatch(text, *passages.stripped(text, start, end)))


def _amount_cells(doc: ParsedDocument, row: tables.Row, caption_scale: int | None, above: tables.Row | None,
                  form: str | None, in_block: bool) -> Iterator[tuple[tables.Cell, int, str | None]]:
    """(cell, scale, per) of the amounts of a row: numbers after its money unit cell, or after the empty one
    of an "of which" row under a row with one ("Trong đó: chi khác tối thiểu |  | 2.300.000" under "Mầm non |
    Đồng/học sinh/năm | 16.500.000"); numbers under columns
    whose name gives a money unit; under a money caption, the numbers of a spending row's plan columns (every
    row's, in a table of spending: "DỰ TOÁN CHI …", or of a funding section: ``in_block``, save a count's) and of
    a column of costs ("Kinh phí"), not those of a year before the plan's period; in a state budget's own tables
    (``form``, from _budget_form), the numbers of every column of a year."""
    text = doc.text
    label = _label(doc, row)
    if label is None:
        return
    spent = _SPENDING.match(label.lstrip(_ROW_MARKS)) or _SPENDING.search(row.title)  # "Chi …", "DỰ TOÁN CHI …"
    flow = _flow(form)
    if flow == "borrowing" and _DEBT_STOCK.search(label):
        return  # "Tổng dư nợ đầu năm": what is owed, not borrowed or repaid
    if _other_money_named(label, _SPENDING_HEAD) and not spent and not flow:
        return  # "Thu nội địa", but not "Chi từ nguồn thu tiền sử dụng đất", nor a row of a revenue table
    spending = bool(spent or flow or (in_block and not _counts(label)) or _SPENDING_ROW.match(label))
    unit, after = _money_unit(doc, row), None
    if unit is not None:
        after = unit.start
    elif above is not None and above.table == row.table and _OF_WHICH.match(label):
        empty = next((c for c in row.cells if c.role == "unit" and c.end == c.start), None)
        unit = _money_unit(doc, above) if empty else None
        after = empty.start if empty else None
    numeric = [c for c in row.cells
               if (c.role != "actual" or form and _year(c)) and _NUMERIC_CELL.fullmatch(text, c.start, c.end)]
    if unit is not None:
        per = _MONEY_CELL.match(text, unit.start, unit.end).group("per")
        per = _SLASHES.sub("/", per.strip()).strip("/") if per else None
        scale = numbers.unit_scale(text[unit.start:unit.end])
        yield from ((c, scale, per) for c in numeric if c.start > after and not _before_period(doc, c))
        return
    for cell in numeric:
        named = numbers.unit_scale(cell.column.name) if cell.column else None
        if named is not None and cell.role in PLAN_ROLES:
            yield cell, named, None
        elif caption_scale and form and _year(cell):  # a budget form's every year: plan, baseline and outturn
            yield cell, caption_scale, None
        elif (caption_scale and cell.role in PLAN_ROLES and (spending or cell.role == "money")
              and not _before_period(doc, cell)):
            yield cell, caption_scale, None
        elif caption_scale and in_block and spending and not row.header and _names_money(label):
            yield cell, caption_scale, None  # a row of a table without a header: "Ngân sách tỉnh | 1.200"


def _budget_form(row: tables.Row) -> str | None:
    """Which of a state budget's own tables a row is of, by the table's title: 'revenue', 'borrowing' (debt) or
    'spending'; None for any other table."""
    return next((kind for kind, title in _FLOW_TABLES.items() if title.search(row.title)), None)


def _flow(form: str | None) -> str | None:
    """The flow of a budget form's amounts: 'revenue' or 'borrowing'; None for spending and other tables."""
    return form if form != "spending" else None


def _year(cell: tables.Cell) -> int | None:
    """The year of a cell's column ("Năm 2026", "Ước thực hiện" under "Năm hiện hành 2025"), if any."""
    return cell.column.year if cell.column else None


def _money_unit(doc: ParsedDocument, row: tables.Row) -> tables.Cell | None:
    """The cell of a row that gives its amounts' money unit ("Đồng/biên chế/năm"), if any."""
    return next((c for c in row.cells if c.role not in PLAN_ROLES and _MONEY_CELL.match(doc.text, c.start, c.end)),
                None)


def _before_period(doc: ParsedDocument, cell: tables.Cell) -> bool:
    """Whether a plan column is of a year before the plan's own period: "Năm 2025 / Dự toán" in a plan for
    2026-2028 is the baseline it starts from."""
    return _before_plan(doc, _year(cell))


def _before_plan(doc: ParsedDocument, year: int | None) -> bool:
    """Whether a year comes before the plan's own period."""
    start = doc.meta.period_start
    return bool(start and year and year < start)


def _counts(label: str) -> bool:
    """Whether a row label is a count: "Số" and a noun that is no money ("Số lớp tập huấn", "Số phòng học được xây
    mới"), not a verb or a word of money after it ("Số dự kiến bố trí", "Số thực chi", "Số ngân sách tỉnh hỗ trợ")."""
    opening = _SO.match(label)
    if opening is None or _NOT_COUNTED.match(label, opening.end()):
        return False
    tagged = tagging.pos_tags(("Số " + label[opening.end():])[:MAX_TAGGED_LABEL])
    return len(tagged) > 1 and tagged[0][0] == "Số" and tagged[1][1] in agencies.NOUN_TAGS


def _names_money(label: str) -> bool:
    """Whether a row label without a header may name money in the caption's unit: not a rate, a time or an area, nor
    a label with a unit of its own in brackets ("Tỷ lệ vốn đối ứng (%)", "Diện tích hỗ trợ (ha)")."""
    return not _OWN_UNIT.search(label) and not _NOT_MONEY_LABEL.match(label) and not _counts(label)


def _label(doc: ParsedDocument, row: tables.Row) -> str | None:
    """What a row is about: its task or indicator cell, else its first cell with words."""
    label = row.text(doc, "task", "indicator")
    if label:
        return label
    return next((doc.text[c.start:c.end] for c in row.cells if _WORDY.search(doc.text, c.start, c.end)), None)


def _item(doc: ParsedDocument, row: tables.Row) -> str | None:
    """A row's name without its bullet: "- Thuế giá trị gia tăng" → "Thuế giá trị gia tăng"."""
    label = _label(doc, row)
    name = label.lstrip(_ROW_MARKS).strip() if label else ""
    return name or None


def _scope(cell: tables.Cell) -> str | None:
    """A plan column named by a place or level under a spanning one ("Khu vực đô thị"), not by a plan word."""
    column = cell.column
    return column.name if column and column.role in PLAN_ROLES and column_role(column.name) is None else None


def _raises_funds(line: str) -> bool:
    """Whether a funding section's line is a heading or lead-in over ways to raise funds ("8. Phương án huy động kinh
    phí", "2. Nguồn nguyên liệu - hàng hóa huy động:"), not a sentence that mobilises."""
    line = line.strip()
    return bool(_RAISING.match(line)) and not line.endswith(".") and len(line.split()) <= RAISING_WORDS


def _way_of_raising(doc: ParsedDocument, start: int, end: int) -> Budget | None:
    """The statement of a list item under a heading over ways to raise funds, with no source words of its own: the
    item's first sentence is its source as stated ("- Theo Kế hoạch dự trữ hàng hóa … của Sở Công Thương. …"); none
    when it names no resource, or is a body's task ("- Sở Tài chính chủ trì …") or a note ("- Ghi chú: …")."""
    text = doc.text
    body = _LIST_ITEM.match(text, start, end).end()
    if (not _RESOURCE.search(text, body, end) or _NOTE.match(text, body, end)
            or agencies.subject(text, body, end) is not None):
        return None
    first_end = next(passages.sentences(text, body, end))[1]
    stop = body + len(text[body:first_end].rstrip().rstrip(".;").rstrip())
    return Budget(**doc.provenance(body, stop), source=text[body:stop])


def _section_row(doc: ParsedDocument, start: int, end: int) -> Budget:
    """The one row of a "KINH PHÍ" section that names no source: its first sentence after the heading, or the heading
    with no source when nothing stands under it."""
    text = doc.text
    heading_end = text.find("\n", start, end)
    if heading_end == -1 or heading_end + 1 >= end:
        return Budget(**doc.provenance(start, start + len(text[start:end].rstrip())), source=None)
    body = heading_end + 1
    first = next(passages.sentences(text, body, end), (body, end))
    statement = text[first[0]:first[1]].strip()
    reference = _REFERENCE.search(statement)
    title = _CITED_TITLE.search(statement, reference.end()) if reference else None
    source = statement[:title.start()] if title else statement.rstrip(".")
    return Budget(**doc.provenance(*first), source=source or None, estimated=bool(_ESTIMATE.search(statement)))


def _other_money(text: str, body: int, clause: str, start: int, end: int, limit: int, budgeted: bool) -> bool:
    """Whether an amount text[start:end] outside a funding section is not about funding ("… GRDP bình quân đầu người
    đạt khoảng 91 triệu đồng"): its ``clause`` says so, its source does not follow it, and it is no part of a budget
    the line (from ``body``) broke down before it (``budgeted``)."""
    return (not _is_budget(clause) and not _source_follows(clause, text, end, limit)
            and not (budgeted and _part_of_breakdown(text, body, start - len(clause), start)))


def _source_follows(clause: str, text: str, pos: int, end: int) -> bool:
    """Whether the source of an amount ending at ``pos`` follows it, with no funding word before it ("5.360 tỷ đồng
    (năm nghìn, …) nguồn vốn ngân sách trung ương trong Kế hoạch đầu tư công …"), nor a word of other money (its
    ``clause``: "doanh thu du lịch đạt 1.200 tỷ đồng vốn của …")."""
    colon = clause.rfind(":") + 1
    label = _LABEL_OPENING.match(clause).end()
    if funding.NOT_BUDGET.search(clause, colon) or funding.NOT_BUDGET.match(clause, label, colon):
        return False  # other money, after a colon or opening the label before it ("Dư nợ cho vay: …"), not a name
        # before a colon ("Khắc phục thiệt hại do bão …: 30 tỷ đồng …")
    opening = _SOURCE_AFTER_AMOUNT.match(text, pos, end)
    named = funding.source(text, opening.end(), end) if opening else None
    return bool(named) and text.startswith(named, opening.end()) and not funding.NOT_BUDGET.match(named)


def _part_of_rejected(text: str, rejected: int, pos: int) -> bool:
    """Whether an amount at ``pos`` is a part of the other money ending at ``rejected``, named only by who holds it
    in its breakdown in the same clause ("… đã huy động được 14,7 tỷ đồng, trong đó ngân sách nhà nước 9,2 tỷ đồng,
    nhân dân đóng góp 5,5 tỷ đồng"); not a budget said after it ("…, năm 2026 ngân sách tỉnh tiếp tục hỗ trợ …")."""
    breakdowns = list(_BREAKDOWN.finditer(text, rejected, pos))
    if ";" in text[rejected:pos] or not breakdowns:
        return False
    part = max(breakdowns[-1].end(), _list_part(text, rejected, pos))
    return bool(_NAMED_PART.fullmatch(text, part, pos))  # "vốn ngân sách nhà nước hỗ trợ", "… và 53 tỉ đồng …"


def _list_part(text: str, start: int, end: int) -> int:
    """Where the last part of a list in text[start:end] begins: after its last comma or "và"."""
    return max(start, text.rfind(",", start, end) + 1, text.rfind(" và ", start, end) + 4)


def _part_of_breakdown(text: str, body: int, start: int, end: int) -> bool:
    """Whether the clause text[start:end] before an amount is only who holds a part of a budget its line breaks down
    ("Thành phố Hồ Chí Minh là" in "… 6.961 tỷ đồng, trong đó: Thành phố Hồ Chí Minh là 4.562 tỷ đồng; tỉnh Đồng Nai
    là …", "Cao Bằng" in "…, trong đó: Thái Nguyên 50 tỷ đồng, Cao Bằng 30 tỷ đồng và …"), not other money
    ("lợi nhuận … đạt")."""
    part = _list_part(text, start, end)
    return (bool(_HOLDER_OF_PART.fullmatch(text, part, end)) and not funding.NOT_BUDGET.search(text, part, end)
            and bool(_BREAKDOWN.search(text, body, start)))


def _other_money_named(label: str, spending_head: re.Pattern) -> bool:
    """Whether a label or clause names other money (revenue, prices, profit …) other than as what the spending it
    opens with is for: "Thu nội địa", "Vốn FDI", but not "Hỗ trợ đào tạo lao động cho doanh nghiệp FDI" when
    ``spending_head`` matches "Hỗ trợ"."""
    other = funding.NOT_BUDGET.search(label)
    head = spending_head.match(label)
    return other is not None and not (head and other.start() >= head.end())


def _is_budget(clause: str) -> bool:
    """Whether the clause before an amount speaks of funding (its last cue) rather than indicators or revenue; a
    rate or a fund named after such money is its own ("Giá dịch vụ … áp dụng mức 28.800 đồng/lượt", "Số dư Quỹ
    …"), unless funding is said of that money ("Hỗ trợ chênh lệch giá bán điện … mức 50.000 đồng/hộ/tháng") or its
    part opens with a cost ("Kinh phí tổ chức Hội nghị đối thoại với doanh nghiệp FDI là …")."""
    part = clause[clause.rfind(",") + 1:]
    if _COST_HEAD.match(part) and not _other_money_named(part, _COST_HEAD) and not _MONEY_BEFORE.search(part):
        return True  # the cost's own amount, not a later one ("… là 800 triệu đồng và doanh thu … đạt 12 tỷ đồng")
    other = [(m.start(), m.end()) for m in funding.NOT_BUDGET.finditer(clause)
             if not (m.group().casefold() in funding.BALANCE_WORDS
                     and funding.BALANCE_DRAWN.search(clause, 0, m.start()))]
    found = [m for m in _FUNDING.finditer(clause) if not any(a <= m.start() < b for a, b in other)]
    strong = [m.start() for m in found if m.group().casefold() not in WEAK_FUNDING_WORDS]
    said_of = [a for a, _ in other if any(s < a and "," not in clause[s:a] for s in strong)]  # in the same part
    cues = [(m.start(), True) for m in found
            if not (m.group().casefold() in WEAK_FUNDING_WORDS
                    and any(a < m.start() and a not in said_of for a, _ in other))]
    cues += [(a, False) for a, _ in other]
    return bool(cues) and max(cues)[1]


def _per(text: str, pos: int, limit: int) -> tuple[int, str | None]:
    """'…đồng/trẻ/tháng' → 'trẻ/tháng' (after a written-out restatement in brackets, if any); each part one word, a
    syllable and those that make one word with it ("học sinh", "biên chế"; "người", not "người tham gia …")."""
    m = _PER.match(text, pos, limit)
    if not m:
        return pos, None
    parts = [_first_word(part) for part in _SLASHES.split(m.group(1).strip())]
    last = text.find(parts[-1], text.rfind("/", m.start(1), m.end(1)) + 1 if len(parts) > 1 else m.start(1), m.end(1))
    return (last + len(parts[-1]) if last >= 0 else m.end()), "/".join(parts)


def _first_word(part: str) -> str:
    """The word a per part opens with: its first syllable and each after it that makes one word with the one
    before ("học sinh", "biên chế", "dự án")."""
    syllables = part.split()
    taken = syllables[:1]
    for before, after in zip(syllables, syllables[1:]):
        if not lexicon.is_compound(before, after):
            break
        taken.append(after)
    return " ".join(taken)
