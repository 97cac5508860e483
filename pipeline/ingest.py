"""Ingest: read one input file into Unicode text, or fail with a clear IngestError.

Formats: .txt/.md (decode.py: UTF-8, UTF-8 with BOM, UTF-16, Windows-1258,
legacy TCVN3/VNI font encodings), web pages (.html/.htm, or a page saved as .txt:
html_text.py, decoded like a text file), Excel workbooks (.xlsx: xlsx_text.py, a
line per row), .docx (docx_text.py: paragraphs and tables in
body order, list labels, footnotes), Word 97-2003 .doc (doc_text.py: the same; a
.docx saved under a .doc name is read as a .docx), .pdf (pdf_text.py: text layer
in reading order, image-only pages OCR'd, pages separated by a form feed), scanned
pages saved as images (image_text.py: .png, .jpg, .tif, every page OCR'd), and
each of these inside a zip archive (archives.py). Other document formats (.rtf,
.xls, .rar …) are refused with what to convert them to. The size is checked
before anything is read, and the document id (the content hash of the raw
bytes) is computed in chunks, so an oversized file costs no memory.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline import archives, html_text
from pipeline.text_encoding import decode_text
from pipeline.doc_text import read_doc
from pipeline.docx_text import read_docx
from pipeline.errors import IngestError
from pipeline.image_text import read_image
from pipeline.pdf_text import read_pdf
from pipeline.vietnamese import vietnamese_share
from pipeline.xlsx_text import read_xlsx

FORMATS = {".txt": "txt", ".md": "md", ".docx": "docx", ".doc": "doc", ".pdf": "pdf", ".html": "html",
           ".htm": "html", ".xlsx": "xlsx", ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image",
           ".tiff": "image"}
MAX_BYTES = {"txt": 20_000_000, "md": 20_000_000, "html": 50_000_000, "docx": 50_000_000, "doc": 50_000_000,
             "xlsx": 50_000_000, "pdf": 200_000_000, "image": 100_000_000}
# documents in formats that are not read, and what to do with them
UNREADABLE = {".rtf": "save it as .docx or .pdf",
              ".odt": "save it as .docx or .pdf", ".xls": "save the workbook as .xlsx",
              ".ppt": "save it as .pdf", ".pptx": "save it as .pdf",
              ".rar": "unpack it first", ".7z": "unpack it first", ".zip": "unpack it first (inside an archive)"}
MIN_VIETNAMESE_SHARE = 0.03


@dataclass(frozen=True)
class RawDocument:
    """Text of one input file as read, before normalisation."""

    source_path: str
    source_format: str
    doc_id: str
    text: str
    encoding: str | None = None
    pages: int | None = None
    ocr_pages: int = 0


def file_hash(path: Path, chunk: int = 1 << 20) -> str:
    """First 16 hex digits of the sha256 of the file's bytes (read in chunks)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()[:16]


def data_hash(data: bytes) -> str:
    """First 16 hex digits of the sha256 of bytes held in memory: the id ``file_hash`` gives a file."""
    return hashlib.sha256(data).hexdigest()[:16]


def content_id(path: str | Path | archives.Member) -> str | None:
    """The document id a file (or archive member) would get: the hash of its bytes; None if unreadable."""
    try:
        if isinstance(path, archives.Member):
            return data_hash(path.read())
        return file_hash(Path(path))
    except (OSError, ValueError, RuntimeError):  # zipfile raises RuntimeError for an encrypted member
        return None


def read(path: str | Path | archives.Member, ocr_lang: str = "vie") -> RawDocument:
    """Read one file, or one document of a zip archive; raises IngestError for anything that cannot become
    Vietnamese text."""
    if isinstance(path, archives.Member):
        return _read_member(path, ocr_lang)
    source_path = str(path)
    path = Path(path)
    if not path.is_file():
        raise IngestError("not_found", f"no such file: {source_path}")
    if archives.is_archive(path):  # a readable archive is opened by the runner, document by document
        raise IngestError("corrupt_archive", archives.why_unreadable(path), file_hash(path))
    fmt = _format(path.suffix)
    size = path.stat().st_size
    doc_id = file_hash(path)
    _check_size(size, fmt, doc_id)
    return _parse(source_path, fmt, doc_id, path.read_bytes(), ocr_lang)


def _read_member(member: archives.Member, ocr_lang: str) -> RawDocument:
    fmt = _format(member.suffix)
    info = member.info()
    if archives.encrypted(info):
        raise IngestError("encrypted_archive", "the document is encrypted in its archive and needs a password")
    _check_size(info.file_size, fmt, None)
    data = member.read()
    return _parse(str(member), fmt, data_hash(data), data, ocr_lang)


def _format(suffix: str) -> str:
    """The format of a file name's suffix, or an IngestError saying what to do with it."""
    fmt = FORMATS.get(suffix.lower())
    if fmt is None:
        advice = UNREADABLE.get(suffix.lower(), f"supported: {', '.join(sorted(FORMATS))}")
        raise IngestError("unsupported_format", f"unsupported file type {suffix or '(none)'!r}; {advice}")
    return fmt


def _check_size(size: int, fmt: str, doc_id: str | None) -> None:
    if size == 0:
        raise IngestError("empty", "the file is empty (0 bytes)", doc_id)
    if size > MAX_BYTES[fmt]:
        raise IngestError("too_large", f"{size / 1e6:.1f} MB is over the {MAX_BYTES[fmt] / 1e6:.0f} MB "
                          f"limit for .{fmt} files", doc_id)


def _parse(source_path: str, fmt: str, doc_id: str, data: bytes, ocr_lang: str) -> RawDocument:
    """The text of a file's bytes, checked to be Vietnamese."""
    try:
        if fmt in ("txt", "md", "html"):
            text, encoding = decode_text(data)
            if fmt == "html" or html_text.is_page(text):  # a web page, saved under a .txt name too
                text, fmt = html_text.page_text(text), "html"
            raw = RawDocument(source_path, fmt, doc_id, text, encoding)
        elif fmt == "docx" or (fmt == "doc" and zipfile.is_zipfile(io.BytesIO(data))):
            text, encoding = read_docx(data)
            raw = RawDocument(source_path, "docx", doc_id, text, encoding)
        elif fmt == "doc":
            text, encoding = read_doc(data)
            raw = RawDocument(source_path, fmt, doc_id, text, encoding)
        elif fmt == "xlsx":
            text, encoding = read_xlsx(data)
            raw = RawDocument(source_path, fmt, doc_id, text, encoding)
        elif fmt == "image":
            image = read_image(data, ocr_lang)
            raw = RawDocument(source_path, fmt, doc_id, image.text, None, image.pages, image.pages)
        else:
            pdf = read_pdf(data, ocr_lang)
            raw = RawDocument(source_path, fmt, doc_id, pdf.text, pdf.encoding, pdf.pages, pdf.ocr_pages)
    except IngestError as e:
        e.doc_id = doc_id
        raise
    if not raw.text.strip():
        raise IngestError("no_text", "no text could be read from the file", doc_id)
    if vietnamese_share(raw.text) < MIN_VIETNAMESE_SHARE:
        raise IngestError("not_vietnamese", "the text does not look Vietnamese "
                          "(almost no Vietnamese letters)", doc_id)
    return raw
