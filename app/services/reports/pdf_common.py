"""What every printed report shares: embedded DejaVu fonts (reportlab's built-in fonts drop ą ę ł ń ś ź ż), paragraph
styles, A4 pages numbered "Strona X z Y" with the document's number in the footer, the letterhead, document
metadata, and writing the finished PDF atomically."""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.paths import resources_dir
from app.services.files import write_atomically
from app.services.reports.labels import check_language, format_date, label, label_pair
from app.services.reports.model import Letterhead

FONT, FONT_BOLD = "DejaVu", "DejaVu-Bold"
CREATOR = "Uznania"
PAGE_SIZE = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN  # 174 mm
FOOTER_Y = 10 * mm

INK = colors.black
MUTED = colors.HexColor("#555555")  # English beneath Polish, captions
GREYED = colors.HexColor("#808080")  # rejected lines
RULE = colors.HexColor("#9a9a9a")
HAIRLINE = colors.HexColor("#c8c8c8")
HEADER_FILL = colors.HexColor("#e4e4e4")
BAND_FILL = colors.HexColor("#f1f1f1")
WATERMARK = colors.HexColor("#e9e9e9")

_fonts_lock = threading.Lock()
_mono_font = ""


def register_fonts() -> str:
    """Register DejaVu Sans (regular and bold, one family so <b> works) once; returns the font for fingerprints:
    DejaVu Sans Mono when resources/fonts holds it, else DejaVu Sans (whose digits are of equal width anyway)."""
    global _mono_font
    with _fonts_lock:
        if not _mono_font:
            folder = resources_dir() / "fonts"
            pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
            mono = folder / "DejaVuSansMono.ttf"
            if mono.is_file():
                pdfmetrics.registerFont(TTFont("DejaVu-Mono", str(mono)))
                _mono_font = "DejaVu-Mono"
            else:
                _mono_font = FONT
        return _mono_font


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    mono = register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=INK)

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": style("body"),
        "justify": style("justify", alignment=TA_JUSTIFY),
        "small": style("small", fontSize=7.5, leading=9.5),
        "small_right": style("small_right", fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "small_center": style("small_center", fontSize=7.5, leading=9.5, alignment=TA_CENTER),
        "mono": style("mono", fontName=mono, fontSize=7, leading=9),
        "letterhead": style("letterhead", fontSize=9.5, leading=12.5),
        "letterhead_right": style("letterhead_right", fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        "title": style("title", fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=2),
        "subtitle": style("subtitle", fontSize=10.5, leading=13.5, alignment=TA_CENTER),
        # no keepWithNext: reportlab would move a heading and a table longer than the rest of the page to the next
        # page whole; sections keep their heading with CondPageBreak or KeepTogether instead
        "heading": style("heading", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=9, spaceAfter=4),
        "key": style("key", fontSize=8.5, leading=11, textColor=MUTED),
        "value": style("value", fontSize=9, leading=11.5),
        "banner": style("banner", fontName=FONT_BOLD, fontSize=9.5, leading=12.5, alignment=TA_CENTER),
        "cell": style("cell", fontSize=7.5, leading=9.2),
        "cell_center": style("cell_center", fontSize=7.5, leading=9.2, alignment=TA_CENTER),
        "cell_right": style("cell_right", fontSize=7.5, leading=9.2, alignment=TA_RIGHT),
        "cell_head": style("cell_head", fontName=FONT_BOLD, fontSize=7, leading=8.6, alignment=TA_CENTER),
        "cell_band": style("cell_band", fontName=FONT_BOLD, fontSize=8, leading=10, alignment=TA_LEFT),
    }


def esc(text: object) -> str:
    """Text from the data, safe inside Paragraph markup."""
    return escape(str(text))


def bilingual(key: str, lang: str, style: ParagraphStyle, **values: object) -> str:
    """Paragraph markup of a label: the one language, or for "both" the Polish with the English smaller beneath."""
    if lang != "both":
        return esc(label(key, lang, **values))
    pl, en = label_pair(key, **values)
    return both_markup(pl, en, style)


def both_markup(pl: str, en: str, style: ParagraphStyle) -> str:
    if pl == en:
        return esc(pl)
    size = round(style.fontSize * 0.82, 1)
    return f'{esc(pl)}<br/><font name="{FONT}" size="{size}" color="#555555">{esc(en)}</font>'


def break_points(text: str, width: float, style: ParagraphStyle, marks: str = "-/._") -> str:
    """Markup of a code ("0600-FL-EK-S1-05") with line breaks after its separators where it would not fit `width`
    (reportlab breaks only at spaces, else anywhere in the word)."""
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return esc(text)
    pieces = re.findall(rf"[^{re.escape(marks)}]*[{re.escape(marks)}]|[^{re.escape(marks)}]+$", text)
    lines = [""]
    for piece in pieces:
        if lines[-1] and stringWidth(lines[-1] + piece, style.fontName, style.fontSize) > width:
            lines.append("")
        lines[-1] += piece
    return "<br/>".join(esc(line) for line in lines)


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def table_style(commands: Sequence[tuple]) -> TableStyle:
    """A table's style, DejaVu for every cell: a cell left empty ("") still opens a text object in the table's
    font, and reportlab's default, Helvetica, would be listed in the PDF though not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def letterhead_block(letterhead: Letterhead, issued_on: date, width: float = FRAME_WIDTH) -> Table:
    """University and faculty on the left, "Opole, 24.11.2026" on the right."""
    st = styles()
    left = para(f"<b>{esc(letterhead.university)}</b><br/>{esc(letterhead.faculty)}", st["letterhead"])
    place = f"{esc(letterhead.place)}, " if letterhead.place.strip() else ""
    right = para(f"{place}{format_date(issued_on)}", st["letterhead_right"])
    table = Table([[left, right]], colWidths=[width * 0.68, width * 0.32])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def key_value_table(rows: Sequence[tuple[str, Flowable | str]], key_width: float = 58 * mm,
                    width: float = FRAME_WIDTH) -> Table:
    """Label / value pairs: labels as markup (already bilingual where wanted), values as markup or flowables."""
    st = styles()
    data = [[para(key, st["key"]), value if isinstance(value, Flowable) else para(value, st["value"])]
            for key, value in rows]
    table = Table(data, colWidths=[key_width, width - key_width], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def page_label(lang: str, page: int, pages: int) -> str:
    return label("footer.page", lang, page=page, pages=pages)


def numbered_canvas(footer_left: str, lang: str) -> type[Canvas]:
    """A canvas class that keeps every page's state until the end, then writes "Strona X z Y" (the total known only
    then) and `footer_left` (the document's number) on each page: reportlab's usual two-pass NumberedCanvas."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self._draw_footer(pages)
                super().showPage()
            super().save()

        def _draw_footer(self, pages: int) -> None:
            self.saveState()
            self.setStrokeColor(HAIRLINE)
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER_Y + 9, PAGE_SIZE[0] - MARGIN, FOOTER_Y + 9)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            self.drawString(MARGIN, FOOTER_Y, footer_left)
            self.drawRightString(PAGE_SIZE[0] - MARGIN, FOOTER_Y, page_label(lang, self._pageNumber, pages))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str  # the university
    subject: str
    keywords: str = ""


def build_pdf(story: list[Flowable], meta: PdfMeta, *, footer_left: str, lang: str,
              on_page: Callable[[Canvas, object], None] | None = None) -> bytes:
    """Lay `story` out on A4 portrait pages with ~18 mm margins and return the PDF's bytes. `on_page` draws beneath
    each page's content (a watermark)."""
    check_language(lang)
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=meta.title, author=meta.author, subject=meta.subject, keywords=meta.keywords,
        creator=CREATOR, producer=CREATOR, lang="en-GB" if lang == "en" else "pl-PL",
        initialFontName=FONT, initialFontSize=9, displayDocTitle=True,
    )
    draw = on_page or (lambda canvas, doc: None)
    doc.build(story, onFirstPage=draw, onLaterPages=draw, canvasmaker=numbered_canvas(footer_left, lang))
    return buffer.getvalue()


write_pdf_atomically = write_atomically  # the project's one atomic writer


__all__ = ["FONT", "FONT_BOLD", "FRAME_WIDTH", "MARGIN", "PAGE_SIZE", "PdfMeta", "bilingual", "both_markup",
           "break_points", "build_pdf", "esc", "key_value_table", "letterhead_block", "numbered_canvas", "para",
           "register_fonts", "styles", "table_style", "write_pdf_atomically"]
