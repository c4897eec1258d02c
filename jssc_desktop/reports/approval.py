"""Approving a period report: the Kepala UPT signs off a period, its PDF and XLSX are archived
in the database with their SHA-256 checksums and the data set they were made from, and the
period is locked (see ``services/period_lock.py``).

Later, :func:`compare_with_archive` recomputes the period and says in plain words what moved
since approval (``Klien masuk: 12 → 13``), and :func:`archived_file` returns an archived file after
checking it still matches its checksum.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError, StorageError, ValidationError, WorkflowError
from ..domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_rupiah,
)
from ..domain.periods import KIND_NAMES, Period, parse_period_for_kind
from ..services.base import Actor, audit, get_or_404, require
from ..services.period_lock import locked_period
from ..storage.audit_chain import head_record
from ..storage.models import PeriodReport, User
from . import render, report_file_name
from .dataset import build_dataset, load_logo


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


def _in_session(target: Any, work: Any) -> Any:
    """Run ``work(session)`` in the given Session, or in a new unit of work of a Database."""
    if isinstance(target, Session):
        return work(target)
    with target.session() as s:
        return work(s)


def _archived(s: Session, period: Period) -> PeriodReport | None:
    return s.execute(select(PeriodReport).where(PeriodReport.kind == period.kind,
                                                PeriodReport.period == period.key)
                     ).scalar_one_or_none()


def approve_period(target: Any, actor: Actor, kind: str, period_text: str, *,
                   today: date | None = None) -> ArchivedReport:
    """Approve and archive the report of a finished period (Kepala UPT or administrator).

    ``target`` is a Database (a unit of work is opened) or an open Session."""
    require(actor, "report.approve")
    period = parse_period_for_kind(kind, period_text)
    today = today or date.today()
    title = f"Laporan {period.kind_name.lower()} {period.label}"
    if period.end >= today:
        raise WorkflowError(
            f"{title} belum dapat disetujui: periodenya baru berakhir pada "
            f"{format_date(period.end)}.", "periode")

    def work(s: Session) -> ArchivedReport:
        row = _archived(s, period)
        if row is not None and row.approved_at is not None:
            view = _view(s, row)
            raise WorkflowError(
                f"{title} sudah disetujui oleh {view.approved_by_name} pada "
                f"{format_datetime(row.approved_at)}.", "periode")
        ds = build_dataset(s, period, today=today)
        logo = load_logo(s)
        pdf = render(ds, "pdf", logo)
        xlsx = render(ds, "xlsx")
        if row is None:
            row = PeriodReport(kind=period.kind, period=period.key, start_date=period.start,
                               end_date=period.end)
            s.add(row)
        row.pdf, row.pdf_sha256 = pdf, _sha256(pdf)
        row.xlsx, row.xlsx_sha256 = xlsx, _sha256(xlsx)
        row.dataset = ds.to_dict()
        row.approved_by = actor.user_id
        row.approved_at = datetime.now().replace(microsecond=0)
        s.flush()
        audit(s, actor, "report.approve", "period_report", row.id,
              after={"kind": period.kind, "period": period.key,
                     "pdf_sha256": row.pdf_sha256, "xlsx_sha256": row.xlsx_sha256})
        # The audit chain's head, approval row included: an anchor outside the audit table.
        row.audit_head = head_record(s)
        return _view(s, row)

    return _in_session(target, work)


def is_locked(session: Session, day: date) -> PeriodReport | None:
    """The approved period report that locks ``day``, if any."""
    return locked_period(session, day)


def list_archive(session: Session, actor: Actor) -> list[ArchivedReport]:
    """Approved reports, newest period first."""
    require(actor, "report.generate")
    rows = session.execute(select(PeriodReport).where(PeriodReport.approved_at.is_not(None))
                           .order_by(PeriodReport.start_date.desc(), PeriodReport.kind)).scalars()
    return [_view(session, r) for r in rows]


def archived_file(session: Session, actor: Actor, report_id: int, fmt: str
                  ) -> tuple[str, bytes]:
    """(file name, content) of an archived PDF or XLSX, checked against its SHA-256."""
    require(actor, "report.generate")
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(f"Format '{fmt}' tidak dikenal; pilih pdf atau xlsx.", "format")
    row = get_or_404(session, PeriodReport, report_id, "Arsip laporan")
    content = row.pdf if fmt == "pdf" else row.xlsx
    expected = row.pdf_sha256 if fmt == "pdf" else row.xlsx_sha256
    if content is None:
        raise NotFoundError(f"Arsip laporan {row.period} tidak memuat berkas {fmt.upper()}.")
    if _sha256(content) != expected:
        raise StorageError(
            f"Berkas {fmt.upper()} arsip laporan {row.period} tidak cocok dengan checksum saat "
            "disetujui: berkas telah berubah atau rusak.")
    period = parse_period_for_kind(row.kind, row.period)
    return report_file_name(period, fmt), content


def compare_with_archive(session: Session, kind: str, period_text: str, *,
                         today: date | None = None) -> list[str]:
    """What differs between the approved data set and the data as it is now, in words.

    An empty list means the archived report still matches the database."""
    period = parse_period_for_kind(kind, period_text)
    row = _archived(session, period)
    if row is None or row.approved_at is None or row.dataset is None:
        raise NotFoundError(
            f"Laporan {period.kind_name.lower()} {period.label} belum disetujui, jadi belum "
            "ada arsip untuk dibandingkan.")
    fresh = build_dataset(session, period, today=today).to_dict()
    return describe_differences(row.dataset, fresh)


# ------------------------------------------------------------------------ differences in words

NUM, PCT, RP = "n", "p", "rp"


def key_figures(d: dict[str, Any]) -> dict[str, tuple[Any, str]]:
    """The figures of a data set (as stored JSON) under readable labels, in report order."""
    out: dict[str, tuple[Any, str]] = {}

    def add(label: str, value: Any, kind: str = NUM) -> None:
        out[label] = (value, kind)

    prof = d.get("profile", {})
    add("Nama UPT", prof.get("name"), "t")
    add("Kepala UPT", prof.get("head_name"), "t")
    add("NIP Kepala UPT", prof.get("head_nip"), "t")
    f = d.get("flow", {})
    add("Kapasitas", f.get("capacity"))
    add("Klien awal periode", f.get("at_start"))
    add("Klien masuk", f.get("admitted"))
    add("Klien keluar", f.get("discharged"))
    add("Klien akhir periode", f.get("at_end"))
    for r in f.get("discharged_by_reason", []):
        add(f"Klien keluar, {r['name']}", r["count"])
    res = d.get("residents", {})
    for key, title in (("by_ppks", "PPKS"), ("by_age", "Umur"), ("by_origin", "Asal"),
                       ("by_stage", "Tahapan")):
        for r in res.get(key, []):
            add(f"{title} {r['name']} (L)", r["l"])
            add(f"{title} {r['name']} (P)", r["p"])
    tr = d.get("training", {})
    for t in [*tr.get("tracks", []), *([tr["total"]] if "total" in tr else [])]:
        name = "Pelatihan, jumlah" if t.get("track_id") is None else f"Program {t['name']}"
        add(f"{name}: angkatan berjalan", t["cohorts"])
        add(f"{name}: peserta", t["enrolled"])
        add(f"{name}: pertemuan", t["sessions"])
        add(f"{name}: JP", t["jp"])
        add(f"{name}: kehadiran tercatat", t["recorded"])
        add(f"{name}: tingkat kehadiran", t["attendance_rate"], PCT)
        add(f"{name}: lulus", t["graduates"])
        add(f"{name}: tidak lulus", t["failed"])
    tu = d.get("tutors", {})
    add("Tutor aktif", tu.get("active"))
    add("JP mengajar", tu.get("jp"))
    for r in tu.get("rows", []):
        add(f"Tutor {r['name']}: JP", r["jp"])
    fu = d.get("followups", {})
    add("Bimbingan lanjut jatuh tempo", fu.get("due"))
    add("Bimbingan lanjut dilaksanakan", fu.get("done"))
    add("Bimbingan lanjut terlambat", fu.get("overdue"))
    add("Lulusan bekerja/berwirausaha", fu.get("earning"))
    add("Median penghasilan", fu.get("median_income"), RP)
    for e in d.get("effectiveness", []):
        add(f"Efektivitas {e['name']}: lulusan", e["graduates"])
        add(f"Efektivitas {e['name']}: terpantau", e["followed_up"])
        add(f"Efektivitas {e['name']}: bekerja/usaha", e["working"])
        add(f"Efektivitas {e['name']}: median penghasilan", e["median_income"], RP)
    fa = d.get("facility", {})
    add("Usulan revitalisasi", fa.get("total"))
    add("Nilai usulan revitalisasi", fa.get("total_cost"), RP)
    for r in fa.get("by_status", []):
        add(f"Usulan berstatus {r['name']}", r["count"])
    add("Usulan diajukan dalam periode", fa.get("submitted"))
    add("Usulan selesai dalam periode", fa.get("completed"))
    return out


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return "–" if kind != NUM else "0"
    if kind == PCT:
        return format_percent(value)
    if kind == RP:
        return format_rupiah(value)
    if kind == NUM:
        return format_number(value)
    return str(value) or "–"


def describe_differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """``['Klien masuk: 12 → 13', …]`` for every figure that changed."""
    before, after = key_figures(old), key_figures(new)
    labels = list(before) + [k for k in after if k not in before]
    lines = []
    for label in labels:
        kind = (after.get(label) or before.get(label) or (None, NUM))[1]
        a = before.get(label, (None, kind))[0]
        b = after.get(label, (None, kind))[0]
        if kind == NUM:
            a, b = a or 0, b or 0
        if a != b and not (kind == PCT and a is not None and b is not None
                           and abs(a - b) < 1e-12):
            lines.append(f"{label}: {_shown(a, kind)} → {_shown(b, kind)}")
    return lines
