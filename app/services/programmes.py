"""Study programmes: the list the desk filters by, and adding one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Programme
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import DuplicateRecord, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    code: str
    name_pl: str
    name_en: str
    level: str
    mode: str
    faculty: str


def _row(p: Programme) -> ProgrammeRow:
    return ProgrammeRow(p.id, p.code, p.name_pl, p.name_en, p.level, p.mode, p.faculty)


class ProgrammeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self) -> list[ProgrammeRow]:
        with self.ctx.reading() as session:
            return [_row(p) for p in session.scalars(select(Programme).order_by(Programme.code))]

    def add(self, code: str, name_pl: str, name_en: str = "", level: str = "", mode: str = "",
            faculty: str = "") -> ProgrammeRow:
        """Add a study programme. Refused when the code is empty or already used."""
        check(self.ctx, Permission.PROGRAMMES_EDIT)
        code, name_pl = code.strip(), name_pl.strip()
        if not code or not name_pl:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A programme needs a code and a Polish name."))
        with self.ctx.transaction() as session:
            if session.scalar(select(Programme.id).where(Programme.code == code)) is not None:
                raise DuplicateRecord(QT_TRANSLATE_NOOP("Errors", "Programme {code} already exists."), code=code)
            programme = Programme(code=code, name_pl=name_pl, name_en=name_en.strip(), level=level.strip(),
                                  mode=mode.strip(), faculty=faculty.strip())
            session.add(programme)
            session.flush()
            audit.record(session, self.ctx, "programme.add", "programme", code, after={
                "code": code, "name_pl": name_pl, "name_en": name_en, "level": level, "mode": mode})
            return _row(programme)
