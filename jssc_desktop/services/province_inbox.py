"""What the window needs around a period package, on both sides.

- :func:`describe_package`: what a package holds (UPT, period, status, files), after checking it
  completely; the UPT side shows this after "Kirim paket ke Dinsos".
- :func:`inspect_incoming`: the same on the province side, plus whether the UPT's key is new,
  the registered one or a different one, and whether the very same file was received before;
  :func:`check_incoming` gives the checked package with it, to be received without checking
  it again.
- :func:`receive_confirmed`: :func:`.province.receive_one`, but a UPT's first key is registered
  only when the officer confirmed its fingerprint (``confirmed``); otherwise nothing
  is written and :class:`ConfirmationRequired` names the fingerprint to confirm.
- :func:`receive_files`: several files, each in its own transaction, with the fingerprints the
  officer confirmed; with ``checked`` (for each file, the package :func:`check_incoming`
  checked and the window showed) each file is only hashed again, and one whose bytes are not
  those checked is refused.
- :func:`package_file`: one file (the PDF or XLSX) of the latest package of a UPT and period,
  for the drill-down of the province dashboard.
- :func:`province_status`: the consolidation of a period with the date the reports were due and
  the UPTs that are late.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ConfirmationRequired, DomainError, NotFoundError
from ..domain.messages import msg
from ..domain.periods import parse_period_for_kind
from ..storage.models import ProvincePackage, ProvinceUptKey
from . import package_format as fmt
from .base import Actor, require
from .province import ProvinceReport, Received, UptRow, consolidate, is_province, receive_one

#: A period's report is due at Dinsos this many days after the period ends.
DUE_DAYS = 10


@dataclass(frozen=True)
class PackageInfo:
    file_name: str
    upt_code: str
    upt_name: str
    kind: str
    period: str
    label: str
    state: str            # sementara | disetujui | perbaikan
    revision: int
    word: str             # SEMENTARA | DISETUJUI | PERBAIKAN KE-n
    made_at: datetime
    members: tuple[str, ...]
    fingerprint: str
    size: int
    key_state: str = ""   # province side: baru | terdaftar | berbeda
    duplicate: bool = False


def describe_package(file_name: str, content: bytes) -> PackageInfo:
    """Check a package completely (a ValidationError names the fault) and say what it holds."""
    return _describe(fmt.open_package(file_name, content), file_name, content)


def _describe(pkg: fmt.OpenedPackage, file_name: str, content: bytes) -> PackageInfo:
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        members = tuple(sorted(z.namelist()))
    status, report = pkg.data["status"], pkg.data["report"]
    return PackageInfo(
        PurePath(file_name).name, pkg.upt_code, pkg.upt_name, pkg.kind, pkg.period,
        str(report.get("label") or pkg.period), str(status["state"]), int(status["revision"]),
        str(status["word"]), datetime.fromisoformat(str(pkg.data["made_at"])[:19]), members,
        fmt.fingerprint(pkg.public_key), pkg.size)


@dataclass(frozen=True)
class Checked:
    """A package checked completely for the officer: what the window shows (``info``) and the
    checked package itself, received later without checking it again (``receive_files``)."""

    info: PackageInfo
    package: fmt.OpenedPackage


def inspect_incoming(session: Session, actor: Actor, file_name: str,
                     content: bytes) -> PackageInfo:
    """:func:`describe_package` with the state of the UPT's key at this installation."""
    return check_incoming(session, actor, file_name, content).info


def check_incoming(session: Session, actor: Actor, file_name: str, content: bytes, *,
                   package: fmt.OpenedPackage | None = None) -> Checked:
    """Check a package completely (``package``: already checked, for these very bytes) and say
    what it holds, with the state of the UPT's key at this installation."""
    require(actor, "province.receive")
    pkg = fmt.open_package(file_name, content) if package is None else package
    info = _describe(pkg, file_name, content)
    key = session.execute(select(ProvinceUptKey.public_key).where(
        ProvinceUptKey.upt_code == info.upt_code)).scalar_one_or_none()
    key_state = "baru" if key is None else "terdaftar" if key == pkg.public_key else "berbeda"
    seen = session.execute(select(ProvincePackage.id).where(
        ProvincePackage.sha256 == pkg.sha256)).scalar_one_or_none()
    return Checked(PackageInfo(**{**info.__dict__, "key_state": key_state,
                                  "duplicate": seen is not None}), pkg)


def receive_confirmed(session: Session, actor: Actor, file_name: str, content: bytes, *,
                      confirmed: Mapping[str, str] | None = None,
                      package: fmt.OpenedPackage | None = None) -> Received:
    """Receive one package; a UPT's first key only with its fingerprint confirmed
    (``confirmed``: UPT code → the fingerprint the officer confirmed). ``package``: the
    package checked earlier from these bytes (``check_incoming``); the file is then only
    hashed again (``package_format.same_package``)."""
    if package is not None:
        package = fmt.same_package(file_name, content, package)
    checked = check_incoming(session, actor, file_name, content, package=package)
    info = checked.info
    if info.key_state == "baru" and (confirmed or {}).get(info.upt_code) != info.fingerprint:
        raise ConfirmationRequired(
            msg("Paket {file_name} adalah paket pertama dari {upt_name} "
                "({upt_code}). Kunci UPT dengan sidik jari {fingerprint} akan "
                "didaftarkan; paket berikutnya dari UPT ini harus ditandatangani kunci yang sama. "
                "Cocokkan sidik jari ini dengan UPT (misalnya lewat telepon) sebelum menerima.",
                file_name=info.file_name, upt_name=info.upt_name, upt_code=info.upt_code,
                fingerprint=info.fingerprint),
            "kunci")
    return receive_one(session, actor, file_name, content, package=checked.package)


@dataclass(frozen=True)
class Outcome:
    """One file of :func:`receive_files`: ``received`` or, when refused, ``refusal``."""

    file_name: str
    received: Received | None = None
    refusal: str = ""
    needs_confirmation: bool = False


def receive_files(db: Any, actor: Actor, files: Iterable[tuple[str, bytes]], *,
                  confirmed: Mapping[str, str] | None = None,
                  progress: Callable[[str, float], None] | None = None,
                  checked: Sequence[fmt.OpenedPackage] | None = None) -> list[Outcome]:
    """Receive ``(file name, content)`` pairs one by one, each in its own transaction (a refused
    file writes nothing, the others are still received). ``confirmed`` maps a UPT code to the
    key fingerprint the officer confirmed; a first package of another UPT is not received.
    ``checked``: for each file, in the same order, the package checked earlier from it and
    shown to the officer: the file is recorded without checking it again when its bytes are
    still those (SHA-256), and refused when they changed since."""
    require(actor, "province.receive")
    items = list(files)
    if checked is not None and len(checked) != len(items):
        raise ValueError("checked: one package per file")
    out: list[Outcome] = []
    for n, (name, content) in enumerate(items):
        if progress is not None:
            progress(f"Memeriksa {name}…", n / max(len(items), 1))
        try:
            package = checked[n] if checked is not None else None
            with db.session() as s:
                done = receive_confirmed(s, actor, name, content, confirmed=confirmed,
                                         package=package)
        except ConfirmationRequired as exc:
            out.append(Outcome(PurePath(name).name, refusal=exc.message,
                               needs_confirmation=True))
        except DomainError as exc:
            out.append(Outcome(PurePath(name).name, refusal=exc.message))
        else:
            out.append(Outcome(PurePath(name).name, received=done))
    return out


def package_file(session: Session, actor: Actor, upt_code: str, kind: str, period_text: str,
                 suffix: str) -> tuple[str, bytes]:
    """(name, bytes) of the ``.pdf`` or ``.xlsx`` in the latest package of a UPT and period."""
    require(actor, "province.report")
    period = parse_period_for_kind(kind, period_text)
    content = session.execute(select(ProvincePackage.content).where(
        ProvincePackage.upt_code == upt_code, ProvincePackage.kind == period.kind,
        ProvincePackage.period == period.key, ProvincePackage.superseded_by.is_(None))
    ).scalar_one_or_none()
    if content is None:
        raise NotFoundError(msg("Belum ada paket {upt_code} untuk periode {label}.",
                                upt_code=upt_code, label=period.label))
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        for name in sorted(z.namelist()):
            if name.lower().endswith(suffix.lower()):
                return name, z.read(name)
    raise NotFoundError(msg("Paket {upt_code} {label} tidak memuat berkas {suffix}.",
                            upt_code=upt_code, label=period.label, suffix=suffix))


@dataclass
class ProvinceStatus:
    report: ProvinceReport
    due: date
    late: list[UptRow]       # not sent, and the due date has passed
    waiting: list[UptRow]    # not sent, still in time


def due_date(kind: str, period_text: str) -> date:
    return parse_period_for_kind(kind, period_text).end + timedelta(days=DUE_DAYS)


def province_status(session: Session, actor: Actor, kind: str, period_text: str, *,
                    today: date | None = None) -> ProvinceStatus:
    """The consolidation of a period, with the UPTs that have not sent split into late ones and
    ones still in time (due :data:`DUE_DAYS` days after the period ends)."""
    rep = consolidate(session, actor, kind, period_text)
    due = due_date(kind, period_text)
    overdue = (today or date.today()) > due
    late = list(rep.missing) if overdue else []
    waiting = [] if overdue else list(rep.missing)
    return ProvinceStatus(rep, due, late, waiting)


def installation_is_province(session: Session, actor: Actor) -> bool:
    """Whether the window shows the province pages (any signed-in user may ask)."""
    return is_province(session)
