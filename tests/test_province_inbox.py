"""The province window's use cases (services/province_inbox.py) on SQLite and PostgreSQL: a UPT's
first key is registered only with its fingerprint confirmed, and nothing is written otherwise; a
package signed by another key is refused; each file of a batch in its own transaction; the PDF of
a received package for the drill-down; late UPTs after the due date.

Packages are real, built from demo UPT databases (SQLite files)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from jssc_desktop.domain.errors import (
    ConfirmationRequired,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from jssc_desktop.domain.vocab import vocabulary
from jssc_desktop.services.base import Actor
from jssc_desktop.services.province import init_province
from jssc_desktop.services.province_inbox import (
    DUE_DAYS,
    describe_package,
    inspect_incoming,
    package_file,
    province_status,
    receive_confirmed,
    receive_files,
)
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, ProvincePackage, ProvinceUptKey, User

TODAY = date(2026, 11, 23)
PERIOD = "2026-10"
CODE = "PSBR-JOMBANG"  # a UPT of the list (vocabularies.json upts)


def _head(db: Database) -> Actor:
    with db.session() as s:
        u = s.execute(select(User).where(User.role == "head")).scalars().first()
        assert u is not None
        return Actor(u.id, u.username, u.role, u.full_name)


@pytest.fixture(scope="module")
def pkgs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``own``: the UPT's October package; ``other_key``: a package for the same UPT code from
    another installation (another signing key)."""
    from jssc_desktop.reports.package import build_package
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.storage import audit_key
    from jssc_desktop.storage.migrate import upgrade

    names = {t.code: t.name for t in vocabulary("upts")}
    base = tmp_path_factory.mktemp("inbox")
    out: dict[str, Path] = {}
    for label, seed in (("own", 1), ("other_key", 2)):
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("JSSC_DATA_DIR", str(base / f"data-{label}"))  # its own secret
            audit_key.forget_cache()
            db = Database(str(base / f"{label}.sqlite3"))
            upgrade(db)
            build_demo(db, clients=40, years=1, seed=seed, today=TODAY)
            with db.session() as s:
                s.execute(text("UPDATE upt_profile SET code = :c, name = :n"),
                          {"c": CODE, "n": names[CODE]})
            out[label] = build_package(db, _head(db), "monthly", PERIOD,
                                       out_dir=base / label, today=TODAY)
            db.dispose()
        audit_key.forget_cache()
    return out


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    """A new province installation, then one user per role (UPT roles too, to be refused)."""
    from tests.conftest import _make_actors

    with db.session() as s:
        init_province(s, Actor.system())
    return _make_actors(db)


@pytest.fixture
def province(people: dict[str, Actor]) -> Actor:
    return people["admin"]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (s.execute(select(func.count(ProvincePackage.id))).scalar_one(),
                s.execute(select(func.count(ProvinceUptKey.id))).scalar_one(),
                s.execute(select(func.count(AuditLog.id)).where(
                    AuditLog.action.like("province.%"))).scalar_one())


def test_describe_says_what_a_package_holds(pkgs: dict[str, Path]) -> None:
    info = describe_package(pkgs["own"].name, pkgs["own"].read_bytes())
    assert (info.upt_code, info.kind, info.period, info.state, info.word) == \
        (CODE, "monthly", PERIOD, "sementara", "SEMENTARA")
    assert info.file_name == f"{CODE}_{PERIOD}.jsscpkg"
    assert "data.json" in info.members and any(m.endswith(".pdf") for m in info.members)
    assert len(info.fingerprint) > 10
    with pytest.raises(ValidationError, match="ditolak"):
        describe_package("rusak.jsscpkg", pkgs["own"].read_bytes()[:400])


def test_first_key_only_with_its_fingerprint_confirmed(db: Database, province: Actor,
                                                       pkgs: dict[str, Path]) -> None:
    name, content = pkgs["own"].name, pkgs["own"].read_bytes()
    before = _counts(db)
    with db.session() as s:
        info = inspect_incoming(s, province, name, content)
    assert (info.key_state, info.duplicate) == ("baru", False)
    for confirmed in (None, {CODE: "00:11:22"}, {"LAIN": info.fingerprint}):
        with pytest.raises(ConfirmationRequired, match=info.fingerprint), db.session() as s:
            receive_confirmed(s, province, name, content, confirmed=confirmed)
        assert _counts(db) == before  # nothing written, not even an audit row
    with db.session() as s:
        done = receive_confirmed(s, province, name, content,
                                 confirmed={CODE: info.fingerprint})
    assert done.outcome == "baru" and done.key_registered
    assert _counts(db)[:2] == (1, 1)
    with db.session() as s:
        again = inspect_incoming(s, province, name, content)
        assert (again.key_state, again.duplicate) == ("terdaftar", True)
        # a known key needs no confirmation; the same file changes nothing
        assert receive_confirmed(s, province, name, content).outcome == "sama"
    assert _counts(db)[:2] == (1, 1)


def test_another_key_for_a_registered_upt_is_refused(db: Database, province: Actor,
                                                     pkgs: dict[str, Path]) -> None:
    own = describe_package(pkgs["own"].name, pkgs["own"].read_bytes())
    out = receive_files(db, province, [(pkgs["own"].name, pkgs["own"].read_bytes())],
                        confirmed={CODE: own.fingerprint})
    assert out[0].received is not None
    other = pkgs["other_key"].read_bytes()
    with db.session() as s:
        assert inspect_incoming(s, province, "lain.jsscpkg", other).key_state == "berbeda"
    before = _counts(db)
    out = receive_files(db, province, [("lain.jsscpkg", other)],
                        confirmed={CODE: describe_package("x", other).fingerprint})
    assert out[0].received is None and "kunci yang berbeda" in out[0].refusal
    assert _counts(db) == before


def test_a_batch_receives_each_file_alone(db: Database, province: Actor,
                                          pkgs: dict[str, Path]) -> None:
    content = pkgs["own"].read_bytes()
    members = {}
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["data.json"] = members["data.json"].replace(b'"admitted":', b'"admitted":9')
    assert b'"admitted":9' in members["data.json"]  # the figure was changed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, c in members.items():
            z.writestr(n, c)
    fp = describe_package("a", content).fingerprint
    out = receive_files(db, province, [("diubah.jsscpkg", buf.getvalue()),
                                       (pkgs["own"].name, content),
                                       ("kosong.jsscpkg", b"")],
                        confirmed={CODE: fp})
    assert [o.received is not None for o in out] == [False, True, False]
    assert "checksum" in out[0].refusal or "tanda tangan" in out[0].refusal
    unconfirmed = receive_files(db, province, [(pkgs["other_key"].name,
                                                pkgs["other_key"].read_bytes())])
    assert unconfirmed[0].received is None
    assert _counts(db)[:2] == (1, 1)


def test_a_checked_file_is_received_without_checking_it_again(
        db: Database, province: Actor, pkgs: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window checked and showed is recorded after hashing the file again only; a
    file whose bytes changed since is refused and nothing is written."""
    from jssc_desktop.services import package_format as fmt
    from jssc_desktop.services.province import receive_one
    from jssc_desktop.services.province_inbox import check_incoming

    name, content = pkgs["own"].name, pkgs["own"].read_bytes()
    other = pkgs["other_key"].read_bytes()  # a valid package of the same UPT code
    with db.read_session() as s:
        checked = check_incoming(s, province, name, content)
    assert checked.info.key_state == "baru" and checked.package.sha256 == \
        hashlib.sha256(content).hexdigest()
    opened: list[str] = []
    real = fmt.open_package
    monkeypatch.setattr(fmt, "open_package", lambda n, c: opened.append(n) or real(n, c))
    known = [checked.package]
    confirmed = {CODE: checked.info.fingerprint}
    before = _counts(db)
    out = receive_files(db, province, [(name, other)], confirmed=confirmed, checked=known)
    assert out[0].received is None and "berubah setelah diperiksa" in out[0].refusal
    with pytest.raises(ValidationError, match="berubah setelah diperiksa"), db.session() as s:
        receive_one(s, province, name, other, package=checked.package)
    with pytest.raises(ValidationError, match="berubah setelah diperiksa"), db.session() as s:
        receive_confirmed(s, province, name, other, confirmed=confirmed,
                          package=checked.package)
    assert _counts(db) == before
    out = receive_files(db, province, [(name, content)], confirmed=confirmed, checked=known)
    assert out[0].received is not None and out[0].received.outcome == "baru"
    assert opened == []  # recorded without a second check
    with db.session() as s:
        row = s.execute(select(ProvincePackage)).scalars().one()
        assert bytes(row.content) == content and row.sha256 == checked.package.sha256
        assert row.upt_code == checked.info.upt_code and row.period == checked.info.period
    # without ``checked`` every file is checked as before
    receive_files(db, province, [(name, content)], confirmed=confirmed)
    assert opened == [name]


def test_drill_down_pdf_and_late_upts(db: Database, province: Actor,
                                      pkgs: dict[str, Path]) -> None:
    content = pkgs["own"].read_bytes()
    fp = describe_package("a", content).fingerprint
    receive_files(db, province, [(pkgs["own"].name, content)], confirmed={CODE: fp})
    with db.session() as s:
        name, pdf = package_file(s, province, CODE, "monthly", PERIOD, ".pdf")
        assert name.endswith(".pdf") and pdf[:5] == b"%PDF-"
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            assert pdf == z.read(name)
        with pytest.raises(NotFoundError):
            package_file(s, province, "RSBN-MALANG", "monthly", PERIOD, ".pdf")
        known = len(vocabulary("upts"))
        in_time = province_status(s, province, "monthly", PERIOD, today=date(2026, 11, 5))
        assert DUE_DAYS == 10 and in_time.due == date(2026, 11, 10)
        assert (len(in_time.late), len(in_time.waiting)) == (0, known - 1)
        late = province_status(s, province, "monthly", PERIOD, today=TODAY)
        assert (len(late.late), len(late.waiting)) == (known - 1, 0)
        assert [u.code for u in late.report.upts] == [CODE]


def test_staff_and_tutor_may_not_receive(db: Database, people: dict[str, Actor],
                                         pkgs: dict[str, Path]) -> None:
    actors = people
    content = pkgs["own"].read_bytes()
    for role in ("staff", "tutor", "head"):
        with pytest.raises(PermissionDenied), db.session() as s:
            inspect_incoming(s, actors[role], "a.jsscpkg", content)
        with pytest.raises(PermissionDenied):
            receive_files(db, actors[role], [("a.jsscpkg", content)])
    assert _counts(db) == (0, 0, 1)  # only province.init
