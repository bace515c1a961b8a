"""The decision report's content, read from the database in one go: who, on what legal basis, from where, what was
recognised with which grade, what is left to pass, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    CurriculumCourse,
    Decision,
    DecisionState,
    DecisionStateChange,
    ElmoDocument,
    ForeignCourse,
    LearningAgreement,
    Obligation,
    RecognitionLine,
    TrustedEmp,
    User,
)
from app.services.catalogue import home_symbol_text
from app.services.comparison import Comparison, ComparisonService
from app.services.errors import NotFound
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.reports import model as m
from app.services.workflow import FINAL


@dataclass(frozen=True)
class ReportOptions:
    """The faculty's data and texts printed on every decision (settings)."""

    university: str = "Uniwersytet Opolski"
    faculty: str = ""
    dean_title: str = "Dziekan"
    dean_name: str = ""
    place: str = "Opole"
    legal_basis: str = ("§ 28 Regulaminu studiów; art. 85 ust. 1 pkt 1 ustawy z dnia 20 lipca 2018 r. – "
                        "Prawo o szkolnictwie wyższym i nauce")
    appeal: str = ("Od niniejszej decyzji przysługuje odwołanie do Rektora, wnoszone za pośrednictwem Dziekana, "
                   "w terminie 14 dni od dnia jej doręczenia.")
    language: str = "pl"  # pl, en, both

    @property
    def letterhead(self) -> m.Letterhead:
        return m.Letterhead(self.university, self.faculty, self.dean_title, self.dean_name, self.place)


DEFAULT_JUSTIFICATION = {
    "pl": "Przedmioty zaliczone w {host} uznano na podstawie porównania efektów uczenia się, treści i punktów ECTS "
          "z programem studiów, zgodnie z Porozumieniem o programie zajęć (Learning Agreement). Oceny przeliczono "
          "metodą wskazaną przy każdym przedmiocie.",
    "en": "The courses passed at {host} were recognised by comparing their learning outcomes, content and ECTS "
          "credits with the study programme, in line with the Learning Agreement. Grades were converted by the "
          "method given for each course.",
}


def _semester_of(line: RecognitionLine) -> int:
    return min((h.semester for h in line.home_courses), default=0)


def _sum(values) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


def gather(session: Session, decision_id: int, options: ReportOptions, comparison: ComparisonService,
           lang: str, issued_on) -> m.DecisionReport:
    decision = session.get(Decision, decision_id, options=[selectinload(Decision.student),
                                                           selectinload(Decision.programme)])
    if decision is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
    student, programme = decision.student, decision.programme
    checks: Comparison = comparison.compare(decision_id)
    lines = list(session.scalars(select(RecognitionLine).where(RecognitionLine.decision_id == decision_id)
                                 .options(selectinload(RecognitionLine.foreign_courses),
                                          selectinload(RecognitionLine.home_courses))
                                 .order_by(RecognitionLine.id)))
    semesters = _semesters(lines)
    mobility = _mobility(session, decision)
    obligations = _obligations(session, decision, checks)
    approval = session.scalar(select(DecisionStateChange).where(
        DecisionStateChange.decision_id == decision_id, DecisionStateChange.to_state == DecisionState.APPROVED)
        .order_by(DecisionStateChange.id.desc()).limit(1))
    approver = ""
    if decision.approved_by:
        approver = session.scalar(select(User.full_name).where(User.login == decision.approved_by)) \
            or decision.approved_by
    justification = "\n".join(text for text in (approval.comment if approval else "", decision.comment) if text)
    if not justification:
        host = mobility.host_name or "—"
        justification = DEFAULT_JUSTIFICATION["en" if lang == "en" else "pl"].format(host=host)
    return m.DecisionReport(
        letterhead=options.letterhead, number=decision.number, issued_on=issued_on, state=decision.state.value,
        amendment=decision.amendments,
        student=m.ReportStudent(f"{student.given_names} {student.family_name}", student.album_number,
                                programme.name_pl if lang != "en" else (programme.name_en or programme.name_pl),
                                programme.code, programme.level, programme.mode, decision.semesters, student.cohort),
        legal_basis=options.legal_basis, mobility=mobility, semesters=semesters,
        ects_abroad=checks.ects_foreign_passed, ects_recognised=checks.ects_recognised,
        ects_required=checks.ects_required, semester_credited=checks.semester_credited, obligations=obligations,
        justification=justification, appeal=options.appeal, approved_by=approver,
        approved_at=decision.approved_at)


def _semesters(lines: list[RecognitionLine]) -> tuple[m.ReportSemester, ...]:
    by_semester: dict[int, list[RecognitionLine]] = {}
    for line in lines:
        by_semester.setdefault(_semester_of(line), []).append(line)
    result = []
    for semester in sorted(by_semester):
        rows = sorted(by_semester[semester], key=lambda line: (line.status == "rejected", line.id))
        report_lines = tuple(_line(line) for line in rows)
        recognised = [line for line in rows if line.status != "rejected"]
        result.append(m.ReportSemester(
            semester, report_lines,
            _sum(f.ects for line in recognised for f in line.foreign_courses),
            _sum(h.ects for line in recognised for h in line.home_courses)))
    return tuple(result)


def _line(line: RecognitionLine) -> m.ReportLine:
    scheme_of = {d.get("course"): d.get("scheme", "") for d in (line.suggestion or {}).get("courses", ())}
    foreign = tuple(m.ForeignItem(f.host_code, f.title, f.ects, f.original_grade,
                                  f.scheme_code or scheme_of.get(f.host_code or f.title, ""))
                    for f in line.foreign_courses)
    home = tuple(m.HomeItem(h.code, h.name_pl, h.ects, h.form_of_credit) for h in line.home_courses)
    recognised = line.status != "rejected"
    note = line.review_note if not recognised else line.justification
    return m.ReportLine(foreign, home, home_symbol_text(line.grade) if recognised else "",
                        line.grade_method if recognised else "", recognised, note or line.note or "")


def _mobility(session: Session, decision: Decision) -> m.Mobility:
    agreement = session.scalar(select(LearningAgreement).where(LearningAgreement.decision_id == decision.id))
    documents = list(session.scalars(select(ElmoDocument).where(ElmoDocument.decision_id == decision.id)
                                     .order_by(ElmoDocument.id)))
    emps = {e.id: e.acronym for e in session.scalars(select(TrustedEmp).where(
        TrustedEmp.id.in_([d.trusted_emp_id for d in documents if d.trusted_emp_id])))}
    sources = [m.ResultSource("emrex", d.issuer, d.sha256, emps.get(d.trusted_emp_id, ""), d.signature_status,
                              d.received_at, d.source_name) for d in documents]
    manual = session.scalar(select(ForeignCourse.id).where(ForeignCourse.decision_id == decision.id,
                                                           ForeignCourse.document_id.is_(None)).limit(1))
    if manual is not None or not sources:
        sources.append(m.ResultSource("manual"))
    first = documents[0] if documents else None
    entered = session.scalar(select(ForeignCourse.host_institution).where(
        ForeignCourse.decision_id == decision.id, ForeignCourse.host_institution != "").limit(1))
    host_name = (agreement.receiving_hei_name if agreement else "") or (first.issuer if first else "") or entered \
        or ""
    country = (agreement.receiving_country if agreement else "") or (first.issuer_country if first else "")
    terms = sorted({t for t in session.scalars(select(ForeignCourse.academic_term).where(
        ForeignCourse.decision_id == decision.id)) if t})
    period = ", ".join(terms) or decision.academic_year
    signed = [s.get("at", "") for s in (agreement.signatures or ()) if s.get("at")] if agreement else []
    agreement_date = None
    if agreement:
        agreement_date = agreement.imported_at.date()
        if signed:
            try:
                agreement_date = date.fromisoformat(max(signed)[:10])
            except ValueError:
                pass
    version = ""
    if agreement:  # an agreement without a version number is named after where it came from
        version = agreement.version or agreement.omobility_id or agreement.source_name or agreement.source
    return m.Mobility(host_name, country, agreement.receiving_hei if agreement else "", period, version,
                      agreement_date, tuple(sources))


def _obligations(session: Session, decision: Decision, checks: Comparison) -> tuple[m.Obligation, ...]:
    if decision.state in FINAL:  # kept at approval with their deadline
        rows = session.execute(select(CurriculumCourse, Obligation.deadline)
                               .join(Obligation, Obligation.curriculum_course_id == CurriculumCourse.id)
                               .where(Obligation.decision_id == decision.id)
                               .order_by(CurriculumCourse.semester, CurriculumCourse.code))
        return tuple(m.Obligation(c.code, c.name_pl, c.ects, c.semester, deadline) for c, deadline in rows)
    return tuple(m.Obligation(h.code, h.name_pl, h.ects, h.semester, checks.obligation_deadline)
                 for h in checks.obligations)
