"""Format robustness: the rows a plan gives when it comes as .txt, and again as a born-digital .pdf, a .docx,
a web page and a .txt whose body lost its line breaks.

usage: python benchmarks/format_bench.py [FOLDER] [--limit N] [--keep DIR]

Every .txt plan under FOLDER (default: ../shared/corpus/plans beside the repository, or
$KEHOACH_SHARED/corpus/plans) is normalised, then rendered to an A4 PDF (paragraphs wrapped
to the page, "a | b" rows as ruled tables whose cells wrap), to a .docx (paragraphs, Word
tables) and, when LibreOffice (`soffice`) is installed, to a Word 97-2003 .doc, as a
drafting office would publish it, to a web page (paragraphs, HTML tables), and to a .txt whose
body after the header block is one line (as copying from a web page may leave it). Each version
goes through the whole pipeline; for each table, the share of the .txt version's rows that the
other version gives again (same key: a citation's reference, a target's value, unit and per, an
amount or a source, a deadline's date, kind and day, an assignment's agency and task) is
printed, and the share of its own rows the .txt version does not give. 100% means the format changes nothing.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extractors  # noqa: E402
from pipeline import records, runner, segment  # noqa: E402

DEFAULT_FOLDER = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus" / "plans"
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
FONT_NAMES = ("DejaVuSans.ttf", "FreeSans.ttf", "LiberationSans-Regular.ttf")
CELL = " | "
PAGE_WIDTH = 515  # points of text width on an A4 page with 40 pt margins
FORMATS = ("pdf", "docx") + (("doc",) if shutil.which("soffice") else ()) + ("html", "1line")  # .doc: LibreOffice
SUFFIXES = {"1line": ".1line.txt"}  # a format's file name ending, when it is not the format's name


def font_path() -> Path:
    """A TrueType font with Vietnamese letters (fonts-dejavu-core)."""
    found = [path for folder in FONT_DIRS if folder.is_dir() for name in FONT_NAMES for path in folder.rglob(name)]
    if not found:
        sys.exit("no TrueType font with Vietnamese letters (apt-get install fonts-dejavu-core)")
    return found[0]


def blocks(text: str):
    """("para", line) and ("table", rows of cells) blocks of a plain-text plan, in order."""
    table: list[list[str]] = []
    for line in text.split("\n"):
        if CELL.strip() in line and line.count("|") >= 1:
            table.append([c.strip() for c in line.split("|")])
            continue
        if table:
            yield "table", table
            table = []
        if line.strip(" \f"):
            yield "para", line.strip(" \f")
    if table:
        yield "table", table


def render_pdf(text: str, path: Path, font: Path) -> None:
    """``text`` as a born-digital PDF."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(40, 40, 40)
    pdf.add_font("body", fname=str(font))
    pdf.add_page()
    pdf.set_font("body", size=11)
    for kind, content in blocks(text):
        if kind == "para":
            pdf.multi_cell(0, 14, content, new_x="LMARGIN", new_y="NEXT")
            continue
        width = max(len(row) for row in content)
        with pdf.table(col_widths=[PAGE_WIDTH / width] * width, headings_style=FontFace(emphasis=None),
                       first_row_as_headings=False, line_height=13) as table:
            for cells in content:  # a short row's last cell spans the rest, as a merged cell does
                row = table.row()
                for k, cell in enumerate(cells):
                    row.cell(cell, colspan=width - k if k == len(cells) - 1 else 1)
    pdf.output(str(path))


def render_docx(text: str, path: Path) -> None:
    """``text`` as a Word document."""
    import docx

    document = docx.Document()
    for kind, content in blocks(text):
        if kind == "para":
            document.add_paragraph(content)
            continue
        width = max(len(row) for row in content)
        table = document.add_table(rows=len(content), cols=width)
        for cells, row in zip(content, table.rows):
            if len(cells) < width:  # a short row's last cell spans the rest, as a merged cell does
                row.cells[len(cells) - 1].merge(row.cells[width - 1])
            for k, value in enumerate(cells):
                row.cells[k].text = value
    document.save(str(path))


def render_doc(text: str, path: Path) -> None:
    """``text`` as a Word 97-2003 document: the .docx of ``render_docx`` saved again by LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        render_docx(text, source)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(path.parent), str(source)],
                       check=True, capture_output=True)


def render_html(text: str, path: Path) -> None:
    """``text`` as a web page: a <p> per paragraph, tables with a short row's last cell spanning the rest."""
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{escape(path.stem)}</title>"
             "<style>td { border: 1px solid #999 }</style></head><body>"]
    for kind, content in blocks(text):
        if kind == "para":
            parts.append(f"<p>{escape(content)}</p>")
            continue
        width = max(len(row) for row in content)
        parts.append("<table>")
        for cells in content:
            tds = [f'<td colspan="{width - k}">' if k == len(cells) - 1 and k < width - 1 else "<td>"
                   for k in range(len(cells))]
            parts.append("<tr>" + "".join(f"{td}{escape(cell)}</td>" for td, cell in zip(tds, cells)) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_one_line(text: str, path: Path) -> None:
    """``text`` with its header block as it is and everything after it on one line."""
    body_start = segment.segment(path.stem, text).body_start
    path.write_text(text[:body_start] + " ".join(text[body_start:].split("\n")), encoding="utf-8")


def key(table: str, row) -> tuple:
    """What a row says, without where it stands."""
    words = lambda s: " ".join(re.findall(r"\w+", (s or "").casefold()))  # noqa: E731
    if table == "citations":
        return (re.sub(r"\s+", "", row.reference or ""),)
    if table == "targets":
        return row.value, words(row.unit), words(row.per)
    if table == "budgets":
        return (row.amount_vnd,) if row.amount_vnd is not None else (words(row.source),)
    if table == "deadlines":
        return row.due_date, row.kind, row.day
    return words(row.agency), words(row.task)


def rows_of(path: Path) -> dict[str, Counter]:
    """The keys of every table's rows for one file, through the whole pipeline."""
    prep = runner.prepare(path)
    seg = segment.segment(prep.raw.doc_id, prep.text)
    meta = records.Document(prep.raw.doc_id, str(path), prep.raw.source_format, prep.text, **seg.fields)
    doc = seg.document(meta)
    return {ex.table: Counter(key(ex.table, r) for r in ex.extract(doc)) for ex in extractors.REGISTRY}


def add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of a benchmark over the corpus plans: FOLDER, --limit, --keep."""
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=0, help="only the first N plans")
    parser.add_argument("--keep", type=Path, help="write the rendered files here")


def listed_plans(args: argparse.Namespace) -> list[Path]:
    """The .txt plans of the folder, the first ``--limit`` of them; exits when there are none."""
    plans = sorted(args.folder.glob("*.txt"))[: args.limit or None]
    if not plans:
        sys.exit(f"no .txt plans under {args.folder}")
    return plans


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_plan_arguments(parser)
    args = parser.parse_args(argv)
    plans = listed_plans(args)
    font = font_path()
    out = args.keep or Path(tempfile.mkdtemp(prefix="kehoach-formats-"))
    out.mkdir(parents=True, exist_ok=True)
    kept = {fmt: Counter() for fmt in FORMATS}    # (table, "same") / (table, "txt") / (table, "new")
    failed = Counter()
    for plan in plans:
        text = runner.prepare(plan).text.replace("\f", " ")  # a paragraph a line, tables as "a | b" rows
        base = rows_of(plan)
        for fmt in FORMATS:
            rendered = out / f"{plan.stem}{SUFFIXES.get(fmt, '.' + fmt)}"
            if fmt == "pdf":
                render_pdf(text, rendered, font)
            elif fmt == "docx":
                render_docx(text, rendered)
            elif fmt == "html":
                render_html(text, rendered)
            elif fmt == "1line":
                render_one_line(text, rendered)
            else:
                render_doc(text, rendered)
            try:
                other = rows_of(rendered)
            except Exception as e:  # the pipeline would give it an error row
                failed[fmt] += 1
                print(f"{rendered.name}: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            for table, counts in base.items():
                same = sum((counts & other[table]).values())
                kept[fmt][table, "same"] += same
                kept[fmt][table, "txt"] += sum(counts.values())
                kept[fmt][table, "new"] += sum(other[table].values()) - same
    print(f"{len(plans)} plans; rendered files in {out}")
    print(f"\n{'table':12s} " + " ".join(f"{fmt + ' kept':>10s} {fmt + ' new':>9s}" for fmt in FORMATS))
    for ex in extractors.REGISTRY:
        cells = []
        for fmt in FORMATS:
            total = kept[fmt][ex.table, "txt"] or 1
            cells.append(f"{kept[fmt][ex.table, 'same'] / total:10.1%} {kept[fmt][ex.table, 'new'] / total:9.1%}")
        print(f"{ex.table:12s} " + " ".join(cells))
    for fmt in FORMATS:
        if failed[fmt]:
            print(f"{failed[fmt]} {fmt} files could not be read")


if __name__ == "__main__":
    main()
