"""Agency names: finding them, expanding abbreviations, headings, subjects, the responsible agency."""
from __future__ import annotations

import pytest

from extractors import agencies, agency_groups

from conftest import RAW
from parsed import parse, parse_file

# (sentence from a plan, the agency names find() must return, in order)
NAMES = [
    ("Sở Thông tin và Truyền thông chủ trì, phối hợp với UBND các huyện, thành phố để triển khai",
     ["Sở Thông tin và Truyền thông", "UBND các huyện, thành phố"]),
    ("NHCSXH và Trung tâm văn hóa và truyền thông huyện thực hiện tuyên truyền:",
     ["NHCSXH", "Trung tâm văn hóa và truyền thông huyện"]),
    ("Các tổ chức CTXH nhận ủy thác, UBND xã, thị trấn thường xuyên phối hợp với các cơ quan",
     ["Các tổ chức CTXH nhận ủy thác", "UBND xã, thị trấn", "các cơ quan"]),
    ("Công chức VH-XH phụ trách lĩnh vực Lao động Thương binh và xã hội.",
     ["Công chức VH-XH phụ trách lĩnh vực Lao động Thương binh và xã hội"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "các Đoàn thể"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    # probe lines: a ministry's departments; one office serving a commune's council and committee
    ("Vụ Kế hoạch - Tài chính, Tổng cục Thống kê phối hợp với Văn phòng HĐND và UBND xã",
     ["Vụ Kế hoạch - Tài chính", "Tổng cục Thống kê", "Văn phòng HĐND và UBND xã"]),
    ("Vụ Đông Xuân: chỉ đạo gieo cấy tập trung, đúng khung lịch thời vụ.", []),  # a crop season
    ("Vụ Bảo trợ xã hội chủ trì hướng dẫn tuyển dụng.", ["Vụ Bảo trợ xã hội"]),
    # corpus 007, 044: one office serves both bodies
    ("Văn phòng Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh tăng cường",
     ["Văn phòng Tỉnh ủy", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"]),
    # corpus 047: after a collective that names more than its kind, a body of another kind is another body;
    # bare kinds listed together are one body
    ("Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm thực hiện",
     ["Các cơ quan quản lý nhà nước", "tổ chức, cá nhân liên quan"]),
    ("Các cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm thực hiện",
     ["Các cơ quan, tổ chức, cá nhân có liên quan"]),
    # corpus 025
    ("Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh theo chức năng tăng cường tuyên truyền",
     ["Sở Văn hóa, Thể thao và Du lịch", "Cổng Thông tin điện tử tỉnh"]),
    ("Các doanh nghiệp viễn thông, doanh nghiệp bưu chính đảm bảo hạ tầng",  # corpus 032
     ["Các doanh nghiệp viễn thông, doanh nghiệp bưu chính"]),
    ("Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du "
     "lịch Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm",  # corpus 036: a ministry's titles
     ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Kế hoạch, Tài chính",
      "Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam", "Thủ trưởng các cơ quan liên quan"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ",  # corpus 011
     ["Ủy ban Mặt trận Tổ quốc tỉnh", "các tổ chức chính trị-xã hội"]),
    ("Các sở, ngành, đoàn thể của tỉnh", ["Các sở, ngành, đoàn thể của tỉnh"]),
    ("Mỗi năm Hội đoàn thể cấp tỉnh, cấp huyện thực hiện ít nhất 6 bản tin/hội/năm",
     ["Hội đoàn thể cấp tỉnh, cấp huyện"]),
    ("Phối hợp với Trung tâm Chuyển đổi số Thành phố và các cơ quan, đơn vị liên quan",
     ["Trung tâm Chuyển đổi số Thành phố", "các cơ quan, đơn vị liên quan"]),
    ("Ban Chỉ huy Bộ đội Biên phòng thành phố", ["Ban Chỉ huy Bộ đội Biên phòng thành phố"]),
    ("Báo cáo kết quả; Phòng, chống ma túy; Hội nghị tổng kết; ban hành văn bản", []),
    ("Các thành viên Ban chỉ đạo", ["Các thành viên Ban chỉ đạo"]),
    ("Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị",
     ["Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ", "các đơn vị"]),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì thực hiện", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    # corpus 051: a title over kinds of body heads each of them; corpus 030: not over a body it does not name
    ("Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực "
     "thuộc Ủy ban nhân dân Thành phố; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức thực hiện.",
     ["người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy "
      "ban nhân dân Thành phố", "Chủ tịch Ủy ban nhân dân các xã, phường"]),
    ("Thủ trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã, đặc khu, các tổ chức, hội, đoàn thể "
     "và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Thủ trưởng các sở, ban, ngành Thành phố", "Ủy ban nhân dân các phường, xã, đặc khu",
      "các tổ chức, hội, đoàn thể và cá nhân có liên quan"]),
    # corpus 038: "Cơ quan" before a body's name is part of it; corpus 045, 043: before anything else it names none
    ("Cơ quan Bảo hiểm xã hội thành phố Huế tổng hợp danh sách, kinh phí đề nghị ngân sách thành phố hỗ trợ",
     ["Cơ quan Bảo hiểm xã hội thành phố Huế"]),
    ("Cơ quan nhà nước quản lý, chỉ đạo, điều hành thông minh", []),
    ("- Cơ quan Thành phố thực hiện và quản lý", []),
    # a station: a probe line
    ("Trạm Y tế các xã báo cáo nhanh tình hình dịch bệnh hằng ngày; Trạm Khuyến nông huyện phối hợp.",
     ["Trạm Y tế các xã", "Trạm Khuyến nông huyện"]),
    ("Trạm cấp nước sinh hoạt xã An Phú được nâng cấp; duy tu Trạm khí tượng thủy văn An Phú.", []),
    ("Trạm Bảo vệ thực vật huyện theo dõi sâu bệnh; Trạm Cảnh sát giao thông Hòa Phước tuần tra.",
     ["Trạm Bảo vệ thực vật huyện", "Trạm Cảnh sát giao thông Hòa Phước"]),
]


@pytest.mark.parametrize("sentence, names", NAMES)
def test_find_names(sentence, names):
    found = agencies.find(sentence)
    assert [a.name for a in found] == names
    assert all(sentence[a.start:a.end] == a.name for a in found)


def test_find_within_a_range_reports_absolute_offsets():
    text = "Căn cứ đề nghị của Sở Tư pháp. Sở Y tế chủ trì."
    found = agencies.find(text, 31)
    assert [(a.name, a.start) for a in found] == [("Sở Y tế", 31)]


@pytest.mark.parametrize("name, full", [
    ("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"),
    ("NHCSXH huyện", "Ngân hàng Chính sách xã hội huyện"),
    ("Phòng LĐTB&XH", "Phòng Lao động - Thương binh và Xã hội"),
    ("Các tổ chức CT-XH nhận ủy thác", "Các tổ chức chính trị - xã hội nhận ủy thác"),
    ("Ngân hàng Chính sách xã hội (NHCSXH) huyện", "Ngân hàng Chính sách xã hội huyện"),
    ("các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị liên quan"),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
    # an abbreviated place unit, its full stop and the name after it
    ("Sở Tài chính TP.HCM", "Sở Tài chính thành phố Hồ Chí Minh"),
    ("UBND TP.Huế", "Ủy ban nhân dân thành phố Huế"),
    ("UBND Tp. Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("UBND TX.Sơn Tây", "Ủy ban nhân dân thị xã Sơn Tây"),
    # the departments as merged in 2025, other spellings, health centres, the justice department's "TP"
    ("Sở NNMT", "Sở Nông nghiệp và Môi trường"), ("Sở DT&TG", "Sở Dân tộc và Tôn giáo"),
    ("Sở VH&TT", "Sở Văn hóa và Thể thao"), ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"), ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("TTYT huyện", "Trung tâm Y tế huyện"),
    ("Trung tâm KSBT tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"), ("BQL các KCN", "Ban Quản lý các khu công nghiệp"),
    ("Sở TP", "Sở Tư pháp"), ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
    # "BCH" is an executive committee unless it commands the military
    ("BCH Công đoàn tỉnh", "Ban Chấp hành Công đoàn tỉnh"), ("BCH Quân sự tỉnh", "Ban Chỉ huy Quân sự tỉnh"),
    ("Ban CHQS huyện", "Ban Chỉ huy Quân sự huyện"),
])
def test_expand(name, full):
    assert agencies.expand(name) == full


@pytest.mark.parametrize("line, names, lead_in, has_body", [
    ("Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"], "", False),
    ("Đề nghị UBND các huyện, thành phố", ["UBND các huyện, thành phố"], "", False),
    ("NHCSXH và Trung tâm văn hóa và truyền thông huyện thực hiện tuyên truyền:",
     ["NHCSXH", "Trung tâm văn hóa và truyền thông huyện"], "thực hiện tuyên truyền", False),
    ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", ["Giám đốc Sở", "Thủ trưởng cơ quan, ban, ngành"], "", False),
    ("Sở Tài chính: Tham mưu nguồn kinh phí", ["Sở Tài chính"], "", True),
    ("Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan, địa phương liên quan:", ["Bộ Tài chính"],
     "chủ trì, phối hợp với các bộ, cơ quan, địa phương liên quan", False),
    ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", ["Sở Tài chính"], "", False),
    ("Các doanh nghiệp viễn thông", ["Các doanh nghiệp viễn thông"], "", False),
    ("Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan:",  # corpus 015
     ["Các doanh nghiệp viễn thông", "tổ chức, cá nhân có liên quan"], "", False),
    ("Các đơn vị cấp nước sạch trên địa bàn thành phố:", ["Các đơn vị cấp nước sạch trên địa bàn thành phố"], "",
     False),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"], "",
     False),
    ("Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh",
     ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"], "", False),
    # corpus 016: a union of associations
    ("Liên hiệp các Hội Khoa học và Kỹ thuật", ["Liên hiệp các Hội Khoa học và Kỹ thuật"], "", False),
    ("Các tổ chức, cá nhân khai thác sử dụng tài nguyên nước dưới đất trên địa bàn có trách nhiệm",
     ["Các tổ chức, cá nhân khai thác sử dụng tài nguyên nước dưới đất trên địa bàn"], "có trách nhiệm", False),
    ("Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh",
     ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh"], "", False),
    # corpus 018, 048, 031: investors, forest owners, schools; a closing bracket lists the members
    ("Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp",
     ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"], "", False),
    ("Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)",
     ["Các chủ rừng là tổ chức"], "", False),
    # corpus 017: a long qualifier of the sectors the body works in
    ("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên "
     "địa bàn Tỉnh", ["Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công "
                     "nghệ thông tin trên địa bàn Tỉnh"], "", False),
    ("Các cơ sở đào tạo đại học, sau đại học", ["Các cơ sở đào tạo đại học, sau đại học"], "", False),
    # corpus 028, 006: a qualified body, its task after the colon
    ("Các cơ sở nuôi trồng thủy sản: Theo dõi, giám sát môi trường tại cơ sở nuôi trồng thủy sản",
     ["Các cơ sở nuôi trồng thủy sản"], "", True),
    ("Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng Kế hoạch và đẩy mạnh công tác tuyên truyền",
     ["Các cơ quan thông tin, truyền thông của tỉnh"], "", True),
])
def test_heading(line, names, lead_in, has_body):
    found = agencies.heading(line, 0, len(line))
    assert [a.name for a in found.agencies] == names
    assert found.lead_in == lead_in
    assert (found.body is not None) == has_body


@pytest.mark.parametrize("line", [
    "ỦY BAN NHÂN DÂN XÃ…..",  # corpus 042: a blank form
    "Các cơ sở dữ liệu chuyên ngành du lịch gồm có: Dữ liệu tài nguyên",
    "NHCSXH huyện chủ động phối hợp với các cơ quan báo, đài phát thanh truyền hình địa phương",
    "Công khai tại Điểm giao dịch xã:",
    "Các tổ chức CTXH nhận ủy thác, UBND xã, thị trấn thường xuyên phối hợp với các cơ quan: NHCSXH huyện",
])
def test_not_a_heading(line):
    assert agencies.heading(line, 0, len(line)) is None


@pytest.mark.parametrize("sentence, names, predicate", [
    ("Giám đốc NHCSXH huyện xây dựng kế hoạch thực hiện thông tin tuyên truyền",
     ["Giám đốc NHCSXH huyện"], "xây dựng"),
    ("Định kỳ hàng tháng chậm nhất ngày 19 của tháng, Trung tâm văn hóa thể thao và truyền thông huyện, "
     "Các tổ chức CT-XH nhận ủy thác báo cáo kết quả",
     ["Trung tâm văn hóa thể thao và truyền thông huyện", "Các tổ chức CT-XH nhận ủy thác"], "báo cáo"),
    ("Giao Công an thành phố có trách nhiệm theo dõi, hướng dẫn, đôn đốc", ["Công an thành phố"], "có trách"),
    ("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công",
     ["Các cơ quan, đơn vị được giao chủ trì"], "có trách"),
    ("Các sở, ban, ngành liên quan theo chức năng nhiệm vụ được giao phối hợp với các địa phương",
     ["Các sở, ban, ngành liên quan"], "phối hợp"),
    # the supervision clause of every Nghị quyết of a People's Council
    ("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu và các đại biểu Hội đồng "
     "nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân", "Tổ đại biểu",
      "các đại biểu Hội đồng nhân dân thành phố"], "giám sát"),
    ("Trường hợp có khiếu nại, trong thời hạn 07 ngày làm việc, Chủ tịch Ủy ban nhân dân xã/phường tổ chức "
     "xem xét, kết luận", ["Chủ tịch Ủy ban nhân dân xã/phường"], "tổ chức"),
    ("Về việc điều chỉnh Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ: Giao Bộ Giáo "
     "dục và Đào tạo tiếp tục nghiên cứu tham mưu Chính phủ", ["Bộ Giáo dục và Đào tạo"], "tiếp tục"),
    ("Các Bộ, cơ quan: Tài chính, Xây dựng, Văn hóa, Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam theo "
     "chức năng, nhiệm vụ được giao khẩn trương rà soát",
     ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Tập đoàn Điện lực Việt Nam"], "khẩn"),
    ("Giám đốc các Sở: Nội vụ, Tư pháp; Chủ tịch Ủy ban nhân dân các quận chịu trách nhiệm thi hành",
     ["Giám đốc Sở Nội vụ", "Giám đốc Sở Tư pháp", "Chủ tịch Ủy ban nhân dân các quận"], "chịu"),
    ("Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình cấp có thẩm "
     "quyền bố trí kinh phí", ["Sở Tài chính"], "chủ trì"),
    ("Căn cứ nội dung Kế hoạch, các sở, ngành và Ủy ban nhân dân các xã, phường được phân công chủ trì thực hiện "
     "nhiệm vụ có trách nhiệm xây dựng kế hoạch", ["các sở, ngành", "Ủy ban nhân dân các xã, phường"], "có trách"),
    ("Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính", ["Tỉnh"], "tổng hợp"),
    ("Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành", ["Tỉnh"], "căn cứ"),
    ("Các ngân hàng thương mại tham gia phối hợp với Sở Y tế, địa phương tuyên truyền",  # corpus 013
     ["Các ngân hàng thương mại"], "tham gia"),
    # corpus 013: an item's topic before its colon, then an adverbial clause
    ("Thực hiện chi trả cho người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội: Sau khi thực hiện mở tài khoản, "
     "Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả dịch vụ",
     ["Ủy ban nhân dân xã, phường"], "phối hợp"),
    ("Tòa án nhân dân tỉnh, Thuế tỉnh, Kho bạc nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8 tăng cường",
     ["Tòa án nhân dân tỉnh", "Thuế tỉnh", "Kho bạc nhà nước khu vực XI", "Ngân hàng nhà nước khu vực 8"], "tăng"),
    # corpus 015, 032: nouns naming the kind of business belong to the collective
    ("Các doanh nghiệp viễn thông phối hợp phát triển hạ tầng số", ["Các doanh nghiệp viễn thông"], "phối hợp"),
    ("Các doanh nghiệp công nghệ số chủ động tích cực tham gia", ["Các doanh nghiệp công nghệ số"], "chủ động"),
    ("Các đơn vị liên quan tích cực phối hợp, tạo điều kiện", ["Các đơn vị liên quan"], "tích cực"),
    # corpus 046: the provinces as bodies in a Government resolution
    ("Các tỉnh, thành phố trực thuộc trung ương chủ động rà soát thiệt hại",
     ["Các tỉnh, thành phố trực thuộc trung ương"], "chủ động"),
    # corpus 046: the bodies a subject asks do the work; their mandate is no predicate
    ("Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Hội Chữ thập đỏ Việt Nam, theo "
     "nhiệm vụ, quyền hạn của mình chủ động thúc đẩy hợp tác quốc tế",
     ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hội Chữ thập đỏ Việt Nam"], "chủ động"),
    ("Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì tổ chức thực hiện", ["Sở Y tế"], "chủ trì"),
    # corpus 046: one body per place its head is listed with
    ("Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh chủ động hỗ trợ",
     ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Quảng Ninh"],
     "chủ động"),
    ("Ủy ban nhân dân đặc khu Phú Quốc và thị trấn Dương Đông chủ động hỗ trợ",  # units of 2025 and before
     ["Ủy ban nhân dân đặc khu Phú Quốc", "Ủy ban nhân dân thị trấn Dương Đông"], "chủ động"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức thực hiện",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "tổ chức"),
    # corpus 042: a comma before the duty of a list
    ("Chánh Văn phòng Ủy ban nhân dân thành phố; Thủ trưởng các đơn vị liên quan, chịu trách nhiệm thi hành Quyết "
     "định này", ["Chánh Văn phòng Ủy ban nhân dân thành phố", "Thủ trưởng các đơn vị liên quan"], "chịu"),
    # corpus 042, 051: a body qualified before the next semicolon keeps its qualifier; "Giám đốc các Sở: …" is
    # one body per department
    ("Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch Ủy ban nhân dân các "
     "xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi; Thủ trưởng các đơn vị liên quan tổ chức triển khai",
     ["Chánh Văn phòng Ủy ban nhân dân thành phố", "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính",
      "Chủ tịch Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi",
      "Thủ trưởng các đơn vị liên quan"], "tổ chức"),
    # corpus 030: a role as complement
    ("Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án",
     ["Sở Nông nghiệp và Môi trường"], "là cơ quan đầu mối"),
    # corpus 038, 019: a body named inside the adverbial clauses before the subject is not it
    ("Trên cơ sở Quyết định phê duyệt danh sách hỗ trợ của Ủy ban nhân dân xã/phường, trong 05 ngày làm việc, "
     "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính", ["Sở Khoa học và Công nghệ"], "chủ trì"),
    ("Trên cơ sở văn bản đề xuất kinh phí của các Sở, ban, ngành chuyên môn, Sở Tài chính phối hợp với các đơn vị "
     "liên quan thẩm định", ["Sở Tài chính"], "phối hợp"),
    ("Căn cứ hướng dẫn của Bộ Tài chính, Sở Giáo dục và Đào tạo chủ trì xây dựng kế hoạch",
     ["Sở Giáo dục và Đào tạo"], "chủ trì"),
    ("Trên cơ sở báo cáo của Ủy ban nhân dân các xã, Sở Tài chính và Sở Nội vụ chủ trì tổng hợp",
     ["Sở Tài chính", "Sở Nội vụ"], "chủ trì"),
    # corpus 004: vertically managed bodies located in the province are one kind of body
    ("Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn, Ủy ban nhân dân xã, phường xây "
     "dựng kế hoạch", ["Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn",
                       "Ủy ban nhân dân xã, phường"], "xây dựng"),
    # corpus 008, 014: a predicate that opens with a function word ("theo dõi")
    ("Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này",
     ["Sở Tư pháp"], "theo dõi"),
    # the duties a body acts by, with or without what bounds them, stand between it and its predicate
    ("Sở Tài chính theo chức năng, nhiệm vụ hướng dẫn các địa phương thực hiện", ["Sở Tài chính"], "hướng dẫn"),
    ("Các sở, ban, ngành theo chức năng, nhiệm vụ và quyền hạn triển khai thực hiện", ["Các sở, ban, ngành"],
     "triển khai"),
    ("Sở Y tế theo chức năng, nhiệm vụ được pháp luật quy định, tổ chức kiểm tra", ["Sở Y tế"], "tổ chức"),
    # the border guard's command is one body; "Thanh tra" names a body only with what it inspects for
    ("Đề nghị Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp thực hiện",
     ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], "phối hợp"),
    ("Thanh tra tỉnh chủ trì thanh tra", ["Thanh tra tỉnh"], "chủ trì"),
    ("Sở Nội vụ, Thanh tra và Công an tỉnh phối hợp thực hiện", ["Sở Nội vụ", "Thanh tra", "Công an tỉnh"], "phối hợp"),
    # in a list by field, a field with a place after it is a body of its own ("Công an tỉnh", not "Sở Công an")
    ("Thủ trưởng các sở, ban, ngành: Tài chính, Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chịu trách nhiệm",
     ["Thủ trưởng Sở Tài chính", "Thủ trưởng Sở Y tế", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], "chịu"),
    # bodies known by their abbreviation alone
    ("Sở Y tế, TTYT các huyện và BQL các KCN tỉnh phối hợp kiểm tra",
     ["Sở Y tế", "TTYT các huyện", "BQL các KCN tỉnh"], "phối hợp"),
    ("LĐLĐ tỉnh, HLHPN tỉnh và HCCB tỉnh tuyên truyền", ["LĐLĐ tỉnh", "HLHPN tỉnh", "HCCB tỉnh"], "tuyên truyền"),
    # the press as a kind of body: "thông tấn, báo chí", "báo, đài"
    ("Đài Phát thanh và Truyền hình tỉnh, Báo Đồng Nai và các cơ quan thông tấn, báo chí tăng cường tuyên truyền",
     ["Đài Phát thanh và Truyền hình tỉnh", "Báo Đồng Nai", "các cơ quan thông tấn, báo chí"], "tăng cường"),
    ("Các cơ quan báo, đài trên địa bàn tỉnh tăng cường thông tin", ["Các cơ quan báo, đài trên địa bàn tỉnh"],
     "tăng cường"),
])
def test_subject(sentence, names, predicate):
    clause = agencies.subject(sentence, 0, len(sentence))
    assert [a.name for a in clause.agencies] == names
    assert sentence[clause.predicate:].startswith(predicate)


@pytest.mark.parametrize("sentence", [
    "Tỉnh đã tích cực triển khai vận hành chính quyền 2 cấp thông suốt",
    "Tỉnh ủy chỉ đạo các cấp ủy đảng",
    "Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố triển khai",
    "Tiếp tục chỉ đạo phòng chuyên môn, các cơ quan có liên quan rà soát",
    "Trong đó, Chủ tịch Ủy ban nhân dân Thành phố đã chỉ đạo các cơ quan, đơn vị khẩn trương hoàn thành",
    "Khẳng định NHCSXH là công cụ quan trọng trong sự nghiệp giảm nghèo",
    # corpus 001: after the adverbial the sentence's own predicate comes first; a body listed after it is an object
    "Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền và "
    "phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí",
])
def test_no_subject(sentence):
    assert agencies.subject(sentence, 0, len(sentence)) is None


def test_responsible_from_sentence_then_heading():
    doc = parse_file(RAW / "004_c8fbb64b08e8f959.txt")
    text = doc.text
    bullet = text.index("Là đầu mối phối hợp với Sở Thông tin")
    assert agencies.responsible(doc, bullet) == "Phòng Văn hóa và Thông tin các huyện, thành phố"
    closing = text.index("phối hợp tổ chức thực hiện./.")  # "Sở … đề nghị UBND các huyện, thành phố, … phối hợp …"
    assert agencies.responsible(doc, closing) == ("UBND các huyện, thành phố; "
                                                  "Phòng Văn hóa và Thông tin các huyện, thành phố")
    purpose = text.index("Nâng cao năng lực về chuyên môn")
    assert agencies.responsible(doc, purpose) is None


def test_responsible_from_a_heading_that_gives_the_work():
    """Corpus 030: "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì" over its bullets."""
    doc = parse("KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì\n"
                "- Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch; định kỳ hằng năm báo cáo kết quả.")
    bullet = doc.text.index("Điều phối chung")
    assert agencies.responsible(doc, bullet) == "Sở Nông nghiệp và Môi trường"


def test_the_plans_closing_paragraph_is_not_the_last_sections():
    """Corpus 017: "Trên đây là Kế hoạch …" after the last heading ("7. Các doanh nghiệp …") closes the plan."""
    doc = parse("KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng\n"
                "- Chủ động phối hợp triển khai các giải pháp.\nTrên đây là Kế hoạch chuyển đổi số; định kỳ hằng "
                "năm báo cáo kết quả.")
    closing = doc.text.index("Trên đây")
    assert agencies.responsible(doc, closing) is None
    bullet = doc.text.index("Chủ động")
    assert agencies.responsible(doc, bullet) == "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng"


@pytest.mark.parametrize("cell, bodies", [
    # table cells of corpus plans
    ("Bộ CHQS tỉnh; UBND cấp xã", ["Bộ CHQS tỉnh", "UBND cấp xã"]),
    ("Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông",
     ["Sở Khoa học và Công nghệ", "Sở Công Thương", "Các doanh nghiệp viễn thông"]),
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]),
    ("Sở Tài chính và cơ quan, địa phương liên quan", ["Sở Tài chính", "cơ quan, địa phương liên quan"]),
    ("Văn phòng Chính phủ và các bộ, ngành, địa phương khác có liên quan",
     ["Văn phòng Chính phủ", "các bộ, ngành, địa phương khác có liên quan"]),
    ("Cơ quan, địa phương liên quan", ["Cơ quan, địa phương liên quan"]),
    ("Bộ Công an (Trung tâm Dữ liệu quốc gia)", ["Bộ Công an"]),
    ("Viện, Trường; Sở, ban, ngành có liên quan", ["Viện, Trường", "Sở, ban, ngành có liên quan"]),
    # corpus 015: two bodies without a separator; corpus 036: one body under two names
    ("Sở Khoa học và Công nghệ Sở Công Thương", ["Sở Khoa học và Công nghệ", "Sở Công Thương"]),
    ("Sở Tài chính Các sở, ngành, UBND xã, phường, đặc khu",  # corpus 019
     ["Sở Tài chính", "Các sở, ngành", "UBND xã, phường, đặc khu"]),
    ("Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao", ["Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao"]),
    ("Bộ trưởng Bộ Công an", ["Bộ trưởng Bộ Công an"]),
    # corpus 031: a body, then what it is to do; a name that goes on after a verb (corpus 019) or whose kind
    # a clause describes (corpus 032) is one body
    ("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu", ["Sở Khoa học và Công nghệ"]),
    ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm",
     ["Sở KH&CN", "Các sở, ngành", "UBND cấp xã"]),
    ("Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố",
     ["Sở Khoa học và Công nghệ", "Viện Nghiên cứu phát triển Thành phố"]),
    ("Các cơ quan quản lý các lĩnh vực trọng điểm", ["Các cơ quan quản lý các lĩnh vực trọng điểm"]),
])
def test_bodies_listed_in_a_table_cell(cell, bodies):
    assert [a.name for a in agencies.listed(cell, 0, len(cell))] == bodies


# names as corpus plans write them (expanded), and the group each is counted in across plans
@pytest.mark.parametrize("full, group", [
    ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân xã, phường, đặc khu", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân các phường xã", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân xã/phường", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ", "Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân các phường, xã có liên quan", "Ủy ban nhân dân cấp xã"),
    ("Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu", "Chủ tịch Ủy ban nhân dân cấp xã"),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân cấp huyện"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Ủy ban nhân dân cấp tỉnh"),
    ("Sở, ban, ngành có liên quan", "Các sở, ban, ngành"),
    ("Các Sở, ban, ngành", "Các sở, ban, ngành"),
    ("Các bộ, ngành, địa phương khác có liên quan", "Các bộ, ngành, địa phương"),
    ("Các cơ quan, đơn vị cấp tỉnh có liên quan đến công tác bầu cử", "Các cơ quan, đơn vị cấp tỉnh"),
    ("Mặt trận Tổ quốc tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Công an Thành phố", "Công an thành phố"),
    # one body each: kept as they are
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
    ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Liên minh Hợp tác xã tỉnh", "Liên minh Hợp tác xã tỉnh"),
    ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("Sở Tài chính", "Sở Tài chính"),
    ("Các tỉnh, thành phố", "Các tỉnh, thành phố"),
    ("Các doanh nghiệp viễn thông", "Các doanh nghiệp viễn thông"),
])
def test_agency_group(full, group):
    assert agency_groups.group(full) == group

