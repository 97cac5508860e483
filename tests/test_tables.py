"""Tables flattened to "cell | cell" lines, read by column name."""
from __future__ import annotations

from extractors import tables

from documents import snippet

TABLE = """PHỤ LỤC
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành | Kết quả dự kiến
1 | Phối hợp rà soát, sửa đổi Luật Quy hoạch | Sở Tài chính | Các sở, ngành | Quý IV/2025 | Luật Quy hoạch
II
Xây dựng hạ tầng công nghệ
2 | Quản lý, vận hành Hệ thống thông tin | Sở Tài chính | Quý IV/2026
Cơ quan có liên quan | Sở Tài chính | Hằng năm
"""


def test_rows_keep_their_header_across_group_titles():
    doc = snippet(TABLE)
    rows = list(tables.rows(doc).values())
    assert [r.text(doc, 0) for r in rows] == ["1", "2", "Cơ quan có liên quan"]
    assert all(r.header[-2] == "thời gian dự kiến hoàn thành" for r in rows)
    assert rows[0].text(doc, rows[0].column(("chủ trì",))) == "Sở Tài chính"


def test_a_short_row_has_no_column_beyond_its_cells():
    doc = snippet(TABLE)
    short = list(tables.rows(doc).values())[1]
    assert short.column(("thời gian",)) is None
    assert short.column(("nhiệm vụ",)) == 1


def test_a_table_without_a_named_header_opens_with_its_first_line():
    doc = snippet("Chỉ tiêu | ĐVT | Năm 2026\nTổng thu | Tỷ đồng | 1.200")
    (row,) = tables.rows(doc).values()
    assert row.header == ["chỉ tiêu", "đvt", "năm 2026"]
    assert row.text(doc, row.column(("năm",))) == "1.200"


def test_a_header_without_the_index_column_still_names_the_columns():
    doc = snippet("STT | Nhiệm vụ | Đơn vị thực hiện | Thời gian thực hiện\nI | Thể chế\n"
                  "Nội dung | Đơn vị thực hiện | Thời gian thực hiện\n"
                  "1.1 | Kiện toàn Ban Chỉ đạo | Sở Khoa học và Công nghệ | 2025")
    (row,) = [r for r in tables.rows(doc).values() if r.text(doc, 0) == "1.1"]
    assert row.text(doc, row.column(("thời gian",))) == "2025"
    assert row.text(doc, row.column(("nội dung",))) == "Kiện toàn Ban Chỉ đạo"
