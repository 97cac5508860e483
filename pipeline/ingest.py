"""Ingest: read one input file into Unicode text, or fail with a clear IngestError.

Formats: .txt/.md (UTF-8, UTF-8 with BOM, UTF-16, Windows-1258, legacy
TCVN3/VNI font encodings), .docx (paragraphs and tables in body order) and
.pdf (text layer in reading order; image-only pages are OCR'd). Pages are
separated by a form feed. The document id is the content hash of the raw bytes.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline import legacy_fonts, ocr
from pipeline.errors import IngestError
from pipeline.vietnamese import vietnamese_share

FORMATS = {".txt": "txt", ".md": "md", ".docx": "docx", ".pdf": "pdf"}
MAX_BYTES = {"txt": 20_000_000, "md": 20_000_000, "docx": 50_000_000, "pdf": 200_000_000}
MIN_VIETNAMESE_SHARE = 0.03
PAGE_BREAK = "\f"


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


def read(path: str | Path, ocr_lang: str = "vie") -> RawDocument:
    """Read one file; raises IngestError for anything that cannot become Vietnamese text."""
    source_path = str(path)
    path = Path(path)
    if not path.is_file():
        raise IngestError("not_found", f"no such file: {source_path}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError("unsupported_format",
                          f"unsupported file type {path.suffix or '(none)'!r}; "
                          f"supported: {', '.join(sorted(FORMATS))}")
    size = path.stat().st_size
    doc_id = file_hash(path)
    if size == 0:
        raise IngestError("empty", "the file is empty (0 bytes)", doc_id)
    if size > MAX_BYTES[fmt]:
        raise IngestError("too_large", f"{size / 1e6:.1f} MB is over the {MAX_BYTES[fmt] / 1e6:.0f} MB "
                          f"limit for .{fmt} files", doc_id)
    data = path.read_bytes()
    try:
        if fmt in ("txt", "md"):
            text, encoding = decode_text(data)
            raw = RawDocument(source_path, fmt, doc_id, text, encoding)
        elif fmt == "docx":
            raw = RawDocument(source_path, fmt, doc_id, read_docx(data), "docx")
        else:
            text, pages, ocr_pages = read_pdf(data, ocr_lang)
            raw = RawDocument(source_path, fmt, doc_id, text, None, pages, ocr_pages)
    except IngestError as e:
        e.doc_id = doc_id
        raise
    if not raw.text.strip():
        raise IngestError("no_text", "no text could be read from the file", doc_id)
    if vietnamese_share(raw.text) < MIN_VIETNAMESE_SHARE:
        raise IngestError("not_vietnamese", "the text does not look Vietnamese "
                          "(almost no Vietnamese letters)", doc_id)
    return raw


# ----------------------------------------------------------------- plain text

def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 (NULs in every other byte), else None."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding name). Never guesses silently.

    UTF-8 and UTF-16 are recognised by their BOM or byte pattern; otherwise the
    bytes must be valid UTF-8, or Vietnamese in Windows-1258 or a legacy font
    encoding (TCVN3, VNI). Anything else is an IngestError.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, name), name
    utf16 = _looks_utf16(data)
    if utf16:
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        raise IngestError("binary", "binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        converted = legacy_fonts.convert(text)
        if converted is not None:
            return converted.text, f"utf-8+{converted.encoding}"
        return text, "utf-8"
    legacy = legacy_fonts.decode_bytes(data)
    if legacy is not None:
        return legacy.text, legacy.encoding
    text = data.decode("cp1258", errors="replace")
    if "\ufffd" not in text and vietnamese_share(text) >= MIN_VIETNAMESE_SHARE:
        return text, "windows-1258"
    raise IngestError("undecodable", "bytes are not valid UTF-8 or UTF-16 and do not read as "
                      "Vietnamese in Windows-1258, TCVN3 or VNI")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise IngestError("undecodable", f"invalid {encoding} at byte {e.start}") from None


# ----------------------------------------------------------------------- docx

def read_docx(data: bytes) -> str:
    """Paragraphs and table rows of a .docx in body order; legacy-font runs converted."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError("corrupt_docx", "not a valid .docx (it is not a zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several unrelated types for broken packages
        raise IngestError("corrupt_docx", f"cannot open .docx: {e}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(legacy_fonts.paragraph_text(block))
        elif isinstance(block, Table):
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(legacy_fonts.paragraph_text(p) for p in cell.paragraphs).strip()
                    if not cells or text != cells[-1]:  # merged cells repeat their text
                        cells.append(text)
                lines.append(" | ".join(cells))
    text = "\n".join(lines)
    converted = legacy_fonts.convert(text)
    return converted.text if converted else text


# ------------------------------------------------------------------------ pdf

def read_pdf(data: bytes, ocr_lang: str = "vie") -> tuple[str, int, int]:
    """Text of a PDF, pages joined by form feeds; returns (text, pages, pages OCR'd)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise IngestError("corrupt_pdf", "not a PDF file (no %PDF- header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise IngestError("encrypted_pdf", f"the PDF is encrypted and needs a password ({type(e).__name__})") from None
    except PDFSyntaxError as e:
        raise IngestError("corrupt_pdf", f"the PDF is damaged or truncated: {e}") from None
    except Exception as e:
        raise IngestError("corrupt_pdf", f"cannot open the PDF: {type(e).__name__}: {e}") from None
    pages: list[str] = []
    ocr_pages = 0
    with pdf:
        try:
            n_pages = len(pdf.pages)
            for page in pdf.pages:
                text = page.extract_text(layout=False, x_tolerance=1.5) or ""
                if not text.strip() and page.images:
                    text = ocr.page_text(page, ocr_lang)
                    ocr_pages += 1
                pages.append(legacy_fonts.convert_or_keep(text))
        except IngestError:
            raise
        except Exception as e:
            raise IngestError("corrupt_pdf", f"the PDF is damaged or truncated: {type(e).__name__}: {e}") from None
    if n_pages == 0:
        raise IngestError("corrupt_pdf", "the PDF has no pages")
    return PAGE_BREAK.join(pages), n_pages, ocr_pages
