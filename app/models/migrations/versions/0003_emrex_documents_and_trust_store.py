"""emrex documents and trust store

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trusted_emps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('acronym', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.Column('url', sa.String(length=500), nullable=False),
    sa.Column('certificate_pem', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('not_before', sa.DateTime(), nullable=False),
    sa.Column('not_after', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_emps')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_trusted_emps_fingerprint'))
    )
    op.create_table('elmo_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('received_bytes', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('transport', sa.String(length=30), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('version', sa.String(length=20), nullable=False),
    sa.Column('generated_at', sa.DateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=120), nullable=False),
    sa.Column('issuer', sa.String(length=300), nullable=False),
    sa.Column('issuer_country', sa.String(length=3), nullable=False),
    sa.Column('learner_name', sa.String(length=300), nullable=False),
    sa.Column('learner_birth_date', sa.Date(), nullable=True),
    sa.Column('signature_status', sa.String(length=20), nullable=False),
    sa.Column('signature_algorithm', sa.String(length=40), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('trusted_emp_id', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(), nullable=False),
    sa.Column('identity_status', sa.String(length=20), nullable=False),
    sa.Column('identity_reason', sa.Text(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('reverified_at', sa.DateTime(), nullable=True),
    sa.Column('reverified_status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_elmo_documents_decision_id_decisions')),
    sa.ForeignKeyConstraint(['trusted_emp_id'], ['trusted_emps.id'], name=op.f('fk_elmo_documents_trusted_emp_id_trusted_emps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_elmo_documents')),
    sa.UniqueConstraint('content_sha256', name=op.f('uq_elmo_documents_content_sha256'))
    )
    with op.batch_alter_table('elmo_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_elmo_documents_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_elmo_documents_sha256'), ['sha256'], unique=False)

    op.create_table('foreign_courses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('source_key', sa.String(length=60), nullable=False),
    sa.Column('host_institution', sa.String(length=300), nullable=False),
    sa.Column('host_code', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('title_lang', sa.String(length=10), nullable=False),
    sa.Column('titles', sa.JSON(), nullable=False),
    sa.Column('title_pl', sa.String(length=500), nullable=False),
    sa.Column('ects', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('original_grade', sa.String(length=60), nullable=False),
    sa.Column('grading_scheme', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('result_date', sa.Date(), nullable=True),
    sa.Column('academic_term', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('isced', sa.String(length=20), nullable=False),
    sa.Column('distribution', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_foreign_courses_decision_id_decisions')),
    sa.ForeignKeyConstraint(['document_id'], ['elmo_documents.id'], name=op.f('fk_foreign_courses_document_id_elmo_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_foreign_courses')),
    sa.UniqueConstraint('document_id', 'source_key', name=op.f('uq_foreign_courses_document_id'))
    )
    with op.batch_alter_table('foreign_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_foreign_courses_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_foreign_courses_document_id'), ['document_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('foreign_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_foreign_courses_document_id'))
        batch_op.drop_index(batch_op.f('ix_foreign_courses_decision_id'))

    op.drop_table('foreign_courses')
    with op.batch_alter_table('elmo_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_elmo_documents_sha256'))
        batch_op.drop_index(batch_op.f('ix_elmo_documents_decision_id'))

    op.drop_table('elmo_documents')
    op.drop_table('trusted_emps')
