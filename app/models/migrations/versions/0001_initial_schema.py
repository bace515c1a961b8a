"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


APPEND_ONLY_SQLITE = [
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""",
]
APPEND_ONLY_POSTGRESQL = [
    """CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$""",
    """CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
       FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
]


def _install_append_only_guard() -> None:
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": APPEND_ONLY_SQLITE, "postgresql": APPEND_ONLY_POSTGRESQL}.get(dialect, [])
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_entity_id'), ['entity_id'], unique=False)

    op.create_table('programmes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_pl', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=40), nullable=False),
    sa.Column('mode', sa.String(length=40), nullable=False),
    sa.Column('faculty', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes')),
    sa.UniqueConstraint('code', name=op.f('uq_programmes_code'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=120), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('curriculum_courses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('academic_year', sa.String(length=9), nullable=False),
    sa.Column('semester', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_pl', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('ects', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('form_of_credit', sa.String(length=3), nullable=False),
    sa.Column('obligatory', sa.Boolean(), nullable=False),
    sa.Column('grade_type', sa.String(length=40), nullable=False),
    sa.Column('isced', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_curriculum_courses_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curriculum_courses')),
    sa.UniqueConstraint('programme_id', 'academic_year', 'code', name=op.f('uq_curriculum_courses_programme_id'))
    )
    with op.batch_alter_table('curriculum_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_curriculum_courses_programme_id'), ['programme_id'], unique=False)

    op.create_table('students',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('album_number', sa.String(length=20), nullable=False),
    sa.Column('given_names', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('cohort', sa.String(length=20), nullable=False),
    sa.Column('admission_kind', sa.Enum('transfer', 'short_term', 'erasmus_return', name='admission_kind', native_enum=False, length=20), nullable=False),
    sa.Column('esi', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_students_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students')),
    sa.UniqueConstraint('album_number', name=op.f('uq_students_album_number'))
    )
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_students_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_students_programme_id'), ['programme_id'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('semesters', sa.String(length=40), nullable=False),
    sa.Column('state', sa.Enum('open', 'submitted', 'in_review', 'approved', 'returned', 'cancelled', name='decision_state', native_enum=False, length=20), nullable=False),
    sa.Column('web_deadline', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('results_loaded_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=120), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_decisions_programme_id_programmes')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_decisions_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions')),
    sa.UniqueConstraint('number', name=op.f('uq_decisions_number'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decisions_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_decisions_student_id'), ['student_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decisions_web_deadline'), ['web_deadline'], unique=False)

    op.create_table('decision_state_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('from_state', sa.Enum('open', 'submitted', 'in_review', 'approved', 'returned', 'cancelled', name='decision_state', native_enum=False, length=20), nullable=True),
    sa.Column('to_state', sa.Enum('open', 'submitted', 'in_review', 'approved', 'returned', 'cancelled', name='decision_state', native_enum=False, length=20), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_decision_state_changes_decision_id_decisions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_state_changes'))
    )
    with op.batch_alter_table('decision_state_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_state_changes_decision_id'), ['decision_id'], unique=False)

    _install_append_only_guard()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    with op.batch_alter_table('decision_state_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_state_changes_decision_id'))

    op.drop_table('decision_state_changes')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_web_deadline'))
        batch_op.drop_index(batch_op.f('ix_decisions_student_id'))
        batch_op.drop_index(batch_op.f('ix_decisions_state'))
        batch_op.drop_index(batch_op.f('ix_decisions_programme_id'))

    op.drop_table('decisions')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_students_programme_id'))
        batch_op.drop_index(batch_op.f('ix_students_family_name'))

    op.drop_table('students')
    with op.batch_alter_table('curriculum_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_curriculum_courses_programme_id'))

    op.drop_table('curriculum_courses')
    op.drop_table('users')
    op.drop_table('programmes')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

    op.drop_table('audit_events')
