"""Reading the tables that other systems export: CSV in UTF-8 or Windows-1250 with `;` or `,`, and XLSX.

File contents are sniffed, not trusted from the extension.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import ImportFileError
from app.services.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (line or row number in the file, cells)
    encoding: str  # "xlsx" for spreadsheets


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace"), "cp1250"


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv_bytes(data: bytes) -> Table:
    text, encoding = _decode(data)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
            continue
        rows.append((reader.line_num, cells))
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    return Table(header, rows, encoding)


def read_xlsx_bytes(data: bytes) -> Table:
    from openpyxl import load_workbook  # imported here: only imports need it, and it is slow to load

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The spreadsheet cannot be read: {detail}"),
                              detail=exc) from exc
    try:
        sheet = workbook.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[object]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else v for v in values]
            if not any(str(cell).strip() for cell in cells):
                continue
            if header is None:
                header = [str(cell).strip() for cell in cells]
                continue
            rows.append((number, cells))
    finally:
        workbook.close()
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    return Table(header, rows, "xlsx")


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX file or a CSV file, whatever its name says."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is too large ({size} bytes)."),
                                  name=path.name, size=size)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened: {detail}"),
                              name=path.name, detail=exc.strerror or exc) from exc
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV."), name=path.name)
    if b"\x00" in data[:4096]:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is neither CSV nor XLSX."),
                              name=path.name)
    return read_csv_bytes(data)
