"""Assignments: agency headings over their items, subject sentences, roles, what is not a task."""
from __future__ import annotations

import pandas as pd
import pytest

from extractors import assignments

from parsed import parse, parse_file

# Short plans built from real passages (seeds in data/raw and corpus plans).
HEADING_OVER_BULLETS = """KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN:
3. Phòng Văn hóa và Thông tin các huyện, thành phố
- Tham mưu cho UBND các huyện, thành phố triển khai các nhiệm vụ “Giảm nghèo về thông tin”.
- Là đầu mối phối hợp với Sở Thông tin và Truyền thông trong việc tổ chức các hoạt động theo kế hoạch.
- Tổng hợp, báo cáo kết quả thực hiện Chương trình về Sở Thông tin và Truyền thông theo quy định.
"""
LEAD_AND_COORDINATE = """KẾ HOẠCH
III. KINH PHÍ THỰC HIỆN
2. Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan bố trí kinh phí chi thường xuyên.
"""
SEVERAL_BODIES = """KẾ HOẠCH
IV. HÌNH THỨC VÀ THỜI LƯỢNG TUYÊN TRUYỀN
1. NHCSXH và Trung tâm văn hóa và truyền thông huyện thực hiện tuyên truyền:
a. Đối với báo viết: Thực hiện tối thiểu 12 bản tin/năm (bình quân 1 bản tin/tháng).
b. Đài phát thanh: Thực hiện 24 bản tin/năm trên Đài phát thanh truyền hình của huyện.
"""
REQUEST_HEADING = """KẾ HOẠCH
V. TỔ CHỨC THỰC HIỆN
4. Đề nghị các ban ngành đoàn thể xã
- Đẩy mạnh công tác tuyên truyền, vận động các tầng lớp nhân dân tích cực tham gia thực hiện Chương trình.
- Phối hợp tổ chức các cuộc vận động xã hội, phong trào thi đua yêu nước.
"""
CLOSING = """KẾ HOẠCH
V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế:
- Chủ trì triển khai kế hoạch; hướng dẫn chuyên môn; giám sát dịch bệnh.
2. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, đề nghị các sở, ban, ngành kịp thời phản ánh về Sở Nội vụ để tổng hợp.
Trên đây là kế hoạch truyền thông năm 2024. Đề nghị NHCSXH huyện, Trung tâm văn hóa và truyền thông huyện triển khai thực hiện theo kế hoạch./.
Nơi nhận:
- UBND các huyện, thành phố;
"""
FIELDS = """KẾ HOẠCH
II. NỘI DUNG
2. Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật, nghiệp vụ bảo vệ dữ liệu cá nhân
- Cơ quan chủ trì: Bộ Công an.
- Cơ quan phối hợp: Văn phòng Chính phủ, Bộ Tư pháp và Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ).
- Thời gian thực hiện: năm 2025 và các năm tiếp theo.
"""
TASK_LIST_FIELDS = """KẾ HOẠCH
II. NHIỆM VỤ
2. Về các nền tảng số
a) Nhiệm vụ:
- Tổ chức triển khai, sử dụng thống nhất các nền tảng số quốc gia dùng chung.
- Triển khai rà soát, đánh giá, nâng cấp các hệ thống thông tin dùng chung.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Các Sở, ban, ngành Thành phố.
- Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.
c) Thời gian thực hiện: Hoàn thành trong năm 2025.
3. Về đảm bảo an toàn thông tin
a) Nhiệm vụ: Triển khai các phương án bảo đảm an toàn thông tin, an ninh mạng.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Công an Thành phố.
"""
LEAD_IN_LIST_FIELDS = """KẾ HOẠCH
II. NHIỆM VỤ
5. Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định pháp luật
- Các nội dung hỗ trợ thi hành Luật bao gồm:
+ Hướng dẫn áp dụng các văn bản quy phạm pháp luật quy định chi tiết thi hành Luật;
+ Tổ chức rà soát, đánh giá và cập nhật hệ thống cơ sở dữ liệu liên quan;
- Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.
"""
EXECUTION_CLAUSE = """QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.
Điều 2. Sở Tài chính chủ trì hướng dẫn các cơ quan, đơn vị thực hiện kiểm kê.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Tư pháp; Chủ tịch Ủy ban nhân dân các \
xã, phường chịu trách nhiệm thi hành Quyết định này./.
"""
SUBJECT_OVER_BULLETS = """KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện.
- Giới thiệu điển hình tiên tiến trong Đợt thi đua để tuyên truyền.
- Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua.
Lưu ý: Các bài viết cần ghi rõ nguồn.
"""
EMBEDDED = """KẾ HOẠCH
V. TỔ CHỨC THỰC HIỆN
4. Ủy ban nhân dân các huyện, thành phố
- Giao đơn vị chức năng (Văn phòng Điều phối nông thôn mới) là cơ quan đầu mối, chủ trì tham mưu Ban Chỉ đạo huyện, thành phố xây dựng kế hoạch truyền thông năm 2024.
- Nội dung tuyên truyền: Chủ trương chính sách về tín dụng chính sách xã hội (do NHCSXH huyện phối hợp soạn thảo nội dung tuyên truyền)
"""
SUBJECT_OUTSIDE_HEADINGS = """KẾ HOẠCH
IV. KINH PHÍ THỰC HIỆN
2. Các huyện, thành phố: Ủy ban nhân dân các huyện, thành phố chủ động bố trí kinh phí để thực hiện các hoạt động truyền thông.
3. Huy động hiệu quả các nguồn lực hợp pháp, nhất là nguồn vốn xã hội hóa.
"""


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(a.agency, a.role, a.task) for a in assignments.extract(parse(text))]


def test_agency_heading_owns_its_bullets_with_their_roles():
    agency = "Phòng Văn hóa và Thông tin các huyện, thành phố"
    assert [(a, r, t[:20]) for a, r, t in rows(HEADING_OVER_BULLETS)] == [
        (agency, "lead", "Tham mưu cho UBND cá"),
        (agency, "lead", "Là đầu mối phối hợp "),
        (agency, "implement", "Tổng hợp, báo cáo kế"),
    ]


GIVEN_AGENCY_OVER_BULLETS = """CHỈ THỊ
8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành
d) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp có trách nhiệm:
- Đối với các khu, cụm công nghiệp đã được cung cấp nước tập trung, tiếp tục duy trì hoạt động cấp nước.
- Vận động các doanh nghiệp thuộc khu vực quản lý thực hiện các giải pháp sản xuất tiết kiệm nước.
"""


def test_a_lead_in_that_only_announces_its_list_is_no_task(shared):
    """Corpus 042: the steps below are the tasks; "Ủy ban nhân dân cấp xã thực hiện các công việc sau:" is not one."""
    (path,) = (shared / "corpus" / "plans").glob("042_*.txt")
    tasks = [r.task for r in assignments.extract(parse_file(path))]
    assert len(tasks) > 10
    assert not any(t.endswith("các công việc sau:") for t in tasks)


def test_a_lead_in_naming_whom_its_list_advises_is_no_task_but_gives_its_role():
    """Probe lines: under "Tham mưu Ủy ban nhân dân tỉnh:" the bullets are lead tasks; the lead-in is none. A task
    advising on something ("Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch.") is one."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\nTham mưu Ủy ban nhân dân tỉnh:\n- Tổ chức Hội nghị tổng kết "
                "công tác thi đua.\n- Xét tặng Cờ thi đua cho các tập thể.\n2. Sở Tài chính\nTham mưu UBND tỉnh ban hành kế "
                "hoạch.\n3. Sở Tư pháp\nTham mưu UBND tỉnh ban hành:\n- Kế hoạch phổ biến pháp luật.\n4. Phòng Nội vụ\n"
                "Tham mưu Chủ tịch UBND thị xã:\n- Thành lập Ban Chỉ đạo.")
    assert [(r.agency, r.role, r.task) for r in assignments.extract(doc)] == [
        ("Sở Nội vụ", "lead", "Tổ chức Hội nghị tổng kết công tác thi đua"),
        ("Sở Nội vụ", "lead", "Xét tặng Cờ thi đua cho các tập thể"),
        ("Sở Tài chính", "lead", "Tham mưu UBND tỉnh ban hành kế hoạch"),
        ("Sở Tư pháp", "lead", "Tham mưu UBND tỉnh ban hành:"), ("Sở Tư pháp", "lead", "Kế hoạch phổ biến pháp luật"),
        ("Phòng Nội vụ", "lead", "Thành lập Ban Chỉ đạo")]


def test_an_owner_that_is_the_subject_of_the_clause_after_the_opening_one_gets_one_row():
    """Corpus 016: "Trên cơ sở …; Sở Tài chính tham mưu …" under Sở Tài chính is its lead task, once."""
    doc = parse("KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\n- Trên cơ sở tổng hợp nhu cầu và đề xuất từ các sở, "
                "ban, ngành; Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.\n")
    assert [(r.agency, r.role) for r in assignments.extract(doc)] == [("Sở Tài chính", "lead")]


def test_a_quota_listed_under_a_body_is_no_task():
    """Corpus 006: how many each body may propose, under the first body's line."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n2. Số lượng khen thưởng\n- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá "
                "nhân;\n- Tổ giúp việc Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;\n- Ban bầu cử đại biểu Quốc hội: 01 "
                "cá nhân/01 ban.\n3. Sở Nội vụ\n- Tổng hợp, thẩm định hồ sơ đề nghị khen thưởng.\n"
                "- Tổ chức tập huấn cho cán bộ làm công tác thi đua: 02 lớp.\n")
    assert [(r.agency, r.task) for r in assignments.extract(doc)] == [
        ("Sở Nội vụ", "Tổng hợp, thẩm định hồ sơ đề nghị khen thưởng"),
        ("Sở Nội vụ", "Tổ chức tập huấn cho cán bộ làm công tác thi đua: 02 lớp")]  # a count of a task


def test_a_bracket_inside_an_embedded_task_does_not_end_it():
    """Corpus 004: "giao Công an tỉnh chủ trì … Luật Phòng, chống ma túy (sửa đổi) được Quốc hội thông qua"."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp\nĐồng thời, giao Công an tỉnh chủ trì rà soát, cập nhật "
                "Kế hoạch ngay sau khi Luật Phòng, chống ma túy (sửa đổi) được Quốc hội thông qua.\n")
    rows = {r.agency: r.task for r in assignments.extract(doc)}
    assert rows["Công an tỉnh"].endswith("Luật Phòng, chống ma túy (sửa đổi) được Quốc hội thông qua")


def test_the_places_after_a_headings_colon_name_its_body():
    """Corpus 029: the xã a heading lists after its colon are which Ủy ban nhân dân, not a task."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân "
                "Phú Đông\n- Xây dựng kế hoạch cụ thể hóa các nhiệm vụ và giải pháp.\n13. Sở Y tế: Chủ trì tổ chức khám "
                "sức khỏe.\n14. Ủy ban nhân dân các phường: Đôn đốc.\n")
    assert [(r.agency, r.task) for r in assignments.extract(doc)] == [
        ("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông",
         "Xây dựng kế hoạch cụ thể hóa các nhiệm vụ và giải pháp"),
        ("Sở Y tế", "Chủ trì tổ chức khám sức khỏe"), ("Ủy ban nhân dân các phường", "Đôn đốc")]


def test_a_body_that_leads_the_projects_a_task_names_gets_no_row():
    """Corpus 004: "do Bộ Công an chủ trì" says which projects; the task is the heading's body's."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n2. Công an tỉnh\nc) Tổ chức triển khai thực hiện các nội dung, "
                "nhiệm vụ các dự án, tiểu dự án do Bộ Công an chủ trì theo chức năng, nhiệm vụ được giao.\n")
    assert [(r.agency, r.role) for r in assignments.extract(doc)] == [("Công an tỉnh", "implement")]


def test_an_agency_heading_with_its_role_in_brackets_owns_its_bullets():
    """Corpus 019: "1. Sở Tài chính (cơ quan chủ trì)"; a bullet without a role verb leads."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính (cơ quan chủ trì)\n"
                "- Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc thực hiện Kế hoạch.\n"
                "- Phối hợp với Sở Xây dựng hướng dẫn các đơn vị cập nhật, tích hợp cơ sở dữ liệu lên hệ thống.\n"
                "- Tổng hợp, báo cáo kịp thời các trường hợp chậm tiến độ.\n")
    assert [(r.agency, r.role) for r in assignments.extract(doc)] == [
        ("Sở Tài chính", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Tài chính", "lead")]


def test_a_heading_naming_whose_duties_follow_owns_its_bullets():
    """Corpus 024: "Trách nhiệm của <bodies>:" heads their tasks, without the bracket that widens them; a title in
    capitals over an appendix ("NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH") is no heading."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ "
                "quan đại diện chủ sở hữu của doanh nghiệp):\n- Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê cấp "
                "dưới thực hiện kiểm kê.\nPHỤ LỤC\nNHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU\n"
                "(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND Thành phố)\n")
    assert [(r.agency, r.task) for r in assignments.extract(doc)] == [
        ("các cơ quan quản lý cấp trên", "Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê cấp dưới thực hiện kiểm kê")]


def test_a_role_line_under_an_agency_heading_gives_its_lettered_items_its_role():
    """Corpus 036: "Chủ trì, phối hợp … tham mưu …:" under the body's heading leads in to a), b); it is no task."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n3. Sở Văn hóa, Thể thao và Du lịch\nChủ trì, phối hợp với các cơ "
                "quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh:\na) Tổ chức thực hiện quản lý nhà nước về văn "
                "hóa, thể thao tại địa phương.\nb) Phối hợp rà soát các quy hoạch, kế hoạch trên địa bàn.\n")
    assert [(r.agency, r.role, r.task[:20]) for r in assignments.extract(doc)] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", "Tổ chức thực hiện qu"),
        ("Sở Văn hóa, Thể thao và Du lịch", "coordinate", "Phối hợp rà soát các")]


def test_bullets_under_an_item_that_leads_in_to_them_take_its_role():
    """Corpus 001, 004: "h) Chủ trì triển khai … bao gồm:" gives its bullets its role; the item is a task too."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Công an thành phố\nh) Chủ trì triển khai, thực hiện các nhiệm vụ "
                "được giao tại các dự án trong Chương trình, bao gồm:\n- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma "
                "túy.\n- Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.\n")
    assert [(r.agency, r.role, r.task[:10]) for r in assignments.extract(doc)] == [
        ("Công an thành phố", "lead", "Chủ trì tr"), ("Công an thành phố", "lead", "Dự án 1: P"),
        ("Công an thành phố", "lead", "Dự án 2: Ứ")]


def test_a_section_naming_who_a_plan_is_for_assigns_nothing():
    """Corpus 001, 013: "Đối tượng thụ hưởng" lists beneficiaries; a heading listing more ("ĐỐI TƯỢNG, NGUYÊN TẮC,
    HÌNH THỨC …", corpus 006) may still hold tasks."""
    doc = parse("KẾ HOẠCH\nI. MỤC TIÊU\n2. Đối tượng thụ hưởng của Chương trình\nb) Các tổ chức, cá nhân có liên quan "
                "thuộc các cơ quan chuyên trách và tham mưu, quản lý nhà nước về phòng, chống ma túy.\nII. ĐỐI TƯỢNG, "
                "NGUYÊN TẮC, HÌNH THỨC KHEN THƯỞNG\n1. Chủ tịch UBND xã, phường hướng dẫn, xem xét khen thưởng theo "
                "thẩm quyền.\n2. Đối tượng thực hiện\n- Sở Y tế chủ trì tổ chức khám sàng lọc cho người dân.\n")
    assert [r.agency for r in assignments.extract(doc)] == ["Chủ tịch UBND xã, phường", "Sở Y tế"]


def test_an_item_naming_its_agency_before_a_colon_owns_the_bullets_below():
    # the bodies it directs ("chỉ đạo các đơn vị … có trách nhiệm:") own them too
    lead = "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"
    directed = "các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp"
    assert sorted((a, t[:20]) for a, _, t in rows(GIVEN_AGENCY_OVER_BULLETS)) == sorted([
        (lead, "Đối với các khu, cụm"), (directed, "Đối với các khu, cụm"),
        (lead, "Vận động các doanh n"), (directed, "Vận động các doanh n"),
    ])


def test_lead_with_coordination_gives_only_the_lead_a_row():
    assert rows(LEAD_AND_COORDINATE) == [
        ("Sở Tài chính", "lead",
         "Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan bố trí kinh phí chi thường xuyên")]


def test_heading_naming_several_bodies_gives_one_row_per_body():
    found = rows(SEVERAL_BODIES)
    assert [(a, r) for a, r, _ in found] == [
        ("NHCSXH", "implement"), ("Trung tâm văn hóa và truyền thông huyện", "implement")] * 2
    assert found[0][2].startswith("Đối với báo viết") and found[2][2].startswith("Đài phát thanh")


def test_request_heading_is_an_assignment_to_the_bodies_it_names():
    assert [(a, r) for a, r, _ in rows(REQUEST_HEADING)] == [
        ("các ban ngành đoàn thể xã", "implement"), ("các ban ngành đoàn thể xã", "coordinate")]


def test_the_issuer_introducing_the_plan_is_no_task():
    """Corpus 012: the plan's issuer "ban hành Kế hoạch … như sau:" in a later sentence of its opening paragraph."""
    doc = parse("KẾ HOẠCH\nI. CĂN CỨ\nLuật Bảo vệ dữ liệu cá nhân có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. Để "
                "triển khai thi hành kịp thời Luật, Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật với "
                "các nội dung như sau:\nII. NHIỆM VỤ\n1. Bộ Công an chủ trì xây dựng Nghị định.\n")
    assert [a.agency for a in assignments.extract(doc)] == ["Bộ Công an"]


def test_boilerplate_and_closing_paragraph_are_no_tasks():
    assert [(a, r) for a, r, _ in rows(CLOSING)] == [("Sở Y tế", "lead")]


def test_a_task_ends_before_the_boilerplate_that_closes_its_item():
    """Corpus 015, 049: "… Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, kịp thời phản ánh về …" is no
    part of the request before it."""
    doc = parse("KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì hướng dẫn, kiểm tra việc thực hiện. "
                "Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, kịp thời phản ánh về Sở Nội vụ để tổng hợp.\n")
    assert [(r.agency, r.task) for r in assignments.extract(doc)] == [
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ chủ trì hướng dẫn, kiểm tra việc thực hiện")]


def test_field_lines_name_lead_and_coordinating_bodies_of_the_task_above():
    task = "Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật, nghiệp vụ bảo vệ dữ liệu cá nhân"
    assert rows(FIELDS) == [("Bộ Công an", "lead", task), ("Văn phòng Chính phủ", "coordinate", task),
                            ("Bộ Tư pháp", "coordinate", task),
                            ("Trung tâm Dịch vụ việc làm Thành phố", "coordinate", task)]


def test_field_lines_give_every_task_of_the_list_above_them():
    found = [(a, r, t.split(",")[0]) for a, r, t in rows(TASK_LIST_FIELDS)]
    bodies = [("Các Sở, ban, ngành Thành phố", "lead"), ("Sở Khoa học và Công nghệ", "coordinate"),
              ("UBND xã, phường", "coordinate")]
    tasks = ["Tổ chức triển khai", "Triển khai rà soát"]
    assert sorted(found) == sorted([(a, r, t) for a, r in bodies for t in tasks]
                                   + [("Công an Thành phố", "lead", "Triển khai các phương án bảo đảm an toàn thông tin")])


def test_a_lead_in_ending_in_a_colon_lists_the_tasks_of_the_field_line_below():
    assert [(a, r, t.split(" ")[0]) for a, r, t in rows(LEAD_IN_LIST_FIELDS)] == [
        ("Các sở, ngành có liên quan", "implement", "Hướng"), ("Các sở, ngành có liên quan", "implement", "Tổ")]


# corpus 008: the bullets of a numbered task, then the bodies that carry them out in field lines
BULLETS_OVER_FIELDS = """KẾ HOẠCH
II. NHIỆM VỤ, GIẢI PHÁP
4. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật
- Tăng cường công tác giáo dục chính trị, tư tưởng cho đội ngũ cán bộ, công chức xây dựng pháp luật.
- Nâng cao nhận thức, ý thức trách nhiệm của đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.
Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.
Đơn vị phối hợp: Sở Tư pháp.
Thời gian thực hiện: Thường xuyên.
5. Ứng dụng công nghệ số trong xây dựng pháp luật
- Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh.
Đơn vị chủ trì: Sở Khoa học và Công nghệ.
Thời gian thực hiện: Năm 2026.
Trên đây là Kế hoạch nâng cao năng lực đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.
"""


def test_field_lines_below_bullets_give_every_bullet_of_the_run():
    found = [(a, r, t.split(" ")[0]) for a, r, t in rows(BULLETS_OVER_FIELDS)]
    assert sorted(found) == sorted([
        ("Các Sở, ngành, đơn vị", "implement", "Tăng"), ("UBND cấp xã", "implement", "Tăng"),
        ("Sở Tư pháp", "coordinate", "Tăng"), ("Các Sở, ngành, đơn vị", "implement", "Nâng"),
        ("UBND cấp xã", "implement", "Nâng"), ("Sở Tư pháp", "coordinate", "Nâng"),
        ("Sở Khoa học và Công nghệ", "lead", "Ra")])  # a new section's bullet starts a new run


# corpus 035: a field line whose agency has a predicate of its own, and a lead-in with a subject over bullets
CLAUSE_FIELD_AND_LEAD_IN = """KẾ HOẠCH
II. NỘI DUNG
d) Các hoạt động chính
Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:
- Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động với hình thức phù hợp.
- Tăng cường kiểm tra về bình đẳng giới trong Tháng hành động.
III. NỘI DUNG HOẠT ĐỘNG
a) Hoạt động 1
- Nội dung: Triển khai Tháng hành động và hưởng ứng Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố.
"""


def test_a_field_line_with_its_own_predicate_keeps_the_task_above():
    *_, (agency, task_role, task) = rows(CLAUSE_FIELD_AND_LEAD_IN)
    assert (agency, task_role) == ("Sở Nội vụ", "lead")
    assert task == ("Hoạt động 1: Triển khai Tháng hành động và hưởng ứng Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ "
                    "– chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố")


def test_a_lead_in_with_a_subject_gives_it_the_bullets_below():
    found = rows(CLAUSE_FIELD_AND_LEAD_IN)[:-1]
    assert [(a, r, t.split(" ")[0]) for a, r, t in found] == [
        ("các cơ quan, đơn vị, địa phương", "coordinate", "Lồng"),
        ("các cơ quan, đơn vị, địa phương", "coordinate", "Tăng")]


def test_bullets_under_a_lead_in_of_roles_name_the_partners():
    """Corpus 004: "b) Chủ trì, phối hợp" over bullets that open with the partners of the heading's body."""
    doc = parse("KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh\na) Tham mưu Ủy ban nhân dân tỉnh ban hành kế "
                "hoạch.\nb) Chủ trì, phối hợp\n- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh "
                "bố trí ngân sách nhà nước để thực hiện Chương trình.\n- Sở Nội vụ tham mưu phân cấp quản lý Chương "
                "trình.\n2. Sở Y tế\n- Tổ chức điều trị nghiện.")
    found = [(a.agency, a.role, a.task) for a in assignments.extract(doc)]
    assert found[1:3] == [
        ("Công an tỉnh", "lead", "Chủ trì, phối hợp Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân "
                                 "tỉnh bố trí ngân sách nhà nước để thực hiện Chương trình"),
        ("Công an tỉnh", "lead", "Chủ trì, phối hợp Sở Nội vụ tham mưu phân cấp quản lý Chương trình")]
    assert [a for a, _, _ in found] == ["Công an tỉnh"] * 3 + ["Sở Y tế"]


def test_a_lead_in_directing_a_body_gives_both_the_lettered_items_below():
    """Corpus 046: "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" over a) and b); "Các tỉnh, thành phố:" heads."""
    doc = parse("NGHỊ QUYẾT\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Bộ Tài chính:\na) Chủ trì hướng dẫn các địa phương.\n"
                "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:\na) Thực hiện chi trả gộp 03 tháng lương hưu.\n"
                "b) Khẩn trương cấp thẻ bảo hiểm y tế.\n2. Các tỉnh, thành phố:\na) Rà soát, tổng hợp thiệt hại.")
    found = [(a.agency, a.task.split()[0]) for a in assignments.extract(doc)]
    assert found == [("Bộ Tài chính", "Chủ"), ("Bộ Tài chính", "Thực"), ("Bảo hiểm xã hội Việt Nam", "Thực"),
                     ("Bộ Tài chính", "Khẩn"), ("Bảo hiểm xã hội Việt Nam", "Khẩn"), ("Các tỉnh, thành phố", "Rà")]


def test_a_role_sub_heading_gives_its_bullets_their_role():
    """Corpus 033: "a) Chủ trì, phối hợp với …" and "b) Phối hợp với …" over bullets are no tasks themselves."""
    doc = parse("QUYẾT ĐỊNH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\na) Chủ trì, phối hợp với các sở, ban, ngành, "
                "UBND các xã, phường và cơ quan, đơn vị có liên quan\n- Tổ chức chương trình tập huấn kiến thức về "
                "xuất khẩu.\nb) Phối hợp với các sở, ngành, UBND các xã, phường\n- Hỗ trợ doanh nghiệp xây dựng thương "
                "hiệu.")
    found = [(a.agency, a.role, a.task.split()[0]) for a in assignments.extract(doc)]
    assert found == [("Sở Công Thương", "lead", "Tổ"), ("Sở Công Thương", "coordinate", "Hỗ")]


def test_the_execution_clause_of_a_decision_gives_each_body_it_names_a_row():
    """Corpus 012, 019, 024, 030, 033, 036, 042, 045: "… chịu trách nhiệm thi hành Quyết định này" closes a
    decision in the form "<agency> có trách nhiệm …", which assigns it: every body it names gets a row, the
    officials of several departments one each; so does a plan's "… chịu trách nhiệm thực hiện Kế hoạch này"."""
    clause = ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Tư pháp; Chủ tịch Ủy ban nhân dân các "
              "xã, phường chịu trách nhiệm thi hành Quyết định này")
    assert rows(EXECUTION_CLAUSE) == [
        ("Sở Tài chính", "lead", "Sở Tài chính chủ trì hướng dẫn các cơ quan, đơn vị thực hiện kiểm kê"),
        *((agency, "implement", clause) for agency in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ",
                                                       "Giám đốc Sở Tư pháp", "Chủ tịch Ủy ban nhân dân các xã, phường"))]
    plan = rows("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành, Ủy ban nhân dân các xã chịu trách nhiệm thực "
                "hiện Kế hoạch này.")
    assert [a for a, _, _ in plan] == ["Các sở, ban, ngành", "Ủy ban nhân dân các xã"]


@pytest.mark.parametrize("article, found", [
    # a report the clause asks for is part of the task of the bodies it names
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này; định kỳ trước "
     "ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND tỉnh./.",
     [("Chánh Văn phòng UBND tỉnh", "implement"), ("Giám đốc Sở Nội vụ", "implement")]),
    # a body with a task of its own keeps it, with its role
    ("Điều 2. Sở Tài chính chủ trì hướng dẫn các cơ quan thực hiện kiểm kê và chịu trách nhiệm thi hành Quyết định "
     "này.", [("Sở Tài chính", "lead")]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các đơn vị liên quan có trách nhiệm thi hành Quyết định này./.",
     [("Chánh Văn phòng UBND tỉnh", "implement"), ("Thủ trưởng các đơn vị liên quan", "implement")]),
    # bodies listed with semicolons after another sentence of the article are one subject, each read once
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành; "
     "Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.",
     [("Chánh Văn phòng UBND tỉnh", "implement"), ("Thủ trưởng các sở, ban, ngành", "implement"),
      ("Chủ tịch UBND các xã", "implement")]),
])
def test_what_an_execution_clause_assigns(article, found):
    rows_found = rows(f"QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê.\n{article}")
    assert [(a, r) for a, r, _ in rows_found] == found


def test_an_execution_clause_under_its_own_heading_assigns_too():
    """Corpus 042: the clause is the last paragraph before the recipients, under "Điều 3: Trách nhiệm tổ chức
    thực hiện"."""
    found = rows("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình rà soát đối tượng.\n"
                 "Điều 3: Trách nhiệm tổ chức thực hiện\nChánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: "
                 "Nội vụ, Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và "
                 "miền núi; Thủ trưởng các đơn vị liên quan, chịu trách nhiệm thi hành Quyết định này./.\n"
                 "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.")
    assert [a for a, _, _ in found] == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố", "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính",
        "Chủ tịch Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi",
        "Thủ trưởng các đơn vị liên quan"]


def test_a_reporting_duty_in_a_closing_paragraph_goes_to_the_bodies_asked():
    """Corpus 015 and 017: the request to carry out the plan is no task; the reports it asks for are."""
    found = rows("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai Kế hoạch.\n"
                 "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã nghiêm túc triển "
                 "khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành "
                 "phố./.\nNơi nhận:\n- Lưu: VT.")
    report = "định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố"
    assert found[1:] == [("các Sở, ban, ngành Thành phố", "implement", report),
                         ("UBND phường, xã", "implement", report)]
    found = rows("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng chủ trì triển khai Kế hoạch.\n"
                 "Trên đây là Kế hoạch Chuyển đổi số. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. "
                 "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng.")
    assert found[1:] == [("các cơ quan, đơn vị", "implement",
                          "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng")]


def test_a_closing_request_is_no_assignment():
    found = rows("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai Kế hoạch.\n"
                 "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.")
    assert [a for a, _, _ in found] == ["Sở Y tế"]


def test_a_numbered_item_with_a_subject_owns_the_bullets_right_below_it():
    agency = "Các cơ quan, đơn vị, địa phương"
    assert [(a, t.split()[0]) for a, _, t in rows(SUBJECT_OVER_BULLETS)] == [
        (agency, "Các"), (agency, "Giới"), (agency, "Báo")]


def test_bodies_put_in_charge_inside_an_item_get_their_own_row():
    found = rows(EMBEDDED)
    assert ("Văn phòng Điều phối nông thôn mới", "lead",
            "là cơ quan đầu mối, chủ trì tham mưu Ban Chỉ đạo huyện, thành phố xây dựng kế hoạch truyền thông "
            "năm 2024") in found
    assert ("NHCSXH huyện", "coordinate", "phối hợp soạn thảo nội dung tuyên truyền") in found
    assert [a for a, _, _ in found].count("Ủy ban nhân dân các huyện, thành phố") == 2


def test_sentence_with_an_agency_subject_outside_agency_headings():
    """The task is the whole sentence: its lead-in, its subject and what the subject must do."""
    assert rows(SUBJECT_OUTSIDE_HEADINGS) == [
        ("Ủy ban nhân dân các huyện, thành phố", "implement",
         "Các huyện, thành phố: Ủy ban nhân dân các huyện, thành phố chủ động bố trí kinh phí để thực hiện các hoạt "
         "động truyền thông")]


def test_a_condition_before_the_subject_stays_with_the_task():
    """Corpus 038 (Huế): the condition and the time limit are part of what is assigned."""
    doc = parse("NGHỊ QUYẾT\nĐiều 1. Sửa đổi\n- Trường hợp đối tượng không đủ điều kiện hưởng, Chủ tịch Ủy ban nhân "
                "dân xã/phường trả lời bằng văn bản và nêu rõ lý do.")
    assert [(a.agency, a.role, a.task) for a in assignments.extract(doc)] == [
        ("Chủ tịch Ủy ban nhân dân xã/phường", "implement",
         "Trường hợp đối tượng không đủ điều kiện hưởng, Chủ tịch Ủy ban nhân dân xã/phường trả lời bằng văn bản và "
         "nêu rõ lý do")]


@pytest.mark.parametrize("task, role", [
    ("Chủ trì, phối hợp với UBND các huyện để triển khai các nội dung theo kế hoạch.", "lead"),
    ("có kế hoạch phối hợp với các cơ quan báo, đài", "coordinate"),
    ("xây dựng kế hoạch thực hiện thông tin tuyên truyền chi tiết theo tháng, đồng thời phối hợp chặt chẽ", None),
    ("Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan triển khai", "coordinate"),
    # corpus 034: the grounds list their words over commas
    ("Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, chủ động phối hợp với Sở Y tế trong việc tổ chức",
     "coordinate"),
    ("Căn cứ chức năng, nhiệm vụ được giao, quy định mức hỗ trợ cụ thể cho từng đối tượng, phối hợp với Sở Tài chính",
     None),  # "quy định" here is the task's own verb, not more grounds
    # corpus 029, 015: any grounds "Căn cứ …," or "Trên cơ sở …," before the verb; "Theo dõi" is a verb
    ("- Căn cứ khả năng cân đối ngân sách địa phương, phối hợp với Sở Nông nghiệp và Môi trường trình cấp có "
     "thẩm quyền bố trí kinh phí", "coordinate"),
    ("Trên cơ sở đề xuất của Ban Quản lý các khu công nghệ cao, tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí",
     "lead"),
    ("Theo dõi, đôn đốc việc thực hiện; phối hợp với các sở", None),
    ("Tham mưu xây dựng kế hoạch truyền thông về chương trình.", "lead"),
])
def test_role_follows_the_first_words_of_the_task(task, role):
    assert assignments.role(task) == role


def test_seed_rows_point_at_their_text(seed_tables):
    docs = pd.read_parquet(seed_tables / "documents").set_index("doc_id")
    table = pd.read_parquet(seed_tables / "assignments")
    assert len(table) > 40
    for row in table.itertuples():
        assert docs.loc[row.doc_id, "text"][row.start:row.end] == row.text
    assert set(table.role) <= {"lead", "coordinate", "implement"}
    assert table.agency_full.str.contains("UBND").sum() == 0


def test_corpus_plan(shared):
    path = next((shared / "corpus" / "plans").glob("026_*.txt"))
    found = rows(path.read_text(encoding="utf-8"))
    assert ("Sở Tài chính", "lead") in [(a, r) for a, r, _ in found]
    assert [a for a, _, _ in found].count("Sở Y tế") == 4
    assert not any(a.startswith("các sở, ban, ngành") for a, _, _ in found)  # closing request


# a task table (corpus 015 and 019, shortened)
TASK_TABLE = """KẾ HOẠCH
PHỤ LỤC
TT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
1 | Khảo sát, đánh giá thực trạng hạ tầng viễn thông | Ban Quản lý các khu công nghệ cao và khu công nghiệp | Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông | Quý IV/2025
II
Các nhiệm vụ khác
2 | Quản lý, vận hành Hệ thống thông tin | Sở Tài chính | Cơ quan, địa phương liên quan | Quý IV/2026
Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố. | Sở Khoa học và Công nghệ | Sở Tài chính
3 | Xây dựng Khung đào tạo quản trị dữ liệu | Bộ Công an (Trung tâm Dữ liệu quốc gia) | Bộ Giáo dục và Đào tạo | Năm 2026
"""


def test_a_task_table_gives_lead_and_coordinating_rows():
    survey, operate, backup, train = ("Khảo sát, đánh giá thực trạng hạ tầng viễn thông",
                                      "Quản lý, vận hành Hệ thống thông tin",
                                      "Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố",
                                      "Xây dựng Khung đào tạo quản trị dữ liệu")
    assert rows(TASK_TABLE) == [
        ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "lead", survey),
        ("Sở Khoa học và Công nghệ", "coordinate", survey), ("Sở Công Thương", "coordinate", survey),
        ("Các doanh nghiệp viễn thông", "coordinate", survey),
        ("Sở Tài chính", "lead", operate), ("Cơ quan, địa phương liên quan", "coordinate", operate),
        ("Sở Khoa học và Công nghệ", "lead", backup), ("Sở Tài chính", "coordinate", backup),
        ("Bộ Công an", "lead", train), ("Bộ Giáo dục và Đào tạo", "coordinate", train)]


def test_a_task_table_laid_out_one_cell_per_line():
    text = "\n\n".join([
        "PHỤ LỤC II", "TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả",
        "Thời gian thực hiện", "I", "Hoàn thiện thể chế", "1", "Xây dựng Luật An ninh dữ liệu.", "Bộ Công an",
        "Bộ Khoa học và Công nghệ, Bộ Tài chính và các bộ, ngành, địa phương khác có liên quan",
        "Trình Quốc hội dự thảo Luật", "Tháng 12/2026"])
    task = "Xây dựng Luật An ninh dữ liệu"
    assert rows(text) == [("Bộ Công an", "lead", task), ("Bộ Khoa học và Công nghệ", "coordinate", task),
                          ("Bộ Tài chính", "coordinate", task),
                          ("các bộ, ngành, địa phương khác có liên quan", "coordinate", task)]


def test_an_indicator_table_gives_each_indicator_to_its_lead_and_group_titles_give_none():
    """Corpus 045 and 031: "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU …" names who leads each indicator."""
    text = ("KẾ HOẠCH\nPHỤ LỤC\nTT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá\n"
            "I | Giai đoạn 2025-2027\n1 | Tỉ lệ hồ sơ được số hóa. | % | 100% | Văn phòng Chính phủ\n"
            "2 | Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%. | % | 80% | Bộ Công an")
    assert rows(text) == [("Văn phòng Chính phủ", "lead", "Tỉ lệ hồ sơ được số hóa"),
                          ("Bộ Công an", "lead", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%")]


def test_no_junk_rows_from_appendix_tables(shared):
    """Corpus 045: every row of its appendix tables is a task given to a body named in it."""
    path = next((shared / "corpus" / "plans").glob("045_*.txt"))
    doc = parse(path.read_text(encoding="utf-8"))
    appendix = [a for a in assignments.extract(doc) if (a.section_id or "").startswith("Phụlục")]
    assert len(appendix) > 100
    for a in appendix:
        assert len(a.task.split()) >= 3 and not a.task[:1].isdigit() and "|" not in a.task, a.task
        line = doc.text[doc.text.rfind("\n", 0, a.start) + 1:doc.text.find("\n", a.start)]
        assert a.agency in line


def test_a_form_to_fill_in_assigns_nothing():
    """Corpus 042: the blank decision attached as a form."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân ban hành Quyết định…………………………\n"
                "Điều 1: Phê duyệt danh sách……………………………….\nĐiều ……………………………………………\n")
    assert list(assignments.extract(doc)) == []


def test_a_task_opening_with_the_verb_thanh_tra_belongs_to_its_heading():
    found = rows("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n2. Sở Nội vụ\n- Thanh tra việc thực hiện chế độ, chính sách.")
    assert [(a, r) for a, r, _ in found] == [("Sở Nội vụ", "implement")]


def test_a_heading_with_its_role_in_a_capitalised_bracket_owns_its_bullets():
    found = rows("KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy "
                 "Phòng thủ dân sự tỉnh)\n- Tham mưu Ủy ban nhân dân tỉnh chỉ đạo triển khai.\n- Tổng hợp, báo cáo kết quả.")
    assert [a for a, _, _ in found] == ["Sở Nông nghiệp và Môi trường"] * 2
