"""Rows extracted from scanned pages, against the rows of their ground-truth text.

usage: python benchmarks/scan_rows.py [SCANS_DIR] [--jobs N]

SCANS_DIR (default ``corpus/scans`` of the development data, as for ``ocr_cer.py``) holds image-only
PDFs and ``ground_truth.jsonl``. Each PDF and its ground truth (written as a .txt) go through
``kehoach run`` in one batch, as an analyst's folder would; for each table, the share of the ground
truth's rows that the scan gives again is printed (same key as ``format_bench.py``), with the number
of the scan's rows the ground truth does not give, and the rows lost, document by document.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extractors  # noqa: E402
from benchmarks.format_bench import key  # noqa: E402
from benchmarks.ocr_cer import DEFAULT_SCANS, load_truth  # noqa: E402
from pipeline import runner  # noqa: E402


def rows_by_file(out: Path, table: str) -> dict[tuple[str, str], Counter]:
    """(file stem, source format) → the keys of the table's rows."""
    documents = pd.read_parquet(out / "documents")
    files = {d.doc_id: (Path(d.source_path).stem, d.source_format) for d in documents.itertuples()}
    found: dict[tuple[str, str], Counter] = defaultdict(Counter)
    if (out / table).is_dir():
        rows = pd.read_parquet(out / table)
        for row in rows.astype(object).where(rows.notna(), None).itertuples():  # missing values as None, as in records
            found[files[row.doc_id]][key(table, row)] += 1
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scans", nargs="?", type=Path, default=DEFAULT_SCANS)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        stems = []
        for item in load_truth(args.scans):
            stem = Path(item["pdf"]).stem
            stems.append(stem)
            shutil.copy(args.scans / item["pdf"], folder / f"{stem}.pdf")
            (folder / f"{stem}.txt").write_text(item["text"], encoding="utf-8")
        summary = runner.run([folder], out, jobs=args.jobs)
        print(f"{len(stems)} scans, {summary.documents} documents read, {len(summary.errors)} errors\n")
        print(f"{'table':12s} {'truth rows':>10s} {'kept':>13s} {'new rows':>9s}")
        lost = []
        for ex in extractors.REGISTRY:
            found = rows_by_file(out, ex.table)
            truth = sum((found[stem, "txt"] for stem in stems), Counter())
            same = sum(((found[stem, "txt"] & found[stem, "pdf"]) for stem in stems), Counter())
            scanned = sum((found[stem, "pdf"] for stem in stems), Counter())
            total = sum(truth.values())
            kept, new = sum(same.values()), sum(scanned.values()) - sum(same.values())
            print(f"{ex.table:12s} {total:10d} {kept:5d} ({kept / (total or 1):5.1%}) {new:9d}")
            lost += [(ex.table, stem, k) for stem in stems for k in found[stem, "txt"] - found[stem, "pdf"]]
        print("\nlost:" if lost else "", *(f"  {t} {s}: {k}" for t, s, k in lost), sep="\n")


if __name__ == "__main__":
    main()
