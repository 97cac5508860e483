"""Web pages (.html, .htm, or a page saved under a .txt name) → text, with Beautiful Soup.

Legal texts are often kept as web pages, or as Word's "Save as Web Page". The text comes out as a
``.docx`` gives it: a line per paragraph, heading or list item (an ordered list's items numbered as
the browser shows them: "1.", "a)"), a table row per line with its cells joined by " | " (the lines
of a cell joined by spaces); a table whose rows hold a single cell is only a frame around the text
and is read as paragraphs. A page that marks where its document is (``main``, or a single ``article``)
is read there only; the page's head, scripts and styles, and its menus (``nav``, ``aside``, buttons)
are left out.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from pipeline import list_labels
from pipeline.lines import CELL_SEPARATOR

BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                    "section", "article", "header", "footer", "main", "blockquote", "pre",
                    "address", "figure", "figcaption", "caption", "center", "form", "hr",
                    "tr", "td", "th"})  # rows and cells of a frame table (other tables are read row by row)
LEFT_OUT = ("head", "script", "style", "noscript", "template", "nav", "aside", "button", "select")  # not the text
# an ordered list's ``type``: the number format (list_labels) and the label around the number
ORDERED_TYPES = {"1": ("decimal", "{}."), "a": ("lowerLetter", "{})"), "A": ("upperLetter", "{}."),
                 "i": ("lowerRoman", "{}."), "I": ("upperRoman", "{}.")}
_PAGE_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_SPACE = re.compile(r"\s+")  # HTML collapses runs of white space, non-breaking spaces too


def is_page(text: str) -> bool:
    """Whether a text file holds a web page ("<!DOCTYPE html>", "<html …>" at its start)."""
    return bool(_PAGE_START.match(text[:1000]))


def page_text(markup: str) -> str:
    """The text of a web page, a line per paragraph and per table row."""
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(LEFT_OUT):
        tag.decompose()
    lines = _Lines()
    _walk(_content(soup), lines)
    lines.end()
    return "\n".join(lines.done)


def _content(soup: BeautifulSoup) -> Tag:
    """Where the document is: the page's ``main`` element, else its one ``article``, else its body."""
    articles = soup.find_all("article")
    return soup.find("main") or (articles[0] if len(articles) == 1 else None) or soup.body or soup


class _Lines:
    """The lines read so far, and the inline text of the one being read."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.parts: list[str] = []

    def end(self) -> None:
        """End the line being read (an empty one is dropped)."""
        line = _SPACE.sub(" ", "".join(self.parts)).strip()
        if line:
            self.done.append(line)
        self.parts = []


def _walk(node: Tag, lines: _Lines) -> None:
    """Read the children of ``node`` into ``lines``: text inline, a block or table row on lines of its own."""
    number = _first_number(node) if node.name == "ol" else None
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):  # comments, the doctype, processing instructions
                lines.parts.append(str(child))
        elif child.name == "br":
            lines.end()
        elif child.name == "table" and not _is_frame(child):
            lines.end()
            lines.done.extend(_rows(child))
        elif child.name in BLOCKS or child.name == "table":
            lines.end()
            if number is not None and child.name == "li":
                lines.parts.append(_label(node.get("type", "1"), number) + " ")
                number += 1
            _walk(child, lines)
            lines.end()
        else:
            _walk(child, lines)


def _rows(table: Tag) -> list[str]:
    """A line per row of a table (not of the tables inside its cells): its cells' text joined."""
    rows = []
    for row in _own_rows(table):
        cells = [_SPACE.sub(" ", cell.get_text(" ")).strip() for cell in row.find_all(["td", "th"], recursive=False)]
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _is_frame(table: Tag) -> bool:
    """Whether no row of a table holds more than one cell with text: a frame around paragraphs."""
    return all(sum(bool(cell.get_text(strip=True)) for cell in row.find_all(["td", "th"], recursive=False)) <= 1
               for row in _own_rows(table))


def _own_rows(table: Tag) -> list[Tag]:
    """The rows of a table, not those of the tables inside its cells."""
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def _first_number(ol: Tag) -> int:
    """The number an ordered list starts at (its ``start``)."""
    start = ol.get("start", "1")
    return int(start) if str(start).isdigit() else 1


def _label(kind: str, number: int) -> str:
    """How a browser numbers an item of an ordered list of ``type`` kind: '1.', 'a)' (letters the Vietnamese
    way), 'A.', 'I.', 'i.'."""
    fmt, text = ORDERED_TYPES.get(kind, ORDERED_TYPES["1"])
    return text.format(list_labels.NUMBER_FORMATS[fmt](number))
