"""Conversion tables: rows (`rows`), their validator (`validator`) and reading them from files (`table_file`),
under one name."""

from __future__ import annotations

from app.services.grading.rows import ERROR, WARNING, TableFinding, TableRow, convert, resolution
from app.services.grading.table_file import TableGroup, declared_direction, read_table_file
from app.services.grading.validator import validate

__all__ = ["ERROR", "WARNING", "TableFinding", "TableGroup", "TableRow", "convert", "declared_direction",
           "read_table_file", "resolution", "validate"]
