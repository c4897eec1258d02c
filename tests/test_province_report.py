"""The province report's contents, checked figure by figure, and its approval.

Three demo UPTs (seeds 1, 2, 3: three UPTs of the province's list; real SQLite files) package
October 2026 and the year 2025; a province installation (the ``db`` fixture: SQLite, and the
live PostgreSQL server when JSSC_TEST_PG_URL is set) receives them. Every province figure is
checked against the sum of the three packages AND against SQL run here on the three UPT
databases (not through the report code). The PDF is read back with pdftotext, the XLSX with
openpyxl.
"""

from __future__ import annotations

import hashlib
import io
import json
import statistics
import subprocess
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import and_, func, or_, select

from jssc_desktop.domain.errors import PermissionDenied, WorkflowError
from jssc_desktop.domain.periods import parse_period_for_kind
from jssc_desktop.domain.vocab import EARNING_OUTCOMES
from jssc_desktop.reports.province import write_province_report
from jssc_desktop.reports.province_approval import approve_province
from jssc_desktop.services import package_format as fmt
from jssc_desktop.services.base import Actor
from jssc_desktop.services.province import SUMMED, consolidate, init_province, receive_one
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    AuditLog,
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FollowUp,
    PeriodReport,
    TrainingTrack,
    User,
)
from tests.province_helpers import PERIODS, DemoUpt, three_upts

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def upts(tmp_path_factory: pytest.TempPathFactory) -> list[DemoUpt]:
    return three_upts(tmp_path_factory.getbasetemp() / "three-upts")


def _province(db: Database) -> dict[str, Actor]:
    with db.session() as s:
        init_province(s, Actor.system())
    out = {}
    with db.session() as s:
        for role, name in (("admin", "Admin Provinsi"), ("prov_staff", "Petugas Provinsi"),
                           ("prov_head", "Dra. Wulan Sari, M.Si.")):
            user = User(username=role, full_name=name, role=role, password_hash="x")
            s.add(user)
            s.flush()
            out[role] = Actor(user.id, role, role, name)
    return out


def _data(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        data: dict[str, Any] = json.loads(z.read("data.json"))
    return data


def _receive_all(db: Database, actor: Actor, upts: list[DemoUpt]) -> None:
    for u in upts:
        for key in PERIODS:
            with db.session() as s:
                assert receive_one(s, actor, u.packages[key].name,
                                   u.packages[key].read_bytes()).outcome == "baru"


# -------------------------------------------------------------------- SQL on the UPT databases


def _residents_at(day: date) -> Any:
    return and_(Client.admission_date <= day,
                or_(Client.discharge_date.is_(None), Client.discharge_date > day))


def _upt_sql(upt: DemoUpt, kind: str, period_text: str) -> dict[str, Any]:
    """The figures of one UPT for one period, by SQL written here."""
    period = parse_period_for_kind(kind, period_text)
    db = Database(str(upt.path))
    out: dict[str, Any] = {}
    try:
        with db.read_session() as s:
            out["admitted"] = s.execute(select(func.count(Client.id)).where(
                Client.admission_date.between(period.start, period.end))).scalar_one()
            out["clients_end"] = s.execute(select(func.count(Client.id)).where(
                _residents_at(period.end))).scalar_one()
            out["origin"] = Counter(dict(s.execute(
                select(Client.kab_kota_code, func.count(Client.id))
                .where(_residents_at(period.end)).group_by(Client.kab_kota_code)).all()))
            graduated = and_(Enrollment.status == "lulus", Enrollment.graduated_on <= period.end)
            out["graduates_by_track"] = Counter(dict(s.execute(
                select(TrainingTrack.code, func.count(func.distinct(Enrollment.client_id)))
                .join(Cohort, Cohort.track_id == TrainingTrack.id)
                .join(Enrollment, Enrollment.cohort_id == Cohort.id)
                .where(graduated).group_by(TrainingTrack.code)).all()))
            months: Counter[tuple[str, int, str]] = Counter()
            latest: dict[tuple[str, int], tuple[Any, ...]] = {}
            for code, client, months_after, done, outcome, income, fid in s.execute(
                    select(TrainingTrack.code, FollowUp.client_id, FollowUp.months_after,
                           FollowUp.done_date, FollowUp.outcome, FollowUp.monthly_income,
                           FollowUp.id)
                    .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
                    .join(Cohort, Cohort.id == Enrollment.cohort_id)
                    .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
                    .where(graduated, FollowUp.done_date <= period.end)):
                months[(code, months_after, "followed_up")] += 1
                months[(code, months_after, "working")] += outcome in EARNING_OUTCOMES
                key = (code, client)
                if key not in latest or (done, months_after, fid) > latest[key][:3]:
                    latest[key] = (done, months_after, fid, outcome, income)
            out["months"] = months
            incomes: dict[str, list[int]] = defaultdict(list)
            for (code, _client), (*_, outcome, income) in latest.items():
                if outcome in EARNING_OUTCOMES and income is not None:
                    incomes[code].append(int(income))
            out["incomes"] = incomes
            out["facility_kinds"] = Counter(dict(s.execute(
                select(FacilityRequest.kind, func.count(FacilityRequest.id))
                .where(FacilityRequest.created_at < datetime.combine(
                    period.end + timedelta(days=1), datetime.min.time()))
                .group_by(FacilityRequest.kind)).all()))
    finally:
        db.dispose()
    return out


# ------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("key", PERIODS, ids=[k for k, _ in PERIODS])
def test_every_province_figure_against_packages_and_upt_sql(
        db: Database, upts: list[DemoUpt], key: tuple[str, str]) -> None:
    actors = _province(db)
    _receive_all(db, actors["prov_staff"], upts)
    kind, period = key
    with db.read_session() as s:
        rep = consolidate(s, actors["prov_staff"], kind, period)
    packages = [_data(u.packages[key]) for u in upts]
    sql = [_upt_sql(u, kind, period) for u in upts]
    assert {p["schema_version"] for p in packages} == {2}
    # totals: the summary keys summed, and the same figures by SQL on the UPT databases
    for k in SUMMED:
        assert rep.totals[k] == sum(p["summary"][k] for p in packages), k
    assert rep.totals["admitted"] == sum(x["admitted"] for x in sql) > 0
    assert rep.totals["clients_end"] == sum(x["clients_end"] for x in sql) > 0
    for k in ("clients_start", "discharged", "graduates", "attendance_present",
              "attendance_recorded"):
        assert rep.totals[k] == sum(u.summaries[key][k] for u in upts), k
    # one row per UPT with status, arrival, attendance rate and occupancy as the UPT sent them
    assert [u.code for u in rep.upts] == sorted(u.code for u in upts)
    for row in rep.upts:
        sent = next(p for p in packages if p["upt"]["code"] == row.code)
        assert row.word == "SEMENTARA" and row.received_at is not None
        assert row.summary["attendance_rate"] == sent["summary"]["attendance_rate"]
        assert row.summary["occupancy"] == sent["summary"]["occupancy"]
    assert rep.totals["occupancy"] == pytest.approx(
        rep.totals["clients_end"] / rep.totals["capacity"])
    assert len(rep.missing) == rep.totals["upts_known"] - 3 and rep.v1_upts == []
    # clients by kab/kota of origin across UPTs
    origin = sum((x["origin"] for x in sql), Counter())
    assert {o["code"]: o["count"] for o in rep.origin if o["count"]} == dict(origin)
    # track effectiveness across UPTs and per UPT
    graduates = sum((x["graduates_by_track"] for x in sql), Counter())
    assert {t["code"]: t["graduates"] for t in rep.tracks if t["graduates"]} == \
        dict(graduates)
    months = sum((x["months"] for x in sql), Counter())
    assert sum(months.values()) > 0
    for t in rep.tracks:
        for m in (3, 6, 12):
            for what in ("followed_up", "working"):
                assert t[f"m{m}_{what}"] == months[(t["code"], m, what)], (t["code"], m, what)
        pooled = sorted(i for x in sql for i in x["incomes"][t["code"]])
        assert t["incomes_recorded"] == len(pooled)
        if pooled:  # the median of the pooled bands is within one band of the true median
            assert abs(t["median_income"] - statistics.median(pooled)) <= fmt.INCOME_BAND
        else:
            assert t["median_income"] is None
    for t in rep.tracks_by_upt:
        upt = next(x for u, x in zip(upts, sql, strict=True) if u.code == t["upt_code"])
        own = upt["incomes"][t["code"]]
        assert t["median_income"] == (round(statistics.median(own)) if own else None)
        assert t["m12_working"] == upt["months"][(t["code"], 12, "working")]
    # facility requests by status and funding, every request once
    kinds = sum((x["facility_kinds"] for x in sql), Counter())
    assert sum(f["count"] for f in rep.facility) == sum(kinds.values()) > 0
    assert sum(f["fisik_count"] for f in rep.facility) == kinds["fisik"]
    assert sum(f["nonfisik_count"] for f in rep.facility) == kinds["nonfisik"]
    for f in rep.facility:
        assert f["apbd_count"] + f["non_apbd_count"] == f["count"]
        assert f["fisik_cost"] + f["nonfisik_cost"] == f["cost"]
    by_status = Counter()
    for p in packages:
        table = next(t for sec in p["sections"] for t in sec["tables"] if t["code"] == "7.1")
        for row in table["rows"]:
            by_status[row["code"]] += row["values"][0]
    assert {f["code"]: f["count"] for f in rep.facility if f["count"]} == \
        {k: v for k, v in by_status.items() if v}


def test_median_from_bands() -> None:
    width = fmt.INCOME_BAND
    assert fmt.median_from_bands([0] * 40) is None
    bands = [0] * 40
    for income in (1_000_000, 1_100_000, 2_600_000):
        bands[fmt.income_band(income)] += 1
    assert abs(fmt.median_from_bands(bands) - 1_100_000) <= width  # type: ignore[operator]
    bands = [0] * 40
    bands[fmt.income_band(50_000_000)] = 3  # the open last band: its lower edge
    assert fmt.median_from_bands(bands) == 39 * width


def test_a_version_1_package_is_still_read(db: Database, upts: list[DemoUpt]) -> None:
    actors = _province(db)
    upt = upts[0]
    data = _data(upt.packages[PERIODS[0]])
    data.pop("province")
    data["schema_version"] = 1
    with zipfile.ZipFile(upt.packages[PERIODS[0]]) as z:
        files = [(n, z.read(n)) for n in z.namelist() if n.endswith((".pdf", ".xlsx"))]
    content = fmt.build_zip(data, files, upt.secret)
    assert json.loads(zipfile.ZipFile(io.BytesIO(content)).read("manifest.json"))[
        "schema_version"] == 1
    with db.session() as s:
        assert receive_one(s, actors["prov_staff"], "v1.jsscpkg", content).outcome == "baru"
    with db.read_session() as s:
        rep = consolidate(s, actors["prov_head"], *PERIODS[0])
    assert rep.v1_upts == [upt.code]
    assert rep.totals["admitted"] == data["summary"]["admitted"]
    assert sum(t["graduates"] for t in rep.tracks) > 0  # from table 6.4
    assert all(t["m3_followed_up"] == 0 for t in rep.tracks)
    data["schema_version"] = 3
    with db.session() as s, pytest.raises(Exception, match="versi skema 3 tidak dikenal"):
        receive_one(s, actors["prov_staff"], "v3.jsscpkg",
                    fmt.build_zip(data, files, upt.secret))


def _pdf_text(path: Path, mode: str = "-layout") -> str:
    return subprocess.run(["pdftotext", mode, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_province_pdf_sementara_then_approved_and_archived(
        db: Database, upts: list[DemoUpt], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    actors = _province(db)
    _receive_all(db, actors["prov_staff"], upts[:2])
    kind, period = PERIODS[0]
    files = write_province_report(db, actors["prov_staff"], kind, period,
                                  formats=("json", "xlsx", "pdf"), out_dir=tmp_path / "a")
    assert [p.name for p in files] == [f"laporan-provinsi-{kind}-{period}-sementara.{f}"
                                       for f in ("json", "xlsx", "pdf")]
    text = _pdf_text(files[2])
    assert "SEMENTARA: belum disetujui pimpinan" in text and "DISETUJUI" not in text
    report = json.loads(files[0].read_text(encoding="utf-8"))
    raw = " ".join(_pdf_text(files[2], "-raw").split())  # (names wrap inside their cells)
    for u in upts[:2]:
        assert u.name in raw and u.code in text
    assert upts[2].name in raw  # listed among the UPTs that have not sent
    total_admitted = sum(u.summaries[PERIODS[0]]["admitted"] for u in upts[:2])
    assert report["summary"]["admitted"] == total_admitted
    assert f"Klien masuk {total_admitted}" in " ".join(text.split())
    # nobody but the province head approves, and not before the period ends
    for role in ("admin", "prov_staff"):
        with db.session() as s, pytest.raises(PermissionDenied):
            approve_province(s, actors[role], kind, period, today=TODAY)
    with db.session() as s, pytest.raises(WorkflowError, match="belum dapat disetujui"):
        approve_province(s, actors["prov_head"], "monthly", "2026-11", today=TODAY)
    with db.session() as s:
        done = approve_province(s, actors["prov_head"], kind, period, today=TODAY)
    assert (done.approved_by, done.revision, done.packages) == ("Dra. Wulan Sari, M.Si.", 0, 2)
    with db.session() as s, pytest.raises(WorkflowError, match="sudah disetujui"):
        approve_province(s, actors["prov_head"], kind, period, today=TODAY)
    files = write_province_report(db, actors["prov_staff"], kind, period,
                                  formats=("pdf", "xlsx", "json"), out_dir=tmp_path / "b")
    assert files[0].name.endswith("-disetujui.pdf")
    text = " ".join(_pdf_text(files[0]).split())
    assert "DISETUJUI oleh Dra. Wulan Sari, M.Si. pada 23 November 2026" in text
    assert "belum disetujui" not in text  # (SEMENTARA remains: the UPTs' own packages' status)
    with db.read_session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        assert hashlib.sha256(files[0].read_bytes()).hexdigest() == row.pdf_sha256
        assert hashlib.sha256(files[1].read_bytes()).hexdigest() == row.xlsx_sha256
        audit = s.execute(select(AuditLog).where(AuditLog.action == "province.approve")
                          ).scalar_one()
        assert audit.username == "prov_head" and audit.after["upts"] == \
            sorted(u.code for u in upts[:2])
        assert row.audit_head is not None
    wb = load_workbook(files[1])
    cells = {r[0]: r[2] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert cells["status"] == "DISETUJUI" and cells["approved_by"] == "Dra. Wulan Sari, M.Si."
    # a UPT that sends late: the approved report is being corrected until approved again
    with db.session() as s:
        receive_one(s, actors["prov_staff"], "late.jsscpkg",
                    upts[2].packages[PERIODS[0]].read_bytes())
    files = write_province_report(db, actors["prov_staff"], kind, period, formats=("pdf",),
                                  out_dir=tmp_path / "c")
    assert files[0].name.endswith("-perbaikan-ke-1.pdf")
    text = _pdf_text(files[0])
    assert "PERBAIKAN KE-1" in text
    # each UPT's code and the table's headers on one line (PSBR-BOJONEGORO once broke in two)
    words = text.split()
    assert all(u.code in words for u in upts) and "Kehadiran" in words
    assert not [w for w in words for u in upts if len(w) > 5 and w != u.code
                and u.code.startswith(w)]  # nowhere a code's first part alone
    with db.session() as s:
        again = approve_province(s, actors["prov_head"], kind, period, today=TODAY)
    assert (again.revision, again.packages) == (1, 3)


def test_command_line_approve(upts: list[DemoUpt], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from jssc_desktop.cli import main

    prov = tmp_path / "prov.sqlite3"
    assert main(["--db", str(prov), "migrate"]) == 0
    assert main(["--db", str(prov), "province", "init"]) == 0
    monkeypatch.setenv("JSSC_PASSWORD", "Gerobak-Biru-Pelangi-77")
    for name, role in (("admin", "admin"), ("pimpinan", "prov_head")):
        monkeypatch.setattr("sys.stdin", io.StringIO("Gerobak-Biru-Pelangi-77\n"))
        args = ["--db", str(prov), "user", "add", name, "--role", role, "--name", name.title(),
                "--password-stdin", "--no-change-required"]
        assert main(args + (["--as", "admin"] if name != "admin" else [])) == 0
    monkeypatch.setenv("JSSC_PASSWORD", "Gerobak-Biru-Pelangi-77")
    assert main(["--db", str(prov), "province", "receive",
                 str(upts[0].packages[("annual", "2025")]), "--as", "admin"]) == 0
    assert main(["--db", str(prov), "province", "approve", "annual", "2025", "--as",
                 "admin"]) == 1
    assert "tidak berhak menyetujui laporan provinsi" in capsys.readouterr().err
    assert main(["--db", str(prov), "province", "approve", "annual", "2025", "--as",
                 "pimpinan"]) == 0
    assert "disetujui oleh Pimpinan" in capsys.readouterr().out
    assert main(["--db", str(prov), "province", "report", "annual", "2025", "--format", "pdf",
                 "--out", str(tmp_path / "out"), "--as", "pimpinan"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.name == "laporan-provinsi-annual-2025-disetujui.pdf"
    assert "DISETUJUI" in _pdf_text(made)
