"""Who may do what: every protected action of the desk and the roles that may do it, as data.

Reading is open to every signed-in role (the auditor reads everything and changes nothing). Moves between
decision states have their own table in `workflow.py`; the dean's approval is one of them.
"""

from __future__ import annotations

import enum

from app.services.context import Role, ServiceContext
from app.services.i18n import QT_TRANSLATE_NOOP

OFFICER, COORDINATOR, DEAN, ADMIN, AUDITOR = Role.OFFICER, Role.COORDINATOR, Role.DEAN, Role.ADMIN, Role.AUDITOR


class Permission(str, enum.Enum):
    STUDENTS_EDIT = "students.edit"
    PROGRAMMES_EDIT = "programmes.edit"
    GRID_EDIT = "grid.edit"
    DECISIONS_EDIT = "decisions.edit"  # open decisions, extend deadlines
    RESULTS_IMPORT = "results.import"  # EMREX / ELMO documents, one by one or in a batch
    RESULTS_REVERIFY = "results.reverify"
    LA_IMPORT = "la.import"
    LA_CHANGE = "la.change"  # changes to the Learning Agreement are made only with the coordinator
    LINES_EDIT = "lines.edit"  # the comparison's recognition lines
    GRADES_PROPOSE = "grades.propose"  # a home grade for a line
    LINES_REVIEW = "lines.review"  # the officer's verification: approve, reject, needs information
    DECISION_AMEND = "decision.amend"  # reopen an approved decision as an audited correction
    SCALES_EDIT = "scales.edit"
    TABLES_EDIT = "tables.edit"  # conversion tables and grade distributions
    TRUST_EDIT = "trust.edit"
    USERS_EDIT = "users.edit"
    AUDIT_READ = "audit.read"
    AUDIT_EXPORT = "audit.export"
    DEMO_CREATE = "demo.create"
    REPORTS_PRINT = "reports.print"  # print or save reports (reading, so the auditor may too)
    EXPORT_APPROVED = "export.approved"  # approved recognitions for data entry elsewhere
    DATABASE_ADMIN = "database.admin"  # back up, restore and move the whole database


ROLES_FOR: dict[Permission, frozenset[Role]] = {
    Permission.STUDENTS_EDIT: frozenset({OFFICER, ADMIN}),
    Permission.PROGRAMMES_EDIT: frozenset({OFFICER, ADMIN}),
    Permission.GRID_EDIT: frozenset({OFFICER, ADMIN}),
    Permission.DECISIONS_EDIT: frozenset({OFFICER}),
    Permission.RESULTS_IMPORT: frozenset({OFFICER}),
    Permission.RESULTS_REVERIFY: frozenset({OFFICER, ADMIN}),
    Permission.LA_IMPORT: frozenset({OFFICER, COORDINATOR}),
    Permission.LA_CHANGE: frozenset({COORDINATOR}),
    Permission.LINES_EDIT: frozenset({OFFICER, COORDINATOR}),
    Permission.GRADES_PROPOSE: frozenset({OFFICER, COORDINATOR}),
    Permission.LINES_REVIEW: frozenset({OFFICER}),
    Permission.DECISION_AMEND: frozenset({OFFICER, DEAN}),
    Permission.SCALES_EDIT: frozenset({ADMIN}),
    Permission.TABLES_EDIT: frozenset({ADMIN}),
    Permission.TRUST_EDIT: frozenset({ADMIN}),
    Permission.USERS_EDIT: frozenset({ADMIN}),
    Permission.AUDIT_READ: frozenset({ADMIN, AUDITOR, DEAN}),
    Permission.AUDIT_EXPORT: frozenset({ADMIN, AUDITOR}),
    Permission.DEMO_CREATE: frozenset({ADMIN}),
    Permission.REPORTS_PRINT: frozenset({OFFICER, COORDINATOR, DEAN, ADMIN, AUDITOR}),
    Permission.EXPORT_APPROVED: frozenset({OFFICER, ADMIN}),
    Permission.DATABASE_ADMIN: frozenset({ADMIN}),
}

PERMISSION_LABELS = {
    Permission.STUDENTS_EDIT: QT_TRANSLATE_NOOP("Permissions", "import and change students"),
    Permission.PROGRAMMES_EDIT: QT_TRANSLATE_NOOP("Permissions", "add programmes"),
    Permission.GRID_EDIT: QT_TRANSLATE_NOOP("Permissions", "change curriculum grids"),
    Permission.DECISIONS_EDIT: QT_TRANSLATE_NOOP("Permissions", "open decisions and extend deadlines"),
    Permission.RESULTS_IMPORT: QT_TRANSLATE_NOOP("Permissions", "load EMREX results"),
    Permission.RESULTS_REVERIFY: QT_TRANSLATE_NOOP("Permissions", "verify stored results again"),
    Permission.LA_IMPORT: QT_TRANSLATE_NOOP("Permissions", "load Learning Agreements"),
    Permission.LA_CHANGE: QT_TRANSLATE_NOOP("Permissions", "change Learning Agreements"),
    Permission.LINES_EDIT: QT_TRANSLATE_NOOP("Permissions", "map foreign courses to home courses"),
    Permission.GRADES_PROPOSE: QT_TRANSLATE_NOOP("Permissions", "give home grades"),
    Permission.LINES_REVIEW: QT_TRANSLATE_NOOP("Permissions", "verify recognition lines"),
    Permission.DECISION_AMEND: QT_TRANSLATE_NOOP("Permissions", "correct approved decisions"),
    Permission.SCALES_EDIT: QT_TRANSLATE_NOOP("Permissions", "change grading scales"),
    Permission.TABLES_EDIT: QT_TRANSLATE_NOOP("Permissions", "change conversion tables"),
    Permission.TRUST_EDIT: QT_TRANSLATE_NOOP("Permissions", "change the trust store"),
    Permission.USERS_EDIT: QT_TRANSLATE_NOOP("Permissions", "manage users and roles"),
    Permission.AUDIT_READ: QT_TRANSLATE_NOOP("Permissions", "read the audit log"),
    Permission.AUDIT_EXPORT: QT_TRANSLATE_NOOP("Permissions", "export the audit log"),
    Permission.DEMO_CREATE: QT_TRANSLATE_NOOP("Permissions", "add demonstration data"),
    Permission.REPORTS_PRINT: QT_TRANSLATE_NOOP("Permissions", "print and save reports"),
    Permission.EXPORT_APPROVED: QT_TRANSLATE_NOOP("Permissions", "export approved recognitions"),
    Permission.DATABASE_ADMIN: QT_TRANSLATE_NOOP("Permissions", "back up, restore and move the database"),
}


def allows(roles, permission: Permission) -> bool:
    return bool(ROLES_FOR[permission] & set(roles))


def check(ctx: ServiceContext, permission: Permission) -> None:
    """Refuse the action unless the signed-in person has a role that may do it."""
    ctx.require(*ROLES_FOR[permission])
