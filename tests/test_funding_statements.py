"""Funding statements: the source a sentence without an amount names, read on its own."""
from __future__ import annotations

from extractors import funding_statements

from parsed import parse


def _source(line: str, in_block: bool = False, opening: bool = False) -> str | None:
    doc = parse("KẾ HOẠCH\nII. NỘI DUNG\n" + line)
    start = doc.text.index(line)
    return funding_statements.source(doc, start, start + len(line), in_block, opening)


def test_a_duty_a_request_and_a_call_name_their_source():
    assert _source("Sở Tài chính bố trí ngân sách nhà nước để thực hiện Kế hoạch này.") == "ngân sách nhà nước"
    assert _source("Đối với các công trình này thì ngân sách thành phố chịu trách nhiệm đối ứng.") == \
        "ngân sách thành phố"
    assert _source("Tổ chức huy động nguồn lực xã hội hóa để khen thưởng.") == "nguồn lực xã hội hóa"


def test_a_line_opening_with_its_source_is_read_only_as_such():
    line = "Nguồn thu từ đất chưa tương xứng với tiềm năng."
    assert _source(line, opening=True) is None  # revenue, not funding
    assert _source("Kinh phí thực hiện từ nguồn ngân sách địa phương.", opening=True) == "nguồn ngân sách địa phương"


def test_a_done_duty_states_nothing():
    assert _source("Ủy ban nhân dân tỉnh đã bố trí vốn ngân sách tỉnh cho dự án.") is None
