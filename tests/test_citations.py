"""Citations, read from sentences of the seed plans and the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from extractors import citations

from documents import snippet
from gold import rows_with_gold
from parsed import parse

# (sentence, [(reference, doc_type, issue_date, issuer)])
SENTENCES = [
    ("Căn cứ văn bản 451/NHCS-HTQT&TT ngày 19/02/2023 của Tổng Giám đốc Ngân hàng Chính sách xã hội (NHCSXH) "
     "về việc hướng dẫn công tác truyền thông năm 2024; Kế hoạch số 60/KH-NHCS ngày 24/01/2024 của Giám đốc "
     "Ngân hàng CSXH tỉnh Thái Nguyên; Thực hiện chỉ đạo của Ban đại diện HĐQT NHCSXH tỉnh Thái Nguyên",
     [("451/NHCS-HTQT&TT", "Văn bản", date(2023, 2, 19), "Tổng Giám đốc Ngân hàng Chính sách xã hội"),
      ("60/KH-NHCS", "Kế hoạch", date(2024, 1, 24), "Giám đốc Ngân hàng CSXH tỉnh Thái Nguyên")]),
    # split across a line break
    ("sau 5 năm thực hiện Kết luận\nsố 06-KL/TW của Ban Bí thư về tiếp tục thực hiện chỉ thị số 40-CT/TW của "
     "Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng",
     [("06-KL/TW", "Kết luận", None, "Ban Bí thư"), ("40-CT/TW", "Chỉ thị", None, "Ban Bí thư Trung ương Đảng")]),
    # a type word without "số"; a Nghị quyết of the National Assembly
    ("Tuyên truyền kết quả thực hiện Nghị quyết 11/NQ-CP của Chính phủ về Chương trình phục hồi và phát triển "
     "kinh tế - xã hội năm 2022-2023 theo Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa",
     [("11/NQ-CP", "Nghị quyết", None, "Chính phủ"), ("43/2022/QH15", "Nghị quyết", None, "Quốc hội")]),
    ("Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban bí thư Trung ương Đảng khóa XI về tăng cường",
     [("40-CT/TW", "Chỉ thị", date(2014, 11, 22), "Ban bí thư Trung ương Đảng khóa XI")]),
    ("nhằm thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư Trung ương Đảng ( khóa XII) về tăng cường",
     [("05-CT/TW", "Chỉ thị", None, "Ban Bí thư Trung ương Đảng (khóa XII)")]),
    ("Căn cứ Quyết định số 1828/QĐ-BNN-VPĐP ngày 23/5/2022 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông "
     "thôn phê duyệt Chương trình Truyền thông",
     [("1828/QĐ-BNN-VPĐP", "Quyết định", date(2022, 5, 23),
       "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")]),
    ("theo đúng quy định tại Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ Lao động-Thương "
     "binh và Xã hội hướng dẫn giám sát",
     [("10/2022/TT-BLĐTBXH", "Thông tư", date(2022, 5, 31), "Bộ Lao động-Thương binh và Xã hội")]),
    # the issuer named before the type word
    ("xét đề nghị của Văn phòng Điều phối nông thôn mới tỉnh tại Tờ trình số 78/TTr-VPĐP ngày 31/01/2024, "
     "Ban Chỉ đạo xây dựng Kế hoạch",
     [("78/TTr-VPĐP", "Tờ trình", date(2024, 1, 31), "Văn phòng Điều phối nông thôn mới tỉnh")]),
    # a law with a number, across a line break inside its name
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật số 87/2025/QH15;",
     [("87/2025/QH15", "Luật", None, None)]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", [("72/2025/QH15", "Luật", None, None)]),
    # a list sharing one type word
    ("rà soát lại việc thực hiện ý kiến chỉ đạo tại các Thông báo kết luận số 49/TB-VPCP ngày 07 tháng 02 năm "
     "2024 và số 160/TB-VPCP ngày 24 tháng 4 năm 2023 của Văn phòng Chính phủ, báo cáo",
     [("49/TB-VPCP", "Thông báo kết luận", date(2024, 2, 7), "Văn phòng Chính phủ"),
      ("160/TB-VPCP", "Thông báo kết luận", date(2023, 4, 24), "Văn phòng Chính phủ")]),
    # no type word: the symbol's type code names it
    ("tầm nhìn đến năm 2045 (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);",
     [("1226/QĐ-BVHTTDL", "Quyết định", date(2025, 4, 29), None),
      ("2657/QĐ-BVHTTDL", "Quyết định", date(2025, 7, 29), None)]),
    ("Căn cứ Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn",
     [("8935/BNV-CTTN&BĐG", "Công văn", date(2025, 10, 3), None)]),
    ("Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo",
     [("02-TT/TU", "Thông tri", date(2025, 10, 3), "Thành ủy Thành phố Hồ Chí Minh")]),
    ("Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát quyền lực",
     [("178-QĐ/TW", "Quy định", date(2024, 6, 27), "Bộ Chính trị")]),
    # a footnote
    ("[1] Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư",
     [("163/2024/QH15", "Nghị quyết", date(2024, 11, 27), "Quốc hội")]),
    # a symbol missing its hyphen, in a footnote
    ("thực hiện Nghị quyết số 21-NQ/TW.\n[2] Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ về",
     [("21-NQ/TW", "Nghị quyết", None, None), ("27/CTTg", "Chỉ thị", date(2024, 7, 15), "Thủ tướng Chính phủ")]),
    # an all-caps title
    ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ BAN HÀNH KẾ HOẠCH",
     [("214/NQ-CP", "Nghị quyết", date(2025, 7, 23), "CHÍNH PHỦ")]),
    # spaces inside symbols, a word glued to a symbol
    ("quán triệt Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương",
     [("27/NQ-TW", "Nghị quyết", date(2022, 11, 9), "Ban Chấp hành Trung ương")]),
    ("Căn cứ Quyết định số 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ sửa đổi",
     [("35/2025/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ")]),
    # the National Assembly's term apart from its code (a scanned Thông tư; pages write it so too)
    ("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH 15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15",
     [("64/2025/QH15", "Luật", None, None), ("87/2025/QH15", "Luật", None, None)]),
    # corpus 019: a number with a sub-number
    ("Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ Quy định xử lý khó khăn",
     [("66.2/2025/NQ-CP", "Nghị quyết", date(2025, 8, 28), "Chính phủ")]),
    # corpus 019: two citations of an all-caps title; the symbol part "TTg" keeps its case, "BDTTG" has none
    ("TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ "
     "3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ",
     [("06/QĐ-TTg", "Quyết định", date(2025, 1, 2), "THỦ TƯỚNG CHÍNH PHỦ"),
      ("3103/QĐ-BTC", "Quyết định", date(2025, 9, 5), "BỘ TÀI CHÍNH")]),
    ("Thông tư số 05/2025/TT-BDTTG của Bộ Dân tộc và Tôn giáo",
     [("05/2025/TT-BDTTG", "Thông tư", None, "Bộ Dân tộc và Tôn giáo")]),
    # corpus 048: a list that names its issuer once, for its items of the same body; corpus 010: a table cell
    ("Căn cứ Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 10/7/2023 của Ban Thường vụ Tỉnh ủy",
     [("31-CT/TU", "Chỉ thị", date(2023, 6, 6), "Ban Thường vụ Tỉnh ủy"),
      ("134-KH/TU", "Kế hoạch", date(2023, 7, 10), "Ban Thường vụ Tỉnh ủy")]),
    ("Quyết định số 12/QĐ-UBND ngày 01/02/2024 và Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ",
     [("12/QĐ-UBND", "Quyết định", date(2024, 2, 1), None),
      ("90/QĐ-TTg", "Quyết định", date(2022, 1, 18), "Thủ tướng Chính phủ")]),
    ("3 | Thay thế Thông tư số 85/2020/TT-BTC ngày 01/10/2020 của Bộ Tài chính | Sở Tài chính | 2025",
     [("85/2020/TT-BTC", "Thông tư", date(2020, 10, 1), "Bộ Tài chính")]),
    # corpus 038: the regulation a resolution carries is no issuer
    ("bãi bỏ một số cụm từ, điều của Quy định kèm theo Nghị quyết số 20/2023/NQ-HĐND như sau:",
     [("20/2023/NQ-HĐND", "Nghị quyết", None, None)]),
    # corpus 036, 043: a list under a heading that names its issuer, each item of the same body
    ("Căn cứ các Nghị định của Chính phủ: số 20/2021/NĐ-CP ngày 15/03/2021, Nghị định số 76/2024/NĐ-CP ngày 01/7/2024",
     [("20/2021/NĐ-CP", "Nghị định", date(2021, 3, 15), "Chính phủ"),
      ("76/2024/NĐ-CP", "Nghị định", date(2024, 7, 1), "Chính phủ")]),
    # a number with a letter; an issuer before a title opening with a verb
    ("Căn cứ Quyết định số 06a/QĐ-UBND ngày 05/01/2025 của UBND tỉnh",
     [("06a/QĐ-UBND", "Quyết định", date(2025, 1, 5), "UBND tỉnh")]),
    ("Căn cứ Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội thí điểm một số cơ chế",
     [("193/2025/QH15", "Nghị quyết", date(2025, 2, 19), "Quốc hội")]),
    # seed 002 (OCR lost the title's "về"): a local government body ends with its level before lower-case words;
    # a place name or a term goes on
    ("Kế hoạch số 4186/KH-UBND ngày 27/8/2022 của UBND tỉnh truyền thông về Chương trình giảm nghèo",
     [("4186/KH-UBND", "Kế hoạch", date(2022, 8, 27), "UBND tỉnh")]),
    ("Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh khóa X; Quyết định số 5/QĐ-UBND "
     "ngày 02/01/2025 của Ủy ban nhân dân tỉnh Đắk Lắk phê duyệt",
     [("12/2024/NQ-HĐND", "Nghị quyết", date(2024, 7, 10), "Hội đồng nhân dân tỉnh khóa X"),
      ("5/QĐ-UBND", "Quyết định", date(2025, 1, 2), "Ủy ban nhân dân tỉnh Đắk Lắk")]),
    ("Quyết định số 1/QĐ-UBND ngày 01/02/2024 của UBND huyện đảo Lý Sơn về việc; Nghị quyết số 2/NQ-HĐND ngày "
     "01/02/2024 của Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026 về",
     [("1/QĐ-UBND", "Quyết định", date(2024, 2, 1), "UBND huyện đảo Lý Sơn"),
      ("2/NQ-HĐND", "Nghị quyết", date(2024, 2, 1), "Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026")]),
    # a scanned circular: a symbol a line break splits after its hyphen; a word opening the next line is no part
    ("Bãi bỏ cụm từ “dầu hỏa” tại khoản 2 Điều 1 của Thông tư số 18/2025/TT-\nBCT.\nĐiều 2. Điều khoản thi hành",
     [("18/2025/TT-BCT", "Thông tư", None, None)]),
    ("theo Quyết định số 12/QĐ-\nTrong đó", [("12/QĐ", "Quyết định", None, None)]),
    ("theo Quyết định số 123/QĐ-TTg -\nUBND tỉnh giao", [("123/QĐ-TTg", "Quyết định", None, None)]),
    # a scanned resolution: a speck OCR read after a symbol's hyphen
    ("và Báo cáo số 4123/BC-.BNNMT ngày 26 tháng 4 năm 2026", [("4123/BC-BNNMT", "Báo cáo", date(2026, 4, 26), None)]),
    # a joint resolution keeps its type, as a joint circular does
    ("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN; Thông tư liên tịch số 01/2016/TTLT-BLĐTBXH-BTC",
     [("09/2008/NQLT-CP-UBTWMTTQVN", "Nghị quyết liên tịch", None, None),
      ("01/2016/TTLT-BLĐTBXH-BTC", "Thông tư liên tịch", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_sentences(sentence, expected):
    found = [(c.reference, c.doc_type, c.issue_date, c.issuer) for c in citations.find(sentence)]
    assert found == expected


def test_a_cyrillic_letter_in_a_symbol_is_read_as_latin():
    """Corpus 041: "NĐ-CР" with a Cyrillic Р; normalising the text makes it the Latin P."""
    doc = parse("KẾ HOẠCH\nI. NỘI DUNG\nKiểm tra, nghiệm thu theo Nghị định số 58/2024/NĐ-C\u0420.")
    assert [(c.reference, c.doc_type, c.text) for c in citations.extract(doc)] == [
        ("58/2024/NĐ-CP", "Nghị định", "Nghị định số 58/2024/NĐ-CP")]


@pytest.mark.parametrize("sentence", [
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
    "theo quy định của Luật Ngân sách nhà nước và quy định về phân cấp ngân sách hiện hành",
    "(Kèm theo Quyết định số /QĐ-TTg ngày tháng năm 2025 của Thủ tướng Chính phủ)",
    "Thực hiện tối thiểu 01 bản tin truyền hình/năm với thời lượng dưới 2 phút/bản tin",
    "Phát triển hạ tầng 5G/IoT trong các khu công nghiệp",
    "bình quân 1 bản tin/tháng, tỷ lệ 5/UBND xã",
])
def test_no_number_no_citation(sentence):
    assert list(citations.find(sentence)) == []


def test_number_symbol_year_and_party_forms():
    (state,) = citations.find("Thông tư số 06/2022/TT-BTTTT")
    (party,) = citations.find("Chỉ thị số 40-CT/TW")
    assert (state.number, state.year, state.symbol) == ("06", 2022, "TT-BTTTT")
    assert (party.number, party.year, party.symbol) == ("40", None, "CT/TW")


def test_span_covers_the_mention():
    text = "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình"
    (c,) = citations.find(text)
    assert text[c.start:c.end] == "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"


def test_a_document_never_cites_itself_and_the_preamble_is_basis():
    text = ("Số: 23 /KH-BĐD\nKẾ HOẠCH TRUYỀN THÔNG NĂM 2024\nCăn cứ văn bản 451/NHCS-HTQT&TT ngày 19/02/2023; "
            "Kế hoạch số 23/KH-BĐD của Ban đại diện.\nI. MỤC ĐÍCH\nThực hiện Nghị định số 78/2002/NĐ-CP.")
    doc = snippet(text, reference="23/KH-BĐD", body_start=text.index("I. MỤC ĐÍCH"))
    rows = [(c.reference, c.is_basis) for c in citations.extract(doc)]
    assert rows == [("451/NHCS-HTQT&TT", True), ("78/2002/NĐ-CP", False)]


def test_own_number_line_is_skipped_without_a_parsed_reference():
    doc = snippet("Số: 159/KH-UBND\nCăn cứ Kế hoạch số 77/KH-UBND ngày 17 tháng 9 năm 2025")
    assert [c.reference for c in citations.extract(doc)] == ["77/KH-UBND"]


def test_seed_references_match_the_gold(seed_tables, shared):
    for gold, found in rows_with_gold(seed_tables, shared, "citations"):
        assert set(found.reference) == {g["reference"] for g in gold["citations"]}, gold["file"]
        basis = found.groupby("reference").is_basis.first().to_dict()
        assert basis == {g["reference"]: g["is_basis"] for g in gold["citations"]}, gold["file"]


def test_an_all_caps_issuer_takes_the_case_the_document_writes_it_in():
    """Corpus 019: the title prints the issuer in capitals; the preamble writes it as a name."""
    doc = parse("QUYẾT ĐỊNH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
                "Căn cứ Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ;\n"
                "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của BỘ CHÍNH TRỊ;\n")
    assert [(c.reference, c.issuer) for c in citations.extract(doc)] == [
        ("06/QĐ-TTg", "Thủ tướng Chính phủ"), ("06/QĐ-TTg", "Thủ tướng Chính phủ"), ("57-NQ/TW", "BỘ CHÍNH TRỊ")]


def test_the_documents_own_number_cited_with_another_date_is_another_document():
    """A plan 12/KH-UBND of 2025 citing "Kế hoạch số 12/KH-UBND ngày 10/01/2024" cites last year's plan; its own
    number without a date, or with its own date, is no citation."""
    doc = parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 12/KH-UBND\nBình Định, ngày 01 tháng 12 năm 2025\nKẾ HOẠCH\n"
                "Thực hiện năm 2026\nCăn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh;\n"
                "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 01/12/2025 như sau:\n"
                "(Kèm theo Kế hoạch số 12/KH-UBND ngày 30/11/2025 của UBND tỉnh)")  # a day off: itself
    assert [(c.reference, c.issue_date) for c in citations.extract(doc)] == [("12/KH-UBND", date(2024, 1, 10))]
