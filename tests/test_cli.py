"""The command line: run, query (SQL through DuckDB), show."""
from __future__ import annotations

import json
import re

import pandas as pd
from typer.testing import CliRunner

from pipeline.cli import app

from conftest import RAW

cli = CliRunner()


def test_run_then_query_and_show(tmp_path):
    out = tmp_path / "s"
    result = cli.invoke(app, ["run", str(RAW), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 documents ok, 0 errors" in result.output

    result = cli.invoke(app, ["query", "SELECT doc_type_code, count(*) AS n FROM documents "
                              "WHERE NOT ocr_repaired GROUP BY 1 ORDER BY 1",
                              "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"doc_type_code": "KH", "n": 4}]

    result = cli.invoke(app, ["query", "SELECT province FROM documents WHERE number = '23'",
                              "--out", str(out), "--format", "csv"])
    assert result.stdout.splitlines() == ["province", "Thái Nguyên"]

    result = cli.invoke(app, ["show", "004_c8fbb64b08e8f959.txt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "KH-STTTT" in result.stdout and "TỔ CHỨC THỰC HIỆN" in result.stdout


def test_query_shows_a_missing_value_as_an_empty_cell(tmp_path):
    out = tmp_path / "s"
    cli.invoke(app, ["run", str(RAW / "000_199e2adfb414d109.txt"), "--out", str(out)])
    result = cli.invoke(app, ["query", "SELECT 'x' AS a, CAST(NULL AS DOUBLE) AS b, CAST('NaN' AS DOUBLE) AS c",
                              "--out", str(out)])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if " x " in line)
    assert "nan" not in row.lower() and "none" not in row.lower()


def test_query_shows_a_sum_of_dong_and_a_date_as_a_reader_writes_them(tmp_path):
    out = tmp_path / "s"
    cli.invoke(app, ["run", str(RAW / "000_199e2adfb414d109.txt"), "--out", str(out)])
    result = cli.invoke(app, ["query", "SELECT CAST(6607000000 AS DOUBLE) AS s, 1.5 AS x, "
                              "CAST(DATE '2023-03-10' AS TIMESTAMP) AS d", "--out", str(out)])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "6607000000" in line)
    assert "6607000000.0" not in row and "1.5" in row and "2023-03-10" in row and "00:00:00" not in row


def test_query_is_read_only(tmp_path):
    out = tmp_path / "s"
    cli.invoke(app, ["run", str(RAW / "000_199e2adfb414d109.txt"), "--out", str(out)])
    result = cli.invoke(app, ["query", f"COPY documents TO '{tmp_path / 'x.csv'}'", "--out", str(out)])
    assert result.exit_code == 2
    assert not (tmp_path / "x.csv").exists()


def test_run_exits_nonzero_only_when_nothing_was_processed(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = cli.invoke(app, ["run", str(bad), "--out", str(tmp_path / "s")])
    assert result.exit_code == 1
    result = cli.invoke(app, ["run", str(bad), str(RAW / "000_199e2adfb414d109.txt"),
                              "--out", str(tmp_path / "s")])
    assert result.exit_code == 0
    assert "1 documents ok, 1 errors" in result.output


def test_run_notes_a_plan_given_twice_in_two_formats(tmp_path):
    """A plan published as .txt and as .docx is two documents of one plan; the summary says so."""
    import docx

    folder = tmp_path / "in"
    folder.mkdir()
    seed = RAW / "000_199e2adfb414d109.txt"
    (folder / "plan.txt").write_bytes(seed.read_bytes())
    document = docx.Document()
    for line in seed.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(folder / "plan.docx")
    result = cli.invoke(app, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    (note,) = [line for line in result.stdout.splitlines() if line.startswith("note")]
    assert "one plan in 2 files" in note and "plan.txt" in note and "plan.docx" in note


def test_run_reads_the_documents_of_a_zip(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "seeds.zip", "w") as z:
        for seed in sorted(RAW.glob("*.txt"))[:2]:
            z.write(seed, f"Kế hoạch/{seed.name}")
    result = cli.invoke(app, ["run", str(tmp_path / "seeds.zip"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "2 documents ok, 0 errors" in result.stdout


def test_new_only_skips_what_is_stored_and_reads_what_is_new(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(RAW.glob("*.txt"))
    for seed in seeds[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    assert cli.invoke(app, ["run", str(folder), "--out", str(out)]).exit_code == 0
    (folder / seeds[3].name).write_bytes(seeds[3].read_bytes())
    result = cli.invoke(app, ["run", str(folder), "--out", str(out), "--new-only"])
    assert result.exit_code == 0
    assert "1 documents ok, 0 errors (0 OCR-repaired, 2 already stored and skipped)" in result.stdout
    again = cli.invoke(app, ["run", str(folder), "--out", str(out), "--new-only"])
    assert again.exit_code == 0 and "3 already stored and skipped" in again.stdout
    assert re.search(r"documents\W+0\W+3\b", again.stdout)  # none read this run, three in the store
    documents = pd.read_parquet(out / "documents")
    assert len(documents) == 3


def test_export_writes_a_csv_per_table_that_excel_reads(tmp_path):
    out = tmp_path / "out"
    cli.invoke(app, ["run", str(RAW / "003_bcf6707082e6e6bf.txt"), "--out", str(out)])
    result = cli.invoke(app, ["export", str(tmp_path / "csv"), "--out", str(out)])
    assert result.exit_code == 0
    budgets = (tmp_path / "csv" / "budgets.csv").read_bytes()
    assert budgets.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = pd.read_csv(tmp_path / "csv" / "budgets.csv", encoding="utf-8-sig")
    assert 1_050_000_000 in rows.amount_vnd.tolist() and "Cấp tỉnh" in rows.scope.tolist()
    assert "text" not in pd.read_csv(tmp_path / "csv" / "documents.csv", encoding="utf-8-sig").columns
    assert cli.invoke(app, ["export", str(tmp_path / "csv2"), "--out", str(tmp_path / "nothing")]).exit_code == 2


def test_reading_commands_say_when_there_are_no_tables(tmp_path):
    """Run from a folder without tables, query, show and export say how to make them."""
    missing = tmp_path / "nowhere"
    for args in (["query", "SELECT count(*) FROM documents"], ["show", "abc"], ["export", str(tmp_path / "csv")]):
        result = cli.invoke(app, [*args, "--out", str(missing)])
        assert result.exit_code == 2
        assert "kehoach run" in result.output and str(missing) in result.output, result.output
