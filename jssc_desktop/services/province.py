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

import dataclasses
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, defer

from ..domain.errors import DomainError, ValidationError
from ..domain.messages import msg
from ..domain.periods import parse_period_for_kind
from ..domain.vocab import vocabulary
from ..storage import audit_chain
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


def require_province(session: Session) -> None:
    if not is_province(session):
        raise DomainError(msg("Basis data ini bukan instalasi provinsi. Siapkan basis data baru "
                          "dengan 'jssc-desktop province init'."))


def init_province(session: Session, actor: Actor) -> bool:
    """Province mode on a new database; False when it already was. A database that holds a
    UPT's clients is refused."""
    if is_province(session):
        return False
    if session.execute(select(func.count(Client.id))).scalar_one():
        raise DomainError(msg("Basis data ini berisi data klien UPT; mode provinsi hanya untuk "
                          "basis data baru."))
    upt_users = session.execute(select(func.count(User.id)).where(
        User.role.in_((STAFF, TUTOR, HEAD)))).scalar_one()
    if upt_users:
        raise DomainError(msg("Basis data ini sudah memiliki pengguna UPT (staf, tutor atau kepala "
                          "UPT); mode provinsi hanya untuk basis data baru."))
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


#: The tables of a package the province report reads (``consolidate``).
CONSOLIDATED_TABLES = ("3.3", "6.4")


def figures(data: dict[str, Any]) -> dict[str, Any]:
    """What ``province_packages.data`` keeps of a package's ``data.json``: everything but the
    tables the province report does not read (the whole file stays in ``content``). The same
    shape as ``data.json``, so rows kept whole by earlier versions read the same way."""
    out = {k: v for k, v in data.items() if k != "sections"}
    out["sections"] = [
        {"code": sec["code"], "title": sec["title"],
         "tables": [t for t in sec["tables"] if t["code"] in CONSOLIDATED_TABLES]}
        for sec in data["sections"]
        if any(t["code"] in CONSOLIDATED_TABLES for t in sec["tables"])]
    return out


def _made_at(pkg: fmt.OpenedPackage) -> datetime:
    return datetime.fromisoformat(str(pkg.data["made_at"])[:19])


def receive_one(session: Session, actor: Actor, file_name: str, content: bytes, *,
                package: fmt.OpenedPackage | None = None) -> Received:
    """Check and record one package in the caller's transaction (see the module docstring).
    ``package``: the result of ``open_package`` for these very bytes, checked earlier (shown to
    the officer): then the file is only hashed again, and refused when its bytes are not the
    ones checked, so that nothing is recorded but what was checked and shown."""
    require(actor, "province.receive")
    require_province(session)
    pkg = fmt.open_package(file_name, content) if package is None else \
        fmt.same_package(file_name, content, package)
    (outcome,) = record_packages(session, actor, [(file_name, content, pkg)])
    if isinstance(outcome, ValidationError):
        raise outcome
    return outcome


Opened = tuple[str, bytes, fmt.OpenedPackage]


@dataclass
class _Current:
    """The latest package kept for a UPT, kind and period."""

    id: int
    made_at: datetime


def record_packages(session: Session, actor: Actor, items: list[Opened]
                    ) -> list[Received | ValidationError]:
    """Record packages already checked by ``open_package``, in order, in the caller's
    transaction: per item what was received, or the refusal (a key that is not the UPT's
    registered one, a period that does not fit its kind), for which nothing is written. The
    state every rule reads (registered keys, files already received, the latest package of
    each UPT and period) is read once for all the items, with the audit chain's head locked
    first, so that concurrent receivers wait for each other; the audit rows are appended in
    one go, in the same order as one by one."""
    require(actor, "province.receive")
    require_province(session)
    audit_chain.lock_head(session)
    codes = {pkg.upt_code for _, _, pkg in items}
    keys = {str(code): str(key) for code, key in session.execute(
        select(ProvinceUptKey.upt_code, ProvinceUptKey.public_key)
        .where(ProvinceUptKey.upt_code.in_(codes)))}
    seen = set(session.execute(select(ProvincePackage.sha256).where(
        ProvincePackage.sha256.in_([pkg.sha256 for _, _, pkg in items]))).scalars())
    current = {(str(r.upt_code), str(r.kind), str(r.period)): _Current(r.id, r.made_at)
               for r in session.execute(
                   select(ProvincePackage.id, ProvincePackage.upt_code, ProvincePackage.kind,
                          ProvincePackage.period, ProvincePackage.made_at)
                   .where(ProvincePackage.upt_code.in_(codes),
                          ProvincePackage.period.in_({pkg.period for _, _, pkg in items}),
                          ProvincePackage.superseded_by.is_(None)).with_for_update())}
    audits: list[dict[str, Any]] = []
    out: list[Received | ValidationError] = []
    for file_name, content, pkg in items:
        try:
            parse_period_for_kind(pkg.kind, pkg.period)
            registered = _check_key(session, actor, file_name, pkg, keys, audits)
        except ValidationError as exc:
            out.append(exc)
            continue
        result = Received(file_name, pkg.upt_code, pkg.upt_name, pkg.kind, pkg.period, "sama",
                          registered, fmt.fingerprint(pkg.public_key))
        if pkg.sha256 not in seen:
            seen.add(pkg.sha256)
            outcome = _insert(session, actor, file_name, content, pkg, current, audits)
            result = dataclasses.replace(result, outcome=outcome)
        out.append(result)
    audit_chain.append_many(session, audits)
    return out


def _audit_row(actor: Actor, action: str, entity: str, entity_id: int,
               after: dict[str, Any]) -> dict[str, Any]:
    return {"at": datetime.now(), "user_id": actor.user_id, "username": actor.audit_name,
            "action": action, "entity": entity, "entity_id": entity_id, "before": None,
            "after": after, "reason": None}


def _check_key(session: Session, actor: Actor, file_name: str, pkg: fmt.OpenedPackage,
               keys: dict[str, str], audits: list[dict[str, Any]]) -> bool:
    """Whether the package registers its UPT's key; a ValidationError for another key."""
    registered = keys.get(pkg.upt_code)
    if registered is None:
        key_id = session.execute(insert(ProvinceUptKey).values(
            upt_code=pkg.upt_code, upt_name=pkg.upt_name, public_key=pkg.public_key,
            registered_at=datetime.now(), registered_by=actor.user_id)
            .returning(ProvinceUptKey.id)).scalar_one()
        keys[pkg.upt_code] = pkg.public_key
        audits.append(_audit_row(actor, "province.key_register", "province_upt_key", key_id,
                                 {"upt_code": pkg.upt_code,
                                  "fingerprint": fmt.fingerprint(pkg.public_key)}))
        return True
    if registered != pkg.public_key:
        raise ValidationError(
            msg("Paket {file_name} ditolak: ditandatangani kunci yang berbeda dengan kunci "
                "terdaftar {upt_name} ({upt_code}) (terdaftar "
                "{fingerprint}, paket {fingerprint2}). "
                "Tidak ada yang disimpan.",
                file_name=file_name, upt_name=pkg.upt_name, upt_code=pkg.upt_code,
                fingerprint=fmt.fingerprint(registered),
                fingerprint2=fmt.fingerprint(pkg.public_key)), "paket")
    return False


#: One statement for every package (built once: no expression to build per file).
_INSERT_PACKAGE = insert(ProvincePackage).returning(ProvincePackage.id)


def _insert(session: Session, actor: Actor, file_name: str, content: bytes,
            pkg: fmt.OpenedPackage, current: dict[tuple[str, str, str], _Current],
            audits: list[dict[str, Any]]) -> str:
    """Insert a new package and settle which one is the latest; its outcome word."""
    made_at = _made_at(pkg)
    slot = (pkg.upt_code, pkg.kind, pkg.period)
    kept = current.get(slot)
    older = kept is not None and kept.made_at > made_at
    status = pkg.data["status"]
    row_id = session.connection().execute(_INSERT_PACKAGE, dict(
        upt_code=pkg.upt_code, kind=pkg.kind, period=pkg.period, state=status["state"],
        revision=int(status["revision"]), made_at=made_at, received_at=datetime.now(),
        received_by=actor.user_id, sha256=pkg.sha256, file_name=Path(file_name).name[:200],
        data=figures(pkg.data), content=content,
        superseded_by=kept.id if older and kept else None)).scalar_one()
    outcome = "baru"
    if kept is not None and not older:
        session.execute(update(ProvincePackage).where(ProvincePackage.id == kept.id)
                        .values(superseded_by=row_id))
        outcome = "pengganti"
    if not older:
        current[slot] = _Current(row_id, made_at)
    else:
        outcome = "lama"
    audits.append(_audit_row(actor, "province.receive", "province_package", row_id,
                             {"upt_code": pkg.upt_code, "kind": pkg.kind, "period": pkg.period,
                              "state": status["state"], "revision": int(status["revision"]),
                              "sha256": pkg.sha256, "outcome": outcome}))
    return outcome


#: Files received in one transaction: one commit, not one per file.
BATCH = 50


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic cyclic collection while packages are checked and recorded. Each package's
    data.json parses into thousands of small dicts and lists, so the collector would run
    every few hundred of them and walk every object alive each time (about a third of the CPU
    time of receiving); none of them form cycles, reference counting frees them. Where the
    collector was already off (the window collects on its own thread), nothing changes; it is
    switched back on at the end, for the garbage the database sessions leave."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def receive_packages(db: Any, actor: Actor, paths: Iterable[Path | str]
                     ) -> tuple[list[Received], list[str]]:
    """Receive files: (received, refusals). Each file is checked completely first; a refused
    file writes nothing, the others are still received. Up to :data:`BATCH` files are
    recorded in one transaction (``record_packages``), so a large delivery is not one disk
    flush per file."""
    require(actor, "province.receive")
    with _collector_paused():
        return _receive_all(db, actor, paths)


def _receive_all(db: Any, actor: Actor, paths: Iterable[Path | str]
                 ) -> tuple[list[Received], list[str]]:
    done: list[Received] = []
    refused: list[str] = []
    batch: list[Opened | str] = []  # a file checked, or why it was refused (in file order)
    for path in paths:
        p = Path(path)
        try:
            content = p.read_bytes()
            batch.append((p.name, content, fmt.open_package(p.name, content)))
        except OSError as exc:
            batch.append(f"Paket {p.name} tidak dapat dibaca: {exc.strerror or exc}.")
        except ValidationError as exc:
            batch.append(exc.message)
        if len(batch) >= BATCH:
            _receive_batch(db, actor, batch, done, refused)
            batch = []
    if batch:
        _receive_batch(db, actor, batch, done, refused)
    return done, refused


def _receive_batch(db: Any, actor: Actor, batch: list[Opened | str],
                   done: list[Received], refused: list[str]) -> None:
    opened = [item for item in batch if not isinstance(item, str)]
    recorded: list[Received | ValidationError] = []
    if opened:
        with db.session() as s:
            recorded = record_packages(s, actor, opened)
    outcomes = iter(recorded)
    for item in batch:
        outcome = item if isinstance(item, str) else next(outcomes)
        if isinstance(outcome, Received):
            done.append(outcome)
        else:
            refused.append(outcome if isinstance(outcome, str) else outcome.message)


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
    #: requests by status on the period's last day: count and cost, physical (APBD) and
    #: non-physical (non-APBD), and by funding: APBD Provinsi or another source
    facility: list[dict[str, Any]] = field(default_factory=list)
    #: UPTs whose package is of schema version 1 (no follow-up months, income bands, facility)
    v1_upts: list[str] = field(default_factory=list)


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
        # the columns of ``keys`` this package has: (key, position in a row's values)
        where = [(k, columns.index(k)) for k in keys if k in columns]
        upt = data["upt"]["code"] if by_upt else ""
        for row in table["rows"]:
            item = out.get((upt, row["code"]))
            if item is None:
                item = out[(upt, row["code"])] = {"upt_code": upt, "code": row["code"],
                                                  "name": row["label"],
                                                  **{k: 0 for k in keys}}
            values = row["values"]
            for k, i in where:
                value = values[i]
                item[k] += value if isinstance(value, (int, float)) else 0
    return sorted(out.values(), key=lambda r: (r["upt_code"], r["code"]))


MONTHS = (3, 6, 12)


def _blank_detail() -> dict[str, Any]:
    return {**{f"m{m}_{k}": 0 for m in MONTHS for k in ("followed_up", "working")},
            "incomes_recorded": 0, "income_bands": [0] * fmt.INCOME_BANDS}


def _add_detail(into: dict[str, Any], track: dict[str, Any]) -> None:
    for slot in track["months"]:
        into[f"m{slot['months']}_followed_up"] += slot["followed_up"]
        into[f"m{slot['months']}_working"] += slot["working"]
    into["incomes_recorded"] += track["incomes_recorded"]
    bands = into["income_bands"]
    for i, n in enumerate(track["income_bands"][:len(bands)]):
        bands[i] += n


def _track_details(packages: list[dict[str, Any]], tracks: list[dict[str, Any]],
                   by_upt: list[dict[str, Any]]) -> None:
    """Follow-up results at 3/6/12 months and the median income, per track across UPTs and per
    UPT: from each package's ``province`` block (schema version 2). The province median is the
    median of the pooled income bands (``package_format.median_from_bands``); a UPT's own
    median is the exact one of its table 6.4."""
    across = {t["code"]: t for t in tracks}
    per_upt = {(t["upt_code"], t["code"]): t for t in by_upt}
    for t in (*tracks, *by_upt):
        t.update(_blank_detail(), median_income=None)
    for data in packages:
        upt = data["upt"]["code"]
        table = _table(data, "6.4")
        if table is not None:
            col = [c["key"] for c in table["columns"]].index("median_income") \
                if any(c["key"] == "median_income" for c in table["columns"]) else None
            for row in table["rows"]:
                if col is not None and (upt, row["code"]) in per_upt:
                    per_upt[(upt, row["code"])]["median_income"] = row["values"][col]
        for track in (data.get("province") or {}).get("tracks", []):
            for into in (across.get(track["code"]), per_upt.get((upt, track["code"]))):
                if into is not None:
                    _add_detail(into, track)
    for t in (*tracks, *by_upt):
        for m in MONTHS:
            t[f"m{m}_share"] = _rate(t[f"m{m}_working"], t[f"m{m}_followed_up"])
    for t in tracks:
        t["median_income"] = fmt.median_from_bands(t["income_bands"])


def _facility(packages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests across UPTs by status (the vocabulary's order): physical (funded from the APBD)
    and non-physical (from other sources) requests, and by funding source APBD or not."""
    from ..domain.vocab import FACILITY_STATUSES

    def blank(code: str, name: str) -> dict[str, Any]:
        return {"code": code, "name": name, "count": 0, "cost": 0,
                **{f"{g}_{k}": 0 for g in ("fisik", "nonfisik", "apbd", "non_apbd")
                   for k in ("count", "cost")}}

    rows = {t.code: blank(t.code, t.name) for t in FACILITY_STATUSES}
    for data in packages:
        for cell in (data.get("province") or {}).get("facility", []):
            row = rows.setdefault(cell["status"], blank(cell["status"], cell["status"]))
            funding = "apbd" if cell["funding"] == "apbd" else "non_apbd"
            kind = "fisik" if cell["kind"] == "fisik" else "nonfisik"
            for group in ("", f"{kind}_", f"{funding}_"):
                row[f"{group}count"] += cell["count"]
                row[f"{group}cost"] += cell["cost"]
    return list(rows.values())


def consolidate(session: Session, actor: Actor, kind: str, period_text: str) -> ProvinceReport:
    """The province picture of one period (see the module docstring)."""
    require(actor, "province.report")
    require_province(session)
    period = parse_period_for_kind(kind, period_text)
    of_period = (ProvincePackage.kind == period.kind, ProvincePackage.period == period.key)
    # the files themselves (content) stay in the database; only the latest figures are read
    latest = {r.upt_code: r for r in session.execute(
        select(ProvincePackage).where(*of_period, ProvincePackage.superseded_by.is_(None))
        .options(defer(ProvincePackage.content))).scalars()}
    counts = {str(code): int(n) for code, n in session.execute(
        select(ProvincePackage.upt_code, func.count(ProvincePackage.id)).where(*of_period)
        .group_by(ProvincePackage.upt_code))}
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
    _track_details(packages, tracks, by_upt)
    origin = _sum_table(packages, "3.3", ("l", "p", "count"))
    return ProvinceReport(period.kind, period.key, period.label, datetime.now(), totals, upts,
                          missing, tracks, origin,
                          sorted(code for code in latest if code not in known), by_upt,
                          _facility(packages),
                          sorted(d["upt"]["code"] for d in packages if "province" not in d))
