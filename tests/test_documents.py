"""Printed documents: certificate, monthly attendance recap, case summary, facility form."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jssc_desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.reports import generate_document
from jssc_desktop.storage.models import AuditLog, Client, FacilityAttachment

from . import report_fixtures as rf
from .conftest import _make_actors
from .test_reports_pdf_xlsx import pdf_info, pdf_text, squash

TODAY = date(2026, 11, 23)


@pytest.fixture
def small(sqlite_db):  # type: ignore[no-untyped-def]
    actors = _make_actors(sqlite_db)
    fx = rf.build(sqlite_db, actors)
    return sqlite_db, actors, fx


def _doc(db, actor, kind, tmp_path: Path, **kw):  # type: ignore[no-untyped-def]
    return generate_document(db, actor, kind, out_dir=tmp_path, today=TODAY, **kw)


def test_certificate_of_a_graduate(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    path = _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])
    assert path.name == "sertifikat-ac-2026-004.pdf"
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 landscape
    text = squash(pdf_text(path))
    for expected in ("SERTIFIKAT", "Nomor: AC-2026-004", "Budi Hartono", "PM-2026-00002",
                     "Pelatihan Keterampilan Reparasi AC Angkatan II 2026",
                     "1 September 2026 sampai dengan 20 Oktober 2026",
                     "selama 22 jam pelajaran (JP)",  # 4 + 4 + 4 + 4 + 6 JP of its sessions
                     "KOMPETEN", "Nilai uji kompetensi: 90,00", "Malang, 22 Oktober 2026",
                     "Kepala UPT", rf.HEAD_NAME, f"NIP. {rf.HEAD_NIP}",
                     "PEMERINTAH PROVINSI JAWA TIMUR", "DINAS SOSIAL"):
        assert expected in text, expected


def test_certificate_refused_for_non_graduates(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with pytest.raises(WorkflowError, match="Hadi Wijaya"):
        _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C08"])
    with pytest.raises(NotFoundError):
        _doc(db, actors["staff"], "certificate", tmp_path, id=99999)
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])


def test_monthly_attendance_recap(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    path = _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10")
    assert path.name == "rekap-kehadiran-menjahit-angkatan-ii-2026-2026-10.pdf"
    assert pdf_info(path)["Page size"].startswith("841.89 x 595.276")
    text = squash(pdf_text(path))
    for expected in (
        "REKAP KEHADIRAN BULANAN", "Bulan Oktober 2026", "Menjahit", "Angkatan II 2026",
        "No Nama No. registrasi 16 23 30 H S I A T %",  # session days, then the counts
        "Citra Lestari PM-2026-00003 H H H 3 0 0 0 0 100,0%",
        "Dewi Anggraini PM-2026-00004 H H A 2 0 0 1 0 66,7%",
        "Gita Permata PM-2026-00007 H S H 2 1 0 0 0 66,7%",
        "Nur Hidayah PM-2026-00014 H H T 2 0 0 0 1 100,0%",
        "Jumlah 9 1 0 1 1 83,3%",
        "Tutor/Instruktur", "Budi Santoso", "Mengetahui, Kepala UPT", rf.HEAD_NAME,
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert "Indah Sari" not in text  # enrolled only in November


def test_recap_permissions_month_and_alias(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    # the cohort's own tutor may print it; another tutor may not
    own = _doc(db, actors["tutor"], "attendance", tmp_path, id=fx.cohorts["K3"],
               month="2026-10")
    assert own.exists()
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor2"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10")
    # without a month: the month of the latest session (6 November)
    latest = _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"])
    assert latest.name.endswith("-2026-11.pdf")
    text = squash(pdf_text(latest))
    assert "Bulan November 2026" in text and "Indah Sari" in text
    for bad in ("2026-13", "Oktober", "10-2026"):
        with pytest.raises(ValidationError):
            _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month=bad)


def test_case_summary_is_sensitive_and_audited(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with db.session() as s:
        nik = s.get(Client, fx.clients["C01"]).nik
    path = _doc(db, actors["staff"], "case", tmp_path, id=fx.clients["C01"])
    assert path.name == "ringkasan-kasus-pm-2026-00001.pdf"
    text = squash(pdf_text(path))
    for expected in ("RINGKASAN KASUS KLIEN", "RAHASIA", "Adi Saputra", nik, "Alergi debu",
                     "Wali Adi Saputra", "Anak Jalanan", "Pendekatan awal",
                     "Pemecahan masalah (intervensi)", "Reparasi AC", "AC-2026-003",
                     "Bekerja", "Rp 2.000.000", "Dicetak oleh Staf Administrasi"):
        assert expected in text, expected
    with db.session() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.entity, AuditLog.entity_id,
                                AuditLog.username)
                         .where(AuditLog.action == "document.case_summary")).all()
    assert rows == [("document.case_summary", "client", fx.clients["C01"], "staf")]
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "case", tmp_path, id=fx.clients["C01"])


def test_facility_request_form(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with db.session() as s:
        s.add(FacilityAttachment(request_id=fx.facility["F2"], kind="sebelum",
                                 file_name="mesin-lama.png", media_type="image/png",
                                 content=rf.small_logo(), sha256="x" * 64))
    path = _doc(db, actors["head"], "facility", tmp_path, id=fx.facility["F2"])
    assert path.name == "usulan-usl-2026-002.pdf"
    text = squash(pdf_text(path))
    for expected in ("FORMULIR USULAN REVITALISASI", "Nomor: USL-2026-002",
                     "Mesin jahit dan obras", "CSR perusahaan", "Rp 45.000.000", "Menjahit",
                     "25/10/2026 Dikerjakan Selesai", "mesin-lama.png", "Diusulkan oleh",
                     f"NIP. {rf.HEAD_NIP}"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "facility", tmp_path, id=fx.facility["F2"])


def test_document_arguments_are_checked(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _fx = small
    with pytest.raises(ValidationError, match="Jenis dokumen"):
        _doc(db, actors["staff"], "invoice", tmp_path, id=1)
    with pytest.raises(ValidationError, match="id"):
        _doc(db, actors["staff"], "case", tmp_path)
    assert not [p for p in tmp_path.iterdir() if re.search(r"\.(pdf|tmp)$", p.name)]
