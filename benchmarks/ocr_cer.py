"""Character error rate of kehoach's OCR on image-only PDF pages, against plain Tesseract.

Usage: python benchmarks/ocr_cer.py [SCANS_DIR] [--baseline-dpi 300] [--no-baseline]

SCANS_DIR (default ``corpus/scans`` of the development data: ``$KEHOACH_SHARED``
or ``../shared`` beside the repository, as for the tests) holds the
PDFs and ``ground_truth.jsonl`` (one JSON object per line: ``pdf``, ``text``, …).
For every scan three texts are scored:

- ``tesseract``: the page rendered at ``--baseline-dpi`` and read by
  ``pytesseract.image_to_string(image, lang="vie")`` with no other option;
- ``ingest``: ``pipeline.ingest.read(path).text``, what the OCR stage hands on;
- ``normalised``: that text after ``pipeline.normalize.normalize``. It is scored
  against the ground truth passed through the same character clean-up
  (``normalize.clean_characters``: NFC, one tone placement), so that writing
  "hoà" as "hòa" on both sides is not counted as an error;
- ``retoned``: that text after ``BatchModel.retone`` (the marks OCR misread on valid
  syllables put right), as ``kehoach run`` does for pages read by OCR, with the clean
  documents of ``data/raw`` as the batch, scored like ``normalised``.

CER = Levenshtein distance (insertions, deletions, substitutions of Unicode
code points, NFC) / length of the ground truth, both texts whitespace-normalised
first: every run of whitespace (spaces, line breaks, form feeds) collapsed to
one space and the ends stripped. Reading order therefore counts; line breaks
do not. Reported per page, as the overall (micro: summed distances over summed
lengths) CER and as the median page CER, with seconds per page. Both Tesseract
runs use one OpenMP thread (OMP_THREAD_LIMIT=1, as kehoach sets it), so that
their times compare.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import ingest, normalize  # noqa: E402
from pipeline.repair import BatchModel  # noqa: E402
from pipeline.repair.files import batch_model  # noqa: E402

DEFAULT_SCANS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus" / "scans"
_WHITESPACE = re.compile(r"\s+")


@dataclass
class Score:
    """Edit distance and reference length of one text, and the seconds it took."""

    distance: int
    length: int
    seconds: float = 0.0

    @property
    def cer(self) -> float:
        return self.distance / self.length if self.length else 0.0


def squash(text: str) -> str:
    """NFC text with every whitespace run collapsed to one space, ends stripped."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def score(hypothesis: str, reference: str, seconds: float = 0.0) -> Score:
    """Character edit distance of the whitespace-normalised texts."""
    hyp, ref = squash(hypothesis), squash(reference)
    return Score(Levenshtein.distance(hyp, ref), len(ref), seconds)


def tesseract_text(pdf: Path, dpi: int) -> str:
    """Plain Tesseract: every page rendered at ``dpi``, ``lang='vie'``, default options."""
    import pdfplumber
    import pytesseract

    with pdfplumber.open(pdf) as doc:
        images = [page.to_image(resolution=dpi).original for page in doc.pages]
    return "\f".join(pytesseract.image_to_string(image, lang="vie") for image in images)


def timed(function, *args):
    """(result, seconds) of one call."""
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def score_scan(pdf: Path, truth: str, baseline_dpi: int | None, model: BatchModel) -> dict[str, Score]:
    """The scores of one scan: plain Tesseract (unless skipped), ingest, normalised, retoned."""
    scores = {}
    if baseline_dpi:
        text, seconds = timed(tesseract_text, pdf, baseline_dpi)
        scores["tesseract"] = score(text, truth, seconds)
    raw, seconds = timed(ingest.read, pdf)
    scores["ingest"] = score(raw.text, truth, seconds)
    text = normalize.normalize(raw.text)
    scores["normalised"] = score(text, normalize.clean_characters(truth))
    retoned, seconds = timed(model.retone, text)
    scores["retoned"] = score(retoned.text, normalize.clean_characters(truth), seconds)
    return scores


def load_truth(scans: Path) -> list[dict]:
    """The ground-truth records, in file order."""
    with open(scans / "ground_truth.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def summary(scores: list[Score]) -> tuple[float, float, float]:
    """(micro CER, median page CER, mean seconds per page) of one column."""
    micro = sum(s.distance for s in scores) / sum(s.length for s in scores)
    return micro, statistics.median(s.cer for s in scores), statistics.mean(s.seconds for s in scores)


def report(names: list[str], rows: list[dict[str, Score]]) -> None:
    """Print the per-page table and the summary lines."""
    columns = list(rows[0])
    timed_columns = [c for c in columns if c != "normalised"]
    header = f"{'scan':<32}{'chars':>6}" + "".join(f"{c:>12}" for c in columns)
    header += "".join(f"{c + ' s':>13}" for c in timed_columns)
    print(header)
    for name, row in zip(names, rows):
        line = f"{name:<32}{row[columns[0]].length:>6}"
        line += "".join(f"{row[c].cer:>12.2%}" for c in columns)
        line += "".join(f"{row[c].seconds:>13.1f}" for c in timed_columns)
        print(line)
    stats = {c: summary([row[c] for row in rows]) for c in columns}
    print(f"{'overall (micro) CER':<38}" + "".join(f"{stats[c][0]:>12.2%}" for c in columns))
    print(f"{'median page CER':<38}" + "".join(f"{stats[c][1]:>12.2%}" for c in columns))
    print(f"{'seconds per page':<38}" + "".join(
        f"{stats[c][2]:>12.1f}" if c in timed_columns else f"{'':>12}" for c in columns))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scans", nargs="?", type=Path, default=DEFAULT_SCANS,
                        help="directory with the PDFs and ground_truth.jsonl")
    parser.add_argument("--baseline-dpi", type=int, default=300,
                        help="render resolution of the plain Tesseract baseline (default 300)")
    parser.add_argument("--no-baseline", action="store_true", help="skip plain Tesseract")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    records = load_truth(args.scans)
    dpi = None if args.no_baseline else args.baseline_dpi
    model = batch_model(sorted((ROOT / "data" / "raw").glob("*.txt")))  # a run over data/raw: its clean seeds
    rows = [score_scan(args.scans / r["pdf"], r["text"], dpi, model) for r in records]
    report([r["pdf"].removesuffix(".pdf") for r in records], rows)


if __name__ == "__main__":
    main()
