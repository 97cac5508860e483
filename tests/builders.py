"""Build input files for the ingest tests: .docx with lists and legacy fonts, PDFs with and without a text layer."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from pipeline.vietnamese import split_letter

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
             Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
VIETNAMESE_FONTS = ("DejaVuSans.ttf", "FreeSans.ttf", "LiberationSans-Regular.ttf")
# Windows-1258 writes tones as combining marks after the base letter
CP1258_TONES = {1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323"}


def vietnamese_ttf() -> Path:
    """A TrueType font with Vietnamese letters (fonts-dejavu-core), or skip the test."""
    for directory in FONT_DIRS:
        for name in VIETNAMESE_FONTS:
            found = next(directory.rglob(name), None) if directory.is_dir() else None
            if found:
                return found
    pytest.skip("no TrueType font with Vietnamese letters (apt-get install fonts-dejavu-core)")


def cp1258_bytes(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: base letters, tone marks combining."""
    out = []
    for ch in text:
        base, tone = split_letter(ch)
        out.append(base + CP1258_TONES[tone] if tone else ch)
    return "".join(out).encode("cp1258")


# ----------------------------------------------------------------------- PDF

class PdfBuilder:
    """A PDF of A4 pages (points) with Vietnamese text placed line by line or in two columns."""

    def __init__(self, size: float = 12):
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.add_font("viet", fname=str(vietnamese_ttf()))
        self.size = size
        self.y = 0.0

    @property
    def width(self) -> float:
        return self.pdf.w

    def page(self) -> "PdfBuilder":
        self.pdf.add_page()
        self.pdf.set_font("viet", size=self.size)
        self.y = 60.0
        return self

    def line(self, text: str, x: float = 60, center: float | None = None) -> "PdfBuilder":
        """One line at the left margin (or centred on ``center``), then down one line."""
        self._put(text, x, center)
        self.y += 1.4 * self.size
        return self

    def row(self, left: str | None, right: str | None, left_center: float = 150,
            right_center: float = 420) -> "PdfBuilder":
        """A line of two blocks side by side, each centred in its column."""
        if left:
            self._put(left, 0, left_center)
        if right:
            self._put(right, 0, right_center)
        self.y += 1.4 * self.size
        return self

    def table(self, rows: list[list[str]], columns: list[float]) -> "PdfBuilder":
        """A ruled table: one line of text per row, cells starting at the x of ``columns``."""
        height = 1.6 * self.size
        left, right = columns[0] - 4, self.width - 40
        top = self.y - self.size
        for r, row in enumerate(rows):
            for x, text in zip(columns, row):
                self.pdf.text(x, self.y, text)
            self.pdf.line(left, top + r * height, right, top + r * height)
            self.y += height
        bottom = top + len(rows) * height
        self.pdf.line(left, bottom, right, bottom)
        for x in [left, *(c - 4 for c in columns[1:]), right]:
            self.pdf.line(x, top, x, bottom)
        return self

    def skip(self, lines: float) -> "PdfBuilder":
        self.y += lines * 1.4 * self.size
        return self

    def _put(self, text: str, x: float, center: float | None) -> None:
        if center is not None:
            x = center - self.pdf.get_string_width(text) / 2
        self.pdf.text(x, self.y, text)

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


def signed_scan_pdf(path: Path, lines: list[str]) -> Path:
    """A scanned page with the few words of a digital signature's stamp laid over it as a text layer."""
    pdf = PdfBuilder(size=7).page().pdf
    pdf.image(page_image(lines, full_page=True), x=0, y=0, w=pdf.w)
    pdf.text(400, 30, "Ký bởi: Ủy ban Nhân dân tỉnh Bắc Giang")
    pdf.text(400, 40, "Thời gian ký: 05.12.2025 10:15:00 +07:00")
    pdf.output(str(path))
    return path


def filled_paragraph(start: str, filler: str, end: str) -> str:
    """``start`` + ``filler`` repeated + ``end``, so long that its last line, wrapped as ``wrapped_pdf`` wraps
    it, leaves no room for another word."""
    from fpdf.enums import MethodReturnValue

    pdf = PdfBuilder(size=11).page().pdf
    for k in range(1, 400):
        text = start + filler * k + end
        lines = pdf.multi_cell(0, 14, text, dry_run=True, output=MethodReturnValue.LINES)
        if len(lines) > 1 and pdf.get_string_width(lines[-1] + " Căn") > pdf.epw:
            return text
    raise AssertionError("no filling found")


def wrapped_pdf(path: Path, paragraphs: list[str], footnote: str | None = None) -> Path:
    """A PDF of ``paragraphs``, each wrapped to the page as a word processor does, flowing on to new pages;
    then a ``footnote`` in smaller type."""
    pdf = PdfBuilder(size=11).page().pdf
    for paragraph in paragraphs:
        pdf.multi_cell(0, 14, paragraph, new_x="LMARGIN", new_y="NEXT")
    if footnote:
        pdf.set_font_size(8)
        pdf.multi_cell(0, 10, footnote, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def table_pdf(path: Path, lines: list[str], rows: list[list], widths: tuple[float, ...]) -> Path:
    """A PDF of ``lines`` over a ruled table whose cells wrap: a cell is its text, or (text, {"colspan": 2})."""
    from fpdf.fonts import FontFace

    pdf = PdfBuilder(size=11).page().pdf
    pdf.multi_cell(0, 14, "\n".join(lines))
    with pdf.table(col_widths=widths, headings_style=FontFace(emphasis=None), first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                text, spans = cell if isinstance(cell, tuple) else (cell, {})
                row.cell(text, **spans)
    pdf.output(str(path))
    return path


def rename_fonts(path: Path, font_name: str) -> Path:
    """Give every font of the PDF at ``path`` the name ``font_name`` (as a legacy font would have)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    writer.append(PdfReader(str(path)))
    name = NameObject("/ABCDEF+" + font_name)
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                part[NameObject("/BaseFont")] = name
                if "/FontDescriptor" in part:
                    part["/FontDescriptor"].get_object()[NameObject("/FontName")] = name
    writer.write(str(path))
    return path


def official_header(pdf: PdfBuilder) -> PdfBuilder:
    """The two-column header of an official document."""
    return (pdf.row("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
               .row("TỈNH BẮC GIANG", "Độc lập - Tự do - Hạnh phúc")
               .skip(0.5)
               .row("Số: 52/KH-UBND", "Bắc Giang, ngày 10 tháng 3 năm 2023")
               .skip(1)
               .line("KẾ HOẠCH", center=pdf.width / 2)
               .line("Thực hiện chuyển đổi số trên địa bàn tỉnh năm 2023", center=pdf.width / 2)
               .skip(1))


def page_image(lines: list[str], full_page: bool = False):
    """A scanned page (PIL image) showing ``lines``: a strip, or a whole A4 page at 200 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(vietnamese_ttf()), 40)
    image = Image.new("L", (1654, 2339 if full_page else 200 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for k, text in enumerate(lines):
        draw.text((100, 80 + 90 * k), text, font=font, fill=0)
    return image


def image_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF that is only a picture of ``lines`` (no text layer), as a scanner makes."""
    page_image(lines).save(path, resolution=150)
    return path


# ---------------------------------------------------------------------- docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def minimal_docx(paragraphs: list[str]) -> bytes:
    """A .docx of only the parts Word needs (no styles.xml, no numbering.xml), as other tools write."""
    import io
    import zipfile

    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    files = {
        "[Content_Types].xml":
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


def with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The .docx ``data`` with footnotes: each "[^k]" in its text becomes a reference to ``notes[k - 1]``."""
    import io
    import zipfile

    reference = (r'</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 r'<w:footnoteReference w:id="\1"/></w:r><w:r><w:t xml:space="preserve">')
    footnotes = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>' for k, text in enumerate(notes, 1))
    parts = {
        "word/footnotes.xml": f'<w:footnotes xmlns:w="{W[1:-1]}"><w:footnote w:type="separator" w:id="-1">'
                              f'<w:p><w:r><w:separator/></w:r></w:p></w:footnote>{footnotes}</w:footnotes>',
    }
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in source.infolist():
            if item.filename not in ("word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"):
                z.writestr(item, source.read(item))
                continue
            text = source.read(item).decode("utf-8")
            if item.filename == "word/document.xml":
                text = re.sub(r"\[\^(\d+)\]", reference, text)
            elif item.filename == "word/_rels/document.xml.rels":
                text = text.replace("</Relationships>", '<Relationship Id="rIdFootnotes" Type="http://schemas.'
                                    'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                text = text.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            z.writestr(item, text)
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def numbered_list(document, formats: list[tuple[str, str]]) -> str:
    """Add a list definition with one (numFmt, lvlText) per level; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract_id = str(len(numbering.findall(W + "abstractNum")) + 10)
    num_id = str(len(numbering.findall(W + "num")) + 10)
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(formats))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    first_num = numbering.find(W + "num")
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(num)
    return num_id


def restart(document, num_id: str, level: int = 0) -> str:
    """A new numId continuing ``num_id``'s list definition but restarting ``level`` at 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    source = next(n for n in numbering.findall(W + "num") if n.get(W + "numId") == num_id)
    clone = copy.deepcopy(source)
    new_id = str(len(numbering.findall(W + "num")) + 10)
    clone.set(W + "numId", new_id)
    clone.append(parse_xml(f'<w:lvlOverride {nsdecls("w")} w:ilvl="{level}">'
                           f'<w:startOverride w:val="1"/></w:lvlOverride>'))
    numbering.append(clone)
    return new_id


def numbered(paragraph, num_id: str, level: int = 0):
    """Make ``paragraph`` an item of list ``num_id`` at ``level``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def soft_hyphen_run(paragraph, before: str, after: str, font: str):
    """A run "<before><w:softHyphen/><after>" in ``font``, as Word stores TCVN3 "ư" (byte 0xAD)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    run = paragraph.add_run(before)
    run.font.name = font
    run._r.append(parse_xml(f'<w:softHyphen {nsdecls("w")}/>'))
    run._r.append(parse_xml(f'<w:t {nsdecls("w")} xml:space="preserve">{after}</w:t>'))
    return run
