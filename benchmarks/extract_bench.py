"""Extraction throughput: documents/second and MB/second, and each extractor's share of the time.

usage: python benchmarks/extract_bench.py [FOLDER] [--repeats N]

Every document under FOLDER (default: ../shared/corpus/plans beside the repository)
(or $KEHOACH_SHARED/corpus/plans) is read, normalised and segmented once; then each extractor of ``extractors.REGISTRY``
runs over all documents ``N`` times and its median time is kept. Extractors added
to the registry later are measured without changes here.
"""
from __future__ import annotations

import argparse
import os
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
        docs.append(ParsedDocument(prep.raw.doc_id, prep.text, meta, seg.sections, seg.body_start))
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


if __name__ == "__main__":
    main()
