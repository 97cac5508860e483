"""Normalisation: characters, tone placement, markdown, and re-joining hard-wrapped lines."""
from __future__ import annotations

import pytest

from pipeline.normalize import PAGE_BREAK, clean_characters, is_block_line, normalize

from conftest import RAW


@pytest.mark.parametrize("raw, clean", [
    ("hoà bình", "hòa bình"),
    ("Thuỷ sản, thuỷ lợi", "Thủy sản, thủy lợi"),
    ("UỶ BAN NHÂN DÂN, Uỷ ban", "ỦY BAN NHÂN DÂN, Ủy ban"),
    ("sức khoẻ, loè loẹt, tuỳ", "sức khỏe, lòe loẹt, tùy"),
    ("người, quý, giữa, khuỷu, Nguyễn, hoàn thành", "người, quý, giữa, khuỷu, Nguyễn, hoàn thành"),
    ("toàt", "toàt"),  # not a syllable (a stop coda takes no huyền): left alone
    ("Ho\u0300a Bi\u0300nh", "Hòa Bình"),  # decomposed marks: NFC first
    ("Nghá»‹ quyáº¿t", "Nghị quyết"),  # UTF-8 read as Windows-1252
])
def test_characters_and_one_tone_placement(raw, clean):
    assert normalize(raw) == clean


def test_markdown_markers_are_removed():
    raw = ("## KẾ HOẠCH\n\n### I. MỤC ĐÍCH\n\n**1.Mục đích**\n\n* Nội dung “**Thấu hiểu lòng dân**”;\n\n"
           "*Lưu ý: gửi trước ngày 19.*\n\n#### ***Nơi nhận:***\n\n1\\. Mục tiêu (\\*)\n\n---\n")
    assert normalize(raw).split("\n") == [
        "KẾ HOẠCH", "I. MỤC ĐÍCH", "1.Mục đích", "- Nội dung “Thấu hiểu lòng dân”;",
        "Lưu ý: gửi trước ngày 19.", "Nơi nhận:", "1. Mục tiêu (*)"]


def test_markdown_paragraphs_broken_by_the_editor_are_joined():
    raw = ("**Truyền thông về Chương trình mục tiêu quốc gia  \ngiảm nghèo bền vững trên địa bàn xã Hà Bình  \n"
           "giai đoạn 2021-2025.**\n\n"
           "- Bố trí nguồn lực và thực hiện kiểm tra, giám sát việc triển khai thực hiện\n\n"
           "kế hoạch truyền thông về Chương trình.\n")
    assert normalize(raw).split("\n") == [
        "Truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã Hà Bình "
        "giai đoạn 2021-2025.",
        "- Bố trí nguồn lực và thực hiện kiểm tra, giám sát việc triển khai thực hiện kế hoạch truyền thông về "
        "Chương trình."]


def test_damaged_ocr_of_seed_002_is_rejoined():
    lines = normalize((RAW / "002_f99a369b239c6b5f.txt").read_text(encoding="utf-8")).split("\n")
    # header and signature lines stay apart, though damaged
    assert lines[:2] == ["S6: 52 /KH-UBND Bac Giang, ngay 10 thing 3 nam 2023", "KE HOACH"]
    assert "Noi nhgn: KT. CHU TICH" in lines
    # headings and list items keep their lines
    assert lines[4:6] == ["I. MUC PICH, YEU CAU", "1. Muc dich"]
    assert "1.2. Déy manh cong tac tuyén truyén, gido duc" in "\n".join(lines)
    # wrapped lines are joined: a title, a list item, a ";" followed by lower case, a wrapped "Dự án 6"
    assert lines[2] == ("Truyén thong \\‘Ié Chuong trinh muc tiéu quoc gia giam nghéo bén virng tinh Bac Giang "
                        "nam 2023")
    item = next(ln for ln in lines if ln.startswith("- Truyén théng, tuyén truyen kip thoi"))
    assert item.endswith("muc tiéu, chi tiéu giam nghéo bén viing;")
    assert any(ln.startswith("3.1. Tang cudng") and "cac cip; nang cao vai tro" in ln for ln in lines)
    assert any("thudc Dy an 6 - Truyén thong" in ln for ln in lines)
    assert any("chi dao cua Trung wong, ciia tinh" in ln for ln in lines)  # "của" without marks, a blank line
    assert not any(ln.startswith("6 - Truyén") for ln in lines)


WRAPPED = """\
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt
Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025; Thông tư
số 06/2022/TT-BTTTT ngày 30/6/2022 của Bộ Thông tin và Truyền thông hướng dẫn
thực hiện Dự án Truyền thông và giảm nghèo về thông tin, UBND tỉnh ban hành Kế
hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tăng cường truyền thông, nâng cao nhận thức, trách nhiệm của các cấp, các ngành
và nhân dân về mục đích, ý nghĩa, nội dung, nhiệm vụ của Chương trình nhằm tạo
sự đồng thuận của toàn xã hội; truyền thông cho các đối tượng thụ hưởng của các
Chương trình về các tấm gương điển hình.
STT | Nội dung | Cơ quan chủ trì
1 | Tuyên truyền | Sở Văn hóa
- 2 -
\f
Trang tiếp: kinh phí thực hiện các hoạt động truyền thông do ngân sách nhà nước
bảo đảm theo phân cấp hiện hành, lồng ghép với các chương trình, đề án khác của
\f
3
tỉnh và huy động từ các nguồn hợp pháp khác.
Nơi nhận:
- Bộ Lao động - Thương binh và Xã hội;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""


def test_pdf_text_pages_page_numbers_tables_and_headings():
    lines = normalize(WRAPPED).split("\n")
    assert lines[0].startswith("Căn cứ Quyết định số 90/QĐ-TTg") and lines[0].endswith("ban hành Kế hoạch như sau:")
    assert lines[1:3] == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    assert lines[3].startswith("Tăng cường") and lines[3].endswith("các tấm gương điển hình.")
    assert lines[4:6] == ["STT | Nội dung | Cơ quan chủ trì", "1 | Tuyên truyền | Sở Văn hóa"]
    assert lines[6] == PAGE_BREAK  # a page break between paragraphs has a line of its own
    assert lines[7] == ("Trang tiếp: kinh phí thực hiện các hoạt động truyền thông do ngân sách nhà nước bảo đảm "
                        "theo phân cấp hiện hành, lồng ghép với các chương trình, đề án khác của" + PAGE_BREAK +
                        "tỉnh và huy động từ các nguồn hợp pháp khác.")  # page numbers "- 2 -" and "3" dropped
    assert lines[8:] == ["Nơi nhận:", "- Bộ Lao động - Thương binh và Xã hội;", "- Lưu: VT.", "KT. CHỦ TỊCH",
                         "PHÓ CHỦ TỊCH"]


def test_header_block_of_a_two_column_pdf_stays_apart():
    raw = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC GIANG Độc lập - Tự do - Hạnh phúc\n"
           "Số: 52/KH-UBND Bắc Giang, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\n")
    assert normalize(raw).split("\n") == raw.strip().split("\n")


def test_a_title_that_fills_its_line_does_not_swallow_the_preamble():
    raw = ("KẾ HOẠCH\n\nTruyền thông phục vụ Chương trình mục tiêu quốc gia xây dựng nông\n"
           "thôn mới và các chương trình chuyên đề tỉnh Thái Nguyên năm 2024 nay\n\n"
           "Căn cứ Quyết định số 1828/QĐ-BNN-VPĐP ngày 23/5/2022 của Bộ trưởng Bộ\n"
           "Nông nghiệp và Phát triển nông thôn phê duyệt Chương trình Truyền thông\n") + WRAPPED
    lines = normalize(raw).split("\n")
    assert lines[1].endswith("năm 2024 nay") and lines[2].startswith("Căn cứ Quyết định số 1828")


@pytest.mark.parametrize("prev, line, joined", [
    ("- Xây dựng Chiến lược dữ liệu bảo đảm phù hợp với", "Khung kiến trúc dữ liệu quốc gia.", True),
    ("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VÀ", "PHÒNG, CHỐNG MA TÚY", True),
    ("I. QUAN ĐIỂM", "1. Phát triển kinh tế số là định hướng chiến lược.", False),
    ("Phường Đào Duy Từ", "1", False),  # a name ending like a binding word; a table cell
    ("-", "Ủy ban Thường vụ Quốc hội;", True),  # a bullet alone on its line
    ("-", "- Lưu: VT.", False),
    ("a) Các xã;", "b) Các phường.", False),
    ("Nơi nhận:", "- Như trên;", False),
    # a reference a line break cuts in two, in a text too short to show where it was wrapped
    ("Căn cứ Quyết định số", "90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ;", True),
    ("Căn cứ Quyết định số 90/QĐ-TTg ngày", "18/01/2022 của Thủ tướng Chính phủ;", True),
    ("Kế hoạch số 4186/KH-UBND ngày 27 tháng", "8 năm 2022 của UBND tỉnh", True),
    ("- Số lượng: 05 ngày", "2. Nội dung tập huấn", False),
    ("Tổng số", "12 người", False),
    # a name's dash no sentence ends with
    ("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022 của Bộ Lao động -", "Thương binh và Xã hội về việc", True),
    ("Các nội dung sau -", "- Sở Y tế", False),
    # no reference: a digital plan's "số", a duration's "ngày", a table's empty cell, a heading after a dash
    ("2. Đẩy mạnh chuyển đổi số", "10/10 xã hoàn thành.", False),
    ("- Thời gian tập huấn: 01 ngày", "15 tháng 3 năm 2025 khai giảng lớp thứ hai.", False),
    ("1 Xã An Vĩnh 2 -", "2 Xã An Hải 2 -", False),
    ("Thời gian hoàn thành: Quý III -", "B. TỔ CHỨC THỰC HIỆN", False),
])
def test_which_lines_join(prev, line, joined):
    assert (normalize(prev + "\n" + line).count("\n") == 0) == joined


@pytest.mark.parametrize("prev, line, joined", [
    ("Quyết định số 650/", "QĐ-LĐTBXH ngày 21/7/2022", "Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022"),
    ("Thông tư số 18/2025/TT-", "BCT của Bộ Công Thương", "Thông tư số 18/2025/TT-BCT của Bộ Công Thương"),
    ("Nghị định số 12/", "2023/NĐ-CP", "Nghị định số 12/2023/NĐ-CP"),
])
def test_a_symbol_a_line_break_cuts_after_its_slash_or_hyphen_is_joined_whole(prev, line, joined):
    assert normalize(prev + "\n" + line) == joined


def test_a_blank_line_keeps_a_reference_cut_apart():
    assert normalize("Căn cứ Quyết định số 90/QĐ-TTg ngày\n\n18/01/2022 của Thủ tướng Chính phủ").count("\n") == 1


@pytest.mark.parametrize("line, block", [
    ("Số: 52 /KH-UBND", True), ("S6: 52 /KH-UBND Bac Giang, ngay 10 thing 3 nam 2023", True),
    ("Nam Định, ngày tháng 4 năm 2024", True), ("Noi nhgn: KT. CHU TICH", True), ("Kính gửi:", True),
    ("TM. ỦY BAN NHÂN DÂN", True), ("Độc lập - Tự do - Hạnh phúc", True), ("V/v khẩn trương", True),
    ("Số lượng lớp tập huấn: 02 lớp", False), ("Nơi nhận kết quả.", False),
])
def test_header_and_signature_lines_are_known_by_shape(line, block):
    assert is_block_line(line) == block


def test_cyrillic_and_greek_look_alikes_in_latin_words_become_latin():
    """Corpus 041: "Nghị định số 58/2024/NĐ-CР" with a Cyrillic Р would not join with "58/2024/NĐ-CP"."""
    assert clean_characters("Nghị định số 58/2024/NĐ-CР, Тhành phố Нà Nội, Tỉnh Ρhú Yên") == \
        "Nghị định số 58/2024/NĐ-CP, Thành phố Hà Nội, Tỉnh Phú Yên"
    assert clean_characters("Москва, α = 5") == "Москва, α = 5"  # words of their own script stay


def test_look_alikes_in_a_very_long_word_are_made_latin_in_one_pass():
    """A run of letters with no space (a pasted hash or URL) is read once, not once per letter."""
    word = "a" * 20000 + "Р"
    assert clean_characters(word) == "a" * 20000 + "P"


def test_a_plan_that_lost_its_line_breaks_gets_them_back_at_headings_and_items():
    """Seed 001 with its body copied onto one line: headings, items and the closing block open lines
    again, so the plan's sections and tasks can be read."""
    lines = [line for line in (RAW / "001_6ad5fa1758849e7c.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    run_on = "\n".join(lines[:8]) + "\n" + " ".join(lines[8:])
    assert len(run_on.split("\n")[-1]) > 3000
    text = normalize(run_on)
    restored = text.split("\n")
    assert "IV. KINH PHÍ THỰC HIỆN" in restored or any(line.startswith("IV. KINH PHÍ") for line in restored)
    assert any(line.startswith("Nơi nhận") for line in restored)
    assert len(restored) > 30


def test_a_run_on_plan_gets_its_items_back_where_no_sentence_ended_before_them():
    """Corpus 020 on one line: an agency heading has no full stop before its lettered items, nor a heading in
    capitals before its first numbered item. A lower-case "a)" or a number after a word in lower case
    stays inside its sentence."""
    body = ("IV. TỔ CHỨC THỰC HIỆN 1. Sở Khoa học và Công nghệ a) Là cơ quan đầu mối tổ chức triển khai kế hoạch. "
            "b) Định kỳ tổng hợp báo cáo kết quả. 2. Sở Tài chính a) Thẩm định dự toán kinh phí theo điểm a) khoản "
            "2 Điều 5 và mục 1. Phụ lục kèm theo. ")
    lines = normalize(body * 14).split("\n")
    assert lines[:6] == ["IV. TỔ CHỨC THỰC HIỆN", "1. Sở Khoa học và Công nghệ",
                         "a) Là cơ quan đầu mối tổ chức triển khai kế hoạch.", "b) Định kỳ tổng hợp báo cáo kết quả.",
                         "2. Sở Tài chính",
                         "a) Thẩm định dự toán kinh phí theo điểm a) khoản 2 Điều 5 và mục 1. Phụ lục kèm theo."]


def test_a_run_on_plan_gets_its_bullets_back_where_a_task_begins():
    """A bullet that opens with a verb begins a task though no sentence ended before it; a dash inside a
    name ("Sở Lao động - Thương binh và Xã hội") does not."""
    body = ("3. Sở Lao động - Thương binh và Xã hội - Chủ trì tổng hợp kết quả thực hiện. - Phối hợp với các "
            "cơ quan liên quan. 4. Sở Y tế + Tổ chức tập huấn cho cán bộ y tế cơ sở. ")
    lines = normalize(body * 20).split("\n")
    assert lines[:5] == ["3. Sở Lao động - Thương binh và Xã hội", "- Chủ trì tổng hợp kết quả thực hiện.",
                         "- Phối hợp với các cơ quan liên quan.", "4. Sở Y tế",
                         "+ Tổ chức tập huấn cho cán bộ y tế cơ sở."]


def test_a_run_on_plan_gets_its_field_labels_back_after_a_sentence():
    """Corpus 008 on one line: a short label with its colon after a full stop opens a line ("Đơn vị chủ trì
    thực hiện:", "Thời gian thực hiện:"); a colon further on in a sentence does not."""
    body = ("- Tổ chức tập huấn kỹ năng xây dựng pháp luật. Đơn vị chủ trì thực hiện: Sở Tư pháp. Thời gian thực "
            "hiện: Hằng năm. - Rà soát văn bản theo nội dung sau: phạm vi, đối tượng. ")
    lines = normalize(body * 20).split("\n")
    assert lines[:4] == ["- Tổ chức tập huấn kỹ năng xây dựng pháp luật.", "Đơn vị chủ trì thực hiện: Sở Tư pháp.",
                         "Thời gian thực hiện: Hằng năm.", "- Rà soát văn bản theo nội dung sau: phạm vi, đối tượng."]


def test_lines_of_ordinary_length_keep_their_sentences_together():
    line = "Đạt 50% số xã. 1. Tổ chức tập huấn; - Báo cáo kết quả."
    assert normalize(line) == line


def test_a_header_block_run_on_with_the_body_gets_its_lines_back():
    """A whole plan on one line (corpus 020's header): the header's lines come back at its rules, the
    motto, "Số:", the type name and "Căn cứ", so its fields are read as usual."""
    from pipeline import segment

    header = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
              "phúc --------------- Số: 617/KH-UBND Đồng Tháp, ngày 20 tháng 11 năm 2025 KẾ HOẠCH Chuyển đổi số "
              "cho các doanh nghiệp trên địa bàn tỉnh Đồng Tháp Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
              "của Bộ Chính trị; Ủy ban nhân dân Tỉnh ban hành Kế hoạch như sau: ")
    body = "I. MỤC ĐÍCH 1. Hỗ trợ doanh nghiệp chuyển đổi số. " + "2. Tổ chức tập huấn cho doanh nghiệp. " * 80
    text = normalize(header + body)
    lines = text.split("\n")
    assert lines[:4] == ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 617/KH-UBND Đồng Tháp, ngày 20 tháng 11 năm 2025"]
    fields = segment.segment("t", text).fields
    assert (fields["doc_type_code"], fields["number"], fields["symbol"], str(fields["issue_date"])) == (
        "KH", "617", "KH-UBND", "2025-11-20")


def test_a_long_table_row_keeps_its_cells_together():
    row = "1 | " + "Tổ chức tập huấn cho cán bộ. 2. Báo cáo kết quả thực hiện. " * 60 + "| Sở Y tế | Quý IV/2025"
    assert normalize(row).count("\n") == 0
