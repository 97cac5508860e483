"""Tables laid out one cell per line become "cell | cell" lines; other text stays as it is."""
from __future__ import annotations

from pipeline import cell_tables
from pipeline.normalize import PAGE_BREAK, normalize

from conftest import RAW


def cells(*lines: str) -> str:
    """Lines as a converter writes one cell per line: a blank line between cells."""
    return "\n\n".join(lines) + "\n"


# Phụ lục II of a Quyết định of the Prime Minister (corpus 045), its first rows
TASKS = cells(
    "PHỤ LỤC II DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
    "TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện",
    "I", "Hoàn thiện thể chế",
    "1", "Xây dựng Luật An ninh dữ liệu.", "Bộ Công an",
    "Bộ Khoa học và Công nghệ, Bộ Tài chính và các bộ, ngành, địa phương khác có liên quan",
    "Trình Quốc hội dự thảo Luật", "Tháng 12/2026",
    "2", "Xây dựng Chiến lược dữ liệu bảo đảm phù hợp với Khung kiến trúc dữ liệu quốc gia.",
    "Các bộ, ngành, địa phương", "Bộ Công an", "Chiến lược dữ liệu", "được xây dựng phù hợp yêu cầu",
    "Năm 2025-2030",
    "3", "Hình thành hạ tầng lưu trữ, tính toán đạt tiêu chuẩn quốc tế.", "Các bộ, ngành, địa phương",
    "Bộ Công an, Bộ", "Khoa học và Công nghệ", "Báo cáo thực hiện", "Tháng 6/2026",
    "II", "Phát triển hạ tầng", "Chính phủ số",
    "1", "Bảo đảm an ninh mạng cho hạ tầng số.", "Bộ Công an", "Các bộ, ngành, địa phương", "Báo cáo thực hiện",
    "Năm 2025-2030")


def test_cells_become_rows_under_their_header():
    lines = normalize(TASKS).split("\n")
    assert lines[1:] == [
        "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian thực hiện",
        "I | Hoàn thiện thể chế",
        "1 | Xây dựng Luật An ninh dữ liệu. | Bộ Công an | Bộ Khoa học và Công nghệ, Bộ Tài chính và các bộ, "
        "ngành, địa phương khác có liên quan | Trình Quốc hội dự thảo Luật | Tháng 12/2026",
        # a cell broken before a lower-case word, and one broken after "…, Bộ", are joined again
        "2 | Xây dựng Chiến lược dữ liệu bảo đảm phù hợp với Khung kiến trúc dữ liệu quốc gia. | Các bộ, ngành, "
        "địa phương | Bộ Công an | Chiến lược dữ liệu được xây dựng phù hợp yêu cầu | Năm 2025-2030",
        "3 | Hình thành hạ tầng lưu trữ, tính toán đạt tiêu chuẩn quốc tế. | Các bộ, ngành, địa phương | "
        "Bộ Công an, Bộ Khoa học và Công nghệ | Báo cáo thực hiện | Tháng 6/2026",
        "II | Phát triển hạ tầng Chính phủ số",  # a group title over two lines
        "1 | Bảo đảm an ninh mạng cho hạ tầng số. | Bộ Công an | Các bộ, ngành, địa phương | Báo cáo thực hiện | "
        "Năm 2025-2030"]


# Phụ lục of a provincial Kế hoạch (corpus 010): empty cells are left out by the source
MISSING_CELLS = cells(
    "TT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến",
    "1", "Triển khai thực hiện khi có Thông tư mới thay thế",
    "Thông tư số 92/2009/TT- BTC ngày 12/5/2009 của Bộ Tài chính", "Sở Tài chính", "Cơ quan, địa phương liên quan",
    "2025",
    "2", "Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn hàng không dân dụng", "Sở Xây dựng",
    "Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan", "Sau khi có Quy chế của TW", "Quyết định Chủ tịch",
    "UBND tỉnh", "…................................",
    "2", "Thành lập bộ máy quản lý Quỹ Phòng thủ dân sự cấp tỉnh", "Sở Tài chính",
    "Sở Tài chính và cơ quan, địa phương liên quan", "2025", "Quyết định của Chủ tịch UBND tỉnh")


def test_broken_cells_are_joined_where_the_time_falls_in_its_column():
    rows = [line.split(" | ") for line in normalize(MISSING_CELLS).split("\n")]
    assert rows[1] == ["1", "Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 92/2009/TT- BTC ngày "
                       "12/5/2009 của Bộ Tài chính", "Sở Tài chính", "Cơ quan, địa phương liên quan", "2025"]
    assert rows[2][4:] == ["Sau khi có Quy chế của TW", "Quyết định Chủ tịch UBND tỉnh"]
    # a full row may be followed by any index: the source restarted the numbering after a gap
    assert rows[3][:3] == ["2", "Thành lập bộ máy quản lý Quỹ Phòng thủ dân sự cấp tỉnh", "Sở Tài chính"]
    assert len(rows) == 4


# Phụ lục I of corpus 045: an indicator table, then the next appendix
INDICATORS = cells(
    "TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá",
    "I", "Giai đoạn 2025-2027", "I.1", "Cung cấp dịch vụ số bao trùm, thông minh",
    "1", "Tỉ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện.", "%", "100%",
    "Văn phòng Chính phủ",
    "7", "Tỉ lệ các hệ thống thông tin phục vụ phát triển",
    "Chính phủ số phải được phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ.", "%", "100%", "Bộ Công an",
    "PHỤ LỤC II DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")


def test_an_indicator_table_ends_at_the_next_appendix():
    lines = normalize(INDICATORS).split("\n")
    assert lines == [
        "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá",
        "I | Giai đoạn 2025-2027",
        "I.1 | Cung cấp dịch vụ số bao trùm, thông minh",
        "1 | Tỉ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện. | % | 100% | "
        "Văn phòng Chính phủ",
        "7 | Tỉ lệ các hệ thống thông tin phục vụ phát triển Chính phủ số phải được phê duyệt hồ sơ đề xuất bảo đảm "
        "an ninh mạng theo cấp độ. | % | 100% | Bộ Công an",
        "PHỤ LỤC II DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"]


def test_names_after_the_note_column_stay_a_second_header_row():
    """Corpus 040: the shares of city and commune, named under the spanning column, after "Ghi chú"."""
    text = cells("TT", "Địa phương", "Tỷ lệ vốn đối ứng ngân sách địa phương (%)", "Ghi chú", "Thành phố",
                 "Xã, phường", "Tổng cộng", "1", "Xã Đan Điền", "40", "60", "2", "Xã Quảng Điền", "40", "60",
                 "Áp dụng trên địa bàn xã theo Nghị quyết số 1314/NQ-UBTVQH15", "3", "Phường An Cựu",
                 "không có danh mục công trình", "b. Đối với các công trình do sở, ban, ngành thành phố làm chủ đầu tư "
                 "thì ngân sách thành phố chịu trách nhiệm đối ứng.")
    assert normalize(text).split("\n") == [
        "TT | Địa phương | Tỷ lệ vốn đối ứng ngân sách địa phương (%) | Ghi chú", "Thành phố", "Xã, phường",
        "Tổng cộng", "1 | Xã Đan Điền | 40 | 60",
        "2 | Xã Quảng Điền | 40 | 60 | Áp dụng trên địa bàn xã theo Nghị quyết số 1314/NQ-UBTVQH15",
        "3 | Phường An Cựu | không có danh mục công trình",  # a labelled paragraph ends the table
        "b. Đối với các công trình do sở, ban, ngành thành phố làm chủ đầu tư thì ngân sách thành phố chịu trách "
        "nhiệm đối ứng."]


def test_a_page_break_inside_a_table_follows_the_row_it_fell_in():
    text = cells("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian",
                 "1", "Rà soát văn bản quy phạm pháp luật", PAGE_BREAK, "Sở Tư pháp", "Quý IV/2025",
                 "2", "Tổ chức tập huấn", "Sở Nội vụ", "Năm 2026")
    assert normalize(text).split("\n") == [
        "STT | Nội dung | Đơn vị chủ trì | Thời gian",
        "1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Quý IV/2025", PAGE_BREAK,
        "2 | Tổ chức tập huấn | Sở Nội vụ | Năm 2026"]


def test_the_last_row_takes_no_text_after_the_table():
    text = cells("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện",
                 "1", "Tổ chức tập huấn nghiệp vụ", "Sở Nội vụ", "Năm 2026",
                 "Các sở, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết để triển khai.",
                 "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", "Kinh phí thực hiện từ ngân sách tỉnh.")
    assert normalize(text).split("\n")[1:] == [
        "1 | Tổ chức tập huấn nghiệp vụ | Sở Nội vụ | Năm 2026",
        "Các sở, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết để triển khai.",
        "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", "Kinh phí thực hiện từ ngân sách tỉnh."]


NOT_TABLES = [
    # short lines without the index column
    cells("Nội dung", "Cơ quan chủ trì", "Thời gian", "Tổ chức hội nghị", "Sở Nội vụ", "Năm 2026"),
    # an index column and names, but no row opens after them
    cells("TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Ghi chú: các cơ quan báo cáo định kỳ."),
]


def test_text_that_is_not_such_a_table_is_left_alone():
    for text in NOT_TABLES:
        assert " | " not in normalize(text)


def _changed_lines(paths, monkeypatch) -> int:
    """Normalise ``paths`` with and without rebuilding; check that every line that differs is a table row
    or one of its cells (or a line of dots standing for left-out rows); return how many rows were added."""
    rebuilt = [normalize(p.read_text(encoding="utf-8")).split("\n") for p in paths]
    with monkeypatch.context() as m:
        m.setattr(cell_tables, "rebuild", lambda lines: lines)
        kept = [normalize(p.read_text(encoding="utf-8")).split("\n") for p in paths]
    rows = 0
    for path, new, old in zip(paths, rebuilt, kept):
        added = [line for line in new if line not in old]
        assert all(" | " in line for line in added), path.name
        table_text = " ".join(added).replace(" | ", " ")  # a line joined from two cells stays readable
        dropped = [line for line in old if line not in new and line not in table_text]
        assert not any(ch.isalnum() for line in dropped for ch in line), (path.name, dropped)
        rows += len(added)
    return rows


def test_only_table_lines_change_in_the_corpus(shared, monkeypatch):
    assert _changed_lines(sorted((shared / "corpus" / "plans").glob("*.txt")), monkeypatch) > 0


def test_the_seeds_have_no_such_tables(monkeypatch):
    assert _changed_lines(sorted(RAW.glob("*.txt")), monkeypatch) == 0
