"""Every extracted row points back to its text: documents.text[start:end] == text."""
from __future__ import annotations

import pandas as pd
import pytest

import extractors
from extractors import assignments

from parsed import parse


@pytest.mark.parametrize("table", [e.table for e in extractors.REGISTRY])
def test_rows_point_back_to_their_text(seed_tables, table):
    docs = pd.read_parquet(seed_tables / "documents").set_index("doc_id")
    rows = pd.read_parquet(seed_tables / table)
    assert not rows.empty, table
    for r in rows.itertuples():
        assert docs.loc[r.doc_id, "text"][r.start:r.end] == r.text, (table, r.start)
        assert r.start < r.end


def test_a_page_break_inside_a_sentence_is_a_space_in_the_fields_read_from_it():
    """A task running on to the next page: its row's text keeps the form feed, as documents.text has it;
    the task and agency read from it do not."""
    doc = parse("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Chủ trì tham mưu bố trí kinh phí thực hiện\f"
                "các nhiệm vụ của Kế hoạch theo quy định.")
    (row,) = assignments.extract(doc)
    assert "\f" in row.text and doc.text[row.start:row.end] == row.text
    assert (row.agency, row.task) == ("Sở Tài chính", "Chủ trì tham mưu bố trí kinh phí thực hiện các nhiệm vụ của "
                                                      "Kế hoạch theo quy định")
