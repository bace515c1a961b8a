"""The grading schemes shipped with the program, read from `resources/grading/`.

`national_grading_scales.csv` is a verbatim copy of the compiled reference (sources in its comments and columns);
its `values_best_to_worst` column is written for people, so it is read by a tolerant parser. `scales-extra.json`
then adds spellings, names, numeric ranges and the scales the deanery meets that the reference lacks, each entry
with its source. The home scale comes from `polish_grade_scale_usos_like.csv` (USOS-like fields).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache
from pathlib import Path

from app.paths import resources_dir
from app.services.grading.scheme import Grade, Scheme, format_number, parse_number
from app.services.text import fold

_NUM = r"-?\d+(?:[.,]\d+)?"
_CONTINUOUS = re.compile(rf"({_NUM})\s*\.\.\s*({_NUM})")  # "20..0"
_BELOW = re.compile(rf"([<>])\s*({_NUM})")  # "<18": a continuous failing range beyond the last listed grade
_NUMBER_NOTE = re.compile(rf"({_NUM})\s*\((.*)\)")  # "5.5(celujący, some HEIs only)": a note
_LABEL_VALUE = re.compile(rf"(.*?\D)\s*\(\s*({_NUM})\s*\)")  # "Matrícula de Honor(10)"
_LABEL_RANGE = re.compile(rf"(.*?\D)\s+({_NUM})\s*-\s*({_NUM})")  # "Notable 7-8.9"
_NUMBER_WORDS = re.compile(rf"({_NUM})\s+\D.*")  # "30 e lode"
_RANGE = re.compile(rf"({_NUM})\s*-\s*({_NUM})")
_ELLIPSIS = ("...", "…")


def grading_dir() -> Path:
    return resources_dir() / "grading"


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a resource CSV, its '#' comment lines skipped."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


def _num(text: str) -> Decimal:
    return parse_number(text)  # the patterns above only let numbers through


def _fail_floor(fail_values: str) -> Decimal | None:
    """The lowest value of a failing range such as "0-17" or "1-5.4"."""
    found = _RANGE.search(fail_values)
    return _num(found.group(1)) if found else None


def parse_values(text: str, higher: bool, lowest_pass: str, fail_values: str) -> dict:
    """The fields of a `Scheme` that `values_best_to_worst` and its pass columns give (see the module doc)."""
    items: list[dict] = []
    notes: list[str] = []
    minimum = maximum = None
    tokens = [t.strip() for t in text.split(";") if t.strip()]
    for index, token in enumerate(tokens):
        if token in _ELLIPSIS:  # integers between the numbers either side
            first, last = _num(tokens[index - 1]), _num(tokens[index + 1])
            way = -1 if first > last else 1
            items += [{"symbol": str(v), "value": Decimal(v)} for v in range(int(first) + way, int(last), way)]
        elif m := _CONTINUOUS.fullmatch(token):
            minimum, maximum = sorted((_num(m.group(1)), _num(m.group(2))))
        elif m := _BELOW.fullmatch(token):
            edge, floor = _num(m.group(2)), _fail_floor(fail_values)
            minimum, maximum = (floor, edge) if m.group(1) == "<" else (edge, floor)
        elif m := _NUMBER_NOTE.fullmatch(token):
            items.append({"symbol": m.group(1), "value": _num(m.group(1))})
            notes.append(f"{m.group(1)}: {m.group(2)}")
        elif m := _LABEL_VALUE.fullmatch(token):
            items.append({"symbol": m.group(2), "value": _num(m.group(2)), "aliases": (m.group(1).strip(),)})
        elif m := _LABEL_RANGE.fullmatch(token):
            low, high = sorted((_num(m.group(2)), _num(m.group(3))))
            items.append({"symbol": m.group(1).strip(), "value": None, "low": low, "high": high})
            minimum = low if minimum is None else min(minimum, low)
            maximum = high if maximum is None else max(maximum, high)
        elif (number := parse_number(token)) is not None:
            items.append({"symbol": token, "value": number})
        elif m := _NUMBER_WORDS.fullmatch(token):
            items.append({"symbol": token, "value": _num(m.group(1))})
        else:
            items.append({"symbol": token, "value": None})
    pass_symbol = lowest_pass.split("(")[0].strip()
    pass_mark = parse_number(pass_symbol.split()[0]) if pass_symbol else None
    failing = {fold(v.split("(")[0]) for v in fail_values.split(";") if v.strip()}
    pass_index = next((i for i, item in enumerate(items) if fold(item["symbol"]) == fold(pass_symbol)), None)

    def passes(index: int, item: dict) -> bool:
        value = item["value"] if item["value"] is not None else item.get("low" if higher else "high")
        if value is not None and pass_mark is not None:
            return value >= pass_mark if higher else value <= pass_mark
        if fold(item["symbol"]) in failing:
            return False
        return pass_index is None or index <= pass_index

    grades = tuple(Grade(item["symbol"], item["value"], passes(i, item), tuple(item.get("aliases", ())),
                         item.get("low"), item.get("high")) for i, item in enumerate(items))
    return {"grades": grades, "minimum": minimum, "maximum": maximum, "pass_mark": pass_mark,
            "notes": "; ".join(notes)}


def national_schemes(path: Path) -> list[Scheme]:
    schemes = []
    for row in _rows(path):
        higher = row["higher_is_better"].strip().lower() == "true"
        fields = parse_values(row["values_best_to_worst"], higher, row["lowest_pass"], row["fail_values"])
        notes = "; ".join(part for part in (row["notes"].strip(), fields.pop("notes")) if part)
        schemes.append(Scheme(row["scale_id"], row["country"], row["scale_id"], higher, **fields,
                              source=row["source"].strip(), notes=notes))
    return schemes


def _unique(spellings: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings without repeats (compared as `read` compares them), first spelling kept."""
    seen: dict[str, str] = {}
    for spelling in spellings:
        seen.setdefault(fold(spelling), spelling)
    return tuple(seen.values())


def _amend(scheme: Scheme, change: dict) -> Scheme:
    """A seeded scheme with an overlay entry: a name, more spellings, a range, step or pass mark."""
    aliases = {fold(symbol): tuple(more) for symbol, more in change.get("aliases", {}).items()}
    unknown = set(aliases) - {fold(g.symbol) for g in scheme.grades}
    if unknown:
        raise ValueError(f"{scheme.code}: aliases for unknown grades {sorted(unknown)}")
    grades = tuple(replace(g, aliases=_unique(g.aliases + aliases.get(fold(g.symbol), ()))) for g in scheme.grades)
    fields = {key: Decimal(change[key]) for key in ("minimum", "maximum", "step", "pass_mark") if key in change}
    notes = "; ".join(part for part in (scheme.notes, change.get("notes", "")) if part)
    return replace(scheme, grades=grades, name=change.get("name", scheme.name), notes=notes,
                   source=f"{scheme.source} | {change['source']}", **fields)


def _overlay() -> dict:
    return json.loads((grading_dir() / "scales-extra.json").read_text(encoding="utf-8"), parse_float=Decimal)


@cache
def _default_schemes() -> tuple[Scheme, ...]:
    overlay = _overlay()
    schemes = []
    for scheme in national_schemes(grading_dir() / "national_grading_scales.csv"):
        change = overlay["amend"].get(scheme.code)
        schemes.append(_amend(scheme, change) if change else scheme)
    schemes += [Scheme.from_dict(entry) for entry in overlay["schemes"]]
    return tuple(schemes)


def load_default_schemes() -> list[Scheme]:
    """The foreign grading schemes shipped with the program (an administrator may change them in the database)."""
    return list(_default_schemes())


@cache
def _home_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows(grading_dir() / "polish_grade_scale_usos_like.csv"))


@cache
def home_schemes(with_5_5: bool) -> tuple[Scheme, Scheme]:
    """The home scale: PL-STD (5.0 … 2.0, and 5.5 when the university has it) and PL-ZAL (ZAL / NZAL)."""
    home = _overlay()["home"]
    graded, passfail = [], []
    for row in sorted(_home_rows(), key=lambda r: -int(r["order_key"])):
        if row["grade_type_id"] == "PL-ZAL":
            symbol = row["symbol"].upper()
            more = (row["name_pl"], row["name_en"], *home["aliases"].get(symbol, ()))
            passfail.append(Grade(symbol, None, row["passes"] == "true", _unique(more)))
            continue
        value = Decimal(row["decimal_value"])
        if value == Decimal("5.5") and not with_5_5:
            continue
        symbol = f"{value:.1f}"
        more = (row["symbol"], row["name_pl"], row["name_en"], *home["aliases"].get(symbol, ()))
        graded.append(Grade(symbol, value, row["passes"] == "true", _unique(more)))
    pass_mark = min(g.value for g in graded if g.passes)
    return (Scheme("PL-STD", "PL", home["names"]["PL-STD"], True, tuple(graded), pass_mark=pass_mark, home=True,
                   source=home["source"]),
            Scheme("PL-ZAL", "PL", home["names"]["PL-ZAL"], True, tuple(passfail), passfail=True, home=True,
                   source=home["source"]))


def home_symbol(value: Decimal) -> str:
    """A home grade the Polish way, as USOS prints it: 4.5 → "4,5", 5.0 → "5"."""
    for row in _home_rows():
        if row["decimal_value"] and Decimal(row["decimal_value"]) == value:
            return row["symbol"]
    return format_number(value).replace(".", ",")
