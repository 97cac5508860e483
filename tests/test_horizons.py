"""Target horizons: the year a target is to be met, read from sentences and headings of the corpus."""
from __future__ import annotations

import pytest

from extractors import targets

from documents import snippet
from parsed import parse

# (sentence, [(target text, year)])
SENTENCES = [
    # a clause opened by its horizon (corpus 029, 020)
    ("- Đến năm 2030, 100% các khu vực bảo vệ nguồn lợi thủy sản được xác định và quản lý hiệu quả.",
     [("100%", 2030)]),
    ("b) Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.", [("≥ 60%", 2030)]),
    # aimed at, or before the verb of the quantity (corpus 033, 004)
    ("+ Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn;", [("8.500 tấn", 2030)]),
    ("+ Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn;", [("trên 12.000 tấn", 2030)]),
    ("d) Tổng hợp nhu cầu sử dụng đất đến năm 2030 dự kiến là 43.346.068 m2.", [("43.346.068 m2", 2030)]),
    # a horizon following the quantity, one for each (corpus 035)
    ("- Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.", [("50%", 2025)]),
    ("tỷ lệ bao phủ đạt 50% vào năm 2025 và 80% vào năm 2030.", [("50%", 2025), ("80%", 2030)]),
    # each clause its own horizon; a later one after a comma is not the earlier quantity's
    ("Đến năm 2025 đạt 50% số xã, đến năm 2030 đạt 100% số xã.", [("50%", 2025), ("100%", 2030)]),
    # the name of a strategy is no horizon of the target in its sentence (corpus 031)
    ("Triển khai Chiến lược dữ liệu đến năm 2030, bảo đảm 100% cơ quan kết nối.", [("100%", None)]),
    # a baseline is no horizon
    ("Giảm 10% số vụ tai nạn so với năm 2020.", [("10%", None)]),
    # after the groups a percentage counts, over the commas of their list; a bare year closing the clause (corpus 004)
    ("phấn đấu đạt 20% xã, phường “không ma túy” năm 2025, bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã.",
     [("20%", 2025), ("50%", 2030)]),
    ("Phấn đấu đạt ít nhất 50% xã, phường không có ma túy vào năm 2030.", [("ít nhất 50%", 2030)]),
    # a year compared with is a baseline, however far after "so với"
    ("Tổng thu ngân sách đạt 120% so với thực hiện năm 2024.", [("120%", None)]),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_sentences(sentence, expected):
    found = [(t.text, t.year) for t in targets.extract(snippet(sentence))]
    assert found == expected


def test_a_heading_gives_its_horizon_to_the_targets_below_it():
    """Corpus 045: "II. MỤC TIÊU ĐẾN NĂM 2030" over a list of targets."""
    doc = parse("KẾ HOẠCH\nI. QUAN ĐIỂM\nBảo đảm an toàn.\nII. MỤC TIÊU ĐẾN NĂM 2030\n"
                "+ 100% cơ quan nhà nước cung cấp dữ liệu mở đúng chuẩn.\n"
                "+ 25% đội ngũ lãnh đạo có chuyên môn về khoa học dữ liệu.\nIII. NHIỆM VỤ\n"
                "- Đào tạo 200 cán bộ.")
    assert [(t.text, t.year) for t in targets.extract(doc)] == [("100%", 2030), ("25%", 2030),
                                                                 ("200 cán bộ", None)]


def test_a_lead_in_line_gives_its_horizon_to_the_list_it_opens():
    """Corpus 030: "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:" over bullets."""
    doc = parse("KẾ HOẠCH\n1. Mục tiêu cụ thể\nĐến hết năm 2030, phấn đấu đạt được những mục tiêu sau:\n"
                "- 100% cán bộ được bồi dưỡng kiến thức về thiên tai;\n- ít nhất 50% người dân được phổ biến kiến thức.")
    assert [t.year for t in targets.extract(doc)] == [2030, 2030]


def test_a_run_of_years_in_a_lead_in_gives_its_last_year():
    doc = parse("KẾ HOẠCH\n1. Mục tiêu cụ thể\nGiai đoạn 2026-2030:\n- 100% xã có điểm phục vụ.\n"
                "2. Kết quả dự kiến\nGiai đoạn 2026 - 2028, ngày 15-11-2025:\n- 50% xã có điểm phục vụ.")
    assert [t.year for t in targets.extract(doc)] == [2030, 2028]


def test_an_outer_list_item_naming_a_period_gives_its_items_its_last_year():
    """Corpus 045: "- Giai đoạn 2025-2027" over "+ …" items, under a heading horizon of 2030."""
    doc = parse("KẾ HOẠCH\n2. Mục tiêu cụ thể đến năm 2030\nMột số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027\n"
                "+ 100% dịch vụ công trực tuyến toàn trình.\n+ 95% người dân hài lòng.\n- Giai đoạn 2028-2030\n"
                "+ 99% người dân hài lòng.\n- Tỷ lệ hồ sơ được số hóa đạt 90%.")
    assert [t.year for t in targets.extract(doc)] == [2027, 2027, 2030, 2030]
    # another outer item in between heads its own items
    doc = parse("KẾ HOẠCH\n2. Mục tiêu cụ thể đến năm 2030\nCác chỉ tiêu:\n- Giai đoạn 2025-2027\n+ 100% dịch vụ công "
                "trực tuyến.\n- Về chuyển đổi số\n+ 95% người dân hài lòng.")
    assert [t.year for t in targets.extract(doc)] == [2027, 2030]


def test_a_heading_of_two_years_a_long_heading_and_a_quoted_name_give_none():
    doc = parse("KẾ HOẠCH\n1. Mục tiêu đến năm 2025, định hướng đến năm 2030\n- Đạt 90% số xã.\n"
                "2. Triển khai Đề án “Quản lý rủi ro thiên tai dựa vào cộng đồng đến năm 2030”\n- Đạt 80% số xã.\n"
                "3. Sửa đổi quy định các chính sách hỗ trợ giảm nghèo bền vững giai đoạn 2023 - 2025 ban hành kèm "
                "theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh\n"
                "- Hỗ trợ 70% mức đóng.")
    assert [t.year for t in targets.extract(doc)] == [None, None, None]


def test_a_table_column_year_comes_before_a_heading_horizon():
    """Corpus 033: an indicator table's "Năm 2026" column under a heading "đến năm 2030"."""
    doc = parse("KẾ HOẠCH\nII. CHỈ TIÊU ĐẾN NĂM 2030\nTT | Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2030\n"
                "1 | Diện tích | ha | 100 | 200")
    assert [(t.value, t.year) for t in targets.extract(doc)] == [(100, 2026), (200, 2030)]
