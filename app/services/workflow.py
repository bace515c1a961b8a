"""The decision state table of the deanery (WORKFLOW.md, "Decision states") as data, and the check of a move."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import DecisionState as S
from app.services.context import Actor, Role, role_terms
from app.services.errors import ForbiddenTransition, PermissionDenied
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.vocabulary import state_term


@dataclass(frozen=True)
class Move:
    source: S
    target: S
    roles: frozenset[Role]
    needs_comment: bool = False
    needs_deadline: bool = False  # a new web deadline comes with the move


def _move(source: S, target: S, *roles: Role, comment: bool = False, deadline: bool = False) -> Move:
    return Move(source, target, frozenset(roles), comment, deadline)


OFFICER, COORDINATOR, DEAN = Role.OFFICER, Role.COORDINATOR, Role.DEAN

MOVES: dict[tuple[S, S], Move] = {
    (m.source, m.target): m
    for m in (
        _move(S.OPEN, S.SUBMITTED, OFFICER),
        _move(S.OPEN, S.CANCELLED, OFFICER, comment=True),
        _move(S.SUBMITTED, S.IN_REVIEW, OFFICER, COORDINATOR),
        _move(S.SUBMITTED, S.RETURNED, OFFICER, comment=True, deadline=True),
        _move(S.SUBMITTED, S.CANCELLED, OFFICER, comment=True),
        _move(S.IN_REVIEW, S.APPROVED, DEAN),
        _move(S.IN_REVIEW, S.RETURNED, OFFICER, COORDINATOR, comment=True, deadline=True),
        _move(S.IN_REVIEW, S.CANCELLED, OFFICER, comment=True),
        _move(S.RETURNED, S.OPEN, OFFICER, deadline=True),
        _move(S.RETURNED, S.SUBMITTED, OFFICER),
        _move(S.RETURNED, S.CANCELLED, OFFICER, comment=True),
    )
}

# States in which the student still has to bring results by the web deadline.
AWAITING_RESULTS = frozenset({S.OPEN, S.RETURNED})
FINAL = frozenset({S.APPROVED, S.CANCELLED})


def moves_from(state: S) -> list[Move]:
    return [move for (source, _), move in MOVES.items() if source == state]


def allowed_moves(state: S, actor: Actor) -> list[Move]:
    return [move for move in moves_from(state) if actor.has_any(move.roles)]


def check_move(source: S, target: S, actor: Actor) -> Move:
    """The move from `source` to `target`, or a refusal that says why."""
    move = MOVES.get((source, target))
    if move is None:
        if source == S.APPROVED:
            raise ForbiddenTransition(QT_TRANSLATE_NOOP(
                "Errors", "Decision is approved, which is final: only a correction may change it."))
        if source == S.CANCELLED:
            raise ForbiddenTransition(QT_TRANSLATE_NOOP(
                "Errors", "Decision is cancelled and kept for the record: it cannot be moved."))
        if source == target:
            raise ForbiddenTransition(QT_TRANSLATE_NOOP("Errors", "Decision is already in state {state}."),
                                      state=state_term(source))
        raise ForbiddenTransition(
            QT_TRANSLATE_NOOP("Errors", "Decision in state {source} cannot move to {target}; allowed: {allowed}."),
            source=state_term(source), target=state_term(target),
            allowed=[state_term(move.target) for move in moves_from(source)])
    if not actor.has_any(move.roles):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Moving a decision from {source} to {target} needs the role: {roles}."),
            source=state_term(source), target=state_term(target), roles=role_terms(move.roles))
    return move
