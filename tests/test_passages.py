"""Passages: the lines worth reading, sentences of a line, bounded in length, and the sentence holding an offset."""
from __future__ import annotations

from extractors import passages

from parsed import parse


def test_sentences_end_at_full_stops_and_semicolons():
    text = "Sở Y tế chủ trì; Sở Tài chính phối hợp. Báo cáo trước ngày 15/11/2025."
    assert [text[a:b] for a, b in passages.sentences(text, 0, len(text))] == [
        "Sở Y tế chủ trì;", "Sở Tài chính phối hợp.", "Báo cáo trước ngày 15/11/2025."]


def test_a_run_on_sentence_is_read_in_bounded_pieces_cut_after_a_comma():
    clause = "tổ chức 02 lớp tập huấn cho cán bộ cấp xã, "
    text = clause * 200  # no full stop in 8,800 characters
    pieces = list(passages.sentences(text, 0, len(text)))
    assert all(b - a <= passages.MAX_SENTENCE for a, b in pieces)
    assert all(text[a:b].endswith(",") for a, b in pieces[:-1])  # cut after a comma
    assert "".join(text[a:b] + " " for a, b in pieces).strip() == text.strip()  # nothing lost but the cuts' spaces


def test_a_run_on_sentence_without_commas_is_cut_at_a_space():
    text = "xã " * 1000
    pieces = list(passages.bounded(text, 0, len(text)))
    assert len(pieces) == 2 and all(text[a:b].split() == text[a:b].strip().split() for a, b in pieces)
    assert all(not text[a:b].startswith(" ") for a, b in pieces)


def test_the_sentence_at_an_offset():
    text = "I. MỤC TIÊU\nĐạt 50% số xã. Đến năm 2030, đạt 100% số xã.\nII. NHIỆM VỤ"
    pos = text.index("100%")
    a, b = passages.sentence_at(text, pos)
    assert text[a:b] == "Đến năm 2030, đạt 100% số xã."


def test_lines_leave_out_the_legal_basis_but_not_a_task_opening_with_can_cu():
    """Corpus 029, 028: "Căn cứ" a document is the basis; "Căn cứ khả năng …", "Căn cứ thực tiễn …" open tasks."""
    doc = parse("KẾ HOẠCH\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ các Quyết định của Ủy ban "
                "nhân dân tỉnh;\nII. NỘI DUNG\n- Căn cứ khả năng cân đối ngân sách địa phương, trình cấp có thẩm "
                "quyền bố trí kinh phí.\n- Căn cứ vào tình hình thực tế, tổ chức kiểm tra.")
    read = [doc.text[a:b] for a, b in passages.lines(doc)]
    assert not any(line.startswith("Căn cứ") for line in read)
    assert [line for line in read if "Căn cứ" in line] == [
        "- Căn cứ khả năng cân đối ngân sách địa phương, trình cấp có thẩm quyền bố trí kinh phí.",
        "- Căn cứ vào tình hình thực tế, tổ chức kiểm tra."]


def test_the_legal_basis_is_a_document_or_a_provision():
    for line in ["Căn cứ văn bản số 456/STC-NS ngày 01/3/2025 về bố trí kinh phí từ nguồn ngân sách tỉnh;",
                 "Căn cứ khoản 2 Điều 30 Luật Ngân sách nhà nước;", "Căn cứ ý kiến chỉ đạo của Ủy ban nhân dân tỉnh;",
                 "Căn cứ theo Quyết định số 789/QĐ-UBND ngày 05/5/2025;", "Xét đề nghị của Sở Tài chính."]:
        assert passages.is_basis(line), line
    for line in ["- Căn cứ Kế hoạch này, Ủy ban nhân dân các xã chủ động bố trí kinh phí.",
                 "Căn cứ chức năng, nhiệm vụ, các sở xây dựng kế hoạch.", "- Tổ chức tuyên truyền."]:
        assert not passages.is_basis(line), line
