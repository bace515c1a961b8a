"""Reading conversion tables from a CSV or XLSX file in the layout of the UAM table (country, foreign_scale,
foreign_min, foreign_max, foreign_label, pl_grade, note), one group of rows per country and scale.

Bad cells are refused with the line and the column named; what is merely wrong about a table (gaps, overlaps)
is left to the validator, which reports it without refusing the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.services.errors import ImportFileError, Term
from app.services.grading.rows import TableRow
from app.services.grading.scales import country_key, guess_scheme, home_schemes, load_default_schemes
from app.services.grading.scheme import Scheme, parse_number
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.tabular import alias_lookup, cell_value, map_header, read_table

HEADER_ALIASES = {
    "country": ["country", "kraj", "panstwo"],
    "foreign_scale": ["foreign scale", "scale", "skala", "skala ocen"],
    "foreign_min": ["foreign min", "min", "from", "od", "ocena od"],
    "foreign_max": ["foreign max", "max", "to", "do", "ocena do"],
    "foreign_label": ["foreign label", "label", "foreign grade", "ocena zagraniczna"],
    "pl_grade": ["pl grade", "polish grade", "home grade", "ocena polska", "ocena pl"],
    "note": ["note", "notes", "uwagi", "uwaga"],
}
_HEADER_LOOKUP = alias_lookup(HEADER_ALIASES)

FIELD_LABELS = {
    "country": QT_TRANSLATE_NOOP("Fields", "country"),
    "foreign_scale": QT_TRANSLATE_NOOP("Fields", "foreign scale"),
    "foreign_min": QT_TRANSLATE_NOOP("Fields", "lowest foreign grade"),
    "foreign_max": QT_TRANSLATE_NOOP("Fields", "highest foreign grade"),
    "foreign_label": QT_TRANSLATE_NOOP("Fields", "foreign grade"),
    "pl_grade": QT_TRANSLATE_NOOP("Fields", "Polish grade"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
}

_NUM = r"\d+(?:[.,]\d+)?"
_BEST = re.compile(rf"\(\s*({_NUM})\s*(?:=\s*)?best\s*\)", re.IGNORECASE)  # "(1 best)"
_SPAN = re.compile(rf"({_NUM})\s*[-–]\s*({_NUM})")  # "1.0-5.0"


def field_term(name: str) -> Term:
    return Term("Fields", FIELD_LABELS[name])


@dataclass(frozen=True, slots=True)
class TableGroup:
    country: str
    scale: str
    rows: tuple[TableRow, ...]
    scheme_code: str | None  # the default scheme it matched (UK → UK-PCT, CH → CH-6 …), None when none did
    higher_is_better: bool | None = None  # as the scale text declares it: "(1 best)" → False, "(6 best)" → True


def declared_direction(scale: str) -> bool | None:
    """Which end the scale text calls best: "1-5 (1 best)" → lower is better (False), "1-6 (6 best)" → True."""
    best, span = _BEST.search(scale), _SPAN.search(scale)
    if not best or not span:
        return None
    value = parse_number(best.group(1))
    low, high = sorted((parse_number(span.group(1)), parse_number(span.group(2))))
    return True if value == high else False if value == low else None


def _number(value: object, line: int, column: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))  # str() of a spreadsheet's float is its shortest form: 9.99 stays 9.99
    else:
        number = parse_number(str(value))
    if number is None or not number.is_finite():
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "Line {line}, column \"{column}\": \"{value}\" is not a number."),
            line=line, column=column, value=value)
    return number


def _home_symbol(text: str) -> str:
    """The Polish grade as the home scheme writes it ("4,5" → "4.5", "zal" → "ZAL"); kept as written when it is
    not a home grade, for the validator to name."""
    for scheme in home_schemes(True):
        reading = scheme.read(text)
        if reading is not None:
            return reading.symbol
    return text


def read_table_file(path: Path, schemes: Sequence[Scheme] | None = None) -> list[TableGroup]:
    """The groups of rows of a table file, in the file's order, each with the default scheme it matches."""
    table = read_table(Path(path), comments="#")
    mapping = map_header(table.header, _HEADER_LOOKUP, field_term)
    missing = [name for name in ("pl_grade",) if name not in mapping]
    if not ({"foreign_min", "foreign_max", "foreign_label"} & set(mapping)):
        missing += ["foreign_min", "foreign_label"]
    if missing:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} has no column for: {columns}. Columns found: {found}."),
            name=Path(path).name, columns=[field_term(name) for name in missing], found=", ".join(table.header))
    title = {name: table.header[index] for name, index in mapping.items()}
    groups: dict[tuple[str, str], list[TableRow]] = {}
    for line, cells in table.rows:
        if str(next((c for c in cells if str(c).strip()), "")).strip().startswith("#"):
            continue  # a comment line among the rows
        text = {name: str(cell_value(cells, mapping, name)).strip() for name in ("country", "foreign_scale",
                                                                                 "foreign_label", "pl_grade", "note")}
        low = _number(cell_value(cells, mapping, "foreign_min"), line, title.get("foreign_min", ""))
        high = _number(cell_value(cells, mapping, "foreign_max"), line, title.get("foreign_max", ""))
        if not text["pl_grade"]:
            raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "Line {line}: the column \"{column}\" is empty."),
                                  line=line, column=title["pl_grade"])
        if low is None and high is None and not text["foreign_label"]:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "Line {line}: the row names no foreign grade (neither a range nor a label)."), line=line)
        if low is not None and high is not None and low > high:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "Line {line}: the range {low}–{high} runs backwards; write the lower number first."),
                line=line, low=low, high=high)
        row = TableRow(low, high, text["foreign_label"], _home_symbol(text["pl_grade"]), text["note"])
        groups.setdefault((text["country"], text["foreign_scale"]), []).append(row)
    if not groups:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    known = list(schemes) if schemes is not None else load_default_schemes()
    result = []
    for (country, scale), rows in groups.items():
        labels = [r.foreign_label for r in rows if r.foreign_label]
        found = guess_scheme(known, country_key(country), labels, scale) if country else None
        result.append(TableGroup(country, scale, tuple(rows), found.code if found else None,
                                 declared_direction(scale)))
    return result
