"""The period package for Dinas Sosial Provinsi: ``<kode-upt>_<periode>.jsscpkg``.

The figures come from the same data set as the PDF and the XLSX (an approved period: the archived
data set and files), laid out by the same description (:func:`.tables.resolve`): every section,
every table, every row with its code. Only aggregates travel: the data set holds counts, rates
and amounts, never a client's name, NIK or address (UU 27/2022, data minimisation); the format and
its checks are in ``services/package_format.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.errors import StorageError, ValidationError
from ..domain.language import official
from ..domain.messages import msg
from ..domain.periods import parse_period_for_kind
from ..fileutil import write_bytes_atomic
from ..services import package_format as fmt
from ..services.base import Actor, audit, require
from ..storage.audit_chain import head_record
from ..storage.audit_key import chain_key
from .layout import VERSION as LAYOUT_VERSION
from .package_extra import province_block
from .tables import Row, resolve


def _row(row: Row | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"code": row.code, "label": row.label,
            "values": [v if v is None or isinstance(v, (int, float, str)) else str(v)
                       for v in row.values]}


@official
def package_data(dataset: dict[str, Any], *, made_at: datetime | None = None,
                 province: dict[str, Any] | None = None) -> dict[str, Any]:
    """``data.json`` of a data set in its JSON form (:meth:`ReportDataset.to_dict`), with the
    ``province`` block of :func:`.package_extra.province_block` (schema version 2)."""
    profile, period = dataset["profile"], dataset["period"]
    status = dataset.get("status") or {}
    summary = dict(dataset.get("summary") or {})
    flow = dataset.get("flow") or {}
    state = str(status.get("state") or "sementara")
    revision = int(status.get("revision") or 0)
    word = f"PERBAIKAN KE-{revision}" if state == "perbaikan" else state.upper()
    sections = [{"code": s.code, "title": s.title, "tables": [
        {"code": t.code, "title": t.title,
         "columns": [{"key": c.key, "header": c.header, "kind": c.kind} for c in t.columns],
         "rows": [_row(r) for r in t.rows], "total": _row(t.total)} for t in s.tables]}
        for s in resolve(dataset)]
    code = str(profile.get("code") or "").strip()
    if not code:
        raise ValidationError(msg("Kode UPT belum diisi di Profil UPT; paket untuk Dinsos "
                              "memerlukan kode UPT."), "code")
    return {
        "format": fmt.FORMAT, "schema_version": fmt.SCHEMA_VERSION,
        "program": {"name": "JSSC Desktop", "version": __version__},
        "made_at": (made_at or datetime.now()).replace(microsecond=0).isoformat(),
        "upt": {"code": code, "name": str(profile.get("name") or code)},
        "report": {"kind": period["kind"], "period": period["key"], "label": period["label"],
                   "start": str(period["start"])[:10], "end": str(period["end"])[:10]},
        "status": {"state": state, "revision": revision, "word": word,
                   "as_of": str(status.get("as_of") or period["end"])[:10]},
        "summary": {
            **{k: summary.get(k) for k in (
                "clients_start", "admitted", "discharged", "clients_end", "graduates",
                "attendance_rate", "attendance_present", "attendance_recorded",
                "followup_graduates", "earning", "earning_share")},
            "capacity": int(flow.get("capacity") or 0), "occupancy": flow.get("occupancy")},
        "layout_version": LAYOUT_VERSION,
        "sections": sections,
        "province": province if province is not None
        else {"income_band": fmt.INCOME_BAND, "tracks": [], "facility": []},
    }


def _dataset_and_files(session: Any, actor: Actor, kind: str, period_text: str,
                       today: date | None) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """The data set (JSON form) and the PDF and XLSX: an approved period's archive, else made
    now with their status."""
    from . import render, report_file_name
    from .approval import _archived, archived_file, report_status
    from .dataset import build_dataset, load_logo

    period = parse_period_for_kind(kind, period_text)
    status = report_status(session, period, today=today)
    if status.state == "disetujui":
        row = _archived(session, period)
        if row is not None and row.dataset:
            files = [archived_file(session, actor, row.id, f) for f in ("pdf", "xlsx")]
            data = dict(row.dataset)
            data["status"] = dict(data.get("status") or {}, state="disetujui",
                                  revision=status.revision)
            return data, files
    ds = build_dataset(session, period, today=today)
    ds.status = status
    logo = load_logo(session)
    files = [(report_file_name(period, f, status), render(ds, f, logo)) for f in ("pdf", "xlsx")]
    return ds.to_dict(), files


@official
def build_package(db: Any, actor: Actor, kind: str, period_text: str, *,
                  out_dir: Path | str, today: date | None = None) -> Path:
    """Write the package of ``kind`` ``period_text`` into ``out_dir`` and return its path.

    For the Kepala UPT and the staff (and the administrator); audited as ``report.package``.
    The figures are read in a read-only unit of work; the audit row (which also makes the
    installation's secret on a database that has none yet) is written first in a short one."""
    require(actor, "report.package")
    period = parse_period_for_kind(kind, period_text)
    with db.session() as s:
        audit(s, actor, "report.package", "period_report", None,
              after={"kind": period.kind, "period": period.key})
        head = head_record(s)
    chain_id = (head or {}).get("chain_id")
    if not chain_id:
        raise StorageError(msg("Kunci instalasi belum ada; paket tidak dapat ditandatangani."))
    secret = chain_key(str(chain_id), create=False)
    with db.read_session() as s:
        dataset, files = _dataset_and_files(s, actor, kind, period_text, today)
        province = province_block(s, period, dataset)
    data = package_data(dataset, province=province)
    content = fmt.build_zip(data, files, secret)
    name = fmt.package_name(data["upt"]["code"], period.key)
    return write_bytes_atomic(Path(out_dir) / name, content)
