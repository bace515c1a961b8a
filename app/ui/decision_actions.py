"""The decision actions that the decisions page and a decision's own page share: extend, move."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.services.decisions import DecisionRow
from app.services.errors import AppError
from app.services.workflow import Move
from app.ui import prompts
from app.ui.decision_dialogs import ExtendDeadlineDialog, MoveDialog
from app.ui.desk import Desk
from app.ui.formatting import error_text


def extend_deadlines(parent: QWidget, desk: Desk, decisions: list[DecisionRow]) -> bool:
    """Ask for a new deadline and extend it on every decision given; True when something changed."""
    if not decisions:
        return False
    deadlines = [d.deadline for d in decisions if d.deadline is not None]
    latest: date | None = max(deadlines) if deadlines else None
    change = ExtendDeadlineDialog.ask(parent, len(decisions), latest, desk.today(),
                                      desk.settings.default_deadline_days)
    if change is None:
        return False
    try:
        desk.services.decisions.extend([d.id for d in decisions], change.deadline, change.comment,
                                       expected_versions={d.id: d.version for d in decisions})
    except AppError as error:
        prompts.show_error(parent, error_text(error))
        return True  # the lists may be stale: reload them either way
    return True


def move_decision(parent: QWidget, desk: Desk, decision: DecisionRow, move: Move) -> bool:
    request = MoveDialog.ask(parent, decision.number, move.source, move.target, move.needs_comment,
                             move.needs_deadline, desk.default_deadline(), desk.today())
    if request is None:
        return False
    try:
        desk.services.decisions.move(decision.id, move.target, request.comment, request.deadline,
                                     expected_version=decision.version)
    except AppError as error:
        prompts.show_error(parent, error_text(error))
    return True
