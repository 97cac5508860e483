"""Every extracted row points back to its text: documents.text[start:end] == text."""
from __future__ import annotations

import pandas as pd
import pytest

import extractors


@pytest.mark.parametrize("table", [e.table for e in extractors.REGISTRY])
def test_rows_point_back_to_their_text(seed_tables, table):
    docs = pd.read_parquet(seed_tables / "documents").set_index("doc_id")
    rows = pd.read_parquet(seed_tables / table)
    for r in rows.itertuples():
        assert docs.loc[r.doc_id, "text"][r.start:r.end] == r.text, (table, r.start)
        assert r.start < r.end
