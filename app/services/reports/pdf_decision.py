"""The recognition decision as the dean reads and signs it: letterhead, title, student, legal basis, mobility and the
source of the results, the table of recognised courses by semester, the ECTS summary, programme differences,
justification, appeal instruction and the signature block. A4 portrait; a draft carries a watermark and a banner."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from app.services.reports.labels import (
    check_language,
    format_date,
    format_datetime,
    format_ects,
    label,
    label_pair,
    term,
    term_pair,
    yes_no,
)
from app.services.reports.model import (
    DecisionReport,
    ForeignItem,
    HomeItem,
    Mobility,
    ReportLine,
    ReportSemester,
    ResultSource,
)
from app.services.reports.pdf_common import (
    BAND_FILL,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    HAIRLINE,
    HEADER_FILL,
    INK,
    PAGE_SIZE,
    RULE,
    WATERMARK,
    PdfMeta,
    bilingual,
    both_markup,
    break_points,
    build_pdf,
    esc,
    key_value_table,
    letterhead_block,
    para,
    styles,
    table_style,
)

# foreign: code, original title, ECTS, grade (scale) | home: code, name, ECTS, form | grade, method  (174 mm)
COLUMNS_MM = (18, 31, 10, 12.5, 18, 31, 10, 11, 10.5, 22)
PADDING = 2.4  # points, each side of a cell
FOREIGN, HOME, RESULT = 0, 4, 8
GREY = "#808080"
FORMS = ("E", "ZO", "ZAL")


def render_decision_report(report: DecisionReport, lang: str = "pl") -> bytes:
    """The decision as PDF bytes in `lang` ("pl", "en" or "both"). Nothing is written anywhere: the caller saves it
    (`write_pdf_atomically`) and records the print in the audit log."""
    check_language(lang)
    text = _Text(lang)
    story: list[Flowable] = []
    story += _heading_part(report, text)
    story += _student_part(report, text)
    story += _section(text, "section.legal", _text_block(report.legal_basis, "justify"), keep=False)
    story += _section(text, "section.mobility", [_mobility_table(report.mobility, text)])
    story += _section(text, "section.sources", _sources(report.mobility.sources, text))
    story += _section(text, "section.courses", _courses(report.semesters, text), keep=False, room=45 * mm)
    story += _section(text, "section.summary", _summary(report, text))
    story += _section(text, "section.obligations", _obligations(report, text), keep=len(report.obligations) < 12)
    story += _section(text, "section.justification", _text_block(report.justification, "justify"), keep=False)
    # the appeal instruction and the signature on one page where they fit
    story.append(KeepTogether([text.para("section.appeal", "heading"), *_text_block(report.appeal, "justify"),
                               Spacer(1, 8 * mm), _signature_block(report, text)]))

    one = "pl" if lang == "both" else lang  # the footer and metadata in one language: they are not read aloud
    footer = label("footer.number", one, number=report.number)
    if report.amendment:
        footer += " · " + label("doc.amendment", one, n=report.amendment)
    if report.draft:
        footer += " · " + label("doc.draft", lang)
    meta = PdfMeta(
        title=f"{label('doc.title', one).capitalize()} {label('doc.number', one, number=report.number)}",
        author=report.letterhead.university,
        subject=label("doc.pdf_subject", one, student=report.student.full_name, album=report.student.album_number),
    )
    watermark = _watermark(label("doc.draft", lang)) if report.draft else None
    return build_pdf(story, meta, footer_left=footer, lang=lang, on_page=watermark)


class _Text:
    """Labels of one report in its language, as Paragraph markup or as Paragraphs."""

    def __init__(self, lang: str):
        self.lang = lang
        self.st = styles()

    def markup(self, key: str, style: str = "body", **values: object) -> str:
        return bilingual(key, self.lang, self.st[style], **values)

    def para(self, key: str, style: str = "body", **values: object) -> Paragraph:
        return para(self.markup(key, style, **values), self.st[style])

    def term(self, group: str, value: str, style: str = "body") -> str:
        if self.lang == "both":
            return both_markup(*term_pair(group, value), self.st[style])
        return esc(term(group, value, self.lang))

    def plain(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def ects(self, value: Decimal | None) -> str:
        return format_ects(value, "en" if self.lang == "en" else "pl")


def _section(text: _Text, key: str, body: Sequence[Flowable], keep: bool = True,
             room: float = 25 * mm) -> list[Flowable]:
    """A heading and its body: kept on one page when short (`keep`), else started on a new page only when less
    than `room` is left, so a heading never ends a page alone."""
    heading = text.para(key, "heading")
    if keep:
        return [KeepTogether([heading, *body])]
    return [CondPageBreak(room), heading, *body]


def _text_block(value: str, style: str) -> list[Flowable]:
    """Configured text (legal basis, justification, appeal) as given: blank lines part paragraphs."""
    st = styles()
    blocks = [block.strip() for block in re.split(r"\n\s*\n", value or "") if block.strip()]
    if not blocks:
        return [para("—", st[style])]
    return [para(esc(block).replace("\n", "<br/>"), st[style]) for block in blocks]


def _heading_part(report: DecisionReport, text: _Text) -> list[Flowable]:
    st = text.st
    parts: list[Flowable] = [letterhead_block(report.letterhead, report.issued_on), Spacer(1, 6 * mm)]
    if report.draft:
        if text.lang == "both":
            pl = label_pair("doc.draft_note", state=term_pair("state", report.state)[0])[0]
            en = label_pair("doc.draft_note", state=term_pair("state", report.state)[1])[1]
            note = both_markup(pl, en, st["banner"])
        else:
            note = esc(label("doc.draft_note", text.lang, state=term("state", report.state, text.lang)))
        banner = Table([[para(note, st["banner"])]], colWidths=[FRAME_WIDTH])
        banner.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1, INK), ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        parts += [banner, Spacer(1, 5 * mm)]
    if text.lang == "both":
        pl, en = (f"{label('doc.title', one)} {label('doc.number', one, number=report.number)}" for one in ("pl", "en"))
        title = f'{esc(pl)}<br/><font name="{FONT}" size="10.5" color="#555555">{esc(en)}</font>'
    else:
        title = f"{text.markup('doc.title')} {text.markup('doc.number', number=report.number)}"
    parts += [para(title, st["title"]), text.para("doc.subject", "subtitle")]
    if report.amendment:
        parts.append(para(f"<b>{text.markup('doc.amendment', 'subtitle', n=report.amendment)}</b>", st["subtitle"]))
    parts.append(Spacer(1, 2 * mm))
    return parts


def _student_part(report: DecisionReport, text: _Text) -> list[Flowable]:
    student = report.student
    several = bool(re.search(r"[,;–\-\s]", student.semesters.strip()))
    rows = [
        (text.markup("student.name", "key"), f"<b>{esc(student.full_name)}</b>"),
        (text.markup("student.album", "key"), f"<b>{esc(student.album_number)}</b>"),
        (text.markup("student.programme", "key"), f"{esc(student.programme_name)} ({esc(student.programme_code)})"),
        (text.markup("student.level", "key"), esc(student.level)),
        (text.markup("student.mode", "key"), esc(student.mode)),
        (text.markup("student.semesters" if several else "student.semester", "key"), esc(student.semesters)),
        (text.markup("student.cohort", "key"), esc(student.cohort)),
    ]
    return _section(text, "section.student", [key_value_table(rows)])


def _mobility_table(mobility: Mobility, text: _Text) -> Table:
    host = esc(mobility.host_name)
    if mobility.host_country:
        host += f" ({esc(mobility.host_country)})"
    if mobility.host_code:
        host += f", {esc(label('mobility.code', 'pl' if text.lang == 'both' else text.lang))} {esc(mobility.host_code)}"
    if not mobility.agreement_version:
        agreement = "—"
    elif mobility.agreement_date:
        agreement = text.markup("mobility.agreement_dated", "value", version=mobility.agreement_version,
                                date=format_date(mobility.agreement_date))
    else:
        agreement = text.markup("mobility.agreement_version", "value", version=mobility.agreement_version)
    return key_value_table([
        (text.markup("mobility.host", "key"), host),
        (text.markup("mobility.period", "key"), esc(mobility.period) or "—"),
        (text.markup("mobility.agreement", "key"), agreement),
    ])


def _sources(sources: Sequence[ResultSource], text: _Text) -> list[Flowable]:
    st = text.st
    if not sources:
        return [text.para("source.none")]
    emrex = [source for source in sources if source.kind == "emrex"]
    parts: list[Flowable] = []
    for source in sources:
        if source.kind != "emrex":
            parts.append(text.para("source.manual_also" if emrex else "source.manual"))
            continue
        if len(emrex) > 1:
            parts.append(text.para("source.emrex_nth", "body", n=emrex.index(source) + 1, count=len(emrex)))
        else:
            parts.append(text.para("source.emrex"))
        rows = [
            (text.markup("source.issuer", "key"), esc(source.issuer) or "—"),
            (text.markup("source.sha256", "key"), para(esc(source.sha256) or "—", st["mono"])),
            (text.markup("source.emp", "key"), esc(source.emp) or "—"),
            (text.markup("source.signature", "key"),
             f"<b>{text.term('signature', source.signature, 'value')}</b>" if source.signature else "—"),
            (text.markup("source.received", "key"), format_datetime(source.received_at)),
        ]
        table = key_value_table(rows)
        table.setStyle(table_style([("LEFTPADDING", (0, 0), (0, -1), 8)]))  # beneath its caption
        parts += [table, Spacer(1, 2 * mm)]
    return parts


# ---------------------------------------------------------------------------------------------- the courses table


class _CoursesTable:
    """Rows and style commands of the recognised-courses table, built line by line."""

    def __init__(self, text: _Text):
        self.text = text
        self.st = text.st
        self.rows: list[list] = []
        self.cmds: list[tuple] = []
        self._band_row: int | None = None

    # cells
    def cell(self, markup: str, style: str = "cell", grey: bool = False) -> Paragraph:
        if grey:
            markup = f'<font color="{GREY}">{markup}</font>'
        return para(markup, self.st[style])

    def code(self, code: str, column: int, grey: bool) -> Paragraph:
        width = COLUMNS_MM[column] * mm - 2 * PADDING
        return self.cell(break_points(code, width, self.st["cell"]), grey=grey)

    def header(self) -> None:
        t = self.text
        group = [t.markup("col.foreign", "cell_head"), "", "", "", t.markup("col.home", "cell_head"), "", "", "",
                 t.markup("col.result", "cell_head"), ""]
        keys = ("col.code", "col.title", "col.ects", "col.grade_original", "col.code", "col.name", "col.ects",
                "col.form", "col.grade", "col.method")
        self.rows.append([self.cell(m, "cell_head") if m else "" for m in group])
        self.rows.append([self.cell(t.markup(key, "cell_head"), "cell_head") for key in keys])
        self.cmds += [
            ("SPAN", (FOREIGN, 0), (HOME - 1, 0)), ("SPAN", (HOME, 0), (RESULT - 1, 0)), ("SPAN", (RESULT, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE), ("LINEBELOW", (0, 1), (-1, 1), 0.9, INK),
        ]

    def semester(self, semester: ReportSemester) -> None:
        t = self.text
        row = len(self.rows)
        self.rows.append([self.cell(t.markup("table.semester", "cell_band", n=semester.semester), "cell_band")]
                         + [""] * 9)
        self.cmds += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), BAND_FILL),
                      ("LINEBELOW", (0, row), (-1, row), 0.4, RULE)]
        self._band_row = row
        ordered = [line for line in semester.lines if line.recognised] + [
            line for line in semester.lines if not line.recognised]
        last_start = row
        for line in ordered:
            last_start = self.line(line)
        self.total(t.markup("table.subtotal", "cell", n=semester.semester), semester.foreign_ects,
                   semester.home_ects, keep_from=last_start)

    def line(self, line: ReportLine) -> int:
        """Adds a line (one table row per stacked course, so each foreign course sits level with its details) and its
        note; returns its first row."""
        t, grey = self.text, not line.recognised
        start = len(self.rows)
        count = max(len(line.foreign), len(line.home), 1)
        rows = [[""] * 10 for _ in range(count)]
        for i, item in enumerate(line.foreign):
            rows[i][FOREIGN:HOME] = self._foreign_cells(item, grey)
        for i, item in enumerate(line.home):
            rows[i][HOME:RESULT] = self._home_cells(item, grey)
        self._stack(start, count, len(line.foreign), FOREIGN)
        self._stack(start, count, len(line.home), HOME)
        end = start + count - 1
        if line.recognised:
            rows[0][RESULT] = self.cell(f'<font size="9"><b>{esc(line.grade)}</b></font>', "cell_center")
            rows[0][RESULT + 1] = self.cell(t.term("method", line.method, "cell") if line.method else "", "cell")
            if count > 1:
                self.cmds += [("SPAN", (RESULT, start), (RESULT, end)), ("SPAN", (RESULT + 1, start), (-1, end))]
        else:
            rows[0][RESULT] = self.cell(f"<b>{t.markup('table.rejected', 'cell')}</b>", "cell_center", grey=True)
            self.cmds.append(("SPAN", (RESULT, start), (-1, end)))
        self.rows += rows
        if line.note:
            key = "table.note" if line.recognised else "table.reason"
            note = f"<b>{esc(t.plain(key))}:</b> {esc(line.note)}"
            self.rows.append([self.cell(note, "cell", grey=grey)] + [""] * 9)
            end += 1
            self.cmds += [("SPAN", (0, end), (-1, end)), ("LEFTPADDING", (0, end), (0, end), 10),
                          ("TOPPADDING", (0, end), (-1, end), 0)]
        self.cmds += [("LINEBELOW", (0, end), (-1, end), 0.4, RULE)]
        keep_from = self._band_row if self._band_row is not None else start
        self.cmds.append(("NOSPLIT", (0, keep_from), (-1, end)))  # a semester's heading stays with its first line
        self._band_row = None
        return start

    def _stack(self, start: int, count: int, items: int, first_col: int) -> None:
        """Courses of one side sit one per row; the last one spans the rows the other side needs; between two
        courses of the same line, a dotted hairline."""
        for i in range(1, min(items, count)):
            self.cmds.append(("LINEABOVE", (first_col, start + i), (first_col + 3, start + i), 0.3, HAIRLINE,
                              None, (1, 1.5)))
        if 0 < items < count:
            for col in range(first_col, first_col + 4):
                self.cmds.append(("SPAN", (col, start + items - 1), (col, start + count - 1)))
        elif items == 0 and count > 1:
            self.cmds.append(("SPAN", (first_col, start), (first_col + 3, start + count - 1)))

    def _foreign_cells(self, item: ForeignItem, grey: bool) -> list[Paragraph]:
        grade = f"<b>{esc(item.grade)}</b>" if item.grade else "—"
        if item.scheme:
            grade += f'<br/><font size="6.2" color="#555555">({esc(item.scheme)})</font>'
        return [self.code(item.code, FOREIGN, grey), self.cell(esc(item.title), grey=grey),
                self.cell(self.text.ects(item.ects), "cell_center", grey), self.cell(grade, "cell_center", grey)]

    def _home_cells(self, item: HomeItem, grey: bool) -> list[Paragraph]:
        return [self.code(item.code, HOME, grey), self.cell(esc(item.name), grey=grey),
                self.cell(self.text.ects(item.ects), "cell_center", grey),
                self.cell(esc(item.form), "cell_center", grey)]

    def total(self, markup: str, foreign: Decimal, home: Decimal, keep_from: int, grand: bool = False) -> None:
        row = len(self.rows)
        bold = lambda value: self.cell(f"<b>{self.text.ects(value)}</b>", "cell_center")  # noqa: E731
        self.rows.append([self.cell(f"<b>{markup}</b>", "cell_right"), "", bold(foreign), "", "", "", bold(home),
                          "", "", ""])
        self.cmds += [("SPAN", (0, row), (1, row)), ("SPAN", (3, row), (5, row)), ("SPAN", (7, row), (-1, row)),
                      ("LINEABOVE", (0, row), (-1, row), 0.9 if grand else 0.6, INK),
                      ("LEFTPADDING", (2, row), (-1, row), 1), ("RIGHTPADDING", (2, row), (-1, row), 1),
                      ("NOSPLIT", (0, keep_from), (-1, row))]
        if grand:
            self.cmds.append(("BACKGROUND", (0, row), (-1, row), HEADER_FILL))

    def table(self) -> Table:
        widths = [w * mm for w in COLUMNS_MM]
        table = Table(self.rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
        table.setStyle(table_style([
            ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("VALIGN", (0, 2), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("BOX", (0, 0), (-1, -1), 0.9, INK),
            ("LINEBEFORE", (1, 1), (-1, -1), 0.25, HAIRLINE),
            ("LINEBEFORE", (HOME, 0), (HOME, -1), 0.9, INK), ("LINEBEFORE", (RESULT, 0), (RESULT, -1), 0.9, INK),
            *self.cmds,
        ]))
        return table


def _courses(semesters: Sequence[ReportSemester], text: _Text) -> list[Flowable]:
    if not semesters:
        return [text.para("table.empty")]
    builder = _CoursesTable(text)
    builder.header()
    for semester in semesters:
        builder.semester(semester)
    if len(semesters) > 1:
        builder.total(text.markup("table.total", "cell"), sum((s.foreign_ects for s in semesters), Decimal(0)),
                      sum((s.home_ects for s in semesters), Decimal(0)), keep_from=len(builder.rows), grand=True)
    return [builder.table(), Spacer(1, 1.5 * mm), _forms_legend(semesters, text)]


def _forms_legend(semesters: Sequence[ReportSemester], text: _Text) -> Paragraph:
    """"Forma zaliczenia: E – egzamin, ZO – zaliczenie na ocenę, ZAL – zaliczenie" for the forms printed."""
    used = {item.form for s in semesters for line in s.lines for item in line.home}
    forms = [form for form in FORMS if form in used] or list(FORMS)

    def legend(lang: str) -> str:
        items = ", ".join(f"{form} – {term('form', form, lang)}" for form in forms)
        return f"{label('table.forms', lang)}: {items}."

    st = text.st["small"]
    markup = both_markup(legend("pl"), legend("en"), st) if text.lang == "both" else esc(legend(text.lang))
    return para(markup, st)


# ------------------------------------------------------------------------------------------- summary and closing


def _summary(report: DecisionReport, text: _Text) -> list[Flowable]:
    rows = [
        (text.markup("summary.abroad", "key"), f"<b>{text.ects(report.ects_abroad)}</b>"),
        (text.markup("summary.recognised", "key"), f"<b>{text.ects(report.ects_recognised)}</b>"),
        (text.markup("summary.required", "key"), f"<b>{text.ects(report.ects_required)}</b>"),
    ]
    st = text.st["body"]
    if text.lang == "both":
        pl = f"{label('summary.credited', 'pl')}: {yes_no(report.semester_credited, 'pl')}"
        en = f"{label('summary.credited', 'en')}: {yes_no(report.semester_credited, 'en')}"
        verdict = both_markup(pl, en, st)
    else:
        verdict = esc(f"{label('summary.credited', text.lang)}: {yes_no(report.semester_credited, text.lang)}")
    box = Table([[para(f'<font size="10.5"><b>{verdict}</b></font>', text.st["value"])]], colWidths=[FRAME_WIDTH],
                hAlign="LEFT")
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.9, INK), ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return [key_value_table(rows, key_width=95 * mm), Spacer(1, 2 * mm), box]


def _obligations(report: DecisionReport, text: _Text) -> list[Flowable]:
    if not report.obligations:
        return [text.para("obligations.none")]
    st = text.st
    head = [para(text.markup(key, "cell_head"), st["cell_head"])
            for key in ("col.code", "col.name", "col.ects", "col.semester", "col.deadline")]
    rows = [head] + [[
        para(esc(o.code), st["cell"]), para(esc(o.name), st["cell"]),
        para(text.ects(o.ects), st["cell_center"]), para(str(o.semester), st["cell_center"]),
        para(format_date(o.deadline), st["cell_center"]),
    ] for o in report.obligations]
    table = Table(rows, colWidths=[w * mm for w in (24, 90, 14, 18, 28)], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.4), ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ]))
    return [table]


def _signature_block(report: DecisionReport, text: _Text) -> Table:
    st = text.st
    letterhead = report.letterhead
    cell: list[Flowable] = [
        para(esc(letterhead.dean_title), st["subtitle"]),
        para(f"<b>{esc(letterhead.dean_name)}</b>", st["subtitle"]),
        Spacer(1, 16 * mm),
        HRFlowable(width="92%", thickness=0.5, color=INK, dash=(1, 1.5), spaceAfter=2),
        para(text.markup("signature.caption", "small"), st["small_center"]),
    ]
    width = 80 * mm
    rows = [["", cell]]
    if report.state == "approved" and report.approved_by:  # who pressed "approve", small, beneath the signature
        rows.append([para(text.markup("signature.approved", "small", who=report.approved_by,
                                      when=format_datetime(report.approved_at)), st["small_right"]), ""])
    table = Table(rows, colWidths=[FRAME_WIDTH - width, width], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("SPAN", (0, 1), (-1, 1)),
                               ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    return table


def _watermark(word: str):
    """"PROJEKT" across each page of a draft, pale, beneath the content."""

    def draw(canvas: Canvas, doc: object) -> None:
        width, height = PAGE_SIZE
        diagonal = math.hypot(width, height)
        size = min(110.0, 0.62 * diagonal / max(canvas.stringWidth(word, FONT_BOLD, 1), 1))
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(FONT_BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        canvas.drawCentredString(0, -size * 0.35, word)
        canvas.restoreState()

    return draw


__all__ = ["render_decision_report"]
