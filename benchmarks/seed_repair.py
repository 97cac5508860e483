"""Syllable accuracy of the repair on the OCR'd seed plan, as ``kehoach repair`` gives it.

usage: python benchmarks/seed_repair.py [--lm MODEL]

``data/raw/002_f99a369b239c6b5f.txt`` (Tesseract ``eng`` on a scanned Bắc Giang plan)
is repaired with the other files of ``data/raw/`` as its batch and compared, line by
line, with a hand-corrected transcription of the same page
(``benchmarks/data/002_f99a369b239c6b5f.corrected.txt``; made without looking at the
repair's output). The score is the one of the development tools' ``score_restore.py``:
1 − (token edit distance / reference tokens) per line, summed, case-sensitive and not.
The most frequent remaining confusions are listed.
"""
from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import runner  # noqa: E402
from pipeline.repair import files  # noqa: E402

SEED = ROOT / "data" / "raw" / "002_f99a369b239c6b5f.txt"
CORRECTED = ROOT / "benchmarks" / "data" / "002_f99a369b239c6b5f.corrected.txt"


def edits(reference: list[str], output: list[str]) -> int:
    """Token edit distance (insertions, deletions, substitutions)."""
    previous = list(range(len(output) + 1))
    for i, r in enumerate(reference, 1):
        current = [i]
        for j, o in enumerate(output, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != o)))
        previous = current
    return previous[-1]


def accuracy(reference: list[str], output: list[str], fold=str) -> tuple[float, int]:
    errors = total = 0
    for ref, out in zip(reference, output + [""] * (len(reference) - len(output))):
        ref_tokens, out_tokens = [fold(t) for t in ref.split()], [fold(t) for t in out.split()]
        total += len(ref_tokens)
        errors += edits(ref_tokens, out_tokens)
    return 1 - errors / max(total, 1), errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lm", type=Path, help="a corpus model (kehoach lm build)")
    args = ap.parse_args()
    batch = [p for p in runner.expand([SEED.parent]) if p != SEED]
    model = files.batch_model(batch, args.lm)
    output = model.repair(files.read_text(SEED)).text.split("\n")
    reference = CORRECTED.read_text(encoding="utf-8").split("\n")
    acc, errors = accuracy(reference, output)
    acc_ci, _ = accuracy(reference, output, str.lower)
    print(f"seed 002, batch of {model.documents} clean documents: syllable accuracy {acc:.2%} "
          f"(case-insensitive {acc_ci:.2%}), {errors} errors")
    confusions = Counter()
    for ref, out in zip(reference, output):
        a, b = ref.split(), out.split()
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
            if op != "equal":
                confusions[" ".join(b[j1:j2]) + " → " + " ".join(a[i1:i2])] += 1
    for confusion, n in confusions.most_common(15):
        print(f"  {n} × {confusion}")


if __name__ == "__main__":
    main()
