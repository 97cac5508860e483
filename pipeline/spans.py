"""Extracted rows as spaCy spans over the text they came from.

``nlp()`` is a blank spaCy pipeline whose components are the extractors: ``nlp()(text)`` (normalised
text, as ``documents.text`` holds it) segments the text, then each extractor fills ``doc.spans[table]``
with a span per row, labelled with its table; the group's ``attrs["records"]`` holds the typed rows in
span order. ``from_rows`` builds the same spans from rows already stored, and ``html`` renders them
with displaCy, so a reader sees in the plan itself what was taken from where (``kehoach show DOC
--html FILE``). Every table's spans are also in ``doc.spans["sc"]``, the group displaCy shows.

The tokenizer is spaCy's multi-language one: Vietnamese words are syllables between spaces, which
it keeps, and it splits punctuation off them, so extracted spans fall on token boundaries.
"""
from __future__ import annotations

import warnings
from functools import cache
from typing import Iterable, Mapping

import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import extractors
from pipeline import ingest, records, segment

ALL = "sc"  # the span group displaCy renders: every table's spans
PARSED = "kehoach_parsed"  # where the segment component leaves the document the extractors read
SEGMENT = "kehoach_segment"
COMPONENT = "kehoach_{}"  # an extractor's component: "kehoach_targets"
MAX_TEXT = 50_000_000  # characters; spaCy's default cap (1,000,000) guards models that keep per-token state
FIGURE_GAP, PARAGRAPH_GAP = '<figure style="margin-bottom: 6rem">', '<figure style="margin-bottom: 0.5rem">'
COLORS = {"citations": "#a8c8ff", "targets": "#b5e8b5", "budgets": "#ffd98a", "deadlines": "#ffb3b3",
          "assignments": "#d9c2ff"}


def _segment(doc: Doc) -> Doc:
    """Segment the text (its id: the hash of its UTF-8 bytes, as a file's is of its bytes)."""
    doc_id = ingest.data_hash(doc.text.encode("utf-8"))
    seg = segment.segment(doc_id, doc.text)
    meta = records.Document(doc_id, "", "txt", doc.text, **seg.fields)
    doc.user_data[PARSED] = seg.document(meta)
    return doc


def _component(extractor: extractors.Extractor):
    """A spaCy component running one extractor over the segmented document."""
    def run(doc: Doc) -> Doc:
        _add(doc, extractor.table, list(extractor.extract(doc.user_data[PARSED])))
        return doc
    return run


def _register() -> None:
    """Register the components by name, as spaCy builds pipelines from names."""
    Language.component(SEGMENT, func=_segment)
    for extractor in extractors.REGISTRY:
        Language.component(COMPONENT.format(extractor.table), func=_component(extractor))


_register()


@cache
def nlp() -> Language:
    """The pipeline: segmentation, then one component per extractor, in the registry's order."""
    pipeline = spacy.blank("xx")
    pipeline.max_length = MAX_TEXT
    pipeline.add_pipe(SEGMENT)
    for extractor in extractors.REGISTRY:
        pipeline.add_pipe(COMPONENT.format(extractor.table))
    return pipeline


def from_rows(text: str, rows: Mapping[str, Iterable]) -> Doc:
    """A document of ``text`` with a span group per table of stored rows (records or dicts with
    ``start`` and ``end``)."""
    doc = nlp().make_doc(text)
    for table, table_rows in rows.items():
        _add(doc, table, list(table_rows))
    return doc


def html(text: str, rows: Mapping[str, Iterable], title: str | None = None) -> str:
    """A standalone HTML page of ``text`` with the rows of every table marked, one colour per table, and
    a figure per paragraph (displaCy joins the tokens of one figure into a single line)."""
    rows = {table: list(table_rows) for table, table_rows in rows.items()}
    figures = []
    pos = 0
    for line in text.split("\n"):
        start, end, pos = pos, pos + len(line), pos + len(line) + 1
        if line.strip():
            figures.append(from_rows(line, {table: _clipped(table_rows, start, end)
                                            for table, table_rows in rows.items()}))
    if figures and title:
        figures[0].user_data["title"] = title  # displaCy shows it above the first paragraph
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W117\]")  # a paragraph without rows
        page = displacy.render(figures, style="span", options={"spans_key": ALL, "colors": COLORS}, page=True,
                               jupyter=False)
    return page.replace(FIGURE_GAP, PARAGRAPH_GAP)


def _clipped(rows: list, start: int, end: int) -> list[dict]:
    """The part of each row inside text[start:end], its offsets made relative to ``start``."""
    out = []
    for row in rows:
        a, b = max(_field(row, "start"), start), min(_field(row, "end"), end)
        if a < b:
            out.append({"start": a - start, "end": b - start})
    return out


def _add(doc: Doc, table: str, rows: list) -> None:
    """Spans for the rows of one table, widened to whole tokens, in ``doc.spans[table]`` and "sc"."""
    spans = [doc.char_span(_field(row, "start"), _field(row, "end"), label=table, alignment_mode="expand")
             for row in rows]
    kept = [(span, row) for span, row in zip(spans, rows) if span is not None]
    doc.spans[table] = [span for span, _ in kept]
    doc.spans[table].attrs["records"] = [row for _, row in kept]
    group: list[Span] = list(doc.spans[ALL]) if ALL in doc.spans else []
    doc.spans[ALL] = group + [span for span, _ in kept]


def _field(row, name: str) -> int:
    """An offset of a record or of a stored row."""
    return int(row[name] if isinstance(row, Mapping) else getattr(row, name))
