"""Demonstration data a newcomer can click through: programmes, students with Polish names, decisions in every
state, some of them overdue. Deterministic for a given size."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from app.models import AdmissionKind, Decision, DecisionState, DecisionStateChange, Programme, Student
from app.paths import resources_dir
from app.services import audit
from app.services.context import Role, ServiceContext
from app.services.emrex.demo_emp import demo_emp_students
from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress

PROGRAMMES = [
    ("SYN-INF-S1", "Informatyka", "Computer Science", "I stopnia", "stacjonarne", "Wydział Matematyki i Informatyki"),
    ("PRAWO-JM", "Prawo", "Law", "jednolite magisterskie", "stacjonarne", "Wydział Prawa i Administracji"),
    ("EKO-S1", "Ekonomia", "Economics", "I stopnia", "stacjonarne", "Wydział Ekonomiczny"),
    ("FA-S1", "Filologia angielska", "English Studies", "I stopnia", "stacjonarne", "Wydział Filologiczny"),
    ("ZARZ-N2", "Zarządzanie", "Management", "II stopnia", "niestacjonarne", "Wydział Ekonomiczny"),
    ("PED-S1", "Pedagogika", "Pedagogy", "I stopnia", "stacjonarne", "Wydział Nauk Społecznych"),
]

MALE = ["Jakub", "Łukasz", "Paweł", "Michał", "Jędrzej", "Błażej", "Wojciech", "Józef", "Mikołaj", "Szymon",
        "Maciej", "Krzysztof", "Tomasz", "Piotr", "Grzegorz", "Bartłomiej", "Przemysław", "Zdzisław", "Stanisław"]
FEMALE = ["Zofia", "Małgorzata", "Agnieszka", "Zuzanna", "Łucja", "Żaneta", "Bożena", "Katarzyna", "Joanna",
          "Aleksandra", "Marta", "Jadwiga", "Gabriela", "Urszula", "Ewa", "Anna", "Weronika", "Halina", "Iga"]
# (masculine, feminine) forms of family names
FAMILY = [("Nowak", "Nowak"), ("Wróbel", "Wróbel"), ("Żółkiewski", "Żółkiewska"), ("Ślusarczyk", "Ślusarczyk"),
          ("Łódzki", "Łódzka"), ("Gałązka", "Gałązka"), ("Wiśniewski", "Wiśniewska"), ("Dąbrowski", "Dąbrowska"),
          ("Kowalczyk", "Kowalczyk"), ("Szczęsny", "Szczęsna"), ("Jabłoński", "Jabłońska"), ("Król", "Król"),
          ("Zieliński", "Zielińska"), ("Mazur", "Mazur"), ("Pietrzak", "Pietrzak"), ("Kaczmarek", "Kaczmarek"),
          ("Gęsicki", "Gęsicka"), ("Bąk", "Bąk"), ("Sikora", "Sikora"), ("Kołodziej", "Kołodziej"),
          ("Michalski", "Michalska"), ("Żak", "Żak"), ("Pawłowski", "Pawłowska"), ("Ciećwierz", "Ciećwierz")]
COHORTS = ["2023/24", "2024/25", "2025/26", "2026/27"]
KINDS = [AdmissionKind.ERASMUS_RETURN] * 6 + [AdmissionKind.TRANSFER] * 3 + [AdmissionKind.SHORT_TERM]


@dataclass(frozen=True)
class DemoResult:
    programmes: int
    students: int
    decisions: int


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=UTC)


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def is_empty(self) -> bool:
        with self.ctx.reading() as session:
            return not session.scalar(select(func.count(Student.id)))

    def create(self, students: int = 200, decisions_per_student: float = 1.0, seed: int = 2026,
               progress: Progress = NO_PROGRESS) -> DemoResult:
        """Fill an empty desk with demonstration data. Refused when the desk already has students."""
        check(self.ctx, Permission.DEMO_CREATE)
        if not 1 <= students <= 200_000 or not 0 <= decisions_per_student <= 3:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Demo data is for 1 to 200,000 students with at most 3 decisions each."))
        rng = random.Random(seed)
        today = self.ctx.today()
        actor = self.ctx.actor.login
        with self.ctx.transaction() as session:
            if session.scalar(select(func.count(Student.id))):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The database already has students; demo data goes only into an empty desk."))
            programmes = {}
            for code, name_pl, name_en, level, mode, faculty in PROGRAMMES:
                existing = session.scalar(select(Programme).where(Programme.code == code))
                programmes[code] = existing or Programme(code=code, name_pl=name_pl, name_en=name_en,
                                                         level=level, mode=mode, faculty=faculty)
                session.add(programmes[code])
            session.flush()
            people = []
            # and Jens Hansen, whose EMREX results come with the demo, and the demonstration contact point's students
            for index in range(max(0, students - 1 - len(demo_emp_students()))):
                female = rng.random() < 0.55
                given = rng.choice(FEMALE if female else MALE)
                if rng.random() < 0.2:
                    given += " " + rng.choice(FEMALE if female else MALE)
                family = rng.choice(FAMILY)[1 if female else 0]
                programme = programmes[rng.choice(PROGRAMMES)[0]]
                album = str(100000 + index * 7 + rng.randrange(7))
                people.append(Student(
                    album_number=album, given_names=given, family_name=family,
                    birth_date=date(rng.randint(1997, 2006), rng.randint(1, 12), rng.randint(1, 28)),
                    email=f"{album}@student.uni.example.pl", programme_id=programme.id,
                    cohort=rng.choice(COHORTS), admission_kind=rng.choice(KINDS)))
            session.add_all(people)
            session.flush()
            progress.step(0, len(people))
            number = 0
            # every state within the first six decisions; open ones (the daily work) most often
            states = list(DecisionState) + [DecisionState.OPEN, DecisionState.OPEN, DecisionState.APPROVED]
            decisions = []
            for index, student in enumerate(people):
                count = int(decisions_per_student) + (rng.random() < decisions_per_student % 1)
                for semester_offset in range(count):
                    number += 1
                    state = states[(number - 1) % len(states)]
                    decisions.append(self._decision(rng, student, number, state, semester_offset, today, actor))
                if index % 500 == 0:
                    progress.step(index, len(people))
            session.add_all(decisions)
            session.flush()
            audit.record(session, self.ctx, "demo.create", "desk", "demo",
                         after={"programmes": len(programmes), "students": len(people), "decisions": len(decisions)})
            progress.step(len(people), len(people))
            jens = Student(album_number=str(100000 + students * 7 + 7), given_names="Jens", family_name="Hansen",
                           birth_date=date(1980, 12, 9), email="jens.hansen@student.uni.example.pl",
                           programme_id=programmes["SYN-INF-S1"].id, cohort="2025/26",
                           admission_kind=AdmissionKind.ERASMUS_RETURN)
            session.add(jens)
            session.flush()
            jens_decision = self._decision(rng, jens, number + 1, DecisionState.OPEN, 0, today, actor)
            jens_decision.web_deadline, jens_decision.results_loaded_at = today + timedelta(days=21), None
            jens_decision.semesters = "5"  # compared with semester 5 of the demo grid
            jens_decision.history[0].deadline = jens_decision.web_deadline
            session.add(jens_decision)
            session.flush()
            jens_decision_id = jens_decision.id
            # students of the demonstration contact point (`uznania emrex demo-emp`), with decisions awaiting results
            fetchers = []
            for offset, (given, family, born) in enumerate(demo_emp_students(), start=2):
                student = Student(album_number=str(100000 + students * 7 + 7 * offset), given_names=given,
                                  family_name=family, birth_date=born, programme_id=programmes["SYN-INF-S1"].id,
                                  email=f"{100000 + students * 7 + 7 * offset}@student.uni.example.pl",
                                  cohort="2024/25", admission_kind=AdmissionKind.ERASMUS_RETURN)
                session.add(student)
                session.flush()
                decision = self._decision(rng, student, number + offset, DecisionState.OPEN, 0, today, actor)
                decision.web_deadline, decision.results_loaded_at = today + timedelta(days=28), None
                decision.semesters = "5"
                decision.history[0].deadline = decision.web_deadline
                fetchers.append(decision)
            session.add_all(fetchers)
        self._emrex_example(jens_decision_id)
        return DemoResult(len(PROGRAMMES), len(people) + 1 + len(fetchers), len(decisions) + 1 + len(fetchers))

    def _emrex_example(self, decision_id: int) -> None:
        """The demo programme's grid, a trusted contact point and one verified ELMO document (real Danish test
        files), so that the comparison has something to compare."""
        from app.services.catalogue import GradingCatalogue
        from app.services.grid import GridService
        from app.services.intake import IntakeService  # the intake pipeline is heavy; only the demo needs it here
        from app.services.la import LearningAgreementService
        from app.services.trust import TrustService

        folder = resources_dir() / "demo"
        # the administrator's demo plays every part of the flow once (grid, trust store, results, agreement)
        ctx = replace(self.ctx, actor=replace(self.ctx.actor, roles=frozenset(Role)))
        grid = GridService(ctx)
        grid.apply(grid.preview(folder / "siatka-SYN-INF-S1-2025-26.csv", "SYN-INF-S1", "2025/26"))
        TrustService(ctx).import_file(folder / "emreg-emps-example.json")
        TrustService(ctx).import_file(folder / "emp" / "emreg-demo-emp.json")  # the demonstration contact point
        document = folder / "elmo-dk-jens-hansen-signed.xml"
        IntakeService(ctx).import_document(decision_id, document.read_bytes(), document.name)
        LearningAgreementService(ctx).import_file(decision_id, folder / "la-jens-hansen.csv")
        GradingCatalogue(ctx).import_tables(folder / "tabela-dk-7.csv", valid_from=date(2020, 1, 1),
                                            source="uvm.dk (7-point ↔ ECTS) and prawo.amu.edu.pl (ECTS ↔ PL)")

    @staticmethod
    def _decision(rng: random.Random, student: Student, number: int, state: DecisionState, offset: int,
                  today: date, actor: str) -> Decision:
        created = today - timedelta(days=rng.randint(20, 120))
        # Roughly one in four awaiting decisions is overdue; the rest are due within the next weeks.
        deadline = (today - timedelta(days=rng.randint(1, 25)) if rng.random() < 0.25
                    else today + timedelta(days=rng.randint(0, 60)))
        semester = str(3 + 4 * offset + rng.randrange(4))  # 3–6, 7–10, 11–14: a student's never overlap
        decision = Decision(number=f"UZN/{today.year}/{number:05d}", student_id=student.id,
                            programme_id=student.programme_id, semesters=semester, state=DecisionState.OPEN,
                            web_deadline=deadline, comment="", created_at=_at(created), created_by=actor)
        decision.history.append(DecisionStateChange(at=_at(created), actor=actor, from_state=None,
                                                    to_state=DecisionState.OPEN, deadline=deadline))
        path = {
            DecisionState.OPEN: [],
            DecisionState.SUBMITTED: [DecisionState.SUBMITTED],
            DecisionState.IN_REVIEW: [DecisionState.SUBMITTED, DecisionState.IN_REVIEW],
            DecisionState.APPROVED: [DecisionState.SUBMITTED, DecisionState.IN_REVIEW, DecisionState.APPROVED],
            DecisionState.RETURNED: [DecisionState.SUBMITTED, DecisionState.IN_REVIEW, DecisionState.RETURNED],
            DecisionState.CANCELLED: [DecisionState.CANCELLED],
        }[state]
        previous, day = DecisionState.OPEN, created
        for step in path:
            day = min(today, day + timedelta(days=rng.randint(1, 6)))
            comment = {DecisionState.RETURNED: "Brak podpisanego Learning Agreement — proszę uzupełnić.",
                       DecisionState.CANCELLED: "Student zrezygnował z uznania."}.get(step, "")
            decision.history.append(DecisionStateChange(
                at=_at(day), actor=actor, from_state=previous, to_state=step, comment=comment,
                deadline=deadline if step == DecisionState.RETURNED else None))
            previous = step
        decision.state = state
        if state in (DecisionState.SUBMITTED, DecisionState.IN_REVIEW, DecisionState.APPROVED):
            decision.results_loaded_at = _at(created + timedelta(days=1))
        if state == DecisionState.APPROVED:
            decision.approved_at, decision.approved_by = _at(day), actor
        return decision
