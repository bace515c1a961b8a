"""The desk's fixed vocabularies with their translatable labels (the UI imports them from here, not from models)."""

from __future__ import annotations

from app.models import AdmissionKind, DecisionState
from app.services.errors import Term
from app.services.i18n import QT_TRANSLATE_NOOP

STATE_LABELS = {
    DecisionState.OPEN: QT_TRANSLATE_NOOP("States", "Open"),
    DecisionState.SUBMITTED: QT_TRANSLATE_NOOP("States", "Submitted"),
    DecisionState.IN_REVIEW: QT_TRANSLATE_NOOP("States", "In review"),
    DecisionState.APPROVED: QT_TRANSLATE_NOOP("States", "Approved"),
    DecisionState.RETURNED: QT_TRANSLATE_NOOP("States", "Returned"),
    DecisionState.CANCELLED: QT_TRANSLATE_NOOP("States", "Cancelled"),
}

ADMISSION_LABELS = {
    AdmissionKind.TRANSFER: QT_TRANSLATE_NOOP("Admission", "transfer"),
    AdmissionKind.SHORT_TERM: QT_TRANSLATE_NOOP("Admission", "short-term"),
    AdmissionKind.ERASMUS_RETURN: QT_TRANSLATE_NOOP("Admission", "Erasmus return"),
}


# What moving a decision into a state is called, as an action.
MOVE_LABELS = {
    DecisionState.OPEN: QT_TRANSLATE_NOOP("Moves", "Reopen for import…"),
    DecisionState.SUBMITTED: QT_TRANSLATE_NOOP("Moves", "Record student's confirmation…"),
    DecisionState.IN_REVIEW: QT_TRANSLATE_NOOP("Moves", "Start verification…"),
    DecisionState.APPROVED: QT_TRANSLATE_NOOP("Moves", "Approve…"),
    DecisionState.RETURNED: QT_TRANSLATE_NOOP("Moves", "Return…"),
    DecisionState.CANCELLED: QT_TRANSLATE_NOOP("Moves", "Cancel decision…"),
}


def state_term(state: DecisionState) -> Term:
    return Term("States", STATE_LABELS[state])


__all__ = ["ADMISSION_LABELS", "MOVE_LABELS", "AdmissionKind", "DecisionState", "STATE_LABELS", "state_term"]


# how a home grade was found, the officer's verdict on a line, a line of the comparison, a file of a batch
METHOD_LABELS = {
    "reference": QT_TRANSLATE_NOOP("Method", "reference case"),
    "distribution": QT_TRANSLATE_NOOP("Method", "distribution of grades"),
    "table": QT_TRANSLATE_NOOP("Method", "conversion table"),
    "pass": QT_TRANSLATE_NOOP("Method", "pass/fail"),
    "fail": QT_TRANSLATE_NOOP("Method", "failed"),
    "manual": QT_TRANSLATE_NOOP("Method", "by hand"),
    "mixed": QT_TRANSLATE_NOOP("Method", "mixed"),
}
REVIEW_LABELS = {
    "pending": QT_TRANSLATE_NOOP("Review", "to verify"),
    "approved": QT_TRANSLATE_NOOP("Review", "approved"),
    "needs_info": QT_TRANSLATE_NOOP("Review", "needs information"),
    "rejected": QT_TRANSLATE_NOOP("Review", "rejected"),
}
LINE_STATUS_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("LineStatus", "recognised"),
    "rejected": QT_TRANSLATE_NOOP("LineStatus", "not recognised"),
}
OUTCOME_LABELS = {
    "imported": QT_TRANSLATE_NOOP("BatchOutcome", "imported"),
    "already_imported": QT_TRANSLATE_NOOP("BatchOutcome", "already imported"),
    "refused": QT_TRANSLATE_NOOP("BatchOutcome", "refused"),
}
