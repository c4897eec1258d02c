"""The province report as PDF (A4 landscape): the consolidation of :func:`..services.province.
consolidate` under the Dinas Sosial letterhead, marked SEMENTARA (watermark and a status line on
every page) until the province head approves it, then DISETUJUI with the approver's name and
date in the signature block. Every figure comes from the UPTs' packages; nothing is computed here
but the layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.formatting import format_date, format_datetime, format_number, format_percent
from ..domain.formatting import format_rupiah as _rupiah
from ..domain.language import official
from ..services.province import ProvinceReport
from . import pdfkit as K

#: Dinas Sosial Provinsi Jawa Timur (dinsos.jatimprov.go.id, "Profil", "Alamat").
DINSOS_ADDRESS = "Jl. Gayung Kebonsari No. 56B, Gayungan, Surabaya 60235"
DINSOS_PHONE = "(031) 8290794"
DINSOS_EMAIL = "dinsos56b@jatimprov.go.id"


@dataclass(frozen=True)
class ProvinceStatus:
    state: str = "sementara"            # sementara | disetujui | perbaikan
    revision: int = 0
    approved_by: str = ""
    approved_at: datetime | None = None

    @property
    def word(self) -> str:
        if self.state == "perbaikan":
            return f"PERBAIKAN KE-{self.revision}"
        return self.state.upper()


def _n(value: Any) -> str:
    return format_number(value, language="id") if value is not None else "-"


def _pct(value: Any) -> str:
    return format_percent(value, language="id") if value is not None else "-"


def _rp(value: Any) -> str:
    return _rupiah(value, language="id") if value is not None else "-"


def _totals(rep: ProvinceReport) -> list[Any]:
    from .province import TOTAL_LABELS

    st = K.styles()
    rows = [[K.para(label, st["cell"]),
             K.para(_pct(rep.totals.get(key)) if kind == "pct" else _n(rep.totals.get(key)),
                    st["cell_right"])] for key, label, kind in TOTAL_LABELS]
    return K.data_table(["Uraian", "Jumlah provinsi"], rows, [K.mm_(110), K.mm_(40)],
                        right=(1,))


def _per_upt(rep: ProvinceReport, width: float) -> list[Any]:
    rows = []
    for u in rep.upts:
        s = u.summary
        rows.append([u.code, u.name, u.word, format_datetime(u.received_at, language="id"),
                     _n(s.get("clients_start")), _n(s.get("admitted")), _n(s.get("discharged")),
                     _n(s.get("clients_end")), _n(s.get("capacity")), _pct(s.get("occupancy")),
                     _n(s.get("graduates")), _pct(s.get("attendance_rate"))])
    # the longest UPT code (16 characters) and "Kehadiran" in the bold header on one line
    widths = [K.mm_(w) for w in (33, 55, 23, 28, 14, 14, 14, 14, 16, 15, 15, 19)]
    return K.data_table(["Kode", "Nama UPT", "Status", "Paket diterima", "Klien awal", "Masuk",
                         "Keluar", "Klien akhir", "Kapa- sitas", "Hunian", "Lulusan",
                         "Kehadiran"], rows, widths, right=tuple(range(4, 12)),
                        empty="Belum ada UPT yang mengirim paket untuk periode ini.")


def _tracks(rows: list[dict[str, Any]], *, by_upt: bool) -> list[Any]:
    body = []
    for t in rows:
        body.append([*([t["upt_code"]] if by_upt else []), t["code"], t["name"],
                     _n(t["graduates"]), _n(t["followed_up"]), _n(t["working"]),
                     _pct(t.get("working_share")),
                     *(f"{_n(t[f'm{m}_working'])}/{_n(t[f'm{m}_followed_up'])}"
                       for m in (3, 6, 12)),
                     _rp(t.get("median_income"))])
    header = [*(["UPT"] if by_upt else []), "Kode", "Program", "Lulusan", "Terpantau",
              "Bekerja/ usaha", "% bekerja/ usaha", "Bulan ke-3 (bekerja/ dipantau)",
              "Bulan ke-6", "Bulan ke-12", "Median penghasilan"]
    # a UPT's code (up to 16 characters) on one line
    widths = [*([33] if by_upt else []), 14, 53 if by_upt else 76, 17, 18, 18, 18, 26, 22, 22,
              28]
    return K.data_table(header, body, [K.mm_(w) for w in widths],
                        right=tuple(range(3 if by_upt else 2, len(header))))


def _facility(rep: ProvinceReport, keep: int, tail: list[Any]) -> list[Any]:
    body = [[f["name"], _n(f["count"]), _rp(f["cost"]), _n(f["fisik_count"]),
             _rp(f["fisik_cost"]), _n(f["nonfisik_count"]), _rp(f["nonfisik_cost"]),
             _n(f["apbd_count"]), _n(f["non_apbd_count"])] for f in rep.facility]
    total = ["Jumlah", *(_n(sum(f[k] for f in rep.facility)) if "count" in k
                         else _rp(sum(f[k] for f in rep.facility))
                         for k in ("count", "cost", "fisik_count", "fisik_cost",
                                   "nonfisik_count", "nonfisik_cost", "apbd_count",
                                   "non_apbd_count"))]
    widths = [K.mm_(w) for w in (40, 18, 34, 20, 34, 22, 34, 20, 20)]
    return K.data_table(["Status", "Usulan", "Nilai (RAB)", "Fisik", "Nilai fisik", "Nonfisik",
                         "Nilai nonfisik", "Dana APBD", "Dana non-APBD"], body, widths,
                        right=tuple(range(1, 9)), totals=total, keep_last=keep, tail=tail)


def _story(rep: ProvinceReport, status: ProvinceStatus, keep: int) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    st = K.styles()
    width = K.frame_width(True, 15, 15)
    head = K.Letterhead("Provinsi Jawa Timur", DINSOS_ADDRESS, DINSOS_PHONE, DINSOS_EMAIL)
    story: list[Any] = [*K.letterhead(head, width),
                        Paragraph("LAPORAN KONSOLIDASI UPT DINAS SOSIAL PROVINSI JAWA TIMUR",
                                  st["title"]),
                        Paragraph(K.esc(f"Laporan {_KINDS.get(rep.kind, rep.kind)} "
                                        f"{rep.label} — status {status.word}"),
                                  st["subtitle"]),
                        Spacer(1, K.mm_(4))]
    story += [K.heading("1. Ringkasan provinsi", "h1"), *_totals(rep)]
    story += [K.heading("2. UPT yang sudah mengirim paket", "h1"), *_per_upt(rep, width)]
    missing = [[u.code, u.name] for u in rep.missing]
    story += [K.heading(f"3. UPT yang belum mengirim ({len(missing)})", "h1"),
              *K.data_table(["Kode", "Nama UPT"], missing, [K.mm_(40), K.mm_(140)],
                            empty="Semua UPT sudah mengirim paket.")]
    origin = [[o["code"], o["name"], _n(o["l"]), _n(o["p"]), _n(o["count"])]
              for o in rep.origin if o["count"]]
    story += [K.heading("4. Klien menurut kabupaten/kota asal (seluruh UPT)", "h1"),
              *K.data_table(["Kode", "Kabupaten/kota", "L", "P", "Jumlah"], origin,
                            [K.mm_(w) for w in (20, 90, 20, 20, 24)], right=(2, 3, 4),
                            totals=["", "Jumlah", *(_n(sum(o[k] for o in rep.origin))
                                                    for k in ("l", "p", "count"))])]
    story += [K.heading("5. Efektivitas program keterampilan (seluruh UPT)", "h1"),
              *_tracks(rep.tracks, by_upt=False),
              Paragraph("Lulusan, terpantau dan bekerja/usaha: kumulatif s.d. akhir periode, "
                        "menurut bimbingan lanjut terakhir. Bulan ke-3/6/12: yang bekerja atau "
                        "berwirausaha dari yang dipantau pada bimbingan lanjut bulan itu. Median "
                        "penghasilan provinsi dihitung dari sebaran penghasilan gabungan "
                        "seluruh UPT (kelompok Rp 250.000), tepat sampai satu kelompok.",
                        st["note"])]
    story += [K.heading("6. Efektivitas program per UPT", "h1"),
              *_tracks(rep.tracks_by_upt, by_upt=True)]
    tail: list[Any] = [Paragraph("Status pada akhir periode. Fisik (bangunan) didanai APBD "
                                 "Provinsi; nonfisik (peralatan, pengembangan tutor) dari sumber "
                                 "non-APBD.", st["note"])]
    if rep.v1_upts:
        tail.append(Paragraph(K.esc(
            "Paket versi 1 (tanpa rincian bulan ke-3/6/12, sebaran penghasilan dan usulan per "
            "status): " + ", ".join(rep.v1_upts) + "."), st["note"]))
    if status.state == "disetujui":
        tail.append(K.signature_block(
            "Surabaya", status.approved_at.date() if status.approved_at else None,
            "Pimpinan Dinas Sosial Provinsi Jawa Timur", status.approved_by, None, width))
    story += [K.heading("7. Usulan revitalisasi sarana dan prasarana (seluruh UPT)", "h1"),
              *_facility(rep, keep, tail)]
    return story


_KINDS = {"monthly": "bulanan", "quarterly": "triwulanan", "semester": "semesteran",
          "annual": "tahunan"}


@official
def province_pdf(rep: ProvinceReport, status: ProvinceStatus) -> bytes:
    made = format_datetime(rep.made_at, language="id")
    if status.state == "disetujui":
        line = (f"DISETUJUI oleh {status.approved_by} pada "
                f"{format_date(status.approved_at.date() if status.approved_at else None, 'id')}")
    else:
        line = f"{status.word}: belum disetujui pimpinan Dinas Sosial Provinsi"
    return K.build_pdf_signed(
        lambda keep: _story(rep, status, keep), landscape=True,
        margins_mm=(12, 15, 18, 15), title=f"Laporan konsolidasi provinsi {rep.label}",
        author="Dinas Sosial Provinsi Jawa Timur", subject="Laporan konsolidasi UPT",
        footer=f"Laporan konsolidasi provinsi {rep.label} — dibuat {made}", header=line,
        watermark="" if status.state == "disetujui" else status.word)
