"""The province installation (Dinas Sosial Provinsi Jawa Timur): receiving the UPTs' period
packages and consolidating them.

- :func:`init_province` puts a new database in province mode (setting ``installation_mode``).
- :func:`receive_packages` checks each file completely (``package_format.open_package``), then
  records it in one transaction per file: a UPT's public key is registered from its first package
  and a package signed by another key is refused; the same file twice changes nothing; a package
  of a UPT, kind and period made later than the one kept supersedes it (both are kept).
- :func:`consolidate` gives the province picture of a period from the latest package of each
  UPT: the summary keys summed, one row per UPT, the UPTs that have not sent (``upts`` in
  ``vocabularies.json``), and track effectiveness (table 6.4) and clients by origin (table 3.3)
  across UPTs.

Permissions (``services/base.py``): the administrator and the province officer receive
(``province.receive``); they and the province head make the report (``province.report``); only
the province head approves it (``province.approve``, ``reports/province_approval.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import DomainError, ValidationError
from ..domain.periods import parse_period_for_kind
from ..domain.vocab import vocabulary
from ..storage.models import Client, ProvincePackage, ProvinceUptKey, Setting, User
from . import package_format as fmt
from .base import HEAD, STAFF, TUTOR, Actor, audit, require

MODE_KEY = "installation_mode"
PROVINCE = "province"

#: Summary keys added up across UPTs; rates are recomputed from their parts.
SUMMED = ("clients_start", "admitted", "discharged", "clients_end", "graduates",
          "attendance_present", "attendance_recorded", "followup_graduates", "earning",
          "capacity")


def is_province(session: Session) -> bool:
    row = session.get(Setting, MODE_KEY)
    return row is not None and row.value == PROVINCE


def _require_province(session: Session) -> None:
    if not is_province(session):
        raise DomainError("Basis data ini bukan instalasi provinsi. Siapkan basis data baru "
                          "dengan 'jssc-desktop province init'.")


def init_province(session: Session, actor: Actor) -> bool:
    """Province mode on a new database; False when it already was. A database that holds a
    UPT's clients is refused."""
    if is_province(session):
        return False
    if session.execute(select(func.count(Client.id))).scalar_one():
        raise DomainError("Basis data ini berisi data klien UPT; mode provinsi hanya untuk "
                          "basis data baru.")
    upt_users = session.execute(select(func.count(User.id)).where(
        User.role.in_((STAFF, TUTOR, HEAD)))).scalar_one()
    if upt_users:
        raise DomainError("Basis data ini sudah memiliki pengguna UPT (staf, tutor atau kepala "
                          "UPT); mode provinsi hanya untuk basis data baru.")
    session.add(Setting(key=MODE_KEY, value=PROVINCE))
    audit(session, actor, "province.init", "settings", None, after={MODE_KEY: PROVINCE})
    return True


# ---------------------------------------------------------------------------------- receiving


@dataclass(frozen=True)
class Received:
    file_name: str
    upt_code: str
    upt_name: str
    kind: str
    period: str
    outcome: str            # baru | pengganti | lama | sama
    key_registered: bool
    fingerprint: str

    @property
    def message(self) -> str:
        what = {"baru": "diterima",
                "pengganti": "diterima, menggantikan paket sebelumnya",
                "lama": "diterima sebagai paket lama (sudah ada paket yang lebih baru)",
                "sama": "sudah pernah diterima; tidak ada yang berubah"}[self.outcome]
        text = f"{self.file_name}: {self.upt_name} ({self.upt_code}) {self.period} {what}."
        if self.key_registered:
            text += f" Kunci UPT didaftarkan: {self.fingerprint}."
        return text


def _made_at(pkg: fmt.OpenedPackage) -> datetime:
    return datetime.fromisoformat(str(pkg.data["made_at"])[:19])


def receive_one(session: Session, actor: Actor, file_name: str, content: bytes) -> Received:
    """Check and record one package in the caller's transaction (see the module docstring)."""
    require(actor, "province.receive")
    _require_province(session)
    pkg = fmt.open_package(file_name, content)
    parse_period_for_kind(pkg.kind, pkg.period)
    key = session.execute(select(ProvinceUptKey).where(ProvinceUptKey.upt_code == pkg.upt_code)
                          ).scalar_one_or_none()
    registered = False
    if key is None:
        key = ProvinceUptKey(upt_code=pkg.upt_code, upt_name=pkg.upt_name,
                             public_key=pkg.public_key, registered_at=datetime.now(),
                             registered_by=actor.user_id)
        session.add(key)
        session.flush()
        audit(session, actor, "province.key_register", "province_upt_key", key.id,
              after={"upt_code": pkg.upt_code, "fingerprint": fmt.fingerprint(pkg.public_key)})
        registered = True
    elif key.public_key != pkg.public_key:
        raise ValidationError(
            f"Paket {file_name} ditolak: ditandatangani kunci yang berbeda dengan kunci "
            f"terdaftar {pkg.upt_name} ({pkg.upt_code}) (terdaftar "
            f"{fmt.fingerprint(key.public_key)}, paket {fmt.fingerprint(pkg.public_key)}). "
            "Tidak ada yang disimpan.", "paket")
    seen = session.execute(select(ProvincePackage.id).where(
        ProvincePackage.sha256 == pkg.sha256)).scalar_one_or_none()
    result = Received(file_name, pkg.upt_code, pkg.upt_name, pkg.kind, pkg.period, "sama",
                      registered, fmt.fingerprint(pkg.public_key))
    if seen is not None:
        return result
    made_at = _made_at(pkg)
    current = session.execute(select(ProvincePackage).where(
        ProvincePackage.upt_code == pkg.upt_code, ProvincePackage.kind == pkg.kind,
        ProvincePackage.period == pkg.period, ProvincePackage.superseded_by.is_(None))
        .with_for_update()).scalar_one_or_none()
    status = pkg.data["status"]
    row = ProvincePackage(
        upt_code=pkg.upt_code, kind=pkg.kind, period=pkg.period, state=status["state"],
        revision=int(status["revision"]), made_at=made_at, received_at=datetime.now(),
        received_by=actor.user_id, sha256=pkg.sha256, file_name=Path(file_name).name[:200],
        data=pkg.data, content=content)
    session.add(row)
    session.flush()
    outcome = "baru"
    if current is not None:
        if current.made_at <= made_at:
            current.superseded_by = row.id
            outcome = "pengganti"
        else:
            row.superseded_by = current.id
            outcome = "lama"
    audit(session, actor, "province.receive", "province_package", row.id,
          after={"upt_code": pkg.upt_code, "kind": pkg.kind, "period": pkg.period,
                 "state": row.state, "revision": row.revision, "sha256": pkg.sha256,
                 "outcome": outcome})
    return Received(file_name, pkg.upt_code, pkg.upt_name, pkg.kind, pkg.period, outcome,
                    registered, result.fingerprint)


def receive_packages(db: Any, actor: Actor, paths: Iterable[Path | str]
                     ) -> tuple[list[Received], list[str]]:
    """Receive files one by one, each in its own transaction: (received, refusals). A refused
    file writes nothing; the others are still received."""
    require(actor, "province.receive")
    done: list[Received] = []
    refused: list[str] = []
    for path in paths:
        p = Path(path)
        try:
            content = p.read_bytes()
        except OSError as exc:
            refused.append(f"Paket {p.name} tidak dapat dibaca: {exc.strerror or exc}.")
            continue
        try:
            with db.session() as s:
                done.append(receive_one(s, actor, p.name, content))
        except ValidationError as exc:
            refused.append(exc.message)
    return done, refused


# ------------------------------------------------------------------------------ consolidation


@dataclass
class UptRow:
    code: str
    name: str
    sent: bool
    state: str = ""
    revision: int = 0
    word: str = ""
    received_at: datetime | None = None
    made_at: datetime | None = None
    packages: int = 0
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass
class ProvinceReport:
    kind: str
    period: str
    label: str
    made_at: datetime
    totals: dict[str, Any]
    upts: list[UptRow]
    missing: list[UptRow]
    tracks: list[dict[str, Any]]
    origin: list[dict[str, Any]]
    unknown_upts: list[str] = field(default_factory=list)
    tracks_by_upt: list[dict[str, Any]] = field(default_factory=list)


def _rate(num: Any, den: Any) -> float | None:
    return num / den if den else None


def _table(data: dict[str, Any], code: str) -> dict[str, Any] | None:
    for section in data.get("sections", []):
        for table in section.get("tables", []):
            if table.get("code") == code:
                return dict(table)
    return None


def _sum_table(packages: list[dict[str, Any]], code: str, keys: tuple[str, ...],
               *, by_upt: bool = False) -> list[dict[str, Any]]:
    """Rows of table ``code`` added up by row code across packages (and per UPT)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for data in packages:
        table = _table(data, code)
        if table is None:
            continue
        columns = [c["key"] for c in table["columns"]]
        for row in table["rows"]:
            upt = data["upt"]["code"] if by_upt else ""
            item = out.setdefault((upt, row["code"]), {"upt_code": upt, "code": row["code"],
                                                        "name": row["label"],
                                                        **{k: 0 for k in keys}})
            for k in keys:
                if k in columns:
                    value = row["values"][columns.index(k)]
                    item[k] += value if isinstance(value, (int, float)) else 0
    return sorted(out.values(), key=lambda r: (r["upt_code"], r["code"]))


def consolidate(session: Session, actor: Actor, kind: str, period_text: str) -> ProvinceReport:
    """The province picture of one period (see the module docstring)."""
    require(actor, "province.report")
    _require_province(session)
    period = parse_period_for_kind(kind, period_text)
    rows = list(session.execute(select(ProvincePackage).where(
        ProvincePackage.kind == period.kind, ProvincePackage.period == period.key)
        .order_by(ProvincePackage.upt_code, ProvincePackage.made_at)).scalars())
    latest = {r.upt_code: r for r in rows if r.superseded_by is None}
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.upt_code] = counts.get(r.upt_code, 0) + 1
    known = {t.code: t.name for t in vocabulary("upts")}
    upts: list[UptRow] = []
    for code, r in sorted(latest.items()):
        upts.append(UptRow(code, str(r.data["upt"]["name"]), True, r.state, r.revision,
                           str(r.data["status"]["word"]), r.received_at, r.made_at,
                           counts[code], dict(r.data["summary"])))
    missing = [UptRow(code, name, False) for code, name in known.items() if code not in latest]
    totals: dict[str, Any] = {k: sum(int(u.summary.get(k) or 0) for u in upts) for k in SUMMED}
    totals["attendance_rate"] = _rate(totals["attendance_present"],
                                      totals["attendance_recorded"])
    totals["earning_share"] = _rate(totals["earning"], totals["followup_graduates"])
    totals["occupancy"] = _rate(totals["clients_end"], totals["capacity"])
    totals["upts_sent"] = len(upts)
    totals["upts_known"] = len(known)
    packages = [r.data for r in latest.values()]
    effect = ("graduates", "followed_up", "working")
    tracks = _sum_table(packages, "6.4", effect)
    by_upt = _sum_table(packages, "6.4", effect, by_upt=True)
    for t in (*tracks, *by_upt):
        t["working_share"] = _rate(t["working"], t["followed_up"])
    origin = _sum_table(packages, "3.3", ("l", "p", "count"))
    return ProvinceReport(period.kind, period.key, period.label, datetime.now(), totals, upts,
                          missing, tracks, origin,
                          sorted(code for code in latest if code not in known), by_upt)
