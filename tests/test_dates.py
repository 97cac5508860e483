"""Vietnamese dates and periods, read from sentences of real plans."""
from __future__ import annotations

from datetime import date

import pytest

from extractors import dates

# (text, [(matched text, unit, first day, recurrence, bound)])
EXPRESSIONS = [
    ("Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ",
     [("ngày 18/01/2022", "day", date(2022, 1, 18), None, None)]),
    ("Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ Lao động-Thương binh và Xã hội",
     [("ngày 31 tháng 5 năm 2022", "day", date(2022, 5, 31), None, None)]),
    ("hoàn thành trước ngày 31/12/2025 và tổng hợp báo cáo",
     [("trước ngày 31/12/2025", "day", date(2025, 12, 31), None, "before")]),
    ("Thời hạn hoàn thành: Trước 30/11/2025.", [("Trước 30/11/2025", "day", date(2025, 11, 30), None, "before")]),
    ("kết quả kiểm tra ngày 15-11-2023", [("ngày 15-11-2023", "day", date(2023, 11, 15), None, None)]),
    ("2.5. Thời gian tổ chức: dự kiến 01 ngày trong tháng 10/2024.",
     [("trong tháng 10/2024", "month", date(2024, 10, 1), None, "during")]),
    ("Phong trào được triển khai từ tháng 10 năm 2025", [("từ tháng 10 năm 2025", "month", date(2025, 10, 1), None, "from")]),
    ("Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.",
     [("Quý IV năm 2025", "quarter", date(2025, 10, 1), None, None)]),
    ("| Quý IV/2025 |", [("Quý IV/2025", "quarter", date(2025, 10, 1), None, None)]),
    ("hoàn thành trong quý 4 năm 2025", [("trong quý 4 năm 2025", "quarter", date(2025, 10, 1), None, "during")]),
    ("Thời gian thực hiện: năm 2025 và các năm tiếp theo.", [("năm 2025", "year", date(2025, 1, 1), None, None)]),
    ("báo cáo sơ kết 6 tháng đầu năm 2026", [("6 tháng đầu năm 2026", "half", date(2026, 1, 1), None, None)]),
    ("Định kỳ hàng tháng chậm nhất ngày 19 của tháng, Trung tâm văn hóa thể thao và truyền thông huyện báo cáo",
     [("Định kỳ hàng tháng", "recurrence", None, "monthly", None), ("chậm nhất ngày 19", "day", None, None, "before")]),
    ("Thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu",
     [("định kỳ hằng quý", "recurrence", None, "quarterly", None)]),
    ("trong báo cáo công tác giảm nghèo hằng năm gửi về UBND huyện", [("hằng năm", "recurrence", None, "yearly", None)]),
    ("Xây dựng ít nhất 01 chuyên mục được phát sóng hàng tuần", [("hàng tuần", "recurrence", None, "weekly", None)]),
    ("phát sóng các chương trình phát thanh trên với tần suất hàng ngày",
     [("hàng ngày", "recurrence", None, "daily", None)]),
    ("Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả thực hiện",
     [("Định kỳ 06 tháng", "recurrence", None, "semiannual", None)]),
    ("- Tổ chức giám sát, đánh giá, sơ kết, tổng kết Chương trình truyền thông theo định kỳ.",
     [("định kỳ", "recurrence", None, None, None)]),
    ("Xây dựng, công bố báo cáo thường niên về dự báo nhu cầu thị trường",
     [("thường niên", "recurrence", None, "yearly", None)]),
    ("báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày 15 tháng 12 để tổng hợp",
     [("trước ngày 15 tháng 12", "day", None, None, "before")]),
    # a probe line: a day without "ngày" or its year, after the bound that dates it
    ("hoàn thành kiểm tra đợt 1 trước 30/6; đợt 2 chậm nhất 15/12; đợt 3 muộn nhất 20/12", [
        ("trước 30/6", "day", None, None, "before"), ("chậm nhất 15/12", "day", None, None, "before"),
        ("muộn nhất 20/12", "day", None, None, "before")]),
]


@pytest.mark.parametrize("text, expected", EXPRESSIONS)
def test_expressions(text, expected):
    found = [(text[w.start:w.end], w.unit, w.first_day(), w.recurrence, w.bound) for w in dates.find(text)]
    assert found == expected


# (text, first day, last day's period start) of ranges
RANGES = [
    ("Thời gian thực hiện: năm 2026 - 2027.", date(2026, 1, 1), date(2027, 1, 1)),
    ("Thời gian thực hiện: Tháng 11 - 12/2025.", date(2025, 11, 1), date(2025, 12, 1)),
    ("| Quý IV/2025- Quý II/2026 |", date(2025, 10, 1), date(2026, 4, 1)),
    ("b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.", date(2025, 11, 15), date(2025, 12, 15)),
    ("Thời gian thực hiện: Từ năm 2022 đến năm 2025", date(2022, 1, 1), date(2025, 1, 1)),
]


@pytest.mark.parametrize("text, first, last", RANGES)
def test_ranges_are_one_expression(text, first, last):
    (when,) = dates.find(text)
    assert (when.first_day(), when.until.first_day(when.year)) == (first, last)


def test_a_list_shares_its_year_and_bound():
    text = "thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm"
    found = list(dates.find(text))
    assert [(w.first_day(), w.bound) for w in found] == [(date(2026, 4, 1), "on"), (date(2026, 8, 1), "on")]


def test_a_second_day_of_a_list_keeps_its_bound():
    text = "định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu)"
    days = [w for w in dates.find(text) if w.unit == "day"]
    assert [(w.day, w.month, w.bound) for w in days] == [(1, 6, "before"), (15, 11, "before")]


def test_a_yearless_date_takes_the_year_given():
    (when,) = dates.find("trước ngày 15 tháng 12")
    assert when.first_day() is None
    assert when.first_day(2025) == date(2025, 12, 15)


def test_bare_years_only_when_asked():
    text = "| 2025 - 2030 |"
    assert list(dates.find(text)) == []
    (when,) = dates.find(text, bare_years=True)
    assert (when.year, when.until.year) == (2025, 2030)


@pytest.mark.parametrize("text", [
    "số 06/2022/TT-BTTTT",            # a document number, not a date
    "Quốc lộ 12 đến cửa khẩu",
    "trong giai đoạn 2021-2025",     # a period without "năm" is a plan period, not a date
    "dự kiến 01 ngày/hội nghị",
    "ngày 31/02/2025",               # no such day
    "giảm trước 2/3 số hộ",          # a fraction after "trước"
    "tổ chức sớm nhất 1/12",          # "no earlier than" bounds no deadline
    "đạt 30/6 chỉ tiêu",             # a ratio without a bound
])
def test_not_dates(text):
    assert list(dates.find(text)) == []


def test_date_at_reads_a_full_date_only():
    text = "Kế hoạch số 60/KH-NHCS ngày 24/01/2024 của Giám đốc"
    when = dates.date_at(text, text.index("ngày"))
    assert (when.first_day(), text[when.start:when.end]) == (date(2024, 1, 24), "ngày 24/01/2024")
    assert dates.date_at("chậm nhất ngày 19 của tháng", 11) is None
    assert dates.date_at(text, 0) is None


@pytest.mark.parametrize("text, last", [
    ("ngày 15/11/2025", date(2025, 11, 15)),
    ("tháng 2/2024", date(2024, 2, 29)),
    ("Quý IV/2025", date(2025, 12, 31)),
    ("Quý III/2025", date(2025, 9, 30)),
    ("năm 2026", date(2026, 12, 31)),
])
def test_the_last_day_of_a_period(text, last):
    (when,) = dates.find(text)
    assert when.last_day() == last
