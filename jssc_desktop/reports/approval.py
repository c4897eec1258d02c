"""The use cases of period reports, each taking the session and the acting user and checking
the permission first: the files of a period (:func:`report_files`), approval by the Kepala UPT
(the PDF and XLSX are archived with their SHA-256 checksums and the data set they were made
from, and the period is locked, see ``services/period_lock.py``), reopening for correction, the
archive and the comparison of the archive with the data as it is now.

A report's status (:func:`report_status`) is ``sementara`` until approved, ``disetujui`` while
nothing changed since, and ``perbaikan`` (revision n) after an administrator's correction in the
locked period or a reopening, until it is approved again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import (
    DomainError,
    NotFoundError,
    StorageError,
    ValidationError,
    WorkflowError,
)
from ..domain.formatting import format_date
from ..domain.language import ENGLISH, display_language, official
from ..domain.messages import msg
from ..domain.periods import (
    KIND_NAMES,
    KIND_NAMES_EN,
    Period,
    ReportName,
    parse_period,
    parse_period_for_kind,
)
from ..services.approvers import require_approver
from ..services.base import Actor, audit, clean_text, get_or_404, require
from ..services.period_lock import locked_period
from ..storage.audit_chain import head_record
from ..storage.models import AuditLog, PeriodReport, User
from . import check_formats, render, report_file_name
from .dataset import build_dataset, load_logo
from .model import Correction, ReportStatus, data_checksum
from .tables import differences


@dataclass(frozen=True)
class ArchivedReport:
    id: int
    kind: str
    kind_name: str
    period: str
    label: str
    start_date: date
    end_date: date
    approved_by_name: str
    approved_at: datetime | None
    pdf_sha256: str | None
    xlsx_sha256: str | None
    pdf_size: int
    xlsx_size: int

    @property
    def title(self) -> str:
        """The period's label in the display language (``label`` is the document's own)."""
        try:
            return parse_period(self.period).title()
        except DomainError:
            return self.label

    @property
    def kind_title(self) -> str:
        """The report kind in the display language."""
        names = KIND_NAMES_EN if display_language() == ENGLISH else KIND_NAMES
        return names.get(self.kind, self.kind)


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _view(s: Session, row: PeriodReport) -> ArchivedReport:
    who = s.get(User, row.approved_by) if row.approved_by else None
    label = (row.dataset or {}).get("period", {}).get("label") or row.period
    return ArchivedReport(
        id=row.id, kind=row.kind, kind_name=KIND_NAMES.get(row.kind, row.kind),
        period=row.period, label=label, start_date=row.start_date, end_date=row.end_date,
        approved_by_name=who.full_name if who else "Sistem", approved_at=row.approved_at,
        pdf_sha256=row.pdf_sha256, xlsx_sha256=row.xlsx_sha256,
        pdf_size=len(row.pdf or b""), xlsx_size=len(row.xlsx or b""))


def _archived(s: Session, period: Period) -> PeriodReport | None:
    return s.execute(select(PeriodReport).where(PeriodReport.kind == period.kind,
                                                PeriodReport.period == period.key)
                     ).scalar_one_or_none()


def _title(period: Period) -> ReportName:
    """The report of ``period`` as a message parameter (shown in the message's language)."""
    return ReportName(period)


# ------------------------------------------------------------------------------------- status


def _approvals(s: Session, row: PeriodReport) -> list[int]:
    """The audit rows of this report's approvals, oldest first (0 stands for an approval made
    before approvals were audited)."""
    found = list(s.execute(
        select(AuditLog.id).where(AuditLog.action == "report.approve",
                                  AuditLog.entity == "period_report",
                                  AuditLog.entity_id == row.id)
        .order_by(AuditLog.id)).scalars())
    if not found and row.approved_at is not None:
        found = [0]
    return found


def _what_changed(s: Session, entry: AuditLog) -> str:
    """The change an override let through, from the audit row written right after it."""
    after = entry.after or {}
    entity, entity_id = after.get("entity"), after.get("entity_id")
    what = f"{entity or 'data'}" + (f" #{entity_id}" if entity_id else "")
    if after.get("day"):
        what += f", tanggal {format_date(date.fromisoformat(str(after['day'])[:10]))}"
    if entity:
        change = s.execute(
            select(AuditLog).where(AuditLog.id > entry.id, AuditLog.entity == entity,
                                   AuditLog.entity_id == entity_id,
                                   AuditLog.action != "period.lock_override")
            .order_by(AuditLog.id).limit(1)).scalar_one_or_none()
        if change is not None:
            old, new = change.before or {}, change.after or {}
            moved = [f"{k}: {old.get(k)} → {new.get(k)}" for k in sorted(set(old) | set(new))
                     if old.get(k) != new.get(k)]
            if moved:
                what += " (" + "; ".join(moved[:6]) + ")"
    return what


def _corrections(s: Session, row: PeriodReport, period: Period, since: int
                 ) -> list[Correction]:
    """Reopenings of this report and administrators' corrections of data dated in the period,
    written after the audit row ``since`` (the last approval)."""
    out = []
    for entry in s.execute(
            select(AuditLog).where(AuditLog.id > since,
                                   AuditLog.action.in_(("report.reopen",
                                                        "period.lock_override")))
            .order_by(AuditLog.id)).scalars():
        if entry.action == "report.reopen":
            if entry.entity_id != row.id:
                continue
            what = "laporan dibuka kembali untuk diperbaiki"
        else:
            day = (entry.after or {}).get("day")
            if not day or not period.start <= date.fromisoformat(str(day)[:10]) <= period.end:
                continue
            what = _what_changed(s, entry)
        out.append(Correction(entry.at, entry.username or "-", entry.reason or "", what))
    return out


def report_status(session: Session, period: Period, *, today: date | None = None
                  ) -> ReportStatus:
    """``sementara`` (unfinished or never approved), ``disetujui`` (approved and unchanged) or
    ``perbaikan`` (changed or reopened after an approval, until approved again)."""
    today = today or date.today()
    as_of = min(today, period.end)
    row = _archived(session, period)
    if row is None:
        return ReportStatus("sementara", as_of)
    approvals = _approvals(session, row)
    if not approvals:
        return ReportStatus("sementara", as_of)
    since = approvals[-1]
    corrections = _corrections(session, row, period, since)
    stored = (row.dataset or {}).get("status") or {}
    if row.approved_at is not None and not corrections:
        who = session.get(User, row.approved_by) if row.approved_by else None
        return ReportStatus(
            "disetujui", period.end, revision=len(approvals) - 1, approved_at=row.approved_at,
            approved_by=who.full_name if who else str(stored.get("approved_by") or "Sistem"),
            checksum=str(stored.get("checksum") or ""))
    changes = differences(row.dataset, build_dataset(session, period, today=today).to_dict()) \
        if row.dataset else []
    return ReportStatus("perbaikan", as_of, revision=len(approvals), corrections=corrections,
                        changes=changes)


# ---------------------------------------------------------------------------------- use cases


@official
def report_files(session: Session, actor: Actor, kind: str, period_text: str, *,
                 formats: Iterable[str] = ("pdf", "xlsx"), today: date | None = None,
                 progress: Any = None) -> list[tuple[str, bytes]]:
    """(file name, content) of the report in each format. An approved period unchanged since
    gives its archived files, byte for byte (checked against their checksums); any other gives
    freshly made files marked with their status (``sementara``, ``perbaikan ke-n``). The file
    name carries the status."""
    require(actor, "report.generate")
    period = parse_period_for_kind(kind, period_text)
    chosen = check_formats(formats)
    status = report_status(session, period, today=today)
    if status.state == "disetujui":
        row = _archived(session, period)
        if row is not None:
            return [archived_file(session, actor, row.id, fmt) for fmt in chosen]
    ds = build_dataset(session, period, today=today)
    ds.status = status
    logo = load_logo(session)
    out = []
    for i, fmt in enumerate(chosen, start=1):
        if progress:
            progress(f"Menyusun {fmt.upper()}", i / (len(chosen) + 1))
        out.append((report_file_name(period, fmt, status), render(ds, fmt, logo)))
    return out


@official
def approve_period(session: Session, actor: Actor, kind: str, period_text: str, *,
                   today: date | None = None) -> ArchivedReport:
    """Approve and archive the report of a finished period: the head of UPT or the acting head
    (Plh.) designated for today, never an administrator (separation of duties). A report being
    corrected (``perbaikan``) is approved again the same way; the approver signs it."""
    period = parse_period_for_kind(kind, period_text)
    today = today or date.today()
    require_approver(session, actor, msg("menyetujui {title}",
                                         title=ReportName(period, lower=True)), today)
    if period.end >= today:
        raise WorkflowError(
            msg("{title} belum dapat disetujui: periodenya baru berakhir pada "
            "{end}.", title=_title(period), end=period.end), "periode")
    row = _archived(session, period)
    status = report_status(session, period, today=today)
    if row is not None and status.state == "disetujui":
        raise WorkflowError(
            msg("{title} sudah disetujui oleh {approved_by} pada "
                "{approved_at}.",
                title=_title(period), approved_by=status.approved_by,
                approved_at=row.approved_at), "periode")
    now = datetime.combine(today, datetime.now().time()).replace(microsecond=0)
    ds = build_dataset(session, period, today=today)
    revision = len(_approvals(session, row)) if row is not None else 0
    ds.status = ReportStatus("disetujui", period.end, revision=revision, approved_at=now,
                             approved_by=actor.full_name or actor.username,
                             checksum=data_checksum(ds.to_dict()))
    _sign(ds, actor, today)
    logo = load_logo(session)
    pdf = render(ds, "pdf", logo)
    xlsx = render(ds, "xlsx")
    if row is None:
        row = PeriodReport(kind=period.kind, period=period.key, start_date=period.start,
                           end_date=period.end)
        session.add(row)
    row.pdf, row.pdf_sha256 = pdf, _sha256(pdf)
    row.xlsx, row.xlsx_sha256 = xlsx, _sha256(xlsx)
    row.dataset = ds.to_dict()
    row.approved_by = actor.user_id
    row.approved_at = now
    session.flush()
    audit(session, actor, "report.approve", "period_report", row.id,
          after={"kind": period.kind, "period": period.key, "revision": revision,
                 "checksum": ds.status.checksum,
                 "pdf_sha256": row.pdf_sha256, "xlsx_sha256": row.xlsx_sha256})
    # The audit chain's head, approval row included: an anchor outside the audit table.
    row.audit_head = head_record(session)
    return _view(session, row)


def _sign(ds: Any, actor: Actor, today: date) -> None:
    """The approver signs, on the day of approval: as Kepala UPT when they are the head named
    in the profile, else as acting head (Plh.) without the head's NIP."""
    sig = ds.signature
    name = actor.full_name or actor.username
    is_head = name.strip().casefold() == (ds.profile.head_name or "").strip().casefold()
    sig.day = today
    sig.head_name = name
    if not is_head:
        sig.position = "Plh. Kepala UPT"
        sig.head_nip = None
        sig.head_rank = None


@official
def reopen_period(session: Session, actor: Actor, kind: str, period_text: str, reason: str,
                  ) -> ArchivedReport:
    """Reopen an approved period for correction (Kepala UPT, with a reason): the period is no
    longer locked and its report reads "PERBAIKAN ke-n" until it is approved again. The
    archived files stay as they were approved."""
    require(actor, "report.reopen")
    period = parse_period_for_kind(kind, period_text)
    why = clean_text(reason)
    if not why:
        raise ValidationError(msg("Alasan membuka kembali laporan wajib diisi."), "reason")
    row = _archived(session, period)
    if row is None or row.approved_at is None:
        raise WorkflowError(msg("{title} belum disetujui, jadi tidak perlu dibuka "
                            "kembali.", title=_title(period)), "periode")
    before = {"approved_by": row.approved_by, "approved_at": row.approved_at.isoformat()}
    row.approved_at = None
    row.approved_by = None
    session.flush()
    audit(session, actor, "report.reopen", "period_report", row.id, before=before,
          after={"kind": period.kind, "period": period.key}, reason=why)
    return _view(session, row)


def is_locked(session: Session, day: date) -> PeriodReport | None:
    """The approved period report that locks ``day``, if any."""
    return locked_period(session, day)


def list_archive(session: Session, actor: Actor) -> list[ArchivedReport]:
    """Approved reports, newest period first."""
    require(actor, "report.generate")
    rows = session.execute(select(PeriodReport).where(PeriodReport.approved_at.is_not(None))
                           .order_by(PeriodReport.start_date.desc(), PeriodReport.kind)).scalars()
    return [_view(session, r) for r in rows]


@official
def archived_file(session: Session, actor: Actor, report_id: int, fmt: str
                  ) -> tuple[str, bytes]:
    """(file name, content) of an archived PDF or XLSX, checked against its SHA-256."""
    require(actor, "report.generate")
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(msg("Format '{fmt}' tidak dikenal; pilih pdf atau xlsx.",
                                  fmt=fmt), "format")
    row = get_or_404(session, PeriodReport, report_id, "Arsip laporan")
    content = row.pdf if fmt == "pdf" else row.xlsx
    expected = row.pdf_sha256 if fmt == "pdf" else row.xlsx_sha256
    if content is None:
        raise NotFoundError(msg("Arsip laporan {period} tidak memuat berkas {upper}.",
                                period=row.period, upper=fmt.upper()))
    if _sha256(content) != expected:
        raise StorageError(
            msg("Berkas {upper} arsip laporan {period} tidak cocok dengan checksum saat "
            "disetujui: berkas telah berubah atau rusak.", upper=fmt.upper(), period=row.period))
    period = parse_period_for_kind(row.kind, row.period)
    return report_file_name(period, fmt, "disetujui"), content


@official
def compare_with_archive(session: Session, actor: Actor, kind: str, period_text: str, *,
                         today: date | None = None) -> list[str]:
    """What differs between the approved data set and the data as it is now, table by table
    and row code by row code, in words. An empty list means the archive still matches."""
    require(actor, "report.generate")
    period = parse_period_for_kind(kind, period_text)
    row = _archived(session, period)
    if row is None or row.dataset is None or not _approvals(session, row):
        raise NotFoundError(
            msg("Laporan {lower} {label} belum disetujui, jadi belum "
            "ada arsip untuk dibandingkan.", lower=period.kind_name.lower(), label=period.label))
    fresh = build_dataset(session, period, today=today).to_dict()
    return differences(row.dataset, fresh)


#: The comparison in words of two stored data sets (kept under its earlier name).
describe_differences = differences
