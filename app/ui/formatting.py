"""How dates, states and other values read on screen, in the chosen language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.services.errors import AppError
from app.services.vocabulary import ADMISSION_LABELS, MOVE_LABELS, STATE_LABELS, AdmissionKind, DecisionState


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def state_label(state: DecisionState) -> str:
    return translate("States", STATE_LABELS[state])


def move_label(target: DecisionState) -> str:
    return translate("Moves", MOVE_LABELS[target])


def admission_label(kind: AdmissionKind) -> str:
    return translate("Admission", ADMISSION_LABELS[kind])


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def error_text(error: AppError) -> str:
    return error.render(translate)


def format_ects(value) -> str:
    """ECTS the Polish way, without trailing zeros: 7,5 · 10 · 45."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", QLocale().decimalPoint())


def days_left_text(days: int | None, overdue: bool) -> str:
    if days is None:
        return ""
    if overdue:
        return QCoreApplication.translate("Format", "%n day(s) overdue", "", -days)
    if days < 0:
        return ""
    if days == 0:
        return QCoreApplication.translate("Format", "today")
    return QCoreApplication.translate("Format", "%n day(s)", "", days)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
