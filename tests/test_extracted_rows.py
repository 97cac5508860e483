"""Targets and budgets rows: every row points at its text (seeds and corpus), the seeds' gold rows are found."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extractors import budgets, targets
from pipeline import ingest

from parsing import parse


def seed_rows(seed_tables, table: str) -> pd.DataFrame:
    return pd.read_parquet(seed_tables / table)


@pytest.mark.parametrize("table", ["targets", "budgets"])
def test_every_row_points_at_its_text(seed_tables, table):
    docs = pd.read_parquet(seed_tables / "documents").set_index("doc_id")["text"]
    rows = seed_rows(seed_tables, table)
    assert len(rows) > 0
    for row in rows.itertuples():
        assert docs[row.doc_id][row.start:row.end] == row.text


@pytest.mark.parametrize("extractor", [targets, budgets])
def test_corpus_rows_point_at_their_text(shared, extractor):
    found = 0
    for path in sorted((shared / "corpus" / "plans").glob("*.txt")):
        doc = parse(ingest.read(path).text, path.stem)
        for row in extractor.extract(doc):
            assert doc.text[row.start:row.end] == row.text
            found += 1
    assert found > 0


def gold_and_predicted(shared, seed_tables, table: str):
    """(gold rows, predicted rows) of each seed document that has gold labels."""
    docs = pd.read_parquet(seed_tables / "documents")
    predicted = seed_rows(seed_tables, table)
    for path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = docs[docs["source_path"].str.endswith(gold["file"])]["doc_id"].iloc[0]
        yield gold[table], predicted[predicted["doc_id"] == doc_id]


def test_seed_gold_targets_are_found(shared, seed_tables):
    """Every gold target is predicted with its value, its per and the first word of its unit."""
    for gold, mine in gold_and_predicted(shared, seed_tables, "targets"):
        found = {(r.value, r.per if isinstance(r.per, str) else None, r.unit.split()[0]) for r in mine.itertuples()}
        for g in gold:
            assert (g["value"], g["per"], g["unit"].split()[0]) in found, g


def test_seed_gold_budgets_are_found(shared, seed_tables):
    """The seeds' amounts are predicted exactly, and as many funding statements without amount."""
    for gold, mine in gold_and_predicted(shared, seed_tables, "budgets"):
        amounts = sorted(a for a in mine["amount_vnd"] if pd.notna(a))
        assert amounts == sorted(g["amount_vnd"] for g in gold if g["amount_vnd"] is not None)
        assert mine["amount_vnd"].isna().sum() == sum(g["amount_vnd"] is None for g in gold)
