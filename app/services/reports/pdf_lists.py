"""List reports: the decisions of a programme or term with their state, deadline and recognised ECTS, or the
"who to chase" list of overdue decisions with the students' e-mail addresses. A4 portrait, numbered pages, the
table header repeated on every page, the count at the end."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.services.reports.labels import check_language, format_date, format_ects, label, term, term_pair
from app.services.reports.model import ListReport, ListRow
from app.services.reports.pdf_common import (
    BAND_FILL,
    FONT,
    HAIRLINE,
    HEADER_FILL,
    INK,
    RULE,
    PdfMeta,
    bilingual,
    both_markup,
    build_pdf,
    esc,
    letterhead_block,
    para,
    styles,
    table_style,
)

# column keys and widths in mm (174 mm in all)
DECISION_COLUMNS = (("list.number", 30), ("list.album", 17), ("list.student", 41), ("list.programme", 18),
                    ("list.semesters", 14), ("list.state", 21), ("list.deadline", 19), ("list.ects", 14))
OVERDUE_COLUMNS = (("list.number", 30), ("list.album", 17), ("list.student", 42), ("list.email", 47),
                   ("list.deadline", 19), ("list.days_overdue", 19))


def render_list_report(report: ListReport, lang: str = "pl") -> bytes:
    """The list as PDF bytes; `report.title` and `subtitle` come already in the report's language."""
    check_language(lang)
    st = styles()
    story: list[Flowable] = [letterhead_block(report.letterhead, report.issued_on), Spacer(1, 6 * mm),
                             para(esc(report.title), st["title"])]
    if report.subtitle:
        story.append(para(esc(report.subtitle), st["subtitle"]))
    story.append(Spacer(1, 5 * mm))
    if report.rows:
        story.append(_table(report, lang))
    else:
        story.append(para(bilingual("list.empty", lang, st["body"]), st["body"]))
    story += [Spacer(1, 3 * mm), para(f"<b>{bilingual('list.count', lang, st['body'], n=len(report.rows))}</b>",
                                      st["body"])]
    meta = PdfMeta(title=report.title, author=report.letterhead.university,
                   subject=f"{report.subtitle} ({format_date(report.issued_on)})" if report.subtitle
                   else format_date(report.issued_on))
    footer = f"{report.title} · {format_date(report.issued_on)}"
    return build_pdf(story, meta, footer_left=footer if len(footer) <= 110 else footer[:109] + "…", lang=lang)


def _table(report: ListReport, lang: str) -> Table:
    st = styles()
    columns = OVERDUE_COLUMNS if report.overdue else DECISION_COLUMNS
    head = [para(bilingual(key, lang, st["cell_head"]), st["cell_head"]) for key, _ in columns]
    cells = _overdue_cells if report.overdue else _decision_cells
    rows = [head] + [cells(row, lang) for row in report.rows]
    table = Table(rows, colWidths=[width * mm for _, width in columns], repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.4), ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ]
    # every other row faintly shaded, so a long row is easy to follow across the page
    commands += [("BACKGROUND", (0, r), (-1, r), BAND_FILL) for r in range(2, len(rows), 2)]
    table.setStyle(table_style(commands))
    return table


def _cell(markup: str, style: str = "cell") -> Paragraph:
    return para(markup, styles()[style])


def _state(value: str, lang: str) -> str:
    if lang == "both":
        return both_markup(*term_pair("state", value), styles()["cell"])
    return esc(term("state", value, lang))


def _deadline(row: ListRow, lang: str) -> str:
    """The deadline; when passed, bold with how long ago ("+12 dni"; in Polish for "both": the number says it)."""
    text = format_date(row.deadline)
    if row.days_overdue and row.days_overdue > 0:
        key = "list.overdue_by_one" if row.days_overdue == 1 else "list.overdue_by"
        late = esc(label(key, "en" if lang == "en" else "pl", days=row.days_overdue))
        text = f'<b>{text}</b><br/><font size="6.8">{late}</font>'
    return text


def _decision_cells(row: ListRow, lang: str) -> list[Paragraph]:
    ects = format_ects(row.ects_recognised, "en" if lang == "en" else "pl")
    return [_cell(esc(row.number)), _cell(esc(row.album_number)), _cell(esc(row.student)),
            _cell(esc(row.programme_code)), _cell(esc(row.semesters), "cell_center"), _cell(_state(row.state, lang)),
            _cell(_deadline(row, lang), "cell_center"), _cell(ects, "cell_right")]


def _overdue_cells(row: ListRow, lang: str) -> list[Paragraph]:
    days = str(row.days_overdue) if row.days_overdue is not None else "—"
    return [_cell(esc(row.number)), _cell(esc(row.album_number)), _cell(esc(row.student)),
            _cell(esc(row.email) or "—"), _cell(format_date(row.deadline), "cell_center"),
            _cell(f"<b>{days}</b>", "cell_center")]


__all__ = ["render_list_report"]
