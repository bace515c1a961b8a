"""The grading catalogue of the faculty: grading schemes (the defaults shipped with the program, as an
administrator changed them), versioned conversion tables checked by the validator, and grade distributions
(ECTS grading tables) of the home programmes and of host institutions. Conversion of one grade lives here too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import ConversionTable, GradeDistribution, GradingSchemeRecord
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import NotFound, Problem, ValidationError
from app.services.grading import (
    DEFAULT_HOME_DISTRIBUTION,
    Band,
    Scheme,
    TableFinding,
    TableGroup,
    TableRow,
    bands,
    convert_by_distribution,
    home_schemes,
    home_symbol,
    load_default_schemes,
    read_table_file,
    validate,
)
from app.services.grading import convert as convert_by_table
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check

REFERENCE, DISTRIBUTION, TABLE, PASS, FAIL, MANUAL = "reference", "distribution", "table", "pass", "fail", "manual"
METHODS = (REFERENCE, DISTRIBUTION, TABLE, PASS)
DISTRIBUTION_RULES = ("overlap", "midpoint")


@dataclass(frozen=True)
class GradePolicy:
    """The faculty's grading choices (settings): 5.5 on the home scale, how means are rounded, which rule the
    distribution method uses, and whether pass/fail abroad may become a graded home course's zal."""

    with_5_5: bool = False
    rounding: str = "half_up"
    distribution_rule: str = "overlap"


@lru_cache(maxsize=1)
def _default_schemes() -> tuple[Scheme, ...]:
    return tuple(load_default_schemes())


@dataclass(frozen=True)
class TableInfo:
    id: int
    scheme_code: str
    institution: str
    name: str
    version: int
    valid_from: date
    valid_to: date | None
    source: str
    usable: bool
    findings: tuple[TableFinding, ...]
    rows: tuple[TableRow, ...]
    created_by: str

    @property
    def label(self) -> str:
        """How a suggestion names the table it came from: "IT-30 (UAM) v2"."""
        name = f" ({self.name})" if self.name else ""
        return f"{self.scheme_code}{name} v{self.version}"


@dataclass(frozen=True)
class Conversion:
    grade: str | None  # home symbol ("4.5", "ZAL", "2.0"); None: no method gives one, a person decides
    method: str  # reference, distribution, table, pass, fail, manual
    table_version: str = ""
    table_id: int | None = None
    bands: dict | None = None  # {"rule", "host": [[label, low, high]], "home": […]}
    explanation: Problem | None = None


def home_symbol_text(symbol: str | None) -> str:
    """A home grade the Polish way ("4,5", "5", "ZAL"), "" for none."""
    if not symbol:
        return ""
    if symbol in ("ZAL", "NZAL"):
        return symbol
    try:
        return home_symbol(Decimal(symbol))
    except Exception:  # a stored symbol from an older scale: shown as stored
        return symbol


def _row_dict(row: TableRow) -> dict:
    return {"min": None if row.foreign_min is None else str(row.foreign_min),
            "max": None if row.foreign_max is None else str(row.foreign_max),
            "label": row.foreign_label, "home": row.home, "note": row.note}


def _row(data: dict) -> TableRow:
    number = lambda v: None if v in (None, "") else Decimal(v)  # noqa: E731
    return TableRow(number(data.get("min")), number(data.get("max")), data.get("label", ""), data["home"],
                    data.get("note", ""))


def _finding_dict(finding: TableFinding) -> dict:
    return {"severity": finding.severity, "kind": finding.kind, "message": finding.problem.message,
            "params": {k: str(v) for k, v in finding.problem.params.items()}}


def _finding(data: dict) -> TableFinding:
    return TableFinding(data["severity"], data["kind"], Problem(data["message"], **data.get("params", {})))


def _table_info(t: ConversionTable) -> TableInfo:
    return TableInfo(t.id, t.scheme_code, t.institution, t.name, t.version, t.valid_from, t.valid_to, t.source,
                     t.usable, tuple(_finding(f) for f in t.findings or ()), tuple(_row(r) for r in t.rows),
                     t.created_by)


def _best_first(scheme: Scheme, frequencies) -> list[tuple[str, Decimal]]:
    """Frequencies in the scale's order, best grade first (an EWP table lists them worst first); labels that are
    not grades of the scale are left out."""
    known = [(reading.rank, label, Decimal(str(share))) for label, share in frequencies
             if (reading := scheme.read(label)) is not None]
    return [(label, share) for _, label, share in sorted(known, key=lambda k: -k[0])]


def band_rows(found: Sequence[Band]) -> list[list]:
    return [[b.label, f"{b.low:.1f}", f"{b.high:.1f}"] for b in found]


class GradingCatalogue:
    def __init__(self, ctx: ServiceContext, policy: GradePolicy | None = None) -> None:
        self.ctx = ctx
        self.policy = policy or GradePolicy()

    # -- schemes ---------------------------------------------------------------------------------------------
    def home(self) -> tuple[Scheme, Scheme]:
        """The home scale (graded) and the home pass/fail scale."""
        return home_schemes(self.policy.with_5_5)

    def _schemes(self, session: Session) -> dict[str, Scheme]:
        schemes = {s.code: s for s in (*self.home(), *_default_schemes())}
        for record in session.scalars(select(GradingSchemeRecord)):
            schemes[record.code] = Scheme.from_dict(record.definition)
        return schemes

    def schemes(self) -> list[Scheme]:
        with self.ctx.reading() as session:
            return sorted(self._schemes(session).values(), key=lambda s: (s.country, s.code))

    def changed_scheme_codes(self) -> set[str]:
        with self.ctx.reading() as session:
            return set(session.scalars(select(GradingSchemeRecord.code)))

    def scheme(self, code: str) -> Scheme:
        with self.ctx.reading() as session:
            return self._scheme(session, code)

    def _scheme(self, session: Session, code: str) -> Scheme:
        found = self._schemes(session).get(code)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no grading scheme {code}."), code=code)
        return found

    def save_scheme(self, scheme: Scheme) -> None:
        """Add a grading scheme or change one (aliases, pass mark, grades); the administrator's."""
        check(self.ctx, Permission.SCALES_EDIT)
        if not scheme.code.strip() or not (scheme.grades or scheme.minimum is not None):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A grading scheme needs a code and at least one grade or a numeric range."))
        with self.ctx.transaction() as session:
            before = self._schemes(session).get(scheme.code)
            record = session.scalar(select(GradingSchemeRecord).where(GradingSchemeRecord.code == scheme.code))
            if record is None:
                record = GradingSchemeRecord(code=scheme.code, definition={}, updated_by="")
                session.add(record)
            record.definition = scheme.to_dict()
            record.updated_by = self.ctx.actor.login
            audit.record(session, self.ctx, "scheme.save", "grading_scheme", scheme.code,
                         before=before.to_dict() if before else None, after=scheme.to_dict())

    # -- conversion tables -----------------------------------------------------------------------------------
    def validate_file(self, path: Path) -> list[tuple[TableGroup, list[TableFinding]]]:
        """Read a table file and check every group of rows (per country and scale) against its scheme."""
        groups = read_table_file(path)
        with self.ctx.reading() as session:
            schemes = self._schemes(session)
        home = self.home()[0]
        return [(g, validate(g.rows, schemes.get(g.scheme_code or ""), home, g.higher_is_better)) for g in groups]

    def save_table(self, scheme_code: str, rows: Sequence[TableRow], *, valid_from: date, source: str,
                   name: str = "", institution: str = "", valid_to: date | None = None) -> TableInfo:
        """Store the next version of a conversion table with the validator's findings; a table with errors is
        kept for the record but never used for a suggestion."""
        check(self.ctx, Permission.TABLES_EDIT)
        if not rows:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A conversion table needs at least one row."))
        if valid_to is not None and valid_to < valid_from:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The table's validity ends before it starts."))
        if not source.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Say where the table comes from (a page, a resolution, an agreement)."))
        with self.ctx.transaction() as session:
            scheme = self._scheme(session, scheme_code)
            findings = validate(rows, scheme, self.home()[0], scheme.higher_is_better)
            version = (session.scalar(select(func.max(ConversionTable.version)).where(
                ConversionTable.scheme_code == scheme_code, ConversionTable.institution == institution)) or 0) + 1
            table = ConversionTable(
                scheme_code=scheme_code, institution=institution.strip(), name=name.strip(), version=version,
                valid_from=valid_from, valid_to=valid_to, source=source.strip(),
                rows=[_row_dict(r) for r in rows], findings=[_finding_dict(f) for f in findings],
                usable=not any(f.severity == "error" for f in findings), created_by=self.ctx.actor.login)
            session.add(table)
            session.flush()
            audit.record(session, self.ctx, "table.save", "conversion_table", table.id, after={
                "scheme": scheme_code, "institution": institution, "version": version, "usable": table.usable,
                "rows": table.rows, "errors": sum(f.severity == "error" for f in findings)})
            return _table_info(table)

    def import_tables(self, path: Path, *, valid_from: date, source: str, institution: str = "") -> list[TableInfo]:
        """Every group of a table file that has a known scheme, each as the next version of its table, in one
        transaction."""
        check(self.ctx, Permission.TABLES_EDIT)
        groups = [g for g, _ in self.validate_file(path) if g.scheme_code]
        if not groups:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "No group of rows in {file} belongs to a known grading scheme."), file=path.name)
        return [self.save_table(g.scheme_code, g.rows, valid_from=valid_from, source=source,
                                name=f"{g.country} {g.scale}".strip(), institution=institution) for g in groups]

    def tables(self, scheme_code: str | None = None) -> list[TableInfo]:
        with self.ctx.reading() as session:
            query = select(ConversionTable).order_by(ConversionTable.scheme_code, ConversionTable.institution,
                                                     ConversionTable.version.desc())
            if scheme_code:
                query = query.where(ConversionTable.scheme_code == scheme_code)
            return [_table_info(t) for t in session.scalars(query)]

    def _table_for(self, session: Session, scheme_code: str, institution: str, on: date) -> TableInfo | None:
        """The newest usable version valid on the day: the host institution's own table first (read once per
        session)."""
        key = ("table", scheme_code, institution, on)
        if key not in session.info:
            session.info[key] = self._find_table(session, scheme_code, institution, on)
        return session.info[key]

    def _find_table(self, session: Session, scheme_code: str, institution: str, on: date) -> TableInfo | None:
        query = (select(ConversionTable).where(
            ConversionTable.scheme_code == scheme_code, ConversionTable.usable.is_(True),
            ConversionTable.institution.in_({institution, ""}), ConversionTable.valid_from <= on,
            or_(ConversionTable.valid_to.is_(None), ConversionTable.valid_to >= on))
            .order_by((ConversionTable.institution == "").asc(), ConversionTable.version.desc()).limit(1))
        found = session.scalar(query)
        return _table_info(found) if found else None

    # -- distributions ---------------------------------------------------------------------------------------
    def set_distribution(self, scope: str, scheme_code: str, frequencies: Sequence[tuple[str, Decimal]], *,
                         institution: str = "", programme_id: int | None = None, isced: str = "",
                         source: str = "") -> None:
        """Keep how often each grade is given: the home programme's (scope "home") or a host's ("host")."""
        check(self.ctx, Permission.TABLES_EDIT)
        if scope not in ("home", "host"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown distribution scope {scope}."), scope=scope)
        cleaned = [(str(label).strip(), Decimal(str(share))) for label, share in frequencies]
        if not cleaned or any(not label or share < 0 for label, share in cleaned) or sum(s for _, s in cleaned) <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A grade distribution needs grades with non-negative shares that add up to more than 0."))
        with self.ctx.transaction() as session:
            scheme = self._scheme(session, scheme_code)
            unknown = [label for label, _ in cleaned if scheme.read(label) is None]
            if unknown:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Grades {grades} are not on the scale {scheme}."), grades=", ".join(unknown),
                    scheme=scheme_code)
            record = session.scalar(select(GradeDistribution).where(
                GradeDistribution.scope == scope, GradeDistribution.scheme_code == scheme_code,
                GradeDistribution.institution == institution, GradeDistribution.isced == isced,
                GradeDistribution.programme_id.is_(None) if programme_id is None
                else GradeDistribution.programme_id == programme_id))
            before = record.frequencies if record else None
            if record is None:
                record = GradeDistribution(scope=scope, scheme_code=scheme_code, institution=institution,
                                           programme_id=programme_id, isced=isced, frequencies=[], updated_by="")
                session.add(record)
            record.frequencies = [[label, str(share)] for label, share in cleaned]
            record.source, record.updated_by = source, self.ctx.actor.login
            session.flush()
            audit.record(session, self.ctx, "distribution.save", "grade_distribution", record.id, before=before,
                         after={"scope": scope, "scheme": scheme_code, "institution": institution,
                                "programme_id": programme_id, "frequencies": record.frequencies}, reason=source)

    def _distribution(self, session: Session, scope: str, scheme_code: str, institution: str = "",
                      programme_id: int | None = None) -> list[tuple[str, Decimal]] | None:
        key = ("distribution", scope, scheme_code, institution, programme_id)
        if key not in session.info:
            session.info[key] = self._find_distribution(session, scope, scheme_code, institution, programme_id)
        return session.info[key]

    def _find_distribution(self, session: Session, scope: str, scheme_code: str, institution: str,
                           programme_id: int | None) -> list[tuple[str, Decimal]] | None:
        query = select(GradeDistribution).where(GradeDistribution.scope == scope,
                                                GradeDistribution.scheme_code == scheme_code)
        if scope == "host":
            query = query.where(GradeDistribution.institution == institution)
        else:  # the programme's own, else the faculty's
            query = query.where(or_(GradeDistribution.programme_id == programme_id,
                                    GradeDistribution.programme_id.is_(None))).order_by(
                GradeDistribution.programme_id.is_(None))
        found = session.scalars(query.limit(1)).first()
        return [(label, Decimal(share)) for label, share in found.frequencies] if found else None

    # -- conversion ------------------------------------------------------------------------------------------
    def convert(self, scheme_code: str, grade: str, *, method: str | None = None, institution: str = "",
                programme_id: int | None = None, on: date | None = None,
                host_distribution: Sequence[tuple[str, Decimal]] | None = None,
                home_distribution: Sequence[tuple[str, Decimal]] | None = None) -> Conversion:
        """One foreign grade on the home scale, by the first method that gives one (or by the method asked)."""
        if method is not None and method not in (DISTRIBUTION, TABLE, PASS):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown conversion method {method}."), method=method)
        with self.ctx.reading() as session:
            scheme = self._scheme(session, scheme_code)
            return self._convert(session, scheme, grade, method=method, institution=institution,
                                 programme_id=programme_id, on=on or self.ctx.today(),
                                 host_distribution=host_distribution, home_distribution=home_distribution)

    def _convert(self, session: Session, scheme: Scheme, grade: str, *, method: str | None, institution: str,
                 programme_id: int | None, on: date, host_distribution=None, home_distribution=None) -> Conversion:
        reading = scheme.read(grade)
        if reading is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "\"{grade}\" is not a grade of the scale {scheme}."),
                                  grade=grade, scheme=scheme.code)
        graded, passfail = self.home()
        if not reading.passes:
            return Conversion("NZAL" if scheme.passfail else graded.grades[-1].symbol, FAIL, explanation=Problem(
                QT_TRANSLATE_NOOP("Errors", "{grade} is a failing grade on {scheme}."), grade=grade,
                scheme=scheme.code))
        if scheme.passfail:
            return Conversion("ZAL", PASS, explanation=Problem(QT_TRANSLATE_NOOP(
                "Errors", "Passed on a pass/fail scale: zal."))) if method in (None, PASS) else Conversion(None, MANUAL)
        if method in (None, DISTRIBUTION):
            found = self._by_distribution(session, scheme, reading.symbol, institution, programme_id,
                                          host_distribution, home_distribution)
            if found is not None:
                return found
        if method in (None, TABLE):
            table = self._table_for(session, scheme.code, institution, on)
            if table is not None:
                home = convert_by_table(table.rows, scheme, grade)
                if home is not None:
                    return Conversion(home, TABLE, table.label, table.id, explanation=Problem(QT_TRANSLATE_NOOP(
                        "Errors", "Conversion table {table}: {grade} → {home}."), table=table.label, grade=grade,
                        home=home_symbol_text(home)))
        return Conversion(None, MANUAL, explanation=Problem(QT_TRANSLATE_NOOP(
            "Errors", "No distribution of grades or usable conversion table for {scheme}: decide by hand."),
            scheme=scheme.code))

    def _by_distribution(self, session: Session, scheme: Scheme, symbol: str, institution: str,
                         programme_id: int | None, host_given, home_given) -> Conversion | None:
        host_frequencies = host_given or self._distribution(session, "host", scheme.code, institution)
        graded = self.home()[0]
        home_frequencies = home_given or self._distribution(session, "home", graded.code, programme_id=programme_id)
        if not host_frequencies or not home_frequencies:
            return None

        def passes_on(s: Scheme):
            return lambda label: bool((r := s.read(label)) and r.passes)

        try:
            host_bands = bands(_best_first(scheme, host_frequencies), passes_on(scheme))
            home_bands = bands(_best_first(graded, home_frequencies), passes_on(graded))
        except ValidationError:  # no passing grade in one of them: the method cannot say anything
            return None
        label = next((b.label for b in host_bands if (r := scheme.read(b.label)) and r.symbol == symbol), None)
        if label is None:
            return None
        home = convert_by_distribution(host_bands, home_bands, label, self.policy.distribution_rule)
        if home is None:
            return None
        reading = graded.read(home)
        home = reading.symbol if reading else home
        band = next(b for b in host_bands if b.label == label)
        return Conversion(home, DISTRIBUTION, bands={
            "rule": self.policy.distribution_rule, "host": band_rows(host_bands), "home": band_rows(home_bands)},
            explanation=Problem(QT_TRANSLATE_NOOP(
                "Errors", "Distribution method ({rule}): {grade} lies in {low}–{high} % of passing grades → {home}."),
                rule=self.policy.distribution_rule, grade=label, low=f"{band.low:.1f}", high=f"{band.high:.1f}",
                home=home_symbol_text(home)))


__all__ = ["DEFAULT_HOME_DISTRIBUTION", "Conversion", "GradePolicy", "GradingCatalogue", "TableInfo"]
