"""Normalise text: repaired mojibake, NFC, one tone placement, no markdown, one paragraph per line.

The output of this stage is (before OCR repair) the ``documents.text`` that
every offset indexes. Lines that a scanner, a PDF or a text editor broke in the
middle of a sentence are joined again; headings, list items, table rows and
header-block lines keep their own lines. Blank lines are dropped. A page break
stays a form feed: alone on a line between paragraphs, or in place of the space
where a paragraph runs on to the next page.
"""
from __future__ import annotations

import re
import statistics
import unicodedata

import ftfy

from pipeline.vietnamese import normalize_tones

PAGE_BREAK = "\f"

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{2,3}|_{2,3}(?!\w)")
_MD_BULLET = re.compile(r"^\s*[*]\s+")
_RULE = re.compile(r"^[-_=*~.]{3,}$")

# a line that opens a list item or a numbered heading
LABEL = re.compile(
    r"""^(?:
        [IVXLC]{1,6}[.)](?:\s|$)               # I.  IV)
      | \d{1,3}(?:\.\d{1,3}){0,4}[.)]?(?:\s|$) # 1.  1.2.  3)  1.1
      | \d{1,2}(?:\.\d{1,2}){0,3}[.)](?=[A-ZĐ]) # 1.Mục đích
      | [a-zđ]\)                               # a)  a)Tập trung
      | [a-zđ]\.(?:\s|$)                       # a.
      | [-–—+•●○▪►*](?:\s|$|(?=\w))           # bullets
      | (?:Điều|Chương|Mục|Phần|Phụ\s+lục)\s+[\dIVXLC]+
      | \(\d{1,2}\)\s                          # (1)
      | \[\d{1,3}\]                            # [1] footnotes
    )""",
    re.VERBOSE,
)
# header-block and signature lines that never join their neighbours
_BLOCK_LINE = re.compile(
    r"^(?:Số\s*:|Số\s+[\d/]|Nơi\s+nhận|Kính\s+gửi|V/v\b|CỘNG\s+HÒA|Độc\s+lập|(?:TM|KT|TL|TUQ|Q)\.\s*\S"
    r"|[^,]{0,40},\s*ngày\b.{0,30}\btháng\b.{0,20}\bnăm\b)",
    re.IGNORECASE,
)
_TERMINAL = ".;:!?…"


def normalize(text: str) -> str:
    """Normalise a document's text (see the module docstring)."""
    text = clean_characters(text)
    lines = [clean_markup(line) for line in text.split("\n")]
    return join_lines(lines)


def clean_characters(text: str) -> str:
    """Fix mojibake, NFC, canonical tone marks, uniform line ends and spaces."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(PAGE_BREAK, "\n" + PAGE_BREAK + "\n")
    return normalize_tones(text)


def clean_markup(line: str) -> str:
    """One line without markdown markers, runs of spaces or surrounding blanks."""
    if line.strip() == PAGE_BREAK:
        return PAGE_BREAK
    line = _MD_HEADING.sub("", line)
    line = _MD_BULLET.sub("- ", line)
    line = _MD_EMPHASIS.sub("", line)
    line = _SPACES.sub(" ", line).strip()
    return "" if _RULE.match(line) else line


def _is_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _starts_lower(line: str) -> bool:
    return line[:1].islower()


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


def _can_end_paragraph(line: str) -> bool:
    return line.endswith(tuple(_TERMINAL)) or _is_caps(line) or bool(_BLOCK_LINE.match(line))


def _continues(prev: str, line: str, blank_between: bool, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph that ``prev`` ends."""
    if _can_end_paragraph(prev) or " | " in prev or " | " in line:
        return False
    if LABEL.match(line) or _is_caps(line) or _BLOCK_LINE.match(line):
        return False
    if _starts_lower(line):
        return True
    if width is None:
        return False
    full = len(prev) >= (0.85 if blank_between else 0.7) * width
    return full and not (LABEL.match(prev) and len(prev) < 0.5 * width)


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Remove lines that are only a page number next to a page break."""
    number = re.compile(r"[-–\s]*(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*", re.IGNORECASE)
    keep = []
    for i, line in enumerate(lines):
        near = [lines[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
        if PAGE_BREAK in near and number.fullmatch(line):
            continue
        keep.append(line)
    return keep


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs; drop blank lines; keep page breaks."""
    lines = _drop_page_numbers(lines)
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
        if paragraphs and _continues(last, line, blank_between, width):
            paragraphs[-1] += (PAGE_BREAK if page_break else " ") + line
        else:
            if page_break and paragraphs:
                paragraphs.append(PAGE_BREAK)
            paragraphs.append(line)
        last = line
        blank_between = page_break = False
    return "\n".join(paragraphs)
