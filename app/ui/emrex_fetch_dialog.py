"""Fetch via EMREX: the officer chooses the country and the contact point of the student's university abroad, the
student signs in there in the browser and picks the results, and what comes back opens in the import preview.

The session (a loopback receiver waiting for the contact point's return) lives while this dialog shows it; a timer
asks the service, without blocking, whether it has ended. Cancel, closing the dialog or the end of the session's
time all close the receiver."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.emrex.demo_emp import LEARNERS, PASSWORD, ensure_demo_emp
from app.services.emrex.fetch import RECEIVED, ContactPoint, FetchReturn, FetchSession
from app.services.errors import AppError
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, translate

POLL_MS = 250
GOOD, BAD = "#1b6e2a", "#9b1c1c"


def country_label(code: str) -> str:
    territory = QLocale.codeToTerritory(code) if len(code) == 2 else QLocale.Country.AnyTerritory
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else ""
    return f"{code} — {name}" if name else code or "—"


class EmrexFetchDialog(QDialog):
    open_browser = True  # tests switch it off and drive the return themselves

    def __init__(self, parent: QWidget | None, desk: Desk, decision_id: int, title: str = "") -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        self.session: FetchSession | None = None
        self.returned: FetchReturn | None = None
        self.points: list[ContactPoint] = []
        self.setObjectName("emrexFetchDialog")
        self.setWindowTitle(self.tr("Fetch via EMREX") + (f" — {title}" if title else ""))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The student signs in at the EMREX contact point of the university abroad, in the "
                               "browser on this computer, and chooses the results to send. They come back here, "
                               "signed, and open in the import preview."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        self.country.currentIndexChanged.connect(self._fill_points)
        form.addRow(self.tr("&Country:"), self.country)
        self.point = QComboBox(self)
        self.point.setObjectName("contactPoint")
        self.point.setAccessibleName(self.tr("Contact point"))
        self.point.currentIndexChanged.connect(self._point_chosen)
        form.addRow(self.tr("Contact &point:"), self.point)
        self.address = QLabel(self)
        self.address.setObjectName("contactPointAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Address:"), self.address)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("fetchStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status)
        self.time_left = QProgressBar(self)
        self.time_left.setObjectName("timeLeft")
        self.time_left.setAccessibleName(self.tr("Time left for the student"))
        self.time_left.hide()
        layout.addWidget(self.time_left)
        link_row = QHBoxLayout()
        self.start_url = QLineEdit(self)
        self.start_url.setObjectName("startUrl")
        self.start_url.setReadOnly(True)
        self.start_url.setAccessibleName(self.tr("Start address for the browser"))
        self.start_url.setToolTip(self.tr("If no browser opened, open this address in a browser on this computer"))
        link_row.addWidget(self.start_url, 1)
        self.copy_button = QPushButton(self.tr("Cop&y"), self)
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.start_url.text()))
        link_row.addWidget(self.copy_button)
        self.browser_button = QPushButton(self.tr("Open &browser again"), self)
        self.browser_button.setObjectName("openBrowser")
        self.browser_button.clicked.connect(self._open_browser)
        link_row.addWidget(self.browser_button)
        self.link_row = QWidget(self)
        self.link_row.setLayout(link_row)
        self.link_row.hide()
        layout.addWidget(self.link_row)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("&Start in the browser"), self)
        self.start_button.setObjectName("startFetch")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelFetch")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._load_points()

    # -- choosing ----------------------------------------------------------------------------------------------
    def _load_points(self) -> None:
        try:
            self.points = self.desk.services.emrex.contact_points()
        except AppError as error:
            self._say(error_text(error), BAD)
            self.start_button.setEnabled(False)
            return
        countries = sorted({p.country for p in self.points})
        self.country.blockSignals(True)
        for code in countries:
            self.country.addItem(country_label(code), code)
        self.country.blockSignals(False)
        if not self.points:
            self._say(self.tr("The trust store has no contact point with an address. An administrator imports the "
                              "EMREX registry (Trust store ▸ Import)."), BAD)
            self.start_button.setEnabled(False)
        self._fill_points()

    def _fill_points(self) -> None:
        code = self.country.currentData()
        self.point.clear()
        for point in self.points:
            if point.country == code:
                self.point.addItem(f"{point.acronym} — {point.name}" if point.name and point.name != point.acronym
                                   else point.acronym, point.id)
        self._point_chosen()

    def _point_chosen(self) -> None:
        point = self.chosen()
        self.address.setText(point.url if point else "")
        self.start_button.setEnabled(point is not None and self.session is None)

    def chosen(self) -> ContactPoint | None:
        return next((p for p in self.points if p.id == self.point.currentData()), None)

    def choose(self, acronym: str) -> None:
        """Select a contact point by its acronym (country first), as the officer would."""
        point = next(p for p in self.points if p.acronym == acronym)
        self.country.setCurrentIndex(self.country.findData(point.country))
        self.point.setCurrentIndex(self.point.findData(point.id))

    # -- the session -------------------------------------------------------------------------------------------
    def start(self) -> None:
        point = self.chosen()
        if point is None or self.session is not None:
            return
        try:
            self.session = self.desk.services.emrex.start(self.decision_id, point.id)
        except AppError as error:
            self._say(error_text(error), BAD)
            return
        self.returned = None
        for widget in (self.country, self.point, self.start_button):
            widget.setEnabled(False)
        self.start_url.setText(self.session.start_url)
        self.link_row.show()
        lifetime = max(1, round(self.session.seconds_left()))
        self.time_left.setRange(0, lifetime)
        self.time_left.show()
        self.cancel_button.setText(self.tr("Cancel fetch"))
        waiting = self.tr("Waiting for the results from %1. The student signs in in the browser and chooses the "
                          "courses; leave this window open.").replace("%1", html.escape(point.acronym))
        if ensure_demo_emp(point.url):
            waiting += "<br>" + html.escape(self.tr("The demonstration contact point runs in this program (logins: "
                                                    "%1; password: %2).").replace("%1", ", ".join(LEARNERS))
                                            .replace("%2", PASSWORD))
        self._say(waiting)
        self.timer.start()
        self._tick()
        if self.open_browser:
            self._open_browser()

    def _open_browser(self) -> None:
        if self.session is not None and not prompts.open_in_browser(self.session.start_url):
            self._say(self.tr("No browser could be opened. Open the start address above in a browser on this "
                              "computer."), BAD)

    def _tick(self) -> None:
        if self.session is None:
            return
        left = int(self.session.seconds_left())
        self.time_left.setValue(left)
        self.time_left.setFormat(self.tr("Time left: %1").replace("%1", f"{left // 60}:{left % 60:02d}"))

    def poll(self) -> None:
        """Whether the session has ended (never blocks); its end decides what the dialog does next."""
        if self.session is None:
            return
        try:
            result = self.desk.services.emrex.poll(self.session)
        except AppError as error:
            self._ended()
            self.session = None  # the receiver is closed; a fresh session may be started
            self._say(error_text(error), BAD)
            return
        if result is None:
            self._tick()
            return
        self._ended()
        self.returned = result
        if result.outcome == RECEIVED:
            self.accept()
            return
        self.session = None  # a fresh session may be started
        self._say(result.problem.render(translate) if result.problem else result.outcome, BAD)

    def _ended(self) -> None:
        self.timer.stop()
        self.time_left.hide()
        self.link_row.hide()
        for widget in (self.country, self.point):
            widget.setEnabled(True)
        self.start_button.setEnabled(self.chosen() is not None)
        self.start_button.setText(self.tr("&Start again"))
        self.cancel_button.setText(self.tr("Close"))

    def reject(self) -> None:
        """Cancel: a session still waiting is ended (and recorded) first; a second press closes. Results that
        came in at that very moment are not thrown away: they go on to the import preview."""
        if self._end_session():
            return
        self.timer.stop()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._end_session() and self.returned is not None and self.returned.has_results:
            event.ignore()  # accepted with results: the preview follows
            return
        self.timer.stop()
        super().closeEvent(event)

    def _end_session(self) -> bool:
        """End a session that still waits; True when there was one."""
        if self.session is None or self.session.result is not None:
            return False
        self.session.cancel()
        self.poll()
        return True

    def _say(self, text: str, colour: str = "") -> None:
        self.status.setText(f"<b style='color:{colour}'>{html.escape(text)}</b>" if colour else text)

    @classmethod
    def run(cls, parent: QWidget | None, desk: Desk, decision_id: int,
            title: str = "") -> tuple[FetchSession, FetchReturn] | None:
        """The session and its return with results, or None when the officer gave up."""
        dialog = cls(parent, desk, decision_id, title)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session and dialog.returned:
                return dialog.session, dialog.returned
            return None
        finally:
            dialog.deleteLater()
