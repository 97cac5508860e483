"""The gold labels of the seed documents, paired with the rows a run produced for them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pandas as pd


def rows_with_gold(tables: Path, shared: Path, table: str) -> Iterator[tuple[dict, pd.DataFrame]]:
    """Each gold file of ``shared``, with the rows of its document in ``table``."""
    docs = pd.read_parquet(tables / "documents")
    rows = pd.read_parquet(tables / table)
    gold_files = sorted((shared / "gold").glob("*.json"))
    assert gold_files, "no gold labels"
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        (doc_id,) = docs.loc[docs.source_path.str.endswith(gold["file"]), "doc_id"]
        yield gold, rows[rows.doc_id == doc_id]
