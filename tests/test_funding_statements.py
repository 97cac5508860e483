"""Funding statements: the source a sentence without an amount names, read on its own."""
from __future__ import annotations

import pytest

from extractors import funding_statements

from parsed import parse


def _source(line: str, in_block: bool = False) -> str | None:
    doc = parse("KẾ HOẠCH\nII. NỘI DUNG\n" + line)
    start = doc.text.index(line)
    return funding_statements.source(doc, start, start + len(line), in_block)


def test_a_duty_a_request_and_a_call_name_their_source():
    assert _source("Sở Tài chính bố trí ngân sách nhà nước để thực hiện Kế hoạch này.") == "ngân sách nhà nước"
    assert _source("Đối với các công trình này thì ngân sách thành phố chịu trách nhiệm đối ứng.") == \
        "ngân sách thành phố"
    assert _source("Tổ chức huy động nguồn lực xã hội hóa để khen thưởng.") == "nguồn lực xã hội hóa"


def test_a_duty_whose_purpose_is_a_list_names_its_source():
    """Probe line: what the funds are for may be a list with commas ("kinh phí, nhân lực cho … phòng cháy, chữa cháy
    rừng từ …"); a further duty after the comma is no source ("…, hướng dẫn thanh quyết toán kinh phí từ năm …")."""
    assert _source("Ủy ban nhân dân các xã bố trí kinh phí, nhân lực cho công tác phòng cháy, chữa cháy rừng từ ngân "
                   "sách địa phương.") == "ngân sách địa phương"
    assert _source("Bố trí kinh phí cho các hoạt động tuyên truyền, tập huấn, kiểm tra, giám sát từ nguồn ngân sách "
                   "huyện.") == "nguồn ngân sách huyện"
    assert _source("Sở Tài chính bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí từ năm 2026.") is None
    assert _source("Bố trí kinh phí, kiểm tra việc tiếp nhận hỗ trợ từ các doanh nghiệp trên địa bàn.") is None
    # fifth review: a further duty after the comma owns the "từ"; a longer list of resources and purposes does not
    assert _source("Sở Tài chính bố trí kinh phí, đôn đốc thu hồi các khoản tạm ứng quá hạn từ ngân sách tỉnh.") is None
    assert _source("UBND các xã chủ động bố trí kinh phí, phương tiện, nhân lực cho công tác phòng, chống dịch bệnh gia "
                   "súc, gia cầm từ nguồn ngân sách xã.") == "nguồn ngân sách xã"
    # sixth review: activities listed without "cho" are no further duty; funds others received own their "từ"
    assert _source("UBND các xã bố trí kinh phí tổ chức tuyên truyền, kiểm tra, giám sát từ nguồn ngân sách xã.") == \
        "nguồn ngân sách xã"
    assert _source("UBND các huyện bố trí kinh phí đối ứng cho các công trình đã được hỗ trợ từ ngân sách trung "
                   "ương.") is None
    # seventh review: the duty's own funds received; a kind of funds before the further duty
    assert _source("UBND các huyện bố trí kinh phí được phân bổ từ ngân sách tỉnh để tổ chức tập huấn.") == "ngân sách tỉnh"
    assert _source("UBND các huyện chủ động bố trí kinh phí đã được phân bổ từ ngân sách tỉnh để thực hiện Kế hoạch.") == \
        "ngân sách tỉnh"  # ninth review: told as done, the duty's own funds still
    # tenth review: works funded before, named after the funds' purpose; equipment bought is no receiver
    assert _source("UBND các xã bố trí kinh phí duy tu, bảo dưỡng các công trình đã được đầu tư từ nguồn vốn Chương trình "
                   "mục tiêu quốc gia.") is None
    assert _source("Sở Y tế bố trí kinh phí để mua sắm trang thiết bị được phân bổ từ nguồn ngân sách tỉnh năm 2026.") == \
        "nguồn ngân sách tỉnh năm 2026"
    # eleventh review: the duty's own funds named with a kind; works invested in, told as done or not
    assert _source("UBND các huyện bố trí kinh phí sự nghiệp đã được phân bổ từ ngân sách tỉnh để thực hiện Kế hoạch.") == \
        "ngân sách tỉnh"
    assert _source("UBND các huyện bố trí kinh phí để duy tu các tuyến đường được đầu tư từ nguồn vốn Chương trình mục "
                   "tiêu quốc gia.") is None
    assert _source("Sở Tài chính bố trí kinh phí hoạt động, đôn đốc thu hồi các khoản tạm ứng từ ngân sách tỉnh.") is None
    # twelfth review: a purpose funded from the source is the duty's own; funds for others told as done are not
    assert _source("UBND các xã bố trí kinh phí để người dân được hỗ trợ từ nguồn ngân sách xã.") == "nguồn ngân sách xã"
    assert _source("Sở Y tế bố trí kinh phí để bảo đảm các cơ sở y tế được đầu tư từ nguồn ngân sách tỉnh.") == \
        "nguồn ngân sách tỉnh"
    assert _source("UBND các huyện bố trí kinh phí đối ứng để thực hiện các dự án được hỗ trợ từ ngân sách trung ương.") \
        is None
    assert _source("UBND các xã bố trí kinh phí cho trường đã được đầu tư từ ngân sách trung ương.") is None
    assert _source("UBND các xã bố trí kinh phí thực hiện Đề án để học sinh được hỗ trợ từ nguồn ngân sách xã.") == \
        "nguồn ngân sách xã"  # thirteenth review: a purpose after the works named
    # eighth review: works already funded own their "từ" after "để" too; an activity list after "kinh phí hoạt động,"
    assert _source("UBND các huyện bố trí kinh phí để duy tu các tuyến đường đã được đầu tư từ nguồn vốn ngân sách "
                   "tỉnh.") is None
    assert _source("Sở Tài chính bố trí kinh phí hoạt động, kiểm tra, giám sát của Ban Chỉ đạo từ ngân sách tỉnh.") == \
        "ngân sách tỉnh"


def test_a_duty_to_use_the_years_estimate_names_it():
    """Probe lines: using funds "trong dự toán năm 2026" names that estimate; drawing one up ("Xây dựng dự toán …",
    corpus 035's "xây dựng dự toán kinh phí từ ngân sách …") names none, or the budget it is drawn from."""
    assert _source("Các cơ quan, đơn vị chủ động sử dụng kinh phí được giao trong dự toán năm 2026 để thực hiện.") == \
        "dự toán năm 2026"
    assert _source("Các đơn vị chủ động sắp xếp, sử dụng kinh phí trong dự toán năm 2025 đã được giao để thực hiện.") == \
        "dự toán năm 2025 đã được giao"
    assert _source("Xây dựng dự toán năm 2026 theo quy định.", in_block=True) is None
    assert _source("Các sở, ngành xây dựng dự toán kinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao.",
                   in_block=True) == "ngân sách hằng năm được cấp có thẩm quyền giao"


def test_pooling_a_programmes_funds_names_them():
    """Probe lines: "lồng ghép nguồn vốn (của) Chương trình … với nguồn vốn …" names the funds pooled; pooling not
    yet done names none."""
    assert _source("UBND các xã lồng ghép nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới với nguồn vốn "
                   "Chương trình mục tiêu quốc gia giảm nghèo bền vững để thực hiện Kế hoạch này.") == (
        "nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới với nguồn vốn Chương trình mục tiêu quốc gia "
        "giảm nghèo bền vững")
    assert _source("Lồng ghép nguồn vốn của Chương trình mục tiêu quốc gia giảm nghèo bền vững với nguồn vốn khuyến nông "
                   "của huyện để hỗ trợ giống.") == ("nguồn vốn của Chương trình mục tiêu quốc gia giảm nghèo bền vững với "
                                                    "nguồn vốn khuyến nông của huyện")
    assert _source("Chưa lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.") is None
    assert _source("Việc lồng ghép nguồn vốn các chương trình mục tiêu quốc gia trên địa bàn còn lúng túng.") is None
    assert _source("Khó khăn trong việc lồng ghép nguồn vốn của các dự án do nhiều đầu mối quản lý.") is None
    assert _source("Công tác lồng ghép nguồn vốn các chương trình mục tiêu quốc gia trên địa bàn còn hạn chế.") is None
    assert _source("Thực hiện việc lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để xây dựng đường giao thông "
                   "nông thôn.") == "nguồn vốn các chương trình mục tiêu quốc gia"  # sixth review: a duty to pool
    # seventh review: a difficulty with more words; people in difficulty whom the funds are for
    assert _source("Việc lồng ghép nguồn vốn các chương trình mục tiêu quốc gia gặp nhiều khó khăn do văn bản hướng dẫn "
                   "chậm ban hành.") is None
    assert _source("Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để hỗ trợ các hộ nghèo còn khó khăn về nhà "
                   "ở.") == "nguồn vốn các chương trình mục tiêu quốc gia"
    # eighth review: a pooling spoken of past whom it is for; those the funds are for in difficulty
    assert _source("Việc lồng ghép nguồn vốn các chương trình mục tiêu quốc gia cho các xã còn lúng túng.") is None
    assert _source("Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia, ưu tiên các xã còn nhiều khó khăn.") == \
        "nguồn vốn các chương trình mục tiêu quốc gia"
    assert _source("Huy động nguồn lực xã hội hóa gặp nhiều khó khăn do doanh nghiệp còn ít.") is None  # a call too
    assert _source("Huy động nguồn lực xã hội hóa để hỗ trợ các hộ gặp khó khăn.") == "nguồn lực xã hội hóa"
    # ninth review: the hardship of those the funds are for, after "cho", "ưu tiên" or "hỗ trợ"
    assert _source("Ngân sách tỉnh hỗ trợ lãi suất cho các doanh nghiệp gặp khó khăn trong tiếp cận vốn vay.") == \
        "Ngân sách tỉnh"
    assert _source("Việc bố trí kinh phí từ ngân sách tỉnh bảo đảm kịp thời, ưu tiên các xã còn nhiều khó khăn.") == \
        "ngân sách tỉnh"
    # tenth review: a scene set before the statement; a hardship of the call itself, after its purpose; an assessment
    assert _source("Trong điều kiện ngân sách tỉnh còn nhiều khó khăn, các sở, ngành chủ động bố trí kinh phí từ nguồn "
                   "chi thường xuyên được giao để thực hiện.") == "nguồn chi thường xuyên được giao"
    assert _source("Huy động nguồn lực xã hội hóa cho công tác giảm nghèo gặp nhiều khó khăn.") is None
    assert _source("Việc lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để hỗ trợ phát triển sản xuất còn thấp.") \
        is None
    assert _source("Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia hiệu quả chưa cao.") is None
    # eleventh review: whom the funds are for, without "các"; a shortcoming after the scene is set
    assert _source("Bố trí ngân sách tỉnh hỗ trợ người dân vùng lũ gặp khó khăn về nhà ở.") == "ngân sách tỉnh"
    assert _source("Ưu tiên bố trí vốn ngân sách tỉnh cho xã Tân Lập còn nhiều khó khăn.") == "vốn ngân sách tỉnh"
    assert _source("Do ngân sách còn khó khăn, việc bố trí kinh phí đối ứng từ ngân sách huyện chưa kịp thời.") is None
    # twelfth review: an activity or each one's share is no group in difficulty; a group's unmet criteria are its own
    for told in ("Huy động nguồn lực xã hội hóa để hỗ trợ phát triển sản xuất còn gặp nhiều khó khăn.",
                 "Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để hỗ trợ phát triển sản xuất còn thấp.",
                 "Huy động nguồn vốn xã hội hóa để nhân rộng mô hình sản xuất còn gặp nhiều khó khăn.",
                 "Bố trí kinh phí từ ngân sách huyện cho phát triển sản xuất còn thấp.",
                 "Nguồn vốn ngân sách tỉnh hỗ trợ cho xây dựng nông thôn mới còn thấp.",
                 "Mức hỗ trợ từ ngân sách tỉnh cho mỗi xã còn thấp, chưa đáp ứng nhu cầu."):
        assert _source(told) is None, told
    assert _source("Việc bố trí vốn từ ngân sách tỉnh phải ưu tiên các xã chưa đáp ứng tiêu chí nông thôn mới.") == \
        "vốn từ ngân sách tỉnh"
    assert _source("Việc bố trí kinh phí từ ngân sách tỉnh ưu tiên cho các trường chưa đảm bảo cơ sở vật chất.") == \
        "ngân sách tỉnh"
    # thirteenth review: whom the funds are for is a noun phrase after "cho/hỗ trợ/ưu tiên", of any words; a budget's
    # owner is not; low is a group's only of what it has
    for group in ("Ưu tiên bố trí vốn ngân sách tỉnh cho đồng bào dân tộc thiểu số còn nhiều khó khăn.",
                  "Bố trí kinh phí từ ngân sách tỉnh hỗ trợ học sinh bán trú gặp khó khăn.",
                  "Bố trí ngân sách tỉnh hỗ trợ ngư dân bị thiệt hại do bão gặp khó khăn.",
                  "Ưu tiên bố trí vốn ngân sách tỉnh cho các xã vùng đồng bào dân tộc thiểu số và miền núi còn nhiều khó "
                  "khăn."):
        assert _source(group) in ("vốn ngân sách tỉnh", "ngân sách tỉnh"), group
    for told in ("Việc bố trí vốn đối ứng từ ngân sách của các huyện chưa đảm bảo theo cam kết.",
                 "Việc bố trí vốn từ ngân sách các địa phương chưa đáp ứng nhu cầu đầu tư.",
                 "Mức hỗ trợ từ ngân sách tỉnh cho các hộ nghèo còn thấp, chưa đáp ứng nhu cầu.",
                 "Kinh phí hỗ trợ từ ngân sách tỉnh cho các hộ gia đình còn thấp so với chi phí thực tế."):
        assert _source(told) is None, told
    assert _source("Bố trí ngân sách tỉnh hỗ trợ các hộ có thu nhập còn thấp.") == "ngân sách tỉnh"
    # fourteenth review: works and processes are no group; a group may name a support of its own
    for told in ("Việc bố trí vốn từ ngân sách tỉnh cho dự án đường tỉnh 279 còn gặp nhiều khó khăn trong giải ngân.",
                 "Việc bố trí kinh phí từ ngân sách tỉnh cho quá trình triển khai còn gặp nhiều khó khăn."):
        assert _source(told) is None, told
    assert _source("Kinh phí hỗ trợ từ ngân sách tỉnh cho các hộ có mức hỗ trợ còn thấp.") == "ngân sách tỉnh"
    assert _source("Ngân sách tỉnh hỗ trợ cho công trình thủy lợi nhỏ của các xã còn khó khăn.") == "Ngân sách tỉnh"
    assert _source("Bố trí kinh phí từ ngân sách tỉnh ưu tiên cho nhiệm vụ cấp bách còn thiếu vốn, hỗ trợ cho các hộ gia "
                   "đình chính sách còn nhiều khó khăn.") == "ngân sách tỉnh"  # "hộ" a noun after "các"
    # a source ends before a priority to whom, not inside a priority programme's name or "phải huy động từ …"
    assert _source("Kinh phí thực hiện Kế hoạch từ nguồn vốn sự nghiệp thuộc Chương trình ưu tiên phát triển nông "
                   "nghiệp.", in_block=True) == "nguồn vốn sự nghiệp thuộc Chương trình ưu tiên phát triển nông nghiệp"
    assert _source("Lồng ghép nguồn vốn các chương trình, dự án ưu tiên của tỉnh để thực hiện.") == \
        "nguồn vốn các chương trình, dự án ưu tiên của tỉnh"
    assert _source("Nguồn vốn phải huy động từ xã hội hóa.", in_block=True) == "Nguồn vốn phải huy động từ xã hội hóa"


def test_a_duty_to_add_funds_from_a_source_names_it():
    """Probe lines: "bổ sung kinh phí từ …" funds; revenue transferred from above ("Thu bổ sung từ …") does not."""
    assert _source("Các đơn vị báo cáo Ủy ban nhân dân huyện xem xét, bổ sung kinh phí từ nguồn dự phòng ngân sách "
                   "huyện.") == "nguồn dự phòng ngân sách huyện"
    assert _source("Thu bổ sung từ ngân sách cấp trên.") is None


@pytest.mark.parametrize("line, source", [
    ("Các địa phương được sử dụng ngân sách địa phương để hỗ trợ bồi thường, tái định cư.", "ngân sách địa phương"),
    ("Cho phép Ủy ban nhân dân tỉnh sử dụng nguồn tăng thu ngân sách tỉnh để thực hiện.",
     "nguồn tăng thu ngân sách tỉnh"),
    ("đ) Sử dụng ngân sách địa phương và các nguồn tài chính hợp pháp khác để hỗ trợ.",
     "ngân sách địa phương và các nguồn tài chính hợp pháp khác"),
    ("Tình hình sử dụng vốn ngân sách nhà nước trong thực hiện các dự án.", None),
    ("Thu hút nguồn vốn ODA; sử dụng nguồn vốn đầu tư có trọng tâm, trọng điểm.", None),
    ("Sử dụng hiệu quả nguồn vốn ngân sách nhà nước.", None),
    ("Các đơn vị quản lý công chức sử dụng từ nguồn kinh phí chi thường xuyên để hỗ trợ học phí.",
     "nguồn kinh phí chi thường xuyên"),
    ("Tăng cường kiểm tra việc sử dụng từ nguồn kinh phí chi thường xuyên.", None),
    # review probes: a ban, a condition on a class of projects, a report on use
    ("Các cơ quan, đơn vị không được sử dụng ngân sách nhà nước để tổ chức tiệc chiêu đãi.", None),
    ("Đối với các dự án được sử dụng vốn ngân sách nhà nước, chủ đầu tư công khai thông tin.", None),
    ("Các dự án được sử dụng nguồn vốn ngân sách tỉnh để bồi thường, giải phóng mặt bằng.", "nguồn vốn ngân sách tỉnh"),
    ("Dự án được sử dụng vốn ODA phải tuân thủ quy định của nhà tài trợ.", None),  # a rule on such projects
    ("Trường hợp các dự án được sử dụng nguồn vốn ngân sách tỉnh thì thực hiện theo Luật Đầu tư công.", None),
    ("Báo cáo kết quả sử dụng từ nguồn kinh phí chi thường xuyên năm 2025.", None),
    # fourth review: a use allowed under a condition, or before another duty, is the plan's
    ("Trường hợp thiếu kinh phí, các địa phương được sử dụng ngân sách địa phương để bổ sung.", "ngân sách địa phương"),
    ("Đối với các xã đặc biệt khó khăn, được sử dụng nguồn ngân sách tỉnh để hỗ trợ 100% chi phí.", "nguồn ngân sách tỉnh"),
    ("Các xã được sử dụng nguồn ngân sách xã để hỗ trợ các hộ nghèo và phải báo cáo kết quả.", "nguồn ngân sách xã"),
    # fifth review: projects with long names, and borrowers, in a rule
    ("Các công trình hạ tầng giao thông nông thôn quy mô nhỏ được sử dụng vốn ngân sách xã thì thực hiện theo cơ chế "
     "đặc thù.", None),
    ("Đối với hộ gia đình được sử dụng vốn vay ưu đãi, phải sử dụng đúng mục đích và hoàn trả đúng hạn.", None),
    ("Trường hợp các hộ chưa đủ điều kiện vay thì UBND xã được sử dụng nguồn ngân sách xã để hỗ trợ.",  # sixth review
     "nguồn ngân sách xã"),
])
def test_a_use_allowed_or_told_names_its_source(line, source):
    """Policy text: a use allowed ("được sử dụng", "cho phép … sử dụng") or opening its sentence ("Sử dụng …") funds;
    a report on use ("Tình hình sử dụng …"), a use within a clause and thrift ("Sử dụng hiệu quả …") do not."""
    assert _source(line) == source


def test_a_source_ends_before_a_further_duty_after_a_comma():
    """Policy text: "…, quy định tiêu chí …", "…, hướng dẫn …" are further duties, not more of the source; "đang …"
    says what the source is doing."""
    assert _source("Hội đồng nhân dân cấp tỉnh bố trí ngân sách địa phương, quy định tiêu chí, điều kiện hỗ trợ.") == \
        "ngân sách địa phương"
    assert _source("Kinh phí từ ngân sách nhà nước đang bố trí cho các chính sách trên địa bàn.") == "ngân sách nhà nước"
    assert _source("Sở Tài chính tham mưu bố trí kinh phí từ nguồn ngân sách tỉnh, kiểm tra việc sử dụng kinh phí.") == \
        "nguồn ngân sách tỉnh"


def test_a_line_opening_with_its_source_is_read_only_as_such():
    line = "Nguồn thu từ đất chưa tương xứng với tiềm năng."
    assert _source(line) is None  # revenue, not funding
    assert _source("Kinh phí thực hiện từ nguồn ngân sách địa phương.") == "nguồn ngân sách địa phương"


def test_a_done_duty_states_nothing():
    assert _source("Ủy ban nhân dân tỉnh đã bố trí vốn ngân sách tỉnh cho dự án.") is None


def test_a_funding_section_line_keeps_what_its_funds_are_pooled_with():
    line = "Ngân sách nhà nước thực hiện theo phân cấp, trong đó tăng cường lồng ghép với các đề án liên quan."
    assert _source(line, in_block=True) == "Ngân sách nhà nước theo phân cấp; lồng ghép với các đề án liên quan"
    assert _source(line) == "Ngân sách nhà nước theo phân cấp"  # pooling is read in a funding section only


def test_a_clause_funds_when_it_opens_with_a_funding_verb():
    text = "đồng thời huy động các nguồn vốn hợp pháp khác"
    assert not funding_statements.funds(text, 0, len(text))
    assert funding_statements.funds(text, len("đồng thời "), len(text))
    assert funding_statements.further_source(text, 0, len(text)) == "các nguồn vốn hợp pháp khác"


def test_a_duty_names_the_sources_public_finance_frees_money_from():
    """Corpus 037: "bố trí thêm từ nguồn tăng thu, tiết kiệm chi hằng năm đối với …" names that source, up to
    what it is for; so do a reserve, a salary-reform fund and a budget's surplus."""
    assert _source("Trong quá trình thực hiện, tiếp tục rà soát, cân đối, bố trí thêm từ nguồn tăng thu, tiết kiệm "
                   "chi hằng năm đối với các nội dung giải ngân tốt.") == "nguồn tăng thu, tiết kiệm chi hằng năm"
    assert _source("Trường hợp phát sinh, Sở Tài chính tham mưu bố trí từ dự phòng ngân sách tỉnh để khắc phục.") == \
        "dự phòng ngân sách tỉnh"
    assert _source("Sở Tài chính tham mưu bố trí dự phòng ngân sách tỉnh để khắc phục hậu quả thiên tai.") == \
        "dự phòng ngân sách tỉnh"
    assert _source("Ủy ban nhân dân cấp xã bố trí kinh phí từ nguồn cải cách tiền lương của ngân sách xã.") == \
        "nguồn cải cách tiền lương của ngân sách xã"
    assert _source("Các địa phương chủ động sử dụng nguồn kết dư ngân sách địa phương để thực hiện.") == \
        "nguồn kết dư ngân sách địa phương"


def test_funds_carried_over_to_a_later_period_are_a_source():
    """Corpus 037: funds left unspent in one period and carried over fund the next; a carry-over told as done
    states nothing."""
    assert _source("Thống nhất với đề xuất của Bộ Tài chính, bao gồm việc báo cáo Quốc hội cho phép chuyển nguồn kinh "
                   "phí chưa sử dụng hết của giai đoạn 2021 - 2025 sang thực hiện trong giai đoạn 2026 - 2030.") == \
        "nguồn kinh phí chưa sử dụng hết của giai đoạn 2021 - 2025"
    assert _source("Cho phép chuyển nguồn dự toán chi thường xuyên chưa phân bổ sang năm 2026 để thực hiện.") == \
        "nguồn dự toán chi thường xuyên chưa phân bổ"
    assert _source("Năm 2024 đã chuyển nguồn kinh phí còn dư sang năm 2025.") is None
    assert _source("Trường hợp không sử dụng hết, không được chuyển nguồn kinh phí sang năm sau.") is None


def test_a_duty_weighed_after_it_against_a_budget_names_that_budget():
    """Corpus 020: "… bố trí kinh phí phù hợp với khả năng ngân sách" funds from that budget; a duty refused, or a
    decision weighed so without a duty to fund, states nothing."""
    assert _source("a) Thẩm định dự toán kinh phí thực hiện nhiệm vụ Kế hoạch, tham mưu Ủy ban nhân dân tỉnh xem xét, "
                   "bố trí kinh phí phù hợp với khả năng ngân sách.") == "ngân sách"
    assert _source("Bố trí kinh phí cho các hoạt động trong khả năng cân đối của ngân sách tỉnh.") == "ngân sách tỉnh"
    assert _source("Không bố trí kinh phí phù hợp với khả năng ngân sách cho các nội dung trùng lặp.") is None
    assert _source("Mức hỗ trợ do Hội đồng nhân dân quyết định theo khả năng cân đối ngân sách.") is None
    assert _source("Các xã bố trí kinh phí chưa phù hợp với khả năng ngân sách.") is None
    # a duty by the rule that shares costs between levels names that rule, however weighed
    assert _source("Ủy ban nhân dân các xã bố trí kinh phí thực hiện theo phân cấp ngân sách hiện hành, phù hợp với "
                   "khả năng ngân sách.") == "kinh phí theo phân cấp ngân sách hiện hành"


def test_a_source_alone_is_a_statement_only_as_a_short_line_of_its_own():
    """A line that only names a source is an item of a list; a later sentence, or a long line, read whole as a
    source is a description of it."""
    assert _source("- Nguồn ngân sách nhà nước.") == "Nguồn ngân sách nhà nước"
    assert _source("- Nguồn kết dư năm trước tiếp tục tăng do giải ngân chậm hơn so với kế hoạch.") is None
    doc = parse("KẾ HOẠCH\nII. NỘI DUNG\n2. Tập trung đầu tư hạ tầng số. Ngân sách địa phương còn khó khăn, chưa đáp "
                "ứng nhu cầu.")
    start = doc.text.index("Ngân sách")
    assert funding_statements.source(doc, start, len(doc.text), False) is None


def test_a_duty_to_fund_from_a_service_budget_line_names_it():
    """A probe line: the budget's lines for public services ("nguồn sự nghiệp kinh tế", "nguồn chi sự nghiệp …")."""
    assert _source("Tham mưu UBND tỉnh bố trí kinh phí từ nguồn sự nghiệp kinh tế để thực hiện Kế hoạch.") == \
        "nguồn sự nghiệp kinh tế"
    assert _source("Bố trí kinh phí từ nguồn chi sự nghiệp giáo dục để thực hiện.") == "nguồn chi sự nghiệp giáo dục"


def test_a_call_to_seek_funds_names_them():
    """Corpus 001 and probe lines: "tranh thủ (các) nguồn viện trợ / vốn …" seeks funds of a kind; seeking support in
    general ("tranh thủ sự hỗ trợ của các đối tác", corpus 029) or a call told as done names none."""
    assert _source("7. Quan tâm hỗ trợ, ưu tiên các nguồn kinh phí; tranh thủ các nguồn viện trợ, huy động sự đóng góp "
                   "của các tổ chức xã hội, các doanh nghiệp, bảo đảm nguồn kinh phí cho công tác phòng, chống ma túy.") \
        == "các nguồn viện trợ, huy động sự đóng góp của các tổ chức xã hội, các doanh nghiệp"
    assert _source("Tranh thủ nguồn viện trợ không hoàn lại của các tổ chức quốc tế để nâng cao năng lực phòng, chống "
                   "thiên tai.") == "nguồn viện trợ không hoàn lại của các tổ chức quốc tế"
    assert _source("- Đẩy mạnh hợp tác, tranh thủ sự hỗ trợ của các đối tác, các tổ chức quốc tế để phát triển nguồn "
                   "nhân lực.") is None
    assert _source("Năm 2024, huyện đã tranh thủ nguồn vốn Trung ương để đầu tư 20 công trình.") is None
    # review probes: the source ends before a comma that goes on with something else; a name keeps its commas
    assert _source("Tranh thủ nguồn kinh phí được phân bổ, khẩn trương triển khai các hoạt động trước mùa mưa bão.") == \
        "nguồn kinh phí được phân bổ"
    assert _source("Tranh thủ tối đa nguồn vốn hỗ trợ của Bộ Văn hóa, Thể thao và Du lịch để đầu tư hạ tầng.") == \
        "nguồn vốn hỗ trợ của Bộ Văn hóa, Thể thao và Du lịch"
    # second review probes: a list or a name with a lower-case word after its comma goes on
    assert _source("Ưu tiên nguồn lực từ ngân sách tỉnh, huyện để đầu tư hạ tầng.") == "ngân sách tỉnh, huyện"
    assert _source("Tranh thủ các nguồn vốn hợp pháp, kêu gọi doanh nghiệp đầu tư.") == "các nguồn vốn hợp pháp"
    assert _source("Tranh thủ nguồn kinh phí từ Quỹ Phòng, chống thiên tai để khắc phục.") == \
        "nguồn kinh phí từ Quỹ Phòng, chống thiên tai"
    assert _source("Tranh thủ nguồn vốn hỗ trợ phát triển chính thức (ODA) để đầu tư hạ tầng.") == \
        "nguồn vốn hỗ trợ phát triển chính thức"
    # support as a kind of funds is part of the source, not its purpose; support for someone is its purpose
    assert _source("Sở Tài chính tham mưu bố trí vốn hỗ trợ các hợp tác xã theo Nghị quyết số 10/2024/NQ-HĐND.") == "vốn"
    assert _source("Tranh thủ nguồn vốn hỗ trợ từ Trung ương, các tổ chức quốc tế và vốn vay ưu đãi để đầu tư hệ thống "
                   "cấp nước.") == "nguồn vốn hỗ trợ từ Trung ương, các tổ chức quốc tế và vốn vay ưu đãi"


def test_funds_pooled_from_a_programme_name_it():
    """Corpus 050 and a probe line: "lồng ghép hỗ trợ trong / kinh phí từ <programme>" funds from that programme;
    pooling told as done, or with a programme's activities ("lồng ghép với các hội nghị"), names none."""
    assert _source("c) Về bố trí các nguồn lực đầu tư: Giao Bộ Giáo dục và Đào tạo quan tâm xem xét lồng ghép hỗ trợ "
                   "trong Chương trình mục tiêu quốc gia giai đoạn 2026 - 2035 và các đề án có liên quan theo quy định "
                   "để triển khai.") == "Chương trình mục tiêu quốc gia giai đoạn 2026 - 2035 và các đề án có liên quan"
    assert _source("Phòng Văn hóa và Thông tin huyện lồng ghép kinh phí từ Chương trình mục tiêu quốc gia xây dựng nông "
                   "thôn mới để hỗ trợ trang thiết bị.") == "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
    assert _source("Năm 2024, huyện đã lồng ghép kinh phí từ Chương trình nông thôn mới để xây 5 nhà văn hóa.") is None
    assert _source("Lồng ghép vốn trong các dự án đã được phê duyệt để tránh chồng chéo, lãng phí.") is None  # projects


def test_a_duty_to_use_a_named_fund_names_it():
    """A probe line: "chủ động sử dụng nguồn kinh phí <programme> …" names that fund; "nguồn kinh phí" alone, or
    before its purpose, names none."""
    assert _source("Trung tâm Y tế huyện chủ động sử dụng nguồn kinh phí Chương trình mục tiêu Y tế - Dân số được "
                   "phân bổ để mua test nhanh.") == "nguồn kinh phí Chương trình mục tiêu Y tế - Dân số được phân bổ"
    assert _source("Các xã chủ động bố trí nguồn kinh phí để thực hiện Kế hoạch.") is None
    assert _source("Các địa phương chủ động bố trí nguồn kinh phí tổ chức các hoạt động hưởng ứng Ngày Môi trường thế "
                   "giới.") is None  # a review probe: what the funds are for
    assert _source("Chủ động sử dụng nguồn kinh phí chương trình mục tiêu quốc gia xây dựng nông thôn mới để hỗ trợ.") \
        == "nguồn kinh phí chương trình mục tiêu quốc gia xây dựng nông thôn mới"  # second review probes
    assert _source("Bố trí nguồn kinh phí xã hội hóa để tổ chức giải.") == "nguồn kinh phí xã hội hóa"
    assert _source("- Bố trí nguồn kinh phí của địa phương để thực hiện tuyên truyền.") == \
        "nguồn kinh phí của địa phương"  # seed 002, as "kinh phí của địa phương" is


def test_a_duty_to_fund_from_regular_spending_names_it():
    """Probe lines: "từ nguồn chi thường xuyên" and "từ nguồn kinh phí chi thường xuyên" name the budget line, as
    "kinh phí chi thường xuyên" does."""
    assert _source("Các bộ, cơ quan ngang bộ chủ động bố trí kinh phí từ nguồn chi thường xuyên được giao năm 2026 "
                   "để kết nối dữ liệu.") == "nguồn chi thường xuyên được giao năm 2026"
    assert _source("Các sở chủ động bố trí kinh phí từ nguồn kinh phí chi thường xuyên được giao để thực hiện.") == \
        "nguồn kinh phí chi thường xuyên được giao"


def test_a_duty_to_fund_within_an_allocated_estimate_names_it():
    """A probe line: "trong dự toán được giao" as "trong phạm vi dự toán …" is; regular spending keeps its name."""
    assert _source("Các sở, ngành chủ động bố trí kinh phí trong dự toán được giao để triển khai thực hiện.") == \
        "dự toán được giao"
    assert _source("Sở Tài chính bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm.") == \
        "kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm"


def test_using_an_allocated_capital_plan_is_funding_from_it():
    """Corpus 046: "Sử dụng kế hoạch vốn … được giao bổ sung …" funds from that capital plan; checking its use
    does not."""
    assert _source("- Sử dụng kế hoạch vốn tín dụng đầu tư phát triển của Nhà nước được giao bổ sung năm 2025 để "
                   "cho vay khắc phục hậu quả thiên tai.") == \
        "kế hoạch vốn tín dụng đầu tư phát triển của Nhà nước được giao bổ sung năm 2025"
    assert _source("- Kiểm tra việc sử dụng kế hoạch vốn được giao.") is None



@pytest.mark.parametrize("line, source", [
    # corpus 046: a duty kept within an allocated plan names that plan
    ("Ngân hàng Chính sách xã hội thực hiện giảm lãi suất cho vay và bảo đảm trong phạm vi kế hoạch vốn cấp bù chênh "
     "lệch lãi suất được giao năm 2025.", "kế hoạch vốn cấp bù chênh lệch lãi suất được giao năm 2025"),
    ("Các đơn vị thực hiện trong phạm vi dự toán ngân sách được giao hằng năm.",
     "dự toán ngân sách được giao hằng năm"),
    ("Thực hiện trong phạm vi ngân sách được giao và không làm tăng biên chế.", "ngân sách được giao"),
    ("Các đơn vị thực hiện trong phạm vi dự toán ngân sách năm 2025 được giao tại Quyết định số 1.234/QĐ-UBND.",
     "dự toán ngân sách năm 2025 được giao"),
    ("Các đơn vị thực hiện trong phạm vi dự toán ngân sách được giao cho Sở Y tế chủ trì.",
     "dự toán ngân sách được giao"),
    ("Các đơn vị thực hiện trong phạm vi dự toán được Hội đồng nhân dân tỉnh giao.",
     "dự toán được Hội đồng nhân dân tỉnh giao"),
    ("Không làm tăng biên chế, bảo đảm trong phạm vi dự toán ngân sách hằng năm.", "dự toán ngân sách hằng năm"),
    ("Sở Tài chính bố trí kinh phí từ dự toán ngân sách tỉnh hằng năm để thực hiện.",
     "dự toán ngân sách tỉnh hằng năm"),
    # corpus 029 and 036: priority to resources from a named source, or the state's, names it
    ("- Ưu tiên nguồn lực từ nguồn kinh phí bảo vệ môi trường để triển khai Kế hoạch hành động.",
     "nguồn kinh phí bảo vệ môi trường"),
    ("Ưu tiên tập trung nguồn lực nhà nước đầu tư phát triển, nâng cấp, bảo trì các thiết chế.", "nguồn lực nhà nước"),
    ("Ủy ban nhân dân các xã ưu tiên nguồn lực từ ngân sách xã cho các thôn khó khăn.", "ngân sách xã"),
    ("Ưu tiên nguồn lực từ Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 hỗ trợ các xã "
     "nghèo.", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
    ("Đối với các xã chưa đạt chuẩn, ưu tiên nguồn lực từ ngân sách tỉnh để hỗ trợ.", "ngân sách tỉnh"),
    ("Ưu tiên nguồn lực từ đầu tư công để phát triển hạ tầng.", "đầu tư công"),  # "đầu tư" is no time
    # corpus 046: savings on spending that free resources fund from them
    ("- Triệt để tiết kiệm chi thường xuyên để dành nguồn lực bảo đảm cho an sinh xã hội.",
     "tiết kiệm chi thường xuyên"),
    ("Các địa phương tiết kiệm chi ngân sách để tạo nguồn thực hiện chính sách tiền lương.", "tiết kiệm chi ngân sách"),
    ("Cắt giảm các khoản chi không cần thiết, tiết kiệm chi thường xuyên để dành nguồn lực cho đầu tư.",
     "tiết kiệm chi thường xuyên"),  # an earlier clause's "không" tells nothing of the saving
    ("Trên cơ sở kết quả đã đạt được, ưu tiên nguồn lực từ ngân sách tỉnh để hỗ trợ các xã.",
     "ngân sách tỉnh"),  # an earlier clause's "đã" tells nothing of the priority
    ("Các địa phương thực hiện trong phạm vi kế hoạch vốn của Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
     "kế hoạch vốn của Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
    ("Các đơn vị thực hiện trong phạm vi dự toán ngân sách hằng năm của các cơ quan, đơn vị.",
     "dự toán ngân sách hằng năm"),
    # a capital plan named with a generic word gives way to the budget named after it
    ("Bố trí kế hoạch vốn, phân bổ ngân sách địa phương cho dự án.", "ngân sách địa phương"),
])
def test_plans_priorities_and_savings_name_their_source(line, source):
    assert _source(line) == source


@pytest.mark.parametrize("line", [
    "Các đơn vị đã thực hiện trong phạm vi dự toán ngân sách được giao.",  # done
    "Trường hợp nhiệm vụ không thực hiện trong phạm vi dự toán được giao, đơn vị báo cáo Sở Tài chính.",  # not kept
    "Kiểm toán nhà nước thực hiện trong phạm vi ngân sách nhà nước.",  # a scope, no plan allocated
    "Ưu tiên nguồn lực từ nay đến năm 2030 cho các xã khó khăn.",  # a time, no source
    "Ưu tiên nguồn lực từ năm 2026 để đầu tư hạ tầng.",
    "b) Ưu tiên nguồn lực để đẩy mạnh các mô hình khai thác tài nguyên hiệu quả.",  # no source named
    "Quan tâm ưu tiên nguồn lực đầu tư, hỗ trợ kinh phí cho công tác phòng, chống ma túy.",
    "Năm 2024, tỉnh chưa ưu tiên nguồn lực từ ngân sách tỉnh cho lĩnh vực này.",  # not yet given
    "Thực hiện trong phạm vi kinh phí tự chủ, không đề nghị bổ sung ngoài dự toán được giao.",  # no plan allocated
    "Thực hiện trong phạm vi kinh phí, biên chế được giao.",
    "Ưu tiên nguồn lực từ đầu giai đoạn 2026 - 2030 cho các xã nghèo.",  # a time
    "Ứng dụng công nghệ để tiết kiệm chi phí, hạ giá thành sản phẩm.",  # savings on costs, no source
    "Năm 2024, các bộ đã tiết kiệm chi thường xuyên để dành nguồn lực cho đầu tư.",  # done
])
def test_plans_priorities_and_savings_done_or_unnamed_state_nothing(line):
    assert _source(line) is None
