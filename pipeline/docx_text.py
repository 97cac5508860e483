"""Text of a .docx: paragraphs and table rows in body order, list labels and legacy fonts restored.

Word keeps the labels of automatically numbered paragraphs ("1.", "a)", "II.")
out of the text, in numbering.xml; the section tree needs them, so they are
rebuilt from each paragraph's (or its style's) w:numPr. Runs set in a TCVN3
or VNI font are converted to Unicode by font name. Table rows become one line,
cells joined by " | " (a line break inside a cell is a space). A footnote's
reference is "[n]" in the text, and the footnotes follow the body as "[n] text"
lines. Text boxes and deleted (tracked) text are left out.
"""
from __future__ import annotations

import io
import zipfile

from pipeline import legacy_fonts, list_labels
from pipeline.errors import IngestError
from pipeline.lines import CELL_SEPARATOR

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# run children and the text they stand for (w:t is read for its text)
RUN_CHARACTERS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n",
                  W + "noBreakHyphen": "-", W + "softHyphen": "\xad"}
# containers whose runs are not body text of the paragraph around them
SKIPPED = frozenset({W + "del", W + "moveFrom", W + "txbxContent", W + "drawing", W + "pict",
                     "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"})
def read_docx(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a .docx: paragraphs and table rows in body order.

    The encoding is "unicode", with "+tcvn3"/"+vni" when legacy-font text was converted.
    """
    import docx

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError("not_docx", "not a Word .docx file (it is not a zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several unrelated types for broken packages
        raise IngestError("corrupt_docx", f"cannot open the .docx: {type(e).__name__}: {e}") from None
    styles = _Styles(document.styles.element)
    reader = _Reader(styles, _Numbering(_numbering_element(document), styles), _footnotes(document))
    text = "\n".join([*reader.blocks(document.element.body), *reader.footnote_lines()])
    text = legacy_fonts.convert_or_keep(text, reader.legacy)  # legacy text in fonts of other names
    return text, legacy_fonts.encoding_name(reader.legacy)


def _footnotes(document) -> dict[str, object]:
    """The w:footnote elements of the document by id (none without a footnotes part)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {f.get(W + "id"): f for f in root.iter(W + "footnote")}
    return {}


def _numbering_element(document):
    """The w:numbering element, or None for a document without numbering.xml."""
    try:
        return document.part.numbering_part.element
    except NotImplementedError:  # python-docx cannot create the missing part
        return None


class _Styles:
    """Paragraph and character styles: the fonts and numbering they give, through w:basedOn."""

    def __init__(self, element):
        self._by_id = {s.get(W + "styleId"): s for s in element.iter(W + "style")}
        defaults = element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_fonts = _font_names(defaults)
        self.default_paragraph = next((sid for sid, s in self._by_id.items()
                                       if s.get(W + "type") == "paragraph" and s.get(W + "default") in ("1", "true")),
                                      None)

    def find(self, style_id: str | None, path: str):
        """The first element at ``path`` in the style or the styles it is based on."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                return None
            found = style.find(path)
            if found is not None:
                return found
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return None


def _font_names(rpr) -> tuple[str, ...] | None:
    """Font names of an rPr's w:rFonts (None when it sets none)."""
    fonts = rpr.find(W + "rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return tuple(fonts.get(W + attr) for attr in ("ascii", "hAnsi") if fonts.get(W + attr))


def _val(element, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(W + "val") if found is not None else None


class _Numbering:
    """Counters of numbered lists, giving each numbered paragraph its label as Word shows it."""

    def __init__(self, element, styles: _Styles):
        self._styles = styles
        abstracts = element.iter(W + "abstractNum") if element is not None else ()
        nums = element.iter(W + "num") if element is not None else ()
        self._abstract = {a.get(W + "abstractNumId"): a for a in abstracts}
        self._nums = {n.get(W + "numId"): n for n in nums}
        self._counters = list_labels.Counters()

    def label(self, paragraph) -> str:
        """The label of ``paragraph`` ("" when it is not numbered), advancing its list's counter."""
        ppr = paragraph.find(W + "pPr")
        style_id = _val(ppr, W + "pStyle") or self._styles.default_paragraph
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        style_num_pr = self._styles.find(style_id, f"{W}pPr/{W}numPr")
        num_id = _val(num_pr, W + "numId") or _val(style_num_pr, W + "numId")
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        ilvl = int(_val(num_pr, W + "ilvl") or _val(style_num_pr, W + "ilvl") or 0)
        abstract_id, levels = self._levels(num_id)
        override = self._start_override(num_id, ilvl)
        restart = ((num_id, ilvl), override) if override is not None else None
        return self._counters.label(abstract_id, levels, ilvl, restart)

    def _levels(self, num_id: str) -> tuple[str, dict[int, list_labels.Level]]:
        num = self._nums[num_id]
        abstract_id = _val(num, W + "abstractNumId")
        abstract = self._abstract.get(abstract_id)
        link = _val(abstract, W + "numStyleLink")
        if link:  # the list is defined by a numbering style, which points at another w:num
            linked = _val(self._styles.find(link, f"{W}pPr/{W}numPr"), W + "numId")
            if linked in self._nums and linked != num_id:
                abstract_id = _val(self._nums[linked], W + "abstractNumId")
                abstract = self._abstract.get(abstract_id)
        levels = {} if abstract is None else {int(lvl.get(W + "ilvl")): _level(lvl)
                                              for lvl in abstract.iter(W + "lvl")}
        for override in num.iter(W + "lvlOverride"):
            lvl = override.find(W + "lvl")
            if lvl is not None:
                levels[int(override.get(W + "ilvl"))] = _level(lvl)
        return abstract_id, levels

    def _start_override(self, num_id: str, ilvl: int) -> int | None:
        for override in self._nums[num_id].iter(W + "lvlOverride"):
            if int(override.get(W + "ilvl")) == ilvl:
                start = _val(override, W + "startOverride")
                return int(start) if start is not None else None
        return None


def _level(lvl) -> list_labels.Level:
    return list_labels.Level(start=int(_val(lvl, W + "start") or 0), fmt=_val(lvl, W + "numFmt") or "decimal",
                  text=_val(lvl, W + "lvlText") or "", legal=lvl.find(W + "isLgl") is not None)


class _Reader:
    """Walks the body: paragraphs, tables and content controls, in order."""

    def __init__(self, styles: _Styles, numbering: _Numbering, footnotes: dict[str, object]):
        self._styles = styles
        self._numbering = numbering
        self._footnotes = footnotes
        self._referenced: list[str] = []  # ids of the footnotes referenced so far, in order
        self.legacy: set[str] = set()  # legacy encodings met in run fonts

    def footnote_lines(self):
        """"[n] text" for each footnote the body referenced, in order."""
        for n, footnote_id in enumerate(self._referenced, 1):
            footnote = self._footnotes.get(footnote_id)
            paragraphs = footnote.iter(W + "p") if footnote is not None else ()
            text = " ".join(t.strip() for t in map(self.runs, paragraphs) if t.strip())
            yield f"[{n}] {text}"

    def blocks(self, container):
        """Lines of the block-level content of ``container`` (body, cell, content control)."""
        for child in container:
            if child.tag == W + "p":
                yield self.paragraph(child)
            elif child.tag == W + "tbl":
                yield from self.table(child)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self.blocks(content)

    def table(self, table):
        for row in table.iterchildren(W + "tr"):
            cells = [self.cell(tc) for tc in row.iterchildren(W + "tc")]
            if any(cells):
                yield CELL_SEPARATOR.join(cells)

    def cell(self, tc) -> str:
        merge = tc.find(f"{W}tcPr/{W}vMerge")
        if merge is not None and merge.get(W + "val") in (None, "continue"):
            return ""  # the cell above spans this one and holds the text
        return cell_text(self.blocks(tc))

    def paragraph(self, p) -> str:
        label = self._numbering.label(p)
        text = self.runs(p)
        return f"{label} {text}" if label and text.strip() else text

    def runs(self, p) -> str:
        """The paragraph's text, each stretch of runs in a legacy font converted."""
        ppr = p.find(W + "pPr")
        paragraph_style = _val(ppr, W + "pStyle") or self._styles.default_paragraph
        pieces: list[list] = []  # [font encoding or None, text]
        for run in p.iter(W + "r"):
            if _skipped(run, p):
                continue
            text = "".join(self._characters(run))
            encoding = self._legacy_font(run, paragraph_style)
            if pieces and pieces[-1][0] == encoding:
                pieces[-1][1] += text
            else:
                pieces.append([encoding, text])
        return "".join(legacy_fonts.convert_as(text, *enc) if enc else text for enc, text in pieces)

    def _characters(self, run):
        for child in run:
            if child.tag == W + "t":
                yield child.text or ""
            elif child.tag in RUN_CHARACTERS:
                yield RUN_CHARACTERS[child.tag]
            elif child.tag == W + "footnoteReference":
                self._referenced.append(child.get(W + "id"))
                yield f"[{len(self._referenced)}]"

    def _legacy_font(self, run, paragraph_style: str | None) -> tuple[str, bool] | None:
        rpr = run.find(W + "rPr")
        names = _font_names(rpr)
        if names is None:
            names = _font_names(self._styles.find(_val(rpr, W + "rStyle"), W + "rPr"))
        if names is None:
            names = _font_names(self._styles.find(paragraph_style, W + "rPr"))
        if names is None:
            names = self._styles.default_fonts or ()
        for name in names:
            found = legacy_fonts.font_encoding(name)
            if found:
                self.legacy.add(found[0])
                return found
        return None


def cell_text(paragraphs) -> str:
    """A table cell's paragraphs on one line, so that its row stays one line."""
    return " ".join(p for p in paragraphs if p.strip()).replace("\n", " ").strip()


def _skipped(run, paragraph) -> bool:
    node = run.getparent()
    while node is not None and node is not paragraph:
        if node.tag in SKIPPED:
            return True
        node = node.getparent()
    return False

