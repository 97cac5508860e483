"""Normalise text: repaired mojibake, NFC, one tone placement, Latin letters for their Cyrillic and
Greek look-alikes inside Latin words ("NĐ-CР" with a Cyrillic Р), no markdown, one paragraph per line.

The output of this stage is (before OCR repair) the ``documents.text`` that
every offset indexes. Lines that a scanner, a PDF or a text editor broke in the
middle of a sentence are joined again; headings, list items, table rows and
header-block and signature lines keep their own lines. A table laid out one cell
per line becomes one "cell | cell" line per row (``cell_tables``). Blank lines are
dropped.
A page break stays a form feed: alone on a line between paragraphs, or in place
of the space where a paragraph runs on to the next page (as the input marks it, a
form feed inside a line, or as the joining of lines finds it).
A text that lost its line breaks (a whole plan on one line, as copying from a web page
may leave it) gets them back where a sentence ends and a heading, a list item, a legal
basis, a field label ("Đơn vị chủ trì:") or the closing block begins, and before a lettered
item, a numbered one after a heading in capitals or a bullet that opens with a verb, though
no sentence ended ("… Sở Tài chính a) Thẩm định …", "… Sở Y tế - Chủ trì …"); lines of
ordinary length are left as they are.

This stage runs before the OCR repair, so the tests that keep a line apart look
at its shape ("S6: 52 /KH-UBND", "<place>, ngay 10 thing 3 nam 2023") as much as
at its words.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from typing import Iterator

import ftfy

from pipeline import cell_tables, tagging
from pipeline.doc_types import DOC_TYPES
from pipeline.lines import CELL_SEPARATOR, is_caps
from pipeline.vietnamese import fold, normalize_tones

PAGE_BREAK = "\f"

# words that cannot end a sentence: a line ending with one runs on into the next
BINDING_WORDS = frozenset("và của các những với theo tại trong cho để là về từ nhằm bằng thuộc gồm hoặc".split())
# those that OCR without marks cannot turn into another word ("cua", "va"; not "de", which may be "đề")
UNMARKED_BINDING_WORDS = frozenset(fold(w) for w in "và của các những với nhằm hoặc".split())
# words that open a paragraph of their own ("Căn cứ …" after a title that filled its line)
PARAGRAPH_OPENERS = ("Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị", "Trên cơ sở", "Trên đây",
                     "Trong quá trình")
TERMINAL = ".!?…:"
BULLETS = "-–—+•●○▪►"

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Cyrillic and Greek letters drawn like Latin ones, as copied text brings them into words: "58/2024/NĐ-CР"
LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсухІіЈјЅѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEKMHOPCTXaeopcyxIiJjSsABEZHIKMNOPTYXo")
_LOOKALIKE = re.compile("[" + "".join(chr(c) for c in LOOKALIKES) + "]")
_LATIN = re.compile("[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]")
_WORD_RUN = re.compile(r"[\w&/.-]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_ESCAPE = re.compile(r"\\([\\`*_#+\-.()\[\]{}!|>])")
_MD_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{2,3}|_{2,3}(?!\w)")
_MD_BULLET = re.compile(r"^\s*[*]\s+")
_ESCAPED = 0xE000  # escaped ASCII markers wait in the private use area while emphasis is removed
_UNESCAPE = re.compile("[\ue000-\ue07f]")
_RULE = re.compile(r"^[-_=*~.]{3,}$")
PAGE_NUMBER = re.compile(  # a line that is only a page number: "- 2 -", "Trang 3/12"
    r"[-–\s]*(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*", re.IGNORECASE)
# a page break at a line's end or start stands between paragraphs; one inside a line ("…để thực hiện\fChương
# trình …", as the PDF reader writes a sentence that runs on to the next page) is the space it replaces
_PAGE_BREAK_LINE = re.compile(r"(?<![^\n])\f|\f(?![^\n])")
_OPENER = re.compile(r"^(?:%s)\b" % "|".join(PARAGRAPH_OPENERS))
_NUMBER_CELL = re.compile(r"^[\d.,%]+$")
# a name's dash no sentence ends with, after a word ("… của Bộ Lao động -"), and the name's next word on the next line
# ("Thương binh …"; not a heading in capitals, a lettered heading "B. …", a table row "2 Xã An Hải 2 -")
_OPEN_DASH = re.compile(r"[^\W\d_]\s[-–]$")
_NAME_GOES_ON = re.compile(r"[A-ZĐ][^\W\d_A-ZĐ](?![^\W\d_]*[.)]\s)")
# a line's end that a reference goes on from, how the next line must open to go on with it, and what joins them: a
# document's number and symbol after "số" ("90/QĐ-TTg", "06/2022/TT-BTTTT", "05-CT/TW"; not "10/10 xã" after
# "chuyển đổi số"), a date after "ngày" that is no duration ("05 ngày" / "15 tháng 3" stays apart) or a month and
# year after "tháng" (a space), a symbol's part in capitals, or its year, after its slash or hyphen (nothing: the
# break was inside the symbol)
_REFERENCE_CUTS = tuple((re.compile(end), re.compile(rest), glue) for end, rest, glue in (
    (r"(?<!\w)[Ss]ố$", r"\d{1,5}[a-z]?(?:\s?/\s?(?:(?:19|20)\d{2}\s?/\s?)?|-)[A-ZĐ]", " "),
    (r"(?<!\d )(?<!\w)[Nn]gày$", r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\s+tháng\b", " "),
    (r"(?<!\w)tháng$", r"\d{1,2}(?:\s+năm\b|/\d{4})", " "),
    (r"(?<!\w)\d{1,5}[a-z]?/$|/[A-ZĐ][\wĐđ&]*-$", r"[A-ZĐ][A-ZĐ0-9&]|(?:19|20)\d{2}/", ""),
))

# a line that opens a list item or a numbered heading
LABEL = re.compile(
    r"""^(?:
        [IVXL]{1,6}\s*[.)](?:\s|$|(?=[A-ZĐ]))              # I.  IV)  I.MỤC
      | \d{1,3}(?:\.\d{1,3}){0,4}[.)](?:\s|$|(?=[^\W\d_]))  # 1.  1.2.  3)  1.Mục
      | \d{1,2}(?:\.\d{1,2}){1,3}\s                         # 1.1 Nội dung
      | [a-zđ][.)](?:\s|$|(?=[^\W\d_]))                     # a)  a.  a)Tập
      | [-–—+•●○▪►](?:\s|$|(?=\w))                          # bullets (BULLETS)
      | (?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ\ lục|PHỤ\ LỤC)\s+[\dIVXLC]+
      | \(\d{1,2}\)\s                                       # (1)
      | \[\d{1,3}\]                                         # [1] footnotes
    )""",
    re.VERBOSE,
)
# a line longer than this lost its line breaks: they go back where a sentence ends and a heading or
# list item (LABEL), a legal basis or the closing block begins ("… như sau: I. MỤC ĐÍCH …")
RUN_ON_LINE = 3000
# a sentence's end, or a markdown heading's marks (a heading begins there whatever follows); the marks
# go with the gap
_SENTENCE_GAP = re.compile(r"(?<=[.:;!?])\s+(?:#{1,6}\s*)?|\s+#{1,6}\s+")
_ITEM_GAP = re.compile(r"(?<=\w)\s+(?=(?P<label>(?:[a-zđ]\)|\d{1,2}\.)\s*))")  # checked by _item_gaps
_BULLET_GAP = re.compile(r"(?<=\w)\s+(?=(?P<bullet>[-–+•]\s+))")  # checked by _bullet_gaps
BULLET_WORDS_TAGGED = 3  # words after a bullet given to the tagger
ROLE_VERBS = ("Chủ trì", "Phối hợp", "Tham mưu")  # a task's opening verbs the tagger may read as nouns
_FIELD_LABEL = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}\s*:")  # "Đơn vị chủ trì:", "Thời gian thực hiện:"
_BLOCK_OPENER = re.compile(r"(?:Căn cứ|Xét|Theo đề nghị|Nơi nhận|Trên đây|TM\.|KT\.|QUYẾT ĐỊNH|KẾ HOẠCH)(?!\w)")
LABEL_REACH = 40  # characters after a sentence gap that show a label
# a run-on line that opens with the header block (the national motto or "Số:" near its start) gets the
# header's breaks too: at rules ("-------"), the motto, "Số:", "Kính gửi:", the type name in capitals
# before the trích yếu, and "Căn cứ"
HEADER_ZONE = 1500
_TYPE_NAMES = "|".join(sorted((name.upper() for name in DOC_TYPES), key=len, reverse=True))
_HEADER_SIGN = re.compile(rf"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số\s*:|^(?:{_TYPE_NAMES})\s")
# the gaps the header's lines had: around rules, before the motto, "Số:", "Kính gửi:", "Căn cứ" and
# the type name, and after the type name when a trích yếu in lower case follows ("KẾ HOẠCH Truyền thông …")
_HEADER_BREAK = re.compile(rf"\s*[-_]{{3,}}\s*|\s+(?=(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do"
                           rf"|Số\s*:|Kính gửi\s*:|Căn cứ\s|(?:{_TYPE_NAMES})(?:\s+[A-ZĐ]|\s*$)))")
_TYPE_BEFORE_TITLE = re.compile(rf"(?<!\w)(?:{_TYPE_NAMES})(?=\s[A-ZĐ][a-zà-ỹ])")
# a line that is nothing but a label or a bullet: its text is on the next line
_BARE_LABEL = re.compile(r"^(?:[IVXL]{1,6}[.)]|\d{1,3}(?:\.\d{1,3}){0,4}[.)]|[a-zđ]\)|[-–—+•●○▪►])$")

# header-block and signature lines, by shape, on the folded lower-case line (OCR damage allowed)
_BLOCK_LINE = re.compile(
    r"""^s\w{0,2}\s*:\s*[\d.\s]*/                                   # Số: 52/KH-UBND, S6: /KH
      | ^so\s+\d+\s*/
      | ^[^\W\d][^\d,;:]{1,45},\s*\w{3,5}\s+[\d\s]{0,3}\w{4,6}\s+[\d\s]{0,3}\w{2,4}\s+(?:19|20)\d\d$
      | ^n\w{1,2}i\s+nh\w{1,2}n\s*:                                # Nơi nhận:
      | ^k\w{2,3}h\s+g\w{1,2}i\s*:                                  # Kính gửi:
      | ^v/v\b
      | c\w{2,3}g\s+h\w{1,2}a\s+x\w{0,2}\s+h\w{1,2}i\s+ch\w\s+ngh\w{1,2}a\s+vi\w{1,2}t\s+nam
      | d\w{1,2}c\s+l\w{1,2}p\s*[-–]\s*t\w{1,2}\s+do\s*[-–]\s*h\w{1,3}\s+ph\w{1,2}c
      | ^(?:tm|kt|tl|tuq|q)\s*\.\s*\S                                # TM. KT. TL. TUQ. Q.
    """,
    re.VERBOSE,
)


def normalize(text: str) -> str:
    """Normalise a document's text (see the module docstring)."""
    text = clean_characters(text)
    lines = _drop_page_numbers([clean_markup(line) for line in text.split("\n")])
    lines = [piece for line in lines for piece in restore_breaks(line)]
    return join_lines(cell_tables.rebuild(lines))


def restore_breaks(line: str) -> list[str]:
    """A line that lost its line breaks, in the lines it had (see RUN_ON_LINE); any other line as it is."""
    if len(line) <= RUN_ON_LINE or CELL_SEPARATOR in line[:LABEL_REACH * 5]:
        return [line]  # a line of ordinary length, or a long table row ("cell | cell …"): its cells stay together
    pieces, pos = [], 0
    if _HEADER_SIGN.search(line, 0, HEADER_ZONE):
        gaps = sorted([m.span() for m in _HEADER_BREAK.finditer(line, 0, HEADER_ZONE)]
                      + [(m.end(), m.end() + 1) for m in _TYPE_BEFORE_TITLE.finditer(line, 0, HEADER_ZONE)])
        for start, end in gaps:
            if start > pos:
                pieces.append(line[pos:start])
            pos = max(pos, end)
    gaps = [m for m in _SENTENCE_GAP.finditer(line, pos) if _opens_line(line, m)]
    gaps += [*_item_gaps(line, pos), *_bullet_gaps(line, pos)]
    for m in sorted(gaps, key=lambda m: m.start()):
        if m.start() >= pos:
            pieces.append(line[pos:m.start()])
            pos = m.end()
    return [*pieces, line[pos:]]


def _opens_line(line: str, gap: re.Match) -> bool:
    """Whether a sentence's end in a run-on line is followed by a heading, a list item, a block opener or a
    field label ("Thời gian thực hiện:")."""
    following = line[gap.end():gap.end() + LABEL_REACH]
    return "#" in gap.group() or bool(LABEL.match(following) or _BLOCK_OPENER.match(following)) or (
        following[:1].isupper() and bool(_FIELD_LABEL.match(following)))


def _bullet_gaps(line: str, pos: int) -> Iterator[re.Match]:
    """Where a bulleted task begins in a run-on line though no sentence ended before it ("… 1. Sở Tài chính
    - Chủ trì thẩm định …"): the bullet opens with a verb; a dash inside a name does not ("Sở Lao động -
    Thương binh và Xã hội", "Độc lập - Tự do")."""
    for m in _BULLET_GAP.finditer(line, pos):
        words = line[m.end("bullet"):m.end("bullet") + LABEL_REACH].split()[:BULLET_WORDS_TAGGED]
        phrase = " ".join(words)
        if words and words[0][:1].isupper() and (
                phrase.startswith(ROLE_VERBS) or tagging.opens_with_verb(phrase.lower())):
            yield m


def _item_gaps(line: str, pos: int) -> Iterator[re.Match]:
    """Where an item begins in a run-on line though no sentence ended before it: a lettered item ("… Sở Tài
    chính a) Thẩm định …"), or a numbered one after a heading in capitals ("IV. TỔ CHỨC THỰC HIỆN 1. Sở …")."""
    for m in _ITEM_GAP.finditer(line, pos):
        label = m.group("label")
        opens_sentence = line[m.end() + len(label):m.end() + len(label) + 1].isupper()
        before = line[max(0, m.start() - LABEL_REACH):m.start()].split()
        if opens_sentence and (label[0].isalpha() or before[-1].isupper()):
            yield m


def clean_characters(text: str) -> str:
    """Fix mojibake, NFC, look-alike letters in Latin words, canonical tone marks, uniform line ends and spaces."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _PAGE_BREAK_LINE.sub("\n" + PAGE_BREAK + "\n", text)
    if _LOOKALIKE.search(text):
        text = _WORD_RUN.sub(_latin_word, text)
    return normalize_tones(text)


def _latin_word(m: re.Match) -> str:
    """A word with its look-alike letters made Latin when it holds a Latin letter or digit too."""
    word = m.group()
    return word.translate(LOOKALIKES) if _LOOKALIKE.search(word) and _LATIN.search(word) else word


def clean_markup(line: str) -> str:
    """One line without markdown markers, runs of spaces or surrounding blanks."""
    if line.strip(" \t") == PAGE_BREAK:  # a page break between paragraphs (one inside a line is its space)
        return PAGE_BREAK
    line = _MD_HEADING.sub("", line)
    line = _MD_BULLET.sub("- ", line)
    line = _MD_ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), line)  # "\*" is a star, not emphasis
    line = _UNESCAPE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED), _MD_EMPHASIS.sub("", line))
    line = _SPACES.sub(" ", line).strip()
    return "" if _RULE.match(line) else line


def is_block_line(line: str) -> bool:
    """Whether ``line`` is a header-block or signature line ("Số: …", "<place>, ngày …", "KT. …").

    Such a line opens with a capital: "số 06/2022/TT-BTTTT …" continues a sentence.
    """
    return not line[:1].islower() and bool(_BLOCK_LINE.search(fold(line).lower()))


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None if it is not hard-wrapped."""
    lengths = [len(line) for line in lines if len(line) > 20]
    if len(lengths) < 8:
        return None
    width = statistics.quantiles(lengths, n=10)[7]  # 80th percentile
    if width > 140:
        return None
    near = sum(1 for n in lengths if n >= 0.8 * width)
    return int(width) if near >= 0.35 * len(lengths) else None


def _ends_open(line: str) -> bool:
    """Whether ``line`` stops on a word that cannot end a sentence ("và", "của"; any case in capitals)."""
    words = line.split()
    last = words[-1] if words else ""
    if not (last.islower() or is_caps(line)):
        return False
    return last.lower() in BINDING_WORDS or fold(last).lower() in UNMARKED_BINDING_WORDS


def _reference_glue(prev: str, line: str) -> str | None:
    """What joins two lines when the break between them cuts a document's number, symbol or date in two ("… Quyết
    định số" / "90/QĐ-TTg", "ngày" / "18/01/2022": a space; "650/" / "QĐ-LĐTBXH", "18/2025/TT-" / "BCT": nothing),
    else None."""
    return next((glue for end, rest, glue in _REFERENCE_CUTS if end.search(prev) and rest.match(line)), None)


def _dash_goes_on(prev: str, line: str) -> bool:
    """Whether ``prev`` ends in a name's dash that ``line`` goes on from ("… Bộ Lao động -" / "Thương binh …")."""
    return bool(_OPEN_DASH.search(prev) and _NAME_GOES_ON.match(line) and not LABEL.match(line) and not is_caps(line))


def _joiner(prev: str, line: str, blank_between: bool, width: int | None) -> str | None:
    """What joins ``line`` to the paragraph whose last physical line is ``prev``: a space, nothing (a break inside
    a reference's symbol), or None when ``line`` opens a paragraph of its own."""
    if CELL_SEPARATOR in prev or CELL_SEPARATOR in line or is_block_line(prev) or is_block_line(line):
        return None
    if not blank_between:
        glue = _reference_glue(prev, line)
        if glue is not None:
            return glue
        if _dash_goes_on(prev, line):
            return " "
    return " " if _continues(prev, line, blank_between, width) else None


def _continues(prev: str, line: str, blank_between: bool, width: int | None) -> bool:
    """Whether ``line``, no table row or header line, continues the paragraph whose last physical line is
    ``prev``."""
    if _BARE_LABEL.match(prev):
        return not LABEL.match(line)
    cell = bool(_NUMBER_CELL.match(line))
    if _ends_open(prev) and line[0] not in BULLETS and not cell:
        return True
    if LABEL.match(line) or prev.endswith(tuple(TERMINAL)):
        return False
    if prev.endswith(",") and not cell:
        return True
    if line[:1].islower():
        return True
    if prev.endswith(";") or blank_between or width is None or _OPENER.match(line):
        return False  # past a blank line or at "Căn cứ …", only the rules above join
    if is_caps(prev) or is_caps(line):
        return is_caps(prev) and is_caps(line) and len(prev) >= 0.85 * width
    return len(prev) >= 0.7 * width


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Remove lines that are only a page number next to a page break."""
    keep = []
    for i, line in enumerate(lines):
        near = [lines[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
        if PAGE_BREAK in near and PAGE_NUMBER.fullmatch(line):
            continue
        keep.append(line)
    return keep


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs; drop blank lines; keep page breaks."""
    width = _wrap_width([line for line in lines if line and line != PAGE_BREAK])
    paragraphs: list[str] = []
    last = ""  # the last physical line of the current paragraph
    blank_between = page_break = False
    for line in lines:
        if not line:
            blank_between = True
            continue
        if line == PAGE_BREAK:
            page_break = True
            continue
        joiner = _joiner(last, line, blank_between, width) if paragraphs else None
        if joiner is not None:
            paragraphs[-1] += (PAGE_BREAK if page_break else joiner) + line
        else:
            if page_break and paragraphs:
                paragraphs.append(PAGE_BREAK)
            paragraphs.append(line)
        last = line
        blank_between = page_break = False
    return "\n".join(paragraphs)
