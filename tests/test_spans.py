"""Extracted rows as spaCy spans: the extractors as pipeline components, and the marked HTML page."""
from __future__ import annotations

from typer.testing import CliRunner

import extractors
from pipeline import normalize, spans
from pipeline.cli import app

from conftest import RAW
from parsed import parse

TABLES = [e.table for e in extractors.REGISTRY]


def seed_text(name: str) -> str:
    return normalize.normalize((RAW / name).read_text(encoding="utf-8"))


def test_the_pipeline_runs_every_extractor_as_a_component():
    assert spans.nlp().pipe_names == [spans.SEGMENT] + [spans.COMPONENT.format(t) for t in TABLES]
    text = seed_text("003_bcf6707082e6e6bf.txt")
    doc = spans.nlp()(text)
    parsed = parse(text)
    for extractor in extractors.REGISTRY:
        expected = [(r.start, r.end, r.text) for r in extractor.extract(parsed)]
        group = doc.spans[extractor.table]
        assert [(r.start, r.end, r.text) for r in group.attrs["records"]] == expected
        assert expected, extractor.table  # the seed has rows of every table
        for span, record in zip(group, group.attrs["records"]):
            assert span.label_ == extractor.table
            assert span.start_char <= record.start < record.end <= span.end_char  # whole tokens around the row
    assert len(doc.spans[spans.ALL]) == sum(len(doc.spans[t]) for t in TABLES)


def test_spans_from_stored_rows():
    text = "Thực hiện tối thiểu 01 bản tin/năm; báo cáo trước ngày 15/11/2025."
    doc = spans.from_rows(text, {"targets": [{"start": 10, "end": 34}], "deadlines": [{"start": 45, "end": 65}]})
    assert [(s.text, s.label_) for s in doc.spans["sc"]] == [
        ("tối thiểu 01 bản tin/năm", "targets"), ("trước ngày 15/11/2025", "deadlines")]


def test_the_page_marks_each_row_in_its_paragraph():
    text = "KẾ HOẠCH\nThực hiện tối thiểu 01 bản tin/năm.\n\nBáo cáo trước ngày 15/11/2025\nvề Sở Nội vụ."
    first, second = text.index("tối thiểu"), text.index("trước ngày")
    rows = {"targets": [{"start": first, "end": first + 24}],
            "assignments": [{"start": second - 8, "end": len(text) - 1}]}  # over a line break
    page = spans.html(text, rows, title="Kế hoạch số 1")
    assert page.count("<figure") == 4  # a figure per paragraph, empty lines left out
    assert page.count(">\n        targets\n") == 1 and page.count(">\n        assignments\n") == 2
    assert "Kế hoạch số 1" in page and "6rem" not in page


def test_show_writes_the_marked_page(tmp_path, seed_tables):
    page = tmp_path / "plan.html"
    result = CliRunner().invoke(app, ["show", "004_c8fbb64b08e8f959.txt", "--out", str(seed_tables),
                                      "--html", str(page)])
    assert result.exit_code == 0, result.output
    marked = page.read_text(encoding="utf-8")
    assert "004_c8fbb64b08e8f959.txt" in marked
    assert all(f">\n        {table}\n" in marked for table in TABLES)
