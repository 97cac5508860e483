"""Extracted rows: every row of the corpus plans points at its text; the seeds' gold rows are found."""
from __future__ import annotations

import pandas as pd
import pytest

import extractors
from extractors import tables

from gold import rows_with_gold
from parsed import parse_file


@pytest.fixture(scope="module")
def corpus(shared) -> list:
    """The corpus plans, normalised and segmented."""
    return [parse_file(path) for path in sorted((shared / "corpus" / "plans").glob("*.txt"))]


@pytest.mark.parametrize("extractor", extractors.REGISTRY, ids=lambda e: e.table)
def test_corpus_rows_point_at_their_text(corpus, extractor):
    found = 0
    for doc in corpus:
        for row in extractor.extract(doc):
            assert doc.text[row.start:row.end] == row.text and row.start < row.end, (doc.doc_id, row)
            found += 1
    assert found > 0


# the values SPEC allows in the coded columns of the extracted tables, which a dashboard may enumerate
SPEC_VALUES = {("deadlines", "kind"): {"before", "on", "during", "recurring"},
               ("deadlines", "recurrence"): {"monthly", "quarterly", "yearly", "weekly", "daily", None},
               ("assignments", "role"): {"lead", "coordinate", "implement"},
               ("targets", "comparator"): {">=", "<=", "<", ">", "=", "~"}}


@pytest.mark.parametrize("table, column", list(SPEC_VALUES), ids=lambda v: str(v))
def test_corpus_coded_columns_hold_only_spec_values(corpus, table, column):
    extractor = next(e for e in extractors.REGISTRY if e.table == table)
    seen = {getattr(row, column) for doc in corpus for row in extractor.extract(doc)}
    assert seen <= SPEC_VALUES[table, column] and len(seen) > 1


@pytest.mark.parametrize("table", ["assignments", "deadlines", "targets", "budgets"])
def test_corpus_tables_give_rows(corpus, table):
    """Each of these tables takes rows from the corpus's tables, each inside its table row."""
    extractor = next(e for e in extractors.REGISTRY if e.table == table)
    inside = 0
    for doc in corpus:
        layout = tables.read(doc)
        for row in extractor.extract(doc):
            line_start = doc.text.rfind("\n", 0, row.start) + 1
            table_row = layout.row_at(line_start)
            if table_row is not None and not table_row.is_group:
                assert table_row.start <= row.start and row.end <= table_row.end
                inside += 1
    assert inside > 0


def test_seed_gold_targets_are_found(seed_tables, shared):
    """Every gold target is predicted with its value, its per and the first word of its unit."""
    for gold, mine in rows_with_gold(seed_tables, shared, "targets"):
        found = {(r.value, r.per if isinstance(r.per, str) else None, r.unit.split()[0]) for r in mine.itertuples()}
        for g in gold["targets"]:
            assert (g["value"], g["per"], g["unit"].split()[0]) in found, g


def test_seed_gold_budgets_are_found(seed_tables, shared):
    """The seeds' amounts are predicted exactly, and as many funding statements without amount."""
    for gold, mine in rows_with_gold(seed_tables, shared, "budgets"):
        amounts = sorted(a for a in mine["amount_vnd"] if pd.notna(a))
        assert amounts == sorted(g["amount_vnd"] for g in gold["budgets"] if g["amount_vnd"] is not None)
        assert mine["amount_vnd"].isna().sum() == sum(g["amount_vnd"] is None for g in gold["budgets"])
