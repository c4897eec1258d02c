"""The periodic report described once, as data: sections, tables, rows, columns, codes, value
kinds and notes. The PDF, the XLSX, the in-app preview and the archive comparison all render this
description (through :func:`.tables.resolve`), so they cannot disagree on what a table is called,
which rows it has or what a footnote says. ``json.dumps(LAYOUT)`` gives the same description
to other programs (the province consolidation reads the same codes).

A table takes its rows either from a list in the data set (``"rows": "path.to.list"``; each item
gives its code and name) or from ``"fixed"`` rows, each with a code, a label and the data set path
of each value. Paths are dotted keys into :meth:`ReportDataset.to_dict`. Column kinds: ``int``,
``pct`` (a fraction, printed as a percentage rounded half up to one decimal), ``rp`` (Rupiah),
``text``, ``nip`` (a NIP, printed spaced), ``date``, or ``row`` (the kind is the row's own
``kind``). ``"share": "count"`` makes a column the row's ``count`` over the total's. ``"listing":
True`` marks tables whose rows are records of the period (tutors, cohorts, requests), which differ
from period to period; every other table has the same rows, zeros included, in every period.
``"total"`` is ``"sum"`` (add the ``int``/``rp`` columns up, except those marked ``"nosum"``) or a
data set path. Titles and notes may use ``{end}`` (last day of the period), ``{as_of}`` (the day
the data describe), ``{previous}``, ``{last_year}`` and ``{year}``.
"""

from __future__ import annotations

from typing import Any

from ..domain.fields import CLIENT as CLIENT_FIELDS

VERSION = 1

SEXED = [
    {"key": "l", "header": "L", "kind": "int"},
    {"key": "p", "header": "P", "kind": "int"},
    {"key": "count", "header": "Jumlah", "kind": "int"},
]
AMOUNTS = [
    {"key": "count", "header": "Jumlah usulan", "kind": "int"},
    {"key": "cost", "header": "Nilai (RAB)", "kind": "rp"},
]
VALUE = [{"key": "value", "header": "Nilai", "kind": "row"}]


def _fixed(code: str, label: str, kind: str = "int", **values: str) -> dict[str, Any]:
    return {"code": code, "label": label, "kind": kind, "values": values}


LAYOUT: dict[str, Any] = {"version": VERSION, "sections": [
    {"code": "1", "title": "Identitas UPT, kapasitas, target dan perbandingan", "tables": [
        {"code": "1.1", "sheet": "1.1 Identitas", "title": "Identitas UPT",
         "label": "Uraian", "columns": [{"key": "value", "header": "Isi", "kind": "row"}],
         "fixed": [
             _fixed("1", "Nama UPT", "text", value="profile.name"),
             _fixed("2", "Kode UPT", "text", value="profile.code"),
             _fixed("3", "Klaster", "text", value="profile.cluster"),
             _fixed("4", "Alamat", "text", value="profile.address"),
             _fixed("5", "Kabupaten/kota (kode Kemendagri)", "text",
                    value="profile.kab_kota_code"),
             _fixed("6", "Kabupaten/kota", "text", value="profile.kab_kota_name"),
             _fixed("7", "Telepon", "text", value="profile.phone"),
             _fixed("8", "Email", "text", value="profile.email"),
             _fixed("9", "Kepala UPT", "text", value="profile.head_name"),
             _fixed("10", "NIP Kepala UPT", "nip", value="profile.head_nip"),
             _fixed("11", "Pangkat/golongan Kepala UPT", "text", value="profile.head_rank"),
             _fixed("12", "Periode", "text", value="period.label"),
         ]},
        {"code": "1.2", "sheet": "1.2 Hunian", "title": "Kapasitas dan hunian pada {end}",
         "label": "Uraian", "columns": VALUE, "fixed": [
             _fixed("1", "Kapasitas tampung (orang)", value="flow.capacity"),
             _fixed("2", "Klien pada akhir periode (orang)", value="flow.at_end"),
             _fixed("3", "Tingkat hunian", "pct", value="flow.occupancy"),
         ], "note": "Tingkat hunian = klien pada akhir periode / kapasitas tampung."},
        {"code": "1.3", "sheet": "1.3 Target", "title": "Target tahunan {year} dan capaian",
         "label": "Target", "rows": "context.targets", "columns": [
             {"key": "target", "header": "Target {year}", "kind": "row"},
             {"key": "actual", "header": "Capaian s.d. {as_of}", "kind": "row"},
             {"key": "achieved", "header": "Capaian / target", "kind": "pct"},
         ], "note": "Target ditetapkan di Pengaturan. Capaian dihitung sejak 1 Januari {year} "
                    "sampai {as_of}; kapasitas: kapasitas tampung pada profil UPT; bekerja/"
                    "berwirausaha: lulusan terpantau menurut bimbingan lanjut terakhirnya."},
        {"code": "1.4", "sheet": "1.4 Perbandingan", "title": "Perbandingan dengan periode lain",
         "label": "Uraian", "rows": "context.comparison", "columns": [
             {"key": "current", "header": "Periode ini", "kind": "row"},
             {"key": "previous", "header": "{previous}", "kind": "row"},
             {"key": "last_year", "header": "{last_year}", "kind": "row"},
         ], "note": "Angka periode sebelumnya dan periode yang sama tahun lalu dihitung "
                    "dari data saat ini dengan aturan yang sama."},
    ]},
    {"code": "2", "title": "Alur klien", "tables": [
        {"code": "2.1", "sheet": "2.1 Alur Klien", "title": "Alur klien dalam periode",
         "label": "Uraian", "columns": SEXED, "fixed": [
             _fixed("1", "Klien pada awal periode", count="flow.at_start"),
             _fixed("2", "Klien masuk dalam periode", l="flow.admitted_l",
                    p="flow.admitted_p", count="flow.admitted"),
             _fixed("3", "Klien keluar/terminasi dalam periode", l="flow.discharged_l",
                    p="flow.discharged_p", count="flow.discharged"),
             _fixed("4", "Klien pada akhir periode (1 + 2 − 3)", l="flow.at_end_l",
                    p="flow.at_end_p", count="flow.at_end"),
         ], "note": "Klien pada awal periode: masuk sebelum hari pertama periode dan belum "
                    "keluar sebelum hari itu. Klien pada akhir periode: masuk paling lambat "
                    "{end} dan belum keluar pada hari itu."},
        {"code": "2.2", "sheet": "2.2 Terminasi", "title": "Klien keluar menurut alasan terminasi",
         "label": "Alasan terminasi", "rows": "flow.discharged_by_reason", "columns": SEXED,
         "total": "sum"},
        {"code": "2.3", "sheet": "2.3 Rujukan", "title": "Klien masuk menurut sumber rujukan",
         "label": CLIENT_FIELDS.label("referral_source"), "rows": "context.referral",
         "columns": SEXED,
         "total": "sum", "listing": True,
         "note": "Sumber rujukan seperti tercatat pada data klien (tulisan yang sama "
                 "digabung)."},
    ]},
    {"code": "3", "title": "Klien pada akhir periode", "tables": [
        {"code": "3.1", "sheet": "3.1 PPKS",
         "title": "Klien pada {end} menurut kategori PPKS dan jenis kelamin",
         "label": "Kategori PPKS", "rows": "residents.by_ppks", "columns": SEXED,
         "total": "sum", "chart": {"type": "bar", "column": "count",
                                   "title": "Jumlah klien menurut kategori PPKS"},
         "note": "Kode PPKS menurut Permensos 8/2012; '-' = tidak tercatat."},
        {"code": "3.2", "sheet": "3.2 Umur",
         "title": "Klien pada {end} menurut kelompok umur dan jenis kelamin",
         "label": "Kelompok umur", "rows": "residents.by_age", "columns": SEXED,
         "total": "sum", "note": "Umur pada {end}."},
        {"code": "3.3", "sheet": "3.3 Asal",
         "title": "Klien pada {end} menurut kabupaten/kota asal",
         "label": "Kabupaten/kota asal", "rows": "residents.by_origin", "columns": SEXED,
         "total": "sum", "note": "Kode wilayah Kemendagri; 9999 = luar Jawa Timur."},
        {"code": "3.4", "sheet": "3.4 Tahapan",
         "title": "Klien pada {end} menurut tahapan rehabilitasi sosial",
         "label": "Tahapan", "rows": "residents.by_stage", "columns": SEXED, "total": "sum",
         "note": "Nomor tahapan menurut Permensos 16/2019; tahapan terakhir yang dimulai "
                 "paling lambat {end}."},
    ]},
    {"code": "4", "title": "Pelatihan keterampilan", "tables": [
        {"code": "4.1", "sheet": "4.1 Program", "title": "Pelatihan per program keterampilan",
         "label": "Program", "rows": "training.tracks", "total": "training.total", "columns": [
             {"key": "cohorts", "header": "Angkatan berjalan", "kind": "int"},
             {"key": "enrolled", "header": "Peserta", "kind": "int"},
             {"key": "sessions", "header": "Pertemuan", "kind": "int"},
             {"key": "jp", "header": "JP", "kind": "int"},
             {"key": "attendance_rate", "header": "Kehadiran", "kind": "pct"},
             {"key": "graduates", "header": "Lulus", "kind": "int"},
             {"key": "failed", "header": "Tidak lulus", "kind": "int"},
             {"key": "pass_rate", "header": "Tingkat kelulusan", "kind": "pct"},
         ], "note": "Angkatan berjalan: jadwalnya beririsan dengan periode. Kehadiran = (hadir + "
                    "terlambat) / kehadiran tercatat pada pertemuan dalam periode. Tingkat "
                    "kelulusan = lulus / (lulus + tidak lulus) dalam periode."},
        {"code": "4.2", "sheet": "4.2 Kehadiran",
         "title": "Rekap kehadiran (H/S/I/A/T) per program", "label": "Program",
         "rows": "training.tracks", "total": "training.total", "columns": [
             {"key": "attendance.H", "header": "H", "kind": "int"},
             {"key": "attendance.S", "header": "S", "kind": "int"},
             {"key": "attendance.I", "header": "I", "kind": "int"},
             {"key": "attendance.A", "header": "A", "kind": "int"},
             {"key": "attendance.T", "header": "T", "kind": "int"},
             {"key": "recorded", "header": "Tercatat", "kind": "int"},
             {"key": "attendance_rate", "header": "Kehadiran", "kind": "pct"},
         ], "chart": {"type": "bar", "column": "attendance_rate",
                      "title": "Tingkat kehadiran per program (%)"},
         "note": "H hadir, S sakit, I izin, A alpa, T terlambat (dihitung hadir)."},
        {"code": "4.3", "sheet": "4.3 Angkatan", "title": "Angkatan yang berjalan dalam periode",
         "label": "Angkatan", "rows": "training.cohorts", "listing": True, "columns": [
             {"key": "track_name", "header": "Program", "kind": "text"},
             {"key": "tutor_name", "header": "Tutor", "kind": "text"},
             {"key": "start_date", "header": "Mulai", "kind": "date"},
             {"key": "end_date", "header": "Selesai", "kind": "date"},
             {"key": "enrolled", "header": "Peserta", "kind": "int"},
             {"key": "sessions", "header": "Pertemuan", "kind": "int"},
             {"key": "attendance_rate", "header": "Kehadiran", "kind": "pct"},
             {"key": "graduates", "header": "Lulus", "kind": "int"},
         ]},
    ]},
    {"code": "5", "title": "Tutor/instruktur", "tables": [
        {"code": "5.1", "sheet": "5.1 Jenis Tutor", "title": "Tutor aktif menurut jenis",
         "label": "Jenis tutor", "rows": "tutors.by_type", "total": "sum",
         "columns": [
             {"key": "tutors", "header": "Tutor aktif", "kind": "int"},
             {"key": "sessions", "header": "Pertemuan", "kind": "int"},
             {"key": "jp", "header": "JP mengajar", "kind": "int"},
         ], "note": "Tutor aktif: mengajar sedikitnya satu pertemuan dalam periode."},
        {"code": "5.2", "sheet": "5.2 Lembaga", "title": "Tutor aktif menurut lembaga asal",
         "label": "Lembaga", "rows": "tutors.by_institution", "listing": True, "total": "sum",
         "columns": [
             {"key": "tutors", "header": "Tutor aktif", "kind": "int"},
             {"key": "sessions", "header": "Pertemuan", "kind": "int"},
             {"key": "jp", "header": "JP mengajar", "kind": "int"},
         ]},
        {"code": "5.3", "sheet": "5.3 Honorarium",
         "title": "Tutor aktif, honorarium dan pertemuan di luar perjanjian",
         "label": "Nama", "rows": "tutors.rows", "listing": True, "total": "sum", "columns": [
             {"key": "type_name", "header": "Jenis", "kind": "text"},
             {"key": "sessions", "header": "Pertemuan", "kind": "int"},
             {"key": "jp", "header": "JP", "kind": "int"},
             {"key": "cost", "header": "Honorarium", "kind": "rp"},
             {"key": "outside_agreement", "header": "Di luar perjanjian", "kind": "int",
              "flag": True},
         ], "note": "Honorarium = JP × tarif per JP dari perjanjian (MoU/kontrak) yang berlaku "
                    "pada hari pertemuan, atau tarif tutor bila tidak ada. Di luar perjanjian: "
                    "pertemuan tutor eksternal pada hari yang tidak tercakup perjanjian mana "
                    "pun (ditandai ⚠)."},
    ]},
    {"code": "6", "title": "Bimbingan lanjut lulusan", "tables": [
        {"code": "6.1", "sheet": "6.1 Bimbingan Lanjut", "title": "Ringkasan bimbingan lanjut",
         "label": "Uraian", "columns": VALUE, "fixed": [
             _fixed("1", "Jatuh tempo dalam periode", value="followups.due"),
             _fixed("2", "… dari jumlah itu, sudah dilaksanakan s.d. {as_of}",
                    value="followups.due_done"),
             _fixed("3", "Terlambat per {as_of}: jatuh tempo dalam periode",
                    value="followups.overdue_in_period"),
             _fixed("4", "Terlambat per {as_of}: tunggakan sebelumnya",
                    value="followups.overdue_before"),
             _fixed("5", "Kunjungan bimbingan lanjut dilaksanakan dalam periode",
                    value="followups.visits"),
             _fixed("6", "Lulusan terpantau dalam periode (dihitung sekali)",
                    value="followups.graduates"),
             _fixed("7", "… di antaranya bekerja/berwirausaha/KUBE", value="followups.earning"),
             _fixed("8", "Persentase bekerja/berwirausaha/KUBE", "pct",
                    value="followups.earning_share"),
             _fixed("9", "Median penghasilan per bulan (yang bekerja/berwirausaha)", "rp",
                    value="followups.median_income"),
             _fixed("10", "Data penghasilan tercatat", value="followups.incomes_recorded"),
         ], "note": "Terlambat: jatuh tempo paling lambat {as_of} dan belum dilaksanakan pada "
                    "hari itu ({as_of} = hari ini atau akhir periode, mana yang lebih dulu); "
                    "'jatuh tempo dalam periode' dan 'tunggakan sebelumnya' (jatuh tempo "
                    "sebelum periode) dihitung terpisah. Lulusan terpantau: lulusan dengan "
                    "bimbingan lanjut dalam periode, masing-masing dihitung sekali menurut "
                    "bimbingan lanjut terakhirnya; kunjungan dihitung terpisah (baris 5). "
                    "Median penghasilan dari lulusan itu yang bekerja/berwirausaha dan "
                    "penghasilannya tercatat."},
        {"code": "6.2", "sheet": "6.2 Hasil", "title": "Lulusan terpantau menurut hasil terakhir",
         "label": "Hasil", "rows": "followups.outcomes", "total": "sum", "columns": [
             {"key": "count", "header": "Lulusan", "kind": "int"},
             {"key": "share", "header": "Persentase", "kind": "pct", "share": "count"},
         ], "chart": {"type": "pie", "column": "count", "title": "Hasil bimbingan lanjut"},
         "note": "Setiap lulusan dihitung sekali, menurut bimbingan lanjut terakhir yang "
                 "dilaksanakan dalam periode."},
        {"code": "6.3", "sheet": "6.3 Bulan Ke", "title": "Bimbingan lanjut menurut bulan ke-",
         "label": "Bimbingan lanjut", "rows": "followups.by_months", "total": "sum",
         "columns": [
             {"key": "due", "header": "Jatuh tempo", "kind": "int"},
             {"key": "visits", "header": "Dilaksanakan", "kind": "int"},
             {"key": "overdue", "header": "Terlambat per {as_of}", "kind": "int"},
             {"key": "earning", "header": "Bekerja/ usaha (kunjungan)", "kind": "int"},
         ], "note": "Jatuh tempo dan dilaksanakan: dalam periode. Terlambat: termasuk "
                    "tunggakan sebelumnya. Bekerja/usaha dihitung per kunjungan."},
        {"code": "6.4", "sheet": "6.4 Efektivitas", "title": "Efektivitas program keterampilan",
         "label": "Program", "rows": "effectiveness", "total": "effectiveness_total",
         "columns": [
             {"key": "due", "header": "Jatuh tempo", "kind": "int"},
             {"key": "done", "header": "Dilak- sanakan", "kind": "int"},
             {"key": "overdue", "header": "Terlambat per {as_of}", "kind": "int"},
             {"key": "graduates", "header": "Lulusan s.d. {end}", "kind": "int"},
             {"key": "followed_up", "header": "Terpantau", "kind": "int"},
             {"key": "working", "header": "Bekerja/ usaha", "kind": "int"},
             {"key": "working_share", "header": "% bekerja/ usaha", "kind": "pct"},
             {"key": "median_income", "header": "Median penghasilan", "kind": "rp",
              "nosum": True},
         ], "note": "Jatuh tempo dan dilaksanakan: dalam periode; terlambat: per {as_of}, "
                    "termasuk tunggakan sebelumnya. Lulusan, terpantau dan bekerja/usaha: "
                    "kumulatif s.d. {end}, setiap lulusan sekali menurut bimbingan lanjut "
                    "terakhirnya; median penghasilan dari lulusan yang bekerja/berwirausaha."},
        {"code": "6.5", "sheet": "6.5 Bantuan Usaha",
         "title": "Bantuan usaha lulusan dan kondisinya saat bimbingan lanjut",
         "label": "Bantuan", "rows": "followups.aid", "listing": True, "total": "sum",
         "columns": [
             {"key": "given", "header": "Diberikan", "kind": "int"},
             {"key": "value", "header": "Nilai", "kind": "rp"},
             {"key": "count", "header": "Dipantau", "kind": "int"},
             {"key": "in_use", "header": "Masih dipakai", "kind": "int"},
             {"key": "not_in_use", "header": "Tidak dipakai", "kind": "int"},
             {"key": "broken", "header": "Rusak", "kind": "int"},
             {"key": "unknown", "header": "Tidak diketahui", "kind": "int"},
         ], "note": "Diberikan dan nilai: bantuan usaha yang tanggal pemberiannya dalam periode "
                    "(data Bantuan usaha klien). Dipantau dan kondisinya: seperti dicatat pada "
                    "bimbingan lanjut yang dilaksanakan dalam periode, menurut bentuk "
                    "bantuannya."},
    ]},
    {"code": "7", "title": "Usulan revitalisasi sarana dan prasarana", "tables": [
        {"code": "7.1", "sheet": "7.1 Status", "title": "Usulan menurut status pada {end}",
         "label": "Status", "rows": "facility.by_status", "columns": AMOUNTS, "total": "sum"},
        {"code": "7.2", "sheet": "7.2 Jenis", "title": "Usulan menurut jenis",
         "label": "Jenis", "rows": "facility.by_kind", "columns": AMOUNTS, "total": "sum"},
        {"code": "7.3", "sheet": "7.3 Sumber Dana", "title": "Usulan menurut sumber dana",
         "label": "Sumber dana", "rows": "facility.by_funding", "columns": AMOUNTS,
         "total": "sum"},
        {"code": "7.4", "sheet": "7.4 Dalam Periode", "title": "Usulan dalam periode",
         "label": "Uraian", "columns": AMOUNTS, "fixed": [
             _fixed("1", "Diajukan dalam periode", count="facility.submitted",
                    cost="facility.submitted_cost"),
             _fixed("2", "Selesai dikerjakan dalam periode", count="facility.completed",
                    cost="facility.completed_cost"),
         ], "note": "Usulan dihitung dengan statusnya pada {end} (riwayat status), di antara "
                    "usulan yang sudah ada pada hari itu."},
        {"code": "7.5", "sheet": "7.5 Daftar Usulan", "title": "Daftar usulan revitalisasi",
         "label": "Usulan", "rows": "facility.requests", "code_key": "number",
         "label_key": "title", "listing": True, "total": "sum", "columns": [
             {"key": "kind_name", "header": "Jenis", "kind": "text"},
             {"key": "funding_name", "header": "Sumber dana", "kind": "text"},
             {"key": "estimated_cost", "header": "Nilai (RAB)", "kind": "rp"},
             {"key": "status_name", "header": "Status", "kind": "text"},
         ]},
    ]},
]}


def tables() -> list[dict[str, Any]]:
    """Every table of the description, in report order."""
    return [t for section in LAYOUT["sections"] for t in section["tables"]]
