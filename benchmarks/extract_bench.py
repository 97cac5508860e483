"""Extraction throughput: documents/second and MB/second, and each extractor's share of the time.

usage: python benchmarks/extract_bench.py [FOLDER] [--repeats N]

Every document under FOLDER (default: ../shared/corpus/plans beside the repository)
(or $KEHOACH_SHARED/corpus/plans) is read, normalised and segmented once; then each extractor of ``extractors.REGISTRY``
runs over all documents ``N`` times and its median time is kept. Extractors added
to the registry later are measured without changes here.

Last, the plan with the most rows is extracted once as it is and once run on: its body one
sentence without line breaks or full stops, as a converter or OCR may leave a text. What is
read around each row must stay bounded, so the second time stays near the first.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extractors  # noqa: E402
from pipeline import records, runner, segment  # noqa: E402
from pipeline.document import ParsedDocument  # noqa: E402

DEFAULT_FOLDER = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus" / "plans"


def prepare(folder: Path) -> tuple[list[ParsedDocument], int, float]:
    """The documents of ``folder`` ready for extraction, their size in bytes, and the seconds it took."""
    docs, size = [], 0
    t0 = time.perf_counter()
    for path in runner.expand([folder]):
        try:
            prep = runner.prepare(path)
            seg = segment.segment(prep.raw.doc_id, prep.text)
        except Exception as e:  # a file the pipeline rejects is not part of the benchmark
            print(f"skipped {path.name}: {type(e).__name__}", file=sys.stderr)
            continue
        meta = records.Document(prep.raw.doc_id, str(path), prep.raw.source_format, prep.text, **seg.fields)
        docs.append(seg.document(meta))
        size += path.stat().st_size
    return docs, size, time.perf_counter() - t0


def time_extractor(extract, docs: list[ParsedDocument], repeats: int) -> tuple[float, int]:
    """Median seconds of one pass of ``extract`` over all documents, and the rows it yields."""
    runs, rows = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        rows = sum(1 for doc in docs for _ in extract(doc))
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), rows


def run_on(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with its body after the first heading run on into one sentence: line breaks and full
    stops become spaces, semicolons commas (lengths, so offsets, fields and sections, stay)."""
    first = doc.sections[0].start if doc.sections else doc.body_start
    body = doc.text[first:].translate(str.maketrans({"\n": " ", ";": ",", "!": " ", "?": " "}))
    text = doc.text[:first] + re.sub(r"\.(?=\s)", " ", body)
    return ParsedDocument(doc.doc_id, text, doc.meta, doc.sections, doc.body_start)


def extraction_seconds(doc: ParsedDocument) -> tuple[float, int]:
    """Seconds every extractor takes over ``doc`` together, and the rows they yield."""
    t0 = time.perf_counter()
    rows = sum(1 for ex in extractors.REGISTRY for _ in ex.extract(doc))
    return time.perf_counter() - t0, rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        sys.exit(f"not a folder: {args.folder}")
    docs, size, prepare_s = prepare(args.folder)
    if not docs:
        sys.exit(f"no documents under {args.folder}")
    for ex in extractors.REGISTRY:  # warm up: lazy vocabularies and models load outside the timing
        list(ex.extract(docs[0]))
    timings = {ex.table: time_extractor(ex.extract, docs, args.repeats) for ex in extractors.REGISTRY}
    extract_s = sum(t for t, _ in timings.values())
    mb = size / 1e6
    print(f"{len(docs)} documents, {mb:.2f} MB, {args.repeats} repeats (median)")
    for label, seconds in (("ingest+normalize+segment", prepare_s), ("extraction", extract_s),
                           ("whole pipeline", prepare_s + extract_s)):
        print(f"{label:26s} {seconds:8.3f} s  {len(docs) / seconds:8.1f} docs/s  {mb / seconds:7.2f} MB/s")
    print(f"\n{'extractor':16s} {'seconds':>8s} {'share':>7s} {'rows':>7s}")
    for table, (seconds, rows) in sorted(timings.items(), key=lambda kv: -kv[1][0]):
        share = seconds / extract_s if extract_s else 0.0
        print(f"{table:16s} {seconds:8.3f} {share:7.1%} {rows:7d}")
    richest = max(docs, key=lambda d: extraction_seconds(d)[1])
    (lines_s, lines_rows), (flat_s, flat_rows) = extraction_seconds(richest), extraction_seconds(run_on(richest))
    print(f"\nplan with the most rows ({len(richest.text) / 1e3:.0f} thousand characters): {lines_s:.2f} s as "
          f"written ({lines_rows} rows), {flat_s:.2f} s run on as one sentence ({flat_rows} rows), "
          f"{flat_s / lines_s:.1f}×")


if __name__ == "__main__":
    main()
