"""Printing and exporting: the decision report for the dean (PDF), list reports, and the export of approved
recognitions for data entry. Every saved file and every print is recorded in the audit log."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.services import audit
from app.services.comparison import ComparisonService
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.files import write_atomically
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress
from app.services.reports import exports, lists
from app.services.reports.data import ReportOptions, gather
from app.services.reports.model import LANGUAGES, DecisionReport, ListReport

EXPORT_FORMATS = ("csv", "xlsx")


def report_file_name(number: str) -> str:
    """ "UZN/2026/00050" → "UZN-2026-00050.pdf": a decision number as a file name on every system."""
    return re.sub(r"[^\w.-]+", "-", number).strip("-") + ".pdf"


class ReportService:
    def __init__(self, ctx: ServiceContext, comparison: ComparisonService, options: ReportOptions | None = None
                 ) -> None:
        self.ctx = ctx
        self.comparison = comparison
        self.options = options or ReportOptions()

    def _lang(self, lang: str | None) -> str:
        lang = lang or self.options.language
        if lang not in LANGUAGES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Reports are printed in pl, en or both, not {lang}."),
                                  lang=lang)
        return lang

    # -- the decision report ---------------------------------------------------------------------------------
    def decision_report(self, decision_id: int, lang: str | None = None) -> DecisionReport:
        lang = self._lang(lang)
        with self.ctx.reading() as session:
            return gather(session, decision_id, self.options, self.comparison, lang, self.ctx.today())

    def decision_pdf(self, decision_id: int, lang: str | None = None) -> bytes:
        """The report as PDF bytes, for the preview (nothing recorded: it is only looked at)."""
        from app.services.reports.pdf_decision import render_decision_report
        lang = self._lang(lang)
        return render_decision_report(self.decision_report(decision_id, lang), lang)

    def save_decision_report(self, decision_id: int, path: Path, lang: str | None = None) -> Path:
        """Write the report to `path` (atomically) and record it."""
        check(self.ctx, Permission.REPORTS_PRINT)
        lang = self._lang(lang)
        report = self.decision_report(decision_id, lang)
        from app.services.reports.pdf_decision import render_decision_report
        data = render_decision_report(report, lang)
        write_atomically(data, Path(path))
        self._record("report.save", decision_id, report, data, lang, file=Path(path).name)
        return Path(path)

    def save_decision_reports(self, decision_ids: Sequence[int], folder: Path, lang: str | None = None,
                              progress: Progress = NO_PROGRESS) -> list[Path]:
        """One PDF per decision in `folder`, named after its number; cancelling keeps the ones already written
        (each recorded as it is written)."""
        check(self.ctx, Permission.REPORTS_PRINT)
        lang = self._lang(lang)
        written = []
        for done, decision_id in enumerate(decision_ids):
            progress.step(done, len(decision_ids))
            report = self.decision_report(decision_id, lang)
            path = Path(folder) / report_file_name(report.number)
            written.append(self.save_decision_report(decision_id, path, lang))
        progress.step(len(decision_ids), len(decision_ids))
        return written

    def record_print(self, decision_id: int, printer: str, lang: str | None = None, data: bytes = b"") -> None:
        """Record that the report went to a printer."""
        check(self.ctx, Permission.REPORTS_PRINT)
        lang = self._lang(lang)
        with self.ctx.transaction() as session:
            audit.record(session, self.ctx, "report.print", "decision", decision_id, after={
                "printer": printer, "language": lang, "sha256": hashlib.sha256(data).hexdigest() if data else ""})

    def _record(self, action: str, decision_id: int, report: DecisionReport, data: bytes, lang: str,
                **extra) -> None:
        with self.ctx.transaction() as session:
            audit.record(session, self.ctx, action, "decision", decision_id, after={
                "number": report.number, "state": report.state, "language": lang, "pages_sha256":
                hashlib.sha256(data).hexdigest(), **extra})

    # -- list reports ----------------------------------------------------------------------------------------
    def list_report(self, programme_code: str = "", term: str = "", overdue: bool = False,
                    lang: str | None = None) -> ListReport:
        lang = self._lang(lang)
        with self.ctx.reading() as session:
            return lists.decisions_list(session, self.options.letterhead, self.ctx.today(), lang, programme_code,
                                        term, overdue)

    def list_pdf(self, programme_code: str = "", term: str = "", overdue: bool = False,
                 lang: str | None = None) -> bytes:
        from app.services.reports.pdf_lists import render_list_report
        lang = self._lang(lang)
        return render_list_report(self.list_report(programme_code, term, overdue, lang), lang)

    def save_list_report(self, path: Path, programme_code: str = "", term: str = "", overdue: bool = False,
                         lang: str | None = None) -> int:
        """Write a list report; how many decisions it lists."""
        check(self.ctx, Permission.REPORTS_PRINT)
        from app.services.reports.pdf_lists import render_list_report
        lang = self._lang(lang)
        report = self.list_report(programme_code, term, overdue, lang)
        data = render_list_report(report, lang)
        write_atomically(data, Path(path))
        with self.ctx.transaction() as session:
            audit.record(session, self.ctx, "report.list", "report", "overdue" if overdue else "decisions", after={
                "programme": programme_code, "term": term, "rows": len(report.rows), "file": Path(path).name,
                "sha256": hashlib.sha256(data).hexdigest()})
        return len(report.rows)

    # -- export for data entry -------------------------------------------------------------------------------
    def approved_rows(self, programme_code: str | None = None, since: date | None = None,
                      decision_ids: Sequence[int] | None = None) -> list[exports.ExportRow]:
        with self.ctx.reading() as session:
            return exports.approved_rows(session, programme_code, since, decision_ids)

    def export_approved(self, path: Path, fmt: str | None = None, programme_code: str | None = None,
                        since: date | None = None, decision_ids: Sequence[int] | None = None) -> int:
        """Approved recognitions as CSV or XLSX for data entry; how many rows."""
        check(self.ctx, Permission.EXPORT_APPROVED)
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The approved recognitions are exported as CSV or XLSX, not {kind}."), kind=fmt or "?")
        with self.ctx.transaction() as session:  # read and record together: the log says exactly what left
            rows = exports.approved_rows(session, programme_code, since, decision_ids)
            data = exports.export_bytes(rows, fmt)
            audit.record(session, self.ctx, "export.approved", "export", path.name, after={
                "format": fmt, "rows": len(rows), "programme": programme_code, "since": since,
                "decisions": sorted({r.decision for r in rows}), "sha256": hashlib.sha256(data).hexdigest()})
        write_atomically(data, path)
        return len(rows)
