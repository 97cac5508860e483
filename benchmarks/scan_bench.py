"""Scanned plans: the rows a plan gives as .txt, and again as a scan of its printed pages.

usage: python benchmarks/scan_bench.py [FOLDER] [--limit N] [--jobs N] [--dpi 300] [--keep DIR]

Each .txt plan under FOLDER (default: the corpus plans, as for ``format_bench.py``) is rendered to
the born-digital PDF of ``format_bench.py``, its pages turned into images (``--dpi``) and saved
as an image-only PDF: a clean scan, without the skew, stamps and noise of a real one
(``scan_rows.py`` measures those). The scans go through ``kehoach run`` in one batch, OCR and
repair included (the repair learns from no clean plan of the batch: each scan stands alone), and
for each table the share of the .txt version's rows the scan gives again is printed (same key as
``format_bench.py``), with the share of the scan's rows the .txt does not give, and the seconds
per page.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extractors  # noqa: E402
from benchmarks.format_bench import add_plan_arguments, font_path, listed_plans, render_pdf, rows_of  # noqa: E402
from benchmarks.scan_rows import rows_by_file  # noqa: E402
from pipeline import runner  # noqa: E402


def render_scan(text: str, path: Path, font: Path, dpi: int) -> int:
    """``text`` printed and scanned: its born-digital PDF's pages as images in a PDF; returns the pages."""
    import pdfplumber

    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / "printed.pdf"
        render_pdf(text, printed, font)
        with pdfplumber.open(printed) as pdf:
            pages = [page.to_image(resolution=dpi).original.convert("L") for page in pdf.pages]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=dpi)
    return len(pages)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_plan_arguments(parser)
    parser.add_argument("--jobs", type=int, default=1, help="processes for OCR")
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the scanned pages")
    args = parser.parse_args(argv)
    plans = listed_plans(args)
    font = font_path()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kehoach-scans-"))
    folder.mkdir(parents=True, exist_ok=True)
    pages = sum(render_scan(runner.prepare(plan).text.replace("\f", " "), folder / f"{plan.stem}.pdf", font,
                            args.dpi) for plan in plans)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = runner.run([folder], Path(tmp), jobs=args.jobs)
        seconds = time.perf_counter() - started
        scanned = {ex.table: rows_by_file(Path(tmp), ex.table) for ex in extractors.REGISTRY}
    print(f"{len(plans)} plans, {pages} pages scanned in {folder}; {summary.repaired} repaired, "
          f"{len(summary.errors)} errors; {seconds / pages:.1f} s a page with {args.jobs} jobs\n")
    kept = Counter()
    for plan in plans:
        for table, counts in rows_of(plan).items():
            other = scanned[table][plan.stem, "pdf"]
            same = sum((counts & other).values())
            kept[table, "same"] += same
            kept[table, "txt"] += sum(counts.values())
            kept[table, "new"] += sum(other.values()) - same
    print(f"{'table':12s} {'txt rows':>9s} {'scan kept':>10s} {'scan new':>9s}")
    for ex in extractors.REGISTRY:
        total = kept[ex.table, "txt"] or 1
        print(f"{ex.table:12s} {kept[ex.table, 'txt']:9d} {kept[ex.table, 'same'] / total:10.1%} "
              f"{kept[ex.table, 'new'] / total:9.1%}")


if __name__ == "__main__":
    main()
