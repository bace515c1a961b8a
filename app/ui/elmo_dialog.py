"""Load EMREX results into a decision: everything the document says and whether it can be believed, the
courses to take over, and then one import."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.elmo.identity import MATCH, NEAR_MISS
from app.services.errors import AppError, InternalError
from app.services.intake import ExpectedSigner, ImportedDocument, IntakePreview
from app.ui import prompts
from app.ui.course_models import DocumentCoursesModel
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_datetime, format_ects, translate

GOOD, DOUBT, BAD = "#1b6e2a", "#8a5a00", "#9b1c1c"
MAX_ATTACHMENTS_LISTED = 20
_viewer_files: tempfile.TemporaryDirectory | None = None


def _viewer_folder() -> str:
    global _viewer_files
    if _viewer_files is None:
        _viewer_files = tempfile.TemporaryDirectory(prefix="uznania-view-")  # removed at exit
    return _viewer_files.name


def _coloured(text: str, colour: str) -> str:
    return f"<b style='color:{colour}'>{html.escape(text)}</b>"


class ElmoImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, decision_id: int, data: bytes, source_name: str,
                 expected_emp: ExpectedSigner | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id, self.data, self.source_name = desk, decision_id, data, source_name
        self.expected_emp = expected_emp  # results fetched live: the contact point they were fetched from
        self.preview: IntakePreview | None = None
        self.imported: ImportedDocument | None = None
        self.setObjectName("elmoImportDialog")
        self.setWindowTitle(self.tr("EMREX results from %1").replace("%1", source_name))
        self.resize(1150, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.document_box, self.document_form = self._box(self.tr("Document"))
        self.trust_box, self.trust_form = self._box(self.tr("Signature and identity"))
        top.addWidget(self.document_box, 1)
        top.addWidget(self.trust_box, 1)
        layout.addLayout(top)
        self.refusals = QLabel(self)
        self.refusals.setObjectName("refusals")
        self.refusals.setWordWrap(True)
        layout.addWidget(self.refusals)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("nearMissReason")
        self.reason.setPlaceholderText(self.tr("Why you accept this learner as the student (recorded in the "
                                               "audit log)"))
        self.reason.setFixedHeight(60)
        self.reason.hide()
        self.reason.textChanged.connect(self._update)
        layout.addWidget(self.reason)
        self.model = DocumentCoursesModel(self)
        self.model.selection_changed.connect(self._update)
        self.view = QTableView(self)
        self.view.setObjectName("documentCourses")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        for column, width in enumerate((60, 100, 300, 60, 70, 160, 90, 90, 100, 70, 60, 60)):
            self.view.setColumnWidth(column, width)
        layout.addWidget(self.view, 1)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warnings")
        layout.addWidget(self.warnings)
        bottom = QHBoxLayout()
        self.total = QLabel(self)
        self.total.setObjectName("selectedTotal")
        bottom.addWidget(self.total, 1)
        self.attachments = QHBoxLayout()
        bottom.addLayout(self.attachments)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("Import selected courses"), self)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.refusals.setText(self.tr("Reading and verifying…"))
        service = desk.services.intake
        desk.runner.run(lambda: service.preview(decision_id, data, expected_emp=expected_emp), self._show,
                        self._failed,
                        owner=self, key="preview")

    def _box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        return box, QFormLayout(box)

    def _field(self, form: QFormLayout, label: str, text: str, rich: bool = False) -> QLabel:
        value = QLabel(text, self)
        # what a document says is never read as markup; only our own verdict texts are
        value.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        form.addRow(label, value)
        return value

    # -- showing ---------------------------------------------------------------------------------------------
    def _failed(self, error: AppError) -> None:
        self.refusals.setText(_coloured(error_text(error), BAD))
        if not isinstance(error, InternalError):
            self.refusals.setToolTip(error_text(error))

    def _show(self, preview: IntakePreview) -> None:
        self.preview = preview
        inspection, content = preview.inspection, preview.inspection.content
        self._field(self.document_form, self.tr("File:"), self.source_name)
        self._field(self.document_form, self.tr("Transport:"), inspection.decoded.transport)
        self._field(self.document_form, self.tr("Format:"), f"{content.format} {content.version}".strip())
        for issuer in content.issuers:  # a document may hold reports of several institutions
            ids = ", ".join(f"{i.type}: {i.value}" for i in issuer.identifiers)
            self._field(self.document_form, self.tr("Issuer:"),
                        f"{issuer.titles[0].text if issuer.titles else '?'} ({issuer.country}) {ids}".strip())
        self._field(self.document_form, self.tr("Generated:"), format_datetime(content.generated) or "—")
        self._field(self.document_form, self.tr("SHA-256:"), inspection.sha256)
        learner = content.learner
        born = learner.birth_date.isoformat() if learner.birth_date else self.tr("no birth date")
        self._field(self.trust_form, self.tr("Learner:"),
                    f"{learner.given_names} {learner.family_name}{learner.full_name} ({born})")
        self._field(self.trust_form, self.tr("Signature:"), self._signature_text(preview), rich=True)
        self._field(self.trust_form, self.tr("Identity:"), self._identity_text(preview), rich=True)
        problems = [p.render(translate) for p in preview.refusals]
        self.refusals.setText("<br>".join(_coloured("✗ " + p, BAD) for p in problems)
                              or _coloured(self.tr("✓ Ready to import."), GOOD))
        self.reason.setVisible(preview.identity.status == NEAR_MISS and preview.importable)
        warnings = [w.render(translate) for w in inspection.warnings]
        # the first two in full, all of them in the tooltip: schema remarks can be many and long
        shown = " ".join(warnings[:2]) + (" …" if len(warnings) > 2 else "")
        self.warnings.setText(self.tr("Warnings (%1): %2").replace("%1", str(len(warnings))).replace("%2", shown)
                              if warnings else "")
        self.warnings.setToolTip("\n".join(warnings))
        if content.attachments:  # one button with a menu: a document may carry many attachments
            button = QPushButton(self.tr("Attachments (%1)").replace("%1", str(len(content.attachments))), self)
            menu = QMenu(button)
            for attachment in content.attachments[:MAX_ATTACHMENTS_LISTED]:
                kind = "PDF" if attachment.media_type == "application/pdf" else attachment.media_type
                name = attachment.kind or attachment.title
                action = menu.addAction(self.tr("Open %1").replace("%1", f"{name} ({kind})" if name else kind))
                action.triggered.connect(lambda _=False, a=attachment: self.open_attachment(a))
            button.setMenu(menu)
            self.attachments.addWidget(button)
        self.model.set_courses(content.courses)
        self._update()

    def _signature_text(self, preview: IntakePreview) -> str:
        verdict, signer = preview.inspection.signature, preview.inspection.signer
        if verdict.status == "valid":
            who = signer.acronym + (f", {signer.country}" if signer and signer.country else "") if signer else "?"
            return _coloured(self.tr("valid — signed by %1 (%2)").replace("%1", who).replace(
                "%2", verdict.algorithm), GOOD)
        texts = {"missing": self.tr("missing — the document is not signed"),
                 "unknown_signer": self.tr("signed by a contact point that is not trusted"),
                 "invalid": self.tr("INVALID — changed after signing or not from the contact point")}
        return _coloured(texts.get(verdict.status, verdict.status), BAD) + (
            f"<br><small>{html.escape(verdict.detail)}</small>" if verdict.detail else "")

    def _identity_text(self, preview: IntakePreview) -> str:
        identity = preview.identity
        reasons = "<br>".join(html.escape(p.render(translate)) for p in identity.reasons)
        if identity.status == MATCH:  # what an unverified document says about its learner proves nothing
            colour = GOOD if preview.inspection.verified else DOUBT
            return _coloured(self.tr("matches the student") if preview.inspection.verified
                             else self.tr("names the student, but the document is not verified"), colour)
        if identity.status == NEAR_MISS:
            return _coloured(self.tr("near miss — accept only with a written reason"), DOUBT) + "<br>" + reasons
        return _coloured(self.tr("NOT the student"), BAD) + "<br>" + reasons

    def _update(self) -> None:
        selected = [c for c in self.model.rows() if c.key in self.model.selected]
        ects = self.model.selected_ects()
        self.total.setText(self.tr("Selected courses: %1 of %2, ECTS: %3").replace("%1", str(len(selected)))
                           .replace("%2", str(self.model.rowCount())).replace("%3", format_ects(ects)))
        preview = self.preview
        ready = (preview is not None and preview.importable and bool(selected)
                 and (preview.identity.status == MATCH or bool(self.reason.toPlainText().strip())))
        self.import_button.setEnabled(ready)

    # -- acting ----------------------------------------------------------------------------------------------
    def open_attachment(self, attachment) -> None:
        """Show an attached transcript in the system's viewer. The file goes into a private folder of this
        program run, removed when the program ends (transcripts are personal data)."""
        suffix = ".pdf" if attachment.media_type == "application/pdf" else ".bin"
        handle = tempfile.NamedTemporaryFile(dir=_viewer_folder(), suffix=suffix, delete=False)
        with handle:
            handle.write(attachment.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))

    def start_import(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self.refusals.setText(self.tr("Importing…"))
        intake, args = self.desk.services.intake, (self.decision_id, self.data, self.source_name,
                                                   sorted(self.model.selected), self.reason.toPlainText())
        self.desk.runner.run(lambda: intake.import_document(*args, inspection=self.preview.inspection,
                                                            expected_emp=self.expected_emp),
                             self._imported, self._import_failed, owner=self, key="import")

    def _imported(self, imported: ImportedDocument) -> None:
        self.imported = imported
        self.accept()

    def _import_failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))
        self._update()

    @classmethod
    def run(cls, parent: QWidget | None, desk: Desk, decision_id: int, path: Path) -> ImportedDocument | None:
        try:
            data = desk.services.intake.read_file(path)
        except AppError as error:
            prompts.show_error(parent, error_text(error))
            return None
        return cls.show_for(parent, desk, decision_id, data, path.name)

    @classmethod
    def show_for(cls, parent: QWidget | None, desk: Desk, decision_id: int, data: bytes, source_name: str,
                 expected_emp: ExpectedSigner | None = None) -> ImportedDocument | None:
        dialog = cls(parent, desk, decision_id, data, source_name, expected_emp)
        try:
            dialog.exec()
            return dialog.imported
        finally:
            dialog.deleteLater()

