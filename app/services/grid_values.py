"""How a curriculum grid file reads: column names in English and Polish, and the values of its cells (semesters
in Arabic or Roman numerals, ECTS with a decimal comma, forms of credit, obligatory or elective, ISCED codes).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.services.errors import Problem, Term
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.tabular import alias_lookup, header_key, map_header

FORMS_OF_CREDIT = ("E", "ZO", "ZAL")  # egzamin, zaliczenie na ocenę, zaliczenie (bez oceny)
MAX_SEMESTER = 14

# Course fields, named as the CurriculumCourse columns, then what the rows may say about the whole file.
COURSE_FIELDS = ("code", "name_pl", "name_en", "semester", "ects", "hours", "form_of_credit", "obligatory",
                 "grade_type", "isced")
FILE_FIELDS = ("programme_code", "programme_name_pl", "programme_name_en", "level", "mode", "faculty",
               "academic_year")
REQUIRED = ("code", "name_pl", "semester", "ects", "form_of_credit")

# Column names, folded (lower case, no diacritics, anything but letters and digits made single spaces).
HEADER_ALIASES = {
    "code": ["course code", "code", "kod", "kod przedmiotu", "kod zajec", "kod kursu", "przedmiot kod",
             "subject code", "module code", "course id"],
    "name_pl": ["course name pl", "course name", "name pl", "name", "nazwa", "nazwa przedmiotu", "nazwa pl",
                "nazwa przedmiotu pl", "nazwa polska", "nazwa zajec", "przedmiot", "tytul", "nazwa kursu"],
    "name_en": ["course name en", "name en", "english name", "nazwa angielska", "nazwa en", "nazwa przedmiotu en",
                "nazwa w jezyku angielskim", "nazwa przedmiotu w jezyku angielskim", "nazwa ang",
                "nazwa przedmiotu ang", "nazwa przedmiotu angielska"],
    "semester": ["semester", "semestr", "sem", "nr semestru", "numer semestru", "semester number"],
    "ects": ["ects", "punkty ects", "pkt ects", "ects points", "ects credits", "credits", "punkty",
             "liczba punktow ects", "liczba ects"],
    "hours": ["hours", "godziny", "godz", "liczba godzin", "hours total", "total hours", "godziny razem",
              "razem godzin", "suma godzin", "godziny ogolem", "ogolem godzin"],
    "form_of_credit": ["form of credit", "forma zaliczenia", "forma weryfikacji", "sposob zaliczenia",
                       "rodzaj zaliczenia", "credit form", "assessment", "form of assessment", "zaliczenie"],
    "obligatory": ["group", "grupa", "grupa zajec", "rodzaj przedmiotu", "typ przedmiotu", "charakter przedmiotu",
                   "obligatory", "obowiazkowy", "obligatory elective", "course type", "obligatory or elective"],
    "grade_type": ["grade type", "typ oceny", "rodzaj oceny", "skala ocen", "grading", "grade scale",
                   "grading scheme"],
    "isced": ["isced", "isced code", "kod isced", "isced f", "isced f code", "dziedzina isced"],
    "programme_code": ["programme code", "program code", "programme", "kod programu", "kod kierunku",
                       "kod programu studiow"],
    "programme_name_pl": ["programme name pl", "programme name", "program name", "nazwa kierunku", "nazwa programu",
                          "kierunek", "kierunek studiow"],
    "programme_name_en": ["programme name en", "nazwa kierunku en", "nazwa kierunku angielska",
                          "nazwa programu en"],
    "level": ["level", "poziom", "poziom studiow", "stopien", "stopien studiow"],
    "mode": ["mode", "forma studiow", "tryb studiow", "study mode"],
    "faculty": ["faculty", "wydzial"],
    "academic_year": ["academic year", "rok akademicki", "rok akad"],  # not "year" (of study?) nor a USOS cycle
}
_HEADER_LOOKUP = alias_lookup(HEADER_ALIASES)
# Columns of hours by kind of class (hours_lecture, godziny wykład, …) are added up when no total is given.
_HOURS_PREFIXES = ("hours ", "godziny ", "godz ", "liczba godzin ")

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Fields", "course code"),
    "name_pl": QT_TRANSLATE_NOOP("Fields", "course name"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "English course name"),
    "semester": QT_TRANSLATE_NOOP("Fields", "semester"),
    "ects": QT_TRANSLATE_NOOP("Fields", "ECTS"),
    "hours": QT_TRANSLATE_NOOP("Fields", "hours"),
    "form_of_credit": QT_TRANSLATE_NOOP("Fields", "form of credit"),
    "obligatory": QT_TRANSLATE_NOOP("Fields", "group (obligatory or elective)"),
    "grade_type": QT_TRANSLATE_NOOP("Fields", "grade type"),
    "isced": QT_TRANSLATE_NOOP("Fields", "ISCED code"),
    "programme_code": QT_TRANSLATE_NOOP("Fields", "programme"),
    "programme_name_pl": QT_TRANSLATE_NOOP("Fields", "programme name"),
    "programme_name_en": QT_TRANSLATE_NOOP("Fields", "English programme name"),
    "level": QT_TRANSLATE_NOOP("Fields", "level of studies"),
    "mode": QT_TRANSLATE_NOOP("Fields", "mode of studies"),
    "faculty": QT_TRANSLATE_NOOP("Fields", "faculty"),
    "academic_year": QT_TRANSLATE_NOOP("Fields", "academic year"),
}


def field_term(name: str) -> Term:
    return Term("Fields", FIELD_LABELS[name])


MISSING = {
    "code": QT_TRANSLATE_NOOP("Errors", "Missing course code."),
    "name_pl": QT_TRANSLATE_NOOP("Errors", "Missing course name."),
    "semester": QT_TRANSLATE_NOOP("Errors", "Missing semester."),
    "ects": QT_TRANSLATE_NOOP("Errors", "Missing ECTS."),
    "form_of_credit": QT_TRANSLATE_NOOP("Errors", "Missing form of credit."),
}
# Longest text each field may hold (the database columns' sizes).
LIMITS = {"code": 60, "name_pl": 300, "name_en": 300, "grade_type": 40}  # an ISCED code is checked whole
PROGRAMME_LIMITS = {"programme_code": 40, "programme_name_pl": 200, "programme_name_en": 200, "level": 40,
                    "mode": 40, "faculty": 200}

_FORMS = {
    "E": ("e", "egz", "egzamin", "exam", "examination", "graded exam"),
    "ZO": ("zo", "zal o", "zal na ocene", "zaliczenie na ocene", "zaliczenie z ocena", "graded credit",
           "graded pass"),
    "ZAL": ("zal", "z", "zaliczenie", "zaliczenie bez oceny", "pass fail", "pass", "credit", "ungraded credit"),
}
_FORM_LOOKUP = {alias: form for form, aliases in _FORMS.items() for alias in aliases}
_GROUPS = {
    True: ("obl", "o", "obowiazkowy", "obowiazkowe", "obowiazkowa", "obligatory", "compulsory", "mandatory",
           "required", "tak", "yes", "true", "1", "x"),
    False: ("wyb", "w", "do wyboru", "fakultatywny", "fakultatywne", "obieralny", "elective", "optional", "nie",
            "no", "false", "0"),
}
_GROUP_LOOKUP = {alias: value for value, aliases in _GROUPS.items() for alias in aliases}
_ROMAN = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"), start=1)}


def map_columns(header: list[str]) -> tuple[dict[str, int], list[int]]:
    """Which column holds which field, and the columns of hours by kind of class (summed when the file has no
    total). Refused when two columns claim the same field."""
    mapping = map_header(header, _HEADER_LOOKUP, field_term)
    if "hours" in mapping:
        return mapping, []
    known = set(mapping.values())
    return mapping, [i for i, title in enumerate(header)
                     if i not in known and header_key(title).startswith(_HOURS_PREFIXES)]


def cell_text(value: object) -> str:
    """A cell as text; whole numbers typed into a spreadsheet lose their ".0"; runs of spaces become one."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return ""
    return " ".join(str(value).split())


def _number(value: object) -> Decimal | None:
    """A number written with a decimal point or comma, or a spreadsheet's number; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = cell_text(value).replace(" ", "").replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
    return number if number.is_finite() else None


def normalise_academic_year(value: object) -> str | None:
    """"2025/26" from 2025/26, 2025/2026, 2025-26 or 2025–2026; None when it is not an academic year."""
    match = re.fullmatch(r"((?:19|20|21)\d\d)\s*[/\-–]\s*(\d\d|\d{4})", cell_text(value))
    if match is None:
        return None
    first, second = int(match[1]), match[2]
    if int(second) != ((first + 1) % 100 if len(second) == 2 else first + 1):
        return None
    return f"{first}/{(first + 1) % 100:02d}"


def parse_semester(value: object) -> int | Problem:
    text = cell_text(value)
    key = re.sub(r"^(semestr|semester|sem)\.?\s*", "", text, flags=re.IGNORECASE)
    number = _ROMAN.get(key.upper()) if key.upper() in _ROMAN else _number(key)
    if number is None or number != int(number) or not 1 <= int(number) <= MAX_SEMESTER:
        return Problem(QT_TRANSLATE_NOOP("Errors", "Bad semester \"{value}\" (a whole number from 1 to 14)."),
                       value=text)
    return int(number)


def parse_ects(value: object) -> Decimal | Problem:
    number = _number(value)
    if number is None or not 0 <= number <= Decimal("999.9") or number != number.quantize(Decimal("0.1")):
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "Bad ECTS value \"{value}\" (a number from 0 to 999.9 with at most one decimal place)."),
            value=cell_text(value))
    return number.quantize(Decimal("0.1"))


def parse_hours(value: object, column: str = "") -> int | Problem:
    """Hours of classes; an empty cell is none. `column` names where a bad value was found."""
    if cell_text(value) == "":
        return 0
    number = _number(value)
    if number is None or number != int(number) or not 0 <= number <= 9999:
        if column:
            return Problem(QT_TRANSLATE_NOOP("Errors", "Bad number of hours \"{value}\" in the column \"{column}\" "
                                                       "(a whole number from 0 to 9999)."),
                           value=cell_text(value), column=column)
        return Problem(QT_TRANSLATE_NOOP("Errors", "Bad number of hours \"{value}\" (a whole number from 0 to 9999)."),
                       value=cell_text(value))
    return int(number)


def parse_form_of_credit(value: object) -> str | Problem:
    text = cell_text(value)
    form = _FORM_LOOKUP.get(header_key(text))
    if form is None:
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "Unknown form of credit \"{value}\" (expected E, ZO or ZAL: exam, graded credit or credit)."),
            value=text)
    return form


def parse_obligatory(value: object) -> bool | None | Problem:
    """True for an obligatory course, False for an elective, None for an empty cell."""
    if isinstance(value, bool):
        return value
    text = cell_text(value)
    if not text:
        return None
    found = _GROUP_LOOKUP.get(header_key(text))
    if found is None:
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "Unknown group \"{value}\" (expected OBL or WYB: obligatory or elective)."), value=text)
    return found


def parse_isced(value: object) -> str | Problem:
    """An ISCED-F 2013 field code of two to four digits. A spreadsheet's number has lost its leading zero:
    613 is 0613 and 61 is 061 (the broad fields are 00–10, the narrow ones 001–104)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        text = str(int(value))
        if len(text) == 1 or (len(text) == 3 and not text.startswith("10")) or (len(text) == 2 and int(text) > 10):
            text = "0" + text
    else:
        text = cell_text(value)
    if text and not re.fullmatch(r"\d{2,4}", text):
        return Problem(QT_TRANSLATE_NOOP("Errors", "Bad ISCED code \"{value}\" (two to four digits, like 0613)."),
                       value=text)
    return text


def too_long(name: str, text: str, limit: int) -> Problem | None:
    if len(text) > limit:
        return Problem(QT_TRANSLATE_NOOP("Errors", "The {field} is longer than {limit} characters."),
                       field=field_term(name), limit=limit)
    return None
