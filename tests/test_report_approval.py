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
    approve_period as _approve_period,
)
from jssc_desktop.reports.approval import (
    archived_file,
    describe_differences,
    is_locked,
    list_archive,
)
from jssc_desktop.reports.approval import (
    compare_with_archive as _compare_with_archive,
)
from jssc_desktop.reports.model import data_checksum
from jssc_desktop.services.base import Actor
from jssc_desktop.services.period_lock import ensure_unlocked
from jssc_desktop.storage.models import AuditLog, Client, FollowUp, PeriodReport

from . import report_fixtures as rf

TODAY = date(2026, 11, 23)


def _in_session(fn, target, *args, **kw):  # type: ignore[no-untyped-def]
    """Run a use case (session, actor, …) on a Database or an open Session."""
    from sqlalchemy.orm import Session

    if isinstance(target, Session):
        return fn(target, *args, **kw)
    with target.session() as s:
        return fn(s, *args, **kw)


def approve_period(db, *args, **kw):  # type: ignore[no-untyped-def]
    return _in_session(_approve_period, db, *args, **kw)


def compare_with_archive(s, *args, **kw):  # type: ignore[no-untyped-def]
    return _compare_with_archive(s, Actor(None, "staf", "staff", "Staf"), *args, **kw)


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
        assert [c.value for c in wb["2.1 Alur Klien"][8]][-1] == 13
        assert row.dataset["status"]["state"] == "disetujui"
        assert row.dataset["status"]["checksum"] == data_checksum(row.dataset)
        audit = s.execute(select(AuditLog).where(AuditLog.action == "report.approve")
                          ).scalar_one()
        assert audit.entity_id == row.id and audit.after["pdf_sha256"] == row.pdf_sha256
        name, content = archived_file(s, actors["staff"], row.id, "pdf")
        assert name == "laporan-bulanan-2026-10-disetujui.pdf" and content == row.pdf
        assert [a.period for a in list_archive(s, actors["staff"])] == ["2026-10"]


def test_approval_rules(built) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = built
    for role in ("staff", "tutor", "admin"):  # an administrator never approves
        with pytest.raises(PermissionDenied, match="Kepala UPT atau Plh"):
            approve_period(db, actors[role], "monthly", "2026-10", today=TODAY)
    with pytest.raises(WorkflowError, match="belum dapat disetujui"):
        approve_period(db, actors["head"], "monthly", "2026-11", today=TODAY)  # still running
    with db.session() as s:
        approve_period(s, actors["head"], "monthly", "2026-10", today=TODAY)
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
    assert "2.1 Alur klien dalam periode · 2 Klien masuk dalam periode · Jumlah: 4 → 5" \
        in changes
    assert "2.1 Alur klien dalam periode · 4 Klien pada akhir periode (1 + 2 − 3) · " \
        "Jumlah: 13 → 14" in changes
    assert ("3.1 Klien pada 31 Oktober 2026 menurut kategori PPKS dan jenis kelamin · "
            "P23 Perempuan Rawan Sosial Ekonomi · P: 2 → 3") in changes
    assert ("6.1 Ringkasan bimbingan lanjut · 9 Median penghasilan per bulan (yang "
            "bekerja/berwirausaha) · Nilai: Rp 2.250.000 → Rp 2.750.000") in changes
    assert not any("Klien pada awal periode" in line and "Alur" in line for line in changes)
    assert all("→" in line for line in changes)


def test_describe_differences_of_rows_that_appear() -> None:
    old = {"flow": {"admitted": 12}, "training": {"tracks": []}}
    new = {"flow": {"admitted": 13},
           "training": {"tracks": [{"track_id": 5, "code": "BRB", "name": "Barbershop",
                                    "cohorts": 1, "enrolled": 8, "sessions": 0, "jp": 0,
                                    "recorded": 0, "attendance_rate": None, "graduates": 0,
                                    "failed": 0}]}}
    lines = describe_differences(old, new)
    assert "2.1 Alur klien dalam periode · 2 Klien masuk dalam periode · Jumlah: 12 → 13" \
        in lines
    assert "4.1 Pelatihan per program keterampilan · BRB Barbershop · Peserta: –  → 8" \
        .replace("–  ", "– ") in lines
    assert not any("Kehadiran:" in line for line in lines)


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


def _files(db, actor, tmp, today=TODAY):  # type: ignore[no-untyped-def]
    from jssc_desktop.reports import generate_report

    with db.session() as s:
        return generate_report(s, actor, "monthly", "2026-10", out_dir=tmp, today=today)


def test_status_provisional_approved_corrected_reopened(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """SEMENTARA until approved; the archived files unchanged while nothing moved; PERBAIKAN
    ke-1 after an administrator's correction in the locked month; approved again; reopened."""
    import subprocess

    from jssc_desktop.domain.periods import parse_period
    from jssc_desktop.reports.approval import reopen_period, report_status

    db, actors, fx = built

    def text(path):  # type: ignore[no-untyped-def]
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        return " ".join(out.split())

    pdf, xlsx = _files(db, actors["staff"], tmp_path / "a")
    assert pdf.name == "laporan-bulanan-2026-10-sementara.pdf"
    assert "SEMENTARA · data per 31 Oktober 2026" in text(pdf)
    running = _files(db, actors["staff"], tmp_path / "r", today=date(2026, 10, 20))[0]
    assert "SEMENTARA · data per 20 Oktober 2026" in text(running)

    approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    pdf, xlsx = _files(db, actors["staff"], tmp_path / "b")
    assert pdf.name == "laporan-bulanan-2026-10-disetujui.pdf"
    with db.session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        assert pdf.read_bytes() == row.pdf and xlsx.read_bytes() == row.xlsx  # byte for byte
        checksum = row.dataset["status"]["checksum"]
    words = text(pdf)
    assert "DISETUJUI 23 November 2026 oleh Kepala UPT · checksum " + checksum[:16] in words
    assert "SEMENTARA" not in words
    # the approver signs, on the day of approval; not the head named in the profile: Plh.
    assert "Malang, 23 November 2026 Plh. Kepala UPT Kepala UPT" in words

    # an administrator corrects an admission date inside the approved month
    from jssc_desktop.services.base import audit
    from jssc_desktop.services.period_lock import ensure_unlocked

    with db.session() as s:
        ensure_unlocked(s, actors["admin"], date(2026, 10, 30), reason="Tanggal masuk salah",
                        entity="client", entity_id=fx.clients["C20"])
        c = s.get(Client, fx.clients["C20"])
        c.admission_date = date(2026, 10, 30)
        audit(s, actors["admin"], "client.update", "client", c.id,
              before={"admission_date": "2026-11-05"}, after={"admission_date": "2026-10-30"})
    with db.session() as s:
        status = report_status(s, parse_period("2026-10"), today=TODAY)
    assert (status.state, status.revision, status.word) == ("perbaikan", 1, "PERBAIKAN KE-1")
    assert [c.reason for c in status.corrections] == ["Tanggal masuk salah"]
    assert "admission_date: 2026-11-05 → 2026-10-30" in status.corrections[0].what
    assert any("Klien masuk dalam periode · Jumlah: 4 → 5" in c for c in status.changes)
    pdf, _ = _files(db, actors["staff"], tmp_path / "c")
    assert pdf.name == "laporan-bulanan-2026-10-perbaikan-1.pdf"
    words = text(pdf)
    assert "PERBAIKAN KE-1 · data per 31 Oktober 2026" in words
    assert "Daftar perbaikan (perbaikan ke-1)" in words and "Tanggal masuk salah" in words

    # approved again: revision 1, the archive holds the corrected files
    approve_period(db, actors["head"], "monthly", "2026-10", today=TODAY)
    pdf, _ = _files(db, actors["staff"], tmp_path / "d")
    assert pdf.name == "laporan-bulanan-2026-10-disetujui.pdf"
    assert "DISETUJUI (perbaikan ke-1) 23 November 2026" in text(pdf)

    # reopening: head only, with a reason; unlocks and reads PERBAIKAN KE-2
    with db.session() as s, pytest.raises(PermissionDenied):
        reopen_period(s, actors["admin"], "monthly", "2026-10", "x")
    with db.session() as s, pytest.raises(Exception, match="Alasan"):
        reopen_period(s, actors["head"], "monthly", "2026-10", "  ")
    with db.session() as s:
        reopen_period(s, actors["head"], "monthly", "2026-10", "Data rujukan dilengkapi")
    with db.session() as s:
        assert is_locked(s, date(2026, 10, 15)) is None
        status = report_status(s, parse_period("2026-10"), today=TODAY)
        assert status.word == "PERBAIKAN KE-2"
        assert status.corrections[-1].what == "laporan dibuka kembali untuk diperbaiki"
        with pytest.raises(WorkflowError, match="belum disetujui"):
            reopen_period(s, actors["head"], "monthly", "2026-10", "lagi")
