"""Typed records: one frozen dataclass per core table (documents, sections, errors); each extractor's
record subclasses ``Extracted`` in its own module (see the data contract).

Field names are the table's column names. Integer widths that matter to the
contract are spelled with the aliases below; the store maps these annotations
to Arrow types, so a record class is the single definition of its table.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Annotated, Optional

Int8 = Annotated[int, "int8"]
Int16 = Annotated[int, "int16"]
Int32 = Annotated[int, "int32"]
Int64 = Annotated[int, "int64"]


@dataclass(frozen=True)
class Document:
    """One row per input file: metadata parsed from the header and signature block."""

    doc_id: str
    source_path: str
    source_format: str
    text: str
    ocr_repaired: bool = False
    repair_changed_tokens: Int32 = 0
    doc_type: Optional[str] = None
    doc_type_code: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    reference: Optional[str] = None
    issuer: Optional[str] = None
    place: Optional[str] = None
    issue_date: Optional[date] = None
    title: Optional[str] = None
    province: Optional[str] = None
    province_2025: Optional[str] = None
    admin_level: Optional[str] = None
    period_start: Optional[Int16] = None
    period_end: Optional[Int16] = None
    signer: Optional[str] = None
    signer_title: Optional[str] = None
    signing_mode: Optional[str] = None
    recipients: list[str] = field(default_factory=list)
    encoding: Optional[str] = None
    pages: Optional[Int32] = None
    ocr_pages: Int32 = 0


@dataclass(frozen=True)
class Section:
    """A node of the heading tree; start/end cover the heading and its whole body."""

    doc_id: str
    section_id: str
    parent_id: Optional[str]
    level: Int8
    label: str
    heading: str
    start: Int32
    end: Int32


@dataclass(frozen=True)
class Repair:
    """One token the OCR repair changed; offsets index the repaired documents.text."""

    doc_id: str
    start: Int32
    end: Int32
    original: str
    repaired: str
    confidence: float


@dataclass(frozen=True)
class Error:
    """An input that could not be processed; nothing else of it is stored."""

    source_path: str
    stage: str
    error_type: str
    message: str
    doc_id: Optional[str] = None


@dataclass(frozen=True)
class Extracted:
    """Provenance shared by every extracted row: where in documents.text it was found."""

    doc_id: str
    section_id: Optional[str]
    start: Int32
    end: Int32
    text: str

    def __post_init__(self):
        """The fields read from the text (task, agency, source …) are plain text: a page break inside one, where a
        sentence runs on to the next page, is the space it stands for. ``text`` stays as the document has it."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "text" and isinstance(value, str) and "\f" in value:
                object.__setattr__(self, f.name, value.replace("\f", " "))
