"""Funding sources: the phrase that says where money comes from.

"… từ nguồn kinh phí được giao hàng năm và các nguồn hợp pháp khác (nếu có) theo quy định …"
names the source "nguồn kinh phí được giao hàng năm và các nguồn hợp pháp khác". A phrase
introduced by "từ", "bằng", "sử dụng", or one the line opens with ("- Nguồn kinh phí thường xuyên chi để …";
without a lead-in: "Nguồn kinh phí thực hiện từ các doanh nghiệp …"), is preferred; what the money is spent on
("chi để …", "cho hạ tầng số …"; not "vốn cho vay", a kind of funds, nor the field funds are set aside for,
which names them: "từ kinh phí bố trí cho lĩnh vực khoa học, công nghệ …"), how it is raised (", được vận động,
tiếp nhận …") and what its givers take part in ("… các doanh nghiệp tham gia thực hiện Chương trình") are not
part of it.
References to the law ("Luật Ngân sách nhà nước", "theo phân cấp ngân sách"), also between two sources
("nguồn A theo quy định của Luật Ngân sách nhà nước và nguồn B" names "nguồn A và nguồn B"), the fiscal year
("trả dần theo năm ngân sách") and phrases naming no source ("Nguồn kinh phí thực hiện … như sau")
are not sources. A public-private partnership ("hợp tác công tư") is a way to fund, a source of its own. The rule
sharing costs between levels that a source is spent under is part of it: "nguồn ngân sách nhà nước theo phân cấp
ngân sách hiện hành", and "Ngân sách nhà nước thực hiện theo quy định phân cấp ngân sách" names "Ngân sách nhà
nước theo quy định phân cấp ngân sách", and so are the kinds of funds it meets costs with: "Ngân sách Thành phố đảm
bảo kinh phí (bao gồm nguồn kinh phí chi thường xuyên và chi đầu tư) …".

The words the tables share about funding live here too: those that make a clause one about funding
(FUNDING_CLAUSE), those of money that is no budget (NOT_BUDGET: indicators, revenue, wages, debt), how the
sources one statement names are joined (SOURCE_JOIN), and whether a clause tells its amount as already given
(told_as_given: "… đã kịp thời quyết định hỗ trợ 3.515 tỷ đồng").
"""
from __future__ import annotations

import re

from extractors import patterns

# public-private partnership, a way to fund: "hợp tác công tư", "hợp tác đầu tư công - tư", "đối tác công tư"
PARTNERSHIP = r"(?:hợp tác|đối tác)\s+(?:đầu tư\s+)?công\s*-?\s*tư"
# the sources public finance names by what frees the money: "nguồn tăng thu, tiết kiệm chi hằng năm", "nguồn cải
# cách tiền lương", "nguồn kết dư ngân sách"
PUBLIC_FINANCE_SOURCES = ("tăng thu", "tiết kiệm chi", "cải cách tiền lương", "kết dư", "sự nghiệp", "chi sự nghiệp")
# words a source phrase starts with: STRONG ones name a source by themselves; others need a source noun
STRONG_STARTS = ("dự phòng ngân sách", "ngân sách", "vốn", "quỹ", "xã hội hóa", "tài trợ", "viện trợ", "đóng góp",
                 "kinh phí chi thường xuyên", "chi thường xuyên", "kinh phí thường xuyên", "kinh phí đầu tư",
                 "kinh phí địa phương", "kinh phí của địa phương",
                 "dự toán được giao", "dự toán được cấp có thẩm quyền giao", "dự toán năm", "dự toán hằng năm",
                 "dự toán hàng năm",
                 PARTNERSHIP)
SOURCE_STARTS = STRONG_STARTS + ("nguồn", "dự toán", "định mức chi")
SOURCE_NOUNS = ("ngân sách", "vốn", "quỹ", "xã hội hóa", "tài trợ", "viện trợ", "đóng góp", "doanh nghiệp",
                "nhà nước", "trung ương", "địa phương", "tỉnh", "thành phố", "huyện", "xã", "hợp pháp",
                "thường xuyên", "sự nghiệp", "khen thưởng", "tự chủ", "ODA", "vay", "huy động", "lồng ghép",
                "tổ chức", "cá nhân", "chương trình", "dự án", "dự phòng", "quốc tế") + PUBLIC_FINANCE_SOURCES
INTRODUCERS = ("từ", "bằng", "sử dụng", "do", "gồm", "bao gồm", "lấy từ")
NOT_SOURCE_BEFORE = (r"(?:luật|pháp luật về|phân cấp(?: quản lý)?|quản lý|cân đối|quyết toán|khả năng|lập|xây dựng|năm|tạo"
                     r"|niên độ)\s+$")  # "theo niên độ ngân sách": the fiscal year, no source
# the levels whose budget may pay for something named after it: "Ngân sách huyện hỗ trợ chi phí …"
PAYING_LEVELS = ("tỉnh", "huyện", "xã", "thành phố", "nhà nước")
_AFTER_A_LEVELS_BUDGET = "|".join(f"(?<=ngân sách {level})" for level in PAYING_LEVELS)  # fixed-width lookbehinds
# a source said not to fund, after it: "… không hỗ trợ", "… chưa bố trí"
DENIAL = r"\s(?:không|chưa)\s+(?:hỗ trợ|bố trí|cấp|chi(?!\s+hết)|chi trả|bảo đảm|đảm bảo|đối ứng)\b"
SOURCE_END = (r"[.;:][\"”]?\s|[.;:][\"”]?$|\s\(|"
              r"\s(?:để|nhằm|đang|dự kiến|khoảng|chiếm|theo quy định|theo đúng quy định|(?:phải\s+)?ưu tiên(?=\s+(?:cho|các|những)\b)|"
              r"(?:cùng\s+)?tham gia|đối với|"
              r"theo (?:phương châm|tinh thần|nguyên tắc)|"
              r"như sau|đảm bảo|bảo đảm|chịu trách nhiệm|chi trả|thực hiện theo|tập trung cho|dành cho|làm chủ đầu tư|"
              r"tự(?=\s+(?:bảo đảm|đảm bảo|cân đối|chi trả)\b)|(?:cụ thể|chi tiết)(?=\s+như sau|\s*:)|"
              r"chi để|chi cho|(?<!giao\s)cho(?! vay)|dành(?:\s+(?:tối thiểu|ít nhất|khoảng))?|tối thiểu|ít nhất|tối đa|"
              r"không (?:vượt )?quá|không (?:thấp hơn|dưới)|"
              r"(?:với\s+)?(?:tổng\s+)?số tiền)\b|,?\strong đó\b|"
              r",\s*(?:phân bổ|cân đối|bố trí|sử dụng|trình|ban hành|triển khai|ưu tiên|được|báo cáo|giải ngân|giao\s+cho"
              r"|quy định|hướng dẫn|đôn đốc|(?:kiểm tra|giám sát)(?=\s+(?:việc|các|chặt chẽ|thường xuyên)\b))\b|"
              r",\s*giao\s+(?-i:[A-ZĐ])|"  # "…, giao Sở Tài chính tham mưu …", not "…, giao thông"
              rf",(?=[^,;.]{{0,40}}?{DENIAL})|"  # "nguồn xã hội hóa, ngân sách nhà nước không hỗ trợ"
              r",\s*đặc biệt\b(?!(?:\s+là)?\s+(?:các\s+)?(?:nguồn|vốn|ngân sách|quỹ|xã hội hóa)\b)|"
              # a level's budget paying for something: "Ngân sách huyện hỗ trợ chi phí …", "… chỉ hỗ trợ một phần"
              # (not "… hỗ trợ có mục tiêu", a transfer, nor in a list: "nguồn ngân sách tỉnh hỗ trợ và ngân sách huyện …",
              # "Nguồn ngân sách nhà nước hỗ trợ theo Nghị định … và nguồn vốn của doanh nghiệp")
              rf"(?:{_AFTER_A_LEVELS_BUDGET})\s(?=(?:(?:chỉ|sẽ)\s+)?hỗ trợ\s+(?!có mục tiêu\b|và\b)\w)"
              r"(?![^;.]*?(?:,|\svà|\shoặc)\s+(?:các\s+)?(?:nguồn|ngân sách|vốn)\b)|"
              # … or allocating it: "… do ngân sách nhà nước bố trí trong dự toán chi hằng năm của Bộ Quốc phòng"
              rf"(?:{_AFTER_A_LEVELS_BUDGET})\s(?=bố trí\s+(?:trong|từ)\b)|"
              r"\s(?:là\s+|(?:và|hoặc)\s+|(?<![Vv]ốn\s)(?<![Pp]hí\s)(?<![Nn]guồn\s)(?:(?:đã|sẽ)\s+)?(?:bố trí|cấp|chi|hỗ trợ)\s+"
              r"(?:(?:khoảng|dự kiến|tối thiểu)\s+)?)?"
              r"(?=\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|đồng)\b)")  # "Ngân sách tỉnh bố trí 500 triệu đồng", not
#                                                                   "Vốn hỗ trợ 500 triệu đồng", a noun

# words that make a clause one about funding, whose money, years and recurrences are a budget's (not a target's or a
# due date's): "Kinh phí … 2,5 triệu USD từ nguồn viện trợ …", "dự toán được giao hàng năm"
FUNDING_CLAUSE_WORDS = ("kinh phí", "ngân sách", "dự toán", "phân bổ", "viện trợ", "vốn vay", "vay ưu đãi",
                        "vốn đối ứng", "ODA", "tổng mức đầu tư")
FUNDING_CLAUSE = re.compile(rf"(?<!\w)(?:{patterns.alternatives(FUNDING_CLAUSE_WORDS)})(?!\w)", re.IGNORECASE)

# money or a duty told as done, no plan: "… đã kịp thời quyết định hỗ trợ …", "… đã được phê duyệt và bố trí vốn"
DONE = re.compile(r"\bđã\b", re.IGNORECASE)
SOURCE_JOIN = "; "  # between the sources one statement names, as a list of them is printed ("nguồn A; nguồn B")
# indicators, revenue, wages, money paid back into a budget, debt, deficits, prices and balances: money that is not a
# budget
NOT_BUDGET_WORDS = ("GRDP", "doanh thu", "kim ngạch", "giá trị sản xuất", "giá trị xuất khẩu", "thu nhập",
                    "vốn đăng ký", "bán lẻ", "tổng thu ngân sách", "tổng thu", "thu ngân sách", "thu nội địa",
                    "tăng thu", "thu tiền", "thu từ", "nguồn thu", "nộp", "thuế", "lệ phí", "đầu người",
                    "thiệt hại", "tổng sản phẩm", "xuất khẩu", "nhập khẩu", "dư nợ", "toàn xã hội", "đầu tư xã hội", "lương cơ sở",
                    "mức lương", "vay", "thu hồi nộp ngân sách", "nộp ngân sách", "nộp trả ngân sách", "nộp vào ngân sách",
                    "hoàn trả ngân sách", "thu hồi về ngân sách",
                    "giá dịch vụ", "giá đất", "bảng giá", "giá bán", "giá vé", "mức giá",  # prices
                    "số dư",  # balances
                    "FDI", "vốn FDI", "vốn đầu tư trực tiếp nước ngoài",  # foreign direct investment
                    "lợi nhuận", "giá trị sản phẩm", "giá trị hàng hóa", "doanh số")  # profit, output, turnover
# a deficit, though not the deficit as the source public investment is funded from ("nguồn bội chi ngân sách địa
# phương")
_DEFICIT = r"(?:mức\s+bội chi|(?<!nguồn )(?<!vốn )bội chi)(?:\s+ngân sách)?"
# a fee collected, not a place or system that collects it nor a fee waived ("trạm thu phí", "miễn thu phí")
_FEE = r"(?<!hệ thống )(?<!trạm )(?<!điểm )(?<!miễn )(?<!giảm )(?<!triển khai )(?<!thiết bị )(?<!phần mềm )thu phí"
# foreign direct investment, though not promoting it ("Hội nghị xúc tiến đầu tư trực tiếp nước ngoài")
_FDI = r"(?<!xúc tiến )đầu tư trực tiếp nước ngoài"
# a fund's balance ("Quỹ … hiện còn tồn 186 triệu đồng", "Tồn quỹ … là …", "… còn tồn đọng"); one drawn on is read
# as funding by budgets (BALANCE_DRAWN)
BALANCE_WORDS = ("còn tồn", "tồn quỹ")
# a balance drawn on for spending, its verb before it in its clause part: "Sử dụng kinh phí còn tồn …", "trích (từ)
# nguồn tồn quỹ …" (search up to the balance word)
BALANCE_DRAWN = re.compile(r"\b(?:sử dụng|trích|dùng)\b[^,;:]*$", re.IGNORECASE)
NOT_BUDGET = re.compile(rf"(?<!\w)(?:{patterns.alternatives(NOT_BUDGET_WORDS + BALANCE_WORDS)}|{_DEFICIT}|{_FEE}|{_FDI})(?!\w)",
                        re.IGNORECASE)

# a source starts with one of SOURCE_STARTS, or with a word right after "từ"/"bằng" ("Hỗ trợ từ trung ương, …"; not a
# number: "tốc độ từ 80 km …")
_START = re.compile(rf"(?<!\w)(?:các\s+)?(?:{'|'.join(SOURCE_STARTS)})(?!\w)|(?:(?<=\btừ )|(?<=\bbằng ))(?=[^\W\d_])",
                    re.IGNORECASE)
_NOUN = re.compile(rf"(?<!\w)(?:{'|'.join(SOURCE_NOUNS)})(?!\w)", re.IGNORECASE)
_STRONG = re.compile(rf"(?:các\s+)?(?:{'|'.join(STRONG_STARTS)})(?!\w)", re.IGNORECASE)
_PARTNERSHIP = re.compile(PARTNERSHIP, re.IGNORECASE)  # used with match
_FIRST_WORD = re.compile(r"\S+\s*")
_PLAIN_SOURCE = re.compile(r"^(?:nguồn|các)\s+", re.IGNORECASE)  # "Nguồn ngân sách tỉnh" names "ngân sách tỉnh"
# support as a kind of funds, named by its giver, its kind or alone, after "hỗ trợ" ("nguồn vốn hỗ trợ từ Trung ương",
# "vốn hỗ trợ phát triển chính thức (ODA)"; but "vốn hỗ trợ các hợp tác xã" is for them)
SUPPORT_AS_FUNDS = (r"(?<=vốn hỗ trợ|phí hỗ trợ)(?=\s+(?:từ|của|có mục tiêu|và|phát triển chính thức|không hoàn lại"
                    r"|đầu tư)\b|\s*[,;.]|\s*$)")
# what funds pay for, not a kind of capital ("vốn đầu tư phát triển", "vốn hỗ trợ phát triển chính thức")
_PURPOSE = re.compile(rf"\b(?:tổ chức|thực hiện|hỗ trợ\b(?!{SUPPORT_AS_FUNDS})|xây dựng|(?<!vốn )đầu tư|triển khai)\b",
                      re.IGNORECASE)
_FUNDED_FROM = re.compile(r"\s(?:được\s+)?(?:bố trí|cấp|bảo đảm|đảm bảo|lấy|trích)\s+từ\s", re.IGNORECASE)
_SPACE = re.compile(r"\s*")
_BULLET = re.compile(r"[\W_]*")
_INTRODUCED = re.compile(rf"(?<!\w)(?:{'|'.join(INTRODUCERS)})\s*:?\s*$|:\s*$", re.IGNORECASE)
_NOT_BEFORE = re.compile(NOT_SOURCE_BEFORE, re.IGNORECASE)
_END = re.compile(SOURCE_END, re.IGNORECASE)
_DENIAL = re.compile(DENIAL, re.IGNORECASE)
DENIAL_REACH = 30  # characters into a part of a source phrase its denial may stand ("ngân sách các huyện không …")
_PART_SEPARATOR = re.compile(r"[,;]\s*")
_CLAUSE_MARK = re.compile(r"[,;.]|$")  # where the words right after a source phrase end
_BRACKETED = re.compile(r"\([^()]*\)")
_AFTER_COLON_END = re.compile(SOURCE_END.replace("[.;:]", "[.]"), re.IGNORECASE)
# a bracket saying what kind of funds a source is: "(chi thường xuyên và chi đầu tư phát triển)", not "(nếu có)"
_FUNDS_BRACKET = re.compile(r"\((?=[^()]*\b(?:chi|vốn|nguồn|ngân sách|kinh phí)\b)[^()]*\)", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s(?:theo quy định|theo đúng quy định)\b", re.IGNORECASE)
_NEXT_SOURCE = re.compile(r"(?:,\s*(?:và\s+)?|\s+và\s+)(?:các\s+)?(?:nguồn|vốn|ngân sách|quỹ)(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;](?:\s|$)|$")
# the law a source is used under, before the next source or at the end: "theo quy định của Luật Ngân sách nhà nước"
_LAW = re.compile(r"\s+theo\s+(?:đúng\s+)?quy định\s+(?:của|tại)\s+(?:Luật|pháp luật)\b[^,;()]*?"
                  rf"(?=\s*[;(]|{_NEXT_SOURCE.pattern}|\s*$)", re.IGNORECASE)
# how funds are spent under a rule: "Kinh phí … thực hiện theo …", "… được bố trí theo …" (a pattern)
FUNDED_AS = r"(?:thực hiện|được bố trí|được bảo đảm)"
# the rule sharing costs between levels that a source is spent under, which is part of it: "Ngân sách nhà nước thực
# hiện theo quy định phân cấp ngân sách" names "Ngân sách nhà nước theo quy định phân cấp ngân sách" (used with
# match(pos) at the source's end)
_SHARED_BY_LEVEL = re.compile(rf"\s+(?:{FUNDED_AS}\s+)?"
                              r"(?P<basis>theo\s+(?:quy định\s+(?:về\s+)?)?phân cấp[^,;.()]*?)"
                              r"(?=\s*[,;.(]|\s+(?:để|nhằm|cho|thực hiện)\b|\s*$)", re.IGNORECASE)
# the kinds of funds a source meets costs with, which are part of it: "Ngân sách Thành phố đảm bảo kinh phí (bao gồm
# nguồn kinh phí chi thường xuyên và chi đầu tư) …" names "Ngân sách Thành phố (bao gồm …)"; not a bracket of details,
# amounts or costs ("(chi tiết tại Phụ lục)", "(khoảng 5 tỷ đồng, …)", "(bao gồm: chi hội nghị, …)"); used with
# match(pos) at the source's end
_KINDS_FUNDED = re.compile(r"\s+(?:đảm bảo|bảo đảm)\s+kinh phí\s*(?P<kinds>\((?![^()]*\bchi tiết\b)"
                           r"(?:(?:bao gồm|gồm)(?:\s*:)?(?:\s+cả)?\s+|từ\s+)?"
                           r"(?:nguồn|vốn|ngân sách|(?:kinh phí\s+)?chi\s+(?:thường xuyên|đầu tư|sự nghiệp)"
                           r"|kinh phí\s+(?:thường xuyên|đầu tư|sự nghiệp))\b[^()\d]*\))", re.IGNORECASE)
# the bodies whose budget a source is: "ngân sách nhà nước hằng năm của các bộ, cơ quan, đơn vị, địa phương"
HOLDER_KINDS = ("sở", "bộ", "ban", "ngành", "cơ quan", "đơn vị", "Ủy ban", "UBND")
_HOLDER = re.compile(rf"\s+của\s+(?P<holder>(?:các\s+)?(?:{patterns.alternatives(HOLDER_KINDS)})\b[^;()]*?)"
                     rf"(?={_NEXT_SOURCE.pattern}|\s*;|\s*$|\s+theo\s+(?:quy định\s+)?phân cấp\b)", re.IGNORECASE)
HOLDER_REACH = 40  # characters before "của" searched for a document's number or date
_CITED_BEFORE = re.compile(r"\d+/\d+/\d{4}|\d+/[A-ZĐ]")  # "ngày 06/3/2024", "445/QĐ-UBND": a cited document
# what bodies holding a budget are not followed by: a verb, a place in a text, a purpose, a number
_NOT_HOLDER = re.compile(r"\d|\b(?:được|tại|theo|trong|để|cho|hướng dẫn|quy định|thực hiện)\b", re.IGNORECASE)
_LOOKBACK = 25
# funds set aside for a field, named after "từ": "… được lấy từ kinh phí bố trí cho lĩnh vực khoa học, công nghệ …"
# (used with match(pos) at the phrase's start)
_SET_ASIDE = re.compile(r"(?:nguồn\s+)?(?:kinh phí|vốn|ngân sách)\s+(?:(?:đã|được)\s+)?(?:bố trí|phân bổ)\s+cho\s"
                        rf"(?!(?:các\s+)?(?:{patterns.alternatives(HOLDER_KINDS)}|địa phương)\b)",
                        re.IGNORECASE)  # not funds allocated to a body ("cho các sở, ngành"): that is their scope
# money told as already given in the clause before it (from its last comma): "đã" (or "đã được", received), a few words
# on a verb that gives money, and a few words on the amount ("Thủ tướng Chính phủ đã kịp thời quyết định hỗ trợ 3.515 tỷ
# đồng", "tỉnh đã được Trung ương hỗ trợ 10 tỷ đồng", "Trung ương đã giao kế hoạch vốn …"); not "đã" of another
# predicate ("Các xã đã đạt chuẩn được hỗ trợ …", "đã giao Sở Tài chính bố trí …"), funds already in the plan's estimate
# ("kinh phí đã được bố trí trong dự toán …"), a level ("cấp tỉnh") or an authority ("cấp có thẩm quyền"), nor an
# amount a plan, a condition or a shortfall follows the verb with ("… cần bố trí …", "… nhưng còn thiếu 50 tỷ đồng"); a
# number between ends the match (used with search to the amount's start)
GIVING_WORDS = ("hỗ trợ", "bố trí", "phân bổ", "cấp", "chi", "giải ngân", "tạm ứng", "bổ sung", "chuyển")
NOT_GIVEN_WORDS = ("được", "sẽ", "thì", "mà", "nếu", "khi", "cần", "dự kiến", "tiếp tục", "nhưng", "còn", "để", "nhằm")
OTHER_PREDICATES = ("chỉ đạo", "giao", "yêu cầu", "đề nghị", "cam kết", "thống nhất", "khởi công", "hoàn thành", "đạt")
_NOT_GIVEN = patterns.alternatives(NOT_GIVEN_WORDS)
_NOT_GIVER = r"có thẩm quyền|tỉnh|huyện|xã|trung ương|cơ sở|trong (?:dự toán|kế hoạch)"  # after "cấp", "bố trí" …
_GIVEN = re.compile(rf"\bđã(?:\s+được)?(?:\s+(?!(?:{_NOT_GIVEN}|{patterns.alternatives(OTHER_PREDICATES)})\b)"
                    r"[^\s\d,;]+){0,4}?\s+"
                    rf"(?:(?:{patterns.alternatives(GIVING_WORDS)})\b(?!\s+(?:{_NOT_GIVER})\b)"
                    r"|giao\s+(?=(?:kế hoạch vốn|dự toán|vốn|kinh phí)\b))"
                    rf"(?:\s*(?!(?:{_NOT_GIVEN})\b)[^\s\d]+){{0,8}}?\s*:?\s*$", re.IGNORECASE)
# a line's lead-in before what it names: "Nguồn kinh phí thực hiện từ các doanh nghiệp viễn thông …"
_OWN_LEAD_IN = re.compile(r"^(?:nguồn\s+)?kinh phí\s+thực hiện(?:\s+[^\s,;.]+){0,3}?\s+(?:từ|bằng|là)\s+(?=\w)",
                          re.IGNORECASE)


def source(text: str, start: int, end: int) -> str | None:
    """The funding source named in text[start:end], or None."""
    first, partnership, taken = None, None, start
    opening = _BULLET.match(text, start, end).end()  # "- Nguồn kinh phí …": the phrase the line opens with
    for m in _START.finditer(text, start, end):
        if m.start() < taken:
            continue
        if first and ";" in text[taken:m.start()]:
            break  # a later clause's source is its own: "… trong dự toán chi thường xuyên …; kinh phí … do ngân sách …"
        before = text[max(start, m.start() - _LOOKBACK):m.start()]
        stop = _END.search(text, m.end(), end)
        introduced = _INTRODUCED.search(before)
        set_aside = introduced and _SET_ASIDE.match(text, m.start(), end)
        if set_aside:
            stop = _END.search(text, set_aside.end(), end)  # what the funds are set aside for names them
        if (stop and stop.group().startswith(":") and _names_source(text[m.start():stop.start()])
                and _START.match(text, _SPACE.match(text, stop.start() + 1, end).end(), end)):
            stop = _AFTER_COLON_END.search(text, stop.start() + 1, end)  # "X: a; b; c." names X's parts
        while stop and stop.group().startswith(";") and _START.match(text, _SPACE.match(text, stop.end(), end).end(),
                                                                  end):
            stop = _END.search(text, stop.end(), end)  # "nguồn A; nguồn B, nguồn C; vốn D"
        while stop and _QUALIFIER.match(stop.group()) and (more := _NEXT_SOURCE.search(
                text, stop.end(), _CLAUSE_END.search(text, stop.end(), end).start())):
            stop = _END.search(text, more.end(), end)  # "nguồn A theo quy định của Luật …, nguồn B theo …"
        if stop and stop.group() == " (" and (bracket := _FUNDS_BRACKET.match(text, stop.start() + 1, end)):
            stop = _END.search(text, bracket.end(), end)  # "nguồn ngân sách nhà nước (chi thường xuyên và …)"
        phrase = text[m.start():stop.start() if stop else end].strip(" ,:")
        if phrase.endswith(")") and phrase.count(")") > phrase.count("("):
            phrase = phrase[:-1].rstrip(" ,:")  # the bracket it was named in closes: "(nguồn: ngân sách xã)"
        if _NOT_BEFORE.search(before) or not (set_aside or _names_source(phrase)):
            continue
        if funded_from := _FUNDED_FROM.search(phrase):
            # "Nguồn kinh phí thẩm định hồ sơ … được bố trí từ nguồn …" says what the funds are for, then whence;
            # "Nguồn ngân sách tỉnh được bố trí từ dự toán …", the source first
            if not _STRONG.match(_PLAIN_SOURCE.sub("", phrase[:funded_from.start()], count=1)) or _PURPOSE.search(
                    phrase, 0, funded_from.start()):
                continue
            phrase = phrase[:funded_from.start()]
        after = m.start() + len(phrase)
        denied = _denied_part(phrase, text[after:_CLAUSE_MARK.search(text, after, end).start()])
        if denied == 0:
            continue  # "ngân sách nhà nước không hỗ trợ": it funds nothing
        if denied is not None:
            phrase = phrase[:denied].rstrip(" ,;")  # "nguồn ngân sách huyện; ngân sách tỉnh chưa bố trí"
        taken = stop.start() if stop else end
        if stop and (kinds := _KINDS_FUNDED.match(text, stop.start(), end)):
            phrase, taken = f"{phrase} {kinds.group('kinds')}", kinds.end()
        if stop and (shared := _SHARED_BY_LEVEL.match(text, taken, end)):
            phrase, taken = f"{phrase} {shared.group('basis')}", shared.end()
        if introduced or m.start() == opening:
            return _LAW.sub("", _OWN_LEAD_IN.sub("", phrase, count=1))
        if _PARTNERSHIP.match(phrase):
            partnership = partnership or phrase  # a way to fund, a source only when the line names no budget
        else:
            first = first or _LAW.sub("", phrase)
    return first or partnership


def _denied_part(phrase: str, following: str) -> int | None:
    """Where the part of a source phrase said not to fund begins (parts split at "," and ";"): 0 for its first part
    ("ngân sách nhà nước không hỗ trợ", or "… không" before the words ``following`` it in its clause: "bảo đảm …"),
    a later part's start ("nguồn ngân sách huyện; ngân sách tỉnh chưa bố trí"); None when none is. A denial far into
    a part is said of something else ("Nguồn vốn Chương trình … hỗ trợ các xã chưa bố trí đủ vốn đối ứng")."""
    starts = [0] + [m.end() for m in _PART_SEPARATOR.finditer(phrase)]
    for i, start in enumerate(starts):
        last = i == len(starts) - 1
        part = phrase[start:] + " " + following if last else phrase[start:starts[i + 1]]
        denial = _DENIAL.search(_BRACKETED.sub("", part))
        if denial and denial.start() <= DENIAL_REACH:
            return start
    return None


def told_as_given(clause: str) -> bool:
    """Whether a clause, up to an amount, tells the amount as already given ("… đã kịp thời quyết định hỗ trợ"); an
    earlier clause of its sentence ("Đối với các dự án đã được bố trí vốn, ngân sách tỉnh hỗ trợ …") is not read."""
    return bool(_GIVEN.search(clause, clause.rfind(", ") + 1))


def holder(source: str) -> str | None:
    """The bodies a source names as holding it ("dự toán chi ngân sách hàng năm của sở, ban, ngành, Ủy ban nhân dân
    các xã, phường theo phân cấp ngân sách …" → "sở, ban, ngành, Ủy ban nhân dân các xã, phường"); none for a
    source of no named body ("nguồn vốn của doanh nghiệp")."""
    held = _HOLDER.search(source)
    if (held is None or _CITED_BEFORE.search(source, max(0, held.start() - HOLDER_REACH), held.start())
            or _NOT_HOLDER.search(held.group("holder"))):
        return None  # "… tại Quyết định số 445/QĐ-UBND ngày 06/3/2024 của UBND tỉnh": a document's issuer;
        # "… của các cơ quan, đơn vị được giao trong dự toán": more than the bodies
    return held.group("holder")


def _names_source(phrase: str) -> bool:
    """'ngân sách tỉnh', 'nguồn vốn xã hội hóa' name a source; 'Nguồn kinh phí thực hiện Kế hoạch' does not."""
    if _STRONG.match(phrase):
        return True
    return bool(_NOUN.search(phrase, _FIRST_WORD.match(phrase).end()))
