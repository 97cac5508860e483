"""Tables flattened to "cell | cell" lines, read by column role."""
from __future__ import annotations

import pytest

from extractors import tables
from pipeline.table_columns import column_role, column_year

from documents import snippet
from parsed import parse

# a task table (corpus 019, shortened): group titles over two lines, a sub-row without index, a short row
TASKS = """PHỤ LỤC
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành | Kết quả dự kiến
I
Hoàn thiện thể chế
1 | Phối hợp rà soát, sửa đổi Luật Quy hoạch | Sở Tài chính | Các sở, ngành | Quý IV/2025 | Luật Quy hoạch
2 | Quản lý, vận hành Hệ thống thông tin | Sở Tài chính | Các sở, ngành, UBND xã, phường | Quý IV/2026
Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố. | Sở Khoa học và Công nghệ | Sở Tài chính
II. Các nhiệm vụ khác
3 | Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành | Sở Tài chính | Hằng năm.
Xây dựng hạ tầng kỹ thuật dự phòng phục vụ triển khai cơ sở dữ liệu quốc gia.
Trung tâm Chuyển đổi số Thành phố
4 | Học tập kinh nghiệm nước ngoài | Sở Tài chính | Các sở, ngành | Năm 2025-2030
Trên đây là Kế hoạch triển khai thực hiện Đề án của Ủy ban nhân dân Thành phố.
"""


def cells(doc, row) -> dict:
    """A row's cell texts by column role."""
    return {c.role: doc.text[c.start:c.end] for c in row.cells if c.end > c.start}


@pytest.mark.parametrize("name, role", [
    ("TT", "index"), ("Nội dung/nhiệm vụ", "task"), ("Cơ quan chủ trì", "lead"),
    ("Cơ quan chủ trì theo dõi, đánh giá", "lead"), ("Đơn vị phối hợp thực hiện", "coordinate"),
    ("Đơn vị thực hiện", "implement"), ("Thời gian thực hiện", "time"), ("Nội dung thực hiện", "task"),
    ("Sản phẩm đầu ra", "result"), ("Nguồn kinh phí", "source"), ("Thành tiền (đồng)", "money"),
    ("Chỉ tiêu", "indicator"), ("ĐVT", "unit"), ("Năm 2026", "value"), ("Kế hoạch 2027", "value"),
    ("ƯTH Năm 2025", "actual"), ("Đánh giá thực hiện", "actual"), ("Ghi chú", "note"),
    ("Tỷ lệ vốn đối ứng ngân sách địa phương (%)", "share"), ("NS Trung ương (%)", "share"),
    ("DT 2026 với UTH 2025 (%)", "actual"),  # a comparison, not a share the text sets
    ("Co quan chu tri", "lead"),  # OCR text without tone marks
    ("Họ và tên chủ hộ", None), ("Vị trí lấy mẫu (theo tọa độ VN-2000)", None),
])
def test_column_names_give_roles(name, role):
    assert column_role(name) == role


def test_column_years():
    assert [column_year(n) for n in ("Năm 2026", "Giai đoạn 2026 - 2030", "Nội dung")] == [2026, None, None]


def test_task_rows_are_read_by_role_under_their_group():
    doc = snippet(TASKS)
    rows = [r for r in tables.read(doc).rows if not r.is_group]
    assert cells(doc, rows[0]) == {"index": "1", "task": "Phối hợp rà soát, sửa đổi Luật Quy hoạch",
                                   "lead": "Sở Tài chính", "coordinate": "Các sở, ngành", "time": "Quý IV/2025",
                                   "result": "Luật Quy hoạch"}
    assert rows[0].group == "Hoàn thiện thể chế"
    assert rows[3].group == "Các nhiệm vụ khác"


def test_a_sub_row_without_index_starts_at_the_task():
    doc = snippet(TASKS)
    sub = [r for r in tables.read(doc).rows if not r.is_group][2]
    assert cells(doc, sub) == {
        "task": "Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố.",
        "lead": "Sở Khoa học và Công nghệ", "coordinate": "Sở Tài chính"}


def test_a_short_row_puts_its_time_under_the_time_column():
    doc = snippet(TASKS)
    short = [r for r in tables.read(doc).rows if not r.is_group][3]
    assert cells(doc, short) == {"index": "3", "task": "Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành",
                                 "lead": "Sở Tài chính", "time": "Hằng năm."}


def test_a_sub_row_written_one_cell_per_line_is_a_continuation_row():
    doc = snippet(TASKS)
    row = [r for r in tables.read(doc).rows if not r.is_group][4]
    assert cells(doc, row) == {
        "task": "Xây dựng hạ tầng kỹ thuật dự phòng phục vụ triển khai cơ sở dữ liệu quốc gia.",
        "lead": "Trung tâm Chuyển đổi số Thành phố"}
    assert row.start < row.end and "\n" in doc.text[row.start:row.end]


def test_text_after_the_table_is_not_part_of_it():
    doc = snippet(TASKS)
    layout = tables.read(doc)
    closing = doc.text.index("Trên đây")
    assert not layout.covers(closing) and layout.row_at(closing) is None
    assert layout.covers(doc.text.index("TT |")) and layout.covers(doc.text.index("Hoàn thiện thể chế"))


def test_every_cell_points_at_its_text():
    doc = snippet(TASKS)
    for row in tables.read(doc).rows:
        for cell in row.cells:
            text = doc.text[cell.start:cell.end]
            assert text == text.strip() and "|" not in text and "\n" not in text


def test_a_header_repeated_without_its_index_column():
    doc = snippet("STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Thời gian thực hiện\nB\nPHÁT TRIỂN KINH TẾ SỐ\n"
                  "Nội dung | Đơn vị thực hiện | Thời gian thực hiện\n"
                  "1.1 | Kiện toàn Ban Chỉ đạo | Sở Khoa học và Công nghệ | 2025")
    row = tables.read(doc).rows[-1]
    assert cells(doc, row) == {"index": "1.1", "task": "Kiện toàn Ban Chỉ đạo",
                               "implement": "Sở Khoa học và Công nghệ", "time": "2025"}
    assert row.group == "PHÁT TRIỂN KINH TẾ SỐ"


# a budget form (corpus 023): names under the spanning columns, then the column numbers
SPANNING = """Đơn vị: Triệu đồng.
STT | Nội dung | Năm hiện hành 2025 | Dự kiến 03 năm kế hoạch
Dự toán HĐND tỉnh quyết định | Đánh giá thực hiện | Năm 2026 | Năm 2027 | Năm 2028
A | B | 1 | 2 | 3 | 4 | 5
1 | Chi đầu tư phát triển | 5.937.440 | 5.817.196 | 6.508.100 | 7.409.529 | 8.525.415
"""


def test_names_under_spanning_columns_name_the_columns():
    doc = snippet(SPANNING)
    (row,) = tables.read(doc).rows
    assert [(c.column.name, c.role, c.column.year) for c in row.cells[2:]] == [
        ("Dự toán HĐND tỉnh quyết định", "money", 2025), ("Đánh giá thực hiện", "actual", 2025),
        ("Năm 2026", "value", 2026), ("Năm 2027", "value", 2027), ("Năm 2028", "value", 2028)]


def test_names_under_one_spanning_column_on_lines_of_their_own():
    doc = snippet("TT | Nội dung | Đơn vị tính | Định mức\nKhu vực đô thị\nKhu vực còn lại\n"
                  "1 | Mầm non (MN) | Đồng/học sinh/năm | 16.500.000 | 18.000.000")
    (row,) = tables.read(doc).rows
    assert [(c.column.name, c.role) for c in row.cells[3:]] == [("Khu vực đô thị", "money"),
                                                              ("Khu vực còn lại", "money")]


def test_rows_may_leave_out_the_last_names_under_a_spanning_column():
    """Corpus 041: a total under the spanning column and the note are left empty in every row."""
    doc = snippet("TT | Địa phương | Tỷ lệ vốn đối ứng ngân sách địa phương (%) | Ghi chú\nThành phố\nXã\n"
                  "Tổng cộng\n1 | Xã Long Quảng | 70 | 30")
    (row,) = tables.read(doc).rows
    assert [(c.column.name, c.role, doc.text[c.start:c.end]) for c in row.cells[2:4]] == [
        ("Thành phố", "share", "70"), ("Xã", "share", "30")]


# an indicator table (corpus 033): groups as an index line and a title line, rows under a bullet
INDICATORS = """TT | Chỉ tiêu | ĐVT | ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030
Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030
I
CÂY CÔNG NGHIỆP
1
Cà Phê
- | Diện tích | Ha | 26.120 | 27.000 | 27.500 | 28.000 | 29.000 | 30.000
"""


def test_indicator_rows_under_their_group_title():
    doc = snippet(INDICATORS)
    rows = tables.read(doc).rows
    assert [r.is_group for r in rows] == [True, True, False]
    row = rows[-1]
    assert row.group == "Cà Phê" and row.has("indicator")
    assert [(doc.text[c.start:c.end], c.role, c.column.year) for c in row.cells[3:5]] == [
        ("26.120", "actual", 2025), ("27.000", "value", 2026)]


def test_a_group_ends_at_the_numbered_item_after_its_own():
    """Corpus 023: "3" / "Cơ cấu kinh tế" titles its bulleted rows, and "4 | Chỉ số giá tiêu dùng …" is the item
    after it, not one of its rows; a group whose first numbered row restarts the count keeps its rows."""
    doc = snippet("STT | Nội dung | Đơn vị tính | Năm 2026 | Năm 2027\n"
                  "3\nCơ cấu kinh tế\n- Dịch vụ | % | 37,30 | 38,14\n"
                  "4 | Chỉ số giá tiêu dùng (CPI) | % | 5,21 | 5,21\nTỷ lệ so với GRDP | % | 41 | 40\n"
                  "II\nSở Y tế\n1 | Tổ chức tập huấn | Lớp | 2 | 2\n2 | Tổ chức kiểm tra | Đợt | 1 | 1\n")
    rows = [r for r in tables.read(doc).rows if not r.is_group]
    assert [r.group for r in rows] == ["Cơ cấu kinh tế", None, None, "Sở Y tế", "Sở Y tế"]


def test_a_table_without_a_named_header_opens_with_its_first_line():
    doc = snippet("Chỉ tiêu | ĐVT | Năm 2026\nTổng thu | Tỷ đồng | 1.200")
    (row,) = tables.read(doc).rows
    assert cells(doc, row) == {"indicator": "Tổng thu", "unit": "Tỷ đồng", "value": "1.200"}


# an indicator table with rows cut across lines (corpus 023, Mẫu biểu số 01 and 04, shortened)
CUT_ROWS = """STT | Nội dung | Đơn vị tính | Năm 2025 | Năm 2026 | Năm 2027 | Năm 2028
1 | Tốc độ tăng trưởng GRDP | % | 8,00 | 10,00 | 10,00 | 10,00
2 | Dự phòng ngân sách | Triệu đồng | 463.298
444.892 | 487.525 | 513.155
3 | Chi thực hiện các Chương trình mục tiêu quốc gia | Triệu đồng | 316.324
900.000
1.350.000
4 | Số trường đại học, cao đẳng | Trường | 7 | 7 | 7 | 7
- Số đối tượng mua BHYT
+ Trẻ em dưới 6 tuổi
Người
169.559 | 171.242 | 171.242 | 171.242
"""


def years(doc, row) -> dict:
    """A row's number cells by the year of their column."""
    return {c.column.year: doc.text[c.start:c.end] for c in row.cells if c.column and c.column.year}


def test_a_row_cut_across_lines_is_read_whole_its_later_numbers_in_the_last_columns():
    doc = snippet(CUT_ROWS)
    layout = tables.read(doc)
    rows = layout.rows
    assert [doc.text[r.start:r.end].split("\n")[0] for r in rows] == [
        "1 | Tốc độ tăng trưởng GRDP | % | 8,00 | 10,00 | 10,00 | 10,00",
        "2 | Dự phòng ngân sách | Triệu đồng | 463.298", "3 | Chi thực hiện các Chương trình mục tiêu quốc gia | "
        "Triệu đồng | 316.324", "4 | Số trường đại học, cao đẳng | Trường | 7 | 7 | 7 | 7",
        "- Số đối tượng mua BHYT", "+ Trẻ em dưới 6 tuổi"]
    assert years(doc, rows[1]) == {2025: "463.298", 2026: "444.892", 2027: "487.525", 2028: "513.155"}
    assert years(doc, rows[2]) == {2025: "316.324", 2027: "900.000", 2028: "1.350.000"}
    assert cells(doc, rows[5])["unit"] == "Người"
    assert years(doc, rows[5]) == {2025: "169.559", 2026: "171.242", 2027: "171.242", 2028: "171.242"}
    assert layout.row_at(doc.text.index("444.892")) is rows[1]


def test_a_row_of_numbers_with_an_index_is_a_row_of_its_own():
    """Corpus 027: "2 | 500.000 | 1.000.000" under "1 | Thuê, trang trí hội trường | Ngày" starts with a
    number that may be an index: it is not taken as the end of the row above."""
    doc = snippet("TT | Nội dung | Đơn vị tính | Số lượng | Đơn giá (đồng) | Thành tiền (đồng)\n"
                  "1 | Thuê, trang trí hội trường | Ngày\n2 | 500.000 | 1.000.000\n")
    assert len(tables.read(doc).rows) == 2


@pytest.mark.parametrize("above, title", [
    # corpus 023: the signer's name, then the form's number and name, its attachment note and unit
    ("Lâm Văn Bi\nMẫu biểu số 02\nBIỂU TỔNG HỢP DỰ TOÁN THU NSNN NĂM GIAI ĐOẠN 2026 – 2028\n(Kèm theo Kế hoạch số "
     "0204/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh Cà Mau)\nĐơn vị: Triệu đồng.",
     "Mẫu biểu số 02 BIỂU TỔNG HỢP DỰ TOÁN THU NSNN NĂM GIAI ĐOẠN 2026 – 2028"),
    # corpus 015: a name in capitals with a word that is not ("IoT")
    ("PHỤ LỤC\nNHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG 5G, IoT",
     "PHỤ LỤC NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG 5G, IoT"),
    ("Chi tiết như sau:\nDỰ TOÁN KINH PHÍ THỰC HIỆN", "DỰ TOÁN KINH PHÍ THỰC HIỆN"),  # capitals alone
    # corpus 041, 043: prose above a table, an appendix it only names
    ("3. Sửa đổi Phụ lục III như sau: “1.2.2. Phân bổ cho địa phương:", None),
    ("12. Chi thường xuyên khác", None),
])
def test_a_tables_own_title(above, title):
    doc = parse(f"KẾ HOẠCH\n{above}\nTT | Nội dung | Kinh phí\n1 | Tập huấn | 100\n")
    (row,) = tables.read(doc).rows
    assert row.table_title == title
