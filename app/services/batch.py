"""Loading a folder of returned EMREX files: each file goes to the decision of the student it is about.

Each file is imported in a transaction of its own, so an interrupted batch keeps what it finished and can simply
be run again (files already imported are recognised and skipped). A file goes in only when exactly one student
matches its learner without doubt (same birth date, names equal after normalisation) and that student has exactly
one decision awaiting results; anything else is left for a person, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models import Decision, Student
from app.services.context import ServiceContext
from app.services.elmo.identity import MATCH, Person, match_identity
from app.services.elmo.types import Learner
from app.services.errors import AppError, Cancelled, InternalError, Problem
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.intake import ImportRefused, IntakeService, signature_refusal
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress
from app.services.workflow import AWAITING_RESULTS

log = logging.getLogger(__name__)

IMPORTED, ALREADY, REFUSED = "imported", "already_imported", "refused"


@dataclass(frozen=True)
class BatchItem:
    file: str
    outcome: str  # IMPORTED, ALREADY, REFUSED
    decision_number: str = ""
    student: str = ""
    reason: Problem | None = None
    courses: int = 0


@dataclass(frozen=True)
class BatchResult:
    items: list[BatchItem]
    cancelled: bool = False  # stopped before the last file; what is listed was done

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)


class _NoHome(AppError):
    pass


def returned_files(folder: Path) -> list[Path]:
    """The files of a folder (not its subfolders) in name order; hidden files are left out."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


class BatchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.intake = IntakeService(ctx)

    def run(self, files: Sequence[Path], progress: Progress = NO_PROGRESS) -> BatchResult:
        """Import each file into its student's decision. Cancelling stops before the next file; what was
        imported stays."""
        check(self.ctx, Permission.RESULTS_IMPORT)
        items: list[BatchItem] = []
        try:
            for done, path in enumerate(files):
                progress.step(done, len(files))
                items.append(self._one(path))
            progress.step(len(files), len(files))
        except Cancelled:
            return BatchResult(items, cancelled=True)
        return BatchResult(items)

    def _one(self, path: Path) -> BatchItem:
        try:
            data = self.intake.read_file(path)
            inspection = self.intake.inspect(data)
            if inspection.signature.status != "valid":
                return BatchItem(path.name, REFUSED, reason=signature_refusal(inspection.signature.status))
            if inspection.already_imported:
                return BatchItem(path.name, ALREADY, reason=Problem(QT_TRANSLATE_NOOP(
                    "Errors", "Already imported (document {document})."), document=inspection.already_imported[0]))
            decision_id, number, student = self._home(inspection.content.learner)
            passed = [c.key for c in inspection.content.passed]  # failed and in-progress courses need a person
            done = self.intake.import_document(decision_id, data, path.name, selected=passed or None,
                                               inspection=inspection)
            return BatchItem(path.name, IMPORTED, number, student, courses=done.courses)
        except ImportRefused as refusal:
            return BatchItem(path.name, REFUSED, reason=refusal.problems[0] if refusal.problems else None)
        except AppError as error:
            return BatchItem(path.name, REFUSED, reason=Problem(error.message, **error.params))
        except Exception:  # a bug met on one file must not lose the batch: logged, the file left for a person
            log.exception("batch import of %s failed", path)
            return BatchItem(path.name, REFUSED, reason=Problem(InternalError.default_message))

    def _home(self, learner: Learner) -> tuple[int, str, str]:
        if learner.birth_date is None:
            raise _NoHome(QT_TRANSLATE_NOOP(
                "Errors", "The document gives no birth date; load it into the student's decision by hand."))
        with self.ctx.reading() as session:
            candidates = [s for s in session.scalars(select(Student).where(Student.birth_date == learner.birth_date))
                          if match_identity(learner, Person(s.given_names, s.family_name, s.birth_date, s.esi)).status
                          == MATCH]
            if len(candidates) != 1:
                raise _NoHome(QT_TRANSLATE_NOOP(
                    "Errors", "Students matching the learner {name}: {count}; load the file by hand."),
                    count=len(candidates), name=f"{learner.given_names} {learner.family_name}".strip()
                    or learner.full_name)
            student = candidates[0]
            decisions = session.execute(select(Decision.id, Decision.number).where(
                Decision.student_id == student.id, Decision.state.in_(AWAITING_RESULTS))).all()
            if len(decisions) != 1:
                raise _NoHome(QT_TRANSLATE_NOOP(
                    "Errors", "Decisions of student {album} awaiting results: {count}; load the file by hand."),
                    album=student.album_number, count=len(decisions))
            return decisions[0][0], decisions[0][1], f"{student.family_name} {student.given_names}"
