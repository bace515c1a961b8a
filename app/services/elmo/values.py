"""Reading single values out of ELMO elements: texts, titles in every language, dates in the many ways contact
points write them, credit numbers. Nothing here raises for bad data; a value that cannot be read is None (or "")
and the caller says so in a warning."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from app.services.elmo.names import XML_LANG, children
from app.services.elmo.types import Text

MAX_CREDITS = Decimal(999)  # beyond any credit scheme (and the column); a bigger "value" is garbage

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]*)?(?:Z|[+-]\d{2}:?\d{2})?")
_DAY_FIRST = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})")
_PATTERN_TOKEN = re.compile(r"y{4}|y{2}|M{1,2}|m{1,2}|d{1,2}|[^yMmd]+|.")
_TAG = re.compile(r"<[^<>]*>")
_BLOCK_END = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d|/tr)\b[^<>]*>", re.I)


def text(element: etree._Element | None) -> str:
    """The element's text on one line: CDATA included, comments left out, whitespace runs made one space."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def multiline(value: str) -> str:
    """Text whose line breaks mean something (descriptions): lines trimmed, blank runs made one blank line."""
    lines = [line.strip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(" ".join(line.split()))
    return "\n".join(kept).strip()


def html_to_text(value: str) -> str:
    """A `descriptionHtml` made plain text to show as such: block ends become line breaks, tags go, entities are
    resolved. Never rendered as HTML."""
    return multiline(html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", value))))


def texts(element: etree._Element, name: str, namespaces: frozenset[str], *, lines: bool = False) -> tuple[Text, ...]:
    """Every `name` child as a Text with its xml:lang ("" when not given), empty ones left out."""
    found = []
    for item in children(element, name, namespaces):
        value = multiline("".join(item.itertext())) if lines else text(item)
        if value:
            found.append(Text(value, (item.get(XML_LANG) or "").strip()))
    return tuple(found)


def pick(options: tuple[Text, ...], lang: str = "") -> str:
    """The text to show when one is needed: in `lang` if given and present, else English, else the first."""
    for wanted in (lang, "en"):
        if wanted:
            for option in options:
                if option.lang.lower().split("-")[0] == wanted.lower():
                    return option.text
    return options[0].text if options else ""


def parse_date(value: str, pattern: str = "") -> date | None:
    """A date as contact points write it: xs:date with or without a time zone (`2014-11-28+02:00`), a dateTime,
    or the Java pattern of a pre-1.0 `dtf` attribute (`dd-MM-yyyy`; `mm` read as the month when the pattern has
    no hours). None when it is not a real date."""
    value = value.strip()
    if not value:
        return None
    found = _by_pattern(value, pattern) if pattern and len(pattern) <= 40 else None
    if found is None:
        iso = _ISO_DATE.fullmatch(value)
        day_first = _DAY_FIRST.fullmatch(value)
        if iso:
            found = (int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif day_first:
            found = (int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1)))
    if found is None:
        return None
    try:
        return date(*found)
    except ValueError:
        return None


def _by_pattern(value: str, pattern: str) -> tuple[int, int, int] | None:
    minutes_are_month = "M" not in pattern and "H" not in pattern and "h" not in pattern
    regex, groups = "", []
    for token in _PATTERN_TOKEN.findall(pattern):
        if token in ("yyyy", "yy", "MM", "M", "dd", "d") or (minutes_are_month and token in ("mm", "m")):
            kind = {"y": "year", "M": "month", "m": "month", "d": "day"}[token[0]]
            if kind in groups:
                return None
            groups.append(kind)
            regex += r"(\d{4})" if token == "yyyy" else r"(\d{2})" if token == "yy" else r"(\d{1,2})"
        else:
            regex += re.escape(token)
    found = re.fullmatch(regex, value)
    if found is None or sorted(groups) != ["day", "month", "year"]:
        return None
    parts = dict(zip(groups, (int(part) for part in found.groups()), strict=True))
    year = parts["year"] + (2000 if parts["year"] < 100 else 0)
    return year, parts["month"], parts["day"]


def parse_datetime(value: str) -> datetime | None:
    """An xs:dateTime (`2017-01-09T10:04:48.173+01:00`); a bare date is taken at midnight; None otherwise."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        day = parse_date(value)
        moment = datetime(day.year, day.month, day.day) if day else None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # xs:dateTime without an offset: taken as UTC
    return moment


def parse_credits(value: str) -> Decimal | None:
    """A credit value (`10.000`, `7.5`, `7,5`), tidied (`10`, `7.5`); None when it is not a plausible number."""
    value = value.strip()
    if value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")
    if not value or len(value) > 20:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite() or number < 0 or number > MAX_CREDITS:
        return None
    number = abs(number)  # "-0" is 0
    try:
        if number == number.to_integral_value():
            return number.quantize(Decimal(1))
        return number.normalize()
    except InvalidOperation:
        return None
