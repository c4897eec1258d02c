"""Tutor and attendance imports (issue 13, point 10) on SQLite and PostgreSQL: header found under
title rows by the office's own words, amounts as staff write them, mapping, dry run (nothing
written), all-or-nothing, error copy naming row and column, and the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from jssc_desktop.domain.errors import ValidationError
from jssc_desktop.services import attendance as att
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.services.imports import read_sheet, write_error_copy
from jssc_desktop.services.table_import import (
    apply_table_import,
    kind_named,
    plan_table_import,
    remap_table,
)
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Attendance, AuditLog, Tutor
from tests.test_services_training import make_clients

pytestmark = pytest.mark.storage


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


TUTOR_ROWS = [
    ["DAFTAR INSTRUKTUR UPT PELAYANAN SOSIAL BINA REMAJA"],   # title rows above the table
    ["Tahun Anggaran 2026"],
    [],
    ["No", "Nama Instruktur", "Status Tutor", "Asal Lembaga", "Mitra", "Kejuruan",
     "Honorarium", "No. HP", "NIP"],
    [1, "Ahmad Fauzi", "Eksternal", "PT Sejuk Abadi", "Dunia Usaha", "Reparasi AC",
     "Rp 150.000", 81234567890, None],
    [2, "Sri Rahayu, S.Pd", "ASN", None, None, "Tata Boga", "125.000", "0812-3333-4444",
     "198501012010012003"],
    [3, "Bagus Santoso", "Eksternal", "Politeknik Negeri Malang", "Perguruan Tinggi",
     "Otomotif", 175000, None, None],
]


def _plan(db: Database, actor: Actor, kind: str, path: Path, **kw: Any):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return plan_table_import(s, actor, kind_named(kind), read_sheet(path), **kw)


def _tutors(db: Database) -> dict[str, tuple[str, int, str | None]]:
    with db.session() as s:
        return {n: (t, r, p) for n, t, r, p in s.execute(
            select(Tutor.name, Tutor.tutor_type, Tutor.rate_per_jp, Tutor.phone))}


def test_tutors_under_title_rows_with_office_words(db: Database, actors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _xlsx(tmp_path / "tutor.xlsx", TUTOR_ROWS)
    before = _tutors(db)
    plan = _plan(db, actors["staff"], "tutors", path)
    assert plan.header_row == 4 and plan.errors == []
    assert sorted(plan.mapping.values()) == sorted(
        ["name", "tutor_type", "institution", "partner_kind", "expertise", "rate_per_jp",
         "phone", "nip"])
    assert [h for _, h in plan.unmapped] == ["No"]
    assert (plan.new, plan.skipped) == (3, 0)
    assert _tutors(db) == before  # planning wrote nothing
    with db.session() as s:
        result = apply_table_import(s, actors["staff"], kind_named("tutors"), plan)
    assert result.new == 3
    rows = _tutors(db)
    assert rows["Ahmad Fauzi"] == ("eksternal", 150_000, "81234567890")
    assert rows["Sri Rahayu, S.Pd"] == ("internal", 125_000, "0812-3333-4444")
    assert rows["Bagus Santoso"][1] == 175_000
    with db.session() as s:
        assert s.execute(select(func.count(AuditLog.id)).where(
            AuditLog.action == "tutor.create")).scalar_one() == 3
        assert s.execute(select(AuditLog.after).where(
            AuditLog.action == "import.tutors")).scalar_one()["new"] == 3
    # The same file again: everyone is already there.
    again = _plan(db, actors["staff"], "tutors", path)
    assert (again.new, again.skipped, again.errors) == (0, 3, [])


def test_tutor_errors_refuse_everything_and_make_an_error_copy(db: Database, actors,
                                                               tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in TUTOR_ROWS]
    rows[4][6] = "seratus ribu"                  # not an amount
    rows[6][4] = None                            # external without partner kind
    rows.append([4, "Ahmad Fauzi", "Eksternal", "PT Sejuk Abadi", "Dunia Usaha", "AC",
                 "Rp 1", None, None])            # the same person twice
    path = _xlsx(tmp_path / "tutor-salah.xlsx", rows)
    before = _tutors(db)
    plan = _plan(db, actors["staff"], "tutors", path)
    messages = [str(e) for e in plan.errors]
    assert messages[0] == "Baris 5, kolom Honorarium: Honor per JP 'seratus ribu' bukan angka."
    assert any(m.startswith("Baris 7, kolom Mitra:") and "jenis lembaga mitra" in m
               for m in messages)
    with pytest.raises(ValidationError, match="Impor dibatalkan"), db.session() as s:
        apply_table_import(s, actors["staff"], kind_named("tutors"), plan)
    assert _tutors(db) == before  # the good rows were not saved either
    copy = write_error_copy(read_sheet(path), plan, tmp_path / "galat.xlsx")  # type: ignore[arg-type]
    ws = load_workbook(copy).active
    assert ws.cell(4, 10).value == "Keterangan Galat"
    assert "Honor per JP 'seratus ribu' bukan angka" in ws.cell(5, 10).value
    assert ws.cell(6, 10).value is None


def test_tutor_mapping_can_be_changed(db: Database, actors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [["Nama Instruktur", "Status Tutor", "Asal Lembaga", "Mitra", "Tarif"],
            ["Ahmad Fauzi", "Eksternal", "PT Sejuk", "Dunia Usaha", "Rp 90.000"]]
    path = _xlsx(tmp_path / "t.xlsx", rows)
    plan = _plan(db, actors["staff"], "tutors", path)
    assert plan.unmapped == [(4, "Tarif")]
    mapping = remap_table(plan, 4, "rate_per_jp")
    plan = _plan(db, actors["staff"], "tutors", path, mapping=mapping, header_row=1)
    assert plan.errors == [] and plan.rows[0].values["rate_per_jp"] == 90_000


@pytest.fixture
def cohort(db: Database, actors) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    ids = make_clients(db, ["Agus Salim", "Bambang Irawan", "Citra Dewi"])
    with db.session() as s:
        track = tr.create_track(s, admin, tr.TrackInput("AC", "Reparasi AC"))
        c = tr.create_cohort(s, admin, tr.CohortInput(
            track.id, "Angkatan 1 2026", date(2026, 2, 2), date(2026, 5, 29),
            tutor_id=actors["tutor"].tutor_id))
        tr.enroll_clients(s, admin, c.id, ids, enrolled_on=date(2026, 2, 2))
        first = tr.add_session(s, admin, c.id, tr.SessionInput(date(2026, 2, 3), 4))
        second = tr.add_session(s, admin, c.id, tr.SessionInput(date(2026, 2, 4), 4))
    return {"ids": ids, "cohort": c, "sessions": (first.id, second.id)}


ATT_HEADER = ["No", "No. Reg", "Nama Peserta", "Kejuruan", "Angkatan", "Tgl", "Kehadiran",
              "Ket"]


def _att_rows(rows: list[list[Any]]) -> list[list[Any]]:
    return [["REKAP PRESENSI PESERTA PELATIHAN"], ["Bulan Februari 2026"], ATT_HEADER, *rows]


def _saved(db: Database) -> dict[tuple[int, int], str]:
    with db.session() as s:
        return {(sid, cid): code for sid, cid, code in s.execute(
            select(Attendance.session_id, Attendance.client_id, Attendance.code))}


def test_attendance_import(db: Database, actors, cohort, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b, c = cohort["ids"]
    s1, s2 = cohort["sessions"]
    path = _xlsx(tmp_path / "hadir.xlsx", _att_rows([
        [1, "PM-2026-00001", "Agus Salim", "Reparasi AC", "Angkatan 1 2026", "03/02/2026", "H"],
        [2, "pm-2026-00002", "Bambang Irawan", "Reparasi AC", "Angkatan 1 2026",
         date(2026, 2, 3), "sakit", "demam"],
        [3, "PM-2026-00003", "Citra Dewi", None, "Angkatan 1 2026", "3 Februari 2026", "T"],
        [4, "PM-2026-00001", "Agus Salim", "Reparasi AC", "Angkatan 1 2026", "04022026", "A"],
    ]))
    plan = _plan(db, actors["staff"], "attendance", path)
    assert plan.header_row == 3 and plan.errors == [] and plan.new == 4
    assert _saved(db) == {}
    with db.session() as s:
        apply_table_import(s, actors["staff"], kind_named("attendance"), plan)
        note = att.attendance_sheet(s, actors["staff"], s1).rows[1].note
    assert _saved(db) == {(s1, a): "H", (s1, b): "S", (s1, c): "T", (s2, a): "A"}
    assert note == "demam"
    again = _plan(db, actors["staff"], "attendance", path)
    assert (again.new, again.skipped, again.errors) == (0, 4, [])


def test_attendance_import_refuses_wrong_rows_all_or_nothing(db: Database, actors, cohort,
                                                             tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        att.save_attendance(s, actors["staff"], cohort["sessions"][0],
                            {cohort["ids"][0]: "S"}, default=None)
    before = _saved(db)
    path = _xlsx(tmp_path / "hadir.xlsx", _att_rows([
        [1, "PM-2026-00002", "Bambang Irawan", None, "Angkatan 1 2026", "03/02/2026", "H"],
        [2, "PM-2026-00001", "Agus Salim", None, "Angkatan 1 2026", "03/02/2026", "H"],
        [3, "PM-2026-00003", "Agus Salim", None, "Angkatan 1 2026", "03/02/2026", "H"],
        [4, "PM-2026-00099", "Siapa", None, "Angkatan 1 2026", "03/02/2026", "H"],
        [5, "PM-2026-00003", "Citra Dewi", None, "Angkatan 9", "03/02/2026", "H"],
        [6, "PM-2026-00003", "Citra Dewi", None, "Angkatan 1 2026", "05/02/2026", "H"],
        [7, "PM-2026-00003", "Citra Dewi", None, "Angkatan 1 2026", "30/02/2026", "X"],
    ]))
    plan = _plan(db, actors["staff"], "attendance", path)
    got = [str(e) for e in plan.errors]
    assert "Baris 5, kolom Kehadiran: Agus Salim sudah tercatat S pada 3 Februari 2026" in got[0]
    assert got[1] == ("Baris 6, kolom Nama Peserta: nomor PM-2026-00003 milik Citra Dewi, "
                      "bukan Agus Salim; periksa barisnya.")
    assert "klien dengan nomor registrasi PM-2026-00099 tidak ditemukan" in got[2]
    assert "angkatan 'Angkatan 9' tidak ditemukan" in got[3]
    assert "tidak memiliki pertemuan pada 5 Februari 2026" in got[4]
    assert any(g.startswith("Baris 10, kolom Tgl:") for g in got)
    assert any(g.startswith("Baris 10, kolom Kehadiran:") for g in got)
    with pytest.raises(ValidationError, match="Impor dibatalkan"), db.session() as s:
        apply_table_import(s, actors["staff"], kind_named("attendance"), plan)
    assert _saved(db) == before


def test_unknown_sheet_says_which_headers_it_needs(db: Database, actors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _xlsx(tmp_path / "lain.xlsx", [["Judul"], ["A", "B", "C"], [1, 2, 3]])
    with pytest.raises(ValidationError, match="'No. Registrasi', 'Tanggal', 'Kode Kehadiran'"):
        _plan(db, actors["staff"], "attendance", path)


def test_tutors_cannot_import(db: Database, actors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.domain.errors import PermissionDenied

    path = _xlsx(tmp_path / "tutor.xlsx", TUTOR_ROWS)
    with pytest.raises(PermissionDenied):
        _plan(db, actors["tutor"], "tutors", path)
