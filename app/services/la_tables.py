"""How a Learning Agreement reads from a table (CSV or XLSX, English or Polish headers) or from hand entry: its
components, each checked, and the refusal that names every row that is wrong."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.services.errors import AppError, ImportFileError, Problem, Term
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.tabular import Table, alias_lookup, cell_value, map_header
from app.services.text import fold

TABLES = ("A", "B", "C")
MAX_CREDITS = Decimal(999)
# Longest text each field may hold (the database columns' sizes).
LIMITS = {"code": 100, "title": 500, "term": 100, "group": 60}

# Column names of a Learning Agreement table, folded (lower case, no diacritics, single spaces).
HEADER_ALIASES = {
    "table": ["table", "tabela", "tab", "la table", "tabela la"],
    "code": ["code", "kod", "course code", "component code", "los code", "kod przedmiotu", "kod zajec", "symbol"],
    "title": ["title", "name", "course", "course title", "component title", "course name", "nazwa", "tytul",
              "przedmiot", "nazwa przedmiotu", "nazwa zajec", "zajecia"],
    "ects": ["ects", "ects credits", "credits", "punkty", "punkty ects", "pkt ects", "liczba punktow ects", "ects pkt"],
    "term": ["term", "semester", "academic term", "semestr", "okres", "okres zajec"],
    "group": ["group", "grupa", "group of components", "grupa zajec", "grupa zamiennikow"],
    "recognition_conditions": ["recognition conditions", "conditions", "warunki uznania", "warunki"],
}
_HEADER_LOOKUP = alias_lookup(HEADER_ALIASES)
REQUIRED_COLUMNS = ("table", "title")


class LearningAgreementRefused(AppError):
    """Refused with its reasons (rows of a file or of hand entry); each is translated when shown."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The Learning Agreement cannot be saved:")

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__()

    def render(self, translate=None) -> str:
        return " ".join([super().render(translate)] + [p.render(translate) for p in self.problems])


@dataclass(frozen=True)
class ComponentInput:
    """One component as entered by hand (or as read from a table)."""

    table: str  # A, B or C
    title: str
    code: str = ""
    ects: Decimal | int | float | str | None = None
    term: str = ""
    group: str = ""
    recognition_conditions: str = ""


def _text(value: object) -> str:
    """A cell or field as text on one line; whole numbers typed into a spreadsheet lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _table_letter(value: object) -> str | None:
    key = re.sub(r"^(table|tabela|tab)\b\.?", "", fold(_text(value))).strip()
    return key.upper() if key in ("a", "b", "c") else None


def parse_credits(value: object) -> tuple[Decimal | None, bool]:
    """ECTS credits (None when not given) and whether the value is acceptable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool):
        return None, False
    try:
        number = value if isinstance(value, Decimal) else Decimal(_text(value).replace(",", "."))
    except InvalidOperation:
        return None, False
    if not number.is_finite() or not 0 <= number <= MAX_CREDITS:
        return None, False
    return number.quantize(Decimal("0.01")), True


FIELD_LABELS = {
    "table": QT_TRANSLATE_NOOP("Fields", "table"),
    "code": QT_TRANSLATE_NOOP("Fields", "code"),
    "title": QT_TRANSLATE_NOOP("Fields", "title"),
    "term": QT_TRANSLATE_NOOP("Fields", "term"),
    "group": QT_TRANSLATE_NOOP("Fields", "group"),
}


def check_component(row: int, item: ComponentInput) -> tuple[ComponentInput, list[Problem]]:
    """The component cleaned (texts on one line, ECTS a Decimal) and what is wrong with it; `row` is its row
    (of the file, or of the hand-entered table)."""
    problems: list[Problem] = []
    prefix = {"row": row}
    letter = _table_letter(item.table)
    if letter is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Row {row}: the table \"{value}\" is not A, B or C."),
                                value=_text(item.table), **prefix))
    title = _text(item.title)
    if not title:
        problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "Row {row}: the title is missing."), **prefix))
    ects, good = parse_credits(item.ects)
    if not good:
        problems.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "Row {row}: the ECTS credits \"{value}\" are not a number from 0 to {limit}."),
            value=_text(item.ects), limit=MAX_CREDITS, **prefix))
    values = {"code": _text(item.code), "title": title, "term": _text(item.term), "group": _text(item.group)}
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Row {row}: the {field} is longer than {limit} characters."),
                field=Term("Fields", FIELD_LABELS[name]), limit=limit, **prefix))
    cleaned = ComponentInput(table=letter or "", ects=ects, recognition_conditions=_text(item.recognition_conditions),
                             **values)
    return cleaned, problems


def map_columns(header: list[str]) -> dict[str, int]:
    """Which column holds which field of a component. Refused when two columns claim the same field."""
    return map_header(header, _HEADER_LOOKUP, lambda name: Term("Fields", FIELD_LABELS[name]))


def components_from_table(table: Table, source: str) -> tuple[ComponentInput, ...]:
    """The components of a CSV/XLSX Learning Agreement (columns table, code, title, ects, term, group, in English
    or Polish). Refused with every problem, row by row, when any row is wrong."""
    mapping = map_columns(table.header)
    missing = [name for name in REQUIRED_COLUMNS if name not in mapping]
    if missing:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} has no column for: {columns}. A Learning Agreement table needs the columns "
                      "table (A or B) and title; code, ECTS, term and group may follow. Columns found: {found}."),
            name=source, columns=[Term("Fields", FIELD_LABELS[name]) for name in missing],
            found=", ".join(table.header))

    components, problems = [], []
    for line, cells in table.rows:
        item = ComponentInput(**{name: cell_value(cells, mapping, name) for name in
                                 ("table", "title", "code", "ects", "term", "group", "recognition_conditions")})
        cleaned, wrong = check_component(line, item)
        components.append(cleaned)
        problems.extend(wrong)
    if problems:
        raise LearningAgreementRefused(problems)
    if not components:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} holds no components."), name=source)
    return tuple(components)
