"""Approving a period: archived files with checksums, the data set, the lock, the comparison."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from jssc_desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    StorageError,
    WorkflowError,
)
from jssc_desktop.reports.approval import (
    approve_period,
    archived_file,
    compare_with_archive,
    describe_differences,
    is_locked,
    list_archive,
)
from jssc_desktop.services.period_lock import ensure_unlocked
from jssc_desktop.storage.models import AuditLog, Client, FollowUp, PeriodReport

from . import report_fixtures as rf

TODAY = date(2026, 11, 23)


@pytest.fixture
def built(db, actors):  # type: ignore[no-untyped-def]
    fx = rf.build(db, actors)
    return db, actors, fx


def test_head_approves_and_files_are_archived(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = built
    view = approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    assert (view.kind, view.period, view.label) == ("monthly", "2026-10", "Oktober 2026")
    assert view.approved_by_name == "Kepala UPT" and view.approved_at is not None
    with db.session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        assert row.pdf[:5] == b"%PDF-" and row.xlsx[:2] == b"PK"
        assert row.pdf_sha256 == hashlib.sha256(row.pdf).hexdigest() == view.pdf_sha256
        assert row.xlsx_sha256 == hashlib.sha256(row.xlsx).hexdigest()
        assert row.approved_by == actors["head"].user_id
        assert (row.start_date, row.end_date) == (date(2026, 10, 1), date(2026, 10, 31))
        assert row.dataset["flow"]["at_end"] == 13
        assert row.dataset["period"]["label"] == "Oktober 2026"
        wb = openpyxl.load_workbook(io.BytesIO(row.xlsx))
        assert wb["2 Alur Klien"]["E8"].value == 13
        audit = s.execute(select(AuditLog).where(AuditLog.action == "report.approve")
                          ).scalar_one()
        assert audit.entity_id == row.id and audit.after["pdf_sha256"] == row.pdf_sha256
        name, content = archived_file(s, actors["staff"], row.id, "pdf")
        assert name == "laporan-bulanan-2026-10.pdf" and content == row.pdf
        assert [a.period for a in list_archive(s, actors["staff"])] == ["2026-10"]


def test_approval_rules(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = built
    for role in ("staff", "tutor"):
        with pytest.raises(PermissionDenied):
            approve_period(db, actors[role], "monthly", "2026-10", today=TODAY)
    with pytest.raises(WorkflowError, match="belum dapat disetujui"):
        approve_period(db, actors["head"], "monthly", "2026-11", today=TODAY)  # still running
    with db.session() as s:  # a Session works as well as a Database
        approve_period(s, actors["admin"], "monthly", "2026-10", today=TODAY)
    with pytest.raises(WorkflowError, match="sudah disetujui"):
        approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    with db.session() as s:
        assert s.execute(select(PeriodReport)).scalars().all()[0].approved_by is not None
    # other kinds of the same months are separate reports
    approve_period(db, actors["head"], "quarterly", "2026-Q3", today=TODAY)
    with db.session() as s:
        assert len(s.execute(select(PeriodReport)).scalars().all()) == 2


def test_compare_with_archive_after_a_change(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = built
    with db.session() as s, pytest.raises(NotFoundError, match="belum disetujui"):
        compare_with_archive(s, "monthly", "2026-10", today=TODAY)
    approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    with db.session() as s:
        assert compare_with_archive(s, "monthly", "2026-10", today=TODAY) == []
    with db.session() as s:  # data changed behind the report: a late admission, an income
        s.get(Client, fx.clients["C20"]).admission_date = date(2026, 10, 30)
        fu = s.execute(select(FollowUp).where(FollowUp.client_id == fx.clients["C11"],
                                              FollowUp.months_after == 3)).scalar_one()
        fu.monthly_income = 2_500_000
    with db.session() as s:
        changes = compare_with_archive(s, "monthly", "2026-10", today=TODAY)
    assert "Klien masuk: 4 → 5" in changes
    assert "Klien akhir periode: 13 → 14" in changes
    assert "PPKS Perempuan Rawan Sosial Ekonomi (P): 2 → 3" in changes
    assert "Median penghasilan: Rp 2.250.000 → Rp 2.750.000" in changes
    assert "Klien awal periode: 13 → 13" not in changes
    assert all("→" in line for line in changes)


def test_describe_differences_of_rows_that_appear() -> None:
    old = {"flow": {"admitted": 12}, "training": {"tracks": []}}
    new = {"flow": {"admitted": 13},
           "training": {"tracks": [{"track_id": 5, "name": "Barbershop", "cohorts": 1,
                                    "enrolled": 8, "sessions": 0, "jp": 0, "recorded": 0,
                                    "attendance_rate": None, "graduates": 0, "failed": 0}]}}
    lines = describe_differences(old, new)
    assert "Klien masuk: 12 → 13" in lines
    assert "Program Barbershop: peserta: 0 → 8" in lines
    assert not any("tingkat kehadiran" in line for line in lines)


def test_lock_refuses_changes_inside_an_approved_period(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = built
    approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    with db.session() as s:
        locked = is_locked(s, date(2026, 10, 15))
        assert locked is not None and locked.period == "2026-10"
        assert is_locked(s, date(2026, 11, 1)) is None
        assert is_locked(s, date(2026, 9, 30)) is None
        ensure_unlocked(s, actors["staff"], date(2026, 11, 2))  # outside: fine
        ensure_unlocked(s, actors["staff"], None)  # no date: nothing to check
        for role in ("staff", "tutor", "head"):
            with pytest.raises(WorkflowError, match="Oktober 2026"):
                ensure_unlocked(s, actors[role], date(2026, 10, 31))
        with pytest.raises(WorkflowError, match="alasan"):
            ensure_unlocked(s, actors["admin"], date(2026, 10, 1), reason="  ")
        ensure_unlocked(s, actors["admin"], date(2026, 10, 1), reason="Salah ketik tanggal",
                        entity="client", entity_id=7)
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "period.lock_override")
                        ).scalar_one()
        assert row.reason == "Salah ketik tanggal"
        assert row.after["day"] == "2026-10-01" and row.after["entity_id"] == 7


def test_tampered_archive_is_detected(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = built
    approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    with db.session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        row.pdf = row.pdf.replace(b"Oktober", b"Oktobre", 1)
    with db.session() as s:
        row_id = s.execute(select(PeriodReport.id)).scalar_one()
        with pytest.raises(StorageError, match="checksum"):
            archived_file(s, actors["head"], row_id, "pdf")
        name, content = archived_file(s, actors["head"], row_id, "xlsx")
        assert name.endswith(".xlsx") and content[:2] == b"PK"
        with pytest.raises(PermissionDenied):
            archived_file(s, actors["tutor"], row_id, "pdf")
