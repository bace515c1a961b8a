"""How the command line reports the preview of an import: each row with problems on stderr, and the counts."""

from __future__ import annotations

import sys

from app.i18n import translate
from app.services.student_import import RowStatus


def report_rows(preview) -> tuple[list, str]:
    """Print every row with problems to stderr; the rows with errors and the summary line."""
    errors = [row for row in preview.rows if row.status == RowStatus.ERROR]
    for row in errors:
        problems = "; ".join(p.render(translate) for p in row.problems)
        print(translate("Cli", "Line {line}: {problems}").format(line=row.line, problems=problems), file=sys.stderr)
    summary = translate("Cli", "{new} new, {update} to update, {unchanged} unchanged, {error} with errors.").format(
        new=preview.count(RowStatus.NEW), update=preview.count(RowStatus.UPDATE),
        unchanged=preview.count(RowStatus.UNCHANGED), error=len(errors))
    return errors, summary
