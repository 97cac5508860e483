"""Command line: ``kehoach run``, ``query``, ``export``, ``show``, ``repair``, ``lm build``."""
from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

from pipeline import query as query_mod
from pipeline import runner

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese government plan documents into queryable Parquet tables.")
out_console = Console()
err_console = Console(stderr=True)

DEFAULT_OUT = Path("data/structured")


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def run(paths: List[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
        out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Directory of the Parquet tables."),
        ocr_lang: str = typer.Option("vie", help="Tesseract language for image-only PDF pages."),
        lm: Optional[Path] = typer.Option(None, "--lm", help="Corpus model for the OCR repair (kehoach lm build)."),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1,
                                 help="Processes for reading and extraction (OCR-heavy batches gain most)."),
        new_only: bool = typer.Option(False, "--new-only", help="Skip files whose content is already in OUT "
                                      "(their text still teaches the OCR repair)."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details of failures.")):
    """Process documents into the tables under OUT; prints a summary."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING)
    files = list(runner.expand(paths))
    if not files:
        err_console.print("[red]no input files found[/red]")
        raise typer.Exit(2)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.fields[name]}"),
                        console=err_console, transient=True)

    def on_error(err):
        progress.console.print(f"[red]error[/red] {escape(err.source_path)}: {escape(err.message)} "
                               f"[dim]({err.stage}/{err.error_type})[/dim]", soft_wrap=True)

    with progress:
        task = progress.add_task("reading", total=len(files), name="")

        def on_progress(step: str, path: Path) -> None:
            if step in ("read", "skip"):
                progress.update(task, advance=1, name=path.name)
            else:
                progress.update(task, description="repairing", name=path.name)

        summary = runner.run(files, out, ocr_lang=ocr_lang, lm=lm, jobs=jobs, new_only=new_only,
                             on_progress=on_progress, on_error=on_error)

    skipped = f", {summary.skipped} already stored and skipped" if summary.skipped else ""
    out_console.print(f"[bold]{summary.documents} documents ok, {len(summary.errors)} errors[/bold]"
                      f" ({summary.repaired} OCR-repaired{skipped}) → {out}")
    stored = query_mod.row_counts(out)
    table = Table()
    table.add_column("table")
    table.add_column("rows (this run)", justify="right")
    table.add_column("rows stored", justify="right")  # in OUT, from this run and earlier ones
    for name in runner.table_types():
        table.add_row(name, str(summary.rows.get(name, 0)), str(stored.get(name, 0)))
    table.add_row("errors", str(len(summary.errors)), str(stored.get("errors", 0)))
    out_console.print(table)
    for paths in summary.same_plans():
        out_console.print(f"[yellow]note[/yellow] one plan in {len(paths)} files (same number, date and issuer): "
                          f"{escape(', '.join(paths))}; count plans by reference, issue_date and issuer",
                          soft_wrap=True)
    if summary.documents == 0 and not summary.skipped:
        raise typer.Exit(1)


@app.command()
def query(sql: str = typer.Argument(..., help="SQL over the tables (one view per table)."),
          out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Directory of the Parquet tables."),
          fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f")):
    """Run read-only SQL (DuckDB) over the tables: SELECT province, count(*) FROM documents …"""
    try:
        df = query_mod.sql(sql, out)
    except query_mod.QueryError as e:
        err_console.print(f"[red]query failed:[/red] {e}")
        raise typer.Exit(2)
    if fmt is OutputFormat.csv:
        df.to_csv(sys.stdout, index=False)
    elif fmt is OutputFormat.json:
        sys.stdout.write(df.to_json(orient="records", force_ascii=False, date_format="iso") + "\n")
    else:
        table = Table(show_lines=False)
        for col in df.columns:
            table.add_column(str(col))
        for row in df.itertuples(index=False):
            table.add_row(*(_cell(v) for v in row))
        out_console.print(table)


@app.command()
def export(folder: Path = typer.Argument(..., help="Folder to write one .csv per table into."),
           out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Directory of the Parquet tables.")):
    """Write every table as a CSV file that Excel opens with its Vietnamese intact (UTF-8 with BOM)."""
    written = query_mod.export_csv(out, folder)
    if not written:
        err_console.print(f"[red]{query_mod.no_tables(out)}[/red]")
        raise typer.Exit(2)
    for name, rows in written.items():
        out_console.print(f"{folder / (name + '.csv')}: {rows} rows")


def _cell(value) -> str:
    """A value as a table cell: a missing one (None, NaN, NaT) empty, a whole number without ".0" (a sum of
    đồng), a day without its midnight, a long one cut."""
    missing = value is None or (pd.api.types.is_scalar(value) and pd.isna(value))
    if missing:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, pd.Timestamp) and value == value.normalize():
        value = value.date()
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


@app.command()
def show(doc: str = typer.Argument(..., help="A doc_id (or its prefix) or a source path."),
         out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Directory of the Parquet tables."),
         html: Optional[Path] = typer.Option(None, "--html", help="Also write the text as an HTML page with "
                                             "every extracted row marked in it.")):
    """Metadata and section outline of one document; with --html, also its text with every row marked."""
    found = query_mod.find_document(doc, out)
    if found is None:
        message = f"no document matches {doc!r}" if query_mod.has_tables(out) else query_mod.no_tables(out)
        err_console.print(f"[red]{message}[/red]")
        raise typer.Exit(2)
    meta, sections = found
    if html is not None:
        _write_marked(meta, out, html)
    table = Table(show_header=False, title=meta["source_path"])
    for key, value in meta.items():
        if key != "text":
            table.add_row(key, _cell(value))
    out_console.print(table)
    tree = Tree("sections")
    nodes = {None: tree}
    for s in sections:
        parent = nodes.get(s["parent_id"], tree)
        nodes[s["section_id"]] = parent.add(f"[bold]{s['label']}[/bold] {s['heading']}")
    out_console.print(tree)


def _write_marked(meta: dict, out: Path, page: Path) -> None:
    """The document's text as an HTML page, its stored rows marked table by table."""
    import extractors
    from pipeline import spans

    rows = query_mod.rows_of(meta["doc_id"], out, [e.table for e in extractors.REGISTRY])
    page.write_text(spans.html(meta["text"], rows, title=meta["source_path"]), encoding="utf-8")
    err_console.print(f"{page}: {sum(map(len, rows.values()))} rows marked")


@app.command("repair")
def repair_cmd(file: Path = typer.Argument(..., help="A text file of OCR output."),
               batch: Optional[Path] = typer.Option(None, "--batch", help="Folder of clean documents to learn "
                                                    "from (default: the other files beside FILE)."),
               lm: Optional[Path] = typer.Option(None, "--lm", help="Corpus model (kehoach lm build).")):
    """Print FILE with its OCR-damaged lines repaired, line for line (or, when OCR kept the marks, those it
    misread put right)."""
    from pipeline.repair import files as repair_files

    if not file.is_file():
        err_console.print(f"[red]no such file: {file}[/red]")
        raise typer.Exit(2)
    folder = batch if batch is not None else file.parent
    others = [p for p in runner.expand([folder]) if not (isinstance(p, Path) and p.resolve() == file.resolve())]
    model = repair_files.batch_model(others, lm)
    result = model.correct(repair_files.read_text(file))
    sys.stdout.write(result.text)
    err_console.print(f"{len(result.changes)} tokens repaired, batch of {model.documents} clean documents")


lm_app = typer.Typer(no_args_is_help=True, help="Language models for the OCR repair.")
app.add_typer(lm_app, name="lm")


@lm_app.command("build")
def lm_build(corpus: List[Path] = typer.Argument(..., help="UTF-8 text files, one paragraph per line."),
             output: Path = typer.Option(..., "--output", "-o", help="Model file to write."),
             min_count: int = typer.Option(2, help="Drop trigrams seen fewer times.")):
    """Count syllable trigrams of a corpus into a model for `kehoach run --lm` and `repair --lm`."""
    from pipeline.repair import files as repair_files

    kept = repair_files.build_lm(corpus, output, min_count)
    out_console.print(f"{kept:,} trigrams → {output}")
