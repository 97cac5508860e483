"""Learn the OCR channel table from rendered-and-OCR'd pairs.

usage: python benchmarks/train_channel.py PAIRS_DIR [--only PREFIX…] [-o TABLE]

PAIRS_DIR holds ``NAME.eng.lines.tsv`` files (clean line, OCR line). Lines whose
token counts agree give (clean syllable, OCR token) pairs; the channel is fitted
on them and written as pipeline/repair/data/channel.tsv.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pairs import documents  # noqa: E402
from pipeline.repair import channel  # noqa: E402
from pipeline.repair.tokens import core  # noqa: E402
from pipeline.vietnamese import is_syllable  # noqa: E402


def token_pairs(clean_lines, ocr_lines):
    for clean, ocr in zip(clean_lines, ocr_lines):
        cw, ow = clean.split(), ocr.split()
        if len(cw) != len(ow):
            continue
        for c, o in zip(cw, ow):
            c, o = core(c).lower(), core(o).lower()
            if c and o and c.isalpha() and is_syllable(c):
                yield c, o


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--only", nargs="*", help="use only documents whose name starts so")
    ap.add_argument("-o", "--out", type=Path, default=channel.TABLE)
    args = ap.parse_args()
    pairs = []
    for name, clean, ocr in documents(args.pairs):
        if args.only and not name.startswith(tuple(args.only)):
            continue
        pairs.extend(token_pairs(clean, ocr))
    print(f"{len(pairs)} token pairs", file=sys.stderr)
    channel.save(channel.learn(pairs), args.out)


if __name__ == "__main__":
    main()
