"""Agencies: find Vietnamese agency names in text, expand their abbreviations, and
say which agencies are responsible for a passage (from its sentence or its section headings; several are
joined by "; ").

A name is a head ("Sở", "Ủy ban nhân dân", "Các sở", "Giám đốc" …) followed by a
token-level grammar of continuations: capitalised words and abbreviations, known
lower-case name words ("văn hóa", "truyền thông", "nhận ủy thác" …), scope words
("các huyện, thành phố", "cấp tỉnh", "của tỉnh") and connectors ("và", "-", ",")
that lead on to more of the same. Anything else — a verb, a function word — ends it.

Shared by the extractors that fill ``responsible`` / ``agency`` columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from extractors import lexicon, passages, patterns
from pipeline import tagging
from pipeline.document import ParsedDocument

# abbreviation → full form (used for agency_full, so agencies group across plans)
ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "NHCSXH": "Ngân hàng Chính sách xã hội", "CSXH": "Chính sách xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐ-TBXH": "Lao động - Thương binh và Xã hội",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "VH-XH": "Văn hóa - Xã hội", "VHXH": "Văn hóa - Xã hội",
    # the departments of culture and sport since 2025 ("Sở Văn hóa và Thể thao"), and of culture, sport and tourism
    "VH&TT": "Văn hóa và Thể thao", "VHTT": "Văn hóa và Thể thao",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch", "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch", "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "DTTG": "Dân tộc và Tôn giáo", "DT&TG": "Dân tộc và Tôn giáo", "NNMT": "Nông nghiệp và Môi trường",
    "CT-XH": "chính trị - xã hội", "CTXH": "chính trị - xã hội", "BCĐ": "Ban Chỉ đạo",
    "BCH Quân sự": "Ban Chỉ huy Quân sự", "BCHQS": "Ban Chỉ huy Quân sự", "CHQS": "Chỉ huy Quân sự",
    "BCH": "Ban Chấp hành",  # "BCH Công đoàn"; a military command is "BCH Quân sự", "Ban CHQS"
    "HĐQT": "Hội đồng quản trị", "VPĐP": "Văn phòng Điều phối",
    "PT-TH": "Phát thanh - Truyền hình", "PTTH": "Phát thanh và Truyền hình",
    "NN&MT": "Nông nghiệp và Môi trường", "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "GTVT": "Giao thông vận tải", "BHXH": "Bảo hiểm xã hội", "KBNN": "Kho bạc Nhà nước",
    "LĐLĐ": "Liên đoàn Lao động", "HLHPN": "Hội Liên hiệp Phụ nữ", "LHPN": "Liên hiệp Phụ nữ",
    "HCCB": "Hội Cựu chiến binh", "MTTQVN": "Mặt trận Tổ quốc Việt Nam", "BĐBP": "Bộ đội Biên phòng",
    "TTYT": "Trung tâm Y tế", "KSBT": "Kiểm soát bệnh tật", "BQL": "Ban Quản lý", "KCN": "khu công nghiệp",
    "ĐBQH": "đại biểu Quốc hội",
    "NTM": "nông thôn mới", "MTQG": "mục tiêu quốc gia", "KT-XH": "kinh tế - xã hội",
    "TW": "Trung ương", "TƯ": "Trung ương", "VP": "Văn phòng", "TP": "thành phố", "TP.": "thành phố",
    "Sở TP": "Sở Tư pháp",  # after "Sở", "TP" is the justice department's, not a city
    "Tp": "thành phố", "TX": "thị xã", "Tx": "thị xã", "HCM": "Hồ Chí Minh", "TPHCM": "thành phố Hồ Chí Minh",
}

# (words, kind): words that open an agency name. Kinds:
#   full — a name by itself; proper — needs at least one continuation word;
#   title — a person's title, continues like a collective; collective — "Các sở, ban, ngành";
#   prefix — names a body only with a body's capitalised head after it, not a title ("Cơ quan Bảo hiểm xã hội
#   thành phố", "Cơ quan Thường trực Ban Chỉ đạo").
# Matching ignores case after the first word, whose first letter must be upper case
# except for collectives ("các cơ quan, đơn vị liên quan").
HEADS = [
    *((h, "full") for h in (
        "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "UBMTTQVN", "UBMTTQ", "MTTQ", "NHCSXH",
        "Ban Chỉ đạo", "BCĐ", "Bảo hiểm xã hội", "BHXH", "Công an", "Kho bạc Nhà nước", "KBNN",
        "Tổ chức chính trị - xã hội", "Tổ chức chính trị xã hội", "Tổ chức CT-XH", "Chính phủ",
        "Thanh tra", "Ban đại diện", "Ban quản lý", "Ban Chỉ huy", "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy",
        "Bộ đội Biên phòng",
        "Liên đoàn Lao động", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Tổ đại biểu", "Tổng công ty", "Công ty",
        "Kiểm toán nhà nước", "Thuế tỉnh", "Thuế thành phố", "Thuế cơ sở", "Các tỉnh, thành phố",
        "TTYT", "BQL", "BCH", "BCHQS", "LĐLĐ", "HLHPN", "HCCB", "BĐBP",  # abbreviated: "TTYT huyện", "BQL các KCN"
        "Cổng Thông tin điện tử", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
        "Văn phòng Đoàn đại biểu Quốc hội và HĐND", "Văn phòng Đoàn ĐBQH và HĐND",
        "Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "Liên hiệp các Hội Khoa học và Kỹ thuật",
        # stations that are bodies, not installations ("Trạm bơm", "Trạm cấp nước")
        "Trạm Y tế", "Trạm Khuyến nông", "Trạm Thú y", "Trạm Kiểm lâm", "Trạm Bảo vệ thực vật", "Trạm Chăn nuôi",
        "Trạm Trồng trọt", "Trạm Dịch vụ nông nghiệp", "Trạm Cảnh sát", "Trạm Kiểm soát biên phòng")),
    *((h, "proper") for h in (
        "Sở", "Ban", "Phòng", "Trung tâm", "Đài", "Báo", "Hội", "Hội đồng", "Bộ", "Văn phòng", "Cục",
        "Tổng cục", "Vụ", "Chi cục", "Viện", "Ngân hàng", "Đoàn", "Tòa án", "Viện kiểm sát", "Trường", "Bệnh viện",
        "Ủy ban", "Kho bạc", "Quỹ", "Đảng ủy", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Chi nhánh",
        "Thông tấn xã", "Thường trực", "Tập đoàn", "Hiệp hội", "Liên minh", "Liên hiệp")),
    ("Cơ quan", "prefix"),
    *((h, "title") for h in (
        "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Thủ trưởng", "Chánh Văn phòng",
        "Chánh Thanh tra", "Trưởng ban", "Trưởng phòng", "Bộ trưởng", "Thủ tướng", "Công chức",
        "Người đứng đầu", "Tổng Giám đốc", "Đại biểu", "Vụ trưởng", "Viện trưởng", "Cục trưởng",
        "Chi cục trưởng", "Tổng cục trưởng", "Hiệu trưởng", "Chánh án")),
    *(("Các " + k, "collective") for k in (
        "sở", "ban", "ngành", "cơ quan", "đơn vị", "tổ chức", "đoàn thể", "hội", "địa phương",
        "thành viên", "bộ", "doanh nghiệp", "lực lượng", "đại biểu", "cấp ủy", "ngân hàng", "chủ đầu tư",
        "nhà đầu tư", "chủ rừng", "cơ sở")),
    *((h, "collective") for h in ("Sở, ban, ngành", "Sở, ngành", "Bộ, ngành", "Bộ, cơ quan ngang bộ")),
]
# words that open a list item of a collective after a comma: "Các sở, ban, ngành"
KINDS = ("sở", "ban", "ngành", "cơ quan", "đơn vị", "tổ chức", "đoàn thể", "hội", "địa phương",
         "bộ", "cơ quan ngang bộ", "doanh nghiệp", "cá nhân", "hộ gia đình", "lực lượng", "cấp ủy")
# a head followed by these words is an ordinary word, not an agency
NOT_NAMES = ("báo cáo", "ban hành", "phòng chống", "phòng ngừa", "phòng tránh", "phòng, chống",
             "hội nghị", "hội thảo", "hội thi", "hội viên", "hội chợ", "bộ phận", "bộ máy",
             "bộ tiêu chí", "bộ chỉ số", "bộ tài liệu", "đoàn viên", "đoàn kết", "đoàn kiểm tra",
             "trường hợp", "quỹ đất", "trung tâm hành chính", "thanh tra,", "công an xã hội",
             # the verb opening a task: "- Thanh tra việc thực hiện …", "Thanh tra các cơ sở …"
             "thanh tra việc", "thanh tra các", "thanh tra hoạt động", "thanh tra chuyên đề",
             "các cơ sở dữ liệu", "các cơ sở vật chất",
             # crop seasons, not a ministry's departments ("Vụ Đông Xuân", not "Vụ Kế hoạch - Tài chính")
             "vụ đông", "vụ hè", "vụ thu", "vụ mùa", "vụ chiêm", "vụ xuân",
             # document types never continue a name: "Chủ tịch UBND xã Quyết định hỗ trợ …"
             "quyết định", "nghị quyết", "nghị định", "thông tư", "chỉ thị", "công văn", "tờ trình")
# lower-case words inside names: fields of departments, kinds of bodies, attributes
NAME_WORDS = (
    "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông", "truyền thanh", "truyền hình",
    "phát thanh", "lao động", "thương binh", "xã hội", "nông nghiệp", "nông thôn mới", "nông thôn",
    "môi trường", "tài nguyên", "tài chính", "kế hoạch", "y tế", "giáo dục", "đào tạo", "tư pháp",
    "nội vụ", "công thương", "giao thông", "vận tải", "khoa học", "công nghệ", "dân tộc", "tôn giáo",
    "ngoại vụ", "quân sự", "biên phòng", "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ",
    "chính sách", "chính trị", "nhân dân", "đoàn thể", "thanh niên", "phụ nữ", "nông dân",
    "cựu chiến binh", "điều phối", "đại diện", "quản trị", "chuyên môn", "chức năng", "liên quan",
    "có liên quan", "trực thuộc", "nhận ủy thác", "ủy thác", "phụ trách lĩnh vực", "phụ trách",
    "lĩnh vực", "thông tấn, báo chí", "thông tấn", "báo chí", "báo, đài", "kinh tế", "hạ tầng", "đô thị", "an ninh", "quốc phòng",
    "dân số", "gia đình", "trẻ em", "hành chính", "kiểm lâm", "thủy lợi", "thủy sản", "lâm nghiệp",
    "thú y", "khuyến nông", "việc làm", "nghề nghiệp", "nhà nước", "thương mại", "công nghiệp",
    "chế xuất", "thống kê", "thuế", "hải quan", "dự phòng", "kiểm soát bệnh tật", "ngành dọc", "ngành",
    "đóng trên địa bàn",
    "ban ngành", "thành viên", "ngang bộ", "thường trực", "đại học", "dạy nghề", "cấp nước",
    "chính quyền", "đoàn", "hội", "liên hiệp", "chữ thập đỏ", "người cao tuổi", "khuyến học",
    "hợp tác xã", "doanh nghiệp", "doanh nhân", "công đoàn", "cộng sản", "hồ chí minh", "kiểm sát",
    "thi hành án", "dân sự", "tòa án", "bảo hiểm", "kho bạc", "ngân sách", "quỹ", "đất đai", "tài sản",
    "đảng", "tuyên giáo", "dân vận", "ủy ban", "mặt trận", "tổ quốc", "bình đẳng giới", "cảnh sát", "phòng thủ",
    "kiến trúc", "chăn nuôi", "trồng trọt", "bảo vệ thực vật", "thủy văn", "khí tượng", "vệ sinh",
    "an toàn thực phẩm", "khác", "sự nghiệp", "công lập", "chuyển đổi số", "viễn thông", "bưu chính",
    # what a "Ban Quản lý" manages: "Ban Quản lý các khu công nghiệp tỉnh", "… dự án đầu tư xây dựng"
    "khu công nghiệp", "các khu công nghiệp", "kcn", "các kcn", "khu chế xuất", "các khu chế xuất", "khu kinh tế",
    "các khu kinh tế", "cụm công nghiệp", "khu công nghệ cao", "dự án", "các dự án",
    "dự án đầu tư xây dựng", "đầu tư xây dựng công trình", "rừng phòng hộ", "rừng đặc dụng",
    "vườn quốc gia", "khu bảo tồn", "di tích", "khu du lịch", "quản lý nhà nước", "nội bộ",
)
# name words that are also verbs: inside a name only when capitalised ("Sở Xây dựng")
CAPITALISED_NAME_WORDS = (
    "xây dựng", "kiểm tra", "giám sát", "phát triển", "tổ chức", "chỉ đạo", "chỉ huy", "quản lý",
    "thi đua", "khen thưởng", "phổ biến", "giáo dục pháp luật", "kinh doanh", "quy hoạch", "đầu tư",
    "xúc tiến", "tiếp công dân", "cai nghiện", "bảo trợ", "kiểm định", "giám định", "đăng ký",
)
# what ministries and departments are "of": the items of "Các Bộ, cơ quan: Tài chính, Xây dựng, …"
FIELDS = (
    "Tài chính", "Xây dựng", "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch", "Công Thương",
    "Giáo dục và Đào tạo", "Ngoại giao", "Nội vụ", "Y tế", "Tư pháp", "Quốc phòng", "Công an",
    "Khoa học và Công nghệ", "Dân tộc và Tôn giáo", "Kế hoạch và Đầu tư", "Lao động - Thương binh và Xã hội",
    "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Giao thông vận tải",
    "Thông tin và Truyền thông", "Ngoại vụ", "Du lịch", "Văn hóa và Thể thao", "Giáo dục", "Văn hóa",
)
# scope words: where the body sits ("các huyện, thành phố", "cấp tỉnh", "của tỉnh")
SCOPES = ("tỉnh", "huyện", "xã", "thành phố", "thị xã", "thị trấn", "phường", "quận", "thôn",
          "bản", "tổ dân phố", "đặc khu", "cơ sở", "trung ương", "địa phương", "khu vực")
SCOPE_PREFIXES = ("các", "cấp", "của", "trên địa bàn")
# words that join a name to the body it belongs to: "Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh"
ATTACHMENTS = ("thuộc", "trực thuộc", "của")
CONNECTORS = ("và", "-", "–", "&", "/")  # "/": alternatives, "Ủy ban nhân dân xã/phường"
# words after which a name in a sentence is not its subject but an object or a complement
OPENERS = re.compile(
    r"(?:Đề nghị|Giao|Yêu cầu|Riêng|Đồng thời|Ngoài ra|Trong đó|Mỗi năm|Hằng năm|Hàng năm|"
    r"Hằng quý|Hàng quý|Hằng tháng|Hàng tháng|Định kỳ|Trước mắt|Sau đó|Tiếp đó)\s*,?\s*",
    re.IGNORECASE)
# verbs that a capitalised name word never absorbs as the rest of a compound word
PREDICATE_WORDS = ("chủ trì", "phối hợp", "tham mưu", "thực hiện", "triển khai", "có trách nhiệm",
                   "chịu trách nhiệm", "chủ động", "tổ chức", "xây dựng", "hướng dẫn", "chỉ đạo", "báo cáo",
                   "kiểm tra", "theo dõi", "đôn đốc", "bố trí", "tăng cường", "đẩy mạnh", "tiếp tục")
NAME_LIKE_PREDICATES = ("tổ chức", "xây dựng", "hướng dẫn", "kiểm tra")
# words that open an adverbial clause a comma closes before the subject: "Định kỳ hằng tháng, …"
ADVERBIALS = re.compile(
    r"(?:Căn cứ|Trên cơ sở|Theo|Để|Trong|Đối với|Định kỳ|Hằng|Hàng|Sau khi|Khi|Nếu|Trước|Từ|Đến|"
    r"Với|Ngoài|Riêng|Tùy|Đồng thời|Mỗi|Năm|Giai đoạn|Thời gian|Trường hợp)\b", re.IGNORECASE)
# a relative clause that is part of a collective subject: "Các cơ quan được giao chủ trì có trách nhiệm"
RELATIVE = re.compile(r"(?:được|đã được) (?:giao|phân công)\b[^.;:]{0,80}?"
                      r"(?=\s(?:có trách nhiệm|chịu trách nhiệm|chủ động|phải)\b)")
# a complement between subject and predicate, a list of duties and what bounds them: "theo chức năng, nhiệm vụ được
# giao", "trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình", "theo chức năng, nhiệm vụ" ("Sở Tài chính theo
# chức năng, nhiệm vụ hướng dẫn …")
_DUTIES = r"(?:chức năng|thẩm quyền|nhiệm vụ|quyền hạn)(?:\s+quản lý(?:\s+nhà nước)?)?"  # "nhiệm vụ quản lý được giao"
COMPLEMENT = re.compile(rf",?\s*(?:theo|trong phạm vi|căn cứ(?:\s+vào)?)[\s,]+{_DUTIES}"
                        rf"(?:(?:\s*,\s*|\s+và\s+|\s+){_DUTIES})*"
                        r"(?:\s+(?:(?:đã\s+)?được\s+(?:pháp luật\s+)?(?:giao|phân công|quy định)|của mình|theo quy định"
                        r"|quy định))*\s*,?\s*")
# a place a body of a level is named for: "thành phố Hồ Chí Minh", "tỉnh Quảng Ninh"
_PLACE_UNIT = re.compile(r"(?:thành phố|tỉnh|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)(?=\s)")
_PLACE_SEPARATORS = re.compile(r"\s*(?:,|\svà\s)\s*")
# a body asking or charging others: "… trân trọng đề nghị …", "… giao …", "… yêu cầu …"
_DELEGATING = re.compile(r"(?:trân trọng\s+)?(?P<verb>đề nghị|yêu cầu|giao)\s", re.IGNORECASE)
# a role given as a complement: "Giao Sở … là cơ quan đầu mối, chủ trì …"
_ROLE_COMPLEMENT = re.compile(r"là\s+(?:cơ quan\s+|đơn vị\s+)?(?:đầu mối|thường trực|chủ trì)\b", re.IGNORECASE)
NOUN_TAGS = frozenset({"N", "Nc", "Nu", "Np", "Ny", "Nb"})  # underthesea part-of-speech tags of nouns (targets too)
MAX_QUALIFIER_WORDS = 3  # lower-case words naming a collective's kind before its predicate ("viễn thông")
# words that cannot open a predicate (and past tense: a report, not a task)
FUNCTION_WORDS = frozenset(
    "của về với và tại trong theo cho để đến từ trên dưới thuộc nhằm do bởi như hoặc hay mà "
    "thì nên những một này đó ở qua khi nếu gồm là các năm ngày tháng đã đang vừa".split())
LEAD_WORDS = ("Đề nghị", "Giao", "Yêu cầu")
DUTY_HEADING_WORDS = ("Trách nhiệm của", "Nhiệm vụ của")  # "1.6. Trách nhiệm của các cơ quan quản lý cấp trên:"
MAX_NAME_TAIL_WORDS = 25  # words a heading may add to its name ("Các doanh nghiệp hoạt động trong lĩnh vực …")
# spans read as a subject or a heading are remembered: every target, deadline and task of a line asks
# about the same sentence and the same section headings, and must not read them again each time
SPAN_CACHE = 4096
MAX_LISTED_WORDS = 15  # a part of a list read as one body when no name is found in it
LISTED_NAME_STOPS = ("với", "để", "về", "theo", "nhằm", "cho")  # words after a name in a list that end it

_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# a word, an abbreviation joined by "&", "." or "-" ("CT-XH", "HTQT&TT"), or a mark; a hyphen between
# two lower-case words separates them ("chính trị-xã hội" reads as "chính trị - xã hội")
_TOKEN = re.compile(rf"\w+(?:[&.]\w+|(?:(?<![{_LOWER}])-|-(?![{_LOWER}]))\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+\S)|\n|\s(?=\(\d{1,2}\)\s)")  # "… (2) Giao Bộ …": inline items
_ENUMERATOR = re.compile(r"^\(\d{1,2}\)\s*")
_LEAD = re.compile(r"^(?:" + "|".join(LEAD_WORDS) + r")\s*:?\s+", re.IGNORECASE)  # "Đề nghị: Hiệp hội …"
# as printed in a heading, not in a title in capitals ("NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH" over an appendix table)
_DUTY_LEAD = re.compile(r"^(?:" + "|".join(DUTY_HEADING_WORDS) + r")\s+")
_KIND_WORDS = "|".join(map(re.escape, KINDS))
# in a list of bodies: where a name ends, a body listed after it, a list before it, what follows it in brackets
_LIST_SEPARATOR = re.compile(rf"[,(]|\b(?:và(?=\s+(?:các\s+)?(?:{_KIND_WORDS})\b)|{'|'.join(LISTED_NAME_STOPS)})\b",
                             re.IGNORECASE)
_ANOTHER_BODY = re.compile(rf"(?:,|\bvà\b|\()\s*(?P<body>(?:các\s+)?(?:{_KIND_WORDS})\b)", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"(?:[,;]|\bvà)\s*$")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)[\s.,]*$")  # "Bộ Công an (Trung tâm Dữ liệu quốc gia)"
_TRAILING_SEPARATORS = re.compile(r"(?:[\s,.;]|\bvà\b)+$")
_PARTS = re.compile(r"[^;]+")
_DUTY = re.compile(r"\s*(?:(?:có|chịu) trách nhiệm|thực hiện|triển khai)\b")
_DUTY_END = re.compile(r"\s*(?:có|chịu) trách nhiệm\s*\.?$")  # a heading that ends "… có trách nhiệm"
_ROLE_NOTE = re.compile(r"\s*\((?P<role>(?:là\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị)\s[^()]{1,60})\)[\s.]*")  # "(cơ quan chủ trì)"
_APPOSITION = re.compile(r"\s*[-–]\s*[Cc]ơ quan [^.;:]+")  # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"
# the province as a party, in notices of the Government Office: "Tỉnh tổ chức thực hiện …"
_PROVINCE = re.compile(rf"[\s\-+•]*(?:(?:{ADVERBIALS.pattern})[^,.;:]*,\s*)?(?P<name>Tỉnh)\s+"
                       rf"(?=[^\W\d_])(?![A-ZĐ]|(?:ủy|đoàn|lộ|trưởng)\b)")
# the topic of an item, before its colon: "Về việc …:", "Thực hiện mở tài khoản và phát hành thẻ:"
SUMMING_UP = re.compile(r"\s*Trên đây là\b", re.IGNORECASE)  # the plan's closing paragraph
_TOPIC = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?(?:(?:Về|Đối với)\s[^:]{1,300}|[^:.;]{1,100}):\s*")
_NUMBERED = re.compile(r"\d{1,3}|[IVX]{1,5}")


def _phrases(phrases) -> dict[str, list[tuple[str, ...]]]:
    """First word → word tuples (case-folded), longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(w.casefold() for w in _TOKEN.findall(p))  # split before folding: "CT-XH" stays one
        out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


_HEAD_KIND = {tuple(w.casefold() for w in _TOKEN.findall(h)): kind for h, kind in HEADS}
_HEADS = _phrases(h for h, _ in HEADS)
_DIRECTING = _phrases(("chỉ đạo", "giao", "yêu cầu", "đề nghị"))  # a heading that sets others to work
_KINDS = _phrases(KINDS)
_NAME_WORDS = _phrases(NAME_WORDS)
_PREDICATE_WORDS = _phrases(PREDICATE_WORDS)
# predicates that never name a body; "tổ chức", "xây dựng" … may ("Các chủ rừng là tổ chức")
_DUTY_WORDS = _phrases(w for w in PREDICATE_WORDS if w not in NAME_LIKE_PREDICATES)
_DUTY_AFTER_COMMA = _phrases(("chịu trách nhiệm", "có trách nhiệm", "chủ trì"))  # never a noun after a list
_ROLE_WORDS = _phrases(("có trách nhiệm", "chịu trách nhiệm", "thực hiện", "đầu mối", "thường trực"))
_CAPITALISED_NAME_WORDS = _phrases(CAPITALISED_NAME_WORDS)
_SCOPES = _phrases(SCOPES)
_NOT_NAMES = _phrases(NOT_NAMES)
_SCOPE_PREFIXES = _phrases(SCOPE_PREFIXES)
_FIELDS = _phrases(FIELDS)
_LIST_HEADS = {"bộ": "Bộ", "sở": "Sở"}  # the head of each item of "các Bộ: …", "các Sở: …"
_EXPAND = re.compile(r"(?<![\w&.-])(" + "|".join(
    re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w&-])")


_PLACE_DOT = re.compile(r"(?<![\w.])(TP|Tp|TX|Tx)\.\s*(?=[^\W\d_])")  # "TP.HCM", "TX.Sơn Tây": the unit, then the name
_ALIAS = re.compile(r"\s*\(\w+(?:[&\-]\w+)*\)")


@dataclass(frozen=True)
class Agency:
    """An agency named in the text; offsets are absolute."""

    start: int
    end: int
    name: str
    full: str


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), m.group().casefold()) for m in _TOKEN.finditer(text, start, end)]


def _match(toks: list[_Tok], i: int, table: dict) -> int:
    """Length of the longest phrase of ``table`` at toks[i], or 0."""
    if i >= len(toks):
        return 0
    for words in table.get(toks[i].low, ()):
        if tuple(t.low for t in toks[i:i + len(words)]) == words:
            return len(words)
    return 0


def _is_upper_initial(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _is_abbreviation(tok: _Tok) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _head(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    """(length, kind) of an agency head at toks[i]."""
    if toks[i].low == "các" and i + 1 < len(toks) and _is_upper_initial(toks[i + 1]):
        n = max((_head(toks, i + 1) or (0,))[0], _match(toks, i + 1, _KINDS))
        if n:
            return n + 1, "collective"
    n = _match(toks, i, _HEADS)
    if not n or _match(toks, i, _NOT_NAMES):
        return None
    kind = _HEAD_KIND[tuple(t.low for t in toks[i:i + n])]
    if kind == "title" and not _is_upper_initial(toks[i]):
        return (n, "proper") if toks[i].low != "công" else None
    if kind != "collective" and not _is_upper_initial(toks[i]):
        return None
    if kind == "prefix":
        named = _head(toks, i + n) if i + n < len(toks) and _is_upper_initial(toks[i + n]) else None
        return (n + named[0], named[1]) if named and named[1] in ("full", "proper") else None
    return n, kind


def _kind_follows(toks: list[_Tok], i: int) -> int:
    """Length of a kind of body at toks[i] that a collective lists on: after a separator or a title
    ("Các sở, ban, ngành", "Thủ trưởng cơ quan"), not after a name ("UBND xã tổ chức …": a verb)."""
    n = _match(toks, i, _KINDS)
    if not n or i == 0 or toks[i - 1].low in (",", "và", "các"):
        return n
    return n if any(_head(toks, i - k) == (k, "title") for k in range(1, min(i, 3) + 1)) else 0


def _kind_at(toks: list[_Tok], i: int) -> str:
    """The kind of body named at toks[i] ("cơ quan", "doanh nghiệp"), or "" if none is."""
    return " ".join(t.low for t in toks[i:i + _match(toks, i, _KINDS)])


def _scope(toks: list[_Tok], i: int) -> int:
    """Length of a scope phrase at toks[i] ("các huyện", "cấp tỉnh", "của tỉnh", "tỉnh")."""
    j = i
    while n := _match(toks, j, _SCOPE_PREFIXES):
        j += n
    n = _match(toks, j, _SCOPES)
    if n and toks[j + n - 1].low == "vực" and j + n < len(toks) and _NUMBERED.fullmatch(toks[j + n].text):
        n += 1  # "khu vực 8", "khu vực XI"
    return j + n - i if n else 0


def _word(toks: list[_Tok], i: int, collective: bool) -> int:
    """Length of a name continuation word at toks[i], or 0."""
    if i >= len(toks):
        return 0
    head = _head(toks, i)
    if head:
        return head[0]
    n = _match(toks, i, _NAME_WORDS) or _scope(toks, i) or (collective and _kind_follows(toks, i))
    if n:
        return n
    tok = toks[i]
    if _is_abbreviation(tok) or (_is_upper_initial(tok) and tok.text[0].isalpha()):
        if _match(toks, i, _NOT_NAMES):
            return 0
        return _match(toks, i, _CAPITALISED_NAME_WORDS) or _compound(toks, i) or 1
    return 0


def _compound(toks: list[_Tok], i: int) -> int:
    """Syllables of the word a capitalised syllable opens: "Chuyển đổi số", "Tiếng nói"."""
    for n in (3, 2):
        rest = toks[i + 1:i + n]
        if (len(rest) == n - 1 and all(t.text.islower() for t in rest) and not _match(toks, i + 1, _PREDICATE_WORDS)
                and " ".join(t.low for t in toks[i:i + n]) in lexicon.compounds()):
            return n
    return 0


def _extent(toks: list[_Tok], i: int, kind: str, head_len: int) -> int:
    """Index just past the name that starts with a head of ``kind`` at toks[i]."""
    collective = kind in ("collective", "title")
    kinds = {_kind_at(toks, i + 1)} if kind == "collective" else set()  # the kinds a collective has listed
    qualified = False  # its last item names more than a kind or a scope: "Các cơ quan quản lý nhà nước"
    j = i + head_len
    # a title over kinds of body: "Thủ trưởng các …", "người đứng đầu các …"
    titled = _HEAD_KIND.get(tuple(t.low for t in toks[i:j])) == "title" and j < len(toks) and toks[j].low == "các"
    while j < len(toks):
        tok = toks[j]
        n = _word(toks, j, collective)
        if n and toks[j].text == toks[i].text and kind not in ("collective", "title") and toks[j - 1].text != "/":
            break  # "Sở Khoa học và Công nghệ Sở Công Thương": a cell listing two bodies without a separator
        if n and toks[j].text == "Các":
            break  # "Sở Tài chính Các sở, ngành": so is a capital "Các", which no name goes on with
        if n:
            if _head(toks, j) and _head(toks, j)[1] == "collective":
                collective = True
            if kinds and _match(toks, j, _KINDS):
                kinds.add(_kind_at(toks, j))
            qualified = bool(kinds) and not (_match(toks, j, _KINDS) or _scope(toks, j))
            j += n
            continue
        if tok.low in CONNECTORS:
            nxt = j + 1
            apposition = tok.low in "-–" and nxt < len(toks) and toks[nxt].low == "cơ"  # "- Cơ quan thường trực"
            if nxt < len(toks) and _word(toks, nxt, collective) and not (
                    tok.low == "và" and _head(toks, nxt)) and not apposition:
                j = nxt
                continue
            break
        if tok.text == ",":
            nxt = j + 1
            placed = _match(toks, j - 1, _SCOPES) or _NUMBERED.fullmatch(toks[j - 1].text)  # "… tỉnh, Thuế tỉnh"
            if qualified and _match(toks, nxt, _KINDS) and _kind_at(toks, nxt) not in kinds:
                break  # "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan": a body of another kind
            if titled and nxt + 1 < len(toks) and toks[nxt].low == "các" and _match(toks, nxt + 1, _KINDS):
                j = nxt  # "Người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp …": the heads of each
                continue
            if nxt < len(toks) and not _head(toks, nxt) and (
                    _scope(toks, nxt) or (collective and _match(toks, nxt, _KINDS))
                    or (_is_upper_initial(toks[nxt]) and toks[nxt].text[0].isalpha()
                        and not _is_abbreviation(toks[nxt]) and not placed)):
                j = nxt
                continue
            break
        if tok.low in ATTACHMENTS and j + 1 < len(toks) and _head(toks, j + 1):
            j += 1
            continue
        if tok.text == "(" and j + 2 < len(toks) and _is_abbreviation(toks[j + 1]) and toks[j + 2].text == ")":
            j += 3
            continue
        break
    return j


def _names(toks: list[_Tok]) -> Iterator[tuple[int, int]]:
    """(first, past-last) token indexes of the agency names in toks."""
    i, listing = 0, False
    while i < len(toks):
        head = _head(toks, i) or (listing and _kind_head(toks, i))
        listing = False
        if head:
            n, kind = head
            j = _extent(toks, i, kind, n)
            if kind != "proper" or j > i + n:
                yield i, j
                listing = kind == "collective" and _kind_after_comma(toks, j)
                i = j + 1 if listing else j
                continue
        i += 1


def _kind_head(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    """A kind of body heading the next body of a list after a collective ("…, tổ chức, cá nhân liên quan")."""
    n = _match(toks, i, _KINDS) if i < len(toks) else 0
    return (n, "collective") if n else None


def _kind_after_comma(toks: list[_Tok], i: int) -> bool:
    """Whether a comma at toks[i] is followed by a kind of body."""
    return i + 1 < len(toks) and toks[i].text == "," and _kind_head(toks, i + 1) is not None


def _agency(text: str, toks: list[_Tok], i: int, j: int) -> Agency:
    start, end = toks[i].start, toks[j - 1].end
    name = text[start:end].rstrip(" ,.;:-–")
    return Agency(start, start + len(name), name, expand(name))


def expand(name: str) -> str:
    """The name with its abbreviations written out: 'UBND các huyện' → 'Ủy ban nhân dân các huyện'."""
    full = _EXPAND.sub(lambda m: ABBREVIATIONS[m.group(1)], _PLACE_DOT.sub(r"\1 ", _ALIAS.sub("", name)))
    full = re.sub(r"\s+", " ", full).strip()
    return full[:1].upper() + full[1:]


def find(text: str, start: int = 0, end: int | None = None) -> list[Agency]:
    """Agency names in text[start:end]."""
    toks = _tokens(text, start, len(text) if end is None else end)
    return [_agency(text, toks, i, j) for i, j in _names(toks)]


def _group(text: str, toks: list[_Tok], i: int) -> tuple[list[Agency], int]:
    """The agencies of a list that starts at toks[i] ("A, B và C"), and the index past it."""
    out, listing = [], False
    while i < len(toks):
        head = _head(toks, i) or (listing and _kind_head(toks, i))
        if not head:
            break
        j = _extent(toks, i, head[1], head[0])
        if head[1] == "proper" and j == i + head[0]:
            break
        fields, past = _fields(text, toks, i, j)
        out += fields or (head[1] == "full" and _by_place(text, toks, i, j, head[0])) or [_agency(text, toks, i, j)]
        i = past
        semicolon = _qualified_to_semicolon(toks, i)
        if semicolon is not None:  # "Chủ tịch UBND các xã, phường thuộc vùng đồng bào …; Thủ trưởng …"
            out[-1] = _run_on(text, out[-1], toks[semicolon - 1].end)
            i = semicolon
        listing = head[1] == "collective" and _kind_after_comma(toks, i)
        if i + 1 < len(toks) and toks[i].low in (",", ";", "và", "cùng") and (_head(toks, i + 1) or listing):
            i += 1
            continue
        break
    return out, i


def _qualified_to_semicolon(toks: list[_Tok], i: int) -> int | None:
    """Index of the ";" that ends a body's qualifier ("thuộc vùng đồng bào dân tộc thiểu số và miền núi")
    when another body follows it in a list joined by semicolons; None when the words hold a predicate."""
    if i >= len(toks) or toks[i].low in (",", ";", "và", "cùng"):
        return None
    for k in range(i, min(i + MAX_LISTED_WORDS, len(toks) - 1)):
        if toks[k].text == ";":
            return k if k > i and _head(toks, k + 1) else None
        if not (toks[k].text.isalpha() or toks[k].text == ",") or _match(toks, k, _PREDICATE_WORDS):
            return None
    return None


def _by_place(text: str, toks: list[_Tok], i: int, j: int, head_len: int) -> list[Agency]:
    """One body per place a head is listed with ("Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và
    tỉnh Quảng Ninh" → Ủy ban nhân dân thành phố Hà Nội, …); [] when it names fewer than two places."""
    head = text[toks[i].start:toks[i + head_len - 1].end]
    start, end = toks[i + head_len].start if i + head_len < j else toks[j - 1].end, toks[j - 1].end
    bounds, a = [], start
    for sep in _PLACE_SEPARATORS.finditer(text, start, end):  # the places between separators
        bounds.append((a, sep.start()))
        a = sep.end()
    bounds.append((a, end))
    places = []
    for a, b in bounds:
        unit = _PLACE_UNIT.match(text, a, b)
        words = text[unit.end():b].split() if unit else []
        if not words or not all(w[:1].isupper() for w in words):
            return []
        places.append(Agency(a if places else toks[i].start, b, f"{head} {text[a:b]}", expand(f"{head} {text[a:b]}")))
    return places if len(places) > 1 else []


def _fields(text: str, toks: list[_Tok], i: int, j: int) -> tuple[list[Agency], int]:
    """The bodies of a list by field after a collective and a colon ("Các Bộ, cơ quan: Tài chính, Văn hóa,
    Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam" → Bộ Tài chính, …), and the index past the list;
    ([], j) when toks[i:j] opens no such list."""
    words = [t.low for t in toks[i:j]]
    head = next((_LIST_HEADS[w] for w in words if w in _LIST_HEADS), None)
    if not head or j >= len(toks) or toks[j].text != ":" or "các" not in words:
        return [], j
    title = text[toks[i].start:toks[words.index("các") + i].start].strip()  # "Giám đốc các Sở: …"
    out, k = [], j + 1
    while k < len(toks):
        n = _match(toks, k, _FIELDS)
        if n and k + n < len(toks) and _scope(toks, k + n):
            n = 0  # "…: Tài chính, Y tế, Công an tỉnh": a body of its own, not a department's field
        if n:
            start, end = toks[k].start, toks[k + n - 1].end
            name = " ".join(filter(None, (title, head, text[start:end])))
            out.append(Agency(start, end, name, expand(name)))
            k += n
        elif (found := _head(toks, k)) and (past := _extent(toks, k, found[1], found[0])) > k + found[0]:
            out.append(_agency(text, toks, k, past))
            k = past
        else:
            break
        if k + 1 < len(toks) and toks[k].low in (",", "và") and toks[k + 1].text[:1].isupper():
            k += 1
            continue
        break
    return (out, k) if out else ([], j)


@dataclass(frozen=True)
class Clause:
    """Agencies that open a sentence as its subject, and where their predicate starts."""

    agencies: list[Agency]
    predicate: int


@lru_cache(maxsize=SPAN_CACHE)
def subject(text: str, start: int, end: int) -> Clause | None:
    """The agencies that are the subject of the sentence text[start:end], if it has one.

    The subject may follow a lead word ("Đề nghị", "Giao"), a time phrase ("Mỗi năm")
    or an adverbial clause closed by a comma; it must be followed by a predicate.
    """
    province = _PROVINCE.match(text, start, end)
    if province:  # "Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu …"
        word = _TOKEN.match(text, province.end(), end)
        if word.group().casefold() in FUNCTION_WORDS:
            return None
        name = province.group("name")
        return Clause([Agency(province.start("name"), province.end("name"), name, name)], province.end())
    toks = _tokens(text, start, end)
    topic = _TOPIC.match(text, start, end)  # "Về việc điều chỉnh Nghị định … của Chính phủ: Giao Bộ …"
    names = _names(toks)
    first = next(names, None)
    i = first[0] if first and _opens_subject(text, start, toks[first[0]].start) else None
    if i is None and first and ADVERBIALS.match(_prefix(text, start, toks[first[0]].start)):
        # the first name is inside an adverbial clause: the subject is a later name (or names) that the commas
        # closing it leave at the front, right before a predicate, with no clause opening with a predicate
        # before them ("Trên cơ sở Quyết định … của Ủy ban nhân dân xã, trong 05 ngày làm việc, Sở Khoa học và
        # Công nghệ chủ trì …"; not "…, chủ trì tổng hợp, … và phối hợp với các sở, Ủy ban nhân dân xã bố trí …")
        i = next((a for a, _ in names if _opens_subject(text, start, toks[a].start)
                  and _match(toks, _group(text, toks, a)[1], _PREDICATE_WORDS)
                  and not any(toks[k - 1].text == "," and _match(toks, k, _PREDICATE_WORDS) for k in range(1, a))),
                 None)
    if i is None:
        return subject(text, topic.end(), end) if topic else None
    agencies, j = _group(text, toks, i)
    if not agencies or j >= len(toks):
        return None
    pos = toks[j].start
    relative = RELATIVE.match(text, pos, end)
    if relative:
        last = agencies[-1]
        head = _head(_tokens(text, last.start, last.end), 0)
        if head and head[1] in ("collective", "title"):  # it says which: "Các cơ quan được giao chủ trì"
            name = text[last.start:relative.end()]
            agencies[-1] = Agency(last.start, relative.end(), name, expand(name))
        pos = relative.end()
    elif toks[j].text == "," and j + 1 < len(toks) and _match(toks, j + 1, _DUTY_AFTER_COMMA):
        pos = toks[j + 1].start  # "…; Thủ trưởng các đơn vị liên quan, chịu trách nhiệm thi hành …"
    elif toks[j].text == "," and j + 1 < len(toks) and ADVERBIALS.match(text, toks[j + 1].start) \
            and not COMPLEMENT.match(text, pos, end):
        # an adverbial clause between subject and predicate: "Sở Tài chính, trên cơ sở đề xuất …, chủ trì …"
        k = next((k for k in range(j + 2, len(toks) - 1)
                  if toks[k].text == "," and _match(toks, k + 1, _PREDICATE_WORDS)), None)
        if k is None:
            return None
        pos = toks[k + 1].start
    else:
        qualified = _qualifier_end(toks, j, agencies[-1], text)
        if qualified is not None:  # "Các doanh nghiệp viễn thông phối hợp …": the kind of business is named
            agencies[-1] = _run_on(text, agencies[-1], toks[qualified - 1].end)
            pos = toks[qualified].start
    complement = COMPLEMENT.match(text, pos, end)
    if complement:
        pos = complement.end()
    while pos < end and text[pos] == " ":
        pos += 1
    if _ROLE_COMPLEMENT.match(text, pos, end):  # "Giao Sở … là cơ quan đầu mối, chủ trì …"
        return Clause(agencies, pos)
    delegating = _DELEGATING.match(text, pos, end)
    if delegating:  # "Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận …": the bodies asked do the work
        asked = subject(text, delegating.start("verb"), end)
        if asked:
            return asked
    word = _TOKEN.match(text, pos, end)
    if not word or not word.group()[0].isalpha() or word.group()[0].isupper() or (
            word.group().casefold() in FUNCTION_WORDS and not _match(_tokens(text, word.start(), end), 0,
                                                                     _PREDICATE_WORDS)):  # "theo dõi" is a verb
        return None
    return Clause(agencies, word.start())


def _prefix(text: str, start: int, name: int) -> str:
    """The words of a sentence before the name at ``name``, without its bullet or number."""
    return _ENUMERATOR.sub("", text[start:name].strip(" \f-–+•*"))


def _opens_subject(text: str, start: int, name: int) -> bool:
    """Whether the name at ``name`` may be the subject of the sentence opening at ``start``: nothing before it
    but a lead word ("Giao"), a time phrase, a short label ending in ":" or an adverbial clause closed by a
    comma."""
    prefix = _prefix(text, start, name)
    return (not prefix or bool(OPENERS.fullmatch(prefix + " "))
            or prefix.endswith(",") and bool(ADVERBIALS.match(prefix))
            or prefix.endswith(":") and len(prefix.split()) <= 8)


@dataclass(frozen=True)
class Heading:
    """A heading that names the agencies owning the items below it.

    ``lead_in`` is what follows the names ("thực hiện tuyên truyền:"), ``body`` the
    offset of text run on after a colon on the same line ("1. Sở Y tế: chủ trì …"), else None.
    """

    agencies: list[Agency]
    lead_in: str
    body: int | None


@lru_cache(maxsize=SPAN_CACHE)
def heading(text: str, start: int, end: int, *, strict: bool = False) -> Heading | None:
    """Read text[start:end] (one line without its label) as an agency heading, if it is one.

    Forms: "Sở Tư pháp", "Đề nghị UBND các huyện, thành phố", "NHCSXH và Trung tâm …
    thực hiện tuyên truyền:", "Các đơn vị … có trách nhiệm", "Sở Y tế: <task>", "Trách nhiệm của các cơ quan
    quản lý cấp trên (bao gồm …):" (without the bracket).
    ``strict`` asks for a proper name (capitalised word or abbreviation after its head).
    """
    line = text[start:end]
    lead = _LEAD.match(line) or _DUTY_LEAD.match(line)
    first = start + (lead.end() if lead else 0)
    toks = _tokens(text, first, end)
    if not toks or not _head(toks, 0):
        return None
    agencies, j = _group(text, toks, 0)
    if not agencies or (strict and not all(_proper(a) for a in agencies)):
        return None
    rest_start = toks[j].start if j < len(toks) else end
    rest = text[rest_start:end]
    colon = rest.find(":")
    if colon == -1:
        words = rest.strip(" .").split()
        if not words or _APPOSITION.fullmatch(rest):
            return Heading(agencies, "", None)
        if role_note := _ROLE_NOTE.fullmatch(rest):  # "1. Sở Tài chính (cơ quan chủ trì)": its items lead
            return Heading(agencies, role_note["role"], None)
        # a closing bracket listing its members ("(các Ban quản lý rừng …)") is not part of the name
        core = _TRAILING_BRACKET.sub("", rest) or rest
        if _names_on(text, rest_start, rest_start + len(core)):  # "4. Các doanh nghiệp viễn thông"
            return Heading([*agencies[:-1], _run_on(text, agencies[-1], rest_start + len(core.rstrip(" .")))],
                           "", None)
        duty = _DUTY_END.search(rest)
        if duty and len(words) <= 20 and "." not in rest[:-1]:
            qualifier = rest[:duty.start()]  # "Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm"
            if qualifier.strip() and _names_on(text, rest_start, rest_start + duty.start()):
                agencies = [*agencies[:-1], _run_on(text, agencies[-1], rest_start + len(qualifier.rstrip()))]
                rest = rest[duty.start():]
            return Heading(agencies, rest.strip(), None)
        return None
    lead_in = rest[:colon].strip()
    names_on = bool(lead_in) and _names_on(text, rest_start, rest_start + colon)
    if len(lead_in.split()) > 20 or re.search(r"[.;]", lead_in) or (
            lead_in and not names_on and rest[colon + 1:].strip()):
        return None
    body = rest_start + colon + 1
    while body < end and text[body] == " ":
        body += 1
    if not lead_in and _names_places(text[body:end]):  # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền"
        return Heading([*agencies[:-1], _run_on(text, agencies[-1], body + len(text[body:end].rstrip(" ."))),
                        *_directed(text, toks, j, rest_start + colon)], "", None)
    if names_on:  # "Các đơn vị cấp nước sạch … thành phố:", "Các cơ sở nuôi trồng thủy sản: Theo dõi …"
        named = _TRAILING_BRACKET.sub("", lead_in) or lead_in  # "… cấp trên (bao gồm cả …):" names no more
        agencies, lead_in = [*agencies[:-1], _run_on(text, agencies[-1], rest_start + len(named))], ""
    return Heading(agencies + _directed(text, toks, j, rest_start + colon), lead_in, body if body < end else None)


def _names_places(phrase: str) -> bool:
    """Whether a phrase lists names of places, each of at most MAX_NAME_WORDS capitalised words: "Gia
    Thuận, Tân Điền, Gò Công Đông" (the xã a body is named for), not "Đôn đốc" (a task)."""
    names = patterns.NAME_SEPARATOR.split(phrase.strip(" ."))
    return all(0 < len(n.split()) <= patterns.MAX_NAME_WORDS and all(w[:1].isupper() for w in n.split())
               for n in names)


def _qualifier_end(toks: list[_Tok], j: int, last: Agency, text: str) -> int | None:
    """Index of the predicate after a few lower-case words that qualify a collective body ("Các doanh nghiệp
    viễn thông phối hợp …"), or None."""
    head = _head(_tokens(text, last.start, last.end), 0)
    if not head or head[1] != "collective":
        return None
    for k in range(j + 1, min(j + MAX_QUALIFIER_WORDS, len(toks) - 1) + 1):
        if not (toks[k - 1].text.isalpha() and toks[k - 1].text.islower()) or toks[k - 1].low in FUNCTION_WORDS \
                or _match(toks, k - 1, _PREDICATE_WORDS):
            return None
        n = _match(toks, k, _PREDICATE_WORDS)
        if n:
            qualifier, predicate = text[toks[j].start:toks[k - 1].end], text[toks[k].start:toks[k + n - 1].end]
            return k if _nouns_before(qualifier, predicate) else None
    return None


def _nouns_before(phrase: str, predicate: str) -> bool:
    """Whether every word of a short phrase is a noun when the predicate follows it ("viễn thông phối hợp";
    not "tích cực phối hợp", "tập trung tổ chức")."""
    tagged = tagging.pos_tags(f"{phrase} {predicate}")
    words = len(phrase.split())
    for word, tag in tagged:
        if words <= 0:
            return True
        if tag not in NOUN_TAGS:
            return False
        words -= len(word.split())
    return words <= 0


def _run_on(text: str, agency: Agency, end: int) -> Agency:
    """``agency`` with its name run on to ``end``."""
    name = text[agency.start:end]
    return Agency(agency.start, end, name, expand(name))


def directed(text: str, start: int, end: int) -> list[Agency]:
    """The bodies a predicate text[start:end] directs, if it opens by directing them ("chỉ đạo Bảo hiểm xã hội
    Việt Nam:"): they take the items below as well."""
    end = start + len(text[start:end].rstrip(" :"))
    return _directed(text, _tokens(text, start, end), 0, end)


def _directed(text: str, toks: list[_Tok], j: int, end: int) -> list[Agency]:
    """The bodies a heading directs to do the items below it: "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục
    Biển đảo và Thủy sản thực hiện các nội dung sau:" (its qualifier up to "có trách nhiệm" included)."""
    n = _match(toks, j, _DIRECTING)
    if not n:
        return []
    found, k = _group(text, toks, j + n)
    if not found:
        return []
    duty = _DUTY.search(text, toks[k].start if k < len(toks) else end, end)
    stop = duty.start() if duty else end
    if k < len(toks) and toks[k].start < stop and _names_on(text, toks[k].start, stop):
        found[-1] = _run_on(text, found[-1], stop)  # "các đơn vị kinh doanh hạ tầng … có trách nhiệm"
    return found


def _names_on(text: str, start: int, end: int) -> bool:
    """Whether the words of text[start:end], after a heading's names, still name the body: a few words,
    no predicate."""
    rest, toks = text[start:end], _tokens(text, start, end)
    return (len(rest.split()) <= MAX_NAME_TAIL_WORDS and not rest.rstrip().endswith(".")
            and not any(_match(toks, k, _DUTY_WORDS) or _match(toks, k, _ROLE_WORDS) for k in range(len(toks))))


def _proper(agency: Agency) -> bool:
    words = agency.name.split()
    return len(words) == 1 or any(w[:1].isupper() for w in words[1:]) or _is_abbreviation(
        _Tok(0, 0, words[0], words[0].casefold()))


def statements(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the statements of text[start:end], the spans a subject governs: unlike
    ``passages.sentences``, a stop or ";" ends one only before a capital or a line break ("…; Sở Tài chính
    …"), and an inline item does too ("… (2) Giao Bộ …")."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt] in " \f":
            nxt += 1
        if m.group().isspace() or (nxt < end and text[nxt].isupper()):
            if text[pos:m.end()].strip():
                yield from passages.bounded(text, pos, m.end())
            pos = nxt
    if text[pos:end].strip():
        yield from passages.bounded(text, pos, end)


def responsible(doc: ParsedDocument, start: int) -> str | None:
    """The agencies responsible for what is said at ``start``, joined by "; ": the subject of its sentence, else
    of its paragraph's first sentence, else the agencies named by the innermost enclosing section heading that
    names one, as a heading
    ("2. Sở Tài chính") or as its subject ("1. Giao Sở Nông nghiệp và Môi trường là cơ quan
    đầu mối, chủ trì")."""
    text = doc.text
    line_start = passages.line_start(text, start)
    sentence = passages.sentence_at(text, start, statements)
    clause = sentence and subject(text, *sentence)
    if not clause and sentence and sentence[0] > line_start:  # "X có trách nhiệm …. Định kỳ gửi báo cáo …": the
        first = passages.sentence_at(text, line_start, statements)  # paragraph's opening subject acts on
        clause = first and subject(text, *first)
    if clause:
        return joined(clause.agencies)
    if SUMMING_UP.match(text, line_start):
        return None  # "Trên đây là Kế hoạch …": the plan's close, not the last section's body
    for section in reversed(doc.section_chain(start)):
        found = heading_of_section(doc, section) or _heading_subject(doc, section)
        if found:
            return joined(found.agencies)
    return None


def joined(named: list[Agency]) -> str:
    """The names of several agencies, each once, in order: "Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh"."""
    return "; ".join(dict.fromkeys(a.name for a in named))


def heading_of_section(doc: ParsedDocument, section) -> Heading | None:
    """The agency heading a section opens with, if its heading line is one."""
    return heading(doc.text, *_heading_line(doc, section))


def _heading_subject(doc: ParsedDocument, section):
    """The subject of a section's heading line read as a sentence: "Giao Sở Y tế chủ trì"."""
    return subject(doc.text, *_heading_line(doc, section))


def _heading_line(doc: ParsedDocument, section) -> tuple[int, int]:
    """Where a section's heading line starts after its label, and where it ends."""
    text = doc.text
    line_end = text.find("\n", section.start)
    line_end = section.end if line_end == -1 else min(line_end, section.end)
    body = section.start + len(section.label)
    while body < line_end and text[body] in " .):":
        body += 1
    return body, line_end


def listed(text: str, start: int, end: int) -> Iterator[Agency]:
    """The bodies a list names, as a table cell does ("Sở Tài chính; các sở, ban, ngành liên quan"), part
    by part between ";". A part in which no name is found, or one name with no other body listed
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp"), is one body; otherwise each name runs on to
    the next list separator ("Các doanh nghiệp viễn thông") and bodies listed before the first name or
    after the last are one more each ("Sở Tài chính và cơ quan, địa phương liên quan"). The unit named
    in brackets after a body ("Bộ Công an (Trung tâm Dữ liệu quốc gia)") is not another body."""
    for part in _PARTS.finditer(text, start, end):
        yield from _listed_part(text, *part.span())


def _listed_part(text: str, start: int, end: int) -> Iterator[Agency]:
    part = _TRAILING_BRACKET.sub("", text[start:end]).strip(" ,.")
    if not part:
        return
    first = text.index(part, start)
    last = first + len(part)
    found = [a for a in find(text, first, last) if not in_brackets(text, a.start)]
    before = _LISTED_BEFORE.search(text, first, found[0].start) if found else None
    if not found or (len(found) == 1 and not before and not _ANOTHER_BODY.search(text, found[0].end, last)):
        if found and _acts_after(text, found[0], last):
            yield found[0]  # "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu": the body, then its task
        elif part[:1].isupper() and len(part.split()) <= MAX_LISTED_WORDS:
            yield _named(text, first, last)
        else:
            yield from found
        return
    if before:
        yield _named(text, first, before.start())
    for agency, following in zip(found, [a.start for a in found[1:]] + [last]):
        stop = _LIST_SEPARATOR.search(text, agency.end, following)
        name_end = stop.start() if stop else following
        yield agency if _acts_after(text, agency, name_end) else _named(text, agency.start, name_end)
        rest = _ANOTHER_BODY.match(text, stop.start(), following) if stop and following == last else None
        if rest:
            yield _named(text, rest.start("body"), last)


def _acts_after(text: str, agency: Agency, end: int) -> bool:
    """Whether a proper name ("Sở Khoa học và Công nghệ", "UBND cấp xã", not "Các cơ quan") is followed by
    what it is to do ("thúc đẩy, theo dõi …", "thực hiện …"), not by more of its name ("Ban Quản lý các khu
    công nghệ cao …", "Viện Nghiên cứu phát triển Thành phố": a capital says the name goes on)."""
    rest = text[agency.end:end].strip()
    proper = any(c.isupper() for c in agency.name[1:])
    return (proper and bool(rest) and rest == rest.lower()
            and (rest.startswith(PREDICATE_WORDS) or tagging.opens_with_verb(rest)))


def _named(text: str, start: int, end: int) -> Agency:
    """The body named by text[start:end], without the separators it ends on ("Văn phòng Chính phủ và")."""
    end = start + len(_TRAILING_SEPARATORS.sub("", text[start:end]))
    return Agency(start, end, text[start:end], expand(text[start:end]))


def in_brackets(text: str, pos: int) -> bool:
    """Whether a name at ``pos`` opens a bracket: "(Sở Nội vụ)", "Bộ Công an (Trung tâm Dữ liệu quốc gia)"
    name whose unit it is or the unit that does the work, not another body."""
    return text[max(0, pos - 3):pos].rstrip().endswith("(")
