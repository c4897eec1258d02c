"""Receiving many packages at once, as fast as the province needs (``benchmarks/bench_province.py``)
and with every check still made on every package.

- The compiled schema check answers like the interpreter that names the faults, on hundreds of
  broken variants of a real package (and like the reference ``jsonschema`` on a share of them).
- A package's PDF and XLSX travel uncompressed in the zip; a changed byte in them is still found.
- One batch applies every rule in file order: a UPT's first key registered, the same file twice,
  another key refused with nothing written, a correction and an older package; the audit chain
  stays whole (on SQLite and the live PostgreSQL server).
- What the province keeps of each package's data gives the same report as the whole data.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import func, select, update

from jssc_desktop.services import package_format as fmt
from jssc_desktop.services import package_schema
from jssc_desktop.services.base import Actor
from jssc_desktop.services.province import consolidate, init_province, receive_packages
from jssc_desktop.storage import audit_chain
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, ProvincePackage, ProvinceUptKey, User
from tests.province_helpers import DemoUpt, three_upts

PERIOD = "2026-10"


@pytest.fixture(scope="module")
def upts(tmp_path_factory: pytest.TempPathFactory) -> list[DemoUpt]:
    return three_upts(tmp_path_factory.getbasetemp() / "three-upts")


def _package(upt: DemoUpt) -> Path:
    return upt.packages[("monthly", PERIOD)]


def _members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _paths(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [where]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*where, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*where, i))
    return out


def _broken(good: dict[str, Any], path: tuple[Any, ...], how: str) -> dict[str, Any]:
    data = json.loads(json.dumps(good))
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if how == "drop":
        del parent[last]
    elif how == "extra":
        target = parent[last]
        if isinstance(target, dict):
            target["tambahan"] = 1
        elif isinstance(target, list):
            target.append({"tambahan": 1})
    else:
        parent[last] = {"null": None, "text": "x", "negative": -1, "fraction": 1.5,
                        "bool": True, "list": [], "object": {}, "long": "x" * 300}[how]
    return data


def test_compiled_schema_check_agrees_with_the_interpreter(upts: list[DemoUpt]) -> None:
    schema = fmt.load_schema()
    good = json.loads(_members(_package(upts[0]).read_bytes())["data.json"])
    check = package_schema.compiled(schema)
    assert check(good) and package_schema.problems(good, schema) == []
    assert fmt.validate(good, schema) == []
    rng = random.Random(15)
    paths = [p for p in _paths(good) if p]
    ways = ("drop", "extra", "null", "text", "negative", "fraction", "bool", "list", "object",
            "long")
    reference = jsonschema.Draft202012Validator(schema)
    refused = 0
    for n, path in enumerate(rng.sample(paths, min(len(paths), 400))):
        case = _broken(good, path, rng.choice(ways))
        found = package_schema.problems(case, schema)
        assert check(case) == (not found), (path, found)
        assert fmt.validate(case, schema) == found
        refused += bool(found)
        if n % 8 == 0:
            assert bool(found) == bool(list(reference.iter_errors(case))), (path, found)
    assert refused > 100  # most changes break the schema; the rest must be accepted by both


def test_pdf_and_xlsx_travel_uncompressed_and_are_still_checked(upts: list[DemoUpt]) -> None:
    raw = _package(upts[0]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        kinds = {i.filename.rsplit(".", 1)[-1]: i.compress_type for i in z.infolist()}
        pdf = next(i for i in z.infolist() if i.filename.endswith(".pdf"))
    assert kinds["pdf"] == kinds["xlsx"] == zipfile.ZIP_STORED
    assert kinds["json"] == zipfile.ZIP_DEFLATED
    # one byte in the middle of the stored PDF, changed in place inside the zip
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        z.open(pdf).close()
    start = pdf.header_offset + 30 + len(pdf.filename.encode()) + len(pdf.extra)
    spot = start + pdf.compress_size // 2
    changed = raw[:spot] + bytes([raw[spot] ^ 0x20]) + raw[spot + 1:]
    with pytest.raises(fmt.ValidationError, match="terpotong/rusak"):
        fmt.open_package("ubah.jsscpkg", changed)
    fmt.open_package("asli.jsscpkg", raw)


@pytest.fixture
def province(db: Database) -> tuple[Database, Actor]:
    with db.session() as s:
        user = User(username="petugas", full_name="Petugas Provinsi", role="admin",
                    password_hash="x", must_change_password=False)
        s.add(user)
        s.flush()
        actor = Actor(user.id, "petugas", "admin", "Petugas Provinsi")
        init_province(s, actor)
    return db, actor


def _again(upt: DemoUpt, *, seconds: int, secret: bytes | None = None,
           admitted: int = 0) -> bytes:
    members = _members(_package(upt).read_bytes())
    data = json.loads(members["data.json"])
    data["made_at"] = (datetime.fromisoformat(data["made_at"])
                       + timedelta(seconds=seconds)).isoformat()
    data["summary"]["admitted"] += admitted
    files = [(n, c) for n, c in members.items() if n.endswith((".pdf", ".xlsx"))]
    return fmt.build_zip(data, files, secret or upt.secret)


def test_one_batch_applies_every_rule_in_file_order(
        upts: list[DemoUpt], province: tuple[Database, Actor], tmp_path: Path) -> None:
    db, actor = province
    a, b = upts[0], upts[1]
    files = {
        "1-a.jsscpkg": _package(a).read_bytes(),
        "2-a-lagi.jsscpkg": _package(a).read_bytes(),
        "3-b.jsscpkg": _package(b).read_bytes(),
        "4-b-kunci-lain.jsscpkg": _again(b, seconds=120, secret=b"z" * 32, admitted=9),
        "5-a-koreksi.jsscpkg": _again(a, seconds=60, admitted=2),
        "6-a-lama.jsscpkg": _again(a, seconds=-60, admitted=5),
        "7-rusak.jsscpkg": _package(a).read_bytes()[:999],
    }
    paths = []
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        paths.append(tmp_path / name)
    done, refused = receive_packages(db, actor, paths)
    assert [(r.file_name, r.outcome, r.key_registered) for r in done] == [
        ("1-a.jsscpkg", "baru", True), ("2-a-lagi.jsscpkg", "sama", False),
        ("3-b.jsscpkg", "baru", True), ("5-a-koreksi.jsscpkg", "pengganti", False),
        ("6-a-lama.jsscpkg", "lama", False)]
    assert len(refused) == 2
    assert "4-b-kunci-lain.jsscpkg" in refused[0] and "kunci yang berbeda" in refused[0]
    assert "7-rusak.jsscpkg" in refused[1] and "Tidak ada yang disimpan" in refused[1]
    with db.read_session() as s:
        rows = s.execute(select(ProvincePackage.file_name, ProvincePackage.id,
                                ProvincePackage.superseded_by)
                         .order_by(ProvincePackage.id)).all()
        keys = s.execute(select(func.count(ProvinceUptKey.id))).scalar_one()
        actions = s.execute(select(AuditLog.action, AuditLog.entity_id)
                            .where(AuditLog.action.like("province.%"))
                            .order_by(AuditLog.id)).all()
        result = audit_chain.verify(s)
        rep = consolidate(s, actor, "monthly", PERIOD)
    by_name = {r.file_name: r for r in rows}
    assert set(by_name) == {"1-a.jsscpkg", "3-b.jsscpkg", "5-a-koreksi.jsscpkg",
                            "6-a-lama.jsscpkg"}
    assert by_name["1-a.jsscpkg"].superseded_by == by_name["5-a-koreksi.jsscpkg"].id
    assert by_name["6-a-lama.jsscpkg"].superseded_by == by_name["5-a-koreksi.jsscpkg"].id
    assert by_name["5-a-koreksi.jsscpkg"].superseded_by is None
    assert keys == 2
    assert [act for act, _ in actions] == [
        "province.init", "province.key_register", "province.receive", "province.key_register",
        "province.receive", "province.receive", "province.receive"]
    assert [e for act, e in actions if act == "province.receive"] == [
        by_name[n].id for n in ("1-a.jsscpkg", "3-b.jsscpkg", "5-a-koreksi.jsscpkg",
                                "6-a-lama.jsscpkg")]
    assert result.ok, result.problem
    assert rep.totals["admitted"] == a.summaries[("monthly", PERIOD)]["admitted"] + 2 \
        + b.summaries[("monthly", PERIOD)]["admitted"]


def test_the_kept_figures_give_the_report_of_the_whole_data(
        upts: list[DemoUpt], province: tuple[Database, Actor]) -> None:
    db, actor = province
    done, refused = receive_packages(db, actor, [_package(u) for u in upts])
    assert refused == [] and len(done) == 3
    with db.read_session() as s:
        kept = consolidate(s, actor, "monthly", PERIOD)
        stored = s.execute(select(ProvincePackage.id, ProvincePackage.content,
                                  ProvincePackage.data)).all()
    for row in stored:
        whole = json.loads(_members(row.content)["data.json"])
        assert len(json.dumps(row.data)) < len(json.dumps(whole)) / 3
        assert {k: v for k, v in whole.items() if k != "sections"} == \
            {k: v for k, v in row.data.items() if k != "sections"}
    with db.session() as s:  # as an earlier version kept them: the whole data.json
        for row in stored:
            s.execute(update(ProvincePackage).where(ProvincePackage.id == row.id).values(
                data=json.loads(_members(row.content)["data.json"])))
    with db.read_session() as s:
        whole_rep = consolidate(s, actor, "monthly", PERIOD)
    for name in ("totals", "tracks", "tracks_by_upt", "origin", "facility", "v1_upts",
                 "unknown_upts"):
        assert getattr(kept, name) == getattr(whole_rep, name), name
    assert [(u.code, u.summary, u.word) for u in kept.upts] == \
        [(u.code, u.summary, u.word) for u in whole_rep.upts]
    assert sum(t["graduates"] for t in kept.tracks) > 0 and kept.origin


def test_two_officers_receiving_the_same_files_at_once(
        upts: list[DemoUpt], province: tuple[Database, Actor], tmp_path: Path) -> None:
    """Two receivers started together with the same delivery (and each with a correction of
    the other's UPT): every file is kept once, each UPT's key once, one latest package per UPT
    and period (the newest), and the audit chain stays whole."""
    import threading

    db, actor = province
    a, b = upts[0], upts[1]
    fix_a, fix_b = tmp_path / "a-koreksi.jsscpkg", tmp_path / "b-koreksi.jsscpkg"
    fix_a.write_bytes(_again(a, seconds=60, admitted=3))
    fix_b.write_bytes(_again(b, seconds=60, admitted=4))
    deliveries = [[_package(a), _package(b), fix_b], [_package(b), _package(a), fix_a]]
    results: list[Any] = [None, None]
    start = threading.Barrier(2)

    def officer(n: int) -> None:
        start.wait()
        try:
            results[n] = receive_packages(db, actor, deliveries[n])
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[n] = exc

    threads = [threading.Thread(target=officer, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(isinstance(r, tuple) for r in results), results
    outcomes: dict[str, list[str]] = {}
    for done, refused in results:
        assert refused == []
        for r in done:
            outcomes.setdefault(r.file_name, []).append(r.outcome)
    for name in (_package(a).name, _package(b).name):
        assert sorted(outcomes[name]) in (["baru", "sama"], ["pengganti", "sama"],
                                          ["lama", "sama"]), outcomes
    with db.read_session() as s:
        rows = s.execute(select(ProvincePackage.upt_code, ProvincePackage.file_name,
                                ProvincePackage.superseded_by)).all()
        keys = s.execute(select(ProvinceUptKey.upt_code)).scalars().all()
        result = audit_chain.verify(s)
        rep = consolidate(s, actor, "monthly", PERIOD)
    assert len(rows) == 4 and sorted(keys) == sorted({a.code, b.code})
    latest = {r.upt_code: r.file_name for r in rows if r.superseded_by is None}
    assert latest == {a.code: fix_a.name, b.code: fix_b.name}
    assert result.ok, result.problem
    assert rep.totals["admitted"] == a.summaries[("monthly", PERIOD)]["admitted"] + 3 \
        + b.summaries[("monthly", PERIOD)]["admitted"] + 4


def test_receiving_pauses_the_collector_and_restores_its_state(
        upts: list[DemoUpt], province: tuple[Database, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No automatic collection while packages are checked; afterwards the collector is as it
    was: on again when it was on (also after a refusal or an error), still off where the
    window keeps it off."""
    import gc

    from jssc_desktop.services import province as province_mod

    db, actor = province
    path = tmp_path / "a.jsscpkg"
    path.write_bytes(_package(upts[0]).read_bytes())
    broken = tmp_path / "rusak.jsscpkg"
    broken.write_bytes(b"bukan zip")
    seen: list[bool] = []
    real_open = fmt.open_package

    def watching(name: str, content: bytes) -> fmt.OpenedPackage:
        seen.append(gc.isenabled())
        return real_open(name, content)

    monkeypatch.setattr(province_mod.fmt, "open_package", watching)
    was_on = gc.isenabled()
    gc.enable()
    try:
        done, refused = receive_packages(db, actor, [path, broken])
        assert [r.outcome for r in done] == ["baru"] and len(refused) == 1
        assert seen == [False, False] and gc.isenabled()
        with pytest.raises(TypeError):
            receive_packages(db, actor, [path, 3])  # type: ignore[list-item]
        assert gc.isenabled()
        gc.disable()
        receive_packages(db, actor, [path])
        assert not gc.isenabled()
    finally:
        (gc.enable if was_on else gc.disable)()
