"""Deadlines, read from sentences of the seed plans and the corpus."""
from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
import pytest

from extractors import deadlines, passages, tables

from documents import snippet
from gold import rows_with_gold
from parsed import parse

ISSUED = date(2025, 11, 20)

# (sentence, [(kind, due_date, recurrence, day)]) — the document is dated ISSUED
SENTENCES = [
    # a recurring report, due on a day of the month
    ("5. Định kỳ hàng tháng chậm nhất ngày 19 của tháng, Trung tâm văn hóa thể thao và truyền thông huyện, "
     "Các tổ chức CT-XH nhận ủy thác, Chủ tịch UBND các xã thị trấn báo cáo kết quả truyền thông",
     [("recurring", None, "monthly", 19)]),
    ("- Tổng hợp, lồng ghép báo cáo công tác truyền thông, tuyên truyền trong báo cáo công tác giảm nghèo hằng "
     "năm gửi về UBND huyện theo quy định.", [("recurring", None, "yearly", None)]),
    ("- Tổ chức giám sát, đánh giá, sơ kết, tổng kết Chương trình truyền thông theo định kỳ.",
     [("recurring", None, None, None)]),
    ("Chỉ đạo, hướng dẫn hệ thống thông tin cơ sở phát sóng các chương trình phát thanh trên với tần suất hàng "
     "ngày nhằm cung cấp thông tin thiết yếu", [("recurring", None, "daily", None)]),
    ("Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng",
     [("recurring", None, "yearly", 30)]),
    ("định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố",
     [("recurring", None, "yearly", 30)]),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả",
     [("recurring", None, "yearly", 1), ("recurring", None, "yearly", 15)]),
    ("xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học "
     "và Công nghệ để tổng hợp", [("recurring", None, "yearly", 20)]),
    ("tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết.",
     [("recurring", None, "daily", None)]),
    ("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 "
     "hàng năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch",
     [("recurring", None, "monthly", 16), ("recurring", None, "yearly", 16), ("recurring", None, "yearly", 20)]),
    ("a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.", [("recurring", None, "yearly", None)]),
    # one-off deadlines
    ("+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.",
     [("before", date(2025, 12, 31), None, None)]),
    ("b) Thực hiện rà soát, thống kê tất cả các công trình khai thác nước dưới đất trên địa bàn, hoàn thành "
     "trước ngày 31/12/2025 và tổng hợp báo cáo về Sở Nông nghiệp và Môi trường.",
     [("before", date(2025, 12, 31), None, None)]),
    ("Thời hạn hoàn thành: Trước ngày 15/4/2026.", [("before", date(2026, 4, 15), None, None)]),
    ("báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày 15 tháng 12 để tổng hợp",
     [("before", date(2025, 12, 15), None, None)]),
    ("- Thời gian thực hiện: tháng 11/2024.", [("during", date(2024, 11, 1), None, None)]),
    ("2.5. Thời gian tổ chức: dự kiến 01 ngày trong tháng 10/2024.", [("during", date(2024, 10, 1), None, None)]),
    ("xây dựng kế hoạch hoặc văn bản triển khai thực hiện (hoàn thành trong tháng 11/2025) gửi về Công an tỉnh",
     [("during", date(2025, 11, 1), None, None)]),
    ("c) Thời gian thực hiện: Hoàn thành trong năm 2025.", [("during", date(2025, 1, 1), None, None)]),
    ("- Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.", [("during", date(2025, 10, 1), None, None)]),
    # a window is one period, due during it from its start (corpus 035, 028, 012, 024), as a quarter is
    ("b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.", [("during", date(2025, 11, 15), None, None)]),
    ("Thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm.",
     [("during", date(2026, 4, 1), None, None), ("during", date(2026, 8, 1), None, None)]),
    ("Tháng 12/2026", [("during", date(2026, 12, 1), None, None)]),
    ("+ Các thông số: pH, độ mặn, DO quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng "
     "10 năm 2026; số lượng mẫu quan trắc 80 mẫu.", [("during", date(2026, 3, 1), None, None)]),
    ("- Thời gian thực hiện: Quí IV-2025.",
     [("during", date(2025, 10, 1), None, None)]),
    # a task done every year, its recurrence closing it (corpus 019, 027, 045)
    ("- Lập kế hoạch sao lưu, phục hồi dữ liệu và tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố hàng năm.",
     [("recurring", None, "yearly", None)]),
    ("- Chủ trì, chỉ đạo các đơn vị trực thuộc triển khai thực hiện kế hoạch, xây dựng Kế hoạch quan trắc, cảnh báo "
     "môi trường hàng năm.", [("recurring", None, "yearly", None)]),
    ("- Xây dựng chương trình, tổ chức bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức, viên chức hàng năm "
     "để sẵn sàng chuyển đổi môi trường làm việc", [("recurring", None, "yearly", None)]),
    # … or the rule it follows (corpus 013, 031)
    ("Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả dịch vụ thực hiện ký kết hợp đồng trách nhiệm chi "
     "trả chế độ chính sách trợ cấp xã hội, trợ cấp hưu trí xã hội cho đối tượng hàng tháng theo thời gian quy định "
     "thỏa thuận trong hợp đồng;", [("recurring", None, "monthly", None)]),
    ("Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý.",
     [("recurring", None, "yearly", None)]),
    # "thường niên" is yearly (corpus 031); a noun's, not a duty's, it is no deadline (corpus 034)
    ("c) Xây dựng, công bố báo cáo thường niên về dự báo nhu cầu thị trường, xu thế nghề nghiệp mới trong lĩnh vực "
     "công nghệ để định hướng đào tạo phù hợp.", [("recurring", None, "yearly", None)]),
    ("Bên cạnh đó các tỉnh/thành phố đã tổ chức hội nghị, học tập, quán triệt, tuyên truyền sâu rộng nội dung Nghị "
     "quyết số 21-NQ/TW đến cán bộ, đảng viên và Nhân dân; định hướng công tác dân số trong tình hình mới và lồng "
     "ghép vào hoạt động thường niên của các ngành, đoàn thể.", []),
    # … also when it closes a clause listing more of what the task's verb governs (corpus 021)
    ("- Tổ chức tập huấn, bồi dưỡng chuyên môn, nghiệp vụ; hội thảo, tọa đàm về giáo dục, dinh dưỡng, chăm sóc sức "
     "khỏe và bảo đảm an toàn cho trẻ em hàng năm.", [("recurring", None, "yearly", None)]),
    # … or opens it, after a short label, though the duty is to budget (corpus 033, 043); not a target's
    ("1. Nguồn ngân sách: Hàng năm, căn cứ vào nội dung kế hoạch, các sở ngành, UBND các xã, phường xây dựng dự "
     "toán kinh phí gửi Sở Tài chính tổng hợp.", [("recurring", None, "yearly", None)]),
    ("Hằng năm, căn cứ vào nhiệm vụ quốc phòng của Thành phố và khả năng cân đối ngân sách, UBND Thành phố xác định "
     "mức phân bổ cho các xã.", [("recurring", None, "yearly", None)]),
    ("- Chỉ tiêu 2: Hằng năm, 100% xã, phường có chuyên mục về bình đẳng giới.", []),
    # a report whose time is given in a bracket (corpus 016)
    ("Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035).",
     [("during", date(2030, 1, 1), None, None), ("during", date(2035, 1, 1), None, None)]),
    # a day "of the following year" comes every year (corpus 045)
    ("Bộ Khoa học và Công nghệ tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng Chính phủ trước ngày "
     "30 tháng 01 của năm tiếp theo.", [("recurring", None, "yearly", 30)]),
    # a recurrence describing a noun, or followed by more of the clause, is no task's (corpus 043, 013, 007)
    ("- Các khoản chi nghiệp vụ mang tính thường xuyên phát sinh hằng năm: chi tập huấn bồi dưỡng", []),
    ("những lợi ích việc các giao dịch thanh toán không dùng tiền mặt trong đời sống hàng ngày;", []),
    ("a)Tập trung tuyên truyền những mục tiêu, nội dung nhằm thực hiện Chỉ thị số 05-CT/TW; Kế hoạch số 58/KH-UBND "
     "ngày 15/6/2022 và các kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững hàng năm.", []),
    ("Tăng cường công tác tự kiểm tra, xử lý nghiêm các vi phạm gắn với công tác thi đua khen thưởng hàng năm của "
     "đơn vị.", []),
    # … "định kỳ" too, when it describes a procedure (corpus 017), not when it closes a duty or a time label
    ("- Số hóa hồ sơ công trình; công bố bộ tiêu chuẩn kỹ thuật, định dạng dữ liệu, quy trình cập nhật định kỳ.", []),
    ("- Xây dựng kế hoạch bảo đảm an toàn thông tin mạng; thực hiện kiểm thử an toàn định kỳ.",
     [("recurring", None, None, None)]),
    ("Thời gian thực hiện: Theo kế hoạch công tác tư pháp hàng năm.", [("recurring", None, "yearly", None)]),
    # not deadlines: effective and adoption dates, standing duties, budgets, targets, cited documents
    ("4. Nghị quyết này có hiệu lực từ ngày 28 tháng 11 năm 2025.", []),
    ("Vĩnh Long Khóa X, kỳ họp chuyên đề lần thứ Ba thông qua ngày 18 tháng 11 năm 2025.", []),
    ("- Thường xuyên kiểm tra, đôn đốc việc cập nhật dữ liệu; kịp thời chỉ đạo, chấn chỉnh", []),
    ("1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước hằng năm của các bộ", []),
    ("Xây dựng ít nhất 01 chuyên mục được phát sóng hàng tuần, tháng trên Đài Phát thanh - Truyền hình tỉnh.", []),
    ("- Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.", []),
    ("a) Hằng năm, giảm số người nghiện ma túy, người sử dụng trái phép chất ma túy; phấn đấu đến năm 2030", []),
    ("phấn đấu đạt mục tiêu xây dựng 20% xã, phường “không ma túy” ngay trong năm 2025", []),
    # … but an aim to complete a task is a duty (a probe line)
    ("- Phấn đấu hoàn thành việc xóa nhà tạm, nhà dột nát cho hộ nghèo trong năm 2025.",
     [("during", date(2025, 1, 1), None, None)]),
    ("Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình", []),
    ("Thực hiện chi trả gộp 03 tháng lương hưu (tháng 12 năm 2025, tháng 01 và tháng 02 năm 2026)", []),
    ("- Thời gian thực hiện: Thường xuyên.", []),
    # a run of years is a period, not a due date, unless it is set as a task's time and is not the plan's own
    # period (corpus 012, 045; see the test of a time column's runs)
    ("2.Phạm vi và thời gian thực hiện: Từ năm 2022 đến năm 2025", []),
    ("- Thời gian thực hiện: năm 2026 - 2027.", [("during", date(2026, 1, 1), None, None)]),
    ("Tổ chức các hoạt động ứng phó ngay khi nước rút", []),
    # a time already past when the plan was issued, in a clause reporting what was done, is history (corpus
    # 051); a past time the plan sets, or a coming one after "đã", is a deadline
    ("Chủ tịch Ủy ban nhân dân Thành phố đã chỉ đạo các cơ quan, đơn vị khẩn trương hoàn thành việc cập nhật cơ "
     "sở dữ liệu trước ngày 30 tháng 10 năm 2025.", []),
    ("Thời gian hoàn thành: Trước ngày 15/11/2025.", [("before", date(2025, 11, 15), None, None)]),
    # a day or a month opening a line before a comma times what the line then does; one before the document's own
    # date tells what happened (corpus 025, 037, 051)
    ("- Ngày 15/12/2025, Ủy ban nhân dân huyện tổ chức Hội nghị biểu dương người có uy tín.",
     [("on", date(2025, 12, 15), None, None)]),
    ("- Tháng 12/2025, tổ chức Hội thi tìm hiểu pháp luật.", [("during", date(2025, 12, 1), None, None)]),
    ("Ngày 18/11/2025, tại trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ chủ trì cuộc họp.", []),
    # each bracketed day goes with the recurrence right before its bracket; a day of a named month recurs yearly
    # (probe lines; corpus 033 "6 tháng (trước ngày 16/6)")
    ("- Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các đơn vị gửi báo cáo về Sở Nội vụ.",
     [("recurring", None, "yearly", 15), ("recurring", None, "yearly", 15)]),
    # a window in brackets keeps its recurrence daily, weekly, monthly; a quarter's named months stay quarterly
    ("- Hằng ngày (từ ngày 01/6 đến ngày 30/11), các xã báo cáo tình hình mưa lũ về Ban Chỉ huy.",
     [("recurring", None, "daily", None)]),
    ("- Định kỳ hằng tháng (từ ngày 01/7), các xã báo cáo kết quả về UBND huyện trước ngày 25.",
     [("recurring", None, "monthly", 25)]),
    ("- Hằng quý, các đơn vị báo cáo về Sở trước ngày 15/3, ngày 15/6, ngày 15/9 và ngày 15/12.",
     [("recurring", None, "quarterly", 15)]),
    # a recurrence opening the clause gives its day to a yearless day however far after it (a probe line), not
    # past an exception
    ("- Hằng năm, các đơn vị xây dựng kế hoạch kiểm tra, gửi về Sở Công Thương trước ngày 31/01.",
     [("recurring", None, "yearly", 31)]),
    ("- Hằng năm, các xã rà soát hộ nghèo, riêng năm 2026 hoàn thành trước ngày 30/6.",
     [("recurring", None, "yearly", None)]),
    ("- Hằng năm, các xã tổ chức phòng trừ sâu bệnh, báo cáo kết quả năm 2025 về Sở trước ngày 15/12.",
     [("recurring", None, "yearly", 15)]),
    ("- Hằng tháng (từ ngày 01/7), các xã báo cáo kết quả về UBND huyện trước ngày 25.",
     [("recurring", None, "monthly", 25)]),
    ("Các đơn vị đã được giao nhiệm vụ hoàn thành trước ngày 15/12/2025.",
     [("before", date(2025, 12, 15), None, None)]),
    # a plan to be made each year is a yearly duty (corpus 004); a plan or budget only named is not
    ("2. Giao Công an tỉnh chủ trì, phối hợp các đơn vị có liên quan xây dựng kế hoạch thực hiện hàng năm và tổ "
     "chức triển khai thực hiện có hiệu quả các nội dung của Chương trình.", [("recurring", None, "yearly", None)]),
    ("- Các đơn vị thực hiện các nhiệm vụ theo kế hoạch hằng năm của Ủy ban nhân dân tỉnh.", []),
    # the plan naming itself ("Kế hoạch" inside a sentence) is done each year, compiled as a duty (corpus 031)
    ("c) Hướng dẫn, đôn đốc các đơn vị. Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm.",
     [("recurring", None, "yearly", None)]),
    # … but a kind of plan closer to the recurrence still takes it; "tổng hợp" after a noun is an adjective
    ("- Sở Nội vụ đưa nội dung của Kế hoạch vào kế hoạch hằng năm.", []),
    ("- Sử dụng số liệu thống kê hằng năm làm cơ sở đánh giá tổng hợp tình hình phát triển.", []),
    ("- Bố trí kinh phí thực hiện trong dự toán ngân sách hằng năm của đơn vị.", []),
    # days in brackets, their year left to the plan's date, time what they follow; a window under way when the
    # plan is issued is this year's, and begun in the plan's month, due from its start (corpus 035, issued 20/11)
    ("- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày Quốc tế xóa bỏ "
     "mọi hình thức bạo lực đối với phụ nữ và trẻ em gái” (ngày 25/11).",
     [("during", date(2025, 11, 15), None, None), ("on", date(2025, 11, 25), None, None)]),
    ("- Tổ chức diễn tập (từ ngày 01/3 đến ngày 15/3).", [("during", date(2026, 3, 1), None, None)]),
    # every six months has no name among the table's recurrences: null, yet a recurrence of its own, not the month
    # a day would make it, and beside a yearly one
    ("- Định kỳ 06 tháng (trước ngày 15 của tháng cuối kỳ), các sở báo cáo kết quả về Sở Nội vụ.",
     [("recurring", None, None, 15)]),
    ("- Định kỳ 06 tháng và hằng năm, các sở báo cáo kết quả thực hiện về Sở Nội vụ.",
     [("recurring", None, None, None), ("recurring", None, "yearly", None)]),
    ("- Các trường báo cáo kết quả về Ủy ban nhân dân huyện định kỳ 6 tháng và năm.",  # "năm" without "hằng"
     [("recurring", None, None, None), ("recurring", None, "yearly", None)]),
    ("- Tổ chức chiến dịch (từ ngày 15/12 đến ngày 15/01).",  # a window that ends in the next year
     [("during", date(2025, 12, 15), None, None)]),
    ("- Tổ chức chiến dịch (từ ngày 15/12 đến ngày 15/01/2026).",  # its start's year is the one before
     [("during", date(2025, 12, 15), None, None)]),
    ("- Tổ chức chiến dịch (từ ngày 10/12 đến ngày 20).",  # its end's month is its start's
     [("during", date(2025, 12, 10), None, None)]),
    ("- Tổ chức hội nghị (từ ngày 10/12 đến ngày 10/12).", [("on", date(2025, 12, 10), None, None)]),
    # a window under way since before the plan's month is due by its end; one begun long before is an anniversary
    ("- Giảm lãi suất cho vay (từ ngày 01/10/2025 đến hết ngày 31/12/2025).",
     [("before", date(2025, 12, 31), None, None)]),
    ("- Thời gian thực hiện: Từ tháng 9/2025 đến tháng 12/2025.", [("during", date(2025, 12, 1), None, None)]),
    ("- Thời gian thực hiện: Quý IV/2025 - Quý II/2026.",  # its first quarter holds the plan's month
     [("during", date(2025, 10, 1), None, None)]),
    # a window ending with a longer period ("đến hết năm 2025") is one too; its start takes the end's year
    ("- Thời gian thực hiện: từ ngày 25/11/2025 đến hết năm 2025.", [("during", date(2025, 11, 25), None, None)]),
    ("- Thời gian thực hiện: từ ngày 15/11 đến hết năm 2025.", [("during", date(2025, 11, 15), None, None)]),
    # a window bounded by "trước" is due before its end
    ("Sở Y tế hoàn thành trước ngày 15/12/2025 - 20/12/2025.", [("before", date(2025, 12, 20), None, None)]),
    ("- Thi đua chào mừng Kỷ niệm 80 năm Tổng tuyển cử đầu tiên (từ ngày 06/01/1946 đến ngày 06/01/2026).", []),
    # … not a dated document's day in brackets
    ("Thực hiện Chỉ thị số 40-CT/TW (ngày 22/11/2014) của Ban Bí thư về tín dụng chính sách.", []),
    # a horizon opening its line, by the end of a year or a period, sets a deadline for what the line sets, targets
    # too (corpus 020, 030, 035); one inside a sentence, or "Đến năm 2030, …", is the targets' year
    ("a) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.",
     [("before", date(2025, 12, 31), None, None)]),
    ("Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:", [("before", date(2025, 12, 31), None, None)]),
    ("Đến hết quý II/2026: hoàn thành số hóa hồ sơ.", [("before", date(2026, 6, 30), None, None)]),
    ("- Bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã “không ma túy”.", []),
    ("Đến hết năm 2024, toàn tỉnh đã có 25% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.", []),  # a result
    ("Đến năm 2030, Việt Nam hoàn thành xây dựng Chính phủ số.", []),
    # two days listed before one recurrence both recur
    ("- Báo cáo tình hình thực hiện trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm.",
     [("recurring", None, "yearly", 20), ("recurring", None, "yearly", 20)]),
    # a day of the last or first month of each quarter recurs each quarter, "hằng quý" or not
    ("- Định kỳ hằng quý, trước ngày 20 tháng cuối quý, các sở, ngành báo cáo kết quả.",
     [("recurring", None, "quarterly", 20)]),
    ("- Chậm nhất ngày 20 của tháng cuối quý, các sở gửi báo cáo quý về Sở Tài chính.",
     [("recurring", None, "quarterly", 20)]),
    ("- Định kỳ trước ngày 05 của tháng đầu quý sau, báo cáo kết quả quý trước.", [("recurring", None, "quarterly", 5)]),
    ("- Tổ chức sơ kết trước ngày 20 tháng cuối quý IV năm 2025.", []),  # a named quarter: once, not each
    # "chậm nhất đến ngày" bounds as "chậm nhất" does; a day under a label of a time limit is due by it
    ("- Các đơn vị hoàn thành chậm nhất đến ngày 30/11/2026.", [("before", date(2026, 11, 30), None, None)]),
    ("- Hạn cuối: ngày 20/12/2025.", [("before", date(2025, 12, 20), None, None)]),
    ("- Thời gian tổ chức: ngày 15/01/2026.", [("on", date(2026, 1, 15), None, None)]),
    ("- Thời hạn: tháng 12/2025.", [("during", date(2025, 12, 1), None, None)]),
    # an hour between the bound and its day
    ("- Báo cáo kết quả trước 17h00 ngày 20/12/2025.", [("before", date(2025, 12, 20), None, None)]),
    ("- Gửi báo cáo chậm nhất 16 giờ 30 phút, ngày 15/12/2025.", [("before", date(2025, 12, 15), None, None)]),
    ("- Báo cáo trước 9h30 ngày 19 hằng tháng.", [("recurring", None, "monthly", 19)]),
    # the year of a rate to reach, per cent or per mille, is the target's
    ("- Giảm tỷ suất sinh thô 0,2‰ trong năm 2026.", []),
    ("- Giảm tỷ lệ hộ nghèo 1,5% trong năm 2026.", []),
    ("- Giảm tỷ suất sinh thô xuống 14 trẻ/1.000 dân trong năm 2026.", []),
    # how long a benefit lasts is no deadline
    ("Thời gian hỗ trợ kể từ ngày Chủ tịch Ủy ban nhân dân xã ban hành quyết định cho đến ngày 31/12/2025.", []),
    ("- Thời gian hỗ trợ: đến hết ngày 31 tháng 12 năm 2025.", []),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_sentences(sentence, expected):
    rows = deadlines.extract(snippet(sentence, issued=ISSUED))
    assert [(r.kind, r.due_date, r.recurrence, r.day) for r in rows] == expected


def test_a_bare_label_line_labels_the_next_line():
    text = "3. Thời gian thực hiện:\nTừ tháng 10/2025 đến khi tổ chức thành công Đại hội."
    (row,) = deadlines.extract(snippet(text, issued=ISSUED))
    assert (row.kind, row.due_date) == ("during", date(2025, 10, 1))


def test_a_time_label_heading_that_states_its_task_gives_it_as_the_action():
    """Corpus 006: "2. Thời gian trình khen thưởng: Hồ sơ … trước ngày 31/3/2026" times the submission it
    states, not the plan; a heading that gives only a duration ("dự kiến 01 ngày …") states no task."""
    doc = parse("KẾ HOẠCH\nPhát động phong trào thi đua\nV. KHEN THƯỞNG\n2. Thời gian trình khen thưởng: Hồ sơ "
                "trình, đề nghị Chủ tịch UBND tỉnh xem xét tặng Bằng khen gửi về Sở Nội vụ trước ngày 31/3/2026 để "
                "tổng hợp.\n3. Thời gian tổ chức: dự kiến 01 ngày trong tháng 10/2025.")
    found = list(deadlines.extract(doc))
    assert [(r.due_date, r.action) for r in found][:1] == [
        (date(2026, 3, 31), "Hồ sơ trình, đề nghị Chủ tịch UBND tỉnh xem xét tặng Bằng khen gửi về Sở Nội vụ")]
    assert all(r.action != "dự kiến 01 ngày" for r in found)


def test_a_line_under_a_bare_label_that_names_its_task_is_its_action():
    """Corpus 013, 012: the items under "Thời gian …:" say what they time before their time."""
    doc = parse("KẾ HOẠCH\nII. ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA\n2. Thời gian thi đua\na) Thời gian thi đua chia thành "
                "02 đợt:\n- Đợt 01 dự kiến: Cao điểm tập trung trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 "
                "đến ngày 03 tháng 12 năm 2025);\n- Thời gian thực hiện:\n+ Các bộ gửi kết quả rà soát về Bộ Công an "
                "trước ngày 15 tháng 12 năm 2025.")
    assert [(r.due_date, r.action, r.responsible) for r in deadlines.extract(doc)] == [
        (date(2025, 11, 20), "Đợt 01 dự kiến: Cao điểm tập trung trong 10 ngày làm việc", None),
        (date(2025, 12, 15), "gửi kết quả rà soát về Bộ Công an", "Các bộ")]


def test_a_time_label_under_a_section_naming_no_task_times_the_task_of_the_section_above():
    """Corpus 027: "1.1.2. Vùng nuôi tôm hùm lồng, bè." only names where the monitoring of 1.1 is done."""
    doc = parse("KẾ HOẠCH\nII. NỘI DUNG KẾ HOẠCH\n1.1. Quan trắc và cảnh báo môi trường NTTS thường xuyên.\n1.1.2. Vùng "
                "nuôi tôm hùm lồng, bè.\na. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.\nb. Địa điểm quan "
                "trắc\n- Vịnh Xuân Đài.")
    assert {r.action for r in deadlines.extract(doc)} == {
        "Quan trắc và cảnh báo môi trường NTTS thường xuyên: Vùng nuôi tôm hùm lồng, bè"}


def test_a_time_line_times_the_item_right_above_it():
    """Corpus 024: each task of an agency is followed by its own "Thời gian thực hiện" line."""
    doc = parse("KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1.2. Sở Tài chính\n- Tuyên truyền, phổ biến quy định về quản lý, "
                "sử dụng tài sản công.\nThời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.\n"
                "- Cơ quan phối hợp: Các sở, ngành.\nThời gian thực hiện: Tháng 12/2025.")
    assert [(r.due_date, r.action) for r in deadlines.extract(doc)] == [
        (date(2025, 11, 1), "Tuyên truyền, phổ biến quy định về quản lý, sử dụng tài sản công"),
        (date(2025, 12, 1), "Sở Tài chính")]


def test_a_horizon_under_the_plans_time_section_is_its_period():
    doc = parse("KẾ HOẠCH\nI. MỤC TIÊU\n- Đến hết năm 2026: hoàn thành số hóa hồ sơ.\n"
                "III. THỜI GIAN THỰC HIỆN\nĐến hết năm 2026.")
    assert [(r.kind, r.due_date) for r in deadlines.extract(doc)] == [("before", date(2026, 12, 31))]


def test_a_time_section_of_the_plan_states_its_period_not_a_deadline():
    """Corpus 005, 006: "3. Thời gian tổ chức phong trào thi đua: …" is the campaign's period (the plan's
    `period_start`); what the section says after it may still be due, and names what it times."""
    doc = parse("KẾ HOẠCH\nPhát động phong trào thi đua\nI. MỤC ĐÍCH\nĐộng viên cán bộ.\n"
                "II. NỘI DUNG THI ĐUA\n1. Chủ đề thi đua\nLập thành tích chào mừng Đại hội.\n"
                "3. Thời gian tổ chức phong trào thi đua: Phong trào được triển khai từ tháng 10 năm 2025 đến hết "
                "tháng 3 năm 2026. Tổng kết vào tháng 4 năm 2026.\n4. Nội dung thi đua")
    assert doc.meta.period_start == 2025
    (row,) = deadlines.extract(doc)
    assert (row.kind, row.due_date, row.action) == ("during", date(2026, 4, 1), "Tổng kết")


def test_the_action_leaves_out_every_timing_of_its_clause():
    """Corpus 033: a clause with a monthly, a half-yearly and a yearly report; the action is the duty, not
    the timings and the brackets they leave. A cited document keeps its date."""
    doc = parse("KẾ HOẠCH\nV. CHẾ ĐỘ BÁO CÁO\n1. Các Sở, ngành: Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 "
                "tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu báo cáo tình "
                "hình thực hiện Kế hoạch, gửi Sở Công thương tổng hợp.\n2. Các sở định kỳ trước ngày 01/6 và 15/11 hằng "
                "năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện Thông tư số 43/2015/TT-BTC ngày "
                "23/3/2015 về Sở Tài chính.")
    actions = {r.action for r in deadlines.extract(doc)}
    assert actions == {
        "Các Sở, ngành: 6 tháng, tổng kết năm hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở "
        "Công thương tổng hợp",
        "Các sở (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện Thông tư số 43/2015/TT-BTC ngày "
        "23/3/2015 về Sở Tài chính"}


@pytest.mark.parametrize("text, action", [
    # corpus 033: the body compiling the report is its responsible, the periods listed after the duty go
    ("2. Sở Công Thương tổng hợp báo cáo UBND tỉnh về tình hình thực hiện Kế hoạch này định kỳ hàng tháng (trước "
     "ngày 18 hàng tháng), 6 tháng (trước ngày 18/5) hoặc khi có yêu cầu báo cáo đột xuất.",
     "tổng hợp báo cáo UBND tỉnh về tình hình thực hiện Kế hoạch này"),
    # corpus 001, 047: the ad hoc occasions beside a recurrence go with it
    ("- Tổ chức các hoạt động kiểm tra định kỳ, đột xuất việc thực hiện các quy định.",
     "Tổ chức các hoạt động kiểm tra việc thực hiện các quy định"),
    ("- Kiểm tra, giám sát theo định kỳ hoặc đột xuất đối với các cơ sở.", "Kiểm tra, giám sát đối với các cơ sở"),
    # months that are part of the task, not a list of reports, stay
    ("- Hằng năm, Trung tâm Y tế tổ chức tiêm vắc xin sởi cho trẻ 9 tháng, 18 tháng.",
     "tổ chức tiêm vắc xin sởi cho trẻ 9 tháng, 18 tháng"),
])
def test_the_action_leaves_out_the_periods_and_occasions_beside_its_recurrence(text, action):
    assert {r.action for r in deadlines.extract(snippet(text))} == {action}


def test_the_action_keeps_the_brackets_that_match():
    """Corpus 004, 020: a bracket closing the action before its time stays closed; a bracket opening it after
    the time is taken out stays whole."""
    doc = parse("KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch: Hoàn thành, báo cáo kết quả "
                "Ủy ban nhân dân tỉnh (qua Công an tỉnh) trong tháng 11/2025.\n2. Các xã, phường xây dựng kế "
                "hoạch; định kỳ trước ngày 01/6 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện "
                "về Sở Tài chính.")
    assert [r.action for r in deadlines.extract(doc)] == [
        "Sở Văn hóa, Thể thao và Du lịch: Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh)",
        "(hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện về Sở Tài chính"]


def test_the_time_line_of_a_scope_and_time_section_is_the_plans_period():
    """Seed 002 (Bắc Giang, OCR'd), as seed 001 has it: "2. Phạm vi và thời gian thực hiện" over "- Thời gian
    thực hiện: Năm 2023" gives the plan's period; a task's own time line elsewhere stays a deadline."""
    doc = parse("KẾ HOẠCH\nTruyền thông về giảm nghèo bền vững năm 2023\nII. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC "
                "HIỆN\n1. Đối tượng\nNgười thuộc hộ nghèo.\n2. Phạm vi và thời gian thực hiện\n- Phạm vi thực hiện: "
                "Trên phạm vi toàn tỉnh.\n- Thời gian thực hiện: Năm 2023.\nIII. NỘI DUNG\n1. Tập huấn\n1.1. Tổ chức "
                "tập huấn cho cán bộ cơ sở\n- Thời gian thực hiện: tháng 11/2023.")
    assert [(r.due_date, r.kind) for r in deadlines.extract(doc)] == [(date(2023, 11, 1), "during")]


TABLE = """KẾ HOẠCH
Phát triển hạ tầng 5G, IoT trong các khu công nghiệp
I. TỔ CHỨC THỰC HIỆN
TT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
1 | Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông | Ban Quản lý các khu công nghệ cao và khu công nghiệp | Sở Khoa học và Công nghệ | Quý III Năm 2026
2 | Khảo sát, đánh giá thực trạng hạ tầng viễn thông | Ban Quản lý các khu công nghệ cao và khu công nghiệp | Sở Công Thương | Quý IV/2025- Quý II/2026
3 | Xây dựng kế hoạch đầu tư công | Ban Quản lý các khu công nghệ cao và khu công nghiệp | Sở Tài chính | Thường xuyên
II
Các nhiệm vụ khác
4 | Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành | Sở Tài chính | Hằng năm.
5 | Học tập kinh nghiệm nước ngoài | Sở Tài chính | Các sở, ngành | Năm 2025-2030
"""


def test_a_tables_time_column():
    rows = list(deadlines.extract(parse(TABLE)))
    assert [(r.kind, r.due_date, r.recurrence, r.text) for r in rows] == [
        ("during", date(2026, 7, 1), None, "Quý III Năm 2026"),
        ("during", date(2025, 10, 1), None, "Quý IV/2025- Quý II/2026"),
        ("recurring", None, "yearly", "Hằng năm"),
        ("during", date(2025, 1, 1), None, "Năm 2025-2030"),  # a run of years set as the task's time
    ]
    assert rows[0].action == "Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông"
    assert rows[0].responsible == "Ban Quản lý các khu công nghệ cao và khu công nghiệp"


def test_a_plan_known_only_by_its_horizon_has_its_own_run_of_years_too():
    """A plan "đến năm 2030" issued in 2025: "Giai đoạn 2026 - 2030" beside a task is its period, "2026 - 2028" a
    task's time."""
    doc = snippet("TT | Nội dung | Thời gian thực hiện\n1 | Xây dựng nền tảng dữ liệu | Giai đoạn 2026 - 2030\n"
                  "2 | Xây dựng cơ sở dữ liệu đất đai | 2026 - 2028\n", issued=ISSUED)
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, period_end=2030))
    assert [(r.kind, r.due_date, r.text) for r in deadlines.extract(doc)] == [("during", date(2026, 1, 1), "2026 - 2028")]


def test_a_run_of_years_in_a_time_column_times_its_task_unless_it_is_the_plans_period():
    """Corpus 016, 032: "2025 - 2030" beside a task of a plan to 2035 is its time, due during it from 2025;
    "2026 - 2030" in a plan for 2026-2030 is the plan's period, and "Thường xuyên" no time at all."""
    text = ("KẾ HOẠCH\nPhát triển kinh tế số giai đoạn 2026 - 2030\nI. MỤC TIÊU\nThực hiện trong giai đoạn 2026 - 2030."
            "\nII. NHIỆM VỤ\nTT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n"
            "1 | Xây dựng nền tảng dữ liệu | Sở Khoa học và Công nghệ | 2026 - 2030\n"
            "2 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | 2026 - 2028\n"
            "3 | Tuyên truyền về kinh tế số | Sở Văn hóa, Thể thao và Du lịch | Thường xuyên\n")
    doc = parse(text)
    assert (doc.meta.period_start, doc.meta.period_end) == (2026, 2030)
    assert [(r.kind, r.due_date, r.text) for r in deadlines.extract(doc)] == [
        ("during", date(2026, 1, 1), "2026 - 2028")]


def test_a_table_rows_responsible_are_the_bodies_of_its_lead_cell():
    """Corpus 031: the lead cell says what each body does; responsible names the bodies only."""
    text = ("KẾ HOẠCH\nTT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n"
            "1 | Công bố dữ liệu mở | Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện "
            "công bố dữ liệu mở theo lĩnh vực quản lý | Quý IV/2026\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.action, row.responsible) == ("Công bố dữ liệu mở", "Sở KH&CN; Các sở, ngành; UBND cấp xã")


def test_a_task_cell_timing_itself_leaves_its_timing_out_of_the_action():
    """Corpus 032: "Hàng năm thực hiện …" in the task column is the row's recurrence, not part of its task."""
    text = ("KẾ HOẠCH\nTT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n"
            "7.3 | Hàng năm thực hiện sát hạch, đánh giá kỹ năng số của công chức | Sở Khoa học và Công nghệ | "
            "2026 - 2030\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.kind, row.recurrence, row.action) == (
        "recurring", "yearly", "thực hiện sát hạch, đánh giá kỹ năng số của công chức")


def test_an_action_leaves_its_bodies_and_its_timing_words_to_the_other_fields():
    """Seed 000, seed 003: the bodies that act are ``responsible``; the period a day was named in and a
    preposition whose time was cut are no part of the action."""
    text = ("5. Định kỳ hàng tháng chậm nhất ngày 19 của tháng, Trung tâm văn hóa thể thao và truyền thông huyện, Các "
            "tổ chức CT-XH nhận ủy thác báo cáo kết quả truyền thông qua cơ quan thường trực NHCSXH huyện.\n"
            "- Tổ chức giám sát, đánh giá, sơ kết, tổng kết theo định kỳ.")
    assert [(r.action, r.responsible) for r in deadlines.extract(snippet(text))] == [
        ("báo cáo kết quả truyền thông qua cơ quan thường trực NHCSXH huyện",
         "Trung tâm văn hóa thể thao và truyền thông huyện; Các tổ chức CT-XH nhận ủy thác"),
        ("Tổ chức giám sát, đánh giá, sơ kết, tổng kết", None)]


def test_a_time_label_opening_a_later_sentence_times_the_one_before():
    """Corpus 024: the task and its label share a line."""
    text = "- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026."
    (row,) = deadlines.extract(snippet(text))
    assert (row.kind, row.due_date, row.action) == (
        "before", date(2026, 5, 31), "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính")


def test_a_recurrence_after_a_passive_verb_times_what_is_done():
    """Corpus 043, 030: what is reviewed each year recurs; a budget given each year does not."""
    text = ("5. Các năm tiếp theo các định mức nêu trên được xem xét, điều chỉnh hàng năm do UBND Thành phố trình HĐND "
            "quyết định theo khả năng cân đối ngân sách.\n- Chủ động bố trí kinh phí trong phạm vi dự toán được cấp có "
            "thẩm quyền giao hàng năm để thực hiện.")
    assert [(r.kind, r.recurrence, r.text) for r in deadlines.extract(snippet(text))] == [
        ("recurring", "yearly", "hàng năm")]


def test_the_bodies_named_after_the_timing_are_responsible():
    """Corpus 032: "Định kỳ 06 tháng các cơ quan có liên quan báo cáo …" names who reports after its time."""
    text = ("Yêu cầu các sở, ngành triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan "
            "báo cáo kết quả thực hiện gửi về Sở Khoa học và Công nghệ.")
    (row,) = deadlines.extract(snippet(text))
    assert (row.action, row.responsible) == (
        "báo cáo kết quả thực hiện gửi về Sở Khoa học và Công nghệ", "các cơ quan có liên quan")


def test_each_sentence_of_a_line_gives_its_own_recurring_duty():
    """Corpus 032: two sentences of one item each set a duty "định kỳ"; one clause naming it twice gives one row."""
    text = ("a) Định kỳ cập nhật các chỉ tiêu kinh tế số. Định kỳ đo lường, công bố công khai kết quả; đánh giá mức "
            "độ hoàn thành nhiệm vụ.\nb) Báo cáo định kỳ hàng tháng về tình hình thực hiện định kỳ.")
    assert [(r.recurrence, r.action) for r in deadlines.extract(snippet(text))] == [
        (None, "cập nhật các chỉ tiêu kinh tế số"), (None, "đo lường, công bố công khai kết quả"),
        ("monthly", "Báo cáo về tình hình thực hiện")]


def test_an_action_is_cut_between_words_and_keeps_no_year_of_its_day():
    """Corpus 045, 004: "… của năm tiếp theo" belongs to the day cut from the action; a long action ends at a
    space, not inside a word."""
    text = ("Bộ Khoa học và Công nghệ tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng Chính phủ trước ngày "
            "30 tháng 01 của năm tiếp theo.")
    (row,) = deadlines.extract(snippet(text))
    assert row.action == "tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng Chính phủ"
    task = "Xây dựng kế hoạch phong trào toàn dân " * 12
    (row,) = deadlines.extract(snippet(task + "trước ngày 15/12/2025."))
    assert len(row.action) <= deadlines.MAX_ACTION and task.startswith(row.action + " ")


def test_the_time_a_rule_applies_to_is_no_deadline_but_its_implementation_window_is():
    """Corpus 046: loans outstanding from … to … are what the cut applies to; "thời gian thực hiện" sets when."""
    text = ("Việc giảm lãi suất cho vay áp dụng đối với các khoản vay có dư nợ tại Ngân hàng Chính sách xã hội từ ngày 01 "
            "tháng 10 năm 2025 đến hết ngày 31 tháng 12 năm 2025 và thời gian thực hiện giảm lãi suất cho vay từ ngày "
            "01 tháng 10 năm 2025 đến hết ngày 31 tháng 12 năm 2025.")
    found = [(r.kind, r.due_date) for r in deadlines.extract(snippet(text, issued=ISSUED))]
    assert found == [("before", date(2025, 12, 31))]  # under way since before the plan's month: due by its end


def test_a_time_named_for_an_occasion_is_due_then():
    """Corpus 046: "vào kỳ chi trả tháng 12 năm 2025" bounds its month like "vào"; a bracket that loses its first
    time keeps the rest, without the separator."""
    text = ("a) Thực hiện chi trả gộp 03 tháng lương hưu (tháng 12 năm 2025, tháng 01 năm 2026) vào kỳ chi trả tháng 12 "
            "năm 2025 đối với 04 tỉnh.")
    (row,) = deadlines.extract(snippet(text, issued=ISSUED))
    assert (row.kind, row.due_date, row.text) == ("during", date(2025, 12, 1), "vào kỳ chi trả tháng 12 năm 2025")
    assert row.action == "Thực hiện chi trả gộp 03 tháng lương hưu (tháng 01 năm 2026) đối với 04 tỉnh"


def test_items_with_bracketed_times_of_their_own_keep_their_own_actions():
    """Corpus 016, 035: each report or activity its own year or days; what follows the last bracket goes to each;
    a "Nội dung:" label is no part of the action."""
    text = ("Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035), gửi Ủy "
            "ban nhân dân Tỉnh.\n- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12/2025) và hưởng "
            "ứng Ngày Quốc tế xóa bỏ bạo lực (trước ngày 25/11/2025).")
    assert [r.action for r in deadlines.extract(snippet(text, issued=ISSUED))] == [
        "Báo cáo giữa kỳ thực hiện Kế hoạch, gửi Ủy ban nhân dân Tỉnh",
        "báo cáo tổng kết thực hiện Kế hoạch, gửi Ủy ban nhân dân Tỉnh",
        "Triển khai Tháng hành động", "hưởng ứng Ngày Quốc tế xóa bỏ bạo lực"]


def test_words_that_only_look_like_timing_or_scope_stay_with_the_task():
    """What follows no cut time keeps its words ("… năm sau", "Trong tháng cao điểm, …"); a bound sets a deadline
    even after "áp dụng"."""
    text = ("Trước ngày 15/11/2026, Sở Tài chính lập dự toán ngân sách năm sau.\n"
            "- Trong tháng cao điểm, tổ chức ra quân kiểm tra, báo cáo kết quả trước ngày 30/12/2025.\n"
            "- Sở Y tế hoàn thành việc áp dụng hệ thống quản lý chất lượng trước ngày 31/12/2026.")
    assert [r.action for r in deadlines.extract(snippet(text, issued=ISSUED))] == [
        "lập dự toán ngân sách năm sau", "Trong tháng cao điểm, tổ chức ra quân kiểm tra, báo cáo kết quả",
        "hoàn thành việc áp dụng hệ thống quản lý chất lượng"]


def test_a_later_sentence_without_a_subject_is_the_paragraphs_first_subjects_duty():
    """Corpus 031: "Các cơ quan, đơn vị … có trách nhiệm …. Định kỳ gửi báo cáo … trước ngày 15/11 hằng năm"."""
    text = ("Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch có trách nhiệm chủ động tổ chức thực hiện. Định kỳ "
            "gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và Công nghệ.")
    (row,) = deadlines.extract(snippet(text))
    assert row.responsible == "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch"


def test_a_table_row_marking_its_task_done_sets_no_deadline():
    """Corpus 032: a plan issued late in 2025 lists a 2025 task its output cell marks done; the next row's
    2026 still falls due, and so does a task whose own words say "đã ban hành"."""
    text = ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm\n"
            "4.1 | Xây dựng Kế hoạch triển khai Chiến lược dữ liệu quốc gia trên địa bàn tỉnh | Công an tỉnh | "
            "Các sở, ban, ngành | 2025 | Kế hoạch (đã thực hiện)\n"
            "4.2 | Xây dựng Kế hoạch phát triển dữ liệu số | Sở Khoa học và Công nghệ | Các sở, ban, ngành | 2026 | "
            "Kế hoạch\n"
            "4.3 | Rà soát, sửa đổi các văn bản đã ban hành | Sở Tư pháp | Các sở, ban, ngành | Quý IV/2025 | Báo cáo\n")
    found = [(r.kind, r.due_date) for r in deadlines.extract(snippet(text, issued=ISSUED))]
    assert found == [("during", date(2026, 1, 1)), ("during", date(2025, 10, 1))]


def test_a_schedule_table_without_tasks_gives_no_deadlines():
    text = ("KẾ HOẠCH\nTT | Đối tượng quan trắc | Thông số | Tần suất | Thời gian quan trắc | Số lượng mẫu\n"
            "1 | Nguồn nước cấp: 7 cửa sông | Độ mặn, pH | 02 lần/năm | 02 tháng (tháng 4 và tháng 8) | 15\n")
    doc = parse(text)
    (row,) = tables.read(doc).rows
    assert row.cell("time") is not None and not row.has("task")
    assert list(deadlines.extract(doc)) == []


def test_a_label_line_takes_its_task_and_agency():
    text = ("II. NỘI DUNG\n2. Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật\n"
            "- Cơ quan chủ trì: Bộ Công an.\n- Cơ quan phối hợp: các bộ, cơ quan ngang bộ.\n"
            "- Thời gian thực hiện: năm 2025 và các năm tiếp theo.\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.kind, row.due_date) == ("during", date(2025, 1, 1))
    assert row.action == "Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật"
    assert row.responsible == "Bộ Công an"


def test_an_agency_line_that_is_a_sentence_gives_its_subject_and_a_list_its_bodies():
    """Corpus 022: "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố …" names who acts, not
    whom it advises; a list of bodies is joined by "; " as elsewhere."""
    text = ("II. NỘI DUNG\n1. Phổ biến, giáo dục Luật Việc làm\n- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban "
            "nhân dân Thành phố ban hành Kế hoạch; Sở Tư pháp chủ động tổ chức triển khai.\n- Thời gian thực hiện: "
            "Năm 2025.\n2. Tổ chức tập huấn\n- Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.\n- Thời gian thực hiện: "
            "Năm 2026.\n")
    assert [r.responsible for r in deadlines.extract(parse(text))] == ["Sở Nội vụ", "Sở Nội vụ; Sở Tài chính"]


def test_a_yearly_recurrence_keeps_the_month_of_its_day():
    """Corpus 033: two yearly reports on days of different months; a monthly one has no month."""
    text = ("Sở Công Thương tổng hợp báo cáo định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày "
            "18/5), tổng kết năm (trước ngày 30/11 hàng năm) hoặc khi có yêu cầu.")
    rows = [(r.recurrence, r.month, r.day) for r in deadlines.extract(snippet(text)) if r.kind == "recurring"]
    assert rows == [("monthly", None, 18), ("yearly", 5, 18), ("yearly", 11, 30)]
    # the same day of two months is two deadlines
    text = "Các sở định kỳ báo cáo kết quả thực hiện trước ngày 15/6 và 15/12 hằng năm về Sở Nội vụ."
    assert [(r.month, r.day) for r in deadlines.extract(snippet(text))] == [(6, 15), (12, 15)]


def test_an_item_with_fields_above_its_time_label_takes_its_text_and_lead_body():
    """Corpus 008: each bullet of a section has its own lead, partner and time lines."""
    text = ("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ\n"
            "- Nâng cao nhận thức, ý thức trách nhiệm của đội ngũ cán bộ.\n"
            "Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.\nThời gian thực hiện: Thường xuyên.\n"
            "- Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh.\n"
            "Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.\n"
            "Đơn vị phối hợp thực hiện: Sở Tư pháp.\nThời gian thực hiện: Tháng 12/2025.\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.kind, row.due_date) == ("during", date(2025, 12, 1))
    assert (row.action, row.responsible) == ("Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên "
                                             "địa bàn tỉnh", "Sở Khoa học và Công nghệ")


def test_a_time_label_inside_a_sentence_times_the_clauses_before_it():
    """Corpus 028: the task, then "; thời gian quan trắc …" in the same line, under a heading naming a place."""
    text = ("KẾ HOẠCH\nII. NỘI DUNG\n1. Ngao\n+ Các thông số: Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As) "
            "quan trắc với tần suất 02 lần/năm; thời gian quan trắc vào tháng 4 năm 2026; số lượng mẫu 08 mẫu/năm.\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.kind, row.due_date) == ("during", date(2026, 4, 1))
    assert row.action == "Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm"


def test_report_periods_listed_before_the_duty_are_not_its_action():
    """Corpus 033: cutting the times out leaves "6 tháng, tổng kết năm hoặc khi có yêu cầu"; the action is
    the report."""
    text = ("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày "
            "20/11 hàng năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương.")
    actions = {r.action for r in deadlines.extract(snippet(text))}
    assert actions == {"báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương"}
    # a duty that opens with such words keeps them
    (row,) = deadlines.extract(snippet("- Tổng kết năm học, báo cáo kết quả trước ngày 31/5/2026."))
    assert row.action == "Tổng kết năm học, báo cáo kết quả"


def test_a_start_day_already_past_is_no_deadline():
    """Corpus 008: a policy applied since a day before the plan; a month under way still times its task."""
    text = ("Thời gian thực hiện: Từ 01/7/2025.\nThời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.")
    found = [(r.kind, r.due_date) for r in deadlines.extract(snippet(text, issued=ISSUED))]
    assert found == [("during", date(2025, 11, 1))]


def test_a_task_with_fields_takes_its_task_field_and_lead_body():
    """Corpus 014: a numbered task with "a) Nhiệm vụ:", "b) Cơ quan thực hiện:" (over its lead and partner
    lines) and "c) Thời gian thực hiện:"."""
    text = ("KẾ HOẠCH\nII. NHIỆM VỤ\n4. Về nguồn lực\n4.2. Nguồn nhân lực\na) Nhiệm vụ: Lựa chọn kiến trúc sư trưởng "
            "về Chuyển đổi số.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n"
            "- Đơn vị phối hợp: Các Sở, ban, ngành.\nc) Thời gian thực hiện: Hoàn thành trong năm 2025.\n")
    (row,) = deadlines.extract(parse(text))
    assert (row.kind, row.due_date) == ("during", date(2025, 1, 1))
    assert (row.action, row.responsible) == ("Lựa chọn kiến trúc sư trưởng về Chuyển đổi số",
                                             "Sở Khoa học và Công nghệ")
    # two tasks in one block: each time label takes the task field above it
    text = ("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Chuyển đổi số\n- Nhiệm vụ: Xây dựng kho dữ liệu dùng chung của tỉnh.\n"
            "- Thời gian thực hiện: Năm 2025.\n- Nhiệm vụ: Số hóa hồ sơ lưu trữ.\n- Thời gian thực hiện: Năm 2026.\n")
    assert [r.action for r in deadlines.extract(parse(text))] == ["Xây dựng kho dữ liệu dùng chung của tỉnh",
                                                                 "Số hóa hồ sơ lưu trữ"]


def test_a_sentence_deadline_keeps_its_action():
    text = "Các Sở tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025."
    (row,) = deadlines.extract(snippet(text))
    assert row.text == "trước ngày 31 tháng 12 năm 2025"
    assert row.action == "tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ"


def test_seed_deadlines_match_the_gold(seed_tables, shared):
    for gold, found in rows_with_gold(seed_tables, shared, "deadlines"):
        got = sorted((r.kind, r.due_date, None if pd.isna(r.day) else int(r.day)) for r in found.itertuples())
        want = sorted((g["kind"], g["due_date"] and date.fromisoformat(g["due_date"]), g["day"])
                      for g in gold["deadlines"])
        assert got == want, gold["file"]


def test_a_run_on_line_is_read_in_bounded_pieces():
    """Text that lost its full stops: every deadline is still found, its action read from its own piece."""
    task = "Sở Tài chính tổ chức 02 lớp tập huấn trước ngày 15/11/2025, "
    rows = list(deadlines.extract(snippet(task * 100, issued=ISSUED)))
    assert len(rows) == 100 and all(r.due_date == date(2025, 11, 15) for r in rows)
    *_, last = passages.bounded(task * 100, 0, len(task * 100))
    assert rows[-1].action == "tổ chức 02 lớp tập huấn"  # read from the last piece alone
    assert last[1] - last[0] < len(task) * 2
