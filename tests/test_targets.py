"""Targets: quantified commitments, from sentences of the seed plans and of corpus plans."""
from __future__ import annotations

import pytest

from extractors import targets

from parsed import parse


def plan(*lines: str):
    """A small plan: a title, then the lines under one numbered heading."""
    return parse("\n".join(["KẾ HOẠCH", "II. NỘI DUNG", *lines]))


def rows(*lines: str) -> list[tuple]:
    """(value, value_max, first word of unit, per, comparator) of each target of the lines."""
    return [(t.value, t.value_max, t.unit.split()[0], t.per, t.comparator) for t in targets.extract(plan(*lines))]


@pytest.mark.parametrize("sentence, expected", [
    # seed 000, the SPEC example: two quantities, two rows
    ("a. Đối với báo hình: Thực hiện tối thiểu 01 bản tin truyền hình/năm với thời lượng dưới 2 phút/bản tin.",
     [(1, None, "bản", "năm", ">="), (2, None, "phút", "bản tin", "<")]),
    ("b. Đối với báo viết: Thực hiện tối thiểu 12 bản tin/năm (bình quân 1 bản tin/tháng) với độ dài dưới ½ trang A4.",
     [(12, None, "bản", "năm", ">="), (1, None, "bản", "tháng", "~"), (0.5, None, "trang", None, "<")]),
    ("Mỗi năm Hội đoàn thể cấp tỉnh, cấp huyện thực hiện ít nhất 6 bản tin/hội/năm về công tác phối hợp ủy thác.",
     [(6, None, "bản", "hội/năm", ">=")]),
    ("Lưu ý: Mỗi tin bài của Hội đoàn thể có ít nhất 3 lần nhắc đến cụm từ NHCSXH.",
     [(3, None, "lần", "tin bài", ">=")]),
    ("Tối thiểu mỗi năm ít nhất có 02 bản tin và thời lượng phát thanh tối thiểu 01 tháng/lần.",
     [(2, None, "bản", "năm", ">="), (1, None, "lần", "tháng", ">=")]),
    ("01 phóng sự truyền hình /năm với thời lượng từ 03 phút trở lên.",
     [(1, None, "phóng", "năm", "="), (3, None, "phút", None, ">=")]),
    # seed 004: a range with a per-unit, "dự kiến" before a colon
    ("- Thể loại, thời lượng: lựa chọn thể loại phù hợp, đúng quy định; thời lượng từ 03-05 phút/chương trình.",
     [(3, 5, "phút", "chương trình", "=")]),
    ("- Số lượng chương trình dự kiến: 20 chương trình phát thanh phát trên hệ thống thông tin cơ sở.",
     [(20, None, "chương", None, "~")]),
    ("2.5. Thời gian tổ chức: dự kiến 01 ngày trong tháng 10/2024.", [(1, None, "ngày", None, "~")]),
    # hours of notice, not hours of the clock
    ("- Chủ đầu tư thông báo lịch cắt nước cho người dân trước 24 giờ.", [(24, None, "giờ", None, "=")]),
    ("- Thời gian phản hồi giảm đến 2 giờ.", [(2, None, "giờ", None, "=")]),
    # seed 003: a percentage and a range in one sentence; "hàng tuần" after the unit
    ("11. 100% các xã (có Đài Truyền thanh) có ít nhất 01- 02 chương trình phát thanh/tuần về xây dựng nông thôn mới.",
     [(100, None, "%", None, "="), (1, 2, "chương", "tuần", ">=")]),
    ("Xây dựng ít nhất 01 chuyên mục được phát sóng hàng tuần, tháng trên Đài Phát thanh - Truyền hình tỉnh.",
     [(1, None, "chuyên", "tuần", ">=")]),
    # corpus 013: "hàng tháng" says how often a benefit is paid, not how often the share is reached
    ("(5) 100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội hàng tháng được rà soát, cập nhật.",
     [(100, None, "%", None, "=")]),
    # corpus: population plan (Cần Thơ), a rate per person, a ratio per 100, an age that only defines a group
    ("Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh "
     "ra sống; tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%;",
     [(2.1, None, "con", "phụ nữ", "="), (109, None, "bé", "100 bé gái sinh ra sống", "<"), (22, None, "%", None, "~")]),
    # corpus 035: the period after a percentage belongs to the count that follows it
    ("- Chỉ tiêu 3: Từ năm 2025 trở đi 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới.",
     [(100, None, "%", None, "="), (4, None, "tin", "quý", ">=")]),
    # probe lines: a count in words after a verb that counts ("tổ chức hai buổi", not "hỗ trợ tư vấn", "năm học")
    ("- Mỗi trường tổ chức hai buổi ngoại khóa về an toàn giao thông mỗi năm học.",
     [(2, None, "buổi", "năm học", "=")]),
    ("- Hỗ trợ tư vấn khám bệnh; tổ chức năm học mới an toàn.", []),
    # a body named by the number of its founding act is no count ("Ban Chỉ đạo 389"); a body directing some is
    ("- Kiện toàn Ban Chỉ đạo 389 tỉnh; Ủy ban nhân dân tỉnh chỉ đạo 05 xã triển khai.", [(5, None, "xã", None, "=")]),
    ("- Chỉ đạo 03 huyện điểm xây dựng mô hình; cử Đoàn Công tác 04 đồng chí đi học tập.",
     [(3, None, "huyện", None, "="), (4, None, "đồng", None, "=")]),
    ("- Tổ Công tác 01 kiểm tra các xã phía Bắc; Tổ Công tác 02 kiểm tra các xã phía Nam.", []),
    ("- Đào tạo nghề cho 500 lao động nông thôn mỗi năm và hỗ trợ 120 hộ nghèo thoát nghèo bền vững.",
     [(500, None, "lao", "năm", "="), (120, None, "hộ", None, "=")]),
    # review probes: "ba mẹ" (parents), "hai bên" (both parties) count nothing
    ("- Hỗ trợ ba mẹ học sinh khuyết tật tiếp cận dịch vụ; hỗ trợ hai bên hoàn thiện hồ sơ.", []),
    # review probes: a period after a year opening the line rates every count of it
    ("- Giai đoạn 2026-2030, mỗi năm giải quyết việc làm cho 35.000 lao động, đưa 3.000 lao động đi làm việc.",
     [(35000, None, "lao", "năm", "="), (3000, None, "lao", "năm", "=")]),
    ("- Từ năm 2026, hằng năm, mỗi xã tổ chức ít nhất 01 hội nghị đối thoại.", [(1, None, "hội", "năm", ">=")]),
    # probe lines: the period a count is per may follow words after what it counts
    ("b) Mỗi xã, phường tổ chức ít nhất 02 buổi đối thoại với Nhân dân/năm; đăng tải tối thiểu 04 tin, bài/tháng.",
     [(2, None, "buổi", "năm", ">="), (4, None, "tin", "tháng", ">=")]),
    # a probe line: … and a period closing a count's clause is that count's, not a later share's
    ("- Trồng mới 850 ha rừng tập trung mỗi năm, trong đó rừng gỗ lớn chiếm ít nhất 30%.",
     [(850, None, "ha", "năm", "="), (30, None, "%", None, ">=")]),
    # corpus 004: a recurrence opening the line holds for each of its clauses; one qualifying a plan holds for none
    ("6.4. Hàng năm, số vụ phạm tội về ma túy tại khu vực biên giới tăng trên 03%; số vụ phạm tội lợi dụng không gian "
     "mạng được phát hiện tăng trên 05%.", [(3, None, "%", "năm", ">"), (5, None, "%", "năm", ">")]),
    ("Từng địa phương phải đăng ký chỉ tiêu theo lộ trình thực hiện hàng năm, phấn đấu đạt 20% xã, phường “không ma "
     "túy” năm 2025.", [(20, None, "%", None, "=")]),
    # corpus 006: one comparator over a list of quantities; "mỗi" before a body or a local unit is the rate when
    # no period is named; beside one (seed 003) the period is the rate and "Mỗi huyện, thành phố" the subject
    ("- Đối với Ban Tổ chức Tỉnh ủy; Công an tỉnh mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân.",
     [(1, None, "tập", "đơn vị", "<="), (3, None, "cá", "đơn vị", "<=")]),
    # corpus 043: a negated "lower than" is a floor
    ("HĐND các xã, phường quyết định dự toán chi của trường nhưng không thấp hơn 02 lần chi khác tối thiểu.",
     [(2, None, "lần", None, ">=")]),
    # corpus 013: one comparator over percentages listed with their groups; corpus 004: not over "và"
    ("Tỷ lệ khen thưởng không quá 10% tập thể, 5% cá nhân.", [(10, None, "%", None, "<="), (5, None, "%", None, "<=")]),
    ("Trên 80% số trạm y tế và 100% cơ sở cai nghiện đủ điều kiện.",
     [(80, None, "%", None, ">"), (100, None, "%", None, "=")]),
    ("b) Đối với xã, phường: Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân).",
     [(2, None, "trường", "xã, phường", "=")]),
    ("Mỗi xã chọn 02 trường hợp (tập thể hoặc cá nhân).", [(2, None, "trường", "xã", "=")]),  # no verb in it
    ("Mỗi cơ quan, đơn vị, địa phương cử 01 cán bộ đầu mối.", [(1, None, "cán", "cơ quan, đơn vị, địa phương", "=")]),
    ("**10.** Mỗi huyện, thành phố có ít nhất 01 chuyên mục tuyên truyền về nông thôn mới được phát sóng hàng tuần "
     "trên Đài truyền thanh cấp huyện.", [(1, None, "chuyên", "tuần", ">=")]),
    # corpus 035: a rate per a thousand, up to the time it is due
    ("- Chỉ tiêu 3: Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ "
     "vào năm 2025.", [(18, None, "ca", "1.000 phụ nữ", "=")]),
    # corpus 026, 013: a time within which something is done is at most that; a dated window is how long
    ("- Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút.", [(24, 48, "giờ", None, "<=")]),
    ("a) Đợt 01 thi đua: cao điểm tập trung trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 "
     "tháng 12 năm 2025).", [(10, None, "ngày", None, "=")]),
    # corpus 031, 015: units of data rates, and a quantity restated in other units is no second target
    ("- Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%.",
     [(1, None, "Gb/s", None, "="), (100, None, "%", None, "=")]),
    ("- Hạ tầng truyền dẫn cho phép truyền dữ liệu với tốc độ 10 Gigabit mỗi giây (10 Gbps) đối xứng.",
     [(10, None, "Gigabit", "giây", "=")]),
    # corpus: digital transformation plans
    ("a) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.",
     [(30, None, "%", None, ">=")]),
    ("- Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%.", [(40, None, "%", None, ">=")]),
    ("e) Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện; trên 70% xã, phường có người nghiện.",
     [(100, None, "%", None, "="), (70, None, "%", None, ">")]),
    ("- Ngân sách trung ương: chiếm khoảng 75%-80% tống vốn đầu tư.", [(75, 80, "%", None, "~")]),
    ("- Thủ tục: Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Phòng Kinh tế rà soát, trình Chủ tịch "
     "quyết định hỗ trợ trợ cấp xã hội hằng tháng.", [(5, None, "ngày", None, "<=")]),
    # "thực hiện có hiệu quả" reports nothing
    ("Triển khai thực hiện có hiệu quả các chỉ tiêu. Trong đó, phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ.",
     [(2.1, None, "con", "phụ nữ", "=")]),
    ("- Huy động nguồn lực xã hội hóa tại chỗ; báo cáo 02 lần/ngày về tình hình tiếp nhận.",
     [(2, None, "lần", "ngày", "=")]),
    # corpus: a school-year period, a count of one before the denominator
    ("b) Thời gian hỗ trợ: Theo thời gian học thực tế nhưng không quá 09 tháng/năm học.",
     [(9, None, "tháng", "năm học", "<=")]),
    ("- Môi trường nuôi cá lồng nước ngọt: lấy 01 mẫu/01 kv.", [(1, None, "mẫu", "kv", "=")]),
    ("2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành.",
     [(20, None, "xe", None, "=")]),
    ("- Xây dựng mới 01 triệu căn hộ nhà ở xã hội cho công nhân.", [(1_000_000, None, "căn", None, "=")]),
    # dossiers and sets a plan sets out to handle are counted (only copies someone files are not)
    ("- Số hóa 50.000 hồ sơ địa chính.", [(50_000, None, "hồ", None, "=")]),
    ("- Tiếp nhận tối thiểu 2.000 hồ sơ/năm.", [(2_000, None, "hồ", "năm", ">=")]),
    ("- Trang bị 500 bộ máy tính cho các trường học.", [(500, None, "bộ", None, "=")]),
    # corpus: procedures of a decision, numbers spelled out in brackets
    ("Trong vòng 20 (hai mươi) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ của cá nhân, hộ gia đình.",
     [(20, None, "ngày", None, "<=")]),
    # counts in words where a count is expected (corpus 035, 019, 031)
    ("- 100% bệnh viện, trung tâm y tế có ít nhất một cơ sở y tế thân thiện với phụ nữ.",
     [(100, None, "%", None, "="), (1, None, "cơ", None, ">=")]),
    ("Diễn tập phương án ứng phó sự cố tối thiểu một lần/năm.", [(1, None, "lần", "năm", ">=")]),
    ("- Mỗi người dân có một tài khoản số thống nhất (VNeID) để tiếp cận mọi dịch vụ số.",
     [(1, None, "tài", "người dân", "=")]),
    # corpus 028: one of the denominator glued to it
    ("- Môi trường ao nuôi tôm đại diện: 21 ao nuôi - 21 vị trí (01 mẫu/1ao).",
     [(21, None, "ao", None, "="), (21, None, "vị", None, "="), (1, None, "mẫu", "ao", "=")]),
    # corpus 027: a rate for each point, not for the depths a bracket gives its layers
    ("- Số điểm quan trắc: 03 điểm; mỗi điểm thu mẫu, phân tích theo 02 tầng nước (tầng đáy cách đáy 0,5 - 1m và "
     "tầng giữa cách mặt từ 2 - 3m) và 01 mẫu trầm tích tầng đáy tương ứng.",
     [(3, None, "điểm", None, "="), (2, None, "tầng", "điểm", "="), (0.5, 1, "m", None, "="),
      (2, 3, "m", None, "="), (1, None, "mẫu", "điểm", "=")]),
    # corpus 027: "khoản" before a number labels a clause of a law ("điểm a khoản 2"), not before a percentage
    ("- Dự kiến kinh phí thực hiện khoản 10% kinh phí thực hiện quan trắc thường xuyên.", [(10, None, "%", None, "=")]),
    ("- Thực hiện theo khoản 3 Điều 5 của Quyết định.", []),
    # a label word that ends a word labels nothing, nor one that "mỗi" counts by
    ("- Cung cấp 500 máy tính; thí điểm 02 mô hình; kiểm tra định kỳ 02 lần/năm.",
     [(500, None, "máy", None, "="), (2, None, "mô", None, "="), (2, None, "lần", "năm", "=")]),
    ("- Mở 10 lớp, mỗi lớp 50 học viên.", [(10, None, "lớp", None, "="), (50, None, "học", "lớp", "=")]),
    ("- Mỗi lớp khoảng 40 người.", [(40, None, "người", "lớp", "~")]),  # the comparator is no part of "per"
    # "trên 1 ha" after a quantity is what it is per, not a target "more than 1 ha"; after money, no target
    ("- Năng suất lúa đạt 6,5 tấn trên 1 ha; có trên 100 cơ sở đạt chuẩn.",
     [(6.5, None, "tấn", "ha", "="), (100, None, "cơ", None, ">")]),
    ("- Giá trị sản xuất đạt 150 triệu đồng trên 1 ha đất trồng trọt.", []),
    ("- Tiêm vắc xin cho 5.000 trẻ em trên 1 tuổi.", [(5000, None, "trẻ", None, "=")]),  # an age, no per
    # a measure converted in a bracket is one quantity; a part of a count in a bracket is another
    ("- Trồng mới 2 ha (20.000 m2) rừng; tốc độ 1 Gb/s (1.000 Mbps).", [(2, None, "ha", None, "="),
                                                                         (1, None, "Gb/s", None, "=")]),
    ("- Xây dựng 3 trường (2 trường tiểu học).", [(3, None, "trường", None, "="), (2, None, "trường", None, "=")]),
    # a label word before a colon labels nothing; "Dự án thành phần 3" is a label
    ("- Thành phần: 200 đại biểu.", [(200, None, "đại", None, "=")]),
    ("- Dự án thành phần 3 triển khai tại 15 xã.", [(15, None, "xã", None, "=")]),
    ("- Định kỳ 06 tháng các cơ quan báo cáo kết quả.", []),  # corpus 032: how often, not how many
    ("- Học sinh lớp 10 và đợt 1 của chương trình 135.", []),
    # … but a group named by a percentage is no target: "nhóm 20% hộ giàu nhất"
    ("- Tỷ lệ thu nhập của nhóm 20% hộ giàu nhất so với nhóm 20% hộ nghèo nhất giảm xuống còn 7 lần.",
     [(7, None, "lần", None, "=")]),
    # a rate per mille is a rate, as a percentage is
    ("- Tỷ suất chết trẻ em dưới 1 tuổi giảm xuống dưới 10‰; tỷ lệ tăng dân số tự nhiên khoảng 9,5 ‰.",
     [(10, None, "‰", None, "<"), (9.5, None, "‰", None, "~")]),
    ("- Tỷ suất chết không quá 10‰ ở nông thôn, 5‰ ở thành thị.", [(10, None, "‰", None, "<="), (5, None, "‰", None, "<=")]),
    # where a model is built, or what it reaches, is counted
    ("- Nhân rộng mô hình tại 10 xã; 80% mô hình đạt chuẩn.", [(10, None, "xã", None, "="), (80, None, "%", None, "=")]),
])
def test_targets_of_real_sentences(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # probe lines: an hour of the clock and its minutes, a report named by its months
    "- Trình Chủ tịch UBND huyện trước 10 giờ sáng thứ Hai hằng tuần.",
    "- Trạm Y tế các xã báo cáo nhanh tình hình dịch bệnh hằng ngày trước 16 giờ.",
    "- Báo cáo trước 16 giờ 30 ngày 20/12/2026.",
    "- Báo cáo sơ kết 6 tháng gửi trước ngày 10/6/2026.",
    "- Thời hạn nhận hồ sơ: chậm nhất đến 16 giờ 30 ngày 20/12/2025.",
    "- Gửi báo cáo về Sở trước 9 giờ.",
    "7. Về dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo.",
    "Tỉnh đã tích cực triển khai vận hành chính quyền 2 cấp thông suốt, các trung tâm hoạt động hiệu quả.",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20/11/2018;",
    "- Thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
    "- Tỷ lệ trẻ em dưới 15 tuổi được tiêm chủng đầy đủ theo quy định.",
    "- Chăm sóc trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân.",
    "2. Kết quả, kinh nghiệm đạt được sau 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư.",
    "1. Cấp tỉnh: Kinh phí truyền thông từ nguồn ngân sách nhà nước (dự kiến khoảng 1.050 triệu đồng).",
    "- Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ hoạt động phòng thủ dân sự.",
    "a) Tặng Bằng khen theo quy định tại điểm a khoản 2 Điều 9 Quyết định số 10/2024/QĐ-UBND.",
    "Báo cáo kết quả theo các Mẫu biểu số 01, 02, 03, 04, 05 ban hành kèm theo Kế hoạch này.",
    "- Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm.",
    "- Đã thu hút 20 dự án đầu tư mới, với tổng số vốn đăng ký lớn.",
    "b) Nếu từ 02 địa phương trở lên có cùng điểm thì xét theo thứ tự.",
    "- Thành lập 03 Chương trình mục tiêu quốc gia theo Nghị quyết của Quốc hội.",
    "- Tuân thủ phương châm “4 tại chỗ” trong cứu trợ.",
    # a number that names a kind of model (corpus 031, 032)
    "Triển khai dịch vụ an toàn thông tin mạng giúp tổ chức, doanh nghiệp thực hiện mô hình bảo vệ 04 lớp.",
    "a) Phát triển kinh tế số ngành, lĩnh vực theo mô hình hợp tác giữa 03 bên: doanh nghiệp công nghệ số, địa "
    "phương và các cơ sở kinh tế.",
    "- Vùng nuôi có diện tích quan trắc theo Giai đoạn sau 72 giờ: cấp phát nhu yếu phẩm.",
    "Trong các ngày 08 và 09 tháng 11 năm 2025, đoàn công tác làm việc với tỉnh.",
    # a report of the present, and the breakdown that details it
    "Hiện nay, tổng số trạm BTS trong các KCN là 87 trạm. Trong đó, có 28 trạm 5G (Chiếm 32,2 %).",
    # number words outside a counting frame, or not counting anything
    "- Tổ chức một số hoạt động truyền thông về bình đẳng giới.",
    "- Đạt ít nhất một trong các tiêu chí sau.",
    "- Mỗi cơ quan có một cách làm riêng, phù hợp với thực tế.",
    "- Tăng cường vai trò của Mặt trận, đồng thời là một kênh thông tin quan trọng.",
    # periods of reports listed after a recurrence (corpus 033)
    "2. Sở Công Thương tổng hợp báo cáo tình hình thực hiện định kỳ hàng tháng (trước ngày 18 hàng tháng), "
    "6 tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm) hoặc khi có yêu cầu.",
    # copies of a dossier to file are a rule of procedure (corpus 038, 042, 006)
    "- Hộ gia đình làm 01 (một) bộ hồ sơ theo quy định tại điểm a khoản này.",
    "b) Trong thời hạn thông báo, hộ gia đình, cá nhân nộp 01 (một) hồ sơ đến Trung tâm phục vụ hành chính công.",
    "- Hồ sơ nộp 01 bộ (bản pdf) qua hệ thống phần mềm quản lý văn bản điện tử.",
    "b) Hộ gia đình nộp 01 bộ hồ sơ đề nghị hỗ trợ về Ủy ban nhân dân xã.",
    # a footnote mark that splits a word: "sự" makes nouns of verbs and counts nothing (corpus 010)
    "Văn bản của Trưởng Ban Chỉ huy Phòng thủ dân 1 sự cấp tỉnh, cấp xã.",
])
def test_not_targets(sentence):
    assert rows(sentence) == []


def test_results_already_reported_are_not_targets():
    doc = parse("KẾ HOẠCH\nI. KẾT QUẢ THỰC HIỆN NĂM 2024\nTổ chức 20 lớp tập huấn cho cán bộ.\n"
                "II. NHIỆM VỤ NĂM 2025\n1. Tổ chức 05 lớp tập huấn cho cán bộ cơ sở.")
    assert [t.value for t in targets.extract(doc)] == [5]


def test_a_table_repeating_a_schedule_gives_it_once():
    doc = plan("STT | Thông số | Tần suất", "1 | Nhiệt độ nước | 10 đợt/năm", "2 | pH | 10 đợt/năm",
               "3 | Độ mặn | 10 đợt/năm", "4 | Coliform | 3 đợt/năm")
    assert [(t.value, t.per) for t in targets.extract(doc)] == [(10, "năm"), (3, "năm")]


def test_each_indicator_of_a_table_states_its_own_target():
    """Corpus 031, Phụ lục: several indicators set the same share; each is a target of its own."""
    doc = plan("TT | Chỉ tiêu | Chủ trì",
               "4 | Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%. | Công an tỉnh",
               "8 | Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%. | Văn phòng UBND tỉnh")
    assert [(t.value, t.unit, t.responsible) for t in targets.extract(doc)] == [
        (80, "%", "Công an tỉnh"), (80, "%", "Văn phòng UBND tỉnh")]


def test_a_computation_in_brackets_sets_no_target():
    """Corpus 027: a cost line shows how its amount was reckoned; a planned number of events is a target."""
    doc = plan("TT | Chỉ tiêu | Đơn vị | Số lượng",
               "4 | Giải khát giữa giờ đại biểu, báo cáo viên, cán bộ (50 người/lớp x 02 lớp) | Người | 100")
    assert list(targets.extract(doc)) == []
    doc = plan("- Số lượng: 02 hội nghị/năm × 50 đại biểu/hội nghị.")
    assert [(t.value, t.unit, t.per) for t in targets.extract(doc)] == [
        (2, "hội nghị", "năm"), (50, "đại biểu", "hội nghị")]
    # the bracket of a reckoning is left out, not the number it reckons
    doc = plan("- Tập huấn cho 100 học viên (50 người/lớp x 02 lớp).")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(100, "học viên")]


def test_responsible_agency_from_the_section_heading():
    doc = parse("KẾ HOẠCH\nII. NỘI DUNG\n1. Sở Thông tin và Truyền thông\n"
                "- Sản xuất 20 chương trình phát thanh phát trên hệ thống thông tin cơ sở.")
    target, = targets.extract(doc)
    assert target.responsible.startswith("Sở")


def test_the_unit_ends_where_a_name_begins():
    """What is counted, not the name that follows it."""
    doc = plan("- Hỗ trợ 03 hợp tác xã Tân Phú nuôi tôm theo hướng hữu cơ.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(3, "hợp tác xã")]


def test_a_count_of_places_it_then_names_is_no_target():
    """Corpus 028 and 029: a count followed by the names of what it counts describes them; a list of tasks
    after a count is no list of names."""
    doc = plan("- Cửa sông Yên: Lấy mẫu tại khu vực cấp chung cho 03 vùng nuôi tôm Quảng Chính, Quảng Trung, "
               "Quảng Khê.",
               "- Lấy mẫu tại khu vực cấp chung cho 02 vùng nuôi Hải Châu và Thanh Thủy - phường Ngọc Sơn.",
               "- Phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông.",
               "- Xây dựng 03 mô hình: Nuôi tôm sinh thái, trồng rừng ngập mặn, du lịch cộng đồng.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(3, "mô hình")]


def test_a_unit_ends_at_a_two_word_stop_not_at_a_word_of_it():
    """Corpus 045: "ứng dụng" is counted though "tương ứng" ends a unit; "thiểu số" though "tối thiểu" does."""
    doc = plan("- 100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo, điều hành.",
               "- Hỗ trợ 05 dân tộc thiểu số rất ít người; 20 hộ tương ứng với 02 thôn.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [
        (100, "%"), (1, "ứng dụng AI"), (5, "dân tộc thiểu số"), (20, "hộ"), (2, "thôn")]


def test_points_named_as_places_before_their_count_are_counted():
    """Corpus 027: "Số điểm quan trắc: 08 điểm" counts monitoring points; a score ("đạt 80 điểm", "Tổng số
    điểm của xã") is no target."""
    doc = plan("- Số điểm quan trắc: 08 điểm, trong đó có 06 điểm vùng nước cấp.",
               "- Tổng số điểm của xã là Y; xã đạt 80 điểm được khen thưởng.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(8, "điểm"), (6, "điểm vùng nước cấp")]


def test_a_unit_at_its_word_limit_ends_with_a_whole_word():
    """Corpus 013, 028: the fourth syllable of a unit may begin a word of two ("ngẫu nhiên", "nước lợ");
    seed 004: not when it already ends one ("phát thanh", then the verb "phát")."""
    doc = plan("- Cộng điểm tất cả 50 người khảo sát ngẫu nhiên lại thành tổng điểm.",
               "- Lấy mẫu tại 21 vùng nuôi tôm nước lợ tập trung.",
               "- Sản xuất 20 chương trình phát thanh phát trên hệ thống thông tin cơ sở.")
    assert [t.unit for t in targets.extract(doc)] == [
        "người khảo sát ngẫu nhiên", "vùng nuôi tôm nước lợ", "chương trình phát thanh"]


def test_the_scale_of_a_count_is_no_word_of_its_unit():
    """"1,5 triệu lượt khách du lịch" counts 1,500,000 "lượt khách du lịch": the scale does not take a word of the
    unit's limit ("lượt khách du" before)."""
    doc = plan("- Thu hút 1,5 triệu lượt khách du lịch.", "- Có 01 triệu căn hộ.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(1_500_000, "lượt khách du lịch"), (1_000_000, "căn hộ")]


def test_a_syllable_a_compound_before_it_has_taken_begins_the_next_word():
    """"tư vấn tâm": "vấn tâm" is a word too, but "tư vấn" takes "vấn", so "tâm" begins "tâm lý"."""
    doc = plan("- Thành lập 05 phòng tư vấn tâm lý học đường.", "- Có 1.000 người tham gia bảo hiểm y tế.")
    assert [t.unit for t in targets.extract(doc)] == ["phòng tư vấn tâm lý", "người tham gia bảo hiểm"]


def test_a_unit_at_its_word_limit_goes_on_with_a_noun_not_a_verb():
    """Corpus 016, 014, 031: a full unit phrase takes a two-syllable noun or adjective after it ("công nghệ",
    "quốc gia"), not a verb ("phục vụ")."""
    doc = plan("- Hình thành ít nhất 50 doanh nghiệp khoa học công nghệ trên địa bàn tỉnh.",
               "- Kết nối 05 cơ sở dữ liệu quốc gia với hệ thống của tỉnh.",
               "- Có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số.")
    assert [t.unit for t in targets.extract(doc)] == [
        "doanh nghiệp khoa học công nghệ", "cơ sở dữ liệu quốc gia", "tập dữ liệu mở"]


def test_a_rank_to_reach_is_a_target_of_at_most_that_rank():
    """Corpus 045, 016: "thuộc nhóm 4 nước dẫn đầu", a second rank after "và", "thuộc top 03 vùng …" (whose
    "Đồng bằng" is one word, not a stop); a group's number ("các xã nhóm 1 và nhóm 2") is a label."""
    doc = plan("- Việt Nam thuộc nhóm 4 nước dẫn đầu ASEAN và nhóm 60 nước dẫn đầu thế giới.",
               "- Tỉnh thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới sáng tạo.",
               "- Các xã nhóm 1 và nhóm 2 được hỗ trợ thêm.")
    assert [(t.value, t.comparator, t.unit) for t in targets.extract(doc)] == [
        (4, "<=", "nước dẫn đầu ASEAN"), (60, "<=", "nước dẫn đầu thế giới"), (3, "<=", "top vùng Đồng bằng sông")]


def test_kinds_of_place_counted_together_are_one_unit():
    """Corpus 028, 025: "xã, phường" are counted together; a single kind stays alone."""
    doc = plan("Thực hiện quan trắc môi trường nước ở vùng nuôi tôm tập trung tại 14 xã, phường; lấy mẫu 01 vị trí/ao.",
               "- Hỗ trợ nhu yếu phẩm cho 40 xã, phường, thị trấn và 03 huyện, Sở Công Thương chủ trì.")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [
        (14, "xã, phường"), (1, "vị trí"), (40, "xã, phường, thị trấn"), (3, "huyện")]


def test_a_measure_written_against_its_number():
    """"5km", "10ha", "0,5 - 1m" (corpus 027) are quantities with their unit; "5G" names a technology."""
    doc = plan("- Xây dựng 5km đường giao thông tại các xã và trồng mới 10ha rừng; 100% khu công nghiệp có mạng 5G.",
               "- Lấy mẫu theo 02 tầng nước (tầng đáy cách đáy 0,5 - 1m).")
    assert [(t.value, t.value_max, t.unit) for t in targets.extract(doc)] == [
        (5, None, "km đường giao thông"), (10, None, "ha rừng"), (100, None, "%"), (2, None, "tầng nước"),
        (0.5, 1, "m")]


def test_subject_is_what_the_percentage_counts():
    target, = targets.extract(plan("- Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số đạt 60%."))
    assert target.subject == "Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số"


def test_the_groups_a_percentage_counts_run_over_commas_to_their_verb():
    """Corpus 001, 021, 013, 017: a list of groups ends at its verb, the next quantity or the sentence's end,
    not at its first comma; a bracket inside it keeps its own verbs, "người sử dụng" is a group and "lĩnh vực
    xây dựng" a field."""
    doc = plan("- Phấn đấu đến năm 2030 có ít nhất 50% số xã, phường trên toàn thành phố không có ma túy.",
               "- 100% cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non được tiếp cận "
               "tài liệu trên nền tảng số.",
               "- 100% nhà trường và trên 70% người lao động tại các khu công nghiệp, khu chế xuất.",
               "- 100% số người vi phạm pháp luật liên quan đến ma túy, người sử dụng trái phép chất ma túy thuộc "
               "diện trợ giúp pháp lý khi có yêu cầu.",
               "- 100% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp bằng phương "
               "thức không dùng tiền mặt.",
               "- 100% thủ tục hành chính lĩnh vực xây dựng, giao thông được cung cấp dịch vụ công trực tuyến.")
    assert [t.subject for t in targets.extract(doc)] == [
        "số xã, phường trên toàn thành phố",
        "cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non",
        "nhà trường", "người lao động tại các khu công nghiệp, khu chế xuất",
        "số người vi phạm pháp luật liên quan đến ma túy, người sử dụng trái phép chất ma túy",
        "số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay)",
        "thủ tục hành chính lĩnh vực xây dựng, giao thông"]


def test_a_label_before_a_quantity_is_its_subject():
    """Corpus 018, 027: "X: 58 trạm" counts X, a task label too, and each label of a list its own; a label
    that only opens the parts ("trong đó:") names nothing."""
    doc = plan("+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm);",
               "- Số điểm quan trắc: 08 điểm, trong đó: 06 điểm vùng nước cấp.")
    assert [(t.text, t.subject) for t in targets.extract(doc)] == [
        ("58 trạm", "Lắp đặt mới trạm 3G/4G"), ("25 trạm", "VNPT"), ("33 trạm", "Viettel"),
        ("08 điểm", "Số điểm quan trắc"), ("06 điểm vùng nước cấp", None)]


def test_the_subject_of_a_rate_keeps_what_its_population_has_or_gets():
    """Corpus 032, 031, 006, 033: the subject runs to the predicate of its quantity, not to the first "có" or
    "được"; a bracket keeps its own verbs; another quantity's clause before it is no part of it."""
    doc = plan("- Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh đạt trên 95%.",
               "- Tỷ lệ người dân được định danh số phải đạt 100%.",
               "- Có tỷ lệ cử tri đi bầu cử đạt 98%.",
               "- Đơn vị có tỷ lệ người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) đạt 90%.",
               "- Phấn đấu giá trị xuất khẩu đạt 400 tỷ đồng, tăng bình quân hàng năm trong giai đoạn này đạt 10%.")
    assert [t.subject for t in targets.extract(doc)] == [
        "Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh", "Tỷ lệ người dân được định danh số",
        "tỷ lệ cử tri đi bầu cử", "Đơn vị có tỷ lệ người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay)",
        None]  # what follows the money's clause opens with a verb ("tăng …"), so names no subject


@pytest.mark.parametrize("line, subject", [
    # corpus 006: the verb just before a quantity is its predicate
    ("b) Đối với xã, phường: Mỗi xã, phường chọn 02 trường hợp.", "Mỗi xã, phường"),
    # corpus 006: a clause that is only that verb leaves the label before it as the subject
    ("- Các cơ quan, đơn vị cấp tỉnh còn lại có liên quan đến công tác bầu cử: chọn không quá 01 trường hợp.",
     "Các cơ quan, đơn vị cấp tỉnh còn lại"),
    ("- Tổng sản phẩm trong tỉnh (GRDP) tăng 8%.", "Tổng sản phẩm trong tỉnh (GRDP)"),  # corpus 023
    # corpus 034, 006: verbs joined to the words before them, and names, stay
    ("- Giảm tỷ số giới tính khi sinh 2%.", "tỷ số giới tính khi sinh"),
    ("- Ban Tổ chức Tỉnh ủy 01 tập thể.", "Ban Tổ chức Tỉnh ủy"),
    # corpus 029, 004, 033: the year, an aim and a period opening the clause are fields or no part of it
    ("- Đến năm 2030, tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển đạt 100%.",
     "tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển"),
    ("- Phấn đấu đến năm 2030 diện tích rừng ngập mặn ven biển của tỉnh đạt 1.700 ha.",
     "diện tích rừng ngập mặn ven biển của tỉnh"),
    ("6.4. Hàng năm, số vụ phạm tội về ma túy được phát hiện tăng trên 03%.", "số vụ phạm tội về ma túy"),
    ("+ Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn;", "Tổng sản phẩm Chè xuất khẩu"),
    ("- Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở.", None),
    # corpus 004, 021: "có …" before the verb of the groups a percentage counts says which groups; not when it is
    # that verb ("có đủ", "có điểm tiếp nhận và …")
    ("- Trên 70% xã, phường có người nghiện ma túy bố trí điểm tiếp nhận.", "xã, phường có người nghiện ma túy"),
    ("- 100% thủ tục hành chính có đủ điều kiện được cung cấp trực tuyến.", "thủ tục hành chính"),
    ("- 100% các xã có điểm tiếp nhận và bố trí cán bộ.", "các xã"),
    # corpus 031, 032, 036: a share of a whole counts what takes the share, not the whole after it
    ("- Kinh tế số chiếm 45% GRDP tỉnh.", "Kinh tế số"),
    ("(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP;", "Tỷ trọng kinh tế số"),
    ("Trong đó, tỷ lệ vốn ngân sách nhà nước dự kiến: 85%-90% tổng vốn đầu tư.", "tỷ lệ vốn ngân sách nhà nước"),
    ("- Lao động nữ chiếm hơn 40% số lao động được đào tạo.", "Lao động nữ"),
    # "tổng số" opens the counted groups, no whole; "có … và …" is no restriction; "giảm còn" is one predicate
    ("- Phấn đấu 100% tổng số xã đạt chuẩn nông thôn mới.", "tổng số xã"),
    ("- 90% trường học có hệ thống camera giám sát và bố trí bảo vệ.", "trường học"),
    ("- Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm còn 1,5%.", "tỷ lệ hộ nghèo"),
    ("Chú trọng xây dựng các chính sách để nâng tỷ lệ hoạt động trực tuyến chiếm tối thiểu 80% các hoạt động trong "
     "mỗi cơ quan.", "tỷ lệ hoạt động trực tuyến"),
    ("- Ngân sách địa phương: để thực hiện các dự án do địa phương quản lý, chiếm khoảng 10% tổng vốn đầu tư.",
     "Ngân sách địa phương"),
])
def test_the_subject_is_what_is_counted_without_its_predicate_or_timing(line, subject):
    assert [t.subject for t in targets.extract(plan(line))] == [subject]


def test_a_word_opened_by_the_nominaliser_is_a_unit():
    """"sự" alone counts nothing (corpus 010), but "sự kiện" does."""
    assert [(t.text, t.unit) for t in targets.extract(plan("- Tổ chức ít nhất 02 sự kiện truyền thông mỗi năm."))] == [
        ("ít nhất 02 sự kiện truyền thông", "sự kiện truyền thông")]


def test_has_before_a_count_is_its_predicate():
    """Seed 003, the SPEC's example: "có" before a count is the percentage's predicate, "phát thanh" a noun."""
    doc = plan("11. 100% các xã (có Đài Truyền thanh) có ít nhất 01- 02 chương trình phát thanh/tuần về xây dựng nông "
               "thôn mới trên Đài truyền thanh xã.")
    assert [t.subject for t in targets.extract(doc)][0] == "các xã (có Đài Truyền thanh)"


def test_the_comparator_is_no_part_of_the_subject():
    """Corpus 031, 016: the words before the number end with its comparator; a verb moving the rate is no part of
    it ("Đưa tỷ lệ … lên", corpus 016; "Tăng tỷ lệ …", corpus 035)."""
    doc = plan("- Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%.",
               "- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến lên tối thiểu 80%.",
               "- Tăng tỷ lệ lao động nữ làm công hưởng lương đạt ít nhất 50% vào năm 2025.")
    assert [(t.comparator, t.subject) for t in targets.extract(doc)] == [
        (">=", "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP"),
        (">=", "tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến"), (">=", "tỷ lệ lao động nữ làm công hưởng lương")]


def test_a_subject_cut_inside_a_bracket_loses_the_open_bracket():
    """Corpus 027, 050: the subject is the clause before the number, without a bracket that the number cuts open
    or a separator left at its end."""
    doc = plan("- Mỗi điểm thu mẫu theo 02 tầng nước (tầng đáy cách đáy 0,5 - 1m và tầng giữa).",
               "- Lấy mẫu tại vùng nuôi tôm Quảng Chính, 01 vị trí/ao.")
    found = [(t.value, t.subject) for t in targets.extract(doc)]
    assert found == [(2, "Mỗi điểm thu mẫu"), (0.5, "Mỗi điểm thu mẫu theo 02 tầng nước tầng đáy cách đáy"),
                     (1, "Lấy mẫu tại vùng nuôi tôm Quảng Chính")]


def test_an_indicator_table_gives_one_target_per_value_cell():
    """Corpus 045, Phụ lục I (one cell per line): the value, its unit, the indicator and who leads."""
    doc = parse("\n\n".join([
        "PHỤ LỤC I DANH MỤC CÁC CHỈ TIÊU CỤ THỂ", "TT", "Chỉ tiêu", "Đơn vị", "Kết quả",
        "Cơ quan chủ trì theo dõi, đánh giá", "I", "Giai đoạn 2025-2027",
        "1", "Tỉ lệ cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo, điều hành.", "%",
        "100%", "Bộ Khoa học và Công nghệ"]))
    (target,) = targets.extract(doc)
    assert (target.value, target.unit, target.comparator, target.text, target.responsible) == (
        100, "%", "=", "100%", "Bộ Khoa học và Công nghệ")
    assert target.subject.startswith("Tỉ lệ cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI")


def test_plan_years_of_an_indicator_table_are_targets_and_the_baseline_is_not():
    """Corpus 033: one target per year column, its unit from the unit column, subject after the group."""
    doc = plan("TT | Chỉ tiêu | ĐVT | ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030",
               "Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030",
               "1", "Cà Phê", "- | Diện tích | Ha | 26.120 | 27.000 | 27.500 | 28.000 | 29.000 | 30.000")
    found = [(t.year, t.value, t.unit, t.subject) for t in targets.extract(doc)]
    assert found == [(year, value, "ha", "Cà Phê: Diện tích") for year, value in
                     zip(range(2026, 2031), (27_000, 27_500, 28_000, 29_000, 30_000))]


def test_an_indicator_is_named_without_its_bullet_after_its_group():
    """Corpus 023, Mẫu biểu số 01: the group's title without its colon; "Trong đó:" over the parts of the row
    above titles nothing, so the parts and the rows after them stay in their group."""
    doc = plan("DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 03 NĂM 2026 – 2028",
               "STT | Nội dung | Đơn vị tính | Năm hiện hành 2025 | Năm 2026 | Năm 2027 | Năm 2028",
               "Kế hoạch", "Ước thực hiện",
               "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8",
               "12", "Giáo dục, đào tạo", "- Số học sinh | Người | 398.672 | 398.672 | 398.672 | 398.672 | 398.672",
               "Trong đó:", "+ Học sinh bán trú | Người | 25.225 | 25.225 | 26.485 | 27.280 | 28.098",
               "- Số trường đại học, cao đẳng, dạy nghề công lập do địa phương quản lý | Trường | 7 | 7 | 7 | 7 | 7",
               "13", "Y tế:", "- Số giường bệnh | Giường | 4.270 | 4.270 | 4.340 | 4.400 | 4.500")
    found = [(t.year, t.value, t.subject) for t in targets.extract(doc)]
    pupils, boarders = "Giáo dục, đào tạo: Số học sinh", "Giáo dục, đào tạo: Học sinh bán trú"
    schools = "Giáo dục, đào tạo: Số trường đại học, cao đẳng, dạy nghề công lập do địa phương quản lý"
    assert found == [(2026, 398_672, pupils), (2027, 398_672, pupils), (2028, 398_672, pupils),
                     (2026, 26_485, boarders), (2027, 27_280, boarders), (2028, 28_098, boarders),
                     (2026, 7, schools), (2027, 7, schools), (2028, 7, schools),
                     (2026, 4_340, "Y tế: Số giường bệnh"), (2027, 4_400, "Y tế: Số giường bệnh"),
                     (2028, 4_500, "Y tế: Số giường bệnh")]


def test_statistical_and_money_tables_give_no_targets():
    """Corpus 023: a table of economic figures without an indicator column, and money in a unit column."""
    doc = plan("STT | Nội dung | Đơn vị tính | Năm 2026 | Năm 2027",
               "1 | Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành | Tỷ đồng | 193.549 | 218.628",
               "2 | Dân số | Triệu người | 2,150 | 2,155")
    assert list(targets.extract(doc)) == []
    doc = plan("TT | Chỉ tiêu | ĐVT | Năm 2026", "1 | Vốn đầu tư phát triển | Tỷ đồng | 80.000")
    assert list(targets.extract(doc)) == []


def test_a_table_titled_as_indicators_gives_its_plan_years_not_the_year_it_reports():
    """Corpus 023, Mẫu biểu số 01: forecast indicators with a unit column; the current year's plan sits
    beside its estimate ("Kế hoạch" / "Ước thực hiện" under "Năm hiện hành 2025") and is no target."""
    doc = plan("DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 03 NĂM 2026 – 2028",
               "STT | Nội dung | Đơn vị tính | Năm hiện hành 2025 | Năm 2026 | Năm 2027 | Năm 2028",
               "Kế hoạch", "Ước thực hiện",
               "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8",
               "11 | Tỷ lệ hộ nghèo | % | 0,6 | 0,6 | 0,5 | 0,4 | 0,3")
    found = [(t.year, t.value, t.unit, t.text, t.subject) for t in targets.extract(doc)]
    assert found == [(2026, 0.5, "%", "0,5", "Tỷ lệ hộ nghèo"), (2027, 0.4, "%", "0,4", "Tỷ lệ hộ nghèo"),
                     (2028, 0.3, "%", "0,3", "Tỷ lệ hộ nghèo")]


def test_a_table_of_shares_gives_one_percentage_per_cell():
    """Corpus 039: the counterpart-funding shares of each commune, named under the spanning column."""
    doc = plan("TT | Địa phương | Tỷ lệ vốn đối ứng ngân sách địa phương (%) | Ghi chú", "Thành phố", "Xã",
               "1 | Xã A Lưới 1 | 80 | 20 | Áp dụng trên địa bàn các xã theo Nghị quyết số 1314/NQ-UBTVQH15",
               "2 | Phường Phong Dinh | 30 | 70 | X")
    found = [(t.value, t.unit, t.comparator, t.text, t.subject) for t in targets.extract(doc)]
    assert found == [(80, "%", "=", "80", "Xã A Lưới 1 - Thành phố"), (20, "%", "=", "20", "Xã A Lưới 1 - Xã"),
                     (30, "%", "=", "30", "Phường Phong Dinh - Thành phố"), (70, "%", "=", "70", "Phường Phong Dinh - Xã")]


def test_a_share_cell_without_a_bare_number_sets_no_target():
    """Corpus 043: "X" marks a revenue the level does not share; a reference is no share."""
    doc = plan("STT | Nội dung | NS Trung ương (%) | NS Thành phố (%) | NS xã (%) | Ghi chú",
               "1.4 | Thu từ khu vực kinh tế ngoài quốc doanh | 68 | X | X | Chi tiết theo PL02.2")
    assert [(t.value, t.text) for t in targets.extract(doc)] == [(68, "68")]


def test_a_table_splitting_revenue_between_budget_levels_sets_no_targets():
    """Corpus 043, Phụ lục 02.1: how each revenue is split is a rule, not a commitment."""
    doc = plan("Phụ lục 02.1", "TỶ LỆ PHẦN TRĂM (%) PHÂN CHIA NGUỒN THU GIỮA CÁC CẤP NGÂN SÁCH THÀNH PHỐ HÀ NỘI",
               "STT | Nội dung | NS Trung ương (%) | NS Thành phố (%) | NS xã (%) | Ghi chú",
               "1.4 | Thu từ khu vực kinh tế ngoài quốc doanh | 68 | 32 | X | Chi tiết theo PL02.2")
    assert list(targets.extract(doc)) == []


def test_a_percentage_norm_in_a_money_column_is_a_target():
    """Corpus 043, Phụ lục 01: a norm set as a share of other spending, not an amount."""
    doc = plan("STT | Nội dung | Đơn vị tính | Định mức", "Khu vực đô thị", "Khu vực còn lại",
               "14 | Chi thường xuyên khác | Theo tỷ lệ % tổng chi TX của 11 lĩnh vực | 1,5% | 1,5%",
               "5 | Chi giáo dục chung | Tỷ lệ % | 5% chi sự nghiệp giáo dục từ mục 1 đến 4 nêu trên")
    found = [(t.value, t.unit, t.text, t.subject) for t in targets.extract(doc)]
    assert found == [(1.5, "%", "1,5%", "Chi thường xuyên khác - Khu vực đô thị"),
                     (1.5, "%", "1,5%", "Chi thường xuyên khác - Khu vực còn lại"),
                     (5, "%", "5%", "Chi giáo dục chung - Khu vực đô thị")]


def test_a_plan_column_naming_its_unit_gives_one_quantity_per_cell():
    """Corpus 033, Phụ lục 02: tonnes planned per year are targets, and so are export values in a foreign currency
    (money in đồng is a budget's), in the unit the column prints."""
    doc = plan("TT | Sản phẩm | Kế hoạch 2026 | Kế hoạch 2027",
               "Lượng (Tấn) | Giá trị tham gia xuất khẩu (Nghìn USD) | Lượng (Tấn) | Giá trị tham gia xuất khẩu (Nghìn USD)",
               "1 | Xoài | 13.500 | 7.000 | 14.800 | 7.800")
    found = [(t.value, t.unit, t.year, t.subject) for t in targets.extract(doc)]
    assert found == [(13_500, "tấn", 2026, "Xoài - Lượng (Tấn)"),
                     (7_000, "nghìn USD", 2026, "Xoài - Giá trị tham gia xuất khẩu (Nghìn USD)"),
                     (14_800, "tấn", 2027, "Xoài - Lượng (Tấn)"),
                     (7_800, "nghìn USD", 2027, "Xoài - Giá trị tham gia xuất khẩu (Nghìn USD)")]
    doc = plan("TT | Chỉ tiêu | Đơn vị | Kế hoạch 2026", "1 | Kinh phí đào tạo | Triệu đồng | 500")
    assert list(targets.extract(doc)) == []


def test_an_export_value_in_a_foreign_currency_is_a_target():
    """Corpus 033, 023: "đạt 400 triệu USD" keeps its unit as printed; a "Triệu USD" unit column is common-cased."""
    (found,) = targets.extract(plan("+ Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD."))
    assert (found.value, found.unit, found.year) == (400, "triệu USD", 2030)
    doc = plan("TT | Chỉ tiêu | Đơn vị | Kế hoạch 2026", "6 | Kim ngạch xuất khẩu hàng hóa | Triệu USD | 2.800")
    assert [(t.value, t.unit) for t in targets.extract(doc)] == [(2_800, "triệu USD")]
    # a clause stating funding in a foreign currency is a budget's; "đô thị" is no currency
    assert list(targets.extract(plan("- Kinh phí thực hiện dự án dự kiến 2,5 triệu USD từ nguồn viện trợ không hoàn "
                                     "lại."))) == []
    assert [(t.value, t.unit) for t in targets.extract(plan("- Phát triển 05 đô thị loại V."))] == [(5, "đô thị loại V")]


def test_a_quantity_in_a_task_cell_is_read_within_its_cell():
    doc = plan("STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện",
               "5.4 | Tổ chức ít nhất 04 lớp tập huấn về an toàn thông tin mạng | Công an tỉnh | Các sở, ban, ngành"
               " | 2026 - 2030")
    (target,) = targets.extract(doc)
    assert (target.text, target.unit, target.comparator, target.responsible) == (
        "ít nhất 04 lớp tập huấn", "lớp tập huấn", ">=", "Công an tỉnh")
