"""grades review approval

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conversion_tables',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_code', sa.String(length=30), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('rows', sa.JSON(), nullable=False),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('usable', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversion_tables')),
    sa.UniqueConstraint('scheme_code', 'institution', 'version', name=op.f('uq_conversion_tables_scheme_code'))
    )
    with op.batch_alter_table('conversion_tables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversion_tables_scheme_code'), ['scheme_code'], unique=False)

    op.create_table('grading_schemes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grading_schemes')),
    sa.UniqueConstraint('code', name=op.f('uq_grading_schemes_code'))
    )
    op.create_table('grade_distributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('scheme_code', sa.String(length=30), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('isced', sa.String(length=10), nullable=False),
    sa.Column('frequencies', sa.JSON(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_grade_distributions_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grade_distributions')),
    sa.UniqueConstraint('scope', 'scheme_code', 'institution', 'programme_id', 'isced', name=op.f('uq_grade_distributions_scope'))
    )
    op.create_table('decision_amendments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_decision_amendments_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_amendments'))
    )
    with op.batch_alter_table('decision_amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_amendments_decision_id'), ['decision_id'], unique=False)

    op.create_table('reference_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('academic_year', sa.String(length=9), nullable=False),
    sa.Column('host_institution', sa.String(length=300), nullable=False),
    sa.Column('host_code', sa.String(length=100), nullable=False),
    sa.Column('host_title', sa.String(length=500), nullable=False),
    sa.Column('foreign_ects', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('scheme_code', sa.String(length=30), nullable=False),
    sa.Column('original_grade', sa.String(length=60), nullable=False),
    sa.Column('home_codes', sa.String(length=300), nullable=False),
    sa.Column('home_grade', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('single', sa.Boolean(), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_reference_cases_decision_id_decisions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_reference_cases_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference_cases'))
    )
    with op.batch_alter_table('reference_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_cases_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_cases_host_code'), ['host_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_cases_programme_id'), ['programme_id'], unique=False)

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amendments', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('foreign_courses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scheme_code', sa.String(length=30), server_default='', nullable=False))

    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ects', sa.Numeric(precision=5, scale=1), nullable=True))

    with op.batch_alter_table('recognition_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('suggested_grade', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('suggestion', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('grade', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('grade_method', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('justification', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('graded_by', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('graded_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('review', sa.String(length=20), server_default='pending', nullable=False))
        batch_op.add_column(sa.Column('review_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('reviewed_by', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('reviewed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('recognition_lines', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('review_note')
        batch_op.drop_column('review')
        batch_op.drop_column('graded_at')
        batch_op.drop_column('graded_by')
        batch_op.drop_column('justification')
        batch_op.drop_column('grade_method')
        batch_op.drop_column('grade')
        batch_op.drop_column('suggestion')
        batch_op.drop_column('suggested_grade')

    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.drop_column('ects')

    with op.batch_alter_table('foreign_courses', schema=None) as batch_op:
        batch_op.drop_column('scheme_code')

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('amendments')

    with op.batch_alter_table('reference_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reference_cases_programme_id'))
        batch_op.drop_index(batch_op.f('ix_reference_cases_host_code'))
        batch_op.drop_index(batch_op.f('ix_reference_cases_decision_id'))

    op.drop_table('reference_cases')
    with op.batch_alter_table('decision_amendments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_amendments_decision_id'))

    op.drop_table('decision_amendments')
    op.drop_table('grade_distributions')
    op.drop_table('grading_schemes')
    with op.batch_alter_table('conversion_tables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conversion_tables_scheme_code'))

    op.drop_table('conversion_tables')
