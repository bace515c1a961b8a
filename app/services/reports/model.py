"""What a printed report says, as plain data: the decision report for the dean and the list reports. Gathered
from the database by `data.py` and `lists.py`, laid out by the PDF modules; nothing here knows either."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

LANGUAGES = ("pl", "en", "both")  # "both": Polish labels with the English beneath


@dataclass(frozen=True)
class Letterhead:
    university: str
    faculty: str
    dean_title: str  # "Dziekan", "Prodziekan ds. kształcenia"
    dean_name: str
    place: str


@dataclass(frozen=True)
class ReportStudent:
    full_name: str
    album_number: str
    programme_name: str
    programme_code: str
    level: str
    mode: str
    semesters: str  # credited: "5" or "5,6"
    cohort: str


@dataclass(frozen=True)
class ResultSource:
    kind: str  # "emrex" or "manual"
    issuer: str = ""
    sha256: str = ""  # of the received bytes
    emp: str = ""  # the signing contact point's acronym
    signature: str = ""  # valid, invalid, …
    received_at: datetime | None = None
    file_name: str = ""


@dataclass(frozen=True)
class Mobility:
    host_name: str
    host_country: str
    host_code: str  # Erasmus code or SCHAC
    period: str  # "2025/26, semestr zimowy" or the dates
    agreement_version: str
    agreement_date: date | None
    sources: tuple[ResultSource, ...]


@dataclass(frozen=True)
class ForeignItem:
    code: str
    title: str
    ects: Decimal | None
    grade: str  # as printed abroad
    scheme: str  # the grading scale's code ("IT-30")


@dataclass(frozen=True)
class HomeItem:
    code: str
    name: str
    ects: Decimal
    form: str  # E, ZO, ZAL


@dataclass(frozen=True)
class ReportLine:
    foreign: tuple[ForeignItem, ...]
    home: tuple[HomeItem, ...]
    grade: str  # the home grade the Polish way ("4,5", "ZAL"); "" for a rejected line
    method: str  # reference, distribution, table, pass, manual, mixed; "" for a rejected line
    recognised: bool
    note: str = ""  # the reason of a rejection, or a justification


@dataclass(frozen=True)
class ReportSemester:
    semester: int
    lines: tuple[ReportLine, ...]
    foreign_ects: Decimal  # of the recognised lines
    home_ects: Decimal  # recognised


@dataclass(frozen=True)
class Obligation:
    code: str
    name: str
    ects: Decimal
    semester: int
    deadline: date | None


@dataclass(frozen=True)
class DecisionReport:
    letterhead: Letterhead
    number: str
    issued_on: date
    state: str  # the decision state's value ("approved", "in_review", …): a draft is marked as such
    amendment: int  # corrections after approval
    student: ReportStudent
    legal_basis: str
    mobility: Mobility
    semesters: tuple[ReportSemester, ...]
    ects_abroad: Decimal  # passed abroad
    ects_recognised: Decimal
    ects_required: Decimal
    semester_credited: bool
    obligations: tuple[Obligation, ...]
    justification: str
    appeal: str
    approved_by: str
    approved_at: datetime | None

    @property
    def draft(self) -> bool:
        return self.state != "approved"


@dataclass(frozen=True)
class ListRow:
    number: str
    album_number: str
    student: str
    programme_code: str
    semesters: str
    state: str  # value of the decision state
    deadline: date | None
    days_overdue: int | None
    ects_recognised: Decimal | None
    email: str = ""


@dataclass(frozen=True)
class ListReport:
    letterhead: Letterhead
    title: str  # already in the report's language
    subtitle: str
    issued_on: date
    rows: tuple[ListRow, ...]
    overdue: bool  # the "who to chase" list: contact data instead of ECTS
