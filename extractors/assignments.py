"""Assignments: who must do what, one row per agency and task.

The body is read as items (a bullet, a numbered item, a paragraph). An agency heading ("2. Sở Tài chính", "Đề
nghị UBND các huyện, thành phố", "NHCSXH và … thực hiện tuyên truyền:") owns the items below it; an item whose
own sentence names its agencies as subject ("Sở Y tế chủ trì …", "Giao Công an tỉnh …") belongs to them instead,
the whole sentence as task (a condition or time limit before the subject is part of what is assigned: "Trường
hợp …, Chủ tịch UBND xã trả lời …"). Agencies put in charge inside an item ("(do NHCSXH huyện phối hợp …)",
"giao Sở Tài chính chủ trì …") get rows of their own. The closing paragraph ("Trên đây là …", "Đề nghị các cơ
quan … triển khai thực hiện"), the boilerplate about reporting difficulties, the issuer introducing the plan ("…
ban hành Kế hoạch … như sau:") and the bodies a section names as those the plan is for ("Đối tượng thụ hưởng",
"Đối tượng thi đua") are no tasks, but a report the closing paragraph asks for is ("định kỳ … báo cáo kết quả
…"), for the bodies it asks. The execution clause of a decision ("Chánh Văn phòng …, Giám đốc các Sở … chịu
trách nhiệm thi hành Quyết định này") names who is responsible in the form "<agency> có trách nhiệm …": each body
it names gets a row, even where it closes the decision. A line under an
agency heading that names only its role ("Chủ trì, phối hợp với các cơ quan có liên quan tham mưu …:") is no
task: it gives its role to the bullets or lettered items below that have no verb of their own; an item that is a
task and leads in to bullets ("h) Chủ trì triển khai …, bao gồm:") gives them its role too.

Tables are read by column (``extractors.tables``), never as paragraphs: a row of a table with a
task column gives its task to every body named in its lead column ("Cơ quan chủ trì": role
"lead"), its coordinating column ("Cơ quan phối hợp": "coordinate") and its implementing column
("Đơn vị thực hiện": the role of the task's own first words, else "implement"), as
``agencies.listed`` reads the cell. A table of indicators ("PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU": "Chỉ
tiêu | Chủ trì") gives each indicator as the task of its bodies. Group titles and tables with
neither a task nor an indicator column give no rows.
"""
from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from typing import Iterator

from extractors import agencies, agency_groups, passages, patterns, tables
from extractors.agencies import Agency
from pipeline.document import ParsedDocument
from pipeline.lines import FILL_IN
from pipeline.normalize import LABEL
from pipeline.records import Extracted
from pipeline.signature import SIGNING_MODE

# role words, checked in the first words of a task: the first one found decides
ROLES = {"chủ trì": "lead", "tham mưu": "lead", "đầu mối": "lead", "thường trực": "lead",
         "phối hợp": "coordinate"}
IMPLEMENT = "implement"
ROLE_WINDOW = 5  # words of a task in which its own role word must appear
# an adverbial clause that opens a task before its verb: "Căn cứ chức năng, nhiệm vụ được giao, …" (its list may
# go on: "Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, …")
_GROUND_WORDS = r"(?:nhiệm vụ(?: được giao)?|quyền hạn|được giao|thẩm quyền|quy định|tình hình thực tế)"
_GROUNDS = re.compile(
    rf"^(?:(?:Căn cứ|Trên cơ sở|Theo|Trong phạm vi|Tùy theo)\b[^;.]*?{_GROUND_WORDS}[^,;.]*,\s*"
    r"(?:(?:nhiệm vụ|quyền hạn|thẩm quyền)\b[^,;.]*,\s*)*"
    r"|(?:Căn cứ|Trên cơ sở)\b[^,;.]*,\s*)",  # "Căn cứ khả năng cân đối ngân sách địa phương, phối hợp …"
    re.IGNORECASE)
# where the tasks end: the closing paragraph, the recipients block, the signature
_CLOSING = re.compile(rf"(?:Trên đây là|Nơi nhận\b|(?:{SIGNING_MODE})\.\s*\S)", re.IGNORECASE)
# a lead-in that only announces its list: "Ủy ban nhân dân cấp xã thực hiện các công việc sau:", or whom the list's
# tasks advise: "Tham mưu Ủy ban nhân dân tỉnh:"
_BARE_LEAD_IN = re.compile(r"\s*(?:(?:(?:thực hiện|triển khai|làm|có)\s+)?(?:các|những)\s+(?:công việc|nhiệm vụ|việc)"
                           r"(?:\s+chủ yếu)?\s+(?:sau|như sau)\s*:?|(?:tham mưu|giúp)(?:\s+cho)?\s+"
                           r"(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chủ tịch|Ban Chỉ đạo)"
                           r"(?:\s+(?:cấp\s+)?(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận|thị trấn))?\s*:)",
                           re.IGNORECASE)
# a quota, not a task: "Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân", "Ban bầu cử …: 01 cá nhân/01 ban"
_QUOTA = re.compile(r"(?:[^:;.]{1,80}:\s*)?(?:(?:không quá|tối đa|tối thiểu|ít nhất)\s+\d+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
                    r"|\d+\s+(?:cá nhân|tập thể))(?:\s*/\s*\d*\s*[^\W\d_]+)?[\s;.]*", re.IGNORECASE)
# a closing request to everyone: "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."
_CLOSING_REQUEST = re.compile(r"(?:Đề nghị|Yêu cầu)\b")
# a section that says who a plan is for or who takes part ("2. Đối tượng thụ hưởng của Chương trình", "a) Đối
# tượng thi đua"), not who must act ("Đối tượng thực hiện"); a heading listing more than that ("ĐỐI TƯỢNG, NGUYÊN
# TẮC, …") is not one
_PARTICIPANTS = re.compile(rf"\W*(?:{patterns.LIST_LABEL}[.)]\s*)?đối tượng\s+(?:thụ hưởng|hưởng lợi|"
                           r"được hỗ trợ|thi đua|tham gia|áp dụng|khen thưởng)\b[^,]*$", re.IGNORECASE)
# a duty to report in a closing paragraph: "… định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả …"
_REPORT_DUTY = re.compile(r"(?=.*\bbáo cáo\b)(?=.*\b(?:định kỳ|hằng|hàng|trước ngày|chậm nhất)\b)", re.IGNORECASE)
# the execution clause of a decision, often its closing paragraph, which assigns it: "… chịu trách nhiệm thi hành
# Quyết định này" (a plan's "… chịu trách nhiệm thực hiện Kế hoạch này" is in its implementation section)
_EXECUTION = re.compile(r"(?:chịu|có) trách nhiệm (?:thi hành|tổ chức thực hiện|thực hiện)\b[^.]{0,40}?"
                        r"(?:Quyết định|Nghị quyết|Chỉ thị) này", re.IGNORECASE)
# "in the course of implementation, report difficulties to …"
_BOILERPLATE = re.compile(
    r"^(?:Trong quá trình|Quá trình)\s[^.]{0,60}?(?:thực hiện|triển khai)[^.]{0,40}?"
    r"(?:khó khăn|vướng mắc|phát sinh)"
    # the issuer introducing the plan: "… Thủ tướng Chính phủ ban hành Kế hoạch … với các nội dung như sau:"
    r"|^[^.]*?\bban hành\s+Kế hoạch\b[^.]*?(?:như sau|sau đây)\s*:\s*$", re.IGNORECASE)
# a labelled field of a task: "Cơ quan chủ trì: Sở Tư pháp", "Đơn vị phối hợp: …", "Nội dung: …"
_FIELD = re.compile(r"(?:(?:Cơ quan|Đơn vị)\s+)?(?P<role>chủ trì|thực hiện|phối hợp)[\w\s,]{0,30}?:\s*",
                    re.IGNORECASE)
_CONTENT_FIELD = re.compile(r"(?P<kind>Nội dung|Nhiệm vụ)(?: thực hiện| công việc)?\s*:\s*", re.IGNORECASE)
# fields of a task that are not tasks themselves: "Thời gian thực hiện: năm 2025"
_OTHER_FIELD = re.compile(
    r"(?:Thời gian|Thời hạn|Tiến độ|Kinh phí|Nguồn kinh phí|Sản phẩm|Kết quả|Đối tượng|Số lượng|Địa điểm"
    r"|Hình thức|Phạm vi)[\w\s]{0,20}:", re.IGNORECASE)
# a title line opening an attached document ("KẾ HOẠCH" after the signature of its Quyết định)
_ATTACHED = re.compile(r"(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN)\s*$")
FIELD_ROLES = {"chủ trì": "lead", "phối hợp": "coordinate", "thực hiện": "implement"}
# table columns naming bodies, and the role they give (implementing bodies take the task's own)
COLUMN_ROLES = {"lead": "lead", "coordinate": "coordinate", "implement": None}
# an agency inside an item put in charge of part of it: "(do X phối hợp", "giao X chủ trì"; not "các dự án do X
# chủ trì", a clause saying which projects
_EMBED_BEFORE = re.compile(r"(?:\(\s*(?:do\s+)?|\b[Gg]iao|\bđề nghị|\bphải được|\bcần được)\s*$")
_EMBED_AFTER = re.compile(
    r"[)\s]*(?:,\s*)?(?=(?:là (?:cơ quan |đơn vị )?|làm )?"
    r"(?:chủ trì|phối hợp|tham mưu|đầu mối|thường trực|có trách nhiệm|chịu trách nhiệm))")
# a lead-in naming only the roles, its bullets the partners: "b) Chủ trì, phối hợp" / "- Sở Tài chính … tham mưu …"
_PARTNERS_LEAD_IN = re.compile(r"Chủ trì,?\s*phối hợp(?:\s+với)?", re.IGNORECASE)
# a sub-heading giving the role of the bullets below: "a) Chủ trì, phối hợp với …", "b) Phối hợp với …"
_ROLE_HEADING = re.compile(r"(?:Chủ trì,?\s*)?phối hợp\s+với\b", re.IGNORECASE)
_LETTER_LABEL = re.compile(r"[a-zđ]\)")  # "a)", "b)": the items of a list
_PASSIVE_BEFORE = re.compile(r"\b(?:phải|cần) được\s*$")
_CLAUSE_END = re.compile(r"[);.]|$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Assignment(Extracted):
    """A task given to an agency; the span is the task text."""

    agency: str
    agency_full: str
    agency_group: str  # one name for a body plans write in several ways (agency_groups.py)
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
    bullets_only: bool = False  # owns only the bullets right below it
    partners: str | None = None  # "Chủ trì, phối hợp": the bullets below name partners, not new subjects
    letters: bool = False  # owns the lettered items ("a)", "b)") below it as well as the bullets


@dataclass(frozen=True)
class _Item:
    """A paragraph of the body: ``body`` is where its text starts after the label."""

    start: int
    end: int
    body: int
    labelled: bool
    closing: bool  # the last unlabelled paragraph before the recipients or signature


def extract(doc: ParsedDocument) -> Iterator[Assignment]:
    """Assignments of a document, in text order."""
    seen: set[tuple[str, int, int]] = set()
    layout = tables.read(doc)
    found = [*_assignments(doc, layout), *_table_assignments(doc, layout)]
    for agency, task_role, start, end, task in sorted(found, key=lambda f: f[2]):
        key = (agency.name.casefold(), start, end, task)
        task = task or doc.text[start:end]
        bare_lead_in = _BARE_LEAD_IN.fullmatch(task, len(agency.name) if task.startswith(agency.name) else 0)
        if key in seen or FILL_IN.search(agency.name) or FILL_IN.search(task) or _QUOTA.fullmatch(task) or bare_lead_in:
            continue  # a blank form's "Ủy ban nhân dân ban hành Quyết định ……", a quota, a bare lead-in: no task
        seen.add(key)
        yield Assignment(**doc.provenance(start, end), agency=agency.name, agency_full=agency.full,
                         agency_group=agency_groups.group(agency.full), role=task_role,
                         task=task)


def _items(doc: ParsedDocument, layout: tables.Tables) -> list[_Item]:
    """The body's paragraphs outside tables, a line that runs on after an unfinished one joined to it."""
    text, sections = doc.text, {s.start for s in doc.sections}
    items: list[_Item] = []
    closed = False
    for start, end in doc.lines:
        if start < doc.body_start or layout.covers(start):
            continue
        closed = closed and start not in sections and not _ATTACHED.match(text, start, end)
        if closed or _CLOSING.match(text, start, end):
            if items and not closed:
                items[-1] = _Item(*astuple(items[-1])[:4], closing=not items[-1].labelled)
            # "Trên đây là …; đề nghị … định kỳ báo cáo …"
            if not closed and agencies.SUMMING_UP.match(text, start, end):
                items.append(_Item(start, end, start, False, True))
            closed = True
            continue
        body = _after_label(text, start, end)
        labelled = body > start
        prev = items[-1] if items else None
        if (prev and not labelled and prev.start not in sections and text[prev.end - 1] not in ".;:!?"
                and (prev.labelled or text[start].islower())):
            items[-1] = _Item(prev.start, end, prev.body, prev.labelled, False)
        else:
            items.append(_Item(start, end, body, labelled, False))
    if items and not closed:
        items[-1] = _Item(*astuple(items[-1])[:4], closing=not items[-1].labelled)
    return items


def _assignments(doc: ParsedDocument, layout: tables.Tables) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    text = doc.text
    sections = {s.start: s for s in doc.sections}
    owners: list[_Owner] = []
    context: list[str] = []  # the tasks that field lines ("Cơ quan chủ trì: …") refer to
    listing = False  # after "Nhiệm vụ:", each item below is one more task of the list
    bullet_run = False  # the item read last was a bullet whose task the context holds
    items = _items(doc, layout)
    for k, item in enumerate(items):
        if any(_PARTICIPANTS.match(section.heading) for section in doc.section_chain(item.start)):
            continue  # "b) Các tổ chức, cá nhân có liên quan …" under "Đối tượng thụ hưởng": beneficiaries
        after_bullet, bullet_run = bullet_run, False
        while owners and (owners[-1].end <= item.start or owners[-1].bullets_only and not (
                text[item.start] in patterns.BULLETS or owners[-1].letters and _LETTER_LABEL.match(text, item.start))):
            owners.pop()
        section = sections.get(item.start)
        owner = owners[-1] if owners else None
        closing = owner is None or _CLOSING_REQUEST.match(text, item.body) or agencies.SUMMING_UP.match(text, item.body)
        if item.closing and closing and not _EXECUTION.search(text, item.body, item.end):
            yield from _closing_reports(text, item.body, item.end)
            continue
        if owner and owner.partners and section is None:  # "- Sở Tài chính … tham mưu …" under "Chủ trì, phối hợp"
            task_end = _trim(text, item.body, item.end)
            for agency in owner.agencies:
                yield agency, "lead", item.body, task_end, f"{owner.partners} {text[item.body:task_end]}"
            continue
        roles_end = _trim(text, item.body, item.end, " \f:")
        if owner and _PARTNERS_LEAD_IN.fullmatch(text, item.body, roles_end):  # "b) Chủ trì, phối hợp"
            owners.append(_Owner(owner.agencies, "lead", owner.end, bullets_only=True,
                                 partners=text[item.body:roles_end]))
            continue
        bullets_follow = k + 1 < len(items) and text[items[k + 1].start] in patterns.BULLETS
        # or lettered items under an unlabelled line ("Chủ trì, phối hợp … tham mưu cho Ủy ban nhân dân các tỉnh:")
        letters_follow = (not item.labelled and k + 1 < len(items)
                          and bool(_LETTER_LABEL.match(text, items[k + 1].start)))
        if owner and (bullets_follow or letters_follow) and _ROLE_HEADING.match(text, item.body, roles_end) \
                and text[roles_end - 1] not in ".;":  # "a) Chủ trì, phối hợp với các sở, …" over its tasks
            owners.append(_Owner(owner.agencies, role(text[item.body:roles_end]), owner.end, bullets_only=True,
                                 letters=letters_follow))
            continue
        found = agencies.heading(text, item.body, item.end, strict=section is None and owner is not None)
        if found and (section is not None or found.body is not None or not item.labelled and not found.lead_in):
            owner = _Owner(found.agencies, role(found.lead_in), _scope_end(doc, item.start, section))
            owners.append(owner)
            if found.body is None:
                context, listing = [], False
                continue
            yield from _item(text, found.body, item.end, owner)
            continue
        field = _FIELD.match(text, item.body, item.end)
        content = _CONTENT_FIELD.match(text, item.body, item.end)
        if field:
            yield from _field(text, field, item.end, context)
            listing = False
        elif content and content.group("kind").casefold() == "nội dung" and context and not listing:
            context[-1] += ": " + _task_text(text, content.end(), item.end)  # details the task titled above
        elif content:
            task = _task_text(text, content.end(), item.end)
            context = [task] if task else []
            listing = True
        elif not _OTHER_FIELD.match(text, item.body, item.end) or section is not None:
            lead_in = text[_trim(text, item.body, item.end, " \f") - 1] == ":"
            clause = _subject(text, item.body, item.end) if lead_in and section is None else None
            if clause:  # "Căn cứ …, các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:" owns the items below
                chain = doc.section_chain(item.start)  # its items may be siblings of the item it closes
                end = chain[-2].end if len(chain) > 1 else _scope_end(doc, item.start, None)
                owners.append(_Owner(clause.agencies + agencies.directed(text, clause.predicate, item.end),
                                     role(text[clause.predicate:item.end]), end, bullets_only=True, letters=True))
                context, listing = [], False
                continue
            if section is None and lead_in:
                context, listing = [], True  # "Các nội dung hỗ trợ bao gồm:" opens a list of tasks
            else:
                task = _task_text(text, item.body, item.end)
                bullet = section is None and text[item.start] in patterns.BULLETS
                # a run of bullets is one list of tasks for the fields below it ("- …", "- …", "Đơn vị thực hiện: …")
                context = [*context, task] if section is None and (listing or bullet and after_bullet) else [task]
                listing = listing and section is None
                bullet_run = bullet
            yield from _item(text, item.body, item.end, owner)
            clause = _subject(text, item.body, item.end) if section is not None else None
            if clause:  # "1. Các cơ quan … xây dựng kế hoạch …." owns the bullets right below it
                owners.append(_Owner(clause.agencies, None, section.end, bullets_only=True))
            elif owner and lead_in and bullets_follow and (item_role := role(text[item.body:item.end])):
                # "h) Chủ trì triển khai … các dự án, bao gồm:": its bullets are tasks of the same role
                owners.append(_Owner(owner.agencies, item_role, owner.end, bullets_only=True))


def _closing_reports(text: str, start: int, end: int) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    """The reporting duties of a closing paragraph, for the bodies it asks to carry out the plan ("Ủy ban
    nhân dân Thành phố yêu cầu các Sở, … nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11
    hàng năm báo cáo kết quả …"); the request to carry out the plan itself is no task."""
    asked: list[Agency] = []
    for s, e in agencies.statements(text, start, end):
        for c_start, c_end in _clauses(text, s, e):
            clause = agencies.subject(text, c_start, c_end)
            if clause:
                asked = clause.agencies
            elif asked and _REPORT_DUTY.match(text[c_start:c_end]):
                task_start = _after_label(text, c_start, c_end)
                for agency in asked:
                    yield agency, IMPLEMENT, task_start, _trim(text, task_start, c_end), None


def _table_assignments(doc: ParsedDocument, layout: tables.Tables
                       ) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    """Rows of task and indicator tables: every body of a row's lead, coordinating and implementing cells,
    with its task (or indicator)."""
    text = doc.text
    for row in layout.rows:
        task = row.cell("task") or row.cell("indicator")
        if row.is_group or task is None:
            continue
        task_end = _trim(text, task.start, task.end)
        for cell in row.cells:
            if cell.role not in COLUMN_ROLES or cell.end == cell.start:
                continue
            task_role = COLUMN_ROLES[cell.role] or role(text[task.start:task_end]) or IMPLEMENT
            for agency in agencies.listed(text, cell.start, cell.end):
                yield agency, task_role, task.start, task_end, None


def _field(text: str, field: re.Match, end: int, tasks: list[str]
           ) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    """Rows of a field line: its agencies with each context task (and what a clause with its own predicate says
    of it: "Sở Nội vụ chủ trì, phối hợp với …"), else a clause with its own predicate as the task."""
    field_role = FIELD_ROLES[field.group("role").casefold()]
    for start, end in _clauses(text, field.end(), end):
        clause = agencies.subject(text, start, end)
        if clause:  # "Sở Nội vụ chủ trì, phối hợp với …": each task above, with what the clause says of it
            task_role = role(text[clause.predicate:end]) or field_role
            clause_end = _trim(text, clause.predicate, end)
            said = text[clause.predicate:clause_end]
            for agency in clause.agencies:
                for task in tasks or [None]:
                    yield agency, task_role, clause.predicate, clause_end, f"{task} – {said}" if task else None
            continue
        for agency in agencies.find(text, start, end):
            if not agencies.in_brackets(text, agency.start):  # "(Sở Nội vụ)": whose unit it is
                for task in tasks:
                    yield agency, field_role, start, _trim(text, start, end), task


def _task_text(text: str, start: int, end: int) -> str:
    return text[start:_trim(text, start, end)]


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the ';'-separated clauses of text[start:end]."""
    pos = start
    for m in re.finditer(";", text[start:end]):
        yield pos, start + m.start()
        pos = start + m.end()
    yield pos, end


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


def _subject(text: str, start: int, end: int) -> agencies.Clause | None:
    """The agencies that open the first sentence of text[start:end] as its subject."""
    first = next(agencies.statements(text, start, end), None)
    return agencies.subject(text, *first) if first else None


def _item(text: str, start: int, end: int, owner: _Owner | None) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    """Rows of one item text[start:end]: its subject's or its owner's, then embedded ones."""
    spans = [s for s in agencies.statements(text, start, end)
             if not _BOILERPLATE.match(text[s[0]:s[1]])]
    if not spans:
        return
    end = spans[-1][1]  # a task ends before the boilerplate closing its item ("Trong quá trình thực hiện, nếu …")
    first_start, first_end = spans[0]
    clause, first_end = _listed_subject(text, first_start, first_end, end)
    used: set[int] = set()
    if clause:
        task_start = first_start
        task_role = role(text[clause.predicate:first_end]) or IMPLEMENT
        for agency in clause.agencies:
            used.add(agency.start)
            yield agency, task_role, task_start, _trim(text, task_start, end), None
    elif owner and first_start == start:
        task_role = role(text[start:first_end]) or owner.role or IMPLEMENT
        # an owner that is the subject of the clause after the item's opening one ("Trên cơ sở tổng hợp nhu cầu
        # …; Sở Tài chính tham mưu …") gets that clause's row, not the whole item too
        after = spans[1] if len(spans) > 1 and text[first_end - 1:first_end] == ";" else None
        clause_after = agencies.subject(text, *after) if after else None
        named_later = {a.name.casefold() for a in clause_after.agencies} if clause_after else set()
        for agency in owner.agencies:
            if agency.name.casefold() not in named_later:
                yield agency, task_role, start, _trim(text, start, end), None
    read_to = first_end
    for s, e in spans[1:]:
        if s < read_to:
            continue  # a statement of a list of bodies read with the one before
        clause, e = _listed_subject(text, s, e, end)
        read_to = e
        if clause:
            task_role = role(text[clause.predicate:e]) or IMPLEMENT
            for agency in clause.agencies:
                used.add(agency.start)
                yield agency, task_role, s, _trim(text, s, e), None
    yield from _embedded(text, start, end, used)


def _listed_subject(text: str, start: int, end: int, item_end: int) -> tuple[agencies.Clause | None, int]:
    """The subject of the statement text[start:end] and where the statement ends: when it ends at a semicolon
    without one, the bodies the semicolons list up to their predicate, before the item's end, are the subject of
    the rest ("Quyết định này có hiệu lực … . Chánh Văn phòng …; Giám đốc các Sở …; … chịu trách nhiệm thi hành
    …")."""
    clause = agencies.subject(text, start, end)
    if clause is None and text[end - 1:end] == ";":
        listed = agencies.subject(text, start, item_end)
        if listed:
            return listed, item_end
    return clause, end


def _embedded(text: str, start: int, end: int, used: set[int]) -> Iterator[tuple[Agency, str, int, int, str | None]]:
    """Agencies put in charge inside an item: "(do X phối hợp …)", "phải được X xác nhận"."""
    for agency in agencies.find(text, start, end):
        if agency.start in used:
            continue
        before = text[max(start, agency.start - 20):agency.start]
        if _PASSIVE_BEFORE.search(before):
            task_start, task_end = next((s, e) for s, e in agencies.statements(text, start, end)
                                        if s <= agency.start < e)
        else:
            after = _EMBED_AFTER.match(text, agency.end, end)
            if not (after and _EMBED_BEFORE.search(before)):
                continue
            task_start, task_end = after.end(), _embedded_end(text, after.end(), end)
        task_end = _trim(text, task_start, task_end)
        if task_end > task_start:
            yield agency, role(text[task_start:task_end]) or IMPLEMENT, task_start, task_end, None


def _embedded_end(text: str, start: int, end: int) -> int:
    """Where an embedded task ends: at ";", "." or the bracket its agency opened in ("(do X phối hợp …)"), not
    at a bracket closing inside it ("… Luật Phòng, chống ma túy (sửa đổi) được Quốc hội thông qua")."""
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.group() != ")" or passages.open_brackets(text, start, m.start()) <= 0:
            return m.start()
    return end


def _trim(text: str, start: int, end: int, chars: str = " \f./;,") -> int:
    """``end`` moved back over trailing spaces and closing punctuation (a quote only when it opened before)."""
    while end > start and (text[end - 1] in chars or text[end - 1] == "”" and
                           text.count("“", start, end) < text.count("”", start, end)):
        end -= 1
    return end
