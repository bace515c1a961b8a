"""Importing admitted students from the student-records system's CSV/XLSX exports.

`preview` reads a file and says, row by row, what an import would do and what is wrong, writing nothing.
`apply` writes the valid rows of a preview in one transaction: new album numbers are added, known ones updated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.models import AdmissionKind, Programme, Student
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import ImportFileError, Problem, Term, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress
from app.services.tabular import Table, alias_lookup, cell_value, map_header, read_table
from app.services.text import fold

FIELDS = ("album_number", "family_name", "given_names", "birth_date", "programme", "cohort", "admission_kind",
          "email", "esi")
REQUIRED = ("album_number", "family_name", "given_names", "birth_date", "programme")

# Column names as the records systems export them, folded (lower case, no diacritics, single spaces).
HEADER_ALIASES = {
    "album_number": ["album number", "album", "numer albumu", "nr albumu", "nr indeksu", "numer indeksu", "indeks",
                     "student number", "student id"],
    "family_name": ["family name", "surname", "last name", "nazwisko"],
    "given_names": ["given names", "given name", "first name", "first names", "imie", "imiona", "imie imiona",
                    "imie i drugie imie"],
    "birth_date": ["birth date", "date of birth", "birthdate", "data urodzenia", "urodzony", "urodzona"],
    "programme": ["programme", "program", "programme code", "program code", "kierunek", "kod kierunku",
                  "kierunek studiow", "program studiow", "kod programu"],
    "cohort": ["cohort", "cykl", "cykl dydaktyczny", "rocznik", "rok rozpoczecia"],
    "admission_kind": ["admission kind", "admission", "kind", "tryb przyjecia", "rodzaj przyjecia", "tryb",
                       "podstawa przyjecia"],
    "email": ["email", "e mail", "mail", "adres e mail", "adres email"],
    "esi": ["esi", "european student identifier"],
}
_HEADER_LOOKUP = alias_lookup(HEADER_ALIASES)

FIELD_LABELS = {
    "album_number": QT_TRANSLATE_NOOP("Fields", "album number"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "family name"),
    "given_names": QT_TRANSLATE_NOOP("Fields", "given names"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "birth date"),
    "programme": QT_TRANSLATE_NOOP("Fields", "programme"),
    "programme_code": QT_TRANSLATE_NOOP("Fields", "programme"),
    "cohort": QT_TRANSLATE_NOOP("Fields", "cohort"),
    "admission_kind": QT_TRANSLATE_NOOP("Fields", "admission kind"),
    "email": QT_TRANSLATE_NOOP("Fields", "e-mail"),
    "esi": QT_TRANSLATE_NOOP("Fields", "ESI"),
}


def field_term(name: str) -> Term:
    return Term("Fields", FIELD_LABELS[name])


MISSING = {
    "album_number": QT_TRANSLATE_NOOP("Errors", "Missing album number."),
    "family_name": QT_TRANSLATE_NOOP("Errors", "Missing family name."),
    "given_names": QT_TRANSLATE_NOOP("Errors", "Missing given names."),
    "birth_date": QT_TRANSLATE_NOOP("Errors", "Missing birth date."),
    "programme": QT_TRANSLATE_NOOP("Errors", "Missing programme."),
}


class RowStatus:
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


# Fields a re-import may change, as ImportRow names; only those whose column the file has are compared.
UPDATABLE = ("family_name", "given_names", "birth_date", "programme_code", "cohort", "admission_kind", "email", "esi")
# Longest text each field may hold (the database columns' sizes).
LIMITS = {"album_number": 20, "family_name": 120, "given_names": 120, "cohort": 20, "email": 200, "esi": 200}


@dataclass(frozen=True)
class ImportRow:
    line: int
    album_number: str
    family_name: str
    given_names: str
    birth_date: date | None
    programme_code: str
    cohort: str
    admission_kind: AdmissionKind | None  # None: the file does not say
    email: str
    esi: str
    status: str = RowStatus.ERROR
    changes: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    source: str
    encoding: str
    columns: dict[str, str]  # field → column header found in the file
    rows: list[ImportRow] = field(default_factory=list)
    default_kind: AdmissionKind | None = None  # for new students whose row does not say

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.status != RowStatus.ERROR]

    @property
    def present(self) -> frozenset[str]:
        """The ImportRow fields this file has a column for."""
        return frozenset("programme_code" if name == "programme" else name for name in self.columns)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int


def map_columns(header: list[str]) -> dict[str, int]:
    """Which column holds which field. Refused when two columns claim the same field."""
    return map_header(header, _HEADER_LOOKUP, field_term)


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y.%m.%d", "%Y/%m/%d")


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    text = text.split(" ")[0] if re.fullmatch(r"\S+ 00:00(:00)?", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_admission_kind(value: str) -> AdmissionKind | None:
    key = fold(value).replace("_", " ").replace("-", " ")
    if "erasmus" in key or "powrot" in key:
        return AdmissionKind.ERASMUS_RETURN
    if "przenies" in key or "transfer" in key:
        return AdmissionKind.TRANSFER
    if "krotko" in key or "short" in key:
        return AdmissionKind.SHORT_TERM
    return None


def _text(value: object) -> str:
    """A cell as text; numbers typed into a spreadsheet (album numbers) lose their ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())  # line breaks and runs of spaces inside a cell become one space


class StudentImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(self, path: Path, default_kind: AdmissionKind | None = None) -> ImportPreview:
        """Read a student export and tell what importing it would do, row by row; nothing is written.
        Refused when the file cannot be read or lacks a required column. `default_kind` is the admission
        kind of new students whose row does not say; it never changes a known student."""
        table = read_table(Path(path))
        return self.preview_table(table, Path(path).name, default_kind)

    def preview_table(self, table: Table, source: str, default_kind: AdmissionKind | None = None) -> ImportPreview:
        mapping = map_columns(table.header)
        missing = [name for name in REQUIRED if name not in mapping]
        if missing:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "The file {name} has no column for: {columns}. Columns found: {found}."),
                name=source, columns=[field_term(name) for name in missing], found=", ".join(table.header))
        columns = {name: table.header[index] for name, index in mapping.items()}
        preview = ImportPreview(source=source, encoding=table.encoding, columns=columns, default_kind=default_kind)
        with self.ctx.reading() as session:
            programmes = self._programme_lookup(session)
            codes = {p.id: p.code for p in session.scalars(select(Programme))}
            current = {s.album_number: self._values(s, codes[s.programme_id]) for s in session.scalars(select(Student))}
        seen: dict[str, int] = {}
        for line, cells in table.rows:
            row = self._parse_row(line, cells, mapping, programmes, seen)
            preview.rows.append(self._classify(row, current.get(row.album_number), preview))
        return preview

    @staticmethod
    def _programme_lookup(session) -> dict[str, set[str]]:
        """Folded code or name → programme codes. A code always wins over a name."""
        by_code: dict[str, set[str]] = {}
        by_name: dict[str, set[str]] = {}
        for p in session.scalars(select(Programme)):
            by_code[fold(p.code)] = {p.code}
            for name in (p.name_pl, p.name_en):
                if name:
                    by_name.setdefault(fold(name), set()).add(p.code)
        return {**by_name, **by_code}

    @staticmethod
    def _values(student: Student, programme_code: str) -> dict[str, object]:
        return {"family_name": student.family_name, "given_names": student.given_names,
                "birth_date": student.birth_date, "programme_code": programme_code, "cohort": student.cohort,
                "admission_kind": student.admission_kind, "email": student.email, "esi": student.esi}

    def _parse_row(self, line: int, cells: list[object], mapping: dict[str, int],
                   programmes: dict[str, set[str]], seen: dict[str, int]) -> ImportRow:
        problems: list[Problem] = []
        values = {name: cell_value(cells, mapping, name) for name in FIELDS}
        texts = {name: _text(value) for name, value in values.items() if name != "birth_date"}
        album = texts["album_number"]
        for name in REQUIRED:
            if values[name] in ("", None):
                problems.append(Problem(MISSING[name]))
        for name, limit in LIMITS.items():
            if len(texts[name]) > limit:
                problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "The {field} is longer than {limit} characters."),
                                        field=field_term(name), limit=limit))
        if album and not re.fullmatch(r"[0-9A-Za-z/\-]{1,20}", album):
            problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Album number \"{album}\" is not valid."),
                                    album=album))
        if album in seen:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Duplicate album number {album} (already on line {line})."), album=album, line=seen[album]))
        elif album:
            seen[album] = line
        birth = None
        if values["birth_date"] not in ("", None):
            birth = parse_date(values["birth_date"])
            if birth is None or not date(1900, 1, 1) <= birth <= self.ctx.today():
                problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Bad birth date \"{value}\"."),
                                        value=values["birth_date"]))
                birth = None
        programme_text = texts["programme"]
        matching = programmes.get(fold(programme_text), set())
        programme_code = next(iter(matching)) if len(matching) == 1 else ""
        if programme_text and not matching:
            problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Unknown programme \"{programme}\"."),
                                    programme=programme_text))
        elif len(matching) > 1:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Programme \"{programme}\" is ambiguous ({codes}); give its code."),
                programme=programme_text, codes=", ".join(sorted(matching))))
        kind_text = texts["admission_kind"]
        kind = parse_admission_kind(kind_text) if kind_text else None
        if kind_text and kind is None:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Unknown admission kind \"{value}\" (expected transfer, short-term or Erasmus return)."),
                value=kind_text))
        email = texts["email"]
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Bad e-mail address \"{value}\"."), value=email))
        return ImportRow(line=line, album_number=album, family_name=texts["family_name"],
                         given_names=texts["given_names"], birth_date=birth, programme_code=programme_code,
                         cohort=texts["cohort"], admission_kind=kind, email=email, esi=texts["esi"],
                         problems=tuple(problems))

    @staticmethod
    def _incoming(row: ImportRow, present: frozenset[str]) -> dict[str, object]:
        """What the row says about a known student: only columns the file has; a kind only where given."""
        incoming = {name: getattr(row, name) for name in UPDATABLE if name in present}
        if row.admission_kind is None:
            incoming.pop("admission_kind", None)
        return incoming

    def _classify(self, row: ImportRow, current: dict[str, object] | None, preview: ImportPreview) -> ImportRow:
        if current is None and not row.problems and row.admission_kind is None and preview.default_kind is None:
            row = replace(row, problems=(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Missing admission kind for a new student (choose one for rows that do not say)."
            )),))
        if row.problems:
            return replace(row, status=RowStatus.ERROR)
        if current is None:
            return replace(row, status=RowStatus.NEW)
        incoming = self._incoming(row, preview.present)
        changes = tuple(name for name, value in incoming.items() if current[name] != value)
        return replace(row, status=RowStatus.UPDATE if changes else RowStatus.UNCHANGED, changes=changes)

    def apply(self, preview: ImportPreview, progress: Progress = NO_PROGRESS) -> ImportResult:
        """Write the valid rows of a preview in one transaction; rows with problems are skipped. A known
        student gets only what the file's columns say. Cancelling, or any error, leaves the database as it was."""
        check(self.ctx, Permission.STUDENTS_EDIT)
        valid = preview.valid_rows
        if not valid:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no valid rows to import."))
        created = updated = unchanged = 0
        with self.ctx.transaction() as session:
            programme_ids = {p.code: p.id for p in session.scalars(select(Programme))}
            existing = {s.album_number: s for s in session.scalars(select(Student))}
            for done, row in enumerate(valid):
                if done % 250 == 0:
                    progress.step(done, len(valid))
                incoming = self._incoming(row, preview.present)
                if "programme_code" in incoming:
                    programme_id = programme_ids.get(row.programme_code)
                    if programme_id is None:  # removed since the preview was made
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown programme \"{programme}\"."),
                                              programme=row.programme_code)
                    del incoming["programme_code"]
                    incoming["programme_id"] = programme_id
                student = existing.get(row.album_number)
                if student is None:
                    values = {"cohort": "", "email": "", "esi": "", **incoming,
                              "admission_kind": row.admission_kind or preview.default_kind}
                    student = Student(album_number=row.album_number, **values)
                    session.add(student)
                    existing[row.album_number] = student
                    audit.record(session, self.ctx, "student.import", "student", row.album_number,
                                 after=values, reason=preview.source)
                    created += 1
                    continue
                before = {k: getattr(student, k) for k, v in incoming.items() if getattr(student, k) != v}
                if not before:
                    unchanged += 1
                    continue
                for key in before:
                    setattr(student, key, incoming[key])
                audit.record(session, self.ctx, "student.update", "student", row.album_number, before=before,
                             after={k: incoming[k] for k in before}, reason=preview.source)
                updated += 1
            progress.step(len(valid), len(valid))
        return ImportResult(created, updated, unchanged, len(preview.rows) - len(valid))
