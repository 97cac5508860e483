"""OCR of image-only pages: cleaning, reading order and cleanup on drawn pages, then real scans."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import ingest, ocr
from pipeline.vietnamese import restore_vowel_mark, vietnamese_letter, vietnamese_share

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="the tesseract binary is not installed")

HEADER = [  # (x, y, text): issuer left, national motto right, as on an official document
    (140, 100, "ỦY BAN NHÂN DÂN"), (880, 100, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (140, 150, "TỈNH BẮC GIANG"), (1040, 150, "Độc lập - Tự do - Hạnh phúc"),
]
BODY = [
    (140, 400, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    (140, 450, "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện nhiệm vụ năm 2025,"),
    (140, 500, "bảo đảm tiến độ, chất lượng và hiệu quả trên địa bàn toàn tỉnh."),
]


def font(size: int = 40) -> ImageFont.FreeTypeFont:
    """DejaVu Serif (apt: fonts-dejavu-core), found in the system font folders."""
    try:
        return ImageFont.truetype("DejaVuSerif.ttf", size)
    except OSError:
        pytest.skip("DejaVu Serif is not installed (apt-get install fonts-dejavu-core)")


def drawn_page(lines, size=(2000, 700)) -> Image.Image:
    """A white grayscale page with the given (x, y, text) lines in black."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for x, y, text in lines:
        draw.text((x, y), text, font=font(), fill=0)
    return image


def ink_of(image: Image.Image) -> np.ndarray:
    """The ink mask of a drawn page."""
    return ocr.binarize(ocr.to_gray(image))


# ------------------------------------------------------------ cleaning, layout

def test_skew_is_measured_and_removed():
    page = drawn_page(BODY).rotate(1.5, fillcolor=255)
    assert ocr.skew_angle(ink_of(page)) == pytest.approx(-1.5, abs=0.3)
    straight = ocr.deskew(ocr.to_gray(page))
    assert abs(ocr.skew_angle(ocr.binarize(straight))) <= 0.2


def test_borders_stamps_and_framed_boxes_are_not_text():
    page = drawn_page(BODY, size=(2000, 1400))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1999, 30), fill=0)                       # scanner border
    draw.ellipse((1400, 800, 1800, 1200), outline=0, width=8)      # round stamp
    draw.rectangle((150, 850, 650, 1050), outline=0, width=5)      # received-document stamp
    draw.text((180, 900), "ĐẾN Số: 12", font=font(), fill=0)
    clean = ocr.clean_page(ocr.to_gray(page))
    assert (clean.image[:31] == 255).all()
    assert (clean.image[800:1201, 1400:1801] == 255).all()
    assert (clean.image[850:1051, 150:651] == 255).all()
    assert (clean.image[350:600] == np.asarray(page)[350:600]).all()  # the body stays


def test_table_text_stays_when_the_grid_goes():
    page = drawn_page([(160, 130, "Chỉ tiêu"), (1060, 130, "Năm 2025"), (160, 230, "Hộ nghèo"), (1060, 230, "2,5%")])
    draw = ImageDraw.Draw(page)
    for y in (100, 200, 300):
        draw.line((120, y, 1900, y), fill=0, width=4)
    for x in (120, 1000, 1900):
        draw.line((x, 100, x, 300), fill=0, width=4)
    clean = ocr.clean_page(ocr.to_gray(page)).image
    assert (clean[100:303, 120:124] == 255).all()  # the grid is not text
    cells = ink_of(drawn_page([(160, 130, "Chỉ tiêu"), (1060, 230, "2,5%")]))
    assert (clean[cells] < 255).all()


def test_a_table_frame_is_not_a_stamp():
    lines = np.zeros((1000, 2000), dtype=bool)
    lines[100:105, 100:1900] = lines[600:605, 100:1900] = True    # a page-wide table
    lines[100:605, 100:105] = lines[100:605, 1895:1900] = True
    assert not ocr.framed_boxes(lines, 30.0).any()


def test_two_column_header_is_read_left_column_first():
    pieces = ocr.reading_order(ocr.clean_page(ocr.to_gray(drawn_page(HEADER + BODY))).letters)
    header_left, header_right, body = pieces
    assert 600 < header_left.right == header_right.left < 880  # cut inside the gap
    assert header_left.bottom < body.top and body.left == 0 and body.right == 2000


def test_justified_body_lines_stay_one_piece():
    wide = [(140, y, text.replace(" ", "   ")) for _, y, text in BODY]
    assert len(ocr.reading_order(ink_of(drawn_page(wide)))) == 1


def test_row_groups_split_at_a_clearly_wider_blank():
    bands = [(100, 140), (150, 190), (260, 300)]
    assert ocr.row_groups(bands, letter=30.0) == [[(100, 140), (150, 190)], [(260, 300)]]
    even = [(100, 140), (150, 190), (200, 240)]
    assert ocr.row_groups(even, letter=30.0) == [even]


def test_pieces_are_stacked_in_reading_order():
    image = np.full((100, 50), 255, np.uint8)
    image[60:80, 10:20] = 0
    canvas = np.asarray(ocr.reflow(image, [ocr.Piece(50, 90, 0, 50), ocr.Piece(0, 10, 0, 50)]))
    assert canvas.shape == (40 + 40 + 40 + 10 + 40, 50 + 80)
    assert (canvas[40 + 10:40 + 30, 40 + 10:40 + 20] == 0).all()


def ruled_page() -> Image.Image:
    """A line of text, a ruled table (a header row, a row whose middle rule stops: one merged cell, a
    task row), a line below it, and a framed box a third of the page wide at most (not a table)."""
    page = drawn_page([(140, 60, "Kế hoạch tập huấn năm 2025"),
                       (160, 230, "TT"), (460, 230, "Nội dung"), (1360, 230, "Thời gian"),
                       (160, 330, "I"), (460, 330, "CÔNG TÁC TUYÊN TRUYỀN"),
                       (160, 430, "1"), (460, 430, "Tập huấn cán bộ"), (1360, 430, "Quý IV/2025"),
                       (140, 600, "Sở Nội vụ chủ trì thực hiện.")], size=(2000, 1000))
    draw = ImageDraw.Draw(page)
    for y in (200, 300, 400, 500):
        draw.line((120, y, 1900, y), fill=0, width=4)
    for x, top, bottom in ((120, 200, 500), (420, 200, 500), (1320, 200, 300), (1320, 400, 500), (1900, 200, 500)):
        draw.line((x, top, x, bottom), fill=0, width=4)
    draw.rectangle((140, 760, 600, 900), outline=0, width=4)
    return page


def test_ruled_tables_are_cut_into_rows_and_cells():
    clean = ocr.clean_page(ocr.to_gray(ruled_page()))
    table, = ocr.ruled_tables(clean.horizontal, clean.vertical, clean.letter)
    assert (table.box.top, table.box.left) < (205, 125) and table.box.bottom > 495
    assert [[(c.left // 10, c.right // 10) for c in row] for row in table.rows] == [
        [(12, 41), (42, 131), (132, 189)], [(12, 41), (42, 189)], [(12, 41), (42, 131), (132, 189)]]


def test_the_text_around_a_table_is_read_above_and_below_it():
    clean = ocr.clean_page(ocr.to_gray(ruled_page()))
    table, = ocr.ruled_tables(clean.horizontal, clean.vertical, clean.letter)
    above, below = ocr.pieces_around(clean.letters, [table])  # not one piece across the table
    assert above.bottom <= table.box.top and below.top >= table.box.bottom
    assert ocr.in_reading_order([above, below], [table]) == [[above], table, [below]]


# ------------------------------------------------------------------- cleanup

@pytest.mark.parametrize("token, noise", [
    ("_—", True), ("¬", True), ("`", True), ("|.", True),
    ("-", False), ("/.", False), ("(", False), ("2026", False), ("Số:", False),
])
def test_noise_tokens(token, noise):
    assert ocr.is_noise(token) is noise


def test_cleanup_drops_noise_lines_and_restores_letters():
    text = "QUYÉT ĐỊNH _—\n~ ¬\n\nÐiều 1. Phê duyệt\n"
    assert ocr.cleanup(text) == "QUYẾT ĐỊNH\n\nĐiều 1. Phê duyệt"


@pytest.mark.parametrize("token, cleaned", [("lII.", "III."), ("Vl.", "VI."), ("Il", "II"), ("l.", "l."),
                                            ("lll", "lll"), ("II.", "II."), ("ll.", "ll.")])
def test_a_roman_numeral_with_an_l_for_an_i(token, cleaned):
    assert ocr.clean_token(token) == cleaned


@pytest.mark.parametrize("word, restored", [
    ("QUYÉT", "QUYẾT"), ("thưòng", "thường"), ("Tuan", None), ("UBND", None), ("phó", None),
])
def test_restore_vowel_mark(word, restored):
    assert restore_vowel_mark(word) == restored


@pytest.mark.parametrize("letter, vietnamese", [("Ð", "Đ"), ("ð", "đ"), ("ï", "i"), ("ñ", "n"), ("ệ", "ệ")])
def test_vietnamese_letter(letter, vietnamese):
    assert vietnamese_letter(letter) == vietnamese


# --------------------------------------------------------------- recognition

@needs_tesseract
def test_drawn_page_is_read_in_order():
    text = ocr.image_text(drawn_page(HEADER + BODY))
    for words in ("BẮC GIANG", "CỘNG HÒA", "Hạnh phúc", "Căn cứ Luật", "địa bàn toàn tỉnh"):
        assert words in text
    assert text.index("BẮC GIANG") < text.index("CỘNG HÒA") < text.index("Căn cứ")


@needs_tesseract
def test_a_ruled_table_is_read_row_by_row_with_its_cells_joined():
    lines = ocr.image_text(ruled_page()).splitlines()
    rows = [line for line in lines if " | " in line]
    assert rows == ["TT | Nội dung | Thời gian", "I | CÔNG TÁC TUYÊN TRUYỀN", "1 | Tập huấn cán bộ | Quý IV/2025"]
    assert lines.index(rows[0]) > [k for k, line in enumerate(lines) if "năm 2025" in line][0]
    assert lines.index(rows[-1]) < [k for k, line in enumerate(lines) if "Sở Nội vụ" in line][0]


@needs_tesseract
@pytest.mark.parametrize("pdf, before, after", [
    ("real_hanoi_tb_453_flag.pdf", "THÀNH PH", "CỘNG H"),
    ("real_hanoi_qd_2280_water.pdf", "Lưu: VT", "TM. ỦY BAN"),
])
def test_scans_are_read(shared, pdf, before, after):
    raw = ingest.read(shared / "corpus" / "scans" / pdf)
    assert raw.ocr_pages == raw.pages == 1
    assert vietnamese_share(raw.text) > 0.3
    assert raw.text.index(before) < raw.text.index(after)
