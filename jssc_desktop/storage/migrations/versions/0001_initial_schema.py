"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 06:53:32.679774
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_log_user', ['user_id'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=30), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('nik_missing_reason', sa.String(length=30), nullable=True),
    sa.Column('kk', sa.String(length=16), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_normalized', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_place', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('kab_kota_code', sa.String(length=4), nullable=True),
    sa.Column('ppks_code', sa.String(length=5), nullable=False),
    sa.Column('disability', sa.String(length=200), nullable=True),
    sa.Column('health_notes', sa.Text(), nullable=True),
    sa.Column('religion', sa.String(length=30), nullable=True),
    sa.Column('education', sa.String(length=60), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('referral_source', sa.String(length=200), nullable=True),
    sa.Column('guardian_name', sa.String(length=200), nullable=True),
    sa.Column('guardian_relation', sa.String(length=60), nullable=True),
    sa.Column('guardian_phone', sa.String(length=50), nullable=True),
    sa.Column('guardian_address', sa.Text(), nullable=True),
    sa.Column('family_notes', sa.Text(), nullable=True),
    sa.Column('admission_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('current_stage', sa.String(length=30), nullable=True),
    sa.Column('discharge_date', sa.Date(), nullable=True),
    sa.Column('discharge_reason', sa.String(length=30), nullable=True),
    sa.Column('discharge_notes', sa.Text(), nullable=True),
    sa.Column('handover_record', sa.Text(), nullable=True),
    sa.Column('handover_to', sa.String(length=200), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('anonymized_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("sex IN ('L', 'P')", name=op.f('ck_clients_sex_valid')),
    sa.CheckConstraint("status <> 'terminasi' OR (discharge_date IS NOT NULL AND discharge_reason IS NOT NULL)", name=op.f('ck_clients_discharge_complete')),
    sa.CheckConstraint("status IN ('aktif', 'terminasi')", name=op.f('ck_clients_status_valid')),
    sa.CheckConstraint('nik IS NOT NULL OR nik_missing_reason IS NOT NULL', name=op.f('ck_clients_nik_or_reason')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('nik', name=op.f('uq_clients_nik')),
    sa.UniqueConstraint('reg_no', name=op.f('uq_clients_reg_no'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_admission', ['admission_date'], unique=False)
        batch_op.create_index('ix_clients_discharge', ['discharge_date'], unique=False)
        batch_op.create_index('ix_clients_kab_kota', ['kab_kota_code'], unique=False)
        batch_op.create_index('ix_clients_name_birth', ['name_normalized', 'birth_date'], unique=False)
        batch_op.create_index('ix_clients_name_normalized', ['name_normalized'], unique=False)
        batch_op.create_index('ix_clients_ppks', ['ppks_code'], unique=False)
        batch_op.create_index('ix_clients_stage', ['current_stage'], unique=False)
        batch_op.create_index('ix_clients_status_name', ['status', 'name_normalized'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('training_tracks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('total_jp', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_tracks')),
    sa.UniqueConstraint('code', name=op.f('uq_training_tracks_code')),
    sa.UniqueConstraint('name', name=op.f('uq_training_tracks_name'))
    )
    op.create_table('tutors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('nip', sa.String(length=30), nullable=True),
    sa.Column('tutor_type', sa.String(length=10), nullable=False),
    sa.Column('partner_kind', sa.String(length=30), nullable=True),
    sa.Column('institution', sa.String(length=200), nullable=True),
    sa.Column('expertise', sa.String(length=200), nullable=True),
    sa.Column('certifications', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('rate_per_jp', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("tutor_type IN ('internal', 'eksternal')", name=op.f('ck_tutors_type_valid')),
    sa.CheckConstraint('rate_per_jp >= 0', name=op.f('ck_tutors_rate_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tutors'))
    )
    with op.batch_alter_table('tutors', schema=None) as batch_op:
        batch_op.create_index('ix_tutors_name', ['name'], unique=False)

    op.create_table('upt_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('cluster', sa.String(length=100), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('kab_kota_code', sa.String(length=4), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('head_name', sa.String(length=200), nullable=True),
    sa.Column('head_nip', sa.String(length=30), nullable=True),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('capacity >= 0', name=op.f('ck_upt_profile_capacity_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_upt_profile'))
    )
    op.create_table('cohorts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('tutor_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('planned_jp', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('direncanakan', 'berjalan', 'selesai')", name=op.f('ck_cohorts_status_valid')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_cohorts_dates_ordered')),
    sa.ForeignKeyConstraint(['track_id'], ['training_tracks.id'], name=op.f('fk_cohorts_track_id_training_tracks'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], name=op.f('fk_cohorts_tutor_id_tutors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohorts')),
    sa.UniqueConstraint('track_id', 'name', name=op.f('uq_cohorts_track_id_name'))
    )
    with op.batch_alter_table('cohorts', schema=None) as batch_op:
        batch_op.create_index('ix_cohorts_dates', ['start_date', 'end_date'], unique=False)
        batch_op.create_index('ix_cohorts_track_start', ['track_id', 'start_date'], unique=False)
        batch_op.create_index('ix_cohorts_tutor', ['tutor_id'], unique=False)

    op.create_table('tutor_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tutor_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('rate_per_jp', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_tutor_agreements_dates_ordered')),
    sa.CheckConstraint('rate_per_jp >= 0', name=op.f('ck_tutor_agreements_rate_nonneg')),
    sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], name=op.f('fk_tutor_agreements_tutor_id_tutors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tutor_agreements'))
    )
    with op.batch_alter_table('tutor_agreements', schema=None) as batch_op:
        batch_op.create_index('ix_tutor_agreements_tutor', ['tutor_id', 'start_date'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('tutor_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'staff', 'tutor', 'head')", name=op.f('ck_users_role_valid')),
    sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], name=op.f('fk_users_tutor_id_tutors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('given_by', sa.String(length=200), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('klien', 'wali')", name=op.f('ck_consents_kind_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_consents_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_consents_recorded_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_client', ['client_id'], unique=False)

    op.create_table('enrollments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('assessment_score', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('competency_result', sa.String(length=20), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('assessor', sa.String(length=200), nullable=True),
    sa.Column('certificate_no', sa.String(length=60), nullable=True),
    sa.Column('graduated_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("competency_result IS NULL OR competency_result IN ('kompeten', 'belum_kompeten')", name=op.f('ck_enrollments_competency_valid')),
    sa.CheckConstraint("status <> 'lulus' OR graduated_on IS NOT NULL", name=op.f('ck_enrollments_graduation_dated')),
    sa.CheckConstraint("status IN ('aktif', 'lulus', 'tidak_lulus', 'keluar')", name=op.f('ck_enrollments_status_valid')),
    sa.CheckConstraint('assessment_score IS NULL OR (assessment_score >= 0 AND assessment_score <= 100)', name=op.f('ck_enrollments_score_range')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_enrollments_client_id_clients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_enrollments_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments')),
    sa.UniqueConstraint('certificate_no', name=op.f('uq_enrollments_certificate_no')),
    sa.UniqueConstraint('cohort_id', 'client_id', name=op.f('uq_enrollments_cohort_id_client_id'))
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index('ix_enrollments_client', ['client_id'], unique=False)
        batch_op.create_index('ix_enrollments_graduated', ['graduated_on'], unique=False)

    op.create_table('facility_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('track_id', sa.Integer(), nullable=True),
    sa.Column('funding_source', sa.String(length=20), nullable=False),
    sa.Column('estimated_cost', sa.BigInteger(), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('fisik', 'nonfisik')", name=op.f('ck_facility_requests_kind_valid')),
    sa.CheckConstraint("status IN ('draf', 'diajukan', 'diverifikasi', 'disetujui', 'dianggarkan', 'dikerjakan', 'selesai', 'ditolak')", name=op.f('ck_facility_requests_status_valid')),
    sa.CheckConstraint('estimated_cost >= 0', name=op.f('ck_facility_requests_cost_nonneg')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_facility_requests_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['track_id'], ['training_tracks.id'], name=op.f('fk_facility_requests_track_id_training_tracks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_requests')),
    sa.UniqueConstraint('number', name=op.f('uq_facility_requests_number'))
    )
    with op.batch_alter_table('facility_requests', schema=None) as batch_op:
        batch_op.create_index('ix_facility_requests_created', ['created_at'], unique=False)
        batch_op.create_index('ix_facility_requests_status', ['status'], unique=False)

    op.create_table('period_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('xlsx', sa.LargeBinary(), nullable=True),
    sa.Column('xlsx_sha256', sa.String(length=64), nullable=True),
    sa.Column('dataset', sa.JSON(), nullable=True),
    sa.CheckConstraint("kind IN ('monthly', 'quarterly', 'semester', 'annual')", name=op.f('ck_period_reports_kind_valid')),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_period_reports_approved_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_period_reports')),
    sa.UniqueConstraint('kind', 'period', name=op.f('uq_period_reports_kind_period'))
    )
    with op.batch_alter_table('period_reports', schema=None) as batch_op:
        batch_op.create_index('ix_period_reports_dates', ['start_date', 'end_date'], unique=False)

    op.create_table('stage_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_stage_history_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_stage_history_recorded_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_history'))
    )
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.create_index('ix_stage_history_client_date', ['client_id', 'started_on'], unique=False)

    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('tutor_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('jp > 0 AND jp <= 12', name=op.f('ck_training_sessions_jp_range')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_training_sessions_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], name=op.f('fk_training_sessions_tutor_id_tutors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_training_sessions_cohort_date', ['cohort_id', 'session_date'], unique=False)
        batch_op.create_index('ix_training_sessions_date', ['session_date'], unique=False)
        batch_op.create_index('ix_training_sessions_tutor', ['tutor_id', 'session_date'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=1), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("code IN ('H', 'S', 'I', 'A', 'T')", name=op.f('ck_attendance_code_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_attendance_client_id_clients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_attendance_recorded_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_attendance_session_id_training_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'client_id', name=op.f('uq_attendance_session_id_client_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_client', ['client_id'], unique=False)

    op.create_table('facility_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=True),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('sebelum', 'sesudah', 'dokumen')", name=op.f('ck_facility_attachments_kind_valid')),
    sa.ForeignKeyConstraint(['added_by'], ['users.id'], name=op.f('fk_facility_attachments_added_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['facility_requests.id'], name=op.f('fk_facility_attachments_request_id_facility_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_attachments'))
    )
    with op.batch_alter_table('facility_attachments', schema=None) as batch_op:
        batch_op.create_index('ix_facility_attachments_request', ['request_id'], unique=False)

    op.create_table('facility_status_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=15), nullable=True),
    sa.Column('to_status', sa.String(length=15), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['facility_requests.id'], name=op.f('fk_facility_status_history_request_id_facility_requests'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_facility_status_history_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_status_history'))
    )
    with op.batch_alter_table('facility_status_history', schema=None) as batch_op:
        batch_op.create_index('ix_facility_status_history_request', ['request_id'], unique=False)

    op.create_table('followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('months_after', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('employer_or_business', sa.String(length=200), nullable=True),
    sa.Column('monthly_income', sa.BigInteger(), nullable=True),
    sa.Column('aid_received', sa.String(length=300), nullable=True),
    sa.Column('aid_condition', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('done_date IS NULL OR outcome IS NOT NULL', name=op.f('ck_followups_done_has_outcome')),
    sa.CheckConstraint('monthly_income IS NULL OR monthly_income >= 0', name=op.f('ck_followups_income_nonneg')),
    sa.CheckConstraint('months_after IN (3, 6, 12)', name=op.f('ck_followups_months_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_followups_client_id_clients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_followups_enrollment_id_enrollments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_followups_recorded_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followups')),
    sa.UniqueConstraint('enrollment_id', 'months_after', name=op.f('uq_followups_enrollment_id_months_after'))
    )
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index('ix_followups_client', ['client_id'], unique=False)
        batch_op.create_index('ix_followups_done', ['done_date'], unique=False)
        batch_op.create_index('ix_followups_due_done', ['due_date', 'done_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index('ix_followups_due_done')
        batch_op.drop_index('ix_followups_done')
        batch_op.drop_index('ix_followups_client')

    op.drop_table('followups')
    with op.batch_alter_table('facility_status_history', schema=None) as batch_op:
        batch_op.drop_index('ix_facility_status_history_request')

    op.drop_table('facility_status_history')
    with op.batch_alter_table('facility_attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_facility_attachments_request')

    op.drop_table('facility_attachments')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_client')

    op.drop_table('attendance')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_training_sessions_tutor')
        batch_op.drop_index('ix_training_sessions_date')
        batch_op.drop_index('ix_training_sessions_cohort_date')

    op.drop_table('training_sessions')
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_history_client_date')

    op.drop_table('stage_history')
    with op.batch_alter_table('period_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_period_reports_dates')

    op.drop_table('period_reports')
    with op.batch_alter_table('facility_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_facility_requests_status')
        batch_op.drop_index('ix_facility_requests_created')

    op.drop_table('facility_requests')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('ix_enrollments_graduated')
        batch_op.drop_index('ix_enrollments_client')

    op.drop_table('enrollments')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_client')

    op.drop_table('consents')
    op.drop_table('users')
    with op.batch_alter_table('tutor_agreements', schema=None) as batch_op:
        batch_op.drop_index('ix_tutor_agreements_tutor')

    op.drop_table('tutor_agreements')
    with op.batch_alter_table('cohorts', schema=None) as batch_op:
        batch_op.drop_index('ix_cohorts_tutor')
        batch_op.drop_index('ix_cohorts_track_start')
        batch_op.drop_index('ix_cohorts_dates')

    op.drop_table('cohorts')
    op.drop_table('upt_profile')
    with op.batch_alter_table('tutors', schema=None) as batch_op:
        batch_op.drop_index('ix_tutors_name')

    op.drop_table('tutors')
    op.drop_table('training_tracks')
    op.drop_table('settings')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_status_name')
        batch_op.drop_index('ix_clients_stage')
        batch_op.drop_index('ix_clients_ppks')
        batch_op.drop_index('ix_clients_name_normalized')
        batch_op.drop_index('ix_clients_name_birth')
        batch_op.drop_index('ix_clients_kab_kota')
        batch_op.drop_index('ix_clients_discharge')
        batch_op.drop_index('ix_clients_admission')

    op.drop_table('clients')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_user')
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
