"""Every label the printed reports carry, in Polish and English.

A report is printed in one language ("pl", "en") or in both ("both": Polish first, English beside or beneath it).
Labels are plain data here, not Qt translations: a report's language is chosen per print, not by the program's UI
language, and the dean signs the Polish wording, which must not depend on a translation file.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.services.reports.model import LANGUAGES

LABELS: dict[str, tuple[str, str]] = {
    # the decision
    "doc.title": ("DECYZJA", "DECISION"),
    "doc.number": ("nr {number}", "No. {number}"),
    "doc.subject": ("w sprawie uznania efektów uczenia się uzyskanych w innej uczelni",
                    "on the recognition of learning outcomes achieved at another higher education institution"),
    "doc.amendment": ("Korekta nr {n}", "Amendment No. {n}"),
    "doc.draft": ("PROJEKT", "DRAFT"),
    "doc.draft_note": ("PROJEKT – stan: {state}. Dokument niezatwierdzony, nie stanowi decyzji.",
                       "DRAFT – state: {state}. Not approved; this document is not a decision."),
    "doc.pdf_subject": ("Uznanie efektów uczenia się – {student}, nr albumu {album}",
                        "Recognition of learning outcomes – {student}, album No. {album}"),
    "footer.page": ("Strona {page} z {pages}", "Page {page} of {pages}"),
    "footer.number": ("Decyzja nr {number}", "Decision No. {number}"),
    # student
    "section.student": ("Dane studenta", "Student"),
    "student.name": ("Imię i nazwisko", "Name"),
    "student.album": ("Numer albumu", "Album number"),
    "student.programme": ("Kierunek studiów", "Programme"),
    "student.level": ("Poziom studiów", "Level of studies"),
    "student.mode": ("Forma studiów", "Mode of study"),
    "student.semester": ("Semestr objęty uznaniem", "Semester covered by the recognition"),
    "student.semesters": ("Semestry objęte uznaniem", "Semesters covered by the recognition"),
    "student.cohort": ("Cykl kształcenia", "Cohort"),
    # legal basis, mobility, sources
    "section.legal": ("Podstawa prawna", "Legal basis"),
    "section.mobility": ("Mobilność", "Mobility"),
    "mobility.host": ("Uczelnia przyjmująca", "Host institution"),
    "mobility.code": ("kod", "code"),
    "mobility.period": ("Okres mobilności", "Mobility period"),
    "mobility.agreement": ("Porozumienie o programie zajęć (Learning Agreement)", "Learning Agreement"),
    "mobility.agreement_version": ("wersja {version}", "version {version}"),
    "mobility.agreement_dated": ("wersja {version} z dnia {date}", "version {version} of {date}"),
    "section.sources": ("Źródło wyników", "Source of the results"),
    "source.emrex": ("Dokument EMREX", "EMREX document"),
    "source.emrex_nth": ("Dokument EMREX {n} z {count}", "EMREX document {n} of {count}"),
    "source.manual": ("wprowadzone ręcznie", "entered manually"),
    "source.manual_also": ("Pozostałe wyniki wprowadzono ręcznie.", "The other results were entered manually."),
    "source.none": ("brak", "none"),
    "source.issuer": ("Wystawca", "Issuer"),
    "source.sha256": ("Skrót SHA-256 otrzymanego dokumentu", "SHA-256 fingerprint of the received document"),
    "source.emp": ("Podmiot podpisujący (punkt kontaktowy EMREX)", "Signed by (EMREX contact point)"),
    "source.signature": ("Podpis elektroniczny", "Electronic signature"),
    "source.received": ("Data otrzymania", "Received on"),
    "signature.valid": ("ważny", "valid"),
    "signature.invalid": ("nieważny", "invalid"),
    "signature.missing": ("brak podpisu", "not signed"),
    "signature.unknown_signer": ("nieznany podpisujący", "unknown signer"),
    # the table of courses
    "section.courses": ("Wykaz zajęć i wynik uznania", "Courses and the result of recognition"),
    "col.foreign": ("Zajęcia zaliczone w uczelni przyjmującej", "Courses completed at the host institution"),
    "col.home": ("Odpowiedniki w programie studiów", "Equivalents in the home study programme"),
    "col.result": ("Wynik uznania", "Result"),
    "col.code": ("Kod", "Code"),
    "col.title": ("Nazwa oryginalna", "Original title"),
    "col.name": ("Nazwa", "Name"),
    "col.ects": ("ECTS", "ECTS"),
    "col.grade_original": ("Ocena (skala)", "Grade (scale)"),
    "col.form": ("Forma", "Form"),
    "col.grade": ("Ocena", "Grade"),
    "col.method": ("Metoda", "Method"),
    "col.semester": ("Semestr", "Semester"),
    "col.deadline": ("Termin zaliczenia", "Deadline"),
    "table.semester": ("Semestr {n}", "Semester {n}"),
    "table.subtotal": ("Razem w semestrze {n}", "Total, semester {n}"),
    "table.total": ("Razem", "Total"),
    "table.rejected": ("nie uznano", "not recognised"),
    "table.reason": ("Powód nieuznania", "Reason"),
    "table.note": ("Uwaga", "Note"),
    "table.forms": ("Forma zaliczenia", "Form of credit"),
    "table.empty": ("Brak zajęć objętych uznaniem.", "No courses are covered by this recognition."),
    # forms of credit, conversion methods, decision states
    "form.E": ("egzamin", "examination"),
    "form.ZO": ("zaliczenie na ocenę", "graded credit"),
    "form.ZAL": ("zaliczenie", "pass"),
    "method.reference": ("przypadek referencyjny", "reference case"),
    "method.distribution": ("rozkład ocen (ECTS)", "grade distribution (ECTS)"),
    "method.table": ("tabela przeliczeń", "conversion table"),
    "method.pass": ("zal (pass/fail)", "pass (pass/fail)"),
    "method.fail": ("nzal (pass/fail)", "fail (pass/fail)"),
    "method.manual": ("indywidualnie", "individually"),
    "method.mixed": ("mieszana", "mixed"),
    "state.open": ("Otwarta", "Open"),
    "state.submitted": ("Przekazana", "Submitted"),
    "state.in_review": ("Weryfikowana", "In review"),
    "state.approved": ("Zatwierdzona", "Approved"),
    "state.returned": ("Zwrócona", "Returned"),
    "state.cancelled": ("Anulowana", "Cancelled"),
    "yes": ("tak", "yes"),
    "no": ("nie", "no"),
    # summary, obligations, closing parts
    "section.summary": ("Podsumowanie", "Summary"),
    "summary.abroad": ("Punkty ECTS uzyskane w uczelni przyjmującej", "ECTS credits earned at the host institution"),
    "summary.recognised": ("Punkty ECTS uznane", "ECTS credits recognised"),
    "summary.required": ("Punkty ECTS wymagane do zaliczenia semestru", "ECTS credits required for the semester"),
    "summary.credited": ("Semestr zaliczony", "Semester credited"),
    "section.obligations": ("Różnice programowe do uzupełnienia", "Programme differences to be completed"),
    "obligations.none": ("Nie stwierdzono różnic programowych.", "No programme differences were found."),
    "section.justification": ("Uzasadnienie", "Statement of reasons"),
    "section.appeal": ("Pouczenie", "Right of appeal"),
    "signature.caption": ("(podpis i pieczęć)", "(signature and stamp)"),
    "signature.approved": ("Zatwierdzono w systemie: {who}, {when}", "Approved in the system: {who}, {when}"),
    # list reports
    "list.number": ("Nr decyzji", "Decision No."),
    "list.album": ("Nr albumu", "Album No."),
    "list.student": ("Imię i nazwisko", "Name"),
    "list.programme": ("Kierunek", "Programme"),
    "list.semesters": ("Semestr", "Semester"),
    "list.state": ("Stan", "State"),
    "list.deadline": ("Termin", "Deadline"),
    "list.ects": ("ECTS uznane", "ECTS recognised"),
    "list.email": ("E-mail", "E-mail"),
    "list.days_overdue": ("Dni po terminie", "Days overdue"),
    "list.overdue_by": ("+{days} dni", "+{days} days"),
    "list.overdue_by_one": ("+1 dzień", "+1 day"),
    "list.count": ("Liczba decyzji: {n}", "Number of decisions: {n}"),
    "list.empty": ("Brak decyzji spełniających kryteria.", "No decisions match the criteria."),
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def label_pair(key: str, **values: object) -> tuple[str, str]:
    """The Polish and the English label, with `values` filled in."""
    pl, en = LABELS[key]
    return (pl.format(**values), en.format(**values)) if values else (pl, en)


def label(key: str, lang: str, **values: object) -> str:
    """The label in `lang`; "both" gives "Polish / English" on one line (or the Polish alone when they agree)."""
    pl, en = label_pair(key, **values)
    if check_language(lang) == "pl":
        return pl
    if lang == "en":
        return en
    return pl if pl == en else f"{pl} / {en}"


def term(group: str, value: str, lang: str) -> str:
    """The label of a vocabulary value (a state, method, form of credit, signature verdict), or the value itself
    when it has none, so that a value added later still prints."""
    key = f"{group}.{value}"
    return label(key, lang) if key in LABELS else value


def term_pair(group: str, value: str) -> tuple[str, str]:
    key = f"{group}.{value}"
    return label_pair(key) if key in LABELS else (value, value)


def yes_no(value: bool, lang: str) -> str:
    return label("yes" if value else "no", lang)


def format_ects(value: Decimal | None, lang: str) -> str:
    """ECTS without trailing zeros, with a decimal comma in Polish ("7,5"), a point in English; "—" when unknown."""
    if value is None:
        return "—"
    text = f"{value.normalize():f}"  # normalize: 7.50 → 7.5, 60 → 6E+1, which :f writes back as 60
    return text if lang == "en" else text.replace(".", ",")


def format_date(value: date | None) -> str:
    """Dates the way Polish offices write them (24.11.2026), in every language: unambiguous in Europe."""
    return value.strftime("%d.%m.%Y") if value else "—"


def format_datetime(value: datetime | None) -> str:
    """Day and minute; an aware time (stored in UTC) in the computer's local time, as the deanery reads it."""
    if value is None:
        return "—"
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")


__all__ = ["LABELS", "check_language", "format_date", "format_datetime", "format_ects", "label", "label_pair",
           "term", "term_pair", "yes_no"]
