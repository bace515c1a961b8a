"""learning agreements and recognition lines

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('learning_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('omobility_id', sa.String(length=100), nullable=False),
    sa.Column('sending_hei', sa.String(length=200), nullable=False),
    sa.Column('receiving_hei', sa.String(length=200), nullable=False),
    sa.Column('receiving_hei_name', sa.String(length=300), nullable=False),
    sa.Column('receiving_country', sa.String(length=3), nullable=False),
    sa.Column('version', sa.String(length=100), nullable=False),
    sa.Column('signatures', sa.JSON(), nullable=False),
    sa.Column('pending', sa.JSON(), nullable=True),
    sa.Column('raw', sa.LargeBinary(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_learning_agreements_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_agreements')),
    sa.UniqueConstraint('decision_id', name=op.f('uq_learning_agreements_decision_id'))
    )
    op.create_table('obligations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('curriculum_course_id', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_course_id'], ['curriculum_courses.id'], name=op.f('fk_obligations_curriculum_course_id_curriculum_courses')),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_obligations_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_obligations'))
    )
    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_obligations_decision_id'), ['decision_id'], unique=False)

    op.create_table('recognition_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_recognition_lines_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recognition_lines'))
    )
    with op.batch_alter_table('recognition_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognition_lines_decision_id'), ['decision_id'], unique=False)

    op.create_table('la_components',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('table', sa.String(length=1), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('ects', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('term', sa.String(length=100), nullable=False),
    sa.Column('group', sa.String(length=60), nullable=False),
    sa.Column('change', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recognition_conditions', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['learning_agreements.id'], name=op.f('fk_la_components_agreement_id_learning_agreements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_la_components'))
    )
    with op.batch_alter_table('la_components', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_la_components_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('recognition_line_home_courses',
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('curriculum_course_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_course_id'], ['curriculum_courses.id'], name=op.f('fk_recognition_line_home_courses_curriculum_course_id_curriculum_courses')),
    sa.ForeignKeyConstraint(['line_id'], ['recognition_lines.id'], name=op.f('fk_recognition_line_home_courses_line_id_recognition_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('line_id', 'curriculum_course_id', name=op.f('pk_recognition_line_home_courses'))
    )
    op.create_table('recognition_line_foreign_courses',
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('foreign_course_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['foreign_course_id'], ['foreign_courses.id'], name=op.f('fk_recognition_line_foreign_courses_foreign_course_id_foreign_courses')),
    sa.ForeignKeyConstraint(['line_id'], ['recognition_lines.id'], name=op.f('fk_recognition_line_foreign_courses_line_id_recognition_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('line_id', 'foreign_course_id', name=op.f('pk_recognition_line_foreign_courses'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('academic_year', sa.String(length=9), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('academic_year')

    op.drop_table('recognition_line_foreign_courses')
    op.drop_table('recognition_line_home_courses')
    with op.batch_alter_table('la_components', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_la_components_agreement_id'))

    op.drop_table('la_components')
    with op.batch_alter_table('recognition_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognition_lines_decision_id'))

    op.drop_table('recognition_lines')
    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_obligations_decision_id'))

    op.drop_table('obligations')
    op.drop_table('learning_agreements')
