"""Assignments: who must do what, one row per agency and task.

The body is read as items (a bullet, a numbered item, a paragraph). An agency
heading ("2. Sở Tài chính", "Đề nghị UBND các huyện, thành phố", "NHCSXH và … thực
hiện tuyên truyền:") owns the items below it; an item whose own sentence names
its agencies as subject ("Sở Y tế chủ trì …", "Giao Công an tỉnh …") belongs to
them instead. Agencies put in charge inside an item ("(do NHCSXH huyện phối hợp
…)", "giao Sở Tài chính chủ trì …") get rows of their own. The closing paragraph
("Trên đây là …") and the boilerplate about reporting difficulties are no tasks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from extractors import agencies
from extractors.agencies import Agency
from pipeline.document import ParsedDocument
from pipeline.normalize import LABEL
from pipeline.records import Extracted

# role words, checked in the first words of a task: the first one found decides
ROLES = {"chủ trì": "lead", "tham mưu": "lead", "đầu mối": "lead", "thường trực": "lead",
         "phối hợp": "coordinate"}
IMPLEMENT = "implement"
ROLE_WINDOW = 5  # words of a task in which its own role word must appear
# an adverbial clause that opens a task before its verb: "Căn cứ chức năng, nhiệm vụ được giao, …"
_GROUNDS = re.compile(
    r"^(?:Căn cứ|Trên cơ sở|Theo|Trong phạm vi|Tùy theo)\b[^;.]*?"
    r"(?:nhiệm vụ(?: được giao)?|quyền hạn|được giao|thẩm quyền|quy định|tình hình thực tế)[^,;.]*,\s*",
    re.IGNORECASE)
# where the tasks end: the closing paragraph and the recipients block
_CLOSING = re.compile(r"^(?:Trên đây là|Nơi nhận\b)", re.IGNORECASE)
# "in the course of implementation, report difficulties to …"
_BOILERPLATE = re.compile(
    r"^(?:Trong quá trình|Quá trình)\s[^.]{0,60}?(?:thực hiện|triển khai)[^.]{0,40}?"
    r"(?:khó khăn|vướng mắc|phát sinh)", re.IGNORECASE)
# an agency inside an item put in charge of part of it: "(do X phối hợp", "giao X chủ trì"
_EMBED_BEFORE = re.compile(r"(?:\(|\bdo|\b[Gg]iao|\bđề nghị|\bphải được|\bcần được)\s*$")
_EMBED_AFTER = re.compile(
    r"[)\s]*(?:,\s*)?(?:là (?:cơ quan |đơn vị )?|làm )?"
    r"(?=chủ trì|phối hợp|tham mưu|đầu mối|thường trực|có trách nhiệm|chịu trách nhiệm)")
_PASSIVE_BEFORE = re.compile(r"\b(?:phải|cần) được\s*$")
_CLAUSE_END = re.compile(r"[);.]|$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Assignment(Extracted):
    """A task given to an agency; the span is the task text."""

    agency: str
    agency_full: str
    role: str
    task: str


def role(text: str) -> str | None:
    """The role a task's own first words give its agency, or None when they name none."""
    text = _GROUNDS.sub("", text.lstrip(" -–+•*"))
    words = [w.casefold() for w in _WORD.findall(text)[:ROLE_WINDOW + 1]]
    for i in range(len(words)):
        for phrase, r in ROLES.items():
            if " ".join(words[i:i + 2]) == phrase and i < ROLE_WINDOW:
                return r
    return None


@dataclass(frozen=True)
class _Owner:
    """An agency heading and the end of the text it owns."""

    agencies: list[Agency]
    role: str | None
    end: int


def extract(doc: ParsedDocument) -> Iterator[Assignment]:
    """Assignments of a document, in text order."""
    seen: set[tuple[str, int, int]] = set()
    for agency, task_role, start, end in _assignments(doc):
        key = (agency.name.casefold(), start, end)
        if key in seen:
            continue
        seen.add(key)
        yield Assignment(**doc.provenance(start, end), agency=agency.name, agency_full=agency.full,
                         role=task_role, task=doc.text[start:end])


def _assignments(doc: ParsedDocument) -> Iterator[tuple[Agency, str, int, int]]:
    text = doc.text
    section_starts = {s.start: s for s in doc.sections}
    owners: list[_Owner] = []
    closed = False
    for start, end in doc.lines:
        if start < doc.body_start:
            continue
        if start in section_starts:
            closed = False
        line = text[start:end]
        if _CLOSING.match(line):
            closed = True
        if closed:
            continue
        while owners and owners[-1].end <= start:
            owners.pop()
        body = _after_label(text, start, end)
        section = section_starts.get(start)
        found = agencies.heading(text, body, end, strict=section is None and bool(owners))
        if found and (section is not None or found.body is not None or _is_heading_line(found, line)):
            owners.append(_Owner(found.agencies, role(found.lead_in), _scope_end(doc, start, section)))
            if found.body is None:
                continue
            body = found.body
        yield from _item(text, body, end, owners[-1] if owners else None)


def _is_heading_line(found: agencies.Heading, line: str) -> bool:
    """An unnumbered line is a heading when it is only names, or names and a lead-in ending in ':'."""
    return not found.lead_in or line.rstrip().endswith(":")


def _scope_end(doc: ParsedDocument, start: int, section) -> int:
    """Where the text a heading owns ends: its section's end, or its enclosing section's."""
    if section is not None:
        return section.end
    enclosing = doc.section_at(start)
    return enclosing.end if enclosing else len(doc.text)


def _after_label(text: str, start: int, end: int) -> int:
    """Offset of a line's text after its label ("1.", "a)", "-")."""
    m = LABEL.match(text[start:end])
    pos = start + (m.end() if m else 0)
    while pos < end and text[pos] in " .):\t":
        pos += 1
    return pos


def _item(text: str, start: int, end: int, owner: _Owner | None) -> Iterator[tuple[Agency, str, int, int]]:
    """Rows of one item text[start:end]: its subject's or its owner's, then embedded ones."""
    spans = [s for s in agencies.sentences(text, start, end) if not _BOILERPLATE.match(text[s[0]:s[1]])]
    if not spans:
        return
    first_start, first_end = spans[0]
    clause = agencies.subject(text, first_start, first_end)
    used: set[int] = set()
    if clause:
        task_start = clause.predicate
        task_role = role(text[task_start:first_end]) or IMPLEMENT
        for agency in clause.agencies:
            used.add(agency.start)
            yield agency, task_role, task_start, _trim(text, task_start, end)
    elif owner and first_start == start:
        task_role = role(text[start:first_end]) or owner.role or IMPLEMENT
        for agency in owner.agencies:
            yield agency, task_role, start, _trim(text, start, end)
    for s, e in spans[1:]:
        clause = agencies.subject(text, s, e)
        if clause:
            task_role = role(text[clause.predicate:e]) or IMPLEMENT
            for agency in clause.agencies:
                used.add(agency.start)
                yield agency, task_role, clause.predicate, _trim(text, clause.predicate, e)
    yield from _embedded(text, start, end, used)


def _embedded(text: str, start: int, end: int, used: set[int]) -> Iterator[tuple[Agency, str, int, int]]:
    """Agencies put in charge inside an item: "(do X phối hợp …)", "phải được X xác nhận"."""
    for agency in agencies.find(text, start, end):
        if agency.start in used:
            continue
        before = text[max(start, agency.start - 20):agency.start]
        if _PASSIVE_BEFORE.search(before):
            task_start, task_end = next((s, e) for s, e in agencies.sentences(text, start, end)
                                        if s <= agency.start < e)
        else:
            after = _EMBED_AFTER.match(text, agency.end, end)
            if not (after and _EMBED_BEFORE.search(before)):
                continue
            task_start, task_end = after.end(), _CLAUSE_END.search(text, after.end(), end).start()
        task_end = _trim(text, task_start, task_end)
        if task_end > task_start:
            yield agency, role(text[task_start:task_end]) or IMPLEMENT, task_start, task_end


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and closing punctuation."""
    while end > start and text[end - 1] in " \f./;,":
        end -= 1
    return end
