"""Reading the tables that other systems export: CSV in UTF-8 or Windows-1250 with `;` or `,`, and XLSX.

File contents are sniffed, not trusted from the extension.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import ImportFileError
from app.services.files import read_bounded
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (line or row number in the file, cells)
    encoding: str  # "xlsx" for spreadsheets


# Polish letters as they read when ISO-8859-2 bytes are taken for Windows-1250 (ą ś ź Ą Ś Ź), and the real
# Windows-1250 letters at those places: which of the two appears tells the encodings apart.
_ISO_AS_CP1250 = set("±¶Ľˇ¦¬")
_CP1250_ONLY = set("ąśźĄŚŹ")


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1250 or ISO-8859-2, decided from the bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        text = None
    if text is not None and not (_ISO_AS_CP1250 & set(text) and not _CP1250_ONLY & set(text)):
        return text, "cp1250"
    text = data.decode("iso-8859-2")
    if any(0x80 <= ord(ch) < 0xA0 for ch in text):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "The file's character encoding cannot be recognised; save it as UTF-8 or Windows-1250."))
    return text, "iso-8859-2"


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")  # a line as the csv module counts them: \n, \r or \r\n


def _blank_leading_comments(text: str, prefix: str) -> str:
    """The text with the comment lines before the header emptied; the line numbers of the rest stay."""
    kept: list[str] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip()
        if stripped and not stripped.startswith(prefix):
            return "".join(kept) + text[match.start():]
        kept.append(line[len(line.rstrip("\r\n")):])  # only the line break stays
    return "".join(kept)


def read_csv_bytes(data: bytes, comments: str | None = None) -> Table:
    """`comments`: lines before the header starting with this prefix are skipped (none by default)."""
    text, encoding = _decode(data)
    if comments:
        text = _blank_leading_comments(text, comments)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1  # a quoted field may span lines: name where it begins
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip() for cell in cells]
                continue
            rows.append((line, cells))
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file cannot be read at line {line}: {detail}"),
                              line=start, detail=exc) from exc
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    return Table(header, rows, encoding)


def _is_comment(cells: list[object], prefix: str | None) -> bool:
    first = next((str(cell).strip() for cell in cells if str(cell).strip()), "")
    return bool(prefix) and first.startswith(prefix)


def read_xlsx_bytes(data: bytes, comments: str | None = None) -> Table:
    from openpyxl import load_workbook  # imported here: only imports need it, and it is slow to load

    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = ["" if v is None else v for v in values]
                if not any(str(cell).strip() for cell in cells):
                    continue
                if header is None:
                    if not _is_comment(cells, comments):
                        header = [str(cell).strip() for cell in cells]
                    continue
                rows.append((number, cells))
        finally:
            workbook.close()
    except Exception as exc:  # whatever a damaged workbook makes the reader raise, it is the file's fault
        log.info("unreadable spreadsheet", exc_info=True)
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The spreadsheet cannot be read: {detail}"),
                              detail=exc) from exc
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    return Table(header, rows, "xlsx")


def read_table(path: Path, comments: str | None = None) -> Table:
    """The first sheet of an XLSX file or a CSV file, whatever its name says. With `comments` (e.g. "#"), lines
    before the header that start with it are notes, not the header."""
    data = read_bounded(path, MAX_FILE_BYTES)
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data, comments)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV."), name=path.name)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is neither CSV nor XLSX."),
                              name=path.name)
    return read_csv_bytes(data, comments)


def header_key(text: str) -> str:
    """A column title or a coded value as it is compared: lower case, no diacritics, words only."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def alias_lookup(aliases: dict[str, list[str]]) -> dict[str, str]:
    """Column title (as `header_key` gives it) → field name, from each field's accepted titles."""
    return {header_key(alias): name for name, aliases_of in aliases.items() for alias in aliases_of}


def map_header(header: list[str], lookup: dict[str, str], field_term) -> dict[str, int]:
    """Which column holds which field. Refused when two columns claim the same field (`field_term(name)` names
    it in the message)."""
    mapping: dict[str, int] = {}
    for index, title in enumerate(header):
        name = lookup.get(header_key(title))
        if name is None:
            continue
        if name in mapping:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "Two columns hold the {field}: \"{first}\" and \"{second}\"; keep one of them."),
                field=field_term(name), first=header[mapping[name]], second=title)
        mapping[name] = index
    return mapping


def cell_value(cells: list[object], mapping: dict[str, int], name: str) -> object:
    """The cell of field `name` in a row ("" when the file has no such column or the row is short); text
    stripped, dates and numbers as the spreadsheet gave them."""
    index = mapping.get(name)
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    return value.strip() if isinstance(value, str) else value
