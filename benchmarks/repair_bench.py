"""Benchmark of the OCR repair against pyvi's add_accents, leave-one-out over a corpus of plans.

usage: python benchmarks/repair_bench.py --shared DIR [--pairs DIR] [--limit N] [--lm FILE]

For every plan of DIR/corpus/plans: its clean text, rendered and read by
Tesseract ``eng`` (DIR/tools/ocr_noise.py, cached under --pairs), is repaired
by a model whose batch is the *other* plans; so is the plan with its marks
stripped. The OCR channel is cross-fitted: plans of one half are repaired with
a channel learned from the other half and the clean documents of data/raw.
Scores are syllable accuracy (DIR/tools/score_restore.py), case sensitive and
not, for kehoach and for pyvi (marks stripped first, line by line). Speed is
syllables per second of repair on one core, medians over documents, both tools
in the same run: each document repaired by a freshly built
model (the channel readers are shared by all models and keep what they read),
again by the same model (its caches warm), and on eng OCR once more with a new
reader (every token read anew). Clean documents (the plans and
data/raw) must come back unchanged.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.pairs import read_lines  # noqa: E402
from benchmarks.train_channel import token_pairs  # noqa: E402
from pipeline import normalize  # noqa: E402
from pipeline.repair import BatchModel, channel, is_damaged  # noqa: E402
from pipeline.vietnamese import fold  # noqa: E402


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_restore", shared / "tools" / "score_restore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def ocr_pairs(plan: Path, shared: Path, cache: Path) -> tuple[list[str], list[str]]:
    tsv = cache / f"{plan.stem}.eng.lines.tsv"
    if not tsv.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(shared / "tools" / "ocr_noise.py"), str(plan),
                        "--outdir", str(cache), "--lang", "eng"], check=True, capture_output=True)
    return read_lines(tsv)


def fold_readers(plans: list[Path], seeds: list[Path], shared: Path, cache: Path) -> list[channel.Reader]:
    """Two channels: fold k is learned from the seeds and the plans outside fold k."""
    readers = []
    for k in (0, 1):
        table = cache / f"channel-fold{k}.tsv"
        if not table.is_file():
            pairs = []
            for i, doc in enumerate(plans + seeds):
                if doc in seeds or i % 2 != k:
                    pairs.extend(token_pairs(*ocr_pairs(doc, shared, cache)))
            channel.save(channel.learn(pairs), table)
        readers.append(channel.Reader(channel.load(table)))
    return readers


def pyvi_restore(lines: list[str]) -> list[str]:
    """pyvi's add_accents line by line on the mark-stripped text (a line it fails on stays as is)."""
    from pyvi import ViUtils
    out = []
    for line in lines:
        try:
            out.append(ViUtils.add_accents(fold(line)))
        except KeyError:
            out.append(fold(line))
    return out


class Tally:
    """Errors, tokens and timing of one tool on one kind of input."""

    def __init__(self) -> None:
        self.tokens = self.errors = self.errors_ci = 0
        self.rates: list[float] = []

    def add(self, score, gold: list[str], out: list[str], seconds: float) -> None:
        _, n, e = score(gold, out)
        _, _, e_ci = score(gold, out, fold=str.lower)
        self.tokens += n
        self.errors += e
        self.errors_ci += e_ci
        self.rates.append(sum(len(line.split()) for line in gold) / max(seconds, 1e-9))

    def row(self, name: str) -> str:
        acc = 1 - self.errors / max(self.tokens, 1)
        acc_ci = 1 - self.errors_ci / max(self.tokens, 1)
        return (f"| {name} | {acc:.2%} | {acc_ci:.2%} | {statistics.median(self.rates):,.0f} |"
                if self.rates else f"| {name} | – | – | – |")


def timed(fn, *args):
    """Result and CPU seconds of one call (the machine may be shared: CPU time, not wall time)."""
    t = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True, help="development data (corpus/, tools/)")
    ap.add_argument("--pairs", type=Path, default=Path(tempfile.gettempdir()) / "kehoach-ocr-pairs",
                    help="cache of rendered-and-OCR'd plans")
    ap.add_argument("--limit", type=int, help="only the first N plans")
    ap.add_argument("--lm", type=Path, help="a user corpus model (kehoach lm build)")
    ap.add_argument("--no-pyvi", action="store_true")
    args = ap.parse_args()

    score = load_scorer(args.shared)
    plans = sorted((args.shared / "corpus" / "plans").glob("*.txt"))
    texts = {p: normalize.normalize(p.read_text(encoding="utf-8")) for p in plans}
    targets = plans[: args.limit] if args.limit else plans
    raw = sorted((ROOT / "data" / "raw").glob("*.txt"))
    seeds = [p for p in raw if not is_damaged(normalize.normalize(p.read_text(encoding="utf-8")))]
    readers = fold_readers(plans, seeds, args.shared, args.pairs)
    tally = {k: Tally() for k in ("ocr", "ocr_pyvi", "strip", "strip_pyvi")}
    warm: dict[str, list[float]] = {"ocr": [], "strip": []}
    cold: list[float] = []
    changed_clean = clean_tokens = 0
    builds = []
    for plan in targets:
        model = BatchModel(args.lm, readers[plans.index(plan) % 2])
        for other in plans:
            if other != plan:
                model.add(texts[other])
        _, seconds = timed(lambda: model.lm)
        builds.append(seconds)
        clean, ocr = ocr_pairs(plan, args.shared, args.pairs)
        stripped = [fold(line) for line in clean]
        syllables = sum(len(line.split()) for line in clean)
        for key, lines in (("ocr", ocr), ("strip", stripped)):
            repaired, seconds = timed(model.repair, "\n".join(lines))
            tally[key].add(score, clean, repaired.text.split("\n"), seconds)
            _, seconds = timed(model.repair, "\n".join(lines))  # again, the model's caches warm
            warm[key].append(syllables / max(seconds, 1e-9))
        model.reader = channel.Reader(model.reader.channel)  # a reader that has read nothing yet
        _, seconds = timed(model.repair, "\n".join(ocr))
        cold.append(syllables / max(seconds, 1e-9))
        if not args.no_pyvi:
            out, seconds = timed(pyvi_restore, ocr)
            tally["ocr_pyvi"].add(score, clean, out, seconds)
            out, seconds = timed(pyvi_restore, stripped)
            tally["strip_pyvi"].add(score, clean, out, seconds)
        result = model.repair(texts[plan])
        changed_clean += len(result.changes)
        clean_tokens += len(texts[plan].split())
        print(f"{plan.name[:40]:40} ocr {tally['ocr'].row('')[3:25]}", file=sys.stderr, flush=True)

    batch = BatchModel(args.lm)
    for path in raw:
        text = normalize.normalize(path.read_text(encoding="utf-8"))
        if not is_damaged(text):
            batch.add(text)
    for path in raw:
        text = normalize.normalize(path.read_text(encoding="utf-8"))
        if not is_damaged(text):
            changed_clean += len(batch.repair(text).changes)
            clean_tokens += len(text.split())

    print(f"{len(targets)} plans, leave-one-out; LM build median {statistics.median(builds):.2f} s\n")
    print("| input | tool | syllable accuracy | case-insensitive | syllables/s (median) |")
    print("|---|---|---|---|---|")
    for key, label, tool in (("ocr", "eng OCR", "kehoach"), ("ocr_pyvi", "eng OCR", "pyvi"),
                             ("strip", "marks stripped", "kehoach"), ("strip_pyvi", "marks stripped", "pyvi")):
        print(tally[key].row(f"{label} | {tool}"))
    if tally["ocr_pyvi"].rates:
        ratio = statistics.median(tally["ocr"].rates) / statistics.median(tally["ocr_pyvi"].rates)
        print(f"\nspeed ratio kehoach/pyvi on eng OCR: {ratio:.1f}×")
    print(f"kehoach with the batch model's caches warm (a second document of the batch): "
          f"{statistics.median(warm['ocr']):,.0f} syllables/s on eng OCR, "
          f"{statistics.median(warm['strip']):,.0f} on stripped text")
    print(f"kehoach on eng OCR with a channel reader that has read no token yet: "
          f"{statistics.median(cold):,.0f} syllables/s")
    print(f"clean documents: {changed_clean} of {clean_tokens} tokens changed")


if __name__ == "__main__":
    main()
