"""The grade-conversion engine: grading schemes, conversion tables and their validator, the ECTS grading-table
(distribution) method, and the weighted mean with its rounding. Pure functions on Decimals: no database, no Qt."""

from __future__ import annotations

from app.services.grading.distribution import DEFAULT_HOME_DISTRIBUTION, Band, bands, convert_by_distribution
from app.services.grading.rounding import ROUNDING_RULES, passing_steps, round_to_scale, weighted_mean
from app.services.grading.scales import (
    Grade,
    Reading,
    Scheme,
    guess_scheme,
    home_schemes,
    home_symbol,
    load_default_schemes,
)
from app.services.grading.tables import TableFinding, TableGroup, TableRow, convert, read_table_file, validate

__all__ = ["DEFAULT_HOME_DISTRIBUTION", "ROUNDING_RULES", "Band", "Grade", "Reading", "Scheme", "TableFinding",
           "TableGroup", "TableRow", "bands", "convert", "convert_by_distribution", "guess_scheme", "home_schemes",
           "home_symbol", "load_default_schemes", "passing_steps", "read_table_file", "round_to_scale", "validate",
           "weighted_mean"]
