"""Ingest of each format: text encodings, markdown, web pages, Excel workbooks, .docx (tables, numbered lists,
legacy fonts), PDF text layer and OCR."""
from __future__ import annotations

import codecs
import datetime
import html
import shutil
import struct
import zipfile

import docx
import olefile
import pandas as pd
import pytest

from pipeline import ingest, normalize, runner
from pipeline.vietnamese import normalize_tones

from builders import (PdfBuilder, cp1258_bytes, filled_paragraph, image_pdf, minimal_docx, numbered, numbered_list,
                      official_header, page_image, rename_fonts, restart, signed_scan_pdf, soft_hyphen_run, table_pdf,
                      with_footnotes, wrapped_pdf)
from conftest import FIXTURES, RAW

PLAN = ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang.\n"
        "Các sở, ngành chủ trì thực hiện; báo cáo kết quả trước ngày 15/12/2024.")
TCVN3_PLAN = ("KÕ ho¹ch\nPh¸t triÓn kinh tÕ - x· héi n¨m 2024 cña Uû ban nh©n d©n tØnh B¾c Giang.\n"
              "C¸c së, ngµnh chñ tr× thùc hiÖn; b¸o c¸o kÕt qu¶ tr\xadíc ngµy 15/12/2024.")
VNI_PLAN = ("Keá hoaïch\nPhaùt trieån kinh teá - xaõ hoäi naêm 2024 cuûa UÛy ban nhaân daân tænh Baéc Giang.\n"
            "Caùc sôû, ngaønh chuû trì thöïc hieän; baùo caùo keát quaû tröôùc ngaøy 15/12/2024.")


def _read(tmp_path, name: str, data: bytes) -> ingest.RawDocument:
    path = tmp_path / name
    path.write_bytes(data)
    return ingest.read(path)


@pytest.mark.parametrize("data, encoding", [
    (PLAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8 (BOM)"),
    (PLAN.encode("utf-16"), "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), "utf-16-be (BOM)"),
    (PLAN.encode("utf-16-le"), "utf-16-le"),
    (PLAN.encode("utf-16-be"), "utf-16-be"),
    (cp1258_bytes(PLAN), "windows-1258"),
])
def test_unicode_and_windows_1258_text(tmp_path, data, encoding):
    raw = _read(tmp_path, "plan.txt", data)
    assert (raw.text, raw.encoding, raw.source_format) == (PLAN, encoding, "txt")


def test_windows_1258_comes_out_composed(tmp_path):
    data = cp1258_bytes(PLAN)
    assert "\u0301".encode("cp1258") in data  # tones really are combining marks in the file
    assert _read(tmp_path, "plan.txt", data).text == PLAN


@pytest.mark.parametrize("legacy, encoding", [(TCVN3_PLAN, "tcvn3"), (VNI_PLAN, "vni")])
def test_legacy_font_bytes(tmp_path, legacy, encoding):
    raw = _read(tmp_path, "cu.txt", legacy.encode("latin-1"))
    assert raw.encoding == encoding
    assert normalize_tones(raw.text) == PLAN.replace("KẾ HOẠCH", "Kế hoạch")


def test_legacy_font_text_saved_as_utf8(tmp_path):
    raw = _read(tmp_path, "copied.txt", TCVN3_PLAN.encode("utf-8"))
    assert raw.encoding == "utf-8+tcvn3"
    assert raw.text.startswith("Kế hoạch\nPhát triển kinh tế - xã hội")


def test_encoding_is_recorded_in_the_documents_table(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cp.txt").write_bytes(cp1258_bytes(PLAN))
    (tmp_path / "in" / "vni.txt").write_bytes(VNI_PLAN.encode("latin-1"))
    runner.run([tmp_path / "in"], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(zip(documents.source_path.map(lambda p: p.rsplit("/", 1)[-1]), documents.encoding)) \
        == [("cp.txt", "windows-1258"), ("vni.txt", "vni")]
    assert documents.text.str.contains("Ủy ban nhân dân tỉnh Bắc Giang").all()


def test_markdown(tmp_path):
    raw = _read(tmp_path, "plan.md", ("# " + PLAN).encode("utf-8"))
    assert raw.source_format == "md" and raw.text.startswith("# KẾ HOẠCH")


def test_document_id_is_the_hash_of_the_bytes(tmp_path):
    a = _read(tmp_path, "a.txt", PLAN.encode("utf-8"))
    b = _read(tmp_path, "b.md", PLAN.encode("utf-8"))
    c = _read(tmp_path, "c.txt", PLAN.encode("utf-16"))
    assert a.doc_id == b.doc_id != c.doc_id and len(a.doc_id) == 16


# ---------------------------------------------------------------------- web pages

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kế hoạch 12</title><style>p { margin: 0 }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><!-- menu --><nav><a href="/">Trang chủ</a></nav>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH BẮC GIANG</p></td></tr><tr><td>Số: 12/KH-UBND</td></tr></table>
<h1>KẾ HOẠCH</h1>
<p>Phát triển <b>kinh tế</b> -&nbsp;xã hội<br>năm 2024.</p>
<ol type="a"><li>Các sở, ngành chủ trì thực hiện;</li><li>báo cáo trước ngày 15/12/2024.</li></ol>
<ul><li>Tuyên truyền</li></ul>
<table><tr><th>TT</th><th>Nội dung</th><th>Thời gian</th></tr>
<tr><td>1</td><td><p>Tổ chức</p><p>tập huấn</p></td><td>Quý IV/2025</td></tr>
<tr><td></td><td></td><td></td></tr></table>
</body></html>"""
PAGE_TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế - xã hội\nnăm 2024.\n"
             "a) Các sở, ngành chủ trì thực hiện;\nb) báo cáo trước ngày 15/12/2024.\nTuyên truyền\n"
             "TT | Nội dung | Thời gian\n1 | Tổ chức tập huấn | Quý IV/2025")


@pytest.mark.parametrize("name", ["plan.html", "plan.htm", "saved-page.txt"])
def test_web_page_paragraphs_lists_and_tables(tmp_path, name):
    """A page read as a .docx is: a line per paragraph or list item (with the label the browser shows),
    a row per line with its cells joined, a frame table around paragraphs read as paragraphs; a page saved
    under a .txt name too."""
    raw = _read(tmp_path, name, PAGE.encode("utf-8"))
    assert raw.source_format == "html" and raw.text == PAGE_TEXT


def test_a_web_page_that_marks_its_document_is_read_there_only(tmp_path):
    related = "<div><ul><li>Quyết định 90/QĐ-TTg về giảm nghèo</li></ul></div>"
    page = f"<html><body>{related}<main><p>{PLAN}</p></main>{related}</body></html>"
    raw = _read(tmp_path, "plan.html", page.encode("utf-8"))
    assert raw.text == " ".join(PLAN.split("\n"))
    raw = _read(tmp_path, "plan.html", page.replace("main>", "article>").encode("utf-8"))
    assert raw.text == " ".join(PLAN.split("\n"))


def test_a_page_without_body_keeps_its_doctype_and_comments_out(tmp_path):
    raw = _read(tmp_path, "plan.txt", f"<!DOCTYPE html><!-- saved --><p>{PLAN}</p>".encode("utf-8"))
    assert raw.source_format == "html" and raw.text == " ".join(PLAN.split("\n"))


def test_web_page_in_windows_1258(tmp_path):
    raw = _read(tmp_path, "plan.htm", cp1258_bytes(f"<html><body><p>{PLAN}</p></body></html>"))
    assert raw.encoding == "windows-1258" and raw.text == " ".join(PLAN.split("\n"))


def test_web_page_gives_the_rows_of_its_text(tmp_path):
    text = (RAW / "003_bcf6707082e6e6bf.txt").read_text(encoding="utf-8")
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plan.html").write_text("<html><body>" + "".join(
        f"<p>{html.escape(line)}</p>" for line in text.split("\n")) + "</body></html>", encoding="utf-8")
    runner.run([tmp_path], tmp_path / "out")
    for table in ("citations", "targets", "budgets", "deadlines", "assignments"):
        rows = pd.read_parquet(tmp_path / "out" / table)
        documents = pd.read_parquet(tmp_path / "out" / "documents")
        by_format = dict(zip(documents.doc_id, documents.source_format))
        counts = rows.doc_id.map(by_format).value_counts()
        assert counts.get("html", 0) == counts.get("txt", 0) > 0, table


# ---------------------------------------------------------------------- Excel workbooks

def _workbook(path, sheets: dict[str, list[list]], merges=()):
    """A workbook of sheets given as rows of values; ``merges`` are (sheet, range) pairs."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    for title, cells in merges:
        workbook[title].merge_cells(cells)
    workbook.save(path)
    return workbook


def test_xlsx_rows_as_table_lines(tmp_path):
    """A line per row, cells joined as a .docx table's; a merged title or header read once, a cell covered
    by the one above empty; numbers, percentages and dates written as a Vietnamese text writes them."""
    path = tmp_path / "phu-luc.xlsx"
    workbook = _workbook(path, {
        "PL1": [["PHỤ LỤC: DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH"], ["Đơn vị: triệu đồng"], [],
                ["TT", "Nội dung", "Kinh phí", None, "Ghi chú"], [None, None, "Năm 2026", "Năm 2027"],
                [1, "Tập huấn  kỹ năng số\ncho cán bộ", 1050, 1.5, None], [None, "Tỷ lệ hoàn thành", 0.85, None, None],
                [2, "Hạn báo cáo", datetime.date(2025, 11, 15), None, None, None]],
        "PL2": [["Sở Tài chính", "chủ trì"]],
    }, merges=[("PL1", "A1:E1"), ("PL1", "C4:D4"), ("PL1", "A4:A5"), ("PL1", "B4:B5")])
    workbook["PL1"]["C7"].number_format = "0%"
    workbook.save(path)
    raw = ingest.read(path)
    assert raw.source_format == "xlsx" and raw.text.split("\n") == [
        "PHỤ LỤC: DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH", "Đơn vị: triệu đồng",
        "TT | Nội dung | Kinh phí | Ghi chú", " |  | Năm 2026 | Năm 2027 | ",
        "1 | Tập huấn kỹ năng số cho cán bộ | 1050 | 1,5 | ", " | Tỷ lệ hoàn thành | 85% |  | ",
        "2 | Hạn báo cáo | 15/11/2025 |  | ", "Sở Tài chính | chủ trì"]
    assert raw.encoding == "unicode"


def test_xlsx_cost_table_gives_the_budgets_of_the_same_table_in_text(tmp_path):
    rows = [["KẾ HOẠCH"], ["IV. KINH PHÍ THỰC HIỆN"], ["Đơn vị: triệu đồng"],
            ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí"],
            [1, "Tổ chức tuyên truyền về chuyển đổi số", "Sở Khoa học và Công nghệ", "Quý IV/2025", 1050],
            [2, "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "Năm 2026", 500]]
    _workbook(tmp_path / "plan.xlsx", {"Sheet1": rows})
    (tmp_path / "plan.txt").write_text("\n".join(" | ".join(str(v) for v in row) for row in rows), encoding="utf-8")
    runner.run([tmp_path], tmp_path / "out")
    budgets = pd.read_parquet(tmp_path / "out" / "budgets")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    by_format = dict(zip(documents.doc_id, documents.source_format))
    amounts = {fmt: sorted(budgets[budgets.doc_id.map(by_format) == fmt].amount_vnd) for fmt in ("txt", "xlsx")}
    assert amounts["xlsx"] == amounts["txt"] == [500_000_000, 1_050_000_000]


# ---------------------------------------------------------------------- docx

def _docx_text(tmp_path, document) -> ingest.RawDocument:
    path = tmp_path / "plan.docx"
    document.save(path)
    return ingest.read(path)


def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Kế hoạch phân công nhiệm vụ năm 2024")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["STT", "Nhiệm vụ", "Thời gian"],
                             ["1", "Tổ chức hội nghị triển khai", "Quý I/2024"],
                             ["2", "Báo cáo sơ kết", "Quý I/2024"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Sở Tài chính bảo đảm kinh phí thực hiện.")
    assert _docx_text(tmp_path, document).text.split("\n") == [
        "Kế hoạch phân công nhiệm vụ năm 2024",
        "STT | Nhiệm vụ | Thời gian",
        "1 | Tổ chức hội nghị triển khai | Quý I/2024",
        "2 | Báo cáo sơ kết | Quý I/2024",
        "Sở Tài chính bảo đảm kinh phí thực hiện.",
    ]


def test_docx_merged_cells_are_read_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Nội dung thực hiện"
    table.cell(0, 2).text = "Đơn vị"
    table.cell(1, 0).text = "Tuyên truyền"
    table.cell(1, 1).text = "Tuyên truyền"
    table.cell(1, 2).merge(table.cell(0, 2))
    assert _docx_text(tmp_path, document).text.split("\n") == [
        "Nội dung thực hiện | Đơn vị", "Tuyên truyền | Tuyên truyền | "]


def test_docx_line_break_inside_a_cell_keeps_the_row_on_one_line(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Tổ chức hội nghị\ntập huấn cán bộ"  # python-docx writes the break as w:br
    table.cell(0, 1).text = "Quý IV/2025"
    assert _docx_text(tmp_path, document).text == "Tổ chức hội nghị tập huấn cán bộ | Quý IV/2025"


def test_docx_footnotes_follow_the_body_as_numbered_lines(tmp_path):
    document = docx.Document()
    document.add_paragraph("Các tỉnh đã ban hành nhiều kế hoạch[^1] để triển khai Nghị quyết[^2].")
    document.add_paragraph("Tổ chức thực hiện.")
    saved = tmp_path / "source.docx"
    document.save(saved)
    data = with_footnotes(saved.read_bytes(), ["Kế hoạch số 30/KH-UBND ngày 29/12/2017.",
                                               "Nghị quyết số 21-NQ/TW ngày 25/10/2017."])
    assert _read(tmp_path, "plan.docx", data).text.split("\n") == [
        "Các tỉnh đã ban hành nhiều kế hoạch[1] để triển khai Nghị quyết[2].", "Tổ chức thực hiện.",
        "[1] Kế hoạch số 30/KH-UBND ngày 29/12/2017.", "[2] Nghị quyết số 21-NQ/TW ngày 25/10/2017."]


def test_docx_numbered_paragraphs_get_their_labels(tmp_path):
    document = docx.Document()
    headings = numbered_list(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    items = [(0, "MỤC ĐÍCH, YÊU CẦU"), (1, "Mục đích"), (2, "Nâng cao nhận thức"), (2, "Bảo đảm an toàn"),
             (1, "Yêu cầu"), (0, "NHIỆM VỤ"), (1, "Tuyên truyền"), (1, "Đào tạo")]
    for level, text in items:
        numbered(document.add_paragraph(text), headings, level)
    assert _docx_text(tmp_path, document).text.split("\n") == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Nâng cao nhận thức", "b) Bảo đảm an toàn",
        "2. Yêu cầu", "II. NHIỆM VỤ", "1. Tuyên truyền", "2. Đào tạo"]


def test_docx_lists_continue_and_restart(tmp_path):
    document = docx.Document()
    steps = numbered_list(document, [("decimal", "%1."), ("decimal", "%1.%2.")])
    numbered(document.add_paragraph("Khảo sát"), steps)
    numbered(document.add_paragraph("Điều tra hộ nghèo"), steps, 1)
    document.add_paragraph("Đoạn văn không đánh số ở giữa.")
    numbered(document.add_paragraph("Tổng hợp"), steps)
    numbered(document.add_paragraph("Khảo sát lại từ đầu"), restart(document, steps))
    bullets = numbered_list(document, [("bullet", "-")])
    numbered(document.add_paragraph("Ý kiến của các sở"), bullets)
    assert _docx_text(tmp_path, document).text.split("\n") == [
        "1. Khảo sát", "1.1. Điều tra hộ nghèo", "Đoạn văn không đánh số ở giữa.", "2. Tổng hợp",
        "1. Khảo sát lại từ đầu", "- Ý kiến của các sở"]


def test_docx_legacy_font_runs_are_converted(tmp_path):
    document = docx.Document()
    title = document.add_paragraph()
    title.add_run("kÕ ho¹ch").font.name = ".VnTimeH"
    body = document.add_paragraph()
    body.add_run("Theo đề nghị của ").font.name = "Times New Roman"
    body.add_run("Uû ban nh©n d©n tØnh").font.name = ".VnTime"
    body.add_run(", ").font.name = "Times New Roman"
    body.add_run("Keá hoaïch naøy").font.name = "VNI-Times"
    soft_hyphen_run(document.add_paragraph(), "ng", "êi d©n", ".VnTime")
    raw = _docx_text(tmp_path, document)
    assert raw.text.split("\n") == ["KẾ HOẠCH", "Theo đề nghị của Uỷ ban nhân dân tỉnh, Kế hoạch này", "người dân"]
    assert raw.encoding == "unicode+tcvn3+vni"


def test_docx_legacy_font_from_the_paragraph_style(tmp_path):
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    document.add_paragraph("Ch\xad¬ng tr×nh môc tiªu quèc gia")
    assert _docx_text(tmp_path, document).text == "Chương trình mục tiêu quốc gia"


def test_docx_without_styles_or_numbering_parts(tmp_path):
    raw = _read(tmp_path, "min.docx", minimal_docx(["Kế hoạch số 7/KH-UBND", "Triển khai nhiệm vụ năm 2024"]))
    assert raw.text == "Kế hoạch số 7/KH-UBND\nTriển khai nhiệm vụ năm 2024"


# ----------------------------------------------------------------- Word 97-2003

def _doc_with(tmp_path, offset: int, value: int) -> ingest.RawDocument:
    """plan.doc with one 16-bit field of its File Information Block changed."""
    path = tmp_path / "changed.doc"
    shutil.copy(FIXTURES / "plan.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", word, offset, value)
        ole.write_stream("WordDocument", bytes(word))
    return ingest.read(path)


def test_doc_paragraphs_fields_footnotes_and_tables_read_as_in_a_docx():
    raw = ingest.read(FIXTURES / "plan.doc")
    assert raw.source_format == "doc" and raw.encoding == "unicode"
    assert raw.text.rstrip("\n").split("\n") == [
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "KẾ HOẠCH", "Truyền thông về giảm nghèo bền vững năm 2025",
        "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ (vanban.chinhphu.vn);",
        "Các địa phương đã ban hành nhiều kế hoạch[1] để triển khai.",
        "STT | Nhiệm vụ | Thời gian",
        "1 | Tổ chức hội nghị tập huấn cán bộ cơ sở | Quý IV/2025",  # a cell of two paragraphs
        "2 | Báo cáo kết quả | Trước ngày 15/12/2025",
        "3 |  | ",  # an empty cell, and one the cell above spans
        " | ".join(f"Năm {year}" for year in range(2021, 2031)),  # row properties kept in the Data stream
        " | ".join(f"{n} tỷ đồng" for n in range(10, 20)),
        "Kinh phí thực hiện: 1.050 triệu đồng từ ngân sách tỉnh.",
        "[1] Kế hoạch số 30/KH-UBND ngày 29/12/2017 của Ủy ban nhân dân tỉnh."]  # the footnote


def test_doc_numbered_paragraphs_get_their_labels_as_in_a_docx():
    raw = ingest.read(FIXTURES / "lists.doc")
    assert raw.text.rstrip("\n").split("\n") == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Nâng cao nhận thức", "b) Bảo đảm an toàn", "2. Yêu cầu",
        "II. NHIỆM VỤ", "1. Tuyên truyền", "Đoạn văn không đánh số.", "- Ý kiến của các sở",
        "1. Khảo sát", "1.1. Điều tra hộ nghèo", "1. Khảo sát lại từ đầu",
        "PHẦN I. TỔ CHỨC THỰC HIỆN"]  # numbered by its heading style alone


def test_doc_in_a_legacy_font_is_converted():
    raw = ingest.read(FIXTURES / "tcvn3.doc")
    assert raw.encoding == "unicode+tcvn3"
    assert normalize_tones(raw.text.rstrip("\n")) == PLAN.replace("KẾ HOẠCH", "Kế hoạch")


def test_doc_goes_through_the_pipeline(tmp_path):
    out = tmp_path / "out"
    runner.run([FIXTURES / "plan.doc"], out)
    documents = pd.read_parquet(out / "documents")
    citations = pd.read_parquet(out / "citations")
    budgets = pd.read_parquet(out / "budgets")
    assert documents.source_format.tolist() == ["doc"]
    assert {"90/QĐ-TTg", "30/KH-UBND"} <= set(citations.reference)  # the second is cited in the footnote
    assert 1_050_000_000 in budgets.amount_vnd.tolist()


def test_a_docx_saved_under_a_doc_name_is_read_as_a_docx(tmp_path):
    raw = _read(tmp_path, "renamed.doc", minimal_docx(["Kế hoạch số 7/KH-UBND", "Triển khai nhiệm vụ năm 2024"]))
    assert (raw.source_format, raw.text) == ("docx", "Kế hoạch số 7/KH-UBND\nTriển khai nhiệm vụ năm 2024")


@pytest.mark.parametrize("make, error_type, message", [
    (lambda tmp: _read(tmp, "rtf.doc", b"{\\rtf1\\ansi K\\'ea ho\\'1ch}"), "unsupported_format",
     "an RTF file under a .doc name; save it as .docx or .pdf"),
    (lambda tmp: _doc_with(tmp, 0x02, 104), "unsupported_format", "a Word 6/95 .doc; save it as .docx or .pdf"),
    (lambda tmp: _doc_with(tmp, 0x0A, 0x0300), "encrypted_doc", "the .doc is password-protected"),
    (lambda tmp: _read(tmp, "cut.doc", (FIXTURES / "plan.doc").read_bytes()[:6000]), "corrupt_doc", None),
])
def test_doc_that_cannot_be_read_says_why(tmp_path, make, error_type, message):
    with pytest.raises(ingest.IngestError) as caught:
        make(tmp_path)
    assert caught.value.error_type == error_type
    assert message is None or caught.value.message == message


# ----------------------------------------------------------------------- PDF

def test_pdf_text_layer_pages_are_separated_by_form_feeds(tmp_path):
    pdf = PdfBuilder()
    pdf.page().line("I. MỤC ĐÍCH, YÊU CẦU").line("Nâng cao chất lượng dịch vụ công trực tuyến.")
    pdf.page().line("II. NHIỆM VỤ").line("Triển khai nền tảng số dùng chung của tỉnh.")
    pdf.page().line("III. TỔ CHỨC THỰC HIỆN")
    raw = ingest.read(pdf.save(tmp_path / "plan.pdf"))
    assert (raw.pages, raw.ocr_pages, raw.encoding) == (3, 0, "unicode")
    assert raw.text.split("\n\f\n") == [
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng dịch vụ công trực tuyến.",
        "II. NHIỆM VỤ\nTriển khai nền tảng số dùng chung của tỉnh.",
        "III. TỔ CHỨC THỰC HIỆN"]


def test_pdf_two_column_header_and_signature_are_read_column_by_column(tmp_path):
    pdf = official_header(PdfBuilder().page())
    pdf.line("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân")
    pdf.line("tỉnh ban hành Kế hoạch thực hiện chuyển đổi số năm 2023 như sau:").skip(1)
    pdf.row(None, "TM. ỦY BAN NHÂN DÂN")
    pdf.row("Nơi nhận:", "KT. CHỦ TỊCH", left_center=90)
    pdf.row("- Như trên;", "PHÓ CHỦ TỊCH", left_center=90)
    pdf.line("- Lưu: VT, TH.").skip(3)
    pdf.row(None, "Nguyễn Văn An")
    text = ingest.read(pdf.save(tmp_path / "kh.pdf")).text
    assert text.split("\n") == [
        "ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "Số: 52/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Bắc Giang, ngày 10 tháng 3 năm 2023",
        "KẾ HOẠCH", "Thực hiện chuyển đổi số trên địa bàn tỉnh năm 2023",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân",
        "tỉnh ban hành Kế hoạch thực hiện chuyển đổi số năm 2023 như sau:",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]


def test_pdf_body_stays_line_by_line_and_a_ruled_table_row_joins_its_cells(tmp_path):
    pdf = official_header(PdfBuilder().page())
    pdf.line("Tỷ lệ hộ nghèo giảm bình quân 1,5% mỗi năm theo chuẩn nghèo đa chiều của giai đoạn")
    pdf.row("2021 - 2025;", "tỷ lệ hộ cận nghèo giảm", left_center=95, right_center=480)
    pdf.line("bình quân 1% mỗi năm; không để tái nghèo trên diện rộng tại các huyện, thành phố.")
    pdf.skip(1).table([["Chỉ tiêu", "Kết quả năm 2023"], ["Hộ nghèo", "2,5%"], ["Hộ cận nghèo", "3,1%"]],
                      columns=[64, 330])
    lines = ingest.read(pdf.save(tmp_path / "t.pdf")).text.split("\n")
    assert lines[8:] == [
        "Tỷ lệ hộ nghèo giảm bình quân 1,5% mỗi năm theo chuẩn nghèo đa chiều của giai đoạn",
        "2021 - 2025; tỷ lệ hộ cận nghèo giảm",
        "bình quân 1% mỗi năm; không để tái nghèo trên diện rộng tại các huyện, thành phố.",
        "Chỉ tiêu | Kết quả năm 2023", "Hộ nghèo | 2,5%", "Hộ cận nghèo | 3,1%"]


CORPUS_001_ITEMS = [  # corpus 001 (Cần Thơ), section V
    "5. Sở Văn hóa, Thể thao và Du lịch",
    "b) Phối hợp đồng bộ công tác tuyên truyền phòng, chống ma túy trong các hoạt động văn hóa, văn nghệ, thể dục "
    "thể thao, du lịch; lồng ghép với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, xây dựng gia đình, "
    "dòng họ, khu dân cư văn hóa không có tệ nạn ma túy.",
    "c) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Tiểu dự án 1 thuộc Dự án 7: “Truyền thông về "
    "phòng, chống ma túy” theo chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch.",
    "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể để triển khai thực hiện."]


def test_pdf_lines_the_page_wrapped_are_joined_again(tmp_path):
    """Each paragraph is one line again, whatever ends the lines the page broke it into (":" before a quote
    included); a paragraph that ends a line stays apart from the next."""
    raw = ingest.read(wrapped_pdf(tmp_path / "p.pdf", CORPUS_001_ITEMS))
    assert raw.text.split("\n") == CORPUS_001_ITEMS


def test_pdf_a_full_line_before_a_paragraph_opener_stays_apart(tmp_path):
    """A basis line that fills its last line ends there: the next "Căn cứ …" is a paragraph of its own."""
    basis = [filled_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", " và", ";"),
             "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư, "
             "quy định thể thức, kỹ thuật trình bày văn bản hành chính;",
             CORPUS_001_ITEMS[1]]
    assert ingest.read(wrapped_pdf(tmp_path / "p.pdf", basis)).text.split("\n") == basis


def test_pdf_a_footnote_in_smaller_type_is_not_joined_to_the_text_above(tmp_path):
    body = filled_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", " và", ";")
    note = "https://vanban.chinhphu.vn/?pageid=27160&docid=204500 (Quyết định số 1719/QĐ-TTg)."
    text = ingest.read(wrapped_pdf(tmp_path / "p.pdf", [CORPUS_001_ITEMS[1], body], footnote=note)).text
    assert text.split("\n") == [CORPUS_001_ITEMS[1], body, note]


def test_pdf_paragraph_running_on_to_the_next_page_is_one_line(tmp_path):
    """The page break takes the place of the space, and normalising keeps it there."""
    long = " ".join(f"Tuyên truyền phòng, chống ma túy tại trường học và khu dân cư số {k};" for k in range(90))
    raw = ingest.read(wrapped_pdf(tmp_path / "p.pdf", [CORPUS_001_ITEMS[0], long, CORPUS_001_ITEMS[3]]))
    assert raw.pages == 2
    lines = raw.text.split("\n")
    assert len(lines) == 3 and lines[1].count("\f") == 1 and lines[1].replace("\f", " ") == long
    assert normalize.normalize(raw.text).split("\n") == lines


def test_pdf_table_cell_joins_a_symbol_broken_at_its_edge(tmp_path):
    """Corpus 040: a citation too long for its cell is one symbol again; words wrapped in a cell are not joined."""
    path = table_pdf(tmp_path / "t.pdf", ["Bảng"], [
        ["TT", "Địa phương", "Ghi chú"],
        ["1", "Xã Đan Điền", "Theo Nghị quyết 1314/NQ-UBTVQH15 (nghìn USD)"]], widths=(20, 100, 18))
    assert ingest.read(path).text.split("\n")[-1] == "1 | Xã Đan Điền | Theo Nghị quyết 1314/NQ-UBTVQH15 (nghìn USD)"


def test_pdf_table_cells_that_wrap_and_merge_read_as_in_a_docx(tmp_path):
    """A task cell over three lines stays whole; merged heading cells give what a .docx row gives."""
    path = table_pdf(tmp_path / "t.pdf", ["IV. KINH PHÍ THỰC HIỆN", "Đơn vị: triệu đồng"], [
        [("TT", {"rowspan": 2}), ("Nội dung", {"rowspan": 2}), ("Kinh phí", {"colspan": 2})],
        ["Năm 2026", "Năm 2027"],
        ["1", "Tổ chức tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng", "1.050", "500"]],
        widths=(20, 120, 50, 50))
    assert ingest.read(path).text.split("\n") == [
        "IV. KINH PHÍ THỰC HIỆN", "Đơn vị: triệu đồng", "TT | Nội dung | Kinh phí", " |  | Năm 2026 | Năm 2027",
        "1 | Tổ chức tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng | 1.050 | 500"]


def test_pdf_legacy_font_text_layer_is_converted(tmp_path):
    pdf = PdfBuilder().page()
    for line in TCVN3_PLAN.split("\n"):
        pdf.line(line)
    raw = ingest.read(pdf.save(tmp_path / "cu.pdf"))
    assert raw.encoding == "unicode+tcvn3"
    assert normalize_tones(raw.text) == PLAN.replace("KẾ HOẠCH", "Kế hoạch")


def test_pdf_text_in_a_capital_tcvn3_font_is_converted_by_font_name(tmp_path):
    pdf = PdfBuilder().page().line("kÕ ho¹ch ph¸t triÓn").line("Uû ban nh©n d©n")  
    raw = ingest.read(rename_fonts(pdf.save(tmp_path / "h.pdf"), ".VnTimeH"))
    assert (raw.text, raw.encoding) == ("KẾ HOẠCH PHÁT TRIỂN\nUỶ BAN NHÂN DÂN", "unicode+tcvn3")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_pdf_image_only_page_is_read_by_ocr(tmp_path):
    path = image_pdf(tmp_path / "scan.pdf", ["KẾ HOẠCH", "Phát triển kinh tế xã hội", "Ủy ban nhân dân tỉnh Bắc Giang"])
    raw = ingest.read(path)
    assert (raw.pages, raw.ocr_pages) == (1, 1)
    for word in ("KẾ HOẠCH", "kinh tế", "Ủy ban nhân dân", "Bắc Giang"):
        assert word in raw.text


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_scanned_page_under_a_signature_stamp_is_read_by_ocr(tmp_path):
    """A digitally signed scan has a text layer: the few words of the stamp, not the page; the page is OCR'd."""
    raw = ingest.read(signed_scan_pdf(tmp_path / "signed.pdf", ["KẾ HOẠCH", "Ủy ban nhân dân tỉnh Bắc Giang"]))
    assert raw.ocr_pages == 1
    assert "KẾ HOẠCH" in raw.text and "Ủy ban nhân dân tỉnh Bắc Giang" in raw.text


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_text_page_over_a_background_picture_keeps_its_text_layer(tmp_path):
    """A picture under a short page of text (a tinted background) holds no more than the text layer."""
    from PIL import Image

    pdf = PdfBuilder().page()
    pdf.pdf.image(Image.new("L", (1654, 2339), 235), x=0, y=0, w=pdf.width)
    pdf.line("Danh sách các xã, phường tham gia Chương trình năm 2025").line("Xã Đan Điền, phường Thuận An")
    raw = ingest.read(pdf.save(tmp_path / "tinted.pdf"))
    assert (raw.ocr_pages, raw.text) == (0, "Danh sách các xã, phường tham gia Chương trình năm 2025\n"
                                            "Xã Đan Điền, phường Thuận An")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_scanned_page_saved_as_an_image_is_read_by_ocr(tmp_path):
    path = tmp_path / "scan.png"
    page_image(["KẾ HOẠCH", "Phát triển kinh tế xã hội", "Ủy ban nhân dân tỉnh Bắc Giang"]).save(path)
    raw = ingest.read(path)
    assert (raw.source_format, raw.pages, raw.ocr_pages) == ("image", 1, 1)
    for word in ("KẾ HOẠCH", "kinh tế", "Ủy ban nhân dân", "Bắc Giang"):
        assert word in raw.text


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_multipage_tiff_gives_a_page_per_frame(tmp_path):
    path = tmp_path / "scan.tif"
    first, second = page_image(["KẾ HOẠCH", "Tuyên truyền"]), page_image(["Ủy ban nhân dân tỉnh Bắc Giang"])
    first.save(path, save_all=True, append_images=[second])
    raw = ingest.read(path)
    assert (raw.pages, raw.ocr_pages) == (2, 2)
    first, second = raw.text.split("\n\f\n")
    assert "KẾ HOẠCH" in first and "Bắc Giang" in second


# --------------------------------------------------------------- zip archives

def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_the_documents_of_a_zip_are_read_like_those_of_a_folder(tmp_path):
    seed = (RAW / "000_199e2adfb414d109.txt").read_bytes()
    _zip(tmp_path / "batch.zip", {"Kế hoạch/KH 23.txt": seed, "Kế hoạch/plan.doc": (FIXTURES / "plan.doc").read_bytes(),
                                  "manifest.csv": b"file,title", "__MACOSX/._KH 23.txt": b"\0",
                                  "bang.xls": b"\xd0\xcf", "inner.zip": b"PK"})
    found = [str(m) for m in runner.expand([tmp_path])]
    assert found == [f"{tmp_path}/batch.zip/{name}"
                     for name in ("Kế hoạch/KH 23.txt", "Kế hoạch/plan.doc", "bang.xls", "inner.zip")]
    runner.run([tmp_path], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert sorted(documents.source_path) == found[:2]
    assert documents.doc_id[documents.source_path == found[0]].item() == ingest.read(RAW / "000_199e2adfb414d109.txt").doc_id
    assert dict(zip(errors.source_path, errors.error_type)) == {found[2]: "unsupported_format",
                                                               found[3]: "unsupported_format"}


def test_an_encrypted_document_in_a_zip_gets_an_error_row(tmp_path):
    data = bytearray(_zip(tmp_path / "locked.zip", {"plan.txt": "Kế hoạch năm 2024".encode()}).read_bytes())
    for header, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag, as a password does
        at = data.index(header) + flags_at
        data[at] |= 1
    (tmp_path / "locked.zip").write_bytes(bytes(data))
    (member,) = runner.expand([tmp_path / "locked.zip"])
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read(member)
    assert caught.value.error_type == "encrypted_archive"
