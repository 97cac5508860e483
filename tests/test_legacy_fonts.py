"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows text converted to Unicode, and only such text."""
from __future__ import annotations

import pytest

from pipeline import legacy_fonts
from pipeline.legacy_fonts import TCVN3, VNI

from conftest import RAW

# (as the legacy font's bytes read in Latin-1, Unicode), typed from documents of the time
TCVN3_LINES = [
    ("KÕ ho¹ch", "Kế hoạch"),
    ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Uû ban nh©n d©n tØnh B¾c Giang", "Uỷ ban nhân dân tỉnh Bắc Giang"),
    ("n©ng cao chÊt l\xadîng nguån nh©n lùc", "nâng cao chất lượng nguồn nhân lực"),
    ("Hµ Néi, ngµy 10 th¸ng 3 n¨m 2023", "Hà Nội, ngày 10 tháng 3 năm 2023"),
    ("¡n ¢u £m ¤ng ¥n ¦u §Êt", "Ăn Âu Êm Ông Ơn Ưu Đất"),
]
VNI_LINES = [
    ("Keá hoaïch", "Kế hoạch"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Uyû ban nhaân daân tænh Baéc Giang", "Uỷ ban nhân dân tỉnh Bắc Giang"),
    ("naâng cao chaát löôïng nguoàn nhaân löïc", "nâng cao chất lượng nguồn nhân lực"),
    ("KEÁ HOAÏCH THÖÏC HIEÄN NAÊM 2023", "KẾ HOẠCH THỰC HIỆN NĂM 2023"),
    ("Ñaék Laék, ngaøy 15 thaùng 11 naêm 2021", "Đắk Lắk, ngày 15 tháng 11 năm 2021"),
]
NOT_LEGACY = [
    "Kế hoạch thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "có các công trình tốt và đẹp trên địa bàn",
    "Un café à Paris, déjà vu, § 3 et l'élève © 2020",
    "Giá trị 25 °C ± 2, tỷ lệ ½ và ¼ (xem § 4)",
]


@pytest.mark.parametrize("legacy, unicode", TCVN3_LINES)
def test_tcvn3_text_is_converted(legacy, unicode):
    assert legacy_fonts.convert(legacy) == legacy_fonts.Converted(unicode, TCVN3)


@pytest.mark.parametrize("legacy, unicode", VNI_LINES)
def test_vni_text_is_converted(legacy, unicode):
    assert legacy_fonts.convert(legacy) == legacy_fonts.Converted(unicode, VNI)


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_unicode_and_latin1_text_is_left_alone(text):
    assert legacy_fonts.convert(text) is None


def test_tcvn3_capital_font_lines_become_capitals():
    # the capital fonts (.VnTimeH) draw the small-letter codes as capitals
    converted = legacy_fonts.convert("KÕ HO¹CH THùC HIÖN\nTr\xadêng häc")
    assert converted.text == "KẾ HOẠCH THỰC HIỆN\nTrường học"


def test_unicode_lines_of_a_legacy_document_are_kept():
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\fKÕ ho¹ch ph¸t triÓn\nCó các cán bộ"
    converted = legacy_fonts.convert(text)
    assert converted.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\fKế hoạch phát triển\nCó các cán bộ"


def test_raw_bytes_are_decoded():
    data = "Uû ban nh©n d©n tØnh\r\nKÕ ho¹ch n¨m 2024 “m\xadêi”".encode("cp1252")
    assert legacy_fonts.decode_bytes(data).text == "Uỷ ban nhân dân tỉnh\r\nKế hoạch năm 2024 “mười”"
    assert legacy_fonts.decode_bytes("Keá hoaïch naêm 2024".encode("latin-1")).encoding == VNI
    assert legacy_fonts.decode_bytes(b"plain ascii text only") is None


@pytest.mark.parametrize("font, expected", [
    (".VnTime", (TCVN3, False)), (".VnTimeH", (TCVN3, True)), ("ABCDEF+.VnArialH,Bold", (TCVN3, True)),
    ("VnTimeH-BoldItalic", (TCVN3, True)), ("VNI-Times", (VNI, False)), ("VNI-Helve-Condense", (VNI, False)),
    ("VNI-Times-Bold", (VNI, False)), ("Times New Roman", None), ("Vni", None), ("VNI", None),
    ("Helvetica-Bold", None), (None, None),
])
def test_font_names(font, expected):
    assert legacy_fonts.font_encoding(font) == expected


def test_convert_as_by_font_needs_no_statistics():
    assert legacy_fonts.convert_as("kÕ", TCVN3, capitals=True) == "KẾ"
    assert legacy_fonts.convert_as("Ñ", VNI) == "Đ"


def test_seed_documents_are_never_converted():
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
    assert texts
    assert [legacy_fonts.detect(t) for t in texts] == [None] * len(texts)


def test_corpus_plans_are_never_converted(shared):
    paths = sorted((shared / "corpus" / "plans").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    assert len(paths) >= 50
    converted = [p.name for p in paths
                 if legacy_fonts.detect(p.read_text(encoding="utf-8"))
                 or any(legacy_fonts.detect(line) for line in p.read_text(encoding="utf-8").splitlines())]
    assert converted == []
