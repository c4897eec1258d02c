"""Periodic reports for Dinsos (PDF and XLSX) and the documents a UPT prints.

``generate_report`` computes the data set of a period once (``dataset.build_dataset``) and renders
it to each requested format (an approved period gives its archived files); ``generate_document``
prints a certificate, a monthly attendance recap, a client case summary or a facility request
form. Files are written atomically (a
temporary file, then a rename), so a half-written report never sits under the final name.

This module imports nothing heavy: ReportLab and openpyxl load when a file is first rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.language import official
from ..domain.messages import msg
from ..domain.periods import KIND_NAMES, Period, parse_period_for_kind
from ..fileutil import write_bytes_atomic
from ..services.base import Actor, audit, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..storage.db import Database
    from .dataset import ReportDataset
    from .model import ReportStatus

FORMATS = ("pdf", "xlsx")
DOCUMENT_KINDS = ("certificate", "recap", "attendance", "case", "facility")

Progress = Callable[[str, float], None]


def report_file_name(period: Period, fmt: str, status: ReportStatus | str | None = None) -> str:
    """``laporan-bulanan-2026-10-sementara.pdf``, ``laporan-triwulan-2026-Q3-disetujui.xlsx``,
    ``laporan-tahunan-2026-perbaikan-1.pdf``: the status is part of the name, so a provisional
    file is never mistaken for the approved one."""
    if status is None:
        tail = ""
    elif isinstance(status, str):
        tail = f"-{status}"
    else:
        tail = f"-{status.state}" + (f"-{status.revision}" if status.state == "perbaikan" else "")
    return f"laporan-{KIND_NAMES[period.kind].lower()}-{period.key}{tail}.{fmt}"


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(f.lower() for f in formats))
    if not chosen:
        raise ValidationError(msg("Pilih sedikitnya satu format: pdf atau xlsx."), "format")
    for f in chosen:
        if f not in FORMATS:
            raise ValidationError(msg("Format '{f}' tidak dikenal; pilih pdf atau xlsx.",
                                      f=f), "format")
    return chosen


@official
def report_dataset(session: Session, actor: Actor, kind: str, period_text: str, *,
                   today: date | None = None) -> ReportDataset:
    """The data set of a period, for the in-app preview (the same numbers as the files)."""
    from .dataset import build_dataset

    require(actor, "report.generate")
    return build_dataset(session, parse_period_for_kind(kind, period_text), today=today)


@official
def render(ds: ReportDataset, fmt: str, logo: bytes | None = None) -> bytes:
    """One data set to PDF or XLSX bytes."""
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(ds, logo)
    from .xlsx import render_xlsx

    return render_xlsx(ds)


@official
def generate_report(session: Session, actor: Actor, kind: str, period_text: str, *,
                    formats: Iterable[str] = FORMATS, out_dir: Path | str,
                    today: date | None = None, progress: Progress | None = None) -> list[Path]:
    """Write the periodic report of ``kind`` (monthly|quarterly|semester|annual) for
    ``period_text`` (``2026-10``, ``2026-Q3``, ``2026-S2``, ``2026``) into ``out_dir``: the
    archived files of an approved period, else files marked with their status (see
    :func:`.approval.report_files`).

    ``progress(phase, fraction)`` is called between steps; raising from it cancels the run
    (nothing is left under the final file names)."""
    from .approval import report_files

    require(actor, "report.generate")
    period = parse_period_for_kind(kind, period_text)
    chosen = check_formats(formats)
    if progress:
        progress("Menghitung data laporan", 0.0)
    files = report_files(session, actor, kind, period_text, formats=chosen, today=today,
                         progress=progress)
    record_report_generated(session, actor, period, [name for name, _content in files])
    paths = save_report_files(files, out_dir)
    if progress:
        progress("Selesai", 1.0)
    return paths


@official
def generate_report_in(db: Database, actor: Actor, kind: str, period_text: str, *,
                       formats: Iterable[str] = FORMATS, out_dir: Path | str,
                       today: date | None = None, progress: Progress | None = None
                       ) -> list[Path]:
    """:func:`generate_report` for a whole Database, as the window and the command line run it:
    the data set is read and rendered in a read-only unit of work (on SQLite it holds up no
    one who saves data meanwhile), the audit row is written in a short one afterwards."""
    from .approval import report_files

    require(actor, "report.generate")
    period = parse_period_for_kind(kind, period_text)
    chosen = check_formats(formats)
    if progress:
        progress("Menghitung data laporan", 0.0)
    with db.read_session() as s:
        files = report_files(s, actor, kind, period_text, formats=chosen, today=today,
                             progress=progress)
    with db.session() as s:
        record_report_generated(s, actor, period, [name for name, _content in files])
    paths = save_report_files(files, out_dir)
    if progress:
        progress("Selesai", 1.0)
    return paths


def record_report_generated(session: Session, actor: Actor, period: Period,
                            names: list[str]) -> None:
    """The audit row of a generated report (which files, with their status in the name)."""
    require(actor, "report.generate")
    audit(session, actor, "report.generate", "period_report", None,
          after={"kind": period.kind, "period": period.key,
                 "formats": [n.rsplit(".", 1)[-1] for n in names], "files": names})


def save_report_files(files: list[tuple[str, bytes]], out_dir: Path | str) -> list[Path]:
    """Write rendered files; only called once everything rendered, so a cancelled run leaves
    nothing behind."""
    return [write_bytes_atomic(Path(out_dir) / name, content) for name, content in files]


@official
def generate_document(db: Database, actor: Actor, kind: str, *, id: int | None = None,
                      month: str | None = None, out_dir: Path | str,
                      today: date | None = None) -> Path:
    """Print one document to ``out_dir`` and return its path.

    kind: ``certificate`` (id = enrollment), ``recap`` or ``attendance`` (id = cohort, month =
    ``YYYY-MM``), ``case`` (id = client), ``facility`` (id = facility request)."""
    from . import documents

    if kind not in DOCUMENT_KINDS:
        raise ValidationError(
            msg("Jenis dokumen '{kind}' tidak dikenal; pilih certificate, recap, case atau "
            "facility.", kind=kind), "jenis")
    if id is None:
        raise ValidationError(msg("Nomor data (--id) wajib diisi."), "id")
    builders: dict[str, Any] = {
        "certificate": lambda s: documents.certificate_pdf(s, actor, id, today=today),
        "recap": lambda s: documents.attendance_recap_pdf(s, actor, id, month, today=today),
        "attendance": lambda s: documents.attendance_recap_pdf(s, actor, id, month,
                                                               today=today),
        "case": lambda s: documents.case_summary_pdf(s, actor, id, today=today),
        "facility": lambda s: documents.facility_form_pdf(s, actor, id, today=today),
    }
    with db.session() as s:
        name, content = builders[kind](s)
    return write_bytes_atomic(Path(out_dir) / name, content)
