"""Compare the segmenter's document fields with a corpus manifest.

    python benchmarks/segment_check.py CORPUS_DIR [--show] [--mismatches]

CORPUS_DIR holds the documents and a ``manifest.csv`` with, per file, its
``title`` ("Kế hoạch 153/KH-UBND TRIỂN KHAI …"), ``issuer``, ``date`` and
``doc_type``. Each document is read, normalised and segmented (no OCR repair,
no extractors); the fields the manifest determines are compared and the
agreement per field printed. ``--show`` prints the fields that can only be
judged by eye (title, signer, signing mode, recipients, period, level).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import ingest, normalize, segment  # noqa: E402
from pipeline.vietnamese import normalize_tones  # noqa: E402

CHECKED = ("doc_type", "doc_type_code", "number", "symbol", "reference", "issue_date", "issuer",
           "province", "signer")  # signer: found at all (the manifest does not name it)
SHOWN = ("title", "signer", "signer_title", "signing_mode", "admin_level", "province", "province_2025",
         "period_start", "period_end", "place", "sections")
_REFERENCE = re.compile(r"^\S+(?:\s+\S+)?\s+(?P<ref>\d[\w.]*(?:/\d{4})?/[\w&.-]+)")
_PROVINCE_IN_ISSUER = re.compile(r"(?:TỈNH|THÀNH PHỐ)\s+(?P<name>.+)$", re.IGNORECASE)


def _canon(s: str | None) -> str | None:
    if s is None:
        return None
    s = normalize_tones(unicodedata.normalize("NFC", s))
    return re.sub(r"\s+", " ", s).strip().upper()


def expected(row: dict) -> dict:
    """The fields a manifest row determines."""
    doc_type = re.sub(r"\s*\(.*\)$", "", row["doc_type"]).strip()
    out = {"doc_type": doc_type, "issue_date": row["date"] or None, "issuer": _canon(row["issuer"])}
    m = _REFERENCE.match(row["title"])
    if m:
        ref = m.group("ref")
        parts = ref.split("/")
        out["reference"] = ref
        out["number"] = parts[0]
        out["symbol"] = "/".join(p for p in parts[1:] if not re.fullmatch(r"\d{4}", p))
        # "KH-UBND" → "KH"; a Công văn has no type code in its symbol ("UBND-VX") and is "CV" by convention
        out["doc_type_code"] = "CV" if doc_type == "Công văn" else out["symbol"].split("-")[0]
    m = _PROVINCE_IN_ISSUER.search(row["issuer"])
    out["province"] = unicodedata.normalize("NFC", m.group("name").strip().title()) if m else None
    return out


def observed(path: Path) -> dict:
    """The segmenter's fields for one file."""
    raw = ingest.read(path)
    seg = segment.segment(raw.doc_id, normalize.normalize(raw.text))
    fields = dict(seg.fields)
    if fields.get("issue_date"):
        fields["issue_date"] = fields["issue_date"].isoformat()
    fields["issuer"] = _canon(fields.get("issuer"))
    fields["sections"] = len(seg.sections)
    return fields


def _agrees(name: str, want, got) -> bool:
    if name == "signer":
        return bool(got)
    if name in ("reference", "symbol"):
        return (want or "").upper() == (got or "").upper()
    return want == got


def compare(corpus: Path) -> list[tuple[str, dict, dict]]:
    """(file, expected, observed) for every document of the corpus manifest."""
    with open(corpus / "manifest.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [(row["file"], expected(row), observed(corpus / row["file"])) for row in rows]


def agreement(results: list[tuple[str, dict, dict]]) -> dict[str, float]:
    """Share of documents whose field agrees with the manifest, per checked field."""
    return {name: sum(_agrees(name, want.get(name), got.get(name)) for _, want, got in results) / len(results)
            for name in CHECKED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", action="store_true", help="print the fields judged by eye")
    parser.add_argument("--mismatches", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    results = compare(args.corpus)
    for file, want, got in results:
        if args.mismatches:
            for name in CHECKED:
                if not _agrees(name, want.get(name), got.get(name)):
                    print(f"{file[:40]:40} {name:14} want={want.get(name)!r} got={got.get(name)!r}")
        if args.show:
            print(f"--- {file[:60]}")
            for name in SHOWN:
                print(f"    {name:14} {got.get(name)!r}")
            print(f"    {'recipients':14} {len(got.get('recipients') or [])}: {(got.get('recipients') or [])[:3]!r}")
    print(f"{len(results)} documents")
    for name, share in agreement(results).items():
        print(f"{name:14} {round(share * len(results)):3d}/{len(results)}  {share:.3f}")


if __name__ == "__main__":
    main()
