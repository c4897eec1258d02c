"""Approval and archive of the province report, on the machinery of the UPT's period reports: in
a province installation the ``period_reports`` row of a period is the province report (a province
database holds no UPT data), with the approved PDF and XLSX, their SHA-256 checksums, the report's
JSON (``dataset``) and the audit chain's head at approval.

- :func:`province_status`: ``sementara`` until the province head approves; ``disetujui`` while the
  packages it was made from are still the latest of every UPT; ``perbaikan`` (revision n) when a
  package arrived since (a UPT's correction, or a UPT that sent late), until approved again.
- :func:`approve_province` (the province head, signed in; never the administrator): the report is
  made with status DISETUJUI, the approver's name and the date, and archived.
- :func:`province_files`: an approved, unchanged report gives its archived files byte for byte
  (checked against their checksums); any other is made now with its status.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied, StorageError, WorkflowError
from ..domain.language import official
from ..domain.messages import msg
from ..domain.periods import ReportName, parse_period_for_kind
from ..services.base import Actor, audit, require
from ..services.province import ProvinceReport, consolidate, require_province
from ..storage.audit_chain import head_record
from ..storage.models import AuditLog, PeriodReport, User
from .province_pdf import ProvinceStatus, province_pdf

FORMATS = ("json", "xlsx", "pdf")


@dataclass(frozen=True)
class ApprovedProvinceReport:
    id: int
    kind: str
    period: str
    label: str
    approved_by: str
    approved_at: datetime
    revision: int
    pdf_sha256: str
    xlsx_sha256: str
    packages: int


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _row(s: Session, kind: str, period: str) -> PeriodReport | None:
    return s.execute(select(PeriodReport).where(PeriodReport.kind == kind,
                                                PeriodReport.period == period)
                     ).scalar_one_or_none()


def _approvals(s: Session, row: PeriodReport) -> int:
    return len(s.execute(select(AuditLog.id).where(
        AuditLog.action == "province.approve", AuditLog.entity == "period_report",
        AuditLog.entity_id == row.id)).all())


def _packages(rep: ProvinceReport) -> list[str]:
    """What a report was made from: each sending UPT's latest package (code and made time)."""
    return [f"{u.code}@{u.made_at.isoformat() if u.made_at else ''}@{u.revision}"
            for u in rep.upts]


def province_status(session: Session, rep: ProvinceReport) -> ProvinceStatus:
    row = _row(session, rep.kind, rep.period)
    if row is None:
        return ProvinceStatus()
    approvals = _approvals(session, row)
    if not approvals:
        return ProvinceStatus()
    if row.approved_at is not None and row.dataset and \
            row.dataset.get("province_packages") == _packages(rep):
        who = session.get(User, row.approved_by) if row.approved_by else None
        return ProvinceStatus("disetujui", approvals - 1,
                              who.full_name if who else "Sistem", row.approved_at)
    return ProvinceStatus("perbaikan", approvals)


def _xlsx(rep: ProvinceReport, status: ProvinceStatus) -> bytes:
    from .province import report_xlsx

    return report_xlsx(rep, status)


def _json(rep: ProvinceReport, status: ProvinceStatus) -> bytes:
    from .province import report_json

    # no indentation: the file is for programs, and without it the C encoder writes it
    return json.dumps(report_json(rep, status), ensure_ascii=False).encode()


@official
def approve_province(session: Session, actor: Actor, kind: str, period_text: str, *,
                     today: date | None = None) -> ApprovedProvinceReport:
    """Approve and archive the province report of a finished period (see the module
    docstring); audited as ``province.approve``."""
    require(actor, "province.approve")
    if actor.user_id is None:
        raise PermissionDenied(msg("Persetujuan laporan provinsi memerlukan pimpinan yang masuk "
                               "dengan akunnya sendiri."))
    require_province(session)
    period = parse_period_for_kind(kind, period_text)
    today = today or date.today()
    title = ReportName(period, province=True)
    if period.end >= today:
        raise WorkflowError(msg("{title} belum dapat disetujui: periodenya baru berakhir pada "
                                "{format_date}.",
                                title=title, format_date=period.end), "periode")
    rep = consolidate(session, actor, kind, period_text)
    if not rep.upts:
        raise WorkflowError(msg("{title} belum dapat disetujui: belum ada paket UPT yang "
                            "diterima untuk periode ini.", title=title), "periode")
    current = province_status(session, rep)
    row = _row(session, period.kind, period.key)
    if current.state == "disetujui" and row is not None:
        raise WorkflowError(msg("{title} sudah disetujui oleh {approved_by} pada "
                                "{format_datetime}.",
                                title=title, approved_by=current.approved_by,
                                format_datetime=row.approved_at), "periode")
    now = datetime.combine(today, datetime.now().time()).replace(microsecond=0)
    revision = _approvals(session, row) if row is not None else 0
    status = ProvinceStatus("disetujui", revision, actor.full_name or actor.username, now)
    pdf, xlsx = province_pdf(rep, status), _xlsx(rep, status)
    if row is None:
        row = PeriodReport(kind=period.kind, period=period.key, start_date=period.start,
                           end_date=period.end)
        session.add(row)
    from .province import report_json

    row.pdf, row.pdf_sha256 = pdf, _sha(pdf)
    row.xlsx, row.xlsx_sha256 = xlsx, _sha(xlsx)
    row.dataset = {**report_json(rep, status), "province_packages": _packages(rep)}
    row.approved_by, row.approved_at = actor.user_id, now
    session.flush()
    audit(session, actor, "province.approve", "period_report", row.id,
          after={"kind": period.kind, "period": period.key, "revision": revision,
                 "upts": [u.code for u in rep.upts], "pdf_sha256": row.pdf_sha256,
                 "xlsx_sha256": row.xlsx_sha256})
    row.audit_head = head_record(session)
    return ApprovedProvinceReport(row.id, period.kind, period.key, period.label,
                                  status.approved_by, now, revision, row.pdf_sha256,
                                  row.xlsx_sha256, len(rep.upts))


@official
def province_files(session: Session, actor: Actor, kind: str, period_text: str,
                   formats: tuple[str, ...]) -> tuple[ProvinceReport, ProvinceStatus,
                                                      list[tuple[str, bytes]]]:
    """(report, status, [(extension, content)]) in each format (json, xlsx, pdf)."""
    rep = consolidate(session, actor, kind, period_text)
    status = province_status(session, rep)
    row = _row(session, rep.kind, rep.period) if status.state == "disetujui" else None
    out = []
    for f in formats:
        if row is not None and f in ("pdf", "xlsx"):
            content = row.pdf if f == "pdf" else row.xlsx
            expected = row.pdf_sha256 if f == "pdf" else row.xlsx_sha256
            if content is None or _sha(content) != expected:
                raise StorageError(msg("Berkas {upper} arsip laporan provinsi {period} "
                                   "tidak cocok dengan checksum saat disetujui: berkas telah "
                                   "berubah atau rusak.", upper=f.upper(), period=rep.period))
            out.append((f, bytes(content)))
        elif f == "pdf":
            out.append((f, province_pdf(rep, status)))
        elif f == "xlsx":
            out.append((f, _xlsx(rep, status)))
        else:
            out.append((f, _json(rep, status)))
    return rep, status, out


def archived_dataset(session: Session, kind: str, period: str) -> dict[str, Any] | None:
    row = _row(session, kind, period)
    return dict(row.dataset) if row is not None and row.dataset else None


@dataclass(frozen=True)
class ReportState:
    """What the 'Laporan provinsi' page shows of a period's report before making it."""

    kind: str
    period: str
    status: ProvinceStatus
    upts_sent: int
    finished: bool           # the period has ended (only then can it be approved)


def report_state(session: Session, actor: Actor, kind: str, period_text: str, *,
                 today: date | None = None) -> ReportState:
    """The status of a period's province report (any province role may read it)."""
    rep = consolidate(session, actor, kind, period_text)
    period = parse_period_for_kind(kind, period_text)
    return ReportState(rep.kind, rep.period, province_status(session, rep), len(rep.upts),
                       period.end < (today or date.today()))
