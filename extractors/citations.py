"""Citations: references to other documents ("Quyết định số 90/QĐ-TTg ngày 18/01/2022 của
Thủ tướng Chính phủ", "Chỉ thị số 40-CT/TW", "văn bản 451/NHCS-HTQT&TT").

A citation is a document number with its symbol; the type word before it ("Quyết định",
"Kết luận\\nsố …"), the date and the "của …" phrase after it are read when present. A list
sharing one type word ("các Quyết định số 1/QĐ-UBND, 2/QĐ-UBND") gives one row per number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterator, Optional

from extractors import dates, patterns
from pipeline.document import ParsedDocument
from pipeline.records import Extracted, Int16
from pipeline.doc_types import CODE_TO_TYPE, DOC_TYPES

# type words that open a citation, beyond the document types of the header
CITED_TYPES = {"Văn bản": None, "Thông tri": "TT", "Thông báo kết luận": "TB", "Quy chế phối hợp": "QCPH",
               "Chương trình hành động": "CTr", "Kế hoạch hành động": "KH", "Bộ luật": "Luật",
               "Nghị quyết liên tịch": "NQLT"}
TYPE_WORDS = {**DOC_TYPES, **CITED_TYPES}
# type codes of symbols → document type, beyond the header's table; "43/2022/QH15" is a Nghị quyết
# of the National Assembly unless a "Luật" names it
CODE_TYPES = {**CODE_TO_TYPE, "QCPH": "Quy chế", "QH": "Nghị quyết", "UBTVQH": "Nghị quyết",
              "NQLT": "Nghị quyết liên tịch", "QYĐ": "Quy định"}
# type words that leave the type to the symbol: "văn bản số 12/QĐ-UBND" is a Quyết định
GENERIC_TYPES = ("Văn bản",)
# words that end the issuer of "… của <issuer> về …"
# verbs that open the cited document's title, capitalised or not ("… của Chính phủ Quy định xử lý …")
TITLE_VERBS = ("về", "phê duyệt", "ban hành", "hướng dẫn", "quy định", "sửa đổi", "bổ sung")
ISSUER_STOPS = ("về", "phê duyệt", "ban hành", "hướng dẫn", "quy định", "đã", "triển khai", "thực hiện",
                "tại", "theo", "sửa đổi", "bổ sung", "để", "nhằm", "giữa", "đối với", "trong", "với",
                "là", "được", "gửi", "tiếp tục", "thông qua", "kèm theo", "khoảng",
                # verbs that open a title: "… của Quốc hội thí điểm …", "… của Thủ tướng Chính phủ đẩy mạnh …"
                "thí điểm", "đẩy mạnh", "tăng cường", "thông báo", "chấn chỉnh", "kiện toàn", "thành lập")
MAX_ISSUER_WORDS = 20
MAX_TYPE_MODIFIER_WORDS = 10

# parts of a symbol written in mixed case, in capitals in an all-caps title ("QUYẾT ĐỊNH SỐ 1899/QĐ-TTG")
MIXED_CASE_PARTS = {"TTG": "TTg"}
# words a scraped page glues to a symbol: "QĐ-TTgcủa"
GLUED_WORDS = ("của", "ngày", "về", "và")

_WS = r"[ \t\n]"


_TYPES = patterns.alternatives(TYPE_WORDS, _WS + "+")
# a part of a symbol: "QĐ", "TTg", "HTQT&TT", "UBTVQH15", "BLĐTBXH"; the National Assembly's with its term
# apart, as OCR and some pages write it ("64/2025/QH 15")
_PART = (rf"(?:(?:UBTVQH|QH)[ ]\d{{1,2}}(?![\w&])|[A-ZĐ][A-Za-zĐđ0-9&]*?"
         rf"(?:(?![\w&])|(?=(?:{'|'.join(GLUED_WORDS)})(?!\w))))")
# a hyphen between parts, with a speck OCR read after it ("4123/BC-.BNNMT"); a symbol a line break splits after its
# hyphen goes on with a part in capitals ("Thông tư số 18/2025/TT-" / "BCT"), not with a word opening the next line
_JOIN = r"(?:-[ ]?\n[ ]?(?=[A-ZĐ][A-ZĐ0-9&])|[ ]?-(?:[.,'‘’`](?=[A-ZĐ]))?[ ]?)"
_NUMBER_SYMBOL = re.compile(
    rf"(?<![\w/.\-])(?P<number>\d{{1,5}}(?:\.\d{{1,2}}|[a-z](?=[ ]?/))?)"  # "06a/QĐ-UBND": a number with a letter
    rf"(?:[ ]?/[ ]?(?:(?P<year>(?:19|20)\d{{2}})[ ]?/[ ]?)?(?P<symbol>{_PART}(?:{_JOIN}{_PART})*)"
    rf"|{_JOIN}(?P<party>{_PART}[ ]?/[ ]?{_PART}(?:{_JOIN}{_PART})*))")
# what stands between the type word and the number: "Nghị quyết số", "Luật Đất đai số", "Kế hoạch"
# (a capitalised type word starts a new citation; "pháp luật", "văn bản" inside a name do not)
_CAPITALISED_TYPES = patterns.alternatives([*TYPE_WORDS, *map(str.upper, TYPE_WORDS)], _WS + "+")
_MODIFIER = rf"(?:{_WS}+(?!(?-i:{_CAPITALISED_TYPES})(?!\w))(?!số(?!\w))[^\s,;:()\[\]“”\"]+)"
_PREFIX = re.compile(
    rf"(?:(?<!\w)(?P<type>{_TYPES})(?P<modifier>{_MODIFIER}{{0,{MAX_TYPE_MODIFIER_WORDS}}}){_WS}+)?số{_WS}*\Z"
    rf"|(?<!\w)(?P<bare>{_TYPES}){_WS}*\Z", re.IGNORECASE)
_LIST_GAP = re.compile(rf"[\s,;]*(?:(?:và|hoặc){_WS}+)?(?:số{_WS}*)?", re.IGNORECASE)
_AFTER_SYMBOL = re.compile(r"[ ,]*(?:ban hành[ ]+)?(?=ngày)", re.IGNORECASE)
_OF = re.compile(r"[ ,]*của[ ]+", re.IGNORECASE)
# stop words in lower case, or in capitals in an all-caps title ("CỦA CHÍNH PHỦ BAN HÀNH"), and title verbs
# capitalised
_ISSUER_END = re.compile(
    r"[,;.:()\[\]“”\"\n|]|(?<!\w)(?:"
    + "|".join(re.escape(f(w)) for w in ISSUER_STOPS for f in (str, str.upper))
    + "|" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in TITLE_VERBS) + r")(?!\w)")
# a local government body ends with its level when only lower-case words follow, which name no place or term: "… của
# UBND tỉnh truyền thông về …" (a title whose "về" OCR lost) → "UBND tỉnh"; not "… Hội đồng nhân dân tỉnh khóa X",
# "… tỉnh nhiệm kỳ 2021 - 2026", "… UBND huyện đảo Lý Sơn", "… UBND thành phố thuộc tỉnh"
LEVEL_BODY_GOES_ON = ("khóa", "khoá", "nhiệm kỳ", "đảo", "thuộc", "trực thuộc")
_LEVEL_BODY = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:(?i:cấp)\s+)?"
                         r"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\s+"
                         rf"(?!(?:{'|'.join(LEVEL_BODY_GOES_ON)})\b)(?P<next>\w)")
_SYMBOL_PART = re.compile(r"[^-/&]+")
_AND = re.compile(r"(?<!\w)(?:và|VÀ)\s+(?P<next>\w+)")  # "VÀ" in an all-caps title
_TYPE_WORD_AT = re.compile(rf"(?:{_CAPITALISED_TYPES})(?!\w)")
_PARTY_TERM = re.compile(r"[ ]?\([ ]?khóa[^)\n]{1,20}\)", re.IGNORECASE)
# "… của <issuer> tại Tờ trình số …": the issuer named before the type word
# (not "của Quy định kèm theo Nghị quyết số …": the document the cited one carries, no issuer)
# or heading a list: "Căn cứ các Nghị định của Chính phủ: số 45/2025/NĐ-CP …; số 150/2025/NĐ-CP …"
_HEADING_A_LIST = r"\s*:\s*(?:số\s+)?\Z"
_ISSUER_BEFORE = re.compile(r"của\s+(?P<issuer>(?:(?!của(?!\w))[^,;.:()\[\]]){3,120}?)(?<!\skèm)"
                            rf"(?:\s+(?:tại|theo)\s+\Z|{_HEADING_A_LIST})", re.IGNORECASE)
_LISTED_UNDER = re.compile(rf"của\s+[^,;.:()]{{3,120}}?{_HEADING_A_LIST}", re.IGNORECASE)  # a list's heading issuer
_OWN_NUMBER = re.compile(r"\s*Số\s*[:.]\s*", re.IGNORECASE)
_CANONICAL_TYPES = {t.casefold(): t for t in TYPE_WORDS}
_CANONICAL_CODES = {c.upper(): t for c, t in CODE_TYPES.items()}


@dataclass(frozen=True)
class Citation(Extracted):
    """One mention of another document."""

    doc_type: Optional[str] = None
    number: Optional[str] = None
    year: Optional[Int16] = None
    symbol: Optional[str] = None
    reference: Optional[str] = None
    issue_date: Optional[date] = None
    issuer: Optional[str] = None
    is_basis: bool = False


def extract(doc: ParsedDocument) -> Iterator[Citation]:
    """Every citation of the document, in order; its own number is not a citation, unless the date it is cited with
    is of another year ("Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024" in a plan 12/KH-UBND of 2025: last year's
    plan; an appendix's "Kèm theo Kế hoạch số 12/KH-UBND ngày 04/12/2025" a day off is the plan itself). An
    issuer an all-caps title prints in capitals ("THỦ TƯỚNG CHÍNH PHỦ") takes the case the document writes it in
    elsewhere."""
    own, issued = _key(doc.meta.reference), doc.meta.issue_date
    found = find(doc.text)
    written = {c.issuer.casefold(): c.issuer for c in found if c.issuer and not c.issuer.isupper()}
    for c in found:
        another = c.issue_date is not None and issued is not None and c.issue_date.year != issued.year
        if (_key(c.reference) == own and not another) or _on_own_number_line(doc.text, c.start):
            continue
        issuer = written.get(c.issuer.casefold(), c.issuer) if c.issuer and c.issuer.isupper() else c.issuer
        yield Citation(**doc.provenance(c.start, c.end), doc_type=c.doc_type, number=c.number, year=c.year,
                       symbol=c.symbol, reference=c.reference, issue_date=c.issue_date, issuer=issuer,
                       is_basis=c.start < doc.body_start)


@dataclass(frozen=True)
class Found:
    """A citation found in a text, before it is tied to a document."""

    start: int
    end: int
    doc_type: str
    number: str
    year: Optional[int]
    symbol: str
    reference: str
    issue_date: Optional[date]
    issuer: Optional[str]


def find(text: str) -> list[Found]:
    """Citations of a plain text, in order. A list that names its issuer once, after its last item, names it
    for every item of the same issuing body ("Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU … của
    Ban Thường vụ Tỉnh ủy"): the issuer goes back along the list while the symbols end in the same body; a list
    under a heading that names it ("các Nghị định của Chính phủ: số …, Nghị định số …") takes it forward."""
    found = list(_mentions(text))
    for i in range(len(found) - 2, -1, -1):
        this, following = found[i], found[i + 1]
        if this.issuer is None and following.issuer is not None and _listed_together(text, this, following):
            found[i] = replace(this, issuer=following.issuer)
    for i in range(1, len(found)):
        this, before = found[i], found[i - 1]
        if (this.issuer is None and before.issuer is not None and _listed_together(text, before, this)
                and _LISTED_UNDER.search(text, max(0, before.start - 200), before.start)):
            found[i] = replace(this, issuer=before.issuer)
    return found


def _listed_together(text: str, first: Found, second: Found) -> bool:
    """Whether two citations stand one after the other in a list and end in the same issuing body, so one states
    the issuer of both."""
    return bool(_LIST_GAP.fullmatch(text, first.end, second.start)) and (
        _issuing_body(first.symbol) == _issuing_body(second.symbol))


def _issuing_body(symbol: str) -> str:
    """The last part of a symbol, which names who issued it, to compare without case: "QĐ-TTg" → "ttg",
    "CT/TU" → "tu"."""
    return re.split(r"[-/]", symbol)[-1].casefold()


def _mentions(text: str) -> Iterator[Found]:
    """Citations of a plain text as they are written, in order."""
    previous: Optional[Found] = None
    for m in _NUMBER_SYMBOL.finditer(text):
        start, type_word = _type_word(text, m.start())
        if m["symbol"] and not m["year"] and "-" not in m["symbol"] and start == m.start():
            continue  # "5/UBND" without "số" or a type word is too weak to be a symbol
        number, year = m["number"], int(m["year"]) if m["year"] else None
        symbol = _SYMBOL_PART.sub(lambda p: MIXED_CASE_PARTS.get(p.group(), p.group()),
                                  re.sub(r"\s+|(?<=-)[.,'‘’`]", "", m["symbol"] or m["party"]))
        reference = f"{number}/{year}/{symbol}" if year else (
            f"{number}/{symbol}" if m["symbol"] else f"{number}-{symbol}")
        inherited = previous.doc_type if previous and _LIST_GAP.fullmatch(text, previous.end, m.start()) else None
        end, issued = m.end(), None
        if gap := _AFTER_SYMBOL.match(text, end):
            if when := dates.date_at(text, gap.end()):
                end, issued = when.end, when.first_day()
        issuer, issuer_end = _issuer_after(text, end)
        if issuer is None:
            issuer = _issuer_before(text, start)
        else:
            end = issuer_end
        found = Found(start, end, _doc_type(type_word, symbol, inherited), number, year, symbol, reference,
                      issued, issuer)
        yield found
        previous = found


def _type_word(text: str, number_start: int) -> tuple[int, Optional[str]]:
    """Where the citation starts and its type word, read back from the number."""
    window_start = max(0, number_start - 200)
    m = _PREFIX.search(text, window_start, number_start)
    if m is None:
        return number_start, None
    word = m["type"] or m["bare"]
    return m.start(), _CANONICAL_TYPES[re.sub(r"\s+", " ", word).casefold()] if word else None


def _doc_type(type_word: Optional[str], symbol: str, inherited: Optional[str]) -> str:
    """The type word; else the list's type or the symbol's type code ("QĐ" → Quyết định)."""
    if type_word and type_word not in GENERIC_TYPES:
        return type_word
    if inherited and _agrees(inherited, symbol):
        return inherited
    return _code_type(symbol) or type_word or "Văn bản"


def _code_type(symbol: str) -> Optional[str]:
    code = re.split(r"[-/]", symbol)[0].upper()
    if code in _CANONICAL_CODES:
        return _CANONICAL_CODES[code]
    return _CANONICAL_CODES.get(re.sub(r"\d+\Z", "", code))


def _agrees(type_word: str, symbol: str) -> bool:
    """Whether the symbol's type code, if it has one, is the type word's."""
    if _code_type(symbol) is None:
        return True
    own = TYPE_WORDS.get(type_word)
    code = re.split(r"[-/]", symbol)[0].upper()
    return own is not None and (code.startswith(own.upper()) or (own == "Luật" and code.startswith("QH")))


def _issuer_after(text: str, pos: int) -> tuple[Optional[str], int]:
    """The "của …" phrase at ``pos``, and where it ends."""
    m = _OF.match(text, pos)
    if m is None:
        return None, pos
    stop = _ISSUER_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    for conj in _AND.finditer(text, m.end(), end):
        # "và" goes on inside a name ("Bộ Thông tin và Truyền thông"), not before "các …" or a type word
        if conj["next"][0].islower() or _TYPE_WORD_AT.match(text, conj.start("next")):
            end = conj.start()
            break
    if (term := _PARTY_TERM.match(text, end)) is not None:
        end = term.end()
    body = _LEVEL_BODY.search(text, m.end(), end)
    after = text[body.start("next"):end] if body is not None else ""
    if after.islower() and not any(ch.isdigit() for ch in after):
        end = body.start("next")  # only lower-case words, no number: a title's, not the body's
    issuer = _clean(text[m.end():end])
    if not issuer or not issuer[0].isupper() or len(issuer.split()) > MAX_ISSUER_WORDS:
        return None, pos
    return issuer, m.end() + len(text[m.end():end].rstrip())


def _issuer_before(text: str, start: int) -> Optional[str]:
    m = _ISSUER_BEFORE.search(text, max(0, start - 160), start)
    return _clean(m["issuer"]) if m else None


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,")
    return re.sub(r"\(\s*(.*?)\s*\)", r"(\1)", s)


def _key(reference: Optional[str]) -> Optional[str]:
    return re.sub(r"\s+", "", reference).casefold() if reference else None


def _on_own_number_line(text: str, pos: int) -> bool:
    """Whether ``pos`` follows "Số:" at the start of a line: the document's own number."""
    return bool(_OWN_NUMBER.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos))
