"""Inputs that cannot be read: one errors row and one line on stderr each, nothing else stored, the batch goes on."""
from __future__ import annotations

import io
import random
import tracemalloc
import zipfile

import pandas as pd
import pytest
from pypdf import PdfReader, PdfWriter
from typer.testing import CliRunner

from pipeline import ingest, runner
from pipeline.cli import app

from builders import PdfBuilder
from conftest import FIXTURES, RAW

GOOD = RAW / "000_199e2adfb414d109.txt"
BIG_BYTES = 50_000_000
VIETNAMESE_LINE = "Ủy ban nhân dân tỉnh triển khai kế hoạch chuyển đổi số năm 2024.\n".encode()


def _pdf(tmp_path) -> bytes:
    pdf = PdfBuilder().page().line("KẾ HOẠCH").line("Triển khai chuyển đổi số trên địa bàn tỉnh năm 2024.")
    return pdf.save(tmp_path / "source.pdf").read_bytes()


def _encrypted(data: bytes) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _big_text(path) -> None:
    with open(path, "wb") as f:
        for _ in range(BIG_BYTES // len(VIETNAMESE_LINE) + 1):
            f.write(VIETNAMESE_LINE)


def _zip(members: dict[str, str]) -> bytes:
    """A zip archive of text members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def _huge_png() -> bytes:
    """A small file that opens to 400 million pixels."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    return out.getvalue()


# name → (make the file's bytes, expected error_type)
BAD_INPUTS = {
    "empty.txt": (lambda tmp: b"", "empty"),
    "random.pdf": (lambda tmp: random.Random(7).randbytes(20_000), "not_pdf"),
    "truncated.pdf": (lambda tmp: _pdf(tmp)[: len(_pdf(tmp)) // 2], "truncated_pdf"),
    "encrypted.pdf": (lambda tmp: _encrypted(_pdf(tmp)), "encrypted_pdf"),
    "not-a-zip.docx": (lambda tmp: "Kế hoạch số 12/KH-UBND".encode(), "not_docx"),
    "random.doc": (lambda tmp: random.Random(5).randbytes(20_000), "not_doc"),
    "truncated.doc": (lambda tmp: (FIXTURES / "plan.doc").read_bytes()[:6000], "corrupt_doc"),
    "english.txt": (lambda tmp: b"The committee will review the annual plan in March.\n" * 50, "not_vietnamese"),
    "undecodable.txt": (lambda tmp: random.Random(3).randbytes(5000).replace(b"\x00", b"\x01"), "undecodable"),
    "table.xls": (lambda tmp: b"\xd0\xcf\x11\xe0 old spreadsheet", "unsupported_format"),
    "table.xlsx": (lambda tmp: b"PK\x03\x04 spreadsheet", "not_xlsx"),
    "no-workbook.xlsx": (lambda tmp: _zip({"readme.txt": "Kế hoạch"}), "corrupt_xlsx"),
    "scripts-only.html": (lambda tmp: b"<html><head><title>K\xe1\xba\xbf ho\xe1\xba\xa1ch</title></head>"
                          b"<body><script>load();</script></body></html>", "no_text"),
    "binary.htm": (lambda tmp: random.Random(9).randbytes(5000), "binary"),
    "broken.zip": (lambda tmp: b"PK\x03\x04 an archive cut short", "corrupt_archive"),
    "bomb.png": (lambda tmp: _huge_png(), "too_large"),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    """Every bad input of BAD_INPUTS, and the 50 MB text file, in one folder."""
    tmp_path = tmp_path_factory.mktemp("bad")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = {}
    for name, (make, _) in BAD_INPUTS.items():
        paths[name] = folder / name
        paths[name].write_bytes(make(tmp_path))
    paths["huge.txt"] = folder / "huge.txt"
    _big_text(paths["huge.txt"])
    return paths


EXPECTED = {**{name: kind for name, (_, kind) in BAD_INPUTS.items()}, "huge.txt": "too_large"}


def _tables(out) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / name) for name in [*runner.table_types(), "errors"]}


def test_each_bad_input_is_one_error_row_and_the_batch_goes_on(tmp_path, bad_files):
    out = tmp_path / "out"
    summary = runner.run([*bad_files.values(), GOOD], out)
    assert summary.documents == 1
    tables = _tables(out)
    errors = tables.pop("errors")
    assert sorted(zip(errors.source_path.map(lambda p: p.rsplit("/", 1)[-1]), errors.error_type)) \
        == sorted(EXPECTED.items())
    assert (errors.stage == "ingest").all() and errors.message.str.len().gt(10).all()
    good_id = ingest.file_hash(GOOD)
    for name, table in tables.items():
        assert set(table.doc_id) <= {good_id}, name
    assert len(tables["documents"]) == 1


def test_cli_prints_one_line_per_bad_input_and_succeeds_when_one_file_was_read(tmp_path, bad_files):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", *map(str, bad_files.values()), str(GOOD), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len(EXPECTED)
    for name, kind in EXPECTED.items():
        (line,) = [line for line in lines if f"{name}:" in line]
        assert line.startswith("error ") and line.endswith(f"(ingest/{kind})")
    assert f"1 documents ok, {len(EXPECTED)} errors" in result.stdout


@pytest.mark.parametrize("name", [*BAD_INPUTS, "huge.txt"])
def test_cli_exits_non_zero_when_nothing_was_processed(tmp_path, bad_files, name):
    result = CliRunner().invoke(app, ["run", str(bad_files[name]), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.endswith(f"(ingest/{EXPECTED[name]})")


def test_inside_folders_documents_that_cannot_be_read_are_kept_for_their_error_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("manifest.csv", "Thumbs.db", "table.xlsx", "old.rtf", "plan.txt", "scan.PNG"):
        (folder / name).write_bytes(GOOD.read_bytes())
    assert [p.name for p in runner.expand([folder])] == ["old.rtf", "plan.txt", "scan.PNG", "table.xlsx"]
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read(folder / "old.rtf")
    assert (caught.value.error_type, caught.value.message) == (
        "unsupported_format", "unsupported file type '.rtf'; save it as .docx or .pdf")


def test_a_file_that_is_no_image_is_a_corrupt_image(tmp_path):
    path = tmp_path / "scan.jpg"
    path.write_bytes(VIETNAMESE_LINE * 10)
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read(path)
    assert caught.value.error_type == "corrupt_image"


def test_huge_text_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    _big_text(path)
    tracemalloc.start()
    try:
        with pytest.raises(ingest.IngestError) as caught:
            ingest.read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.error_type == "too_large"
    assert caught.value.doc_id == ingest.file_hash(path)
    assert peak < 4_000_000  # hashed in 1 MB chunks, never loaded


def test_zip_that_is_not_a_word_document(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "Kế hoạch")
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read(path)
    assert caught.value.error_type == "corrupt_docx"


def test_identical_bad_files_each_get_their_row(tmp_path):
    paths = [tmp_path / "a.txt", tmp_path / "b.md"]
    for path in paths:
        path.write_bytes(b"")
    runner.run(paths, tmp_path / "out")
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert sorted(errors.source_path) == sorted(map(str, paths))


@pytest.mark.parametrize("seed", range(40))
def test_a_damaged_doc_is_read_or_refused_never_crashes(tmp_path, seed):
    """Bytes of a .doc overwritten at random (past its header) give text or a clear error, nothing else."""
    data = bytearray((FIXTURES / "plan.doc").read_bytes())
    rng = random.Random(seed)
    for _ in range(20):
        data[rng.randrange(512, len(data))] = rng.randrange(256)
    path = tmp_path / "damaged.doc"
    path.write_bytes(bytes(data))
    try:
        assert ingest.read(path).text.strip()
    except ingest.IngestError as e:
        assert e.error_type in ("corrupt_doc", "not_doc", "no_text", "not_vietnamese")
