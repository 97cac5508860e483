"""Funding statements without an amount: the source a sentence names by saying who funds what.

Besides a line of a "KINH PHÍ" section or one opening with its source ("Kinh phí … từ nguồn …"), a statement
is
- a duty to fund from a named budget ("Sở Tài chính … bố trí ngân sách nhà nước để thực hiện Kế hoạch này",
  "chủ động sử dụng ngân sách địa phương …", "… nguồn lực của địa phương (dự phòng ngân sách địa phương, …)",
  "đề xuất hỗ trợ kinh phí từ ngân sách trung ương", "bố trí thêm từ nguồn tăng thu, tiết kiệm chi hằng năm",
  "bố trí từ dự phòng ngân sách tỉnh", "bổ sung kinh phí từ nguồn dự phòng …", "Sử dụng kế hoạch vốn … được
  giao"), also one advised on or proposed to the body that decides ("tham mưu Ủy ban nhân dân tỉnh bố trí dự
  toán kinh phí chi thường xuyên …"); not one told as done ("đã … bố trí vốn") or support received ("không được
  Trung ương hỗ trợ kinh phí từ …");
- the budget a condition or a request makes the subject of a duty to fund ("Đối với … thì ngân sách thành phố
  chịu trách nhiệm đối ứng", "… đề nghị ngân sách thành phố hỗ trợ đóng bảo hiểm y tế");
- a targeted transfer ("hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã") or the counterpart funds a budget puts
  up ("Tỷ lệ vốn đối ứng của ngân sách địa phương … theo Bảng sau" → "vốn đối ứng của ngân sách địa phương");
- a duty to fund weighed against a level's budget ("Căn cứ khả năng cân đối ngân sách địa phương, … bố trí kinh
  phí …" → "ngân sách địa phương"; "… bố trí kinh phí phù hợp với khả năng ngân sách" → "ngân sách");
- a call opening its clause to mobilise funds of a kind, or from givers, it names ("Tổ chức huy động nguồn lực
  xã hội hóa để …", "Huy động nguồn lực từ các tổ chức quốc tế hỗ trợ …" → "nguồn lực từ các tổ chức quốc tế"),
  or a call to mobilise or push socialised funding ("Đẩy mạnh xã hội hóa các nguồn vốn đầu tư để …");
- a call to seek funds of a kind ("tranh thủ các nguồn viện trợ, …"), or funds pooled from a programme ("lồng ghép
  kinh phí từ Chương trình mục tiêu quốc gia …");
- a priority given to resources from a source it names ("Ưu tiên nguồn lực từ nguồn kinh phí bảo vệ môi trường …",
  "Ưu tiên tập trung nguồn lực nhà nước …"), or savings on spending that free resources ("Triệt để tiết kiệm chi
  thường xuyên để dành nguồn lực …" → "tiết kiệm chi thường xuyên"), or a duty kept within an allocated plan or
  estimate ("… bảo đảm trong phạm vi kế hoạch vốn cấp bù … được giao năm 2025");
- a party outside the state bound to meet its own costs ("Doanh nghiệp viễn thông bảo đảm kinh phí …" → "kinh
  phí của doanh nghiệp viễn thông"; a funding-section line mobilising such parties names them too: "Huy động
  các doanh nghiệp, … cùng tham gia đầu tư, tài trợ kinh phí" → "đầu tư, tài trợ kinh phí của các doanh nghiệp,
  …"); a source stated as the party's own ("… từ ngân sách tự chủ của mình") stays as stated, and ``own_funder``
  names the party;
- a duty to fund by the rule that shares costs between levels ("bố trí kinh phí … theo phân cấp ngân sách" →
  "kinh phí theo phân cấp ngân sách"; "Kinh phí khen thưởng thực hiện theo quy định phân cấp …").
In a funding section, what a source's funds are pooled with is part of it ("…, trong đó tăng cường lồng ghép với
các đề án, chương trình liên quan" → "…; lồng ghép với các đề án, chương trình liên quan"). A later clause that
mobilises or allocates a further source (``funds``) names it (``further_source``), and so does a later sentence
of a funding-section line that sets a duty of its own (``later_source``).

Public: ``source`` (with ``opens_with_source`` and ``own_funder``), ``funds``, ``further_source``,
``later_source``.
"""
from __future__ import annotations

import re

from extractors import agencies, funding, passages, patterns
from pipeline import tagging
from pipeline.document import ParsedDocument

DONE_REACH = 40  # characters before a funding duty searched for "đã" (it has been done)
REPORT_REACH = 20  # characters before a transfer searched for a report of it ("tình hình hỗ trợ bổ sung …")
RECEIVED_REACH = 30  # characters before "hỗ trợ" searched for "được" or goods (support received, or in kind)
# the most words of a line that is a source alone ("- Nguồn ngân sách nhà nước."): a longer one, read whole as a
# source, is a description nothing in it ended ("Nguồn kết dư năm trước tiếp tục tăng do giải ngân chậm.")
MAX_SOURCE_ALONE_WORDS = 10
STATEMENT_SUBJECTS = ("nguồn", "kinh phí", "ngân sách")  # a line about funding starts so
GENERIC_SOURCES = ("vốn", "ngân sách", "nguồn vốn", "nguồn ngân sách")  # a source that names no budget
GOODS_WORDS = ("hàng", "hàng hóa", "nhu yếu phẩm", "vật tư", "lương thực", "thực phẩm")  # support in kind
BUDGET_LEVELS = ("xã", "phường", "huyện", "tỉnh", "thành phố", "địa phương", "trung ương", "dưới")  # "ngân sách cấp xã"
UNDONE_WORDS = ("đã", "không", "chưa")  # a duty or a call told as done, refused, or not yet made
# words of a time, not a source, after "từ": "Ưu tiên nguồn lực từ nay đến năm 2030 …" (not "đầu tư")
TIME_WORDS = ("năm", "nay", "đầu", "cuối", "giai đoạn", "kỳ", "nhiệm kỳ", "ngày", "tháng", "quý", "khi", "sớm")
# parties outside the state that fund their own part of a plan ("Doanh nghiệp viễn thông bảo đảm kinh phí …")
SELF_FUNDERS = ("doanh nghiệp", "nhà đầu tư", "nhà cung cấp", "hợp tác xã", "cơ sở giáo dục", "cơ sở đào tạo",
                "tổ chức kinh tế", "cá nhân", "người dân", "hộ gia đình")
# to fund is to allocate, or to use a budget as a duty ("chủ động sử dụng ngân sách địa phương", "huy động và sử
# dụng hiệu quả các nguồn lực ngân sách địa phương")
_FUNDING_VERB = (r"(?:bố trí|(?:chủ động|huy động và)\s+(?:sắp xếp,?\s+)?sử dụng(?:\s+hiệu quả)?(?:\s+(?:mọi|các))?"
                 r"(?:\s+nguồn lực(?:\s+(?:từ|của))?)?"
                 # a use allowed, or told opening its sentence: "các địa phương được sử dụng ngân sách địa phương để
                 # …", "cho phép Chính phủ sử dụng nguồn …", "đ) Sử dụng ngân sách địa phương …"
                 r"|(?:(?:(?<!không )được|cho phép(?:\s+[^\s,.;]+){0,6}?)\s+"
                 r"|(?-i:(?=S)))"
                 r"sử dụng(?=\s+(?:từ\s+)?(?:các\s+)?(?:nguồn|ngân sách|vốn|kinh phí|dự phòng)\b)"
                 # a use "from" a source, not a report on it: "… đơn vị sử dụng từ nguồn …"
                 r"|(?<!việc )(?<!kết quả )(?<!tình hình )sử dụng(?=\s+từ\s+(?:các\s+)?nguồn\b)"
                 r"|hỗ trợ(?=\s+(?:kinh phí\s+)?từ\s)"  # "đề xuất hỗ trợ kinh phí từ ngân sách trung ương"
                 r"|(?<!thu )bổ sung(?=\s+(?:kinh phí\s+)?từ\s)"  # "… xem xét, bổ sung kinh phí từ nguồn dự phòng …"
                 r"|(?<!việc )sử dụng(?=\s+kế hoạch vốn\b))")  # "Sử dụng kế hoạch vốn tín dụng … được giao …"
_FROM_OR_WITHIN = r"(?:từ|bằng|trong phạm vi|trong(?=\s+dự toán\b))"  # "bố trí kinh phí trong dự toán được giao"
_FUNDING_DUTY = re.compile(rf"\b{_FUNDING_VERB}\s+(?:(?:đủ|thêm)\s+)?"
                           rf"(?:kinh phí,?\s+(?!chi thường xuyên\b)(?:(?:[^\s.;]+\s+){{0,16}}?(?={_FROM_OR_WITHIN}\s))?)?"
                           rf"(?:{_FROM_OR_WITHIN}\s+)?(?:dự toán\s+(?=kinh phí chi thường xuyên\b))?"
                           r"(?P<what>(?:nguồn\s+|kế hoạch\s+|dự toán\s+)?(?:dự phòng\s+)?(?:ngân sách|vốn)\b"
                           r"|(?:nguồn\s+(?:kinh phí\s+)?|kinh phí\s+)chi thường xuyên\b"  # "từ nguồn chi thường xuyên"
                           rf"|nguồn\s+(?:{patterns.alternatives(funding.PUBLIC_FINANCE_SOURCES)})\b"
                           # a named fund: "nguồn kinh phí Chương trình …", not "nguồn kinh phí tổ chức Hội nghị …"
                           r"|nguồn kinh phí(?=\s+(?:(?-i:Chương trình|Đề án|Dự án)|chương trình mục tiêu|sự nghiệp"
                           r"|xã hội hóa)\b)"
                           r"|dự toán được\b"  # "… bố trí kinh phí trong phạm vi dự toán được cấp có thẩm quyền giao"
                           r"|dự toán\s+(?:năm\s+\d{4}|hằng năm|hàng năm)\b"  # "… sử dụng kinh phí trong dự toán năm 2026"
                           r"|(?:nguồn\s+)?kinh phí (?:của\s+)?địa phương\b"  # "Chủ động bố trí kinh phí địa phương …"
                           # resources its bracket names as budgets: "nguồn lực của địa phương (dự phòng ngân sách …)"
                           r"|nguồn lực\s+(?:của|từ)\s+[^(),.;]{1,30}\((?=[^()]*\bngân sách\b))",
                           re.IGNORECASE)
# a further duty right after "kinh phí (hoạt động …)," in a duty to fund, which owns the source after it ("bố trí kinh
# phí, đôn đốc thu hồi các khoản tạm ứng quá hạn từ ngân sách tỉnh"; not "kinh phí, nhân lực cho …", nor activities the
# funds are for: "kinh phí tổ chức tuyên truyền, kiểm tra, giám sát từ …", "kinh phí hoạt động, kiểm tra, giám sát của Ban
# Chỉ đạo từ …") (search)
_OTHER_DUTY = re.compile(r"\bkinh phí(?:\s+(?:hoạt động|thường xuyên|sự nghiệp|cần thiết|được giao|hằng năm|hàng năm"
                         r"|năm\s+\d{4}))*,\s*(?:đôn đốc|hướng dẫn|thu hồi|thanh toán|quyết toán|theo dõi|chỉ đạo"
                         r"|triển khai|phối hợp|đồng thời|tiếp nhận|(?:kiểm tra|giám sát)(?=\s+(?:việc|các|chặt chẽ)\b))\b",
                         re.IGNORECASE)
# funds others received, right before "từ" in a duty to fund: "… cho các công trình đã được hỗ trợ từ ngân sách trung
# ương", "… các công trình (đã) được đầu tư từ …": after "cho", told as done, or works invested in (search, ending at
# "từ"); not the duty's own funds ("bố trí kinh phí (đã) được phân bổ từ ngân sách tỉnh", "… để mua sắm thiết bị được
# phân bổ từ …"), nor its purpose ("… để người dân được hỗ trợ từ ngân sách xã")
_FOR_OTHERS = re.compile(r"\bcho\b", re.IGNORECASE)  # whom funds are for, before what they received (search)
_RECEIVED_FROM = re.compile(r"\b(?P<done>đã\s+)?được\s+(?:(?P<invested>hỗ trợ|đầu tư)|cấp|bố trí|phân bổ)\s+$",
                            re.IGNORECASE)
_WORKS_BEFORE = re.compile(r"\b(?:dự án|công trình|tuyến đường|hạng mục|chương trình|đề án)\b(?:(?!\bđể\b)[^,.;]){0,30}$",
                           re.IGNORECASE)  # the works invested in, not a purpose after them (search, ending at "được")
# the duty's own funds right before what they received: "kinh phí (sự nghiệp) (đã) được phân bổ từ …"; not "kinh phí
# cho trường đã được …" (search)
_OWN_FUNDS = re.compile(r"\b(?:kinh phí|vốn)(?:\s+(?!(?:cho|để)\b)[^\W\d_]+){0,2}\s+$", re.IGNORECASE)
# a use of funds by a clause's subject, or permitted to it, not one managed, reported, refused, forbidden or preferred
# (used_source; search)
_USED = re.compile(r"(?<!việc )(?<!tình hình )(?<!kết quả )(?<!quản lý, )(?<!quản lý và )(?<!không )(?<!chưa )"
                   r"(?<!không được )(?<!cấm )(?<!ưu tiên )\bsử dụng\s+(?P<what>(?:các\s+)?(?:nguồn|ngân sách|vốn|kinh phí|quỹ)\b)",
                   re.IGNORECASE)
_CONDITION_OPENING = re.compile(r"\W*(?:đối với|trường hợp|nếu)\b", re.IGNORECASE)  # used with match
_RULE = re.compile(r"\s(?:phải|thì)\s", re.IGNORECASE)  # after a permitted use: a rule on it, no duty to fund
# projects or borrowers a permitted use qualifies, before it in its clause: "các dự án (đầu tư xây dựng cơ bản) được sử
# dụng vốn …", "hộ gia đình được sử dụng vốn vay …" (search before "được")
_PROJECTS_USING = re.compile(r"\b(?:dự án|công trình|chương trình|hạng mục|hộ gia đình|hộ|người vay|khách hàng)"
                             r"(?:\s+(?!thì\b)[^\W\d_]+){0,12}\s+$", re.IGNORECASE)  # not past "thì"
_CAPITAL_PLAN = re.compile(r"kế hoạch\s+(?=vốn\b)", re.IGNORECASE)  # used with match(pos)
# a duty kept within an allocated plan or estimate, which funds it: "… và bảo đảm trong phạm vi kế hoạch vốn cấp bù …
# được giao năm 2025", "thực hiện trong phạm vi dự toán ngân sách hằng năm"; the plan ends at "được giao" and its
# year, else before a new clause; a budget of no plan or estimate only when allocated ("ngân sách được giao")
_ALLOCATED = r"\bđược\s+(?:cấp có thẩm quyền\s+)?giao\b(?:\s+(?:năm\s+\d{4}|hằng năm|hàng năm))?"  # and its year
_WITHIN_PLAN = re.compile(r"\b(?:bảo đảm|đảm bảo|thực hiện)\s+trong phạm vi\s+(?P<what>"
                          rf"(?:kế hoạch vốn|dự toán)\b(?:[^,;.:]*?{_ALLOCATED}|[^,;.:]*?(?=\s*[,;.:]|\s*$"
                          r"|\s+(?:thì|nhưng|để|nhằm|cho|theo|và)\b"
                          rf"|\s+của\s+(?:các\s+)?(?:{patterns.alternatives(funding.HOLDER_KINDS)}|địa phương)\b))"
                          rf"|(?:nguồn\s+)?(?:kinh phí|ngân sách|vốn)\b[^,;.:]{{0,60}}?{_ALLOCATED})", re.IGNORECASE)
# a duty to fund from each level's own budget: "bố trí kinh phí … theo phân cấp ngân sách hiện hành"
_DECENTRALISED_DUTY = re.compile(r"\bbố trí\s+(?P<what>(?:dự toán\s+)?kinh phí)\b[^;.]*?\s(?P<basis>theo\s[^;.]*?"
                                 r"\bphân cấp\b[^;.,]*?)(?=\s+(?:để|nhằm|thực hiện|cho)\b|\s*[;.,]|\s*$)",
                                 re.IGNORECASE)
# the law a rule sharing costs is named after, which is no part of the source: "theo quy định của Luật Ngân sách
# nhà nước và quy định về phân cấp ngân sách hiện hành" → "theo quy định về phân cấp …", "theo quy định của Luật …
# và các văn bản hướng dẫn có liên quan theo phân cấp ngân sách …" → "theo phân cấp ngân sách …" (used with sub)
_LAW_BEFORE_RULE = re.compile(r"^theo\s+quy định\s+(?:của|tại)\s+(?:Luật|pháp luật)\b.*?\s+"
                              r"(?:và\s+(?=quy định\b)|theo\s+(?=phân cấp\b))",
                              re.IGNORECASE)
# a line saying its funding follows that rule: "Kinh phí khen thưởng thực hiện theo quy định phân cấp về quản lý tài
# chính của Luật …" (used with match(start))
_DECENTRALISED_STATEMENT = re.compile(rf"\W*(?P<what>kinh phí)\b[^;.:]{{0,40}}?\s{funding.FUNDED_AS}\s+"
                                      r"(?P<basis>theo\s[^;.]*?\bphân cấp\b[^;.]*?)(?=\s*[;.]|\s*$)", re.IGNORECASE)
# a clause funding from a further source, named close after its verb ("huy động hiệu quả các nguồn lực hợp
# pháp khác")
_FURTHER_FUNDING = re.compile(r"\b(?:huy động|bố trí|phân bổ|lồng ghép|khai thác)\b[^;.,]{0,20}?"
                              r"(?P<what>(?<!\w)(?:các\s+)?nguồn\s+(?:vốn|lực|kinh phí|tài trợ|viện trợ|xã hội hóa)\b"
                              r"|(?<!\w)vốn\s+ngân sách\b)",
                              re.IGNORECASE)
# a duty to meet one's own costs, and the party (outside the state) bound by it, after a line's start or colon
_OWN_FUNDING = re.compile(r"(?<!\w)(?:(?:có trách nhiệm|chủ động|tự|ưu tiên)\s+)*(?:bảo đảm|đảm bảo|bố trí)\s+"
                          r"(?P<what>kinh phí|nguồn lực)\b", re.IGNORECASE)
_SELF_FUNDER = re.compile(rf"[\W_]*(?:do\s+)?(?P<party>(?:các\s+)?(?:{patterns.alternatives(SELF_FUNDERS)})\b"
                          r"[^:;.]{0,80}?)\s*$", re.IGNORECASE)  # used with match(pos, endpos): endpos at the duty
# what makes the words before a duty no party bound by it: a passive, a negation, a modal, a request
_NOT_BOUND = re.compile(r"\b(?:được|bị|không|chưa|phải|cần|đề nghị|Nhà nước)\b", re.IGNORECASE)
_OWN = re.compile(r"\bcủa mình$", re.IGNORECASE)  # "ngân sách tự chủ của mình"
# parties outside the state mobilised to contribute, in a funding section: "Huy động các doanh nghiệp, tổ chức, cá
# nhân … cùng tham gia đầu tư, tài trợ kinh phí …", "Vận động các doanh nghiệp, … ủng hộ kinh phí …"
_MOBILISED = re.compile(rf"[\W_]*(?:huy động|vận động)\s+"
                        rf"(?P<party>(?:các\s+)?(?:{patterns.alternatives(SELF_FUNDERS)})\b"
                        r"(?:(?!\s(?:tham gia|cùng)\b)[^:;.]){0,80}?)\s+(?:cùng\s+)?(?:tham gia\s+)?"
                        r"(?P<what>(?:đầu tư,\s+)?(?:tài trợ|đóng góp|ủng hộ)(?:\s+kinh phí)?)\b", re.IGNORECASE)
# the level a budget is named by after "ngân sách": "cấp xã", "các huyện", "tỉnh" (patterns)
_OF_LEVEL = r"(?:(?:cấp|các)\s+)?"
_LEVELS = patterns.alternatives(BUDGET_LEVELS)
# a budget that the consequence of a condition makes the subject of a duty to fund, or that a request asks to fund:
# "Đối với …, thì ngân sách thành phố chịu trách nhiệm đối ứng", "… kinh phí đề nghị ngân sách thành phố hỗ trợ đóng
# bảo hiểm y tế"
_FUNDING_SUBJECT = re.compile(r"(?<!không )\b(?:thì|đề nghị)\s+(?P<source>(?:nguồn\s+)?ngân sách\s+"
                              rf"{_OF_LEVEL}(?:{_LEVELS}|nhà nước|cấp trên))"
                              r"\s+(?:(?:sẽ|tự|xem xét)\s+)?(?:chịu trách nhiệm|bảo đảm|đảm bảo|chi trả|hỗ trợ)\b",
                              re.IGNORECASE)
# a level's budget whose means a duty to fund is weighed against, named as its source: "Căn cứ khả năng cân đối
# ngân sách địa phương, … trình cấp có thẩm quyền bố trí kinh phí …" → "ngân sách địa phương"
_BALANCED_BUDGET = re.compile(r"\bcăn cứ(?:\s+vào)?\s+khả năng cân đối\s+(?:của\s+)?"
                              r"(?P<source>(?:dự phòng\s+)?ngân sách\s+"
                              rf"{_OF_LEVEL}(?:{_LEVELS}|nhà nước))\b",
                              re.IGNORECASE)
# a duty to fund weighed, after it, against a budget's means: "… bố trí kinh phí phù hợp với khả năng ngân sách"
_WEIGHED_AFTER = re.compile(r"\b(?:bố trí|phân bổ)\s+(?:dự toán\s+)?kinh phí\b(?:(?!\b(?:không|chưa)\b)[^;.]){0,60}?"
                            r"\s(?:phù hợp với|trong)\s+"
                            r"khả năng\s+(?:cân đối\s+)?(?:của\s+)?(?P<source>ngân sách(?:\s+(?:cấp\s+)?"
                            rf"(?:{_LEVELS}|nhà nước))?)\b", re.IGNORECASE)
# the duty to fund such a budget is weighed for, later in its sentence: "… bố trí kinh phí", "… để hỗ trợ các tỉnh"
# (not a body's help: "Sở … hỗ trợ các xã lập hồ sơ")
_WEIGHED_DUTY = re.compile(r"\b(?:bố trí|phân bổ|phê duyệt|để hỗ trợ)\b", re.IGNORECASE)
# what makes that duty none: done, refused, not yet, or only supervised ("kiểm tra việc phân bổ …")
_NO_DUTY = re.compile(rf"\b(?:{'|'.join(UNDONE_WORDS + ('việc',))})\b", re.IGNORECASE)
NO_DUTY_REACH = 30  # characters before the duty searched for them
_URGING = "tăng cường|đẩy mạnh|tích cực"  # words urging a duty on: "đẩy mạnh huy động …"
# a call to mobilise funds of a kind named, or from givers named, opening its clause: "Tổ chức huy động nguồn lực xã
# hội hóa để …", "…; huy động các nguồn vốn hợp pháp khác", "Huy động, lồng ghép hiệu quả các nguồn lực (ngân sách nhà
# nước, xã hội hóa, …)", "Huy động nguồn lực từ các tổ chức quốc tế hỗ trợ …"; not resources of no kind ("huy động
# nguồn lực để thực hiện …") nor investment ("… nguồn vốn đầu tư từ các thành phần kinh tế")
GIVERS = ("chương trình", "dự án", "tổ chức", "doanh nghiệp", "nhà tài trợ", "cá nhân", "nguồn viện trợ", "người dân",
          "cộng đồng")
# words that end a giver's name: what they give for, a result, a law, a verb ("các doanh nghiệp tổ chức các giải …")
GIVER_ENDS = ("hỗ trợ", "để", "nhằm", "cho", "tham gia", "đã", "được", "vào", "trong việc", "thông qua", "theo",
              "đầu tư", "tổ chức", "thực hiện", "với", "và", "trong đó", "ưu tiên", "đồng thời", "phối hợp")
_GIVER = (rf"(?:(?:các|những)\s+)?(?:{patterns.alternatives(GIVERS)})\b"
          rf"(?:\s+trong và ngoài nước|\s+(?!(?:{patterns.alternatives(GIVER_ENDS)})\b)[^\s,.;:()]+){{0,4}}")
_MOBILISING = re.compile(r"huy động(?:,\s*lồng ghép)?"
                         r"(?:\s+(?:có\s+)?hiệu quả)?\s+(?P<what>(?:các\s+)?nguồn\s+(?:lực|vốn|kinh phí)"
                         r"(?:\s+tài chính)?(?:,\s*kinh phí)?(?:\s*(?:xã hội hóa|hợp pháp(?:\s+khác)?"
                         r"|\((?=[^()]*\b(?:ngân sách|xã hội hóa)\b)[^()]*\))"
                         rf"|\s+từ\s+{_GIVER}(?:(?:\s*,\s*|\s+và\s+){_GIVER})*(?!\s+đầu tư\b)))", re.IGNORECASE)
# a call to mobilise or push socialised funding, anywhere in its clause: "…, huy động xã hội hóa bảo đảm …", "Đẩy
# mạnh xã hội hóa các nguồn vốn đầu tư để …"; not the socialising of a sector ("đẩy mạnh xã hội hóa giáo dục")
_SOCIALISING = re.compile(rf"\b(?:huy động|{_URGING})\s+(?:công tác\s+)?(?P<what>xã hội hóa"
                          r"(?:\s+(?:các\s+)?nguồn\s+(?:lực|vốn|kinh phí)(?:\s+đầu tư)?"
                          r"|(?=\s*(?:[,.;:]|$)|\s+(?:và|để|nhằm|bảo đảm|đảm bảo|theo quy định|đầu tư)\b)))",
                          re.IGNORECASE)
# a priority given to resources from a source it names: "Ưu tiên nguồn lực từ nguồn kinh phí bảo vệ môi trường để
# …", "Ưu tiên tập trung nguồn lực nhà nước đầu tư …"; not resources of no named source ("Ưu tiên nguồn lực để …")
_PRIORITISED = re.compile(r"\bưu tiên\s+(?:tập trung\s+)?(?:(?P<state>nguồn lực\s+(?:của\s+)?nhà nước)\b"
                          rf"|nguồn lực\s+từ\s+(?!(?:{patterns.alternatives(TIME_WORDS)})\b(?!\s+tư\b)|\d)(?=\w))",
                          re.IGNORECASE)
# a call to seek funds of a kind: "tranh thủ các nguồn viện trợ, …", "Tranh thủ nguồn vốn hỗ trợ từ Trung ương …"
_SOUGHT = re.compile(r"\btranh thủ\s+(?:tối đa\s+)?(?=(?:các\s+)?nguồn\s+(?:vốn|viện trợ|tài trợ|kinh phí)\b)", re.IGNORECASE)
# a comma opening a new clause after a source named after a priority, a call or a pooling ("nguồn kinh phí được phân
# bổ, khẩn trương triển khai …"); not a list or a name going on ("ngân sách tỉnh, huyện", "Quỹ Thi đua, khen thưởng")
CLAUSE_OPENERS = ("khẩn trương", "kịp thời", "tập trung", "đẩy mạnh", "tăng cường", "triển khai", "thực hiện",
                  "góp phần", "phấn đấu", "tránh", "bảo đảm", "đảm bảo", "nhằm", "để", "kêu gọi", "vận động",
                  "khuyến khích", "thu hút")
_ASIDE = re.compile(rf",\s*(?:{patterns.alternatives(CLAUSE_OPENERS)})\b", re.IGNORECASE)
# funds pooled from a programme, or a programme's funds pooled: "lồng ghép kinh phí từ Chương trình mục tiêu quốc gia
# …", "xem xét lồng ghép hỗ trợ trong Chương trình mục tiêu quốc gia … và các đề án có liên quan"
_POOLED_FROM = re.compile(r"\blồng ghép\s+(?:(?:(?:các\s+)?nguồn\s+(?:vốn|kinh phí)|kinh phí|vốn|hỗ trợ)\s+(?:từ|trong)\s+"
                          r"(?=(?:các\s+)?chương trình\b)"
                          # "lồng ghép nguồn vốn (của) Chương trình … với nguồn vốn …"
                          r"|(?=(?:các\s+)?nguồn\s+(?:vốn|kinh phí)\s+(?:của\s+)?(?:các\s+)?(?:chương trình|đề án|dự án)\b))",
                          re.IGNORECASE)
# savings on spending that free resources: "Triệt để tiết kiệm chi thường xuyên để dành nguồn lực bảo đảm cho …"
_SAVED = re.compile(r"\b(?P<what>tiết kiệm\s+chi(?:\s+thường xuyên|\s+đầu tư)?(?:\s+ngân sách(?:\s+nhà nước)?)?)"
                    r"\s+(?:để\s+)?(?:dành|tạo|bố trí|bổ sung|tăng)\s+(?:thêm\s+)?(?:nguồn|kinh phí|vốn)\b",
                    re.IGNORECASE)
_SOURCE_END = re.compile(funding.SOURCE_END, re.IGNORECASE)
# the words a statement outside a funding section names its funds with, whatever its form
_FUNDS_NAMED = re.compile(r"ngân sách|kinh phí|nguồn|vốn|xã hội hóa|dự toán|tiết kiệm chi", re.IGNORECASE)
# what makes a call or a carry-over none: told as done, refused, not yet ("không được chuyển nguồn …")
# a difficulty told of a priority, call or pooling (_difficulty_told): a state ("… còn (nhiều) lúng túng") or a hardship
# ("gặp nhiều khó khăn", "Khó khăn trong việc …"); not "các xã đặc biệt khó khăn", whom funds are for
_STATE_OF = re.compile(r"\b(?P<process>còn\s+(?:nhiều\s+)?(?:lúng túng|hạn chế|vướng mắc|bất cập|chậm)\b|chưa\s+kịp thời)"
                       r"|\bchưa\s+(?:đáp ứng|bảo đảm|đảm bảo)\b", re.IGNORECASE)  # a process's, or a group's
_HARDSHIP = re.compile(r"\b(?:còn\s+(?:nhiều\s+)?(?:khó khăn|(?P<low>thấp))|gặp\s+(?:nhiều\s+)?khó khăn|khó khăn trong"
                       r"|hiệu quả chưa cao)\b", re.IGNORECASE)  # of a process, or of a group funds are for
# whom funds are for, right before a hardship or a state, whose it is (_groups): "… cho các doanh nghiệp gặp khó
# khăn", "… ưu tiên các xã chưa đáp ứng tiêu chí …", "… hỗ trợ người dân vùng lũ gặp khó khăn", "… cho đồng bào dân
# tộc thiểu số còn nhiều khó khăn", "… cho các hộ có mức hỗ trợ còn thấp": the words after the last "cho/hỗ trợ/ưu
# tiên" with words before the hardship, the first tagged a noun; not an activity ("… cho phát triển sản xuất còn
# thấp"), each one's share ("… cho mỗi xã còn thấp"), works or a process ("… cho dự án … còn gặp nhiều khó khăn"; but
# their owners: "… cho công trình thủy lợi nhỏ của các xã còn khó khăn"), nor a budget's owner ("… ngân sách của các
# huyện chưa đảm bảo …")
_FOR_GROUP = re.compile(r"\b(?:cho|hỗ trợ|ưu tiên)\s+(?:(?:các|những)\s+)?", re.IGNORECASE)  # (finditer)
_NO_GROUP = re.compile(r"(?:công tác|việc|hoạt động|quá trình|tiến độ|nhiệm vụ|dự án|công trình|chương trình|đề án)\b",
                       re.IGNORECASE)  # works and processes, not whom funds are for (match)
GROUP_REACH = 60  # the most characters a group may stand before its hardship
_OWNER = re.compile(r"\bcủa\s+(?:(?:các|những)\s+)?", re.IGNORECASE)  # whose works are named (search)
_BEFORE_GROUP_TAGS = frozenset({"L", "E"})  # a determiner or preposition after "cho/hỗ trợ/ưu tiên"
_OWN_LOW = re.compile(r"\bcó\b", re.IGNORECASE)  # low is a group's only of what it has: "… có thu nhập còn thấp" (search)
# a clause setting the scene before a statement: "Trong điều kiện ngân sách tỉnh còn nhiều khó khăn, …" (match)
_SETTING = re.compile(r"[\W_]*(?:trong (?:điều kiện|bối cảnh)|do|mặc dù|dù|tuy)\b[^,;.]*,", re.IGNORECASE)
_SPOKEN_OF = re.compile(r"[\W_]*(?:việc|công tác|khó khăn)\b", re.IGNORECASE)  # a pooling as a subject (match)
_UNDONE = re.compile(rf"\b(?:{'|'.join(UNDONE_WORDS)})\b", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s+(?:đã|được)\b", re.IGNORECASE)  # "Huy động nguồn lực xã hội hóa đã đạt …": a result
# a targeted transfer to a lower level's budget: "… xem xét, hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã …",
# "bổ sung có mục tiêu từ ngân sách trung ương cho ngân sách địa phương"
_TRANSFER = re.compile(r"(?:\bhỗ trợ\s+)?(?<!vốn )(?<!phí )\bbổ sung có mục tiêu\b(?:\s+từ\s+[^,;.:]{1,60}?)?"
                       rf"\s+cho\s+ngân sách\s+{_OF_LEVEL}(?:{_LEVELS})\b",
                       re.IGNORECASE)  # not "vốn bổ sung có mục tiêu", a noun
# funds carried over to a later year or period, which fund it: "… cho phép chuyển nguồn kinh phí chưa sử dụng hết của
# giai đoạn 2021 - 2025 sang thực hiện trong giai đoạn 2026 - 2030" → "nguồn kinh phí chưa sử dụng hết của giai đoạn
# 2021 - 2025"
_CARRIED_OVER = re.compile(r"\bchuyển\s+(?P<source>nguồn\s+(?:kinh phí|vốn|dự toán|ngân sách)\b[^;.:()]{0,100}?)"
                           r"\s+sang\s+(?:thực hiện\s+(?:trong\s+)?|sử dụng\s+(?:trong\s+)?)?(?:năm|giai đoạn|kỳ)\b",
                           re.IGNORECASE)
# the counterpart funds a budget puts up: "Tỷ lệ vốn đối ứng của ngân sách địa phương (thành phố, xã) theo Bảng sau"
_COUNTERPART = re.compile(r"\b(?:tỷ lệ|mức)\s+(?P<source>vốn đối ứng\s+(?:của|từ)\s+ngân sách(?:\s+[^\W\d_]{2,}){1,3}?)"
                          r"(?=\s*[(:,;.]|\s+(?:theo|là)\b)", re.IGNORECASE)  # not a title's last words
_STATEMENT = re.compile(rf"\W*(?:{patterns.alternatives(STATEMENT_SUBJECTS)})\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[\W_]*(?:(?:[a-zđ]|\d+)[.)]\s*)?", re.IGNORECASE)  # bullets and a list label
# what may open the clause of a call to mobilise: a list label, then an organising or urging word
_CALL_OPENING = re.compile(rf"{_CLAUSE_OPENING.pattern}(?:(?:tổ chức|tham gia|{_URGING})\s+)?", re.IGNORECASE)
_CLAUSE_MARKS = ".:;“\"\n"  # what ends the text before a clause
_REPORTED = re.compile(r"\b(?:kết quả|tình hình|giải ngân|báo cáo)\b", re.IGNORECASE)  # what was done with funds
# funds pooled with other programmes', in a funding section: "… lồng ghép với các đề án, chương trình liên quan",
# "Lồng ghép vào kế hoạch đầu tư công trung hạn:" (what follows names what is pooled, up to a participle or purpose)
_POOLED = re.compile(r"(?<!\w)(?P<pooled>lồng ghép\s+(?:với|vào)\s+[^.;:]+?)(?=\s+(?:đã|được|để|nhằm)\b|\s*[.;:]|$)",
                     re.IGNORECASE)
_POOLING = re.compile(r"\blồng ghép\b", re.IGNORECASE)
# what may open the clause of a pooling (used with fullmatch from the clause's start): nothing, "trong đó", "tăng
# cường"; not "không", "để" or another subject ("nội dung tuyên truyền lồng ghép vào …")
_POOLING_OPENING = re.compile(r"[\W_]*(?:trong đó\s+)?(?:(?:tăng cường|thực hiện)\s+)?", re.IGNORECASE)
# a clause whose predicate funds: it opens with the verb, or with a proposal of it ("trình Hội đồng nhân dân thành
# phố quyết định phân bổ vốn …"); not one that supervises or negates it ("kiểm tra việc phân bổ …", "không bố trí
# …"); used with match(pos)
_FUNDING_PREDICATE = re.compile(rf"[\W_]*(?:(?:trình|ban hành)\b[^;.]{{0,80}}?\s|(?:{_URGING})\s+)?"
                                r"(?:huy động|bố trí|phân bổ|lồng ghép|khai thác)\b", re.IGNORECASE)
# before "hỗ trợ": its passive ("được", with an agent between) or goods ("hàng hóa", "nhu yếu phẩm")
_RECEIVED = re.compile(rf"(?:\bđược|(?<!\w)(?:{patterns.alternatives(GOODS_WORDS)}))(?:\s+\S+){{0,3}}\s*$",
                       re.IGNORECASE)
# what a source is for, after it; not support as a kind of funds (funding.SUPPORT_AS_FUNDS)
_PURPOSE = re.compile(rf"(?<!\bnguồn)\s+(?:hỗ trợ\b(?!{funding.SUPPORT_AS_FUNDS})|(?:cho|đảm bảo|bảo đảm|thực hiện"
                      r"|triển khai)\b)", re.IGNORECASE)


def opens_with_source(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with what it funds from: "Kinh phí …", "Nguồn …", "Ngân sách …"."""
    return bool(_STATEMENT.match(text, start, end))


def source(doc: ParsedDocument, start: int, end: int, in_block: bool) -> str | None:
    """The source a funding statement text[start:end] names without an amount: in a funding section (``in_block``)
    or a line opening with its source ("Kinh phí …", "Nguồn …"), the source it names; elsewhere the budget a duty
    to fund, a request, a transfer, a weighed duty or a call to mobilise names; else the party outside the state
    meeting its own costs, or the rule that shares the cost between levels."""
    text = doc.text
    if not in_block and not _FUNDS_NAMED.search(text, start, end):
        return None  # every statement outside a funding section names funds in one of these words
    if not in_block and _difficulty_told(text, start, end):
        return None  # "Việc lồng ghép nguồn vốn … còn lúng túng", "Huy động … gặp nhiều khó khăn …": a difficulty told
    if in_block or opens_with_source(text, start, end):
        found = (_mobilised(text, start, end) if in_block else None) or funding.source(text, start, end)
        if found and not in_block and (funding.NOT_BUDGET.match(found) or _said_nothing_of(text, start, end, found)):
            found = None  # "Nguồn thu từ đất chưa tương xứng …": revenue, not funding
    else:
        found = (_duty_source(text, start, end) or _funding_subject(text, start, end)
                 or _named_transfer(text, start, end) or _balanced_budget(text, start, end)
                 or _mobilising_call(doc, start, end) or _named_after(_PRIORITISED, text, start, end)
                 or _named_after(_SOUGHT, text, start, end) or _named_after(_POOLED_FROM, text, start, end)
                 or _stated(_SAVED, text, start, end) or _stated(_WITHIN_PLAN, text, start, end))
    found = _self_funded(text, start, end, found, in_block) or _decentralised_source(text, start, end)
    if found and in_block:
        found = _with_pooled(text, start, end, found)
    return found


def _said_nothing_of(text: str, start: int, end: int, found: str) -> bool:
    """Whether a statement opening with its source is that source alone, a description rather than a statement of
    funding: a later sentence of its line ("…. Ngân sách địa phương còn khó khăn, chưa đáp ứng nhu cầu." is read
    whole as a source), or a line longer than a list item naming a source."""
    if _CLAUSE_OPENING.sub("", text[start:end], count=1).strip(" .;:") != found:
        return False
    opens_line = bool(_CLAUSE_OPENING.fullmatch(text, passages.line_start(text, start), start))
    return not opens_line or len(found.split()) > MAX_SOURCE_ALONE_WORDS


def later_source(text: str, start: int, end: int) -> str | None:
    """The source a later sentence of a funding-section line names: a duty to fund, a further source it mobilises or
    taps ("Chủ động khai thác các nguồn lực ngoài ngân sách"), or one its subject uses (used_source)."""
    return _duty_source(text, start, end) or further_source(text, start, end) or used_source(text, start, end)


def used_source(text: str, start: int, end: int) -> str | None:
    """The source the subject of a later part of a funding-section line uses ("Các doanh nghiệp sử dụng nguồn kinh phí
    của doanh nghiệp để …", "…; các đơn vị sự nghiệp công lập sử dụng nguồn thu hợp pháp của đơn vị"); not the use
    managed or reported ("quản lý, sử dụng nguồn kinh phí …", "tình hình sử dụng …")."""
    used = _USED.search(text, start, end)
    if used is None or _CLAUSE_OPENING.fullmatch(text, start, used.start()):
        return None  # no subject: "…; sử dụng nguồn chi thường xuyên thuê, mua …" says what the funds buy
    source = funding.source(text, used.start("what"), end)
    return _without_purpose(source) if source else None


def funds(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] opens with a verb that funds, or a proposal, rule or urging of it ("huy
    động …", "trình Hội đồng nhân dân … phân bổ vốn …", "ban hành … quy định về lồng ghép nguồn vốn …", "đẩy mạnh huy
    động …")."""
    return bool(_FUNDING_PREDICATE.match(text, start, end))


def further_source(text: str, start: int, end: int) -> str | None:
    """The source a clause mobilises, allocates or pools ("đồng thời huy động các nguồn vốn hợp pháp khác",
    "trình … phân bổ vốn ngân sách trung ương hỗ trợ cho địa phương" → "vốn ngân sách trung ương")."""
    further = _FURTHER_FUNDING.search(text, start, end)
    source = funding.source(text, further.start("what"), end) if further else None
    return _without_purpose(source) if source else None


def _mobilised(text: str, start: int, end: int) -> str | None:
    """The contribution a funding-section line opening "Huy động …" asks of parties outside the state, named in it
    ("Huy động các doanh nghiệp, tổ chức, cá nhân, cộng đồng trong và ngoài nước cùng tham gia đầu tư, tài trợ
    kinh phí …" → "đầu tư, tài trợ kinh phí của các doanh nghiệp, tổ chức, cá nhân, cộng đồng trong và ngoài
    nước"); only a line that opens so, not one naming a budget of its own first."""
    m = _MOBILISED.match(text, start, end)
    return f"{m.group('what')} của {m.group('party')}" if m else None


def _with_pooled(text: str, start: int, end: int, source: str) -> str:
    """A funding-section source with the programmes it is pooled with, when its line says so and the source does not
    ("Ngân sách nhà nước thực hiện theo quy định phân cấp ngân sách, trong đó tăng cường lồng ghép với các đề án,
    chương trình, kế hoạch liên quan …" → "Ngân sách nhà nước theo quy định phân cấp ngân sách; lồng ghép với các đề
    án, chương trình, kế hoạch liên quan"; "- Lồng ghép vào kế hoạch đầu tư công trung hạn: ưu tiên bố trí vốn …")."""
    pooled = _POOLED.search(text, start, end)
    if pooled is None or _POOLING.search(source):
        return source
    if not _POOLING_OPENING.fullmatch(text, _clause_start(text, start, pooled.start(), ",;:"), pooled.start()):
        return source  # "không lồng ghép …", "để lồng ghép …": no pooling of funds
    words = pooled.group("pooled")
    return funding.SOURCE_JOIN.join([source, words[0].lower() + words[1:]])  # "Lồng ghép …" opening its line


def _self_funded(text: str, start: int, end: int, source: str | None, in_block: bool) -> str | None:
    """The source of a party outside the state bound to meet its own costs, when the statement names none: the
    source its duty names ("… bảo đảm kinh phí thực hiện từ nguồn ngân sách nhà nước được giao"), else its own
    ("Doanh nghiệp viễn thông bảo đảm kinh phí thực hiện …" → "kinh phí của doanh nghiệp viễn thông"); outside a
    funding section only a duty of "kinh phí", and not one the words before it undo ("được Nhà nước bảo đảm kinh
    phí", "không phải bảo đảm kinh phí")."""
    duty = _OWN_FUNDING.search(text, start, end)
    if duty is None or source is not None:
        return source
    if not in_block and duty.group("what").lower() != "kinh phí":
        return None  # "… bố trí nguồn lực giáo viên, cơ sở vật chất …"
    named = _bound_party(text, start, duty)
    if named is None:
        return None
    if stated := funding.source(text, duty.end(), end):
        return stated
    return f"{duty.group('what').lower()} của {named[0].lower()}{named[1:]}"  # "Doanh nghiệp …" opens its line


def own_funder(text: str, start: int, end: int, source: str) -> str | None:
    """The party whose own means a source "… của mình" is: the one bound to fund from it ("Các doanh nghiệp, tổ
    chức kinh tế bố trí kinh phí từ ngân sách tự chủ của mình" → "Các doanh nghiệp, tổ chức kinh tế")."""
    duty = _OWN_FUNDING.search(text, start, end) if _OWN.search(source) else None
    return _bound_party(text, start, duty) if duty else None


def _bound_party(text: str, start: int, duty: re.Match) -> str | None:
    """The party outside the state the words before a duty to meet costs bind, after a lead-in's colon ("Doanh
    nghiệp viễn thông", "Do các nhà đầu tư"); none when they undo the duty ("được", "không phải", "Nhà nước")."""
    colon = text.rfind(":", start, duty.start())
    party = _SELF_FUNDER.match(text, colon + 1 if colon != -1 else start, duty.start())
    return None if party is None or _NOT_BOUND.search(party.group("party")) else party.group("party")


def _duty_source(text: str, start: int, end: int) -> str | None:
    """The budget a duty to fund names ("… bố trí ngân sách nhà nước để thực hiện Kế hoạch này", "… bố trí
    kinh phí chi thường xuyên trong dự toán …"); none when the funding is done ("đã … bố trí vốn")."""
    duty = _FUNDING_DUTY.search(text, start, end)
    if not duty or _done(text, start, duty) or _received(text, start, duty) or _other_duty_before(text, duty):
        return None
    if _rule_on_projects(text, start, end, duty):
        return None
    source = funding.source(text, duty.start("what"), end)
    if source and source.casefold() in GENERIC_SOURCES:  # "bố trí vốn, phân bổ ngân sách địa phương": the named one
        generic_end = text.find(source, duty.start("what"), end) + len(source)
        source = funding.source(text, generic_end, end) or source
    plan = _CAPITAL_PLAN.match(text, duty.start("what"))
    if source and plan and text.startswith(source, plan.end()):
        source = plan.group() + source  # "kế hoạch vốn tín dụng …": the plan, not the capital it allocates
    return _without_purpose(source) if source else None  # "ngân sách địa phương hỗ trợ giáo viên …"


def _other_duty_before(text: str, duty: re.Match) -> bool:
    """Whether the "từ" a duty to fund reaches belongs to something else between: a further duty right after "kinh
    phí," ("bố trí kinh phí, đôn đốc thu hồi … từ ngân sách tỉnh") or funds others received ("… cho các công trình đã
    được hỗ trợ từ ngân sách trung ương")."""
    what = duty.start("what")
    source_from = text.rfind(" từ ", duty.start(), what)
    received = _RECEIVED_FROM.search(text, duty.start(), source_from + 1) if source_from != -1 else None
    others = received and not _OWN_FUNDS.search(text, duty.start(), received.start()) and (
        received.group("done") or _FOR_OTHERS.search(text, duty.start(), received.start())
        or received.group("invested") and _WORKS_BEFORE.search(text, duty.start(), received.start()))
    return bool(_OTHER_DUTY.search(text, duty.start(), what) or others)


def _rule_on_projects(text: str, start: int, end: int, duty: re.Match) -> bool:
    """Whether a permitted use only names the projects a condition or rule is about ("Đối với các dự án được sử dụng
    vốn …, chủ đầu tư …", "Dự án được sử dụng vốn ODA phải tuân thủ …"), not a use allowed for the plan ("Trường hợp
    thiếu kinh phí, các địa phương được sử dụng ngân sách địa phương để bổ sung")."""
    return (duty.group().casefold().startswith("được")
            and bool(_PROJECTS_USING.search(text, _clause_start(text, start, duty.start(), ",;"), duty.start()))
            and bool(_CONDITION_OPENING.match(text, start, end) or _RULE.search(text, duty.end(), end)))


def _funding_subject(text: str, start: int, end: int) -> str | None:
    """The budget the consequence of a condition makes the subject of a duty to fund, or a request asks to fund
    ("Đối với các công trình … thì ngân sách thành phố chịu trách nhiệm đối ứng", "… đề nghị ngân sách thành phố hỗ
    trợ đóng bảo hiểm y tế" → "ngân sách thành phố"); not a refusal ("không đề nghị …", "… không hỗ trợ")."""
    m = _FUNDING_SUBJECT.search(text, start, end)
    return m.group("source") if m else None


def _balanced_budget(text: str, start: int, end: int) -> str | None:
    """The level's budget a duty to fund is weighed against, when the statement names no other ("Căn cứ khả năng cân
    đối ngân sách địa phương, … trình cấp có thẩm quyền bố trí kinh phí …" → "ngân sách địa phương"; "… bố trí
    kinh phí phù hợp với khả năng ngân sách" → "ngân sách"); not for a duty done, refused or supervised ("…, Sở
    Tài chính đã bố trí kinh phí", "… kiểm tra việc phân bổ …")."""
    balance = _BALANCED_BUDGET.search(text, start, end)
    if balance is None:
        after = _WEIGHED_AFTER.search(text, start, end)
        if (after is None or _said_before(_NO_DUTY, NO_DUTY_REACH, text, start, after)
                or _DECENTRALISED_DUTY.search(text, start, end)):
            return None  # "bố trí kinh phí … theo phân cấp ngân sách, phù hợp với khả năng ngân sách": by the rule
        return after.group("source")
    stops = [i for i in (text.find(".", balance.end(), end), text.find(";", balance.end(), end)) if i != -1]
    sentence_end = min(stops, default=end)
    duty = _WEIGHED_DUTY.search(text, balance.end(), sentence_end)
    if duty is None or _said_before(_NO_DUTY, NO_DUTY_REACH, text, balance.end(), duty):
        return None
    return balance.group("source")


def _mobilising_call(doc: ParsedDocument, start: int, end: int) -> str | None:
    """The funds of a kind, or from givers, a call to mobilise opening its clause names ("d) Tổ chức huy động nguồn
    lực xã hội hóa để khen thưởng …" → "nguồn lực xã hội hóa"; "c) Huy động nguồn lực từ các tổ chức quốc tế hỗ trợ
    …" → "nguồn lực từ các tổ chức quốc tế"), or the socialised funding a call anywhere in the clause mobilises or
    pushes ("…, huy động xã hội hóa bảo đảm …" → "xã hội hóa"); not one told as done or followed by its result, nor
    the heading of a section below which the calls are listed ("4. Huy động nguồn lực xã hội hóa gắn với …")."""
    text, section = doc.text, doc.section_at(start)
    if (section is not None and section.start == passages.line_start(text, start)
            and section.end > passages.line_end(text, start) + 1):
        return None
    for call in _MOBILISING.finditer(text, start, end):
        opening = _clause_start(text, start, call.start(), _CLAUSE_MARKS)
        if (_CALL_OPENING.fullmatch(text, opening, call.start()) and not _done(text, opening, call)
                and not _DONE_AFTER.match(text, call.end(), end)):
            return call.group("what")
    for call in _SOCIALISING.finditer(text, start, end):
        if not _said_before(_UNDONE, NO_DUTY_REACH, text, start, call) and not _DONE_AFTER.match(text, call.end(), end):
            return call.group("what")
    return None


def _named_after(pattern: re.Pattern, text: str, start: int, end: int) -> str | None:
    """The source named right after the first statement ``pattern`` finds whose clause does not tell it as done,
    refused or not yet made, without its purpose: a priority (``_PRIORITISED``: "Ưu tiên nguồn lực từ nguồn kinh phí
    bảo vệ môi trường để …" → "nguồn kinh phí bảo vệ môi trường"; the state's resources, its group "state"), a call to
    seek funds (``_SOUGHT``) or funds pooled from a programme (``_POOLED_FROM``)."""
    for found in pattern.finditer(text, start, end):
        if _undone_in_clause(text, start, found):
            continue
        if found.groupdict().get("state"):
            return found.group("state")
        stop = _SOURCE_END.search(text, found.end(), end)
        named = text[found.end():stop.start() if stop else end].strip(" ,")
        if aside := _ASIDE.search(named):
            named = named[:aside.start()]  # "nguồn kinh phí được phân bổ, khẩn trương triển khai …"
        if named:
            return _without_purpose(named)  # "… Chương trình … hỗ trợ các xã nghèo" → "… Chương trình …"
    return None


def _difficulty_told(text: str, start: int, end: int) -> bool:
    """Whether a statement tells a difficulty of its funding rather than funding: a pooling spoken of with the state of
    a process ("Việc lồng ghép nguồn vốn … (cho các xã) còn lúng túng"), or a hardship ("Huy động nguồn lực xã hội hóa
    (cho công tác giảm nghèo) gặp nhiều khó khăn …", "… còn thấp", "… hiệu quả chưa cao"); not the hardship of a group
    the funds are for ("… ưu tiên các xã còn nhiều khó khăn", "… cho các doanh nghiệp gặp khó khăn …"), nor of a scene
    set before the statement ("Trong điều kiện ngân sách tỉnh còn nhiều khó khăn, …")."""
    setting = _SETTING.match(text, start, end)
    opening = setting.end() if setting else start
    spoken_of = bool(_SPOKEN_OF.match(text, opening, end))
    told = [*(_STATE_OF.finditer(text, opening, end) if spoken_of else ()), *_HARDSHIP.finditer(text, opening, end)]
    return any(found.groupdict().get("process") or not _groups(text, start, found) for found in told)


def _groups(text: str, start: int, told: re.Match) -> bool:
    """Whether a hardship or a state (``told``) is that of a group the funds are for, named right before it."""
    markers = [m for m in _FOR_GROUP.finditer(text, max(start, told.start() - GROUP_REACH), told.start())
               if m.end() < told.start()]
    if not markers:
        return False
    opening, group = markers[-1].start(), markers[-1].end()
    if _NO_GROUP.match(text, group):  # works, or those they are of: "… cho công trình thủy lợi của các xã còn khó khăn"
        owner = _OWNER.search(text, group, told.start())
        if owner is None:
            return False
        opening, group = owner.start(), owner.end()
    if any(mark in text[group:told.start()] for mark in ",.;"):
        return False
    if told.groupdict().get("low") and not _OWN_LOW.search(text, group, told.start()):
        return False  # "Mức hỗ trợ … cho các hộ nghèo còn thấp": the support is low
    # tagged with the words before it ("cho các hộ …"), which tell "hộ" a noun; its first word after them
    tagged = [tag for _, tag in tagging.pos_tags(text[opening:told.start()])[1:] if tag not in _BEFORE_GROUP_TAGS]
    return bool(tagged) and tagged[0] in agencies.NOUN_TAGS


def _stated(pattern: re.Pattern, text: str, start: int, end: int) -> str | None:
    """The source (``what``) of the first statement ``pattern`` finds, unless its clause tells it as done, refused or
    not yet made: the savings that free resources ("Triệt để tiết kiệm chi thường xuyên để dành nguồn lực …" →
    "tiết kiệm chi thường xuyên"), the allocated plan or estimate a duty is kept within ("… bảo đảm trong phạm vi kế
    hoạch vốn cấp bù … được giao năm 2025"; not "Trường hợp nhiệm vụ không thực hiện trong phạm vi dự toán …")."""
    found = pattern.search(text, start, end)
    return None if found is None or _undone_in_clause(text, start, found) else found.group("what")


def _undone_in_clause(text: str, start: int, found: re.Match) -> bool:
    """Whether the words of its clause just before ``found`` tell it as done, refused or not yet made ("Năm 2024,
    tỉnh chưa ưu tiên nguồn lực từ …"), not an earlier clause's ("Trên cơ sở kết quả đã đạt được, ưu tiên …", "Cắt
    giảm các khoản chi không cần thiết, tiết kiệm chi thường xuyên …"). A limit: a "đã" shared by the clauses of a
    report ("tỉnh đã quan tâm, ưu tiên nguồn lực từ …") is not read either."""
    return _said_before(_UNDONE, NO_DUTY_REACH, text, _clause_start(text, start, found.start(), ",;:"), found)


def _named_transfer(text: str, start: int, end: int) -> str | None:
    """The funds a statement moves between budgets or years without a duty verb: a targeted transfer to a lower
    level's budget ("hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã"), funds carried over to a later period
    ("chuyển nguồn kinh phí chưa sử dụng hết của giai đoạn 2021 - 2025 sang …") or the counterpart funds a budget
    puts up ("Tỷ lệ vốn đối ứng của ngân sách địa phương …" → "vốn đối ứng của ngân sách địa phương", opening its
    clause); not a transfer or a carry-over told as done, nor a transfer reported on ("Kết quả giải ngân vốn bổ
    sung có mục tiêu …")."""
    transfer = _TRANSFER.search(text, start, end)
    if transfer and not _done(text, start, transfer) and not _said_before(_REPORTED, REPORT_REACH, text, start,
                                                                          transfer):
        return transfer.group()
    carried = _CARRIED_OVER.search(text, start, end)
    if carried and not _said_before(_UNDONE, NO_DUTY_REACH, text, start, carried):
        return carried.group("source")
    for counterpart in _COUNTERPART.finditer(text, start, end):
        opening = _clause_start(text, start, counterpart.start(), _CLAUSE_MARKS)
        if _CLAUSE_OPENING.fullmatch(text, opening, counterpart.start()):
            return counterpart.group("source")  # opening its clause: not "Báo cáo … tỷ lệ vốn đối ứng …"
    return None


def _clause_start(text: str, start: int, pos: int, marks: str) -> int:
    """Where the clause holding ``pos`` starts: after the last of ``marks`` between ``start`` and it, else at
    ``start``."""
    return max([start] + [text.rfind(mark, start, pos) + 1 for mark in marks])


def _without_purpose(source: str) -> str:
    """A source without what it is for: "vốn ngân sách trung ương hỗ trợ cho địa phương" → "vốn ngân sách trung
    ương"; a bracket naming its kinds keeps its words ("(vốn xã hội hóa, vốn hỗ trợ, …)")."""
    purpose = next((m for m in _PURPOSE.finditer(source)
                    if passages.open_brackets(source, 0, m.start()) == 0), None)
    return source[:purpose.start()].rstrip(" ,") if purpose else source


def _decentralised_source(text: str, start: int, end: int) -> str | None:
    """'kinh phí theo phân cấp ngân sách' for a duty to fund that names no budget but the rule sharing costs
    between levels ("… bố trí kinh phí cho hoạt động dân số theo phân cấp để …")."""
    duty = _DECENTRALISED_DUTY.search(text, start, end) or _DECENTRALISED_STATEMENT.match(text, start, end)
    if not duty or _done(text, start, duty):
        return None
    return f"{duty.group('what').lower()} {_LAW_BEFORE_RULE.sub('theo ', duty.group('basis'))}"


def _said_before(pattern: re.Pattern, reach: int, text: str, start: int, duty: re.Match) -> bool:
    """Whether ``pattern`` is found in the ``reach`` characters before a duty to fund (not before ``start``)."""
    return bool(pattern.search(text, max(start, duty.start() - reach), duty.start()))


def _done(text: str, start: int, duty: re.Match) -> bool:
    """Whether a duty to fund is told as done: "đã" just before it ("… đã được phê duyệt và bố trí vốn")."""
    return _said_before(funding.DONE, DONE_REACH, text, start, duty)


def _received(text: str, start: int, duty: re.Match) -> bool:
    """Whether support from a budget is what a body receives ("không được Trung ương hỗ trợ kinh phí từ …") or is
    given in goods ("nguồn hàng hóa hỗ trợ từ …"), not funding the plan states."""
    return duty.group().casefold().startswith("hỗ trợ") and _said_before(_RECEIVED, RECEIVED_REACH, text, start, duty)
