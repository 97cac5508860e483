"""Vietnamese numerals, number words, ranges, percentages and money."""
from __future__ import annotations

import pytest

from extractors import numbers


@pytest.mark.parametrize("text, value", [
    ("1.050", 1050), ("1,5", 1.5), ("500.000.000", 500_000_000), ("01", 1), ("10.367,700", 10367.7),
    ("0,5", 0.5), ("91.299", 91299), ("43.346.068", 43_346_068), ("2,1", 2.1), ("1.5", 1.5),
])
def test_numerals(text, value):
    assert numbers.parse_numeral(text) == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("một trăm sáu mươi ngàn", 160_000), ("tám trăm ngàn", 800_000), ("hai mươi mốt", 21),
    ("ba mươi tư", 34), ("mười lăm", 15), ("một trăm linh năm", 105), ("hai triệu rưỡi", 2_500_000),
    ("hai tỷ ba trăm triệu", 2_300_000_000), ("năm nghìn", 5000),
])
def test_number_words(text, value):
    assert numbers.parse_words(text) == pytest.approx(value)


def test_number_words_refuse_other_words():
    assert numbers.parse_words("bản tin") is None


@pytest.mark.parametrize("text, value, value_max, percent", [
    ("01-02 chương trình phát thanh/tuần", 1, 2, False),          # seed 003
    ("thời lượng từ 03-05 phút/chương trình", 3, 5, False),        # seed 004
    ("có ít nhất 01- 02 chương trình", 1, 2, False),
    ("từ 3 đến 5 lần", 3, 5, False),
    ("khoảng 91.299 – 97.386 tỷ", 91299, 97386, False),
    ("chiếm khoảng 75%-80% tống vốn đầu tư", 75, 80, True),        # corpus: Quy hoạch cơ sở văn hóa
    ("Từ 88 - 90% cộng 02 điểm", 88, 90, True),
    ("đạt 100% dân số", 100, None, True),
    ("tăng 90 % so với", 90, None, True),
    ("dưới ½ trang A4", 0.5, None, False),                          # seed 000
])
def test_numbers_and_ranges(text, value, value_max, percent):
    n = next(numbers.numbers(text))
    assert (n.value, n.value_max, n.percent) == (pytest.approx(value), value_max, percent)


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("Tỷ suất chết trẻ em dưới 1 tuổi dưới 10‰", 10, None, "‰"),  # a rate per mille: "dưới 1 tuổi" is no rate
    ("giảm 0,2‰ - 0,3‰ mỗi năm", 0.2, 0.3, "‰"),
    ("độ mặn từ 8-30%o, độ pH từ 6,5", 8, 30, "‰"),  # per mille as a keyboard writes it
    ("giảm 0,2 %o mỗi năm", 0.2, None, "‰"),
    ("TỶ SUẤT SINH THÔ GIẢM 0,2%O MỖI NĂM", 0.2, None, "‰"),
    ("Phấn đấu 50 phần trăm số hộ gia đình sử dụng nước sạch", 50, None, "%"),  # per cent in words
    ("chiếm khoảng 75%-80% tống vốn đầu tư", 75, 80, "%"),
    ("5% - 7‰", 5, None, "%"),  # two rates of different units are no range
])
def test_a_rate_keeps_its_sign(text, value, value_max, unit):
    n = next(n for n in numbers.numbers(text) if n.percent)
    assert (n.value, n.value_max, n.rate_unit) == (pytest.approx(value), value_max, unit)


def test_open_range_from():
    n = next(numbers.numbers("với thời lượng từ 03 phút trở lên"))
    assert n.value == 3 and n.open_from and n.value_max is None


def test_year_pairs_are_not_decreasing_ranges():
    n = next(numbers.numbers("giai đoạn 2025-2021"))
    assert n.value == 2025 and n.value_max is None


@pytest.mark.parametrize("text, amounts", [
    ("(dự kiến khoảng 1.050 triệu đồng)", [1_050_000_000]),                 # seed 003
    ("dự kiến 5.557 triệu đồng", [5_557_000_000]),
    ("1,5 tỷ đồng và 500.000.000 đồng", [1_500_000_000, 500_000_000]),
    ("(khoảng 91.299 tỷ đồng - 97.386 tỷ đồng)", [91_299 * 10**9, 97_386 * 10**9]),
    ("khoảng 91.299 – 97.386 tỷ đồng", [91_299 * 10**9, 97_386 * 10**9]),
    ("mức hỗ trợ 160.000 đồng (một trăm sáu mươi ngàn đồng)/trẻ/tháng", [160_000]),  # corpus: NQ mầm non
    ("Trên 525 tỷ đến 4.200 tỷ đồng thêm 3 điểm", [525 * 10**9, 4200 * 10**9]),
    ("hỗ trợ hai tỷ đồng", [2 * 10**9]),
    ("500.000đ/người", [500_000]),
    ("mức 2.000.000 VNĐ", [2_000_000]),
    ("Ban chỉ đạo gồm 05 đồng chí", []),
    ("trong năm đồng thời triển khai", []),
    ("Đơn vị: triệu đồng", []),
    # a scale of two words, an amount written in two parts, a capitalised scale
    ("tổng vốn đầu tư khoảng 1,2 nghìn tỷ đồng", [1_200 * 10**9]),
    ("hỗ trợ 2 tỷ 500 triệu đồng; mức 1 triệu 500 nghìn đồng/người", [2_500_000_000, 1_500_000]),
    ("khoảng 2 tỷ 500 triệu - 3 tỷ đồng", [2_500_000_000, 3 * 10**9]),
    ("kinh phí 12 Tỷ đồng", [12 * 10**9]),
    ("2 triệu 5 tỷ đồng", [5 * 10**9]),  # no parts of one amount: a smaller scale first
    # amounts in words written with a capital: the same amount restated, or an amount alone
    ("Tổng kinh phí: 2.350.000.000 đồng (Bằng chữ: Hai tỷ ba trăm năm mươi triệu đồng).", [2_350_000_000]),
    ("Kinh phí: Hai tỷ đồng.", [2 * 10**9]),
    # a restatement with a comma between its parts, or in digits after the words ("chẵn": even)
    ("Dự toán: 1 tỷ 250 triệu đồng (bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng)", [1_250_000_000]),
    ("Kinh phí: Hai trăm triệu đồng chẵn (200.000.000 đồng)", [200_000_000]),
    ("Tổng 200.000.000 đồng (trong đó ngân sách tỉnh một trăm triệu đồng)", [200_000_000, 100_000_000]),
    # shortened: "đ" after a number in thousands, "trđ" / "tr.đ" for triệu đồng; not a score ("đạt 8 đ")
    ("Tổng kinh phí: 1.234.567.000 đ.", [1_234_567_000]),
    ("Tổng kinh phí là 1.500 trđ; 25 tr.đ", [1_500_000_000, 25_000_000]),
    ("đạt 8 đ trở lên", []),
])
def test_money(text, amounts):
    assert [a.vnd for a in numbers.amounts(text)] == amounts


def test_money_without_its_currency_only_in_text_about_funding():
    """Probe lines: a funding section writes "2,3 tỷ" and "700 triệu" without "đồng"; the scale word must end its
    phrase ("1,2 triệu người" is a count), and only text about funding is read so."""
    line = "Ngân sách tỉnh hỗ trợ 2,3 tỷ; ngân sách huyện đối ứng 700 triệu (nếu có); hỗ trợ 1,2 triệu người."
    assert [a.vnd for a in numbers.amounts(line, scaled_alone=True)] == [2_300_000_000, 700_000_000]
    assert [a.vnd for a in numbers.amounts(line)] == []
    assert [a.vnd for a in numbers.amounts("Tổng 2,3 tỷ đồng, năm đầu 1 tỷ.", scaled_alone=True)] == [
        2_300_000_000, 1_000_000_000]
    # review probes: an amount in two parts, restated in words, or in another currency
    assert [a.vnd for a in numbers.amounts("Ngân sách huyện 2 tỷ 500 triệu.", scaled_alone=True)] == [2_500_000_000]
    assert [a.vnd for a in numbers.amounts("Kinh phí: 15 triệu (mười lăm triệu đồng).", scaled_alone=True)] == [
        15_000_000]
    assert [a.vnd for a in numbers.amounts("khoảng 1,5 triệu (USD) từ nguồn viện trợ", scaled_alone=True)] == []
    # second review probes: a range gives both ends; a currency named before, or an equivalent after, is no đồng
    assert [a.vnd for a in numbers.amounts("Kinh phí dự kiến 2 - 3 tỷ.", scaled_alone=True)] == [2 * 10**9, 3 * 10**9]
    assert [a.vnd for a in numbers.amounts("từ 2 tỷ đến 3 tỷ.", scaled_alone=True)] == [2 * 10**9, 3 * 10**9]
    assert [a.vnd for a in numbers.amounts("Vốn ODA (USD): 1,5 triệu.", scaled_alone=True)] == []
    assert [a.vnd for a in numbers.amounts("Vốn ODA 2,5 triệu USD, vốn đối ứng ngân sách tỉnh 5 tỷ.", scaled_alone=True)
            ] == [5 * 10**9]  # the foreign currency is another part's
    assert [a.vnd for a in numbers.amounts("Vốn vay khoảng 2 triệu (tương đương 50 tỷ đồng).", scaled_alone=True)] == [
        50 * 10**9]


def test_money_offsets_cover_each_end_of_a_range():
    text = "khoảng 91.299 tỷ đồng - 97.386 tỷ đồng"
    assert [text[a.start:a.end] for a in numbers.amounts(text)] == ["91.299 tỷ đồng", "97.386 tỷ đồng"]


@pytest.mark.parametrize("unit, scale", [
    ("triệu đồng", 10**6), ("Tỷ đồng", 10**9), ("Đồng/biên chế /năm", 1), ("nghìn đồng", 1000), ("người", None),
    ("Tr.đồng", 10**6), ("trđ", 10**6), ("nghìn tỷ đồng", 10**12),
])
def test_unit_scale(unit, scale):
    assert numbers.unit_scale(unit) == scale


def test_number_words_in_text_open_with_a_digit_or_a_ten():
    text = "không quá hai mươi lăm người, tỷ lệ một nửa"
    found = [(text[n.start:n.end], n.value) for n in numbers.number_words(text)]
    assert found == [("hai mươi lăm", 25), ("một", 1)]
