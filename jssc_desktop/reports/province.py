"""The province report of a period (Dinas Sosial Provinsi): JSON, XLSX and PDF
(``province_pdf.py``) of :func:`..services.province.consolidate`, with the report's status
(SEMENTARA until the province head approves it, ``province_approval.py``). Every figure comes
from the UPTs' packages; nothing is computed here but the layout of the cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.formatting import format_datetime
from ..domain.language import official
from ..domain.messages import msg
from ..fileutil import write_bytes_atomic
from ..services.base import Actor
from ..services.province import ProvinceReport
from .province_pdf import ProvinceStatus

FORMATS = ("json", "xlsx", "pdf")

TOTAL_LABELS = (
    ("clients_start", "Klien pada awal periode", "int"),
    ("admitted", "Klien masuk", "int"),
    ("discharged", "Klien keluar (terminasi)", "int"),
    ("clients_end", "Klien pada akhir periode", "int"),
    ("capacity", "Kapasitas tampung", "int"),
    ("occupancy", "Tingkat hunian", "pct"),
    ("graduates", "Lulusan pelatihan", "int"),
    ("attendance_rate", "Tingkat kehadiran", "pct"),
    ("followup_graduates", "Lulusan terpantau bimbingan lanjut", "int"),
    ("earning", "Bekerja/berwirausaha", "int"),
    ("earning_share", "% bekerja/berwirausaha", "pct"),
    ("upts_sent", "UPT yang sudah mengirim", "int"),
    ("upts_known", "UPT terdaftar", "int"),
)


@official
def report_json(rep: ProvinceReport, status: ProvinceStatus | None = None) -> dict[str, Any]:
    def when(value: Any) -> str | None:
        return value.isoformat(timespec="seconds") if value is not None else None

    status = status or ProvinceStatus()
    return {
        "format": "jssc-laporan-provinsi", "schema_version": 2,
        "report": {"kind": rep.kind, "period": rep.period, "label": rep.label},
        "status": {"state": status.state, "revision": status.revision, "word": status.word,
                   "approved_by": status.approved_by or None,
                   "approved_at": when(status.approved_at)},
        "made_at": when(rep.made_at),
        "summary": rep.totals,
        "upts": [{"code": u.code, "name": u.name, "state": u.state, "revision": u.revision,
                  "word": u.word, "received_at": when(u.received_at),
                  "made_at": when(u.made_at), "packages": u.packages, "summary": u.summary}
                 for u in rep.upts],
        "not_sent": [{"code": u.code, "name": u.name} for u in rep.missing],
        "unlisted_upts": rep.unknown_upts,
        "tracks": rep.tracks,
        "tracks_by_upt": rep.tracks_by_upt,
        "origin": rep.origin,
        "facility": rep.facility,
        "v1_upts": rep.v1_upts,
    }


def _sheet(wb: list[Any], title: str, header: list[str], rows: list[list[Any]],
           pct: tuple[int, ...] = (), pct_rows: tuple[int, ...] = ()) -> None:
    """One sheet: a bold header, then the rows; the cells of the columns ``pct`` (1-based) and
    of the data rows ``pct_rows`` (0-based, last column) are shown as percentages."""
    from .sheets import BOLD, PERCENT, Sheet

    # each column as wide as its longest value (a header wraps past 24 characters), 8-60
    widths = [min(len(str(h)), 24) + 2 for h in header]
    for row in rows:
        for c, value in enumerate(row[:len(widths)]):
            shown = (len(f"{value:,}") if isinstance(value, int)
                     else 7 if isinstance(value, float) else len(str(value or "")))
            widths[c] = max(widths[c], shown + 2)
    sheet = Sheet(title, [max(8, min(w, 60)) for w in widths], [list(header), *rows])
    sheet.styles.update(((0, c), BOLD) for c in range(len(header)))
    columns = [c - 1 for c in pct]
    for r, row in enumerate(rows, start=1):
        marked = [*columns, *([len(row) - 1] if r - 1 in pct_rows else [])]
        sheet.styles.update(((r, c), PERCENT) for c in marked)
    wb.append(sheet)


@official
def report_xlsx(rep: ProvinceReport, status: ProvinceStatus | None = None) -> bytes:
    from .sheets import workbook

    status = status or ProvinceStatus()
    wb: list[Any] = []
    _sheet(wb, "Ringkasan", ["Kode", "Uraian", "Jumlah provinsi"],
           [[key, label, rep.totals.get(key)] for key, label, _ in TOTAL_LABELS]
           + [["status", "Status laporan", status.word]]
           + ([["approved_by", "Disetujui oleh", status.approved_by],
               ["approved_at", "Tanggal persetujuan", format_datetime(status.approved_at)]]
              if status.state == "disetujui" else []),
           pct_rows=tuple(i for i, (_, _, kind) in enumerate(TOTAL_LABELS) if kind == "pct"))
    _sheet(wb, "Per UPT", ["Kode UPT", "Nama UPT", "Status", "Diterima", "Klien awal",
                           "Masuk", "Keluar", "Klien akhir", "Lulusan", "Kehadiran",
                           "Kapasitas", "Hunian"],
           [[u.code, u.name, u.word, format_datetime(u.received_at),
             u.summary.get("clients_start"), u.summary.get("admitted"),
             u.summary.get("discharged"), u.summary.get("clients_end"),
             u.summary.get("graduates"), u.summary.get("attendance_rate"),
             u.summary.get("capacity"), u.summary.get("occupancy")]
            for u in rep.upts], pct=(10, 12))
    _sheet(wb, "Belum Mengirim", ["Kode UPT", "Nama UPT"],
           [[u.code, u.name] for u in rep.missing])
    months = [f"m{m}_{k}" for m in (3, 6, 12) for k in ("followed_up", "working")]
    month_heads = [f"Bulan ke-{m} {w}" for m in (3, 6, 12) for w in ("dipantau", "bekerja")]
    _sheet(wb, "Efektivitas Program", ["Kode", "Program", "Lulusan", "Terpantau",
                                       "Bekerja/usaha", "% bekerja/usaha", *month_heads,
                                       "Median penghasilan"],
           [[t["code"], t["name"], t["graduates"], t["followed_up"], t["working"],
             t["working_share"], *(t[k] for k in months), t["median_income"]]
            for t in rep.tracks], pct=(6,))
    _sheet(wb, "Efektivitas per UPT", ["Kode UPT", "Kode", "Program", "Lulusan", "Terpantau",
                                       "Bekerja/usaha", "% bekerja/usaha", *month_heads,
                                       "Median penghasilan"],
           [[t["upt_code"], t["code"], t["name"], t["graduates"], t["followed_up"],
             t["working"], t["working_share"], *(t[k] for k in months), t["median_income"]]
            for t in rep.tracks_by_upt], pct=(7,))
    facility = ["count", "cost", "fisik_count", "fisik_cost", "nonfisik_count",
                "nonfisik_cost", "apbd_count", "apbd_cost", "non_apbd_count", "non_apbd_cost"]
    _sheet(wb, "Usulan Revitalisasi", ["Kode", "Status", "Usulan", "Nilai", "Fisik",
                                       "Nilai fisik", "Nonfisik", "Nilai nonfisik",
                                       "Dana APBD", "Nilai APBD", "Dana non-APBD",
                                       "Nilai non-APBD"],
           [[f["code"], f["name"], *(f[k] for k in facility)] for f in rep.facility])
    _sheet(wb, "Asal Klien", ["Kode", "Kabupaten/kota", "L", "P", "Jumlah"],
           [[o["code"], o["name"], o["l"], o["p"], o["count"]] for o in rep.origin])
    return workbook(wb)


@official
def write_province_report(db: Any, actor: Actor, kind: str, period_text: str, *,
                          formats: tuple[str, ...], out_dir: Path | str) -> list[Path]:
    """Write the province report in each format; the file names carry the status
    (``laporan-provinsi-monthly-2026-10-sementara.pdf``). An approved report unchanged since
    gives its archived PDF and XLSX byte for byte."""
    from .province_approval import province_files

    for f in formats:
        if f not in FORMATS:
            raise ValidationError(msg("Format '{f}' tidak dikenal untuk laporan provinsi; pilih "
                                  "json, xlsx atau pdf.", f=f), "format")
    with db.read_session() as s:
        rep, status, files = province_files(s, actor, kind, period_text, formats)
    word = status.word.lower().replace(" ", "-")
    base = f"laporan-provinsi-{rep.kind}-{rep.period}-{word}"
    return [write_bytes_atomic(Path(out_dir) / f"{base}.{f}", content) for f, content in files]
