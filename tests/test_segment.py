"""Segmenting: header fields, closing block, province and level, plan period, heading tree."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline import normalize, records, segment
from pipeline.document import ParsedDocument

from conftest import RAW


def parse(text: str) -> segment.Segmentation:
    return segment.segment("test", normalize.normalize(text))


def seed(name: str) -> str:
    return normalize.normalize((RAW / name).read_text(encoding="utf-8"))


# hand labels of the seeds (the gold annotations), field by field
SEED_GOLD = {
    "000_199e2adfb414d109.txt": dict(
        doc_type_code="KH", number="23", symbol="KH-BĐD", issue_date=date(2024, 2, 1), place="Phủ Bình",
        province="Thái Nguyên", admin_level="huyện", signer="Nguyễn Minh Tuấn", signing_mode=None,
        period_start=2024, period_end=2024),
    "001_6ad5fa1758849e7c.txt": dict(
        doc_type_code="KH", number=None, symbol=None, issue_date=None, place=None, province="Thanh Hóa",
        admin_level="xã", signer="Nguyễn Thành Đô", signing_mode=None, period_start=2021, period_end=2025),
    "003_bcf6707082e6e6bf.txt": dict(
        doc_type_code="KH", number=None, symbol=None, issue_date=date(2024, 2, 16), place="Thái Nguyên",
        province="Thái Nguyên", admin_level="tỉnh", signer="Nguyễn Thanh Bình", signing_mode="KT.",
        period_start=2024, period_end=2024),
    "004_c8fbb64b08e8f959.txt": dict(
        doc_type_code="KH", number=None, symbol="KH-STTTT", issue_date=None, place="Nam Định",
        province="Nam Định", admin_level="tỉnh", signer="Trịnh Xuân Lộc", signing_mode="KT.",
        period_start=2024, period_end=2024),
}


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_metadata(name):
    fields = segment.segment("seed", seed(name)).fields
    assert {k: fields.get(k) for k in SEED_GOLD[name]} == SEED_GOLD[name]


def test_seed_fields_beyond_the_gold():
    fields = segment.segment("seed", seed("004_c8fbb64b08e8f959.txt")).fields
    assert fields["province_2025"] == "Ninh Bình"  # Nam Định joined Ninh Bình on 1 July 2025
    assert fields["signer_title"] == "PHÓ GIÁM ĐỐC"
    assert fields["recipients"] == ["UBND các huyện, thành phố", "Phòng VH&TT các huyện, thành phố",
                                    "Lưu: VT, TTBCXB"]
    assert fields["title"].startswith("Thực hiện Tiểu dự án Giảm nghèo thông tin năm 2024")
    assert segment.segment("seed", seed("000_199e2adfb414d109.txt")).fields["signer_title"] == \
        "PHÓ CHỦ TỊCH UBND HUYỆN"


# seed 002 as the OCR repair will leave it: its first and last lines, hand-corrected
REPAIRED_002 = """ Số: 52 /KH-UBND Bắc Giang, ngày 10 tháng 3 năm 2023
KẾ HOẠCH

Truyền thông về Chương trình mục tiêu quốc gia
giảm nghèo bền vững tỉnh Bắc Giang năm 2023

Thực hiện Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022 của Bộ Lao
động - Thương binh và Xã hội phê duyệt Kế hoạch truyền thông về Chương
trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025; Kế hoạch số
4186/KH-UBND ngày 27/8/2022 của UBND tỉnh truyền thông về Chương trình
mục tiêu quốc gia giảm nghèo bền vững tỉnh Bắc Giang giai đoạn 2021 — 2025
UBND tỉnh ban hành Kế hoạch truyền thông về Chương trình mục tiêu quốc gia
giảm nghèo bền vững tỉnh Bắc Giang năm 2023 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích

- Truyền thông, tuyên truyền kịp thời những quan điểm chủ trương chính
sách của Đảng và Nhà nước về Chương trình mục tiêu quốc gia giảm nghèo bền
vững tỉnh Bắc Giang năm 2023;

Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc các cơ
quan, đơn vị phản ánh đến Sở Lao động - Thương binh và Xã hội tổng hợp, báo
cáo Chủ tịch UBND tỉnh xem xét, chỉ đạo./.

Nơi nhận: KT. CHỦ TỊCH
- Bộ Lao động-TB&XH (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- VP UBND tỉnh:
+ LĐVP; TH;
+ Lưu: VT; KGVX.Thảo.
"""


def test_repaired_seed_002_header_and_interleaved_signature():
    f = parse(REPAIRED_002).fields
    assert (f["number"], f["symbol"], f["reference"]) == ("52", "KH-UBND", "52/KH-UBND")
    assert (f["place"], f["issue_date"]) == ("Bắc Giang", date(2023, 3, 10))
    assert (f["doc_type"], f["doc_type_code"]) == ("Kế hoạch", "KH")
    assert f["title"] == "Truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh Bắc Giang năm 2023"
    assert f["issuer"] == "UBND tỉnh Bắc Giang"
    assert (f["admin_level"], f["province"], f["province_2025"]) == ("tỉnh", "Bắc Giang", "Bắc Ninh")
    assert (f["period_start"], f["period_end"]) == (2023, 2023)
    assert (f["signing_mode"], f["signer"]) == ("KT.", None)
    assert f["recipients"][:2] == ["Bộ Lao động-TB&XH (b/c)", "Chủ tịch, các PCT UBND tỉnh"]


# ---------------------------------------------------------------- header layouts

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_header_of_a_pdf_with_two_columns_on_one_line():
    f = parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "TỈNH BẮC GIANG Độc lập - Tự do - Hạnh phúc\n"
              "Số: 52/KH-UBND Bắc Giang, ngày 10 tháng 3 năm 2023\n"
              "KẾ HOẠCH\nTruyền thông về giảm nghèo năm 2023\n"
              "I. MỤC ĐÍCH\n1. Mục đích\n").fields
    assert f["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"
    assert (f["reference"], f["place"], f["issue_date"]) == ("52/KH-UBND", "Bắc Giang", date(2023, 3, 10))
    assert f["title"] == "Truyền thông về giảm nghèo năm 2023"


def test_issuer_under_its_parent_body():
    f = parse("UBND TỈNH NAM ĐỊNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n" + MOTTO +
              "Số: 12/KH-STTTT\nNam Định, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền năm 2024\n"
              "I. MỤC ĐÍCH\n").fields
    assert f["issuer"] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert (f["admin_level"], f["province"]) == ("tỉnh", "Nam Định")


@pytest.mark.parametrize("unit", ["XÃ", "THỊ TRẤN", "ĐẶC KHU"])
def test_a_bare_unit_issuer_takes_the_place_of_the_date_line(unit):
    f = parse("ỦY BAN NHÂN DÂN\n" + unit + "\n" + MOTTO + "Số: 12/KH-UBND\nPhú Quốc, ngày 05 tháng 11 năm 2025\n"
              "KẾ HOẠCH\nTuyên truyền năm 2025\nI. MỤC ĐÍCH\n").fields
    assert f["issuer"] == f"ỦY BAN NHÂN DÂN {unit} Phú Quốc"


def test_legal_number_keeps_the_year_out_of_the_symbol():
    f = parse("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n" + MOTTO + "Số: 37/2025/NQ-HĐND\n"
              "Thành phố Huế, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH "
              "CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO GIAI ĐOẠN 2023-2025\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n"
              "Căn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Sửa đổi\n").fields
    assert (f["number"], f["symbol"], f["reference"]) == ("37", "NQ-HĐND", "37/2025/NQ-HĐND")
    assert (f["doc_type"], f["doc_type_code"]) == ("Nghị quyết", "NQ")
    assert f["place"] == "Thành phố Huế" and f["province"] == "Huế" and f["admin_level"] == "tỉnh"
    assert f["title"].endswith("GIAI ĐOẠN 2023-2025")  # the authority line is not part of it
    assert (f["period_start"], f["period_end"]) == (2023, 2025)  # an amendment covers the amended text's years


def test_cong_van_by_its_subject_line_or_its_symbol():
    head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n" + MOTTO + "Số: 4240/UBND-VX\n"
    f = parse(head + "V/v khẩn trương cập nhật cơ sở dữ liệu\nThành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n"
              "Kính gửi:\n- Các sở, ngành;\n1. Giao Sở Nội vụ\n").fields
    assert (f["doc_type"], f["doc_type_code"], f["symbol"]) == ("Công văn", "CV", "UBND-VX")
    assert f["title"] == "khẩn trương cập nhật cơ sở dữ liệu"
    assert f["issue_date"] == date(2025, 11, 28)
    f = parse(head + "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\nKính gửi: Sở Nội vụ\n").fields
    assert (f["doc_type"], f["doc_type_code"]) == ("Công văn", "CV")


def test_blank_number_and_day_and_a_date_line_first():
    f = parse("Số: /KH-STTTT\n\nNam Định, ngày tháng 4 năm 2024\n\n## KẾ HOẠCH\n\n### Tuyên truyền năm 2024\n").fields
    assert (f["number"], f["symbol"], f["reference"]) == (None, "KH-STTTT", None)
    assert (f["issue_date"], f["place"]) == (None, "Nam Định")
    f = parse("Phủ bình, ngày 01 tháng 02 năm 2024\n\nSố: 23 /KH-BĐD\n\n## KẾ HOẠCH TRUYỀN THÔNG NĂM 2024\n").fields
    assert (f["place"], f["issue_date"], f["reference"]) == ("Phủ Bình", date(2024, 2, 1), "23/KH-BĐD")


def test_a_hand_written_number_as_ocr_read_it():
    """Scanned decisions (Thủ tướng Chính phủ 729/QĐ-TTg, Bộ Công an 37/2026/TT-BCA): a 7 read as "T" is
    the digit; a number OCR could not read leaves the symbol."""
    f = parse("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: T29 /QĐ-TTg Hà Nội, ngày?3 tháng 4 năm 2026\nQUYẾT ĐỊNH\n").fields
    assert (f["number"], f["symbol"], f["reference"]) == ("729", "QĐ-TTg", "729/QĐ-TTg")
    f = parse("BỘ CÔNG AN\n" + MOTTO + "Số: 3ƒ /2026/TT-BCA Hà Nội, ngày.2 4 tháng năm 2026\nTHÔNG TƯ\n").fields
    assert (f["number"], f["symbol"], f["doc_type_code"]) == (None, "TT-BCA", "TT")
    f = parse("ỦY BAN NHÂN DÂN\n" + MOTTO + "Số lượng/đơn vị\nKẾ HOẠCH\nTuyên truyền\n").fields
    assert f.get("symbol") is None  # a word in the slot is no number line


def test_title_without_the_authority_line_run_into_it():
    f = parse("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 2629/QĐ-TTg\nHà Nội, ngày 01 tháng 12 năm 2025\n"
              "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ THỦ TƯỚNG CHÍNH PHỦ\n"
              "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt\n").fields
    assert f["title"] == "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ"
    assert (f["admin_level"], f["province"], f["province_2025"]) == ("trung ương", None, None)


# ------------------------------------------------------------- closing blocks

BODY = "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
LIST = "Nơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Công an (để báo cáo);\n- Lưu: VT, M.\n"


@pytest.mark.parametrize("block, signer, title, mode", [
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Chí Hùng", "Trần Chí Hùng", "PHÓ CHỦ TỊCH", "KT."),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn Đệ", "Nguyễn Văn Đệ", "PHÓ CHỦ TỊCH", "KT."),
    ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG\n(Đã ký)\nNguyễn Chí Dũng", "Nguyễn Chí Dũng", "PHÓ THỦ TƯỚNG", "KT."),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTạ Quang Đông", "Tạ Quang Đông", "THỨ TRƯỞNG", "KT."),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Tấn Đức", "Võ Tấn Đức", "CHỦ TỊCH", "TM."),
    ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLÊ VĂN AN", "Lê Văn An", "CHÁNH VĂN PHÒNG", "TL."),
    ("CHỦ TỊCH\nPhùng Thị Hồng Hà", "Phùng Thị Hồng Hà", "CHỦ TỊCH", None),
])
def test_signature_after_the_recipients(block, signer, title, mode):
    f = parse(BODY + LIST + block + "\n").fields
    assert (f["signer"], f["signer_title"], f["signing_mode"]) == (signer, title, mode)
    assert f["recipients"] == ["Văn phòng Chính phủ", "Bộ Công an (để báo cáo)", "Lưu: VT, M"]


def test_signature_before_the_recipients_or_without_them():
    f = parse(BODY + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n" + LIST).fields
    assert (f["signer"], f["signing_mode"], len(f["recipients"])) == ("Hoàng Nam", "KT.", 3)
    f = parse(BODY + "Yêu cầu các sở thực hiện nghiêm túc./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n").fields
    assert (f["signer"], f["signer_title"], f["recipients"]) == ("Hoàng Nam", "PHÓ CHỦ TỊCH", [])


def test_signature_after_recipients_that_ocr_read_without_their_dash():
    """Scanned Thông báo of Hà Nội: a line of the list lost its dash ("(để đưa tin)") above the signature."""
    f = parse(BODY + "Nơi nhận:\n- Cơ quan Báo&PT, TH Thành phố;\n(để đưa tin)\n- Lưu: VT, KGVX\n"
              "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nVõ Tuấn Anh\n").fields
    assert (f["signer"], f["signer_title"], f["signing_mode"]) == ("Võ Tuấn Anh", "PHÓ CHÁNH VĂN PHÒNG", "KT.")


def test_signature_interleaved_with_the_recipients():
    f = parse(BODY + "Nơi nhận: KT. CHỦ TỊCH\n- Bộ Lao động-TB&XH (b/c); PHÓ CHỦ TỊCH\n- Lưu: VT.\n"
              "Lê Ô Pích\n").fields
    assert (f["signer"], f["signer_title"], f["signing_mode"]) == ("Lê Ô Pích", "PHÓ CHỦ TỊCH", "KT.")
    assert f["recipients"] == ["Bộ Lao động-TB&XH (b/c)", "Lưu: VT"]


@pytest.mark.parametrize("tail, signer, title", [
    ("- Lưu: VT, NV (V-10b). KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đào Mỹ\n", "Đào Mỹ", "PHÓ CHỦ TỊCH"),
    ("- Lưu: VT. CHỦ TỊCH Lê Trường Lưu\n", "Lê Trường Lưu", "CHỦ TỊCH"),
    ("- Lưu: VT, CT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ\n\nCHỦ TỊCH Trần Chí Hùng\n", "Trần Chí Hùng",
     "PHÓ CHỦ TỊCH"),
])
def test_signature_run_onto_the_last_recipient(tail, signer, title):
    """Text layers of two-column PDFs put the signature on the recipients' lines."""
    f = parse(BODY + "Nơi nhận:\n- Bộ Y tế (b/c);\n" + tail).fields
    assert (f["signer"], f["signer_title"], f["signing_mode"] or "KT.") == (signer, title, "KT.")
    assert f["recipients"][0] == "Bộ Y tế (b/c)" and f["recipients"][1].startswith("Lưu: VT")
    assert "CHỦ TỊCH" not in f["recipients"][1]


def test_signature_on_one_line_without_recipients():
    f = parse(BODY + "Yêu cầu các sở thực hiện nghiêm túc./.\n\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Nam\n").fields
    assert (f["signer"], f["signer_title"], f["signing_mode"]) == ("Hoàng Nam", "PHÓ CHỦ TỊCH", "KT.")


def test_recipients_run_together_or_with_a_bare_bullet():
    f = parse(BODY + "Nơi nhận:\n-\nỦy ban Thường vụ Quốc hội;\n"
              "- Chủ tịch, các PCT UBND tỉnh, - CVP, PCVP UBND tỉnh;\n"
              "CHỦ TỊCH\nPhùng Thị Hồng Hà\n").fields
    assert f["recipients"] == ["Ủy ban Thường vụ Quốc hội", "Chủ tịch, các PCT UBND tỉnh", "CVP, PCVP UBND tỉnh"]


DECISION_WITH_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + MOTTO +
                      "Số: 2954/QĐ-UBND\nSơn La, ngày 20 tháng 11 năm 2025\n"
                      "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU GIAI ĐOẠN 2026 - 2030\n"
                      "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
                      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu.\n"
                      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                      "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
                      "Nơi nhận:\n- Như Điều 3;\n- Bộ Công Thương (b/c);\n- Lưu: VT.\n"
                      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Công\n"
                      "KẾ HOẠCH\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA GIAI ĐOẠN 2026 - 2030\n"
                      "(Kèm theo Quyết định số 2954/QĐ-UBND ngày 20/11/2025)\n"
                      "I. MỤC TIÊU\n1. Mục tiêu chung\nĐến năm 2030, tăng kim ngạch xuất khẩu.\n"
                      "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\n- Chủ trì theo dõi thực hiện Kế hoạch.\n"
                      "Nơi nhận:\n- Các sở;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Ba\n")


def test_decision_with_attached_plan():
    seg = parse(DECISION_WITH_PLAN)
    f = seg.fields
    assert (f["doc_type_code"], f["signer"], f["signing_mode"]) == ("QĐ", "Nguyễn Thành Công", "KT.")
    assert f["recipients"] == ["Như Điều 3", "Bộ Công Thương (b/c)", "Lưu: VT"]
    assert (f["period_start"], f["period_end"]) == (2026, 2030)
    by_id = {s.section_id: s for s in seg.sections}
    assert list(by_id) == ["Điều1", "Điều2", "Điều3", "I", "I.1", "II", "II.1"]
    text = normalize.normalize(DECISION_WITH_PLAN)
    assert text[by_id["Điều3"].start:by_id["Điều3"].end].endswith("thi hành Quyết định này./.")
    assert by_id["I"].parent_id is None and by_id["I"].level == 1  # not under Điều 3
    assert text[by_id["II.1"].start:by_id["II.1"].end] == "1. Sở Công Thương\n- Chủ trì theo dõi thực hiện Kế hoạch."


# ------------------------------------------------------------------ the tree

def test_seed_sections_ids_nesting_and_spans():
    text = seed("004_c8fbb64b08e8f959.txt")
    secs = segment.segment("seed", text).sections
    by_id = {s.section_id: s for s in secs}
    assert [s.section_id for s in secs if s.level == 1] == ["I", "II", "III", "IV"]
    assert [s.section_id for s in secs if s.parent_id == "II.2"] == ["II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5"]
    assert by_id["IV.1"].heading == "Sở Thông tin và Truyền thông"
    assert by_id["III"].heading == "KINH PHÍ THỰC HIỆN"
    for s in secs:
        assert text[s.start:].upper().startswith(s.label.upper())
        assert s.heading in text[s.start:s.end]
        assert s.level == (1 if s.parent_id is None else by_id[s.parent_id].level + 1)
        if s.parent_id:
            parent = by_id[s.parent_id]
            assert parent.start < s.start and s.end <= parent.end
    assert by_id["I"].end == len(text[:by_id["II"].start].rstrip())
    assert by_id["IV"].end < text.index("Nơi nhận")  # the closing block is in no section


def test_section_at_finds_the_agency_of_a_task():
    text = seed("004_c8fbb64b08e8f959.txt")
    seg = segment.segment("seed", text)
    doc = ParsedDocument("seed", text, records.Document("seed", "x", "txt", text), seg.sections, seg.body_start)
    offset = text.index("Là đầu mối phối hợp với Sở Thông tin")
    assert [s.section_id for s in doc.section_chain(offset)] == ["IV", "IV.3"]
    assert doc.section_at(0) is None  # the header is in no section


@pytest.mark.parametrize("line", [
    "3 chương trình mục tiêu quốc gia được triển khai đồng bộ.",  # a count
    "2024 là năm tăng tốc.",
    "1 | Tỷ lệ người dân được tuyên truyền | 100%",  # a table row
    "V/v khẩn trương hoàn thành cập nhật",
    "Điều 5 của Luật Ngân sách nhà nước quy định rõ.",
    "Mục tiêu chung",
    "I.1",  # a table row number in an appendix
    # lines of a form to fill in (corpus 042)
    "1. Cuộc họp đã nghe Ông (bà) …………………………, Chức vụ…………………… phổ biến tiêu chí",
    "Điều 1: Phê duyệt danh sách…………………………………………………………….",
])
def test_lines_that_open_no_section(line):
    assert parse("I. MỤC ĐÍCH\n" + line + "\n").sections[1:] == []


def test_a_heading_ending_in_an_etcetera_is_a_heading():
    """Seed 000: ",...." closes a list; it is no blank to fill in."""
    line = "2. Cụ thể hóa các hình thức truyền thông trên nhiều kênh như: Truyền hình, Báo viết,...."
    assert [s.label for s in parse("I. MỤC ĐÍCH\n" + line + "\n").sections] == ["I", "2"]


def test_numbered_items_opening_with_a_number_are_sections_in_a_run_of_numbers():
    """Corpus 008: "1. 100% đội ngũ …" / "2. 100% các Sở …" / … / "4. Trong giai đoạn …" / "5. 100% …"."""
    secs = parse("II. MỤC TIÊU\n1. 100% cán bộ có trình độ đại học.\n2. 100% các Sở bố trí công chức.\n"
                 "3. Trong giai đoạn 2026 - 2030 có ít nhất 10% cán bộ trẻ.\na) Cấp tỉnh.\n4. 100% cán bộ được tập huấn.\n"
                 "III. KINH PHÍ\n1. 500 triệu đồng từ ngân sách tỉnh.\n4. 100% xã có kế hoạch.\n").sections
    assert [s.section_id for s in secs] == ["II", "II.1", "II.2", "II.3", "II.3.a", "II.4", "III"]
    # a list under an item that numbers again from 1 is its text; so is a table row
    secs = parse("I. MỤC TIÊU\n1. Mục tiêu chung\n2. Mục tiêu cụ thể đến năm 2030, gồm:\n1. 100% hồ sơ được số hóa;\n"
                 "2. 80% người dân sử dụng dịch vụ;\n3. 50% doanh nghiệp.\nII. NHIỆM VỤ\n1. Chỉ tiêu về y tế\n"
                 "2. 100% | Trạm y tế đạt chuẩn | 2025\n").sections
    assert [s.section_id for s in secs] == ["I", "I.1", "I.2", "II", "II.1"]


def test_ocr_misread_roman_numerals_follow_their_sequence():
    secs = parse("IL. MỤC ĐÍCH\n1. Mục đích\nI. ĐỐI TƯỢNG\nI1I. NỘI DUNG\nIV. KINH PHÍ\nV. GIÁM SÁT\n"
                 "Vl. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n").sections
    assert [s.section_id for s in secs] == ["I", "I.1", "II", "III", "IV", "V", "VI", "VI.1"]
    assert [s.section_id for s in parse("I. MỤC ĐÍCH\nII. NỘI DUNG\nHI. KINH PHÍ\n").sections] == ["I", "II", "III"]
    # a numbering that starts again is left alone
    assert [s.section_id for s in parse("I. MỤC ĐÍCH\nII. NỘI DUNG\nI. KINH PHÍ\n").sections] == ["I", "II", "I#2"]


def test_legal_tree_with_chapters_articles_and_quoted_amendments():
    secs = parse("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Quy định này áp dụng:\n"
                 "a) Các xã;\nb) Các phường.\nChương II\nSỬA ĐỔI\nĐiều 2. Sửa đổi Điều 6 như sau:\n"
                 "“Điều 6. Quy trình thực hiện\n1. Trước ngày 20 tháng 12 hằng năm, xã lập danh sách.\n"
                 "2. Sở Tài chính thẩm định.”\nĐiều 3.\nHiệu lực thi hành\n").sections
    assert [(s.section_id, s.heading) for s in secs] == [
        ("ChươngI", "QUY ĐỊNH CHUNG"), ("ChươngI.Điều1", "Phạm vi điều chỉnh"),
        ("ChươngI.Điều1.1", "Quy định này áp dụng"), ("ChươngI.Điều1.1.a", "Các xã"),
        ("ChươngI.Điều1.1.b", "Các phường"), ("ChươngII", "SỬA ĐỔI"),
        ("ChươngII.Điều2", "Sửa đổi Điều 6 như sau"), ("ChươngII.Điều3", "Hiệu lực thi hành")]


def test_a_quotation_that_lost_its_closing_mark_ends_at_the_next_instruction_or_article():
    secs = parse("Điều 1. Sửa đổi, bổ sung một số điều như sau:\n1. Sửa đổi Điều 5 như sau:\n“Điều 5. Tỷ lệ vốn\n"
                 "1. Xã Long Quảng: 70%\n2. Xã Nam Đông: 70%\n2. Sửa đổi Điều 7 như sau:\n“Điều 7. Dự án 2\n"
                 "1. Đối tượng hỗ trợ\nĐiều 2. Hiệu lực thi hành\n").sections
    assert [s.section_id for s in secs] == ["Điều1", "Điều1.1", "Điều1.2", "Điều2"]
    # a slogan quoted inside a line hides nothing
    assert len(parse("1. Thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau’.\n2. Tập huấn\n").sections) == 2


def test_appendix_starts_a_tree_of_its_own():
    secs = parse(BODY + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n" + LIST + "CHỦ TỊCH\nVõ Tấn Đức\n"
                 "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 1/KH-UBND)\nSTT | Nhiệm vụ | Chủ trì\n"
                 "I. NÂNG CAO NHẬN THỨC\n1 | Tập huấn | Sở Y tế\n").sections
    assert [(s.section_id, s.parent_id, s.heading) for s in secs[-2:]] == [
        ("PhụlụcI", None, "DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 1/KH-UBND)"),
        ("PhụlụcI.I", "PhụlụcI", "NÂNG CAO NHẬN THỨC")]


# -------------------------------------------------------- province and level

@pytest.mark.parametrize("header, issued, level, province, province_2025", [
    ("UBND TỈNH NAM ĐỊNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Nam Định, ngày 05 tháng 3 năm 2024",
     "tỉnh", "Nam Định", "Ninh Bình"),
    ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "Ninh Bình, ngày 05 tháng 8 năm 2025", "tỉnh", "Ninh Bình", "Ninh Bình"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN HÀ TRUNG", "Hà Trung, ngày 05 tháng 3 năm 2023", "huyện", "Thanh Hóa", "Thanh Hóa"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ THANH HÓA", "Thanh Hóa, ngày 05 tháng 3 năm 2023", "huyện", "Thanh Hóa",
     "Thanh Hóa"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "Hải Phòng, ngày 05 tháng 3 năm 2024", "tỉnh", "Hải Phòng",
     "Hải Phòng"),
    ("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", "Hải Dương, ngày tháng 6 năm 2025", "tỉnh", "Hải Dương", "Hải Phòng"),
    ("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "Hà Nội, ngày 18 tháng 11 năm 2025", "trung ương", None, None),
    ("BỘ CHỈ HUY QUÂN SỰ\nTỈNH NGHỆ AN", "Nghệ An, ngày 18 tháng 11 năm 2025", "tỉnh", "Nghệ An", "Nghệ An"),
])
def test_level_and_province_before_and_after_the_merger(header, issued, level, province, province_2025):
    f = parse(header + "\n" + MOTTO + "Số: 1/KH-UBND\n" + issued + "\nKẾ HOẠCH\nTuyên truyền\nI. MỤC ĐÍCH\n").fields
    assert (f["admin_level"], f["province"], f["province_2025"]) == (level, province, province_2025)


def test_province_from_the_place_or_the_preamble():
    f = parse("Phủ bình, ngày 01 tháng 02 năm 2024\n## KẾ HOẠCH TRUYỀN THÔNG NĂM 2024\n"
              "Ban đại diện HĐQT NHCSXH huyện xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n").fields
    assert (f["province"], f["admin_level"]) == ("Thái Nguyên", "huyện")  # a mis-toned Phú Bình
    f = parse("KẾ HOẠCH\nTruyền thông giai đoạn 2021-2025\nCăn cứ Kế hoạch số 152/KH-UBND ngày 05/9/2022 của UBND "
              "huyện Hà Trung; Kế hoạch của UBND tỉnh Thanh Hóa. UBND xã Hà Bình xây dựng Kế hoạch như sau:\n"
              "I. MỤC ĐÍCH\n").fields
    assert (f["issuer"], f["admin_level"], f["province"]) == ("UBND xã Hà Bình", "xã", "Thanh Hóa")


# ---------------------------------------------------------------- plan period

@pytest.mark.parametrize("title, issued, period", [
    ("Truyền thông giai đoạn 2021-2025", None, (2021, 2025)),
    ("KẾ HOẠCH TRUYỀN THÔNG NĂM 2024", None, (2024, 2024)),
    ("QUY HOẠCH MẠNG LƯỚI THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2045", None, (2021, 2030)),
    ("PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030", date(2025, 11, 17), (2025, 2030)),
    ("TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028", None, (2026, 2028)),
    ("THI ĐUA BẦU CỬ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031", None, (None, None)),
    ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG", None, (None, None)),
    ("Sửa đổi, bổ sung chính sách hỗ trợ giai đoạn 2023-2025", None, (2023, 2025)),  # the amended text's years
    # corpus 042 (Huế): the phase named after the programme's period is the plan's
    ("QUY TRÌNH RÀ SOÁT … VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2021-2030, GIAI ĐOẠN I: TỪ NĂM 2021 "
     "ĐẾN NĂM 2025 TRÊN ĐỊA BÀN THÀNH PHỐ HUẾ", None, (2021, 2025)),
])
def test_plan_period_from_the_title(title, issued, period):
    found = segment.plan_period(title, issued, issued and issued.year)
    assert (found.get("period_start"), found.get("period_end")) == period


PHONG_TRAO = "KẾ HOẠCH\nPhát động phong trào thi đua\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐộng viên cán bộ.\n"


@pytest.mark.parametrize("time_section, period", [
    ("3. Thời gian tổ chức phong trào thi đua: Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 "
     "năm 2025 đến hết tháng 3 năm 2026. Tổng kết vào tháng 4 năm 2026.\n", (2025, 2026)),
    ("2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV "
     "của Đảng.\n", (2025, None)),
    ("2. Thời gian thi đua\na) Đợt 01: từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025.\n", (2025, 2025)),
    ("1. Thời gian thực hiện\nĐợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi kết thúc Đại hội.\n",
     (None, None)),
])
def test_plan_period_from_its_time_section_when_the_title_has_none(time_section, period):
    """Corpus 005, 006, 013 and 011: campaign plans state their period in one section of their own."""
    f = parse(PHONG_TRAO + time_section + "II. NỘI DUNG\n1. Thi đua hoàn thành nhiệm vụ.\n").fields
    assert (f.get("period_start"), f.get("period_end")) == period


def test_time_lines_of_single_tasks_set_no_period():
    """Corpus 014: each task has its own "c) Thời gian thực hiện: …"."""
    f = parse("KẾ HOẠCH\nChuyển đổi số\nI. NHIỆM VỤ\n1. Về dữ liệu\na) Nhiệm vụ:\n- Rà soát cơ sở dữ liệu.\n"
              "b) Thời gian thực hiện: Hoàn thành trong năm 2025.\n2. Về nền tảng số\na) Nhiệm vụ:\n"
              "- Sử dụng nền tảng.\n").fields
    assert (f.get("period_start"), f.get("period_end")) == (None, None)


# ------------------------------------------------------------- the corpus

def test_corpus_agrees_with_its_manifest(shared):
    from benchmarks.segment_check import agreement, compare

    shares = agreement(compare(shared / "corpus" / "plans"))
    assert min(shares.values()) >= 0.95, shares
