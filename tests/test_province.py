"""Period packages from three demo UPTs, received and consolidated by a province installation.

The UPT databases are real SQLite files built by the demo (seeds 1, 2, 3, each given a UPT code
and name from the province's list); the province database is the ``db`` fixture (SQLite, and the
live PostgreSQL server when JSSC_TEST_PG_URL is set). Packages are real zip files, checked
against the JSON Schema with the reference ``jsonschema`` library; the PDF is read back with
pdftotext and the XLSX with openpyxl.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from jssc_desktop.domain.periods import parse_period_for_kind
from jssc_desktop.domain.vocab import vocabulary
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.reports.package import build_package, package_data
from jssc_desktop.services import package_format as fmt
from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import build_demo
from jssc_desktop.services.demo.data import upt_for_seed
from jssc_desktop.services.province import (
    SUMMED,
    consolidate,
    init_province,
    receive_one,
    receive_packages,
)
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import AuditLog, Client, ProvincePackage, ProvinceUptKey, User
from tests.province_helpers import DemoUpt, three_upts

TODAY = date(2026, 11, 23)
PERIOD = "2026-10"


class UptSide:
    def __init__(self, upt: DemoUpt) -> None:
        self.upt, self.code, self.path, self.secret = upt, upt.code, upt.path, upt.secret
        self.package = upt.packages[("monthly", PERIOD)]
        self.summary = upt.summaries[("monthly", PERIOD)]


@pytest.fixture(scope="module")
def upts(tmp_path_factory: pytest.TempPathFactory) -> list[UptSide]:
    """Three demo UPTs (seeds 1-3, three UPTs of the province's list) and their monthly
    packages for October 2026 (made by the Kepala UPT)."""
    return [UptSide(u) for u in three_upts(tmp_path_factory.getbasetemp() / "three-upts")]


def _members(path: Path | bytes) -> dict[str, bytes]:
    raw = path if isinstance(path, bytes) else path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


# ------------------------------------------------------------------------------------ UPT side


def test_package_has_data_pdf_xlsx_and_a_signed_manifest(upts: list[UptSide]) -> None:
    first = upts[0]
    assert first.package.name == f"{first.code}_{PERIOD}.jsscpkg"
    members = _members(first.package)
    assert set(members) == {"data.json", "manifest.json", "manifest.sig",
                            "laporan-bulanan-2026-10-sementara.pdf",
                            "laporan-bulanan-2026-10-sementara.xlsx"}
    data = json.loads(members["data.json"])
    schema = fmt.load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema)
    assert data["upt"]["code"] == first.code
    assert data["report"] == {"kind": "monthly", "period": PERIOD, "label": "Oktober 2026",
                              "start": "2026-10-01", "end": "2026-10-31"}
    assert data["status"]["state"] == "sementara"
    for key in ("clients_start", "admitted", "discharged", "clients_end", "graduates",
                "attendance_rate"):
        assert data["summary"][key] == first.summary[key], key
    # every section of the layout is there, every table, every fixed row with its code
    codes = {t["code"] for s in data["sections"] for t in s["tables"]}
    assert {"1.1", "2.1", "3.3", "4.1", "6.4", "7.1"} <= codes
    for section in data["sections"]:
        for table in section["tables"]:
            for row in table["rows"]:
                assert row["code"], f"table {table['code']} row {row['label']} has no code"
                assert len(row["values"]) == len(table["columns"])
    manifest = json.loads(members["manifest.json"])
    assert manifest["files"].keys() == set(members) - {"manifest.json", "manifest.sig"}
    assert fmt.open_package(first.package.name, first.package.read_bytes()).upt_code == \
        first.code


def _texts(package: Path, tmp_path: Path) -> dict[str, str]:
    """Every way a name or NIK could be read out of a package: the raw bytes, every member's
    bytes, every member of the XLSX (a zip itself) decompressed, the PDF's text and the
    workbook's cell values."""
    from openpyxl import load_workbook

    raw = package.read_bytes()
    out = {"package": raw.decode("latin-1")}
    for name, content in _members(raw).items():
        out[name] = content.decode("latin-1")
        if name.endswith(".pdf"):
            pdf = tmp_path / "r.pdf"
            pdf.write_bytes(content)
            out[name + ":text"] = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                                                 check=True, capture_output=True,
                                                 text=True).stdout
            raw_pdf = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True,
                                     capture_output=True, text=True).stdout
            out[name + ":raw"] = raw_pdf
        if name.endswith(".xlsx"):
            for inner, data in _members(content).items():
                out[f"{name}/{inner}"] = data.decode("utf-8", "replace")
            wb = load_workbook(io.BytesIO(content), read_only=True)
            out[name + ":cells"] = "\n".join(
                str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                for v in row if v is not None)
        if name == "data.json":
            out[name + ":decoded"] = json.dumps(json.loads(content), ensure_ascii=False)
    return out


def test_no_client_name_or_nik_leaves_the_upt(upts: list[UptSide], tmp_path: Path) -> None:
    for upt in upts:
        texts = _texts(upt.package, tmp_path)
        db = Database(str(upt.path))
        with db.read_session() as s:
            clients = s.execute(select(Client.nik, Client.name, Client.kk)).all()
        db.dispose()
        assert len(clients) == 150
        # the search can find what is there: the UPT's own name is in the PDF text and cells
        upt_name = json.loads(_members(upt.package)["data.json"])["upt"]["name"]
        assert upt_name.upper() in texts["laporan-bulanan-2026-10-sementara.pdf:text"].upper()
        assert upt_name in texts["laporan-bulanan-2026-10-sementara.xlsx:cells"]
        needles = [v for nik, name, kk in clients for v in (nik, name, kk) if v]
        assert len(needles) > 300
        # a name is found as whole words (a one-word name "Eka" is not in "Rekap"), in any case
        # and with any spacing or line break between its words
        pattern = re.compile("|".join(
            r"(?<!\w)" + r"\s+".join(re.escape(w) for w in n.split()) + r"(?!\w)"
            for n in needles), re.IGNORECASE)
        # compressed bytes (the zip itself, the raw PDF and XLSX files) are random enough to
        # hold a short word such as "EKA" by chance: there, NIK, KK and names of 10 characters
        # or more are searched; the texts read out of them are searched for every name
        long_only = re.compile("|".join(
            r"(?<!\w)" + r"\s+".join(re.escape(w) for w in n.split()) + r"(?!\w)"
            for n in needles if len(n) >= 10), re.IGNORECASE)
        for where, content in texts.items():
            binary = where == "package" or where.endswith((".pdf", ".xlsx"))
            found = sorted({m.group(0) for m in (long_only if binary else pattern)
                            .finditer(content)})
            assert found == [], f"{upt.code}: {where} contains {found[:3]}"


def test_packaging_needs_the_head_or_staff(upts: list[UptSide], tmp_path: Path) -> None:
    db = Database(str(upts[0].path))
    try:
        for role in ("tutor", "admin"):
            with pytest.raises(PermissionDenied):
                build_package(db, Actor(None, role, role), "monthly", PERIOD, out_dir=tmp_path)
    finally:
        db.dispose()
    assert list(tmp_path.glob("*.jsscpkg")) == []


# ------------------------------------------------------------------------------- province side


@pytest.fixture
def province(db: Database) -> tuple[Database, Actor]:
    with db.session() as s:
        user = User(username="petugas", full_name="Petugas Provinsi", role="admin",
                    password_hash="x", must_change_password=False)
        s.add(user)
        s.flush()
        actor = Actor(user.id, "petugas", "admin", "Petugas Provinsi")
        assert init_province(s, actor) is True
    with db.session() as s:
        assert init_province(s, actor) is False
    return db, actor


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read_session() as s:
        return (s.execute(select(func.count(ProvincePackage.id))).scalar_one(),
                s.execute(select(func.count(ProvinceUptKey.id))).scalar_one(),
                s.execute(select(func.count(AuditLog.id))).scalar_one())


def test_province_totals_are_the_sum_of_the_packages(
        upts: list[UptSide], province: tuple[Database, Actor]) -> None:
    db, actor = province
    done, refused = receive_packages(db, actor, [u.package for u in upts])
    assert refused == []
    assert [r.outcome for r in done] == ["baru"] * 3
    assert all(r.key_registered for r in done)
    with db.read_session() as s:
        rep = consolidate(s, actor, "monthly", PERIOD)
    packaged = [json.loads(_members(u.package)["data.json"])["summary"] for u in upts]
    for key in SUMMED:
        assert rep.totals[key] == sum(p[key] for p in packaged), key
    for key in ("clients_start", "admitted", "discharged", "clients_end", "graduates",
                "attendance_present", "attendance_recorded"):
        # … and the sum of the same figures computed by SQL on the three UPT databases
        assert rep.totals[key] == sum(u.summary[key] for u in upts), key
    assert rep.totals["attendance_rate"] == pytest.approx(
        sum(u.summary["attendance_present"] for u in upts)
        / sum(u.summary["attendance_recorded"] for u in upts))
    assert [u.code for u in rep.upts] == sorted(u.code for u in upts)
    assert all(u.state == "sementara" and u.received_at is not None for u in rep.upts)
    known = [t.code for t in vocabulary("upts")]
    assert [m.code for m in rep.missing] == [c for c in known if c not in {u.code for u in upts}]
    assert rep.totals["upts_sent"] == 3
    # track effectiveness across UPTs: graduates per track add up to the UPTs' table totals
    total_graduates = 0
    for u in upts:
        table = next(t for sec in json.loads(_members(u.package)["data.json"])["sections"]
                     for t in sec["tables"] if t["code"] == "6.4")
        col = [c["key"] for c in table["columns"]].index("graduates")
        total_graduates += sum(r["values"][col] for r in table["rows"])
    assert sum(t["graduates"] for t in rep.tracks) == total_graduates > 0
    assert sum(t["graduates"] for t in rep.tracks_by_upt) == total_graduates
    assert {t["upt_code"] for t in rep.tracks_by_upt} == {u.code for u in upts}
    for t in rep.tracks:
        same = [r for r in rep.tracks_by_upt if r["code"] == t["code"]]
        assert sum(r["working"] for r in same) == t["working"], t["code"]


def test_same_package_twice_changes_nothing(upts: list[UptSide],
                                            province: tuple[Database, Actor]) -> None:
    db, actor = province
    receive_packages(db, actor, [upts[0].package])
    before = _counts(db)
    done, refused = receive_packages(db, actor, [upts[0].package])
    assert refused == [] and done[0].outcome == "sama"
    assert _counts(db) == before


def _resigned(upt: UptSide, change: Any, *, secret: bytes | None = None,
              made_later: int = 60) -> bytes:
    """The UPT's package made again (a correction), signed with its key (or ``secret``)."""
    members = _members(upt.package)
    data = json.loads(members["data.json"])
    data["made_at"] = (datetime.fromisoformat(data["made_at"])
                       + timedelta(seconds=made_later)).isoformat()
    change(data)
    files = [(n, c) for n, c in members.items() if n.endswith((".pdf", ".xlsx"))]
    return fmt.build_zip(data, files, secret or upt.secret)


def test_a_newer_package_supersedes_and_both_are_kept(
        upts: list[UptSide], province: tuple[Database, Actor]) -> None:
    db, actor = province
    receive_packages(db, actor, [u.package for u in upts])

    def corrected(data: dict[str, Any]) -> None:
        data["status"].update(state="perbaikan", revision=1, word="PERBAIKAN KE-1")
        data["summary"]["admitted"] += 2

    with db.session() as s:
        r = receive_one(s, actor, "koreksi.jsscpkg", _resigned(upts[1], corrected))
    assert r.outcome == "pengganti" and not r.key_registered
    older = _resigned(upts[1], lambda d: None, made_later=-60)
    with db.session() as s:
        assert receive_one(s, actor, "lama.jsscpkg", older).outcome == "lama"
    with db.read_session() as s:
        kept = s.execute(select(ProvincePackage).where(
            ProvincePackage.upt_code == upts[1].code)).scalars().all()
        rep = consolidate(s, actor, "monthly", PERIOD)
    assert len(kept) == 3 and sum(p.superseded_by is None for p in kept) == 1
    assert rep.totals["admitted"] == sum(u.summary["admitted"] for u in upts) + 2
    row = next(u for u in rep.upts if u.code == upts[1].code)
    assert (row.state, row.revision, row.word, row.packages) == \
        ("perbaikan", 1, "PERBAIKAN KE-1", 3)


def _bad_packages(upts: list[UptSide]) -> dict[str, tuple[bytes, str]]:
    good = upts[0].package.read_bytes()
    members = _members(good)
    tampered_data = dict(members)
    data = json.loads(members["data.json"])
    data["summary"]["admitted"] += 5
    tampered_data["data.json"] = json.dumps(data).encode()
    tampered_manifest = dict(members)
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["data.json"] = "0" * 64
    tampered_manifest["manifest.json"] = json.dumps(manifest).encode()
    pdf_name = next(n for n in members if n.endswith(".pdf"))
    tampered_pdf = dict(members, **{pdf_name: members[pdf_name] + b"%"})
    extra = dict(members, **{"extra.txt": b"halo"})

    def wrong_schema(d: dict[str, Any]) -> None:
        del d["summary"]["admitted"]

    return {
        "tampered-data": (_zip(tampered_data), "checksum data.json"),
        "tampered-manifest": (_zip(tampered_manifest), "tanda tangan"),
        "tampered-pdf": (_zip(tampered_pdf), "checksum laporan"),
        "extra-member": (_zip(extra), "di luar manifest"),
        "truncated": (good[: len(good) // 2], "terpotong"),
        "empty": (b"", "terpotong"),
        "foreign-zip": (_zip({"data.json": b"{}"}), "manifest.json tidak ada"),
        "text-file": (b"Laporan bulanan Oktober\n", "terpotong"),
        "wrong-schema": (_resigned(upts[0], wrong_schema), "tidak sesuai skema"),
        "other-key": (_resigned(upts[0], lambda d: None, secret=b"k" * 32),
                      "kunci yang berbeda"),
    }


def test_bad_packages_are_refused_and_nothing_is_written(
        upts: list[UptSide], province: tuple[Database, Actor], tmp_path: Path) -> None:
    db, actor = province
    receive_packages(db, actor, [upts[0].package])
    before = _counts(db)
    for label, (content, reason) in _bad_packages(upts).items():
        path = tmp_path / f"{label}.jsscpkg"
        path.write_bytes(content)
        done, refused = receive_packages(db, actor, [path])
        assert done == [], label
        assert len(refused) == 1 and reason in refused[0], (label, refused)
        assert "ditolak" in refused[0] and "Tidak ada yang disimpan" in refused[0]
        assert _counts(db) == before, label
    # one bad file among good ones: the good ones are still received
    shutil.copy(upts[1].package, tmp_path / "good.jsscpkg")
    done, refused = receive_packages(db, actor, [tmp_path / "truncated.jsscpkg",
                                                 tmp_path / "good.jsscpkg"])
    assert [r.upt_code for r in done] == [upts[1].code] and len(refused) == 1


def test_receiving_needs_province_mode_and_the_right_role(
        upts: list[UptSide], db: Database) -> None:
    content = upts[0].package.read_bytes()
    with db.session() as s, pytest.raises(DomainError, match="bukan instalasi provinsi"):
        receive_one(s, Actor.system(), "a.jsscpkg", content)
    with db.session() as s:
        init_province(s, Actor.system())
    for role in ("staff", "head", "tutor"):
        with db.session() as s, pytest.raises(PermissionDenied):
            receive_one(s, Actor(None, role, role), "a.jsscpkg", content)
    with db.session() as s, pytest.raises(PermissionDenied):
        consolidate(s, Actor(None, "head", "head"), "monthly", PERIOD)


def test_schema_check_agrees_with_jsonschema(upts: list[UptSide]) -> None:
    """The program's own schema check and the reference library refuse the same data."""
    schema = fmt.load_schema()
    good = json.loads(_members(upts[0].package)["data.json"])
    cases: list[Any] = [good]
    for breaks in (lambda d: d.pop("summary"), lambda d: d["summary"].update(admitted=-1),
                   lambda d: d["summary"].update(admitted="7"),
                   lambda d: d["summary"].update(attendance_rate=1.5),
                   lambda d: d["status"].update(state="final"),
                   lambda d: d.update(nik="3573010101900001"),
                   lambda d: d["upt"].update(code="../etc"),
                   lambda d: d["sections"][0]["tables"][0]["rows"][0].pop("code"),
                   lambda d: d["sections"][0]["tables"][0].update(total=5),
                   lambda d: d.update(schema_version=1),
                   lambda d: d["province"]["tracks"][0]["months"][0].update(months=4),
                   lambda d: d["province"]["tracks"][0]["income_bands"].append(-1),
                   lambda d: d.pop("province")):
        bad = json.loads(json.dumps(good))
        breaks(bad)
        cases.append(bad)
    for i, case in enumerate(cases):
        ours = fmt.validate(case, schema)
        theirs = list(jsonschema.Draft202012Validator(schema).iter_errors(case))
        assert bool(ours) == bool(theirs), (i, ours, theirs)
        assert bool(ours) == (i > 0), i


def test_package_data_needs_a_upt_code(upts: list[UptSide]) -> None:
    db = Database(str(upts[0].path))
    with db.read_session() as s:
        data = build_dataset(s, parse_period_for_kind("monthly", PERIOD), today=TODAY).to_dict()
    db.dispose()
    data["profile"]["code"] = " "
    with pytest.raises(ValidationError, match="Kode UPT"):
        package_data(data)


def test_command_line_package_receive_report(upts: list[UptSide], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``report package`` (signed in as the Kepala UPT), ``province init``, ``province receive``
    and ``province report`` as a user runs them; the XLSX is read back number by number."""
    from openpyxl import load_workbook

    from jssc_desktop.cli import main
    from jssc_desktop.services.demo.data import DEMO_USERS

    upt_db = tmp_path / "upt.sqlite3"
    assert main(["--db", str(upt_db), "demo", "--clients", "40", "--years", "1", "--seed", "4",
                 "--today", "2026-11-23", "--quiet"]) == 0
    passwords = {user: pw for user, pw, _role in DEMO_USERS}
    monkeypatch.setenv("JSSC_PASSWORD", passwords["tutor"])
    assert main(["--db", str(upt_db), "report", "package", "monthly", PERIOD, "--out",
                 str(tmp_path / "out"), "--as", "tutor"]) == 1
    assert "tidak berhak membuat paket" in capsys.readouterr().err
    monkeypatch.setenv("JSSC_PASSWORD", passwords["kepala"])
    assert main(["--db", str(upt_db), "report", "package", "monthly", PERIOD, "--out",
                 str(tmp_path / "out"), "--as", "kepala"]) == 0
    made = Path(capsys.readouterr().out.strip())
    made_code = upt_for_seed(4).code
    assert made.name == f"{made_code}_{PERIOD}.jsscpkg" and made.exists()

    prov = tmp_path / "prov.sqlite3"
    assert main(["--db", str(prov), "migrate"]) == 0
    assert main(["--db", str(prov), "province", "init"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Gerobak-Biru-Pelangi-77\n"))
    assert main(["--db", str(prov), "user", "add", "petugas", "--role", "admin",
                 "--password-stdin", "--no-change-required"]) == 0
    monkeypatch.setenv("JSSC_PASSWORD", "Gerobak-Biru-Pelangi-77")
    capsys.readouterr()
    files = [str(made), str(upts[1].package), str(upts[2].package)]
    assert main(["--db", str(prov), "province", "receive", *files, "--as", "petugas"]) == 0
    assert capsys.readouterr().out.count("diterima. Kunci UPT didaftarkan") == 3
    truncated = tmp_path / "rusak.jsscpkg"
    truncated.write_bytes(made.read_bytes()[:500])
    assert main(["--db", str(prov), "province", "receive", str(truncated), "--as",
                 "petugas"]) == 1
    assert "Paket rusak.jsscpkg ditolak" in capsys.readouterr().err
    assert main(["--db", str(prov), "province", "report", "monthly", PERIOD, "--format", "all",
                 "--out", str(tmp_path / "prov"), "--as", "petugas"]) == 0
    report = json.loads((tmp_path / "prov" / f"laporan-provinsi-monthly-{PERIOD}-sementara.json")
                        .read_text(encoding="utf-8"))
    sums = [json.loads(_members(Path(f))["data.json"])["summary"] for f in files]
    assert report["summary"]["admitted"] == sum(s["admitted"] for s in sums)
    assert len(report["upts"]) == 3 and len(report["not_sent"]) == len(vocabulary("upts")) - 3
    wb = load_workbook(tmp_path / "prov" / f"laporan-provinsi-monthly-{PERIOD}-sementara.xlsx")
    cells = {r[0]: r[2] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    for key in ("clients_start", "admitted", "discharged", "clients_end", "graduates"):
        assert cells[key] == sum(s[key] for s in sums), key
    per_upt = {r[0]: r for r in wb["Per UPT"].iter_rows(min_row=2, values_only=True)}
    assert set(per_upt) == {made_code, upts[1].code, upts[2].code}
    assert per_upt[upts[1].code][5] == sums[1]["admitted"]


def test_an_approved_period_sends_its_archive(tmp_path: Path) -> None:
    """An approved period's package carries the archived PDF and XLSX byte for byte and the
    approved figures, with status DISETUJUI."""
    import hashlib

    from jssc_desktop.reports.approval import approve_period
    from jssc_desktop.storage.models import PeriodReport

    db = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(db)
    build_demo(db, clients=40, years=1, seed=4, today=TODAY)
    with db.session() as s:
        head = s.execute(select(User).where(User.role == "head")).scalars().one()
        actor = Actor(head.id, head.username, "head", head.full_name)
        approve_period(s, actor, "monthly", PERIOD, today=TODAY)
    path = build_package(db, actor, "monthly", PERIOD, out_dir=tmp_path, today=TODAY)
    with db.read_session() as s:
        row = s.execute(select(PeriodReport)).scalars().one()
        archived = {"pdf": row.pdf_sha256, "xlsx": row.xlsx_sha256}
        approved_summary = dict(row.dataset["summary"])
    db.dispose()
    members = _members(path)
    data = json.loads(members["data.json"])
    jsonschema.validate(data, fmt.load_schema())
    assert data["status"]["state"] == "disetujui" and data["status"]["word"] == "DISETUJUI"
    assert data["summary"]["admitted"] == approved_summary["admitted"]
    for ext, digest in archived.items():
        name = f"laporan-bulanan-{PERIOD}-disetujui.{ext}"
        assert hashlib.sha256(members[name]).hexdigest() == digest
