"""Run a batch: ingest → normalise → repair → segment → extract → store, per document.

Documents are processed in two passes so the OCR repair can learn from the
batch: clean documents are finished (and taught to the repair model) in the
first pass; damaged ones (OCR that lost its marks) and those with pages read by
OCR (whose misread marks the model puts right: ``BatchModel.retone``) wait, and
are repaired and finished in the second.
A document that fails at any stage becomes one errors row; the batch goes on.
"""
from __future__ import annotations

import logging
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

import extractors
from pipeline import archives, ingest, normalize, records, repair, segment
from pipeline.errors import StageError
from pipeline.store import DOCUMENTS, ERRORS, Store

log = logging.getLogger(__name__)

CORE_TABLES = {DOCUMENTS: records.Document, "sections": records.Section, "repairs": records.Repair}


def table_types() -> dict[str, type]:
    """Every output table and its record type."""
    return {**CORE_TABLES, **{e.table: e.record for e in extractors.REGISTRY}}


@dataclass
class Prepared:
    """A document read and normalised, waiting to be (repaired and) finished."""

    raw: ingest.RawDocument
    text: str


@dataclass
class Summary:
    """What a batch run did."""

    documents: int = 0
    errors: list[records.Error] = field(default_factory=list)
    rows: Counter = field(default_factory=Counter)
    repaired: int = 0
    skipped: int = 0  # files already stored, unchanged (``new_only``)
    plans: dict[tuple, list[str]] = field(default_factory=dict)  # (reference, issue date, issuer) → files

    def same_plans(self) -> list[list[str]]:
        """Files that hold one plan twice (a .pdf and a .docx of it): the same number, date and issuer."""
        return [paths for paths in self.plans.values() if len(paths) > 1]


def expand(paths: Iterable[str | Path | archives.Member]) -> Iterator[Path | archives.Member]:
    """Files named on the command line, the documents of folders, walked recursively, and the documents
    of zip archives.

    A file named explicitly is always processed (an unsupported type becomes an
    error row). Inside folders and archives, documents in a format that is not read
    (.xls, .rar …) are processed too, so that they get their error row; hidden
    files and files of other types (manifest.csv, Thumbs.db…) are passed over. An
    archive that cannot be opened is processed as a file, for its error row.
    """
    documents = {*ingest.FORMATS, *ingest.UNREADABLE}
    for p in paths:
        if isinstance(p, archives.Member):  # already expanded
            yield p
            continue
        p = Path(p)
        files = [p] if not p.is_dir() else [
            f for f in sorted(p.rglob("*")) if f.is_file() and (f.suffix.lower() in documents or archives.is_archive(f))
            and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        for f in files:
            inside = archives.members(f, documents) if archives.is_archive(f) and f.is_file() else None
            yield from inside if inside is not None else [f]


def _stored(item: Path | archives.Member, store: Store, model: repair.BatchModel, summary: Summary,
            on_progress: Callable[[str, Path], None] | None) -> bool:
    """Whether ``item`` is stored already (its content under its id); its clean text then joins the batch."""
    doc_id = ingest.content_id(item)
    stored = store.stored_text(doc_id) if doc_id else None
    if stored is None:
        return False
    text, repaired = stored
    if not repaired:
        model.add(text)
    summary.skipped += 1
    if on_progress:
        on_progress("skip", item)
    return True


def prepare(path: Path | archives.Member, ocr_lang: str = "vie") -> Prepared:
    """Ingest and normalise one file."""
    raw = ingest.read(path, ocr_lang=ocr_lang)
    return Prepared(raw, normalize.normalize(raw.text))


def finish(prep: Prepared, repaired: repair.RepairResult | None = None) -> dict[str, list]:
    """Segment and extract one document; returns its rows per table."""
    raw = prep.raw
    text = repaired.text if repaired else prep.text
    with _stage("segment", raw.doc_id):
        seg = segment.segment(raw.doc_id, text)
    changes = repaired.changes if repaired else []
    meta = records.Document(
        doc_id=raw.doc_id, source_path=raw.source_path, source_format=raw.source_format, text=text,
        ocr_repaired=repaired is not None, repair_changed_tokens=len(changes),
        encoding=raw.encoding, pages=raw.pages, ocr_pages=raw.ocr_pages, **seg.fields)
    doc = seg.document(meta)
    rows: dict[str, list] = {
        DOCUMENTS: [meta],
        "sections": seg.sections,
        "repairs": [records.Repair(raw.doc_id, c.start, c.end, c.original, c.repaired, c.confidence)
                    for c in changes],
    }
    for ex in extractors.REGISTRY:
        with _stage(f"extract:{ex.table}", raw.doc_id):
            rows[ex.table] = list(ex.extract(doc))
    return rows


@contextmanager
def _stage(stage: str, doc_id: str) -> Iterator[None]:
    """Report an unexpected exception inside ``stage`` as that stage's error."""
    try:
        yield
    except StageError:
        raise
    except Exception as e:
        log.debug("failure in %s", stage, exc_info=True)
        raise StageError("internal_error", f"{type(e).__name__}: {e}", doc_id, stage=stage) from e


def _error(path: Path | archives.Member, e: Exception, stage: str) -> records.Error:
    """The errors row for an exception; unexpected ones are logged with their traceback."""
    if not isinstance(e, StageError) or e.error_type == "internal_error":
        log.debug("failure on %s", path, exc_info=True)
    if isinstance(e, StageError):
        return records.Error(str(path), e.stage, e.error_type, e.message, e.doc_id)
    doc_id = ingest.content_id(path) if isinstance(path, Path) else None
    return records.Error(str(path), stage, "internal_error", f"{type(e).__name__}: {e}", doc_id)


@dataclass
class Outcome:
    """What the first pass made of one file: rows, a document waiting for repair, or an error."""

    path: Path | archives.Member
    prep: Prepared | None = None
    rows: dict[str, list] | None = None
    error: records.Error | None = None


def first_pass(path: Path | archives.Member, ocr_lang: str = "vie") -> Outcome:
    """Read, normalise and, unless it needs repair (damaged text, or pages read by OCR), finish one file.
    Never raises."""
    try:
        prep = prepare(path, ocr_lang)
    except Exception as e:  # one bad input never stops the batch
        return Outcome(path, error=_error(path, e, "ingest"))
    if repair.is_damaged(prep.text) or prep.raw.ocr_pages:
        return Outcome(path, prep=prep)
    try:
        return Outcome(path, prep=prep, rows=finish(prep))
    except Exception as e:
        return Outcome(path, error=_error(path, e, "segment"))


def run(paths: Iterable[str | Path], out: str | Path, *, ocr_lang: str = "vie",
        lm: str | Path | None = None, jobs: int = 1, new_only: bool = False,
        on_progress: Callable[[str, Path], None] | None = None,
        on_error: Callable[[records.Error], None] | None = None) -> Summary:
    """Process every file under ``paths`` into the tables under ``out``.

    With ``jobs`` > 1 the first pass (reading, OCR, extraction) runs in that many
    processes; results are stored in input order either way. With ``new_only``, a
    file whose content is already stored under ``out`` is not read again; its stored
    text still teaches the OCR repair, unless it was repaired itself.
    """
    store = Store(out, table_types())
    store.ensure_tables()
    summary = Summary()
    model = repair.BatchModel(lm)
    damaged: list[Prepared] = []
    items = list(expand(paths))
    if new_only:
        items = [item for item in items if not _stored(item, store, model, summary, on_progress)]

    def fail(err: records.Error) -> None:
        store.write_error(err)
        summary.errors.append(err)
        if on_error:
            on_error(err)

    def store_rows(prep: Prepared, rows: dict[str, list]) -> None:
        store.write_document(prep.raw.doc_id, prep.raw.source_path, rows)
        summary.documents += 1
        summary.rows.update({table: len(r) for table, r in rows.items()})
        meta = rows[DOCUMENTS][0]
        if meta.reference and meta.issue_date:
            summary.plans.setdefault((meta.reference, meta.issue_date, meta.issuer), []).append(meta.source_path)

    work = partial(first_pass, ocr_lang=ocr_lang)
    with ProcessPoolExecutor(jobs) if jobs > 1 else nullcontext() as pool:
        outcomes = pool.map(work, items) if pool else map(work, items)
        for outcome in outcomes:
            if on_progress:
                on_progress("read", outcome.path)
            if outcome.error:
                fail(outcome.error)
            elif outcome.rows is None:
                damaged.append(outcome.prep)
            else:
                model.add(outcome.prep.text)
                store_rows(outcome.prep, outcome.rows)

    for prep in damaged:
        path = Path(prep.raw.source_path)
        if on_progress:
            on_progress("repair", path)
        try:
            repaired = model.correct(prep.text)
            if not repaired.changes and not repair.is_damaged(prep.text):
                repaired = None  # Tesseract's text with no mark misread: nothing repaired
            rows = finish(prep, repaired)
        except Exception as e:
            fail(_error(path, e, "repair"))
            continue
        summary.repaired += repaired is not None
        store_rows(prep, rows)
    summary.rows[ERRORS] = len(summary.errors)
    return summary
