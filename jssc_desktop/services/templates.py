"""Import templates: an XLSX with a header row, an example row, an instructions sheet in
Indonesian, dropdowns for the coded columns and identity columns formatted as text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.fields import TUTOR as TUTOR_FIELDS
from ..domain.messages import msg
from ..domain.vocab import (
    AID_CONDITIONS,
    ATTENDANCE,
    FOLLOWUP_METHODS,
    FOLLOWUP_OUTCOMES,
    KAB_KOTA,
    NIK_MISSING_REASONS,
    PARTNER_KINDS,
    PPKS,
    SEXES,
    TUTOR_TYPES,
    Vocabulary,
)
from ..fileutil import atomic_file
from ..storage.models import TrainingTrack
from .exports import set_text_safe
from .imports import CLIENT_COLUMNS

KINDS = ("clients", "tutors", "attendance", "followups")


@dataclass(frozen=True)
class TemplateColumn:
    label: str
    example: object
    hint: str
    choices: str | None = None   # name of a list on the 'Daftar' sheet
    text: bool = False           # format the column as text (identity numbers)
    width: int = 18


def _client_columns() -> list[TemplateColumn]:
    choices = {"sex": "jenis_kelamin", "kab_kota_code": "kab_kota", "ppks_code": "ppks",
               "nik_missing_reason": "alasan_tanpa_nik"}
    out = []
    for col in CLIENT_COLUMNS:
        spec = CLIENT_FIELDS[col.key]
        hint = col.hint + (" Wajib." if col.required else "")
        out.append(TemplateColumn(col.label, spec.example, hint.strip(),
                                  choices.get(col.key), col.key in ("nik", "kk"),
                                  28 if col.key in ("name", "address", "ppks_code") else 18))
    return out


def _tutor_columns() -> list[TemplateColumn]:
    choices = {"tutor_type": "jenis_tutor", "partner_kind": "jenis_mitra"}
    widths = {"name": 26, "institution": 26, "expertise": 22, "certifications": 26}
    return [TemplateColumn(spec.header, spec.example, spec.import_hint, choices.get(spec.name),
                           spec.name in ("nip", "phone"), widths.get(spec.name, 18))
            for spec in TUTOR_FIELDS.imported()]


def _attendance_columns(tracks: list[str]) -> list[TemplateColumn]:
    return [
        TemplateColumn("No. Registrasi", "PM-2026-00001", "Nomor registrasi klien.", text=True),
        TemplateColumn("Nama Lengkap", "Siti Aminah", "Untuk memudahkan; dicocokkan dengan "
                       "nomor registrasi.", width=26),
        TemplateColumn("Program", tracks[0] if tracks else "Reparasi AC", "Program keterampilan.",
                       "program" if tracks else None, width=22),
        TemplateColumn("Angkatan", "Angkatan 1 2026", "Nama angkatan.", width=20),
        TemplateColumn("Tanggal", date(2026, 2, 3), "Tanggal pertemuan."),
        TemplateColumn("Kode Kehadiran", "H", "H hadir, S sakit, I izin, A alpa, T terlambat.",
                       "kehadiran"),
        TemplateColumn("Keterangan", None, "", width=26),
    ]


def _followup_columns(tracks: list[str]) -> list[TemplateColumn]:
    from .followup_import import EXAMPLE_REG_NO

    return [
        TemplateColumn("No. Registrasi", EXAMPLE_REG_NO, "Nomor registrasi lulusan. Wajib. "
                       "Baris contoh ini dilewati saat impor.", text=True),
        TemplateColumn("Bulan Ke", 3, "3, 6 atau 12 bulan setelah lulus. Wajib.",
                       "bulan_bimbingan"),
        TemplateColumn("Program", tracks[0] if tracks else "Menjahit", "Isi bila lulusan "
                       "mengikuti lebih dari satu program.", "program" if tracks else None,
                       width=22),
        TemplateColumn("Tgl Pelaksanaan", date(2026, 8, 10), "Tanggal bimbingan lanjut "
                       "dilaksanakan. Wajib."),
        TemplateColumn("Cara", FOLLOWUP_METHODS.name("kunjungan"), "Cara bimbingan. Wajib.",
                       "cara_bimbingan", width=20),
        TemplateColumn("Hasil", FOLLOWUP_OUTCOMES.name("wirausaha"), "Kegiatan lulusan kini. "
                       "Wajib.", "hasil_bimbingan", width=20),
        TemplateColumn("Tempat Kerja/Usaha", "Jahit Ani, Kepanjen", "Wajib bila bekerja atau "
                       "wirausaha.", width=26),
        TemplateColumn("Penghasilan per Bulan", 2_500_000, "Rupiah per bulan; di atas 0 bila "
                       "bekerja atau wirausaha."),
        TemplateColumn("Bantuan", "Mesin jahit", "Bantuan usaha yang diterima.", width=22),
        TemplateColumn("Kondisi Bantuan", AID_CONDITIONS.name("dipakai"),
                       "Kondisi bantuan saat bimbingan.", "kondisi_bantuan"),
        TemplateColumn("Catatan", None, "", width=26),
    ]


def _lists(tracks: list[str]) -> dict[str, list[str]]:
    def names(v: Vocabulary) -> list[str]:
        return [t.name for t in v]

    return {
        "jenis_kelamin": ["L", "P"] + names(SEXES),
        "kab_kota": names(KAB_KOTA),
        "ppks": names(PPKS),
        "alasan_tanpa_nik": names(NIK_MISSING_REASONS),
        "jenis_tutor": names(TUTOR_TYPES),
        "jenis_mitra": names(PARTNER_KINDS),
        "kehadiran": [t.code for t in ATTENDANCE],
        "program": tracks,
        "bulan_bimbingan": ["3", "6", "12"],
        "cara_bimbingan": names(FOLLOWUP_METHODS),
        "hasil_bimbingan": names(FOLLOWUP_OUTCOMES),
        "kondisi_bantuan": names(AID_CONDITIONS),
    }


TITLES = {"clients": "Data Klien", "tutors": "Data Tutor", "attendance": "Kehadiran",
          "followups": "Bimbingan Lanjut"}
INSTRUCTIONS = {
    "clients": [
        "Isi satu klien per baris mulai baris 3. Baris 2 adalah contoh; boleh dibiarkan (baris "
        "contoh dilewati saat impor) atau ditimpa dengan data klien.",
        "Kolom bertanda Wajib harus diisi: Nama Lengkap, Jenis Kelamin, Jenis PPKS, Tgl Masuk.",
        "NIK dan No. KK diketik sebagai teks 16 digit. Jangan ubah format kolomnya menjadi angka: "
        "Excel membulatkan digit terakhir menjadi 0, dan baris seperti itu akan ditolak.",
        "Bila NIK tidak ada, kosongkan dan isi 'Alasan Tanpa NIK'.",
        "Tanggal boleh ditulis 12-03-2005, 12/03/2005 atau 12 Maret 2005 (tahun 4 digit).",
        "Kab/Kota boleh kode (3507) atau nama. 'Malang', 'Blitar', 'Kediri', 'Madiun', "
        "'Mojokerto', 'Pasuruan' dan 'Probolinggo' harus ditulis dengan 'Kab.' atau 'Kota'.",
        "Jenis PPKS dipilih dari daftar (26 kategori Permensos 8/2012).",
        "Sebelum mengimpor, jalankan uji coba (dry run): tidak ada yang disimpan, dan setiap "
        "galat disebutkan dengan nomor baris dan nama kolomnya.",
        "Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu baris bermasalah, tidak ada "
        "yang disimpan. Klien yang sudah terdaftar (NIK sama) dilewati.",
    ],
    "tutors": [
        "Isi satu tutor per baris mulai baris 3 (baris 2 adalah contoh).",
        "Jenis Tutor: Internal (ASN/PPPK) atau Eksternal. Tutor eksternal mengisi Jenis Mitra "
        "dan Lembaga.",
        "Honor per JP dalam Rupiah, tanpa titik atau 'Rp'.",
    ],
    "attendance": [
        "Satu baris per klien per pertemuan.",
        "Kode kehadiran: H hadir, S sakit, I izin, A alpa (tanpa keterangan), T terlambat "
        "(dihitung hadir).",
        "Klien harus terdaftar sebagai peserta angkatan tersebut.",
    ],
    "followups": [
        "Satu baris per hasil bimbingan lanjut, mulai baris 3 (baris 2 adalah contoh dan "
        "dilewati saat impor).",
        "No. Registrasi dan Bulan Ke (3, 6 atau 12) menunjuk jadwal bimbingan lanjut lulusan; isi "
        "Program bila lulusan mengikuti lebih dari satu program.",
        "Hasil bekerja atau wirausaha memerlukan Tempat Kerja/Usaha dan penghasilan di atas "
        "Rp 0. Penghasilan di atas batas wajar (Pengaturan) perlu dikonfirmasi saat impor.",
        "Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu baris bermasalah, tidak ada "
        "yang disimpan.",
    ],
}


def write_template(kind: str, path: str | Path, session: Session | None = None) -> Path:
    """Write the import template for ``kind`` (clients|tutors|attendance|followups) to
    ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind not in KINDS:
        raise ValidationError(
            msg("Templat '{kind}' tidak dikenal; pilih clients, tutors, attendance atau followups.",
                kind=kind),
            "kind")
    tracks: list[str] = []
    if session is not None:
        tracks = list(session.execute(
            select(TrainingTrack.name).where(TrainingTrack.active.is_(True))
            .order_by(TrainingTrack.name)).scalars())
    makers: dict[str, Callable[[], list[TemplateColumn]]] = {
        "clients": _client_columns, "tutors": _tutor_columns,
        "attendance": lambda: _attendance_columns(tracks),
        "followups": lambda: _followup_columns(tracks)}
    columns = makers[kind]()

    wb = Workbook()
    ws = wb.active
    ws.title = TITLES[kind]
    lists_ws = wb.create_sheet("Daftar")
    lists = _lists(tracks)
    ranges: dict[str, str] = {}
    for c, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(c)
        lists_ws.cell(row=1, column=c, value=name)
        for r, value in enumerate(values, start=2):
            set_text_safe(lists_ws.cell(row=r, column=c), value)
        if values:
            ranges[name] = (f"{quote_sheetname(lists_ws.title)}!${letter}$2:"
                            f"${letter}${len(values) + 1}")
    lists_ws.sheet_state = "hidden"

    header_fill = PatternFill("solid", fgColor="1F6F5C")
    example_fill = PatternFill("solid", fgColor="FFF4D6")
    last_row = 2000
    for c, col in enumerate(columns, start=1):
        letter = get_column_letter(c)
        head = ws.cell(row=1, column=c, value=col.label)
        head.font = Font(bold=True, color="FFFFFF")
        head.fill = header_fill
        head.alignment = Alignment(wrap_text=True, vertical="center")
        example = ws.cell(row=2, column=c)
        if isinstance(col.example, str):
            set_text_safe(example, col.example)
        else:
            example.value = col.example
        example.fill = example_fill
        if isinstance(col.example, date):
            example.number_format = "dd/mm/yyyy"
        ws.column_dimensions[letter].width = col.width
        if col.text:
            for r in range(2, last_row + 1):
                ws.cell(row=r, column=c).number_format = "@"
        elif isinstance(col.example, date):
            for r in range(3, last_row + 1):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        if col.choices and col.choices in ranges:
            dv = DataValidation(type="list", formula1=ranges[col.choices], allow_blank=True,
                                showErrorMessage=True, errorTitle="Pilihan tidak dikenal",
                                error=f"Pilih {col.label} dari daftar.")
            dv.add(f"{letter}2:{letter}{last_row}")
            ws.add_data_validation(dv)
        if col.hint:
            from openpyxl.comments import Comment

            head.comment = Comment(col.hint, "JSSC Desktop")
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32

    guide = wb.create_sheet("Petunjuk", 0)
    guide["A1"] = f"Petunjuk pengisian templat {TITLES[kind]} — JSSC Desktop"
    guide["A1"].font = Font(bold=True, size=13)
    for r, line in enumerate(INSTRUCTIONS[kind], start=3):
        guide.cell(row=r, column=1, value=f"{r - 2}. {line}").alignment = Alignment(wrap_text=True)
    r = len(INSTRUCTIONS[kind]) + 4
    guide.cell(row=r, column=1, value="Kolom:").font = Font(bold=True)
    for offset, col in enumerate(columns, start=1):
        guide.cell(row=r + offset, column=1, value=f"{col.label}: {col.hint or '-'}")
    guide.column_dimensions["A"].width = 110
    wb.active = wb.index(ws)

    path = Path(path)
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return path
