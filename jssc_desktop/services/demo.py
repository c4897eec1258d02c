"""Demo data: a realistic synthetic UPT, the same for the same seed, fast at 100,000 clients.

``build_demo`` fills an empty, migrated database with one UPT's history over a number of years:
the profile, one user per role, clients with consistent NIKs and dated rehabilitation stages,
training tracks with cohorts, sessions and attendance, tutors with their agreements, assessments,
graduations with certificates, follow-ups of graduates, facility requests through every status,
and a few audit rows.

Speed comes from plain data: the whole story is planned in memory first, every primary key is
assigned here, rows are written in large batches straight through the driver (executemany on
SQLite, COPY on PostgreSQL; see ``_Builder.insert``), nothing is read back, and names come from
pools drawn from Faker once. Everything happens in one transaction: a failed build leaves the
database empty. Determinism comes from seeded generators and from never reading the clock: every
timestamp is derived from the dates of the story (``today`` included). The only thing that
differs between two builds with the same seed and ``today`` is the salt of the password hashes.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, func, select, text
from sqlalchemy.orm import Session

from ..domain.errors import ConflictError, ValidationError
from ..domain.formatting import normalize_name
from ..domain.nik import make_nik
from ..domain.vocab import KAB_KOTA, OUTSIDE_JATIM, facility_transitions
from ..storage.db import Database
from ..storage.models import (
    Attendance,
    AuditLog,
    Base,
    Client,
    Cohort,
    Consent,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    Setting,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
    User,
)
from .base import audit_hash
from .users import hash_password

Progress = Callable[[str, float], None]

MAX_CLIENTS = 1_000_000
MAX_YEARS = 30
BATCH = 20_000

UPT_NAME = "UPT Pelayanan Sosial Bina Remaja Batu"
UPT_CODE = "PSBR-BATU"
UPT_KAB_KOTA = "3579"

DEMO_USERS = (
    # username, password, role
    ("admin", "Admin-2026", "admin"),
    ("staf", "Staf-2026", "staff"),
    ("kepala", "Kepala-2026", "head"),
    ("tutor", "Tutor-2026", "tutor"),
)

# Indonesian table labels of the summary, in the order they are shown.
LABELS = {
    "users": "Pengguna",
    "clients": "Klien",
    "stage_history": "Riwayat tahapan",
    "consents": "Persetujuan data pribadi",
    "tutors": "Tutor",
    "tutor_agreements": "Perjanjian tutor",
    "training_tracks": "Program pelatihan",
    "cohorts": "Angkatan",
    "enrollments": "Peserta pelatihan",
    "training_sessions": "Pertemuan",
    "attendance": "Kehadiran",
    "followups": "Bimbingan lanjut",
    "facility_requests": "Usulan revitalisasi",
    "facility_status_history": "Riwayat status usulan",
    "audit_log": "Log audit",
}


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    seconds: float


# ------------------------------------------------------------------------------ the story's data

# PPKS code: (weight, youngest, oldest age at admission, share of women). A youth UPT mostly takes
# neglected and street children and poor young adults; a few others arrive by referral.
PPKS_PROFILE: dict[str, tuple[float, int, int, float]] = {
    "P01": (0.3, 1, 5, 0.5),
    "P02": (22, 13, 17, 0.4),
    "P03": (6, 14, 17, 0.1),
    "P04": (9, 12, 17, 0.25),
    "P05": (2, 10, 17, 0.4),
    "P06": (3, 12, 17, 0.6),
    "P07": (5, 13, 17, 0.45),
    "P08": (1.5, 60, 82, 0.55),
    "P09": (4, 18, 40, 0.4),
    "P10": (1, 18, 35, 0.9),
    "P11": (2.5, 18, 45, 0.25),
    "P12": (1.5, 18, 50, 0.4),
    "P13": (1.5, 18, 45, 0.3),
    "P14": (0.3, 18, 40, 0.5),
    "P15": (2, 19, 35, 0.1),
    "P16": (0.7, 18, 40, 0.4),
    "P17": (3, 18, 30, 0.15),
    "P18": (1, 18, 30, 0.8),
    "P19": (1.5, 18, 40, 0.75),
    "P20": (1, 20, 40, 0.6),
    "P21": (0.7, 18, 50, 0.5),
    "P22": (0.5, 18, 50, 0.5),
    "P23": (7, 18, 35, 1.0),
    "P24": (18, 18, 30, 0.45),
    "P25": (1, 18, 40, 0.5),
    "P26": (0.5, 18, 40, 0.5),
}
NO_TRAINING_PPKS = {"P01", "P08"}
STREET_PPKS = {"P04", "P11", "P12", "P13"}
LAW_PPKS = {"P03", "P15"}

# Issuing regions of NIKs from outside Jawa Timur, with a city for the birth place.
OUTSIDE_REGIONS = [
    ("3171", "Jakarta"), ("3174", "Jakarta"), ("3273", "Bandung"), ("3374", "Semarang"),
    ("3372", "Surakarta"), ("3471", "Yogyakarta"), ("5171", "Denpasar"), ("5271", "Mataram"),
    ("6171", "Pontianak"), ("7371", "Makassar"), ("1271", "Medan"),
]
NEAR_WEIGHTS = {"3579": 8, "3507": 10, "3573": 8, "3578": 8, "3515": 4, "3514": 4, "3575": 3}

FAR_SURNAMES = frozenset({
    "Damanik", "Dongoran", "Dabukke", "Hutagalung", "Hutapea", "Hutasoit", "Latupono",
    "Mangunsong", "Manullang", "Marpaung", "Marbun", "Nainggolan", "Nababan", "Napitupulu",
    "Siregar", "Sihombing", "Samosir", "Saragih", "Sihotang", "Simanjuntak", "Sinaga",
    "Simbolon", "Sitompul", "Sitorus", "Sirait", "Situmorang", "Tampubolon", "Tamba",
    "Tarihoran", "Namaga",
})
STREETS = [
    "Jl. Diponegoro", "Jl. Sudirman", "Jl. Ahmad Yani", "Jl. Gajah Mada", "Jl. Hayam Wuruk",
    "Jl. Kartini", "Jl. Pahlawan", "Jl. Merdeka", "Jl. Veteran", "Jl. Imam Bonjol",
    "Jl. Raya Desa", "Jl. Melati", "Jl. Mawar", "Jl. Kenanga", "Jl. Anggrek", "Jl. Flamboyan",
    "Jl. Sumber Waras", "Jl. Brawijaya", "Jl. Majapahit", "Jl. Trunojoyo", "Jl. Wahid Hasyim",
    "Jl. KH Hasyim Asyari", "Jl. Cempaka", "Jl. Teratai", "Jl. Mangga", "Jl. Rambutan",
    "Jl. Nangka", "Jl. Kalimantan", "Jl. Sumatera", "Jl. Jawa", "Jl. Bengawan Solo",
    "Jl. Brantas", "Gg. Masjid", "Gg. Langgar", "Gg. Buntu", "Dusun Krajan",
]
PLACE_HEADS = ["Sumber", "Karang", "Tegal", "Sido", "Wono", "Kedung", "Banyu", "Ngadi", "Pandan",
               "Jati", "Tanjung", "Gunung", "Rejo", "Sari", "Dadap", "Kali", "Watu", "Pager"]
PLACE_TAILS = ["rejo", "mulyo", "asri", "agung", "makmur", "harjo", "sari", "wangi", "jaya",
               "luhur", "kidul", "lor", "wetan", "kulon", "anyar", "sono"]
RELIGIONS = (["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"],
             [87, 7, 3, 1.5, 1, 0.5])
HEALTH_NOTES = [
    "Riwayat asma ringan.", "Gizi kurang saat masuk; dalam pemantauan petugas kesehatan.",
    "Penglihatan minus, memakai kacamata.", "Riwayat kejang demam masa kecil.",
    "Alergi makanan laut.", "Skabies saat masuk, sudah diobati.",
    "Riwayat TB paru, pengobatan tuntas.", "Trauma psikologis; didampingi psikolog.",
    "Gigi berlubang; dirujuk ke puskesmas.",
]
ELDER_HEALTH = ["Tekanan darah tinggi; obat rutin.", "Diabetes melitus; kontrol bulanan.",
                "Nyeri sendi; berjalan dengan tongkat.", "Pendengaran menurun."]
FAMILY_NOTES = [
    "Orang tua bercerai; tinggal bersama nenek.", "Ayah meninggal; ibu buruh tani.",
    "Keluarga prasejahtera penerima PKH.", "Orang tua bekerja sebagai pekerja migran.",
    "Hubungan dengan keluarga renggang; perlu mediasi.", "Yatim piatu.",
    "Keluarga bersedia menerima kembali setelah program.",
]
DISABILITIES = ["Tunarungu wicara", "Tunadaksa (kaki kiri)", "Low vision",
                "Disabilitas intelektual ringan", "Tunanetra"]
GUARDIAN_RELATIONS = (["Ayah", "Ibu", "Paman", "Bibi", "Kakak", "Nenek", "Kakek"],
                      [30, 35, 8, 7, 10, 7, 3])
FEMALE_RELATIONS = {"Ibu", "Bibi", "Nenek"}
CONSENT_SCOPE = ("Pengolahan data pribadi untuk layanan rehabilitasi sosial, pelaporan kepada "
                 "Dinas Sosial Provinsi Jawa Timur, dan bimbingan lanjut.")
PHONE_PREFIXES = ["11", "12", "13", "21", "22", "23", "52", "53", "57", "58", "77", "78", "81",
                  "82", "83", "95", "96", "98"]

DISCHARGE_NOTES = {
    "selesai": "Menyelesaikan program rehabilitasi sosial.",
    "dirujuk": "Dirujuk untuk layanan lanjutan.",
    "kembali_keluarga": "Kembali ke keluarga atas permintaan keluarga.",
    "melarikan_diri": ("Meninggalkan asrama tanpa izin; keluarga dan Dinas Sosial setempat telah "
                       "diberi tahu."),
    "meninggal": "Meninggal dunia karena sakit; jenazah diserahkan kepada keluarga.",
    "lainnya": "Menikah dan ikut pasangan.",
}
REFERRAL_TARGETS = ["Rumah Sakit Jiwa Lawang", "Balai Rehabilitasi Sosial Kementerian Sosial",
                    "UPT Rehabilitasi Sosial Bina Laras", "Dinas Sosial"]


@dataclass(frozen=True)
class TrackSpec:
    code: str
    name: str
    total_jp: int
    weeks: tuple[int, int]
    description: str
    topics: tuple[str, ...]
    outcomes: tuple[int, int, int, int, int, int]  # bekerja, wirausaha, kube, sekolah, tidak, tak
    income: tuple[int, int]
    employers: tuple[str, ...]
    businesses: tuple[str, ...]
    kube: str
    aid: str
    partners: tuple[tuple[str, str], ...]
    expertise: str
    certification: str


OUTCOME_CODES = ("bekerja", "wirausaha", "kube", "sekolah", "tidak_bekerja", "tidak_terjangkau")

TRACKS: tuple[TrackSpec, ...] = (
    TrackSpec(
        "AC", "Reparasi AC", 180, (10, 13),
        "Instalasi, perawatan dan perbaikan AC split rumah tangga.",
        ("Pengenalan alat dan K3", "Dasar kelistrikan", "Siklus refrigerasi",
         "Instalasi unit indoor", "Instalasi unit outdoor", "Pemipaan dan flaring",
         "Vakum dan pengisian refrigeran", "Perawatan dan cuci AC", "Diagnosa kerusakan",
         "Praktik servis pelanggan"),
        (42, 22, 4, 4, 18, 10), (2_000_000, 4_500_000),
        ("CV Sejuk Mandiri Teknik", "Toko Elektronik Jaya Abadi", "Bengkel AC Mobil Sumber Rejeki"),
        ("Jasa servis AC keliling", "Servis AC dan kulkas rumahan"), "KUBE Teknik Maju Bersama",
        "Peralatan servis AC (manifold, pompa vakum, tabung refrigeran)",
        (("dunia_usaha", "CV Sejuk Mandiri Teknik"),
         ("lembaga_lain", "LPK Teknik Pendingin Arjuna")),
        "Teknisi pendingin dan tata udara", "Sertifikat kompetensi BNSP Teknisi AC Residensial",
    ),
    TrackSpec(
        "TB", "Tata Boga", 150, (8, 12),
        "Pengolahan makanan, kue dan katering skala rumah tangga.",
        ("Higiene dan sanitasi pangan", "Pengenalan bahan dan alat", "Teknik dasar memasak",
         "Kue basah tradisional", "Kue kering", "Roti dan pastri", "Masakan nusantara",
         "Menu katering", "Kemasan dan label", "Perhitungan harga jual"),
        (25, 30, 12, 4, 19, 10), (1_500_000, 3_500_000),
        ("Rumah Makan Sederhana Rasa", "Katering Berkah Ibu", "Kafe Kopi Panderman"),
        ("Usaha kue basah rumahan", "Warung makan", "Camilan dijual daring"),
        "KUBE Boga Lestari", "Peralatan masak dan oven",
        (("perguruan_tinggi", "Sekolah Tinggi Pariwisata Panderman"),
         ("dunia_usaha", "Katering Berkah Ibu")),
        "Tata boga dan pengolahan pangan", "Sertifikat kompetensi BNSP Juru Masak",
    ),
    TrackSpec(
        "JHT", "Menjahit", 160, (9, 12),
        "Menjahit busana dasar, seragam dan permak.",
        ("Pengenalan mesin jahit", "Mengukur badan", "Membuat pola dasar", "Memotong bahan",
         "Menjahit rok", "Menjahit kemeja", "Menjahit seragam sekolah", "Obras dan finishing",
         "Permak pakaian", "Menghitung ongkos jahit"),
        (20, 30, 15, 3, 22, 10), (1_200_000, 3_200_000),
        ("Konveksi Sumber Jaya", "Butik Anggun", "Garmen Busana Jatim"),
        ("Jasa jahit dan permak rumahan", "Jahit seragam sekolah"), "KUBE Busana Mandiri",
        "Mesin jahit dan obras",
        (("lembaga_lain", "LKP Busana Ayu"), ("dunia_usaha", "Konveksi Sumber Jaya")),
        "Tata busana", "Sertifikat kompetensi BNSP Penjahit Busana",
    ),
    TrackSpec(
        "OTO", "Otomotif Sepeda Motor", 180, (10, 13),
        "Servis berkala dan perbaikan sepeda motor.",
        ("K3 bengkel dan pengenalan alat", "Sistem bahan bakar", "Sistem pengapian",
         "Servis berkala", "Sistem rem", "Sistem kelistrikan", "Transmisi dan kopling",
         "Sepeda motor injeksi", "Diagnosa kerusakan", "Manajemen bengkel kecil"),
        (40, 20, 3, 5, 20, 12), (1_800_000, 4_000_000),
        ("Bengkel Motor Barokah", "Dealer Motor Sumber Makmur", "Bengkel Jaya Motor"),
        ("Bengkel tambal ban dan servis ringan", "Servis motor panggilan"),
        "KUBE Otomotif Muda Berkarya", "Peralatan bengkel motor (toolkit, kompresor)",
        (("dunia_usaha", "Bengkel Jaya Motor"),
         ("opd", "Balai Latihan Kerja Dinas Tenaga Kerja")),
        "Mekanik sepeda motor", "Sertifikat kompetensi BNSP Mekanik Sepeda Motor",
    ),
    TrackSpec(
        "RIAS", "Tata Rias dan Barbershop", 120, (8, 10),
        "Potong rambut, barbershop, tata rias wajah dan rambut.",
        ("Higiene salon", "Perawatan alat", "Potong rambut dasar", "Teknik barbershop",
         "Perawatan rambut", "Rias wajah sehari-hari", "Rias pengantin dasar",
         "Pelayanan pelanggan", "Praktik salon", "Menghitung tarif"),
        (22, 33, 8, 4, 22, 11), (1_500_000, 3_800_000),
        ("Salon Cantik Ayu", "Barbershop Gentleman", "Salon Muslimah Az-Zahra"),
        ("Jasa rias pengantin", "Barbershop rumahan", "Salon rumahan"), "KUBE Rias Serasi",
        "Peralatan cukur dan salon",
        (("lembaga_lain", "LKP Salon Cantik Ayu"), ("dunia_usaha", "Barbershop Gentleman")),
        "Tata kecantikan dan pangkas rambut", "Sertifikat kompetensi BNSP Penata Rambut",
    ),
    TrackSpec(
        "KOMP", "Komputer Perkantoran", 120, (8, 10),
        "Pengolah kata, lembar kerja, internet dan desain sederhana.",
        ("Mengenal komputer", "Pengetikan sepuluh jari", "Pengolah kata", "Lembar kerja",
         "Presentasi", "Internet dan surel", "Keamanan digital", "Desain grafis dasar",
         "Pemasaran daring", "Administrasi perkantoran"),
        (35, 8, 2, 15, 28, 12), (1_800_000, 4_200_000),
        ("Warnet dan Fotokopi Cahaya", "CV Mitra Usaha (staf administrasi)", "Toko daring Berkah"),
        ("Jasa pengetikan dan cetak", "Jasa desain grafis"), "KUBE Digital Kreatif",
        "Laptop dan printer",
        (("perguruan_tinggi", "Universitas Panderman"),
         ("opd", "Dinas Komunikasi dan Informatika Kota Batu")),
        "Teknologi informasi perkantoran", "Sertifikat kompetensi BNSP Operator Komputer",
    ),
)
# Which track a client prefers, by sex (weights in TRACKS order).
TRACK_PREF = {"L": [27, 12, 6, 27, 12, 16], "P": [3, 27, 30, 2, 22, 16]}

FACILITY_TEMPLATES: tuple[tuple[str, str, str, int, int, str | None, str], ...] = (
    # title, kind, funding, min cost, max cost, track code, description
    ("Rehabilitasi asrama putra blok B", "fisik", "apbd", 450_000_000, 1_200_000_000, None,
     "Atap bocor, plafon rusak dan kamar mandi tidak layak."),
    ("Penggantian sepeda motor praktik", "nonfisik", "csr", 90_000_000, 180_000_000, "OTO",
     ("Sepeda motor praktik adalah model lama yang tidak lagi beredar; peserta perlu "
      "berlatih pada motor injeksi.")),
    ("Pengadaan unit AC inverter untuk praktik", "nonfisik", "mitra", 40_000_000, 95_000_000,
     "AC", "Unit praktik masih non-inverter; bengkel mitra meminta kompetensi AC inverter."),
    ("Renovasi dapur praktik tata boga", "fisik", "apbd", 250_000_000, 600_000_000, "TB",
     "Dapur praktik sempit dan ventilasi kurang."),
    ("Mesin jahit high speed 10 unit", "nonfisik", "apbd", 45_000_000, 80_000_000, "JHT",
     "Mesin jahit lama sering rusak; industri memakai mesin high speed."),
    ("Pelatihan sertifikasi BNSP bagi tutor", "nonfisik", "hibah", 25_000_000, 60_000_000, None,
     "Tutor internal belum memiliki sertifikat asesor kompetensi."),
    ("Perbaikan atap aula serbaguna", "fisik", "apbd", 150_000_000, 400_000_000, None,
     "Rangka atap aula lapuk."),
    ("Laboratorium komputer 20 unit", "nonfisik", "csr", 180_000_000, 320_000_000, "KOMP",
     "Komputer praktik berumur lebih dari delapan tahun."),
    ("Instalasi panel surya gedung pelatihan", "fisik", "apbn", 300_000_000, 750_000_000, None,
     "Menekan biaya listrik gedung pelatihan."),
    ("Peralatan salon dan barbershop", "nonfisik", "mitra", 30_000_000, 75_000_000, "RIAS",
     "Kursi cukur dan peralatan salon praktik tidak lengkap."),
    ("Perbaikan saluran air dan sanitasi asrama putri", "fisik", "apbd", 120_000_000,
     350_000_000, None, "Saluran air tersumbat dan septic tank penuh."),
    ("Pembangunan ruang konseling", "fisik", "apbd", 200_000_000, 500_000_000, None,
     "Belum ada ruang konseling yang menjaga privasi klien."),
    ("Alat uji dan diagnosa sepeda motor injeksi", "nonfisik", "csr", 35_000_000, 70_000_000,
     "OTO", "Bengkel praktik belum memiliki alat diagnosa injeksi."),
    ("Oven dan mixer industri", "nonfisik", "hibah", 25_000_000, 55_000_000, "TB",
     "Produksi kue praktik masih memakai peralatan rumah tangga."),
)
FACILITY_STEP_DAYS = {
    "diajukan": (7, 30), "diverifikasi": (14, 45), "disetujui": (14, 60),
    "dianggarkan": (30, 120), "dikerjakan": (30, 90), "selesai": (30, 180), "ditolak": (14, 60),
    "draf": (5, 20),
}
REJECT_REASONS = [
    "Anggaran tahun berjalan tidak mencukupi; diusulkan kembali tahun depan.",
    "Sudah tercakup dalam usulan Dinas Sosial Provinsi.",
    "RAB tidak sesuai standar harga satuan; perlu disusun ulang.",
]
RETURN_REASON = "RAB perlu dilengkapi foto kondisi sebelum dan rincian volume pekerjaan."
HOLIDAYS = {(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}


# ------------------------------------------------------------------------------------- helpers


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError(d)


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _at(ordinal: int, minutes: int = 0) -> datetime:
    """A deterministic timestamp on a story day: 08:00 plus ``minutes``."""
    return datetime.fromordinal(ordinal) + timedelta(hours=8, minutes=minutes)


def _cum(weights: Iterable[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast in hot loops)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: list[Any], weights: Iterable[float]) -> None:
        self.items = items
        self.cum = _cum(weights)
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _datetime_text(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _date_text(value: date) -> str:
    return value.isoformat()


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a Python value of this column."""
    kind = column.type
    if isinstance(kind, DateTime):
        return _datetime_text
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return int
    return None


def _insert_sql(table: str, cols: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


# The plan of the story, before it becomes rows. Dates are ordinals (date.toordinal()).


@dataclass(slots=True, eq=False)
class _Client:
    id: int
    adm: int
    ppks: str = ""
    sex: str = "L"
    age: int = 0
    birth: int = 0
    kab: str = ""
    chronic: bool = False
    i: int = 0  # start of the intervention stage
    path: str = "stay"  # early | train | stay
    track: int = 0  # preferred training track (index in TRACKS)
    stages: list[tuple[str, int]] = field(default_factory=list)
    dis: int | None = None
    reason: str | None = None
    graduated: bool = False
    enrollment: _Enrollment | None = None


@dataclass(slots=True, eq=False)
class _Cohort:
    track: int
    name: str
    start: int
    end: int
    dates: list[int]
    jp: int
    members: list[_Client]
    status: str
    id: int = 0
    tutor: dict[str, Any] = field(default_factory=dict)
    sub_tutor: dict[str, Any] | None = None


@dataclass(slots=True, eq=False)
class _Enrollment:
    id: int
    cohort: _Cohort
    client: _Client
    enrolled: int
    aid: bool
    status: str = "aktif"
    withdrawn: int | None = None
    score: float | None = None
    result: str | None = None
    assessed: int | None = None
    graduated: int | None = None
    certificate: str | None = None


# -------------------------------------------------------------------------------------- builder


class _Builder:
    def __init__(self, n_clients: int, years: int, seed: int, today: date,
                 progress: Progress | None) -> None:
        self.n = n_clients
        self.years = years
        self.seed = seed
        self.today = today
        self.t = today.toordinal()
        self.start = _years_before(today, years).toordinal()
        self.span = self.t - self.start
        self.rng = random.Random(f"jssc-demo-core-{seed}")
        self.text_rng = random.Random(f"jssc-demo-text-{seed}")
        self.att_rng = random.Random(f"jssc-demo-attendance-{seed}")
        self.fu_rng = random.Random(f"jssc-demo-followup-{seed}")
        self._progress = progress
        self.counts: dict[str, int] = {k: 0 for k in LABELS}
        self.nik_serials: dict[str, int] = {}
        self._pools()

    # ---------------------------------------------------------------------------- small helpers

    def progress(self, phase: str, fraction: float) -> None:
        if self._progress is not None:
            self._progress(phase, max(0.0, min(1.0, fraction)))

    def _pools(self) -> None:
        from faker import Faker

        fake = Faker("id_ID")
        fake.seed_instance(self.seed)

        def pool(fn: Callable[[], str], n: int) -> list[str]:
            return sorted({fn() for _ in range(n)})

        self.male_first = pool(fake.first_name_male, 3000)
        self.female_first = pool(fake.first_name_female, 2000)
        # An East Java UPT: family names typical of North Sumatra or Maluku are left out.
        self.male_last = [n for n in pool(fake.last_name_male, 1000) if n not in FAR_SURNAMES]
        self.female_last = [n for n in pool(fake.last_name_female, 1000)
                            if n not in FAR_SURNAMES]
        jatim = [t for t in KAB_KOTA if t.code != OUTSIDE_JATIM]
        self.jatim_codes = [t.code for t in jatim]
        self.kab_short = {t.code: t.extra.get("short", t.name) for t in KAB_KOTA}
        self.kab_name = {t.code: t.name for t in KAB_KOTA}
        self.kab_picker = _Picker(self.jatim_codes,
                                  [NEAR_WEIGHTS.get(c, 2) for c in self.jatim_codes])
        self.ppks_picker = _Picker(list(PPKS_PROFILE), [p[0] for p in PPKS_PROFILE.values()])
        self.religion_picker = _Picker(*RELIGIONS)
        self.relation_picker = _Picker(*GUARDIAN_RELATIONS)
        self.track_pickers = {sex: _Picker(list(range(len(TRACKS))), w)
                              for sex, w in TRACK_PREF.items()}

    def person_name(self, sex: str, rng: random.Random | None = None) -> str:
        rng = rng or self.text_rng
        firsts = self.male_first if sex == "L" else self.female_first
        lasts = self.male_last if sex == "L" else self.female_last
        first = firsts[int(rng.random() * len(firsts))]
        r = rng.random()
        if r < 0.45:
            name = f"{first} {lasts[int(rng.random() * len(lasts))]}"
        elif r < 0.72:
            second = firsts[int(rng.random() * len(firsts))]
            name = f"{first} {second} {lasts[int(rng.random() * len(lasts))]}"
        elif r < 0.92:
            second = firsts[int(rng.random() * len(firsts))]
            name = f"{first} {second}"
        else:
            name = first
        r = rng.random()
        if r < 0.08:
            name = (("Muhammad " if r < 0.05 else "Moch. ") if sex == "L" else
                    ("Siti " if r < 0.05 else "Nur ")) + name
        return name

    def phone(self, rng: random.Random) -> str:
        return (f"08{PHONE_PREFIXES[int(rng.random() * len(PHONE_PREFIXES))]}-"
                f"{rng.randint(1000, 9999)}-{rng.randint(100, 9999):04d}")

    def place(self, rng: random.Random) -> str:
        return PLACE_HEADS[int(rng.random() * len(PLACE_HEADS))] + \
            PLACE_TAILS[int(rng.random() * len(PLACE_TAILS))]

    def nip(self, birth: date, appointed: date, sex: str, rng: random.Random) -> str:
        return (f"{birth:%Y%m%d}{appointed:%Y%m}{1 if sex == 'L' else 2}"
                f"{rng.randint(1, 12):03d}")

    def new_nik(self, region: str, sex: str, birth: date, kecamatan: int) -> str:
        key = f"{region}{kecamatan:02d}{birth.toordinal()}{sex}"
        serial = self.nik_serials.get(key)
        serial = self.rng.randint(1, 30) if serial is None else serial + 1
        if serial > 9999:  # practically unreachable; fall back to another kecamatan
            return self.new_nik(region, sex, birth, kecamatan % 99 + 1)
        self.nik_serials[key] = serial
        return make_nik(region, sex, birth, serial, kecamatan)

    # ------------------------------------------------------------------------------ the story

    def plan(self) -> None:
        self.progress("Menyusun riwayat klien", 0.0)
        self.plan_clients()
        self.progress("Menyusun angkatan pelatihan", 0.0)
        self.plan_cohorts()
        self.plan_enrollments()
        self.finish_timelines()

    def plan_clients(self) -> None:
        rng = self.rng
        admissions = sorted(self.start + int(rng.random() * (self.span + 1))
                            for _ in range(self.n))
        clients: list[_Client] = []
        for idx, adm in enumerate(admissions):
            c = _Client(id=idx + 1, adm=adm)
            ppks = self.ppks_picker(rng)
            _, lo, hi, female = PPKS_PROFILE[ppks]
            c.ppks = ppks
            c.sex = "P" if rng.random() < female else "L"
            if lo >= 18 and hi < 60:
                age = lo + int((hi - lo + 1) * rng.random() ** 1.8)
            else:
                age = rng.randint(lo, hi)
            c.age = age
            c.birth = adm - int(age * 365.2425) - rng.randint(1, 360)
            c.kab = OUTSIDE_JATIM if rng.random() < 0.03 else self.kab_picker(rng)
            c.chronic = rng.random() < 0.04
            # Stages up to the start of the intervention.
            asesmen = adm + rng.randint(3, 14)
            rencana = asesmen + rng.randint(7, 21)
            c.i = rencana + rng.randint(7, 21)
            c.stages = [("pendekatan_awal", adm), ("asesmen", asesmen), ("rencana", rencana),
                        ("intervensi", c.i)]
            r = rng.random()
            trainable = ppks not in NO_TRAINING_PPKS and 14 <= age <= 55
            if r < 0.07:
                c.path = "early"
            elif trainable and r < 0.88:
                c.path = "train"
            else:
                c.path = "stay"
            c.track = self.track_pickers[c.sex](rng)
            clients.append(c)
        self.clients = clients

    def plan_cohorts(self) -> None:
        rng = self.rng
        by_track: list[list[_Client]] = [[] for _ in TRACKS]
        for c in self.clients:
            if c.path == "train" and c.i <= self.t:
                by_track[c.track].append(c)
        cohorts: list[_Cohort] = []
        per_track: list[list[_Cohort]] = [[] for _ in TRACKS]
        for t_idx, candidates in enumerate(by_track):
            candidates.sort(key=lambda c: (c.i, c.id))
            rate = len(candidates) / max(1, self.span)
            max_wait = int(min(150, max(30, 15 / rate))) if rate else 150
            groups: list[list[_Client]] = []
            cur: list[_Client] = []
            target = rng.randint(15, 25)
            for c in candidates:
                if cur and (len(cur) >= target or c.i > cur[0].i + max_wait):
                    groups.append(cur)
                    cur, target = [], rng.randint(15, 25)
                cur.append(c)
            if cur:
                groups.append(cur)
            spec = TRACKS[t_idx]
            numbers: dict[int, int] = {}
            for g_idx, members in enumerate(groups):
                start = members[-1].i + rng.randint(1, 7)
                if g_idx == len(groups) - 1 and len(members) < 10:
                    # Still filling up: planned to start in a few weeks.
                    start = max(start, self.t + rng.randint(7, 21))
                start += (7 - date.fromordinal(start).weekday()) % 7  # a Monday
                per_week = rng.choice((2, 3))
                weeks = rng.randint(*spec.weeks)
                jp = rng.randint(4, 6)
                offsets = (0, 2, 4) if per_week == 3 else (1, 3)
                dates = []
                for w in range(weeks):
                    for off in offsets:
                        d = start + 7 * w + off
                        dd = date.fromordinal(d)
                        if (dd.month, dd.day) not in HOLIDAYS:
                            dates.append(d)
                year = date.fromordinal(start).year
                numbers[year] = numbers.get(year, 0) + 1
                if start > self.t:
                    status = "direncanakan"
                elif dates[-1] >= self.t:
                    status = "berjalan"
                else:
                    status = "selesai"
                per_track[t_idx].append(_Cohort(
                    track=t_idx, name=f"Angkatan {numbers[year]} Tahun {year}", start=start,
                    end=dates[-1], dates=dates, jp=jp, members=members, status=status))
        # Ids in start order across tracks, like staff would have created them.
        for co in sorted((co for lst in per_track for co in lst),
                         key=lambda co: (co.start, co.track)):
            co.id = len(cohorts) + 1
            cohorts.append(co)
        self.cohorts = cohorts
        self.plan_tutors(per_track)

    def plan_tutors(self, per_track: list[list[_Cohort]]) -> None:
        rng = self.rng
        tutors: list[dict[str, Any]] = []
        self.track_tutors: list[list[dict[str, Any]]] = []
        for t_idx, spec in enumerate(TRACKS):
            cohorts = per_track[t_idx]
            per_year = len(cohorts) / max(1, self.years)
            n = max(2, min(30, math.ceil(per_year / 4) + 1))
            retire = self.start + self.span // 2 if n >= 3 and self.years >= 3 else None
            mine = []
            for k in range(n):
                internal = k == 0
                sex = "L" if rng.random() < (0.7 if spec.code in ("AC", "OTO") else 0.35) else "P"
                name = self.person_name(sex, rng)
                title = rng.choice(("", "", ", S.Pd.", ", S.T.", ", A.Md."))
                birth = date.fromordinal(self.t - rng.randint(28 * 365, 52 * 365))
                tutor: dict[str, Any] = {
                    "id": len(tutors) + 1,
                    "name": name + title,
                    "sex": sex,
                    "internal": internal,
                    "retire": retire if (k == n - 1 and retire and not internal) else None,
                    "years": set(),
                    "track": t_idx,
                }
                if internal:
                    appointed = date(max(birth.year + 23, 2005), rng.randint(1, 12), 1)
                    tutor["nip"] = self.nip(birth, appointed, sex, rng)
                    tutor["partner_kind"], tutor["institution"] = None, None
                    tutor["base_rate"] = 50_000
                else:
                    kind, inst = spec.partners[(k - 1) % len(spec.partners)]
                    tutor["nip"] = None
                    tutor["partner_kind"], tutor["institution"] = kind, inst
                    tutor["base_rate"] = rng.choice((100_000, 125_000, 150_000, 175_000))
                tutor["phone"] = self.phone(rng)
                first = name.split()[0].lower().strip(".")
                tutor["email"] = f"{first}.{tutor['id']}@gmail.com"
                tutors.append(tutor)
                mine.append(tutor)
            self.track_tutors.append(mine)
            for k, co in enumerate(cohorts):
                available = [t for t in mine if t["retire"] is None or co.start < t["retire"]]
                tutor = available[k % len(available)]
                co.tutor = tutor
                others = [t for t in available if t is not tutor]
                co.sub_tutor = others[0] if others else None
                tutor["years"].add(date.fromordinal(co.start).year)
                if co.sub_tutor is not None:
                    co.sub_tutor["years"].add(date.fromordinal(co.start).year)
        self.tutors = tutors
        # The demo tutor account belongs to the tutor of the latest running cohort.
        running = [co for co in self.cohorts if co.status == "berjalan"]
        pick = running[-1] if running else (self.cohorts[-1] if self.cohorts else None)
        self.demo_tutor = pick.tutor if pick else tutors[0]

    def plan_enrollments(self) -> None:
        rng = self.rng
        enrollments: list[_Enrollment] = []
        for co in self.cohorts:
            n_dates = len(co.dates)
            for c in sorted(co.members, key=lambda c: c.id):
                # Enrolled in the week before the start, never before the intervention stage,
                # never in the future (a planned cohort already has its participants).
                enrolled = min(max(c.i, co.start - rng.randint(0, 7)), self.t)
                e = _Enrollment(id=len(enrollments) + 1, cohort=co, client=c,
                                enrolled=max(enrolled, c.i), aid=rng.random() < 0.35)
                if rng.random() < (0.25 if c.chronic else 0.05) and n_dates > 4:
                    when = co.dates[rng.randint(2, n_dates - 2)]
                    if when <= self.t:
                        e.withdrawn, e.status = when, "keluar"
                if e.status == "aktif":
                    assessed = co.end + rng.randint(0, 3)
                    if assessed <= self.t:
                        mean, sd = (64, 10) if c.chronic else (81, 8)
                        score = min(100.0, max(35.0, round(rng.gauss(mean, sd) * 2) / 2))
                        e.score, e.assessed = score, assessed
                        e.result = "kompeten" if score >= 70 else "belum_kompeten"
                        if e.result == "belum_kompeten":
                            e.status = "tidak_lulus"
                        else:
                            graduated = assessed + rng.randint(2, 10)
                            if graduated <= self.t:
                                e.graduated, e.status = graduated, "lulus"
                c.enrollment = e
                enrollments.append(e)
        # Certificate numbers: one sequence per year across tracks (as services.graduation
        # numbers them), in graduation order.
        seq: dict[int, int] = {}
        for e in sorted((e for e in enrollments if e.graduated),
                        key=lambda e: (e.graduated, e.id)):
            code = TRACKS[e.cohort.track].code
            year = date.fromordinal(cast(int, e.graduated)).year
            seq[year] = seq.get(year, 0) + 1
            e.certificate = f"{seq[year]:04d}/{code}/{UPT_CODE}/{year}"
        self.enrollments = enrollments

    def finish_timelines(self) -> None:
        rng = self.rng
        pick_early = _Picker(["melarikan_diri", "kembali_keluarga", "dirujuk", "lainnya"],
                             [50, 25, 20, 5])
        pick_withdrawn = _Picker(["melarikan_diri", "kembali_keluarga", "dirujuk", "lainnya"],
                                 [45, 30, 10, 15])
        pick_stay = _Picker(["selesai", "kembali_keluarga", "dirujuk", "lainnya"],
                            [75, 12, 8, 5])
        for c in self.clients:
            e = c.enrollment
            resos: int | None = None
            if c.path == "early":
                c.dis = c.adm + rng.randint(7, max(8, c.i - c.adm + 60))
                c.reason = pick_early(rng)
            elif e is not None:
                if e.withdrawn is not None:
                    c.dis = e.withdrawn + rng.randint(0, 10)
                    c.reason = pick_withdrawn(rng)
                elif e.assessed is not None:
                    resos = max(e.assessed, e.graduated or 0) + rng.randint(1, 10)
                    c.dis = resos + rng.randint(14, 60)
                    good = e.status == "lulus" or e.result == "kompeten"
                    c.reason = "selesai" if rng.random() < (0.93 if good else 0.7) else \
                        "kembali_keluarga"
                # else: still in training (or waiting for graduation)
            elif c.path == "train":
                # Waiting for a cohort that has not formed yet: still in intervention.
                pass
            else:
                if c.ppks == "P08":
                    resos = c.i + rng.randint(300, 1500)
                    c.dis = resos + rng.randint(30, 120)
                    c.reason = "meninggal" if rng.random() < 0.2 else pick_stay(rng)
                    if c.reason == "meninggal":
                        c.dis, resos = c.i + rng.randint(30, 1500), None
                else:
                    long = c.age < 18
                    resos = c.i + (rng.randint(120, 500) if long else rng.randint(60, 240))
                    c.dis = resos + rng.randint(30, 90)
                    c.reason = pick_stay(rng)
            if resos is not None:
                c.stages.append(("resosialisasi", resos))
            if c.dis is not None:
                c.stages = [s for s in c.stages if s[1] < c.dis]
                c.stages.append(("terminasi", c.dis))
                if e is not None and e.status == "lulus" and c.reason == "selesai":
                    c.stages.append(("bimbingan_lanjut", c.dis + rng.randint(1, 7)))
                    c.graduated = True
            if c.dis is not None and c.dis > self.t:
                c.dis = c.reason = None
            c.stages = [s for s in c.stages if s[1] <= self.t]

    # ---------------------------------------------------------------------------------- writing

    def write(self, s: Session, *, sqlite: bool) -> None:
        self.s = s
        if sqlite:
            self.backend = "sqlite"
        else:
            with self._cursor() as probe:
                self.backend = "copy" if hasattr(probe, "copy") else "core"
        # Timestamps in storage form for the tuple rows of the attendance table.
        self.stamp: Callable[[datetime], Any] = _datetime_text if sqlite else (lambda v: v)
        self.progress("Profil UPT, pengguna dan tutor", 0.0)
        self.write_profile_users_tutors()
        self.write_tracks()
        self.write_clients()
        self.write_cohorts()
        self.write_sessions_attendance()
        self.write_followups()
        self.write_facility()
        self.write_audit_and_settings()

    # Rows are dictionaries (tuples for attendance). On SQLite they go straight to the driver's
    # executemany with values in SQLAlchemy's own storage format (ISO dates, booleans as 0/1):
    # the per-value type processing of a Core INSERT would cost more than the inserting itself.
    # On PostgreSQL with psycopg 3 they go through COPY, which takes Python values as they are;
    # any other driver gets the ordinary Core INSERT.

    def insert(self, model: type[Base], rows: list[dict[str, Any]], key: str | None = None) -> None:
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        name = key or table.name
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        if not rows:
            return
        if self.backend == "core" or any(isinstance(c.type, JSON) for c in table.c):
            for i in range(0, len(rows), BATCH):
                self.s.execute(table.insert(), rows[i:i + BATCH])
            return
        cols = list(rows[0])
        getter = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
        if self.backend == "copy":
            self._copy(table.name, cols, map(getter, rows))
            return
        convs = [(j, f) for j, f in enumerate(_sqlite_converter(table.c[k]) for k in cols)
                 if f is not None]
        sql = _insert_sql(table.name, cols)
        cursor = self._cursor()
        for i in range(0, len(rows), BATCH):
            data = [list(getter(r)) for r in rows[i:i + BATCH]]
            for j, f in convs:
                for values in data:
                    v = values[j]
                    if v is not None:
                        values[j] = f(v)
            cursor.executemany(sql, data)
        cursor.close()

    def _cursor(self) -> Any:
        """A cursor of the session's own connection (same transaction)."""
        return self.s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def _copy(self, table: str, cols: list[str], rows: Iterable[tuple]) -> None:
        names = ", ".join(f'"{c}"' for c in cols)
        with self._cursor() as cursor, \
                cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def insert_tuples(self, model: type[Base], cols: list[str], rows: list[tuple]) -> None:
        """Rows already in storage form (see ``self.stamp``), in the order of ``cols``."""
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        if not rows:
            return
        if self.backend == "sqlite":
            cursor = self._cursor()
            cursor.executemany(_insert_sql(table.name, cols), rows)
            cursor.close()
        elif self.backend == "copy":
            self._copy(table.name, cols, rows)
        else:
            for i in range(0, len(rows), BATCH):
                batch = [dict(zip(cols, r, strict=True)) for r in rows[i:i + BATCH]]
                self.s.execute(table.insert(), batch)

    def write_profile_users_tutors(self) -> None:
        rng = self.text_rng
        start_at = _at(self.start)
        head_sex = "L" if rng.random() < 0.6 else "P"
        head_birth = date(self.today.year - rng.randint(45, 56), rng.randint(1, 12),
                          rng.randint(1, 28))
        self.head_name = ("Drs. " if head_sex == "L" else "Dra. ") + \
            self.person_name(head_sex, rng) + ", M.Si."
        capacity = max(30, math.ceil(self.peak_residents() * 1.05 / 10) * 10)
        self.insert(UptProfile, [{
            "id": 1, "name": UPT_NAME, "code": UPT_CODE,
            "cluster": "Rehabilitasi Sosial Anak dan Remaja",
            "address": "Jl. Raya Songgoriti No. 7, Kel. Songgokerto, Kec. Batu, Kota Batu 65312",
            "kab_kota_code": UPT_KAB_KOTA, "phone": "(0341) 591234",
            "email": "psbr.batu@dinsos.jatimprov.go.id", "capacity": capacity,
            "head_name": self.head_name,
            "head_nip": self.nip(head_birth, date(head_birth.year + 25, 3, 1), head_sex, rng),
            "head_rank": "Pembina Tingkat I (IV/b)",
            "logo": None, "version": 1, "created_at": start_at, "updated_at": start_at,
        }], key="upt_profile")
        self.capacity = capacity

        # Tutors come first: a tutor user points at one.
        rows = []
        for t in self.tutors:
            spec = TRACKS[t["track"]]
            last_year = max(t["years"] | {self.today.year if t["retire"] is None else 0})
            rate = t["base_rate"] + 5_000 * max(0, last_year - date.fromordinal(self.start).year)
            t["rate"] = rate
            rows.append({
                "id": t["id"], "name": t["name"], "nip": t["nip"],
                "tutor_type": "internal" if t["internal"] else "eksternal",
                "partner_kind": t["partner_kind"], "institution": t["institution"],
                "expertise": spec.expertise,
                "certifications": spec.certification if (t["id"] % 3) else None,
                "phone": t["phone"], "email": t["email"], "rate_per_jp": rate,
                "active": t["retire"] is None, "version": 1,
                "created_at": start_at, "updated_at": start_at,
            })
        self.insert(Tutor, rows)

        # One user per role, each password hashed once.
        names = {
            "admin": self.person_name("L", rng) + ", S.Kom.",
            "staff": self.person_name("P", rng) + ", S.Sos.",
            "head": self.head_name,
            "tutor": self.demo_tutor["name"],
        }
        rows = []
        self.user_ids: dict[str, int] = {}
        for k, (username, password, role) in enumerate(DEMO_USERS, start=1):
            self.user_ids[role] = k
            rows.append({
                "id": k, "username": username, "full_name": names[role], "role": role,
                "password_hash": hash_password(password), "must_change_password": False,
                "failed_attempts": 0, "locked_until": None, "last_login_at": None,
                "active": True, "tutor_id": self.demo_tutor["id"] if role == "tutor" else None,
                "version": 1, "created_at": start_at, "updated_at": start_at,
            })
        self.insert(User, rows)
        self.staff_id = self.user_ids["staff"]

        # Agreements: a yearly PKS for partner tutors, a yearly Surat Tugas for internal ones.
        rows = []
        seq: dict[tuple[str, int], int] = {}
        first_year = date.fromordinal(self.start).year
        for t in self.tutors:
            years = set(t["years"])
            if t["retire"] is None:
                years.add(self.today.year)
            for year in sorted(years):
                kind = "ST" if t["internal"] else "PKS"
                seq[(kind, year)] = seq.get((kind, year), 0) + 1
                start = date(year, 1, 2)
                end = date(year, 12, 31)
                if t["retire"] is not None and year == date.fromordinal(t["retire"]).year:
                    end = date.fromordinal(t["retire"])
                if end < start:
                    continue
                rate = t["base_rate"] + 5_000 * max(0, year - first_year)
                rows.append({
                    "id": len(rows) + 1, "tutor_id": t["id"],
                    "number": f"{seq[(kind, year)]:03d}/{kind}/{UPT_CODE}/{year}",
                    "start_date": start, "end_date": end, "rate_per_jp": rate,
                    "notes": ("Surat tugas mengajar" if t["internal"] else
                              f"Perjanjian kerja sama dengan {t['institution']}"),
                    "version": 1, "created_at": _at(start.toordinal()),
                    "updated_at": _at(start.toordinal()),
                })
        self.insert(TutorAgreement, rows)

    def peak_residents(self) -> int:
        """The most clients in residence on any day of the story."""
        events = [(c.adm, 1) for c in self.clients]
        events += [(c.dis, -1) for c in self.clients if c.dis is not None]
        events.sort()
        peak = current = 0
        for _, step in events:
            current += step
            peak = max(peak, current)
        return peak

    def write_tracks(self) -> None:
        at = _at(self.start)
        self.insert(TrainingTrack, [{
            "id": k + 1, "code": spec.code, "name": spec.name, "description": spec.description,
            "total_jp": spec.total_jp, "active": True, "version": 1,
            "created_at": at, "updated_at": at,
        } for k, spec in enumerate(TRACKS)])

    def write_clients(self) -> None:
        rng = self.text_rng
        phase = "Klien, tahapan dan persetujuan"
        reg_seq: dict[int, int] = {}
        ba_seq: dict[int, int] = {}
        clients_rows: list[dict[str, Any]] = []
        stage_rows: list[dict[str, Any]] = []
        consent_rows: list[dict[str, Any]] = []
        stage_id = consent_id = 0
        missing_picker = _Picker(["tidak_punya", "hilang", "belum_diketahui", "lainnya"],
                                 [40, 30, 20, 10])
        staff = self.staff_id
        n = len(self.clients)
        for c in self.clients:
            adm_d = date.fromordinal(c.adm)
            birth = date.fromordinal(c.birth)
            name = self.person_name(c.sex, rng)
            year = adm_d.year
            reg_seq[year] = reg_seq.get(year, 0) + 1
            # NIK and KK
            if c.kab == OUTSIDE_JATIM:
                region, city = OUTSIDE_REGIONS[int(rng.random() * len(OUTSIDE_REGIONS))]
            else:
                region = c.kab if rng.random() < 0.85 else self.kab_picker(rng)
                city = self.kab_short[c.kab]
            missing_share = 0.15 if c.ppks in STREET_PPKS else 0.04
            kec = rng.randint(1, 5 if region[2] == "7" else 20)
            if rng.random() < missing_share:
                nik, missing, kk = None, missing_picker(rng), None
            else:
                nik, missing = self.new_nik(region, c.sex, birth, kec), None
                if rng.random() < 0.9:
                    issued = date.fromordinal(c.adm - rng.randint(200, 5000))
                    kk = (f"{region}{kec:02d}{issued:%d%m%y}"
                          f"{rng.randint(1, 9999):04d}")
                else:
                    kk = None
            # Who speaks for the client
            relation: str | None = None
            guardian: str | None = None
            g_phone: str | None = None
            if c.age < 18 or rng.random() < 0.7:
                relation = self.relation_picker(rng)
                g_sex = "P" if relation in FEMALE_RELATIONS else "L"
                guardian = self.person_name(g_sex, rng)
                g_phone = self.phone(rng) if rng.random() < 0.8 else None
            street = STREETS[int(rng.random() * len(STREETS))]
            kab_label = self.kab_name[c.kab] if c.kab != OUTSIDE_JATIM else city
            address = (f"{street} No. {rng.randint(1, 120)}, RT {rng.randint(1, 12):02d} "
                       f"RW {rng.randint(1, 8):02d}, Desa {self.place(rng)}, "
                       f"Kec. {self.place(rng)}, {kab_label}")
            age = c.age
            if age < 7:
                education = "Belum sekolah"
            elif age < 13:
                education = rng.choice(("SD (belum tamat)", "SD (belum tamat)", "Tidak sekolah"))
            elif age < 16:
                education = rng.choice(("SD/sederajat", "SD/sederajat", "SMP (belum tamat)",
                                        "Tidak sekolah"))
            elif age < 18:
                education = rng.choice(("SMP/sederajat", "SMP/sederajat", "SD/sederajat",
                                        "Tidak sekolah", "SMA/SMK (belum tamat)"))
            else:
                education = rng.choice(("SD/sederajat", "SD/sederajat", "SMP/sederajat",
                                        "SMP/sederajat", "SMA/SMK/sederajat", "Tidak sekolah"))
            kab_for_text = self.kab_short.get(c.kab, "asal")
            if c.ppks in LAW_PPKS and rng.random() < 0.6:
                referral = "Balai Pemasyarakatan (Bapas)"
            elif c.ppks in STREET_PPKS and rng.random() < 0.6:
                referral = f"Satpol PP {kab_for_text}"
            else:
                referral = rng.choice((f"Dinas Sosial {kab_for_text}",
                                       f"Dinas Sosial {kab_for_text}",
                                       "Pekerja Sosial Masyarakat", "Keluarga", "Datang sendiri",
                                       "Lembaga Kesejahteraan Sosial Anak (LKSA)",
                                       "TKSK kecamatan"))
            disability = None
            if c.ppks in ("P05", "P09") or rng.random() < 0.015:
                disability = DISABILITIES[int(rng.random() * len(DISABILITIES))]
            health = None
            if rng.random() < 0.25:
                pool = ELDER_HEALTH if c.ppks == "P08" else HEALTH_NOTES
                health = pool[int(rng.random() * len(pool))]
            family = FAMILY_NOTES[int(rng.random() * len(FAMILY_NOTES))] \
                if rng.random() < 0.3 else None
            handover_to = handover_record = notes = None
            if c.dis is not None:
                dis_year = date.fromordinal(c.dis).year
                notes = DISCHARGE_NOTES[c.reason or "lainnya"]
                if c.reason in ("selesai", "kembali_keluarga", "meninggal", "dirujuk"):
                    ba_seq[dis_year] = ba_seq.get(dis_year, 0) + 1
                    handover_record = f"BA-{ba_seq[dis_year]:04d}/{UPT_CODE}/{dis_year}"
                    if c.reason == "dirujuk":
                        target = REFERRAL_TARGETS[int(rng.random() * len(REFERRAL_TARGETS))]
                        handover_to = (f"{target} {kab_for_text}" if target == "Dinas Sosial"
                                       else target)
                    else:
                        handover_to = f"{guardian} ({relation})" if guardian else "Keluarga"
            created = _at(c.adm, (c.id * 37) % 420)
            last_change = c.stages[-1][1] if c.stages else c.adm
            clients_rows.append({
                "id": c.id,
                "reg_no": f"PM-{year}-{reg_seq[year]:05d}",
                "nik": nik, "nik_missing_reason": missing, "kk": kk,
                "name": name, "name_normalized": normalize_name(name), "sex": c.sex,
                "birth_place": city if rng.random() < 0.85 else
                self.kab_short[self.jatim_codes[int(rng.random() * len(self.jatim_codes))]],
                "birth_date": birth, "address": address, "kab_kota_code": c.kab,
                "ppks_code": c.ppks, "disability": disability, "health_notes": health,
                "religion": self.religion_picker(rng), "education": education,
                "phone": self.phone(rng) if age >= 17 and rng.random() < 0.4 else None,
                "referral_source": referral, "guardian_name": guardian,
                "guardian_relation": relation, "guardian_phone": g_phone,
                "guardian_address": address if guardian else None, "family_notes": family,
                "admission_date": adm_d,
                "status": "terminasi" if c.dis is not None else "aktif",
                "current_stage": c.stages[-1][0] if c.stages else None,
                "discharge_date": date.fromordinal(c.dis) if c.dis is not None else None,
                "discharge_reason": c.reason, "discharge_notes": notes,
                "handover_record": handover_record, "handover_to": handover_to,
                "photo": None, "anonymized_at": None,
                "version": len(c.stages) + (1 if c.dis is not None else 0),
                "created_at": created, "updated_at": _at(last_change, (c.id * 37) % 420),
            })
            for k, (stage, day) in enumerate(c.stages):
                stage_id += 1
                stage_rows.append({
                    "id": stage_id, "client_id": c.id, "stage": stage,
                    "started_on": date.fromordinal(day), "notes": None, "recorded_by": staff,
                    "recorded_at": _at(day, 30 + k),
                })
            # Consent: the client; for a child (or where needed) the guardian too.
            kinds = []
            if age >= 18:
                kinds.append(("klien", name))
                if guardian and (disability or rng.random() < 0.05):
                    kinds.append(("wali", guardian))
            else:
                kinds.append(("wali", guardian or "Pendamping sosial UPT"))
                if age >= 13:
                    kinds.append(("klien", name))
            for kind, by in kinds:
                consent_id += 1
                withdrawn = None
                if rng.random() < 0.005 and self.t - c.adm > 30:
                    withdrawn = date.fromordinal(c.adm + rng.randint(15, self.t - c.adm))
                consent_rows.append({
                    "id": consent_id, "client_id": c.id, "kind": kind, "given_by": by,
                    "given_on": adm_d, "scope": CONSENT_SCOPE, "withdrawn_on": withdrawn,
                    "recorded_by": staff,
                })
            if len(clients_rows) >= BATCH:
                self._flush_clients(clients_rows, stage_rows, consent_rows)
                self.progress(phase, c.id / n)
        self._flush_clients(clients_rows, stage_rows, consent_rows)
        self.progress(phase, 1.0)

    def _flush_clients(self, clients: list, stages: list, consents: list) -> None:
        self.insert(Client, clients)
        self.insert(StageHistory, stages)
        self.insert(Consent, consents)
        clients.clear()
        stages.clear()
        consents.clear()

    def write_cohorts(self) -> None:
        phase = "Angkatan dan peserta"
        self.progress(phase, 0.0)
        rows = []
        for co in self.cohorts:
            rows.append({
                "id": co.id, "track_id": co.track + 1, "name": co.name,
                "tutor_id": co.tutor["id"], "start_date": date.fromordinal(co.start),
                "end_date": date.fromordinal(co.end), "planned_jp": co.jp * len(co.dates),
                "capacity": max(25, len(co.members)), "status": co.status, "version": 1,
                "created_at": _at(co.start - 14), "updated_at": _at(min(co.end, self.t)),
            })
        self.insert(Cohort, rows)
        rows = []
        for e in self.enrollments:
            tutor_name = e.cohort.tutor["name"]
            last = e.graduated or e.assessed or e.withdrawn or e.enrolled
            rows.append({
                "id": e.id, "cohort_id": e.cohort.id, "client_id": e.client.id,
                "enrolled_on": date.fromordinal(e.enrolled), "status": e.status,
                "assessment_score": e.score, "competency_result": e.result,
                "assessed_on": date.fromordinal(e.assessed) if e.assessed else None,
                "assessor": tutor_name if e.assessed else None,
                "certificate_no": e.certificate,
                "graduated_on": date.fromordinal(e.graduated) if e.graduated else None,
                "withdrawn_on": date.fromordinal(e.withdrawn) if e.withdrawn else None,
                "version": 1, "created_at": _at(e.enrolled, 60), "updated_at": _at(last, 60),
            })
            if len(rows) >= BATCH:
                self.insert(Enrollment, rows)
                rows = []
        self.insert(Enrollment, rows)
        self.progress(phase, 1.0)

    def write_sessions_attendance(self) -> None:
        phase = "Pertemuan dan kehadiran"
        self.progress(phase, 0.0)
        rng = self.att_rng
        tutor_user = self.user_ids["tutor"]
        demo_tutor_id = self.demo_tutor["id"]
        staff = self.staff_id
        session_rows: list[dict[str, Any]] = []
        att_rows: list[tuple] = []
        session_id = att_id = 0
        # Per client: probability of being present, and how an absence is explained.
        absence_normal = _Picker(["S", "I", "A"], [40, 35, 25])
        absence_chronic = _Picker(["S", "I", "A"], [25, 25, 50])
        n_cohorts = len(self.cohorts)
        for idx, co in enumerate(self.cohorts):
            spec = TRACKS[co.track]
            topics = spec.topics
            n_dates = len(co.dates)
            members = []
            for c in sorted(co.members, key=lambda c: c.id):
                e = c.enrollment
                assert e is not None
                p = rng.uniform(0.55, 0.75) if c.chronic else rng.uniform(0.9, 0.99)
                members.append((c.id, e.enrolled, e.withdrawn, p,
                                absence_chronic if c.chronic else absence_normal))
            recorder = tutor_user if co.tutor["id"] == demo_tutor_id else staff
            for k, day in enumerate(co.dates):
                if day > self.t:
                    break
                session_id += 1
                tutor = co.tutor
                if co.sub_tutor is not None and rng.random() < 0.08:
                    tutor = co.sub_tutor
                topic = ("Uji kompetensi" if k == n_dates - 1 else
                         topics[min(len(topics) - 1, k * len(topics) // max(1, n_dates - 1))])
                stamp = _at(day, 240)
                stamp_s = self.stamp(stamp)
                session_rows.append({
                    "id": session_id, "cohort_id": co.id, "session_date": date.fromordinal(day),
                    "jp": co.jp, "tutor_id": tutor["id"], "topic": topic, "version": 1,
                    "created_at": stamp, "updated_at": stamp,
                })
                rnd = rng.random
                for client_id, enrolled, withdrawn, p, absence in members:
                    if enrolled > day or (withdrawn is not None and day > withdrawn):
                        continue
                    code = ("T" if rnd() < 0.05 else "H") if rnd() < p else absence(rng)
                    att_id += 1
                    att_rows.append(
                        (att_id, session_id, client_id, code, recorder, 1, stamp_s, stamp_s))
            if len(att_rows) >= BATCH:
                self.insert(TrainingSession, session_rows)
                self.insert_attendance(att_rows)
                session_rows, att_rows = [], []
                self.progress(phase, (idx + 1) / n_cohorts)
        self.insert(TrainingSession, session_rows)
        self.insert_attendance(att_rows)
        self.progress(phase, 1.0)

    def insert_attendance(self, rows: list[tuple]) -> None:
        cols = ["id", "session_id", "client_id", "code", "recorded_by", "version",
                "created_at", "updated_at"]
        self.insert_tuples(Attendance, cols, rows)

    def write_followups(self) -> None:
        phase = "Bimbingan lanjut"
        self.progress(phase, 0.0)
        rng = self.fu_rng
        staff = self.staff_id
        method_picker = _Picker(["telepon", "kunjungan", "laporan_mitra", "surat"],
                                [50, 30, 15, 5])
        pickers = [_Picker(list(OUTCOME_CODES), spec.outcomes) for spec in TRACKS]
        done_share = {3: 0.93, 6: 0.86, 12: 0.78}
        growth = {3: 1.0, 6: 1.08, 12: 1.15}
        rows: list[dict[str, Any]] = []
        fid = 0
        for e in self.enrollments:
            grad = e.graduated
            if e.status != "lulus" or grad is None:
                continue
            spec = TRACKS[e.cohort.track]
            graduated = date.fromordinal(grad)
            previous: str | None = None
            for months in (3, 6, 12):
                fid += 1
                due = _add_months(graduated, months)
                row: dict[str, Any] = {
                    "id": fid, "enrollment_id": e.id, "client_id": e.client.id,
                    "months_after": months, "due_date": due, "done_date": None,
                    "method": None, "outcome": None, "employer_or_business": None,
                    "monthly_income": None, "aid_received": None, "aid_condition": None,
                    "notes": None, "recorded_by": None, "version": 1,
                    "created_at": _at(grad, 90), "updated_at": _at(grad, 90),
                }
                due_o = due.toordinal()
                if due_o <= self.t and rng.random() < done_share[months]:
                    done = min(self.t, max(grad + 1, due_o + rng.randint(-7, 25)))
                    if previous and previous != "tidak_terjangkau" and rng.random() < 0.65:
                        outcome = previous
                    else:
                        outcome = pickers[e.cohort.track](rng)
                    previous = outcome
                    method = "telepon" if outcome == "tidak_terjangkau" else method_picker(rng)
                    row.update(done_date=date.fromordinal(done), method=method, outcome=outcome,
                               recorded_by=staff, version=2, updated_at=_at(done, 120))
                    if outcome in ("bekerja", "wirausaha", "kube"):
                        lo, hi = spec.income
                        income = rng.uniform(lo, hi) * growth[months]
                        if outcome == "kube":
                            income *= 0.8
                        row["monthly_income"] = round(income / 50_000) * 50_000
                        if outcome == "bekerja":
                            row["employer_or_business"] = rng.choice(spec.employers)
                        elif outcome == "wirausaha":
                            row["employer_or_business"] = rng.choice(spec.businesses)
                        else:
                            row["employer_or_business"] = spec.kube
                    elif outcome == "sekolah":
                        row["notes"] = "Melanjutkan sekolah kesetaraan (Paket C)."
                    elif outcome == "tidak_terjangkau":
                        row["notes"] = "Nomor telepon tidak aktif; alamat sudah pindah."
                    if e.aid and outcome != "tidak_terjangkau":
                        row["aid_received"] = spec.aid
                        r = rng.random()
                        if outcome in ("bekerja", "wirausaha", "kube"):
                            cond = "dipakai" if r < 0.9 - 0.05 * (months // 6) else \
                                ("rusak" if r < 0.96 else "tidak_dipakai")
                        else:
                            cond = "tidak_dipakai" if r < 0.5 else \
                                ("dijual" if r < 0.75 else ("rusak" if r < 0.9 else "dipakai"))
                        row["aid_condition"] = cond
                rows.append(row)
            if len(rows) >= BATCH:
                self.insert(FollowUp, rows)
                rows = []
        self.insert(FollowUp, rows)
        self.progress(phase, 1.0)

    def write_facility(self) -> None:
        phase = "Usulan revitalisasi"
        self.progress(phase, 0.0)
        rng = random.Random(f"jssc-demo-facility-{self.seed}")
        transitions = facility_transitions()
        n = max(10, self.years * 3 + self.n // 10_000)
        track_ids = {spec.code: k + 1 for k, spec in enumerate(TRACKS)}
        # Final statuses: the newest requests are still on their way (one per open status),
        # older ones ended approved and completed, or rejected.
        open_statuses = ["dikerjakan", "dianggarkan", "disetujui", "diverifikasi", "diajukan",
                         "draf"]
        finals = []
        n_old = n - len(open_statuses)
        for k in range(n_old):
            finals.append("selesai" if k == 0 else "ditolak" if k == 1 else
                          ("ditolak" if rng.random() < 0.25 else "selesai"))
        finals += open_statuses
        forward = ["draf", "diajukan", "diverifikasi", "disetujui", "dianggarkan", "dikerjakan",
                   "selesai"]
        who = {"draf": "staff", "diajukan": "staff", "diverifikasi": "admin",
               "disetujui": "head", "ditolak": "head", "dianggarkan": "staff",
               "dikerjakan": "staff", "selesai": "staff"}
        requests: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        seq: dict[int, int] = {}
        returned_done = False
        for k, final in enumerate(finals):
            if final == "ditolak":
                stop = rng.choice(["diajukan", "diverifikasi", "disetujui"])
                path = forward[:forward.index(stop) + 1] + ["ditolak"]
            else:
                path = forward[:forward.index(final) + 1]
            if not returned_done and "diverifikasi" in path:
                # Once, a submission was sent back for revision and submitted again.
                i = path.index("diajukan")
                path = path[:i + 1] + ["draf", "diajukan"] + path[i + 1:]
                returned_done = True
            for a, b in itertools.pairwise(path):
                if b not in transitions[a]:
                    raise AssertionError(f"demo facility path {a} -> {b} not allowed")
            steps = [rng.randint(*FACILITY_STEP_DAYS[st]) for st in path[1:]]
            planned = self.start + int((k + rng.random()) * self.span / len(finals))
            latest = self.t - sum(steps) - rng.randint(1, 20)
            created = max(self.start, min(planned, latest))
            room = self.t - 1 - created
            if sum(steps) > room:  # a short demo span: the same story, faster
                steps = [max(1, gap * room // sum(steps)) for gap in steps]
            tmpl = FACILITY_TEMPLATES[k % len(FACILITY_TEMPLATES)]
            title, kind, funding, lo, hi, track, description = tmpl
            if k >= len(FACILITY_TEMPLATES):
                title = f"{title} (tahap {k // len(FACILITY_TEMPLATES) + 1})"
            year = date.fromordinal(created).year
            seq[year] = seq.get(year, 0) + 1
            rid = k + 1
            day = created
            submitted = decided = completed = None
            prev = None
            for st, gap in zip(path, [0] + steps, strict=False):
                day += gap
                reason = None
                if st == "ditolak":
                    reason = rng.choice(REJECT_REASONS)
                    decided = day
                elif st == "draf" and prev == "diajukan":
                    reason = RETURN_REASON
                elif st == "disetujui":
                    decided = day
                elif st == "selesai":
                    completed = day
                if st == "diajukan" and submitted is None:
                    submitted = day
                history.append({
                    "id": len(history) + 1, "request_id": rid, "from_status": prev,
                    "to_status": st, "changed_on": date.fromordinal(day),
                    "changed_at": _at(day, 60 + len(history) % 300),
                    "user_id": self.user_ids[who[st]], "reason": reason,
                })
                prev = st
            cost = round(rng.uniform(lo, hi) / 100_000) * 100_000
            requests.append({
                "id": rid, "number": f"USL-{year}-{seq[year]:03d}", "title": title,
                "kind": kind, "description": description,
                "track_id": track_ids[track] if track else None, "funding_source": funding,
                "estimated_cost": cost, "priority": rng.choice(["tinggi", "sedang", "sedang",
                                                                 "rendah"]),
                "status": path[-1], "created_by": self.staff_id,
                "submitted_on": date.fromordinal(submitted) if submitted else None,
                "decided_on": date.fromordinal(decided) if decided else None,
                "completed_on": date.fromordinal(completed) if completed else None,
                "version": len(path), "created_at": _at(created, 30),
                "updated_at": _at(day, 60),
            })
        self.insert(FacilityRequest, requests)
        self.insert(FacilityStatusChange, history)
        self.progress(phase, 1.0)

    def write_audit_and_settings(self) -> None:
        at = _at(self.start, 5)
        entries = [
            (None, "sistem", "demo.build", "database", None, None,
             {"clients": self.n, "years": self.years, "seed": self.seed,
              "today": self.today.isoformat()}),
            (None, "sistem", "profile.save", "upt_profile", 1, None,
             {"name": UPT_NAME, "code": UPT_CODE, "capacity": self.capacity}),
        ]
        for username, _, role in DEMO_USERS:
            entries.append((None, "sistem", "user.create", "user", self.user_ids[role], None,
                            {"username": username, "role": role}))
        rows, prev = [], None
        for k, (user_id, username, action, entity, entity_id, before, after) in \
                enumerate(entries, start=1):
            stamp = at + timedelta(seconds=k)
            payload = {
                "at": stamp.isoformat(timespec="microseconds"), "user_id": user_id,
                "username": username, "action": action, "entity": entity,
                "entity_id": entity_id, "before": before, "after": after, "reason": None,
            }
            digest = audit_hash(prev, payload)
            rows.append({"id": k, "at": stamp, "user_id": user_id, "username": username,
                         "action": action, "entity": entity, "entity_id": entity_id,
                         "before": before, "after": after, "reason": None,
                         "prev_hash": prev, "hash": digest})
            prev = digest
        self.insert(AuditLog, rows)
        self.s.execute(cast(Table, Setting.__table__).insert(),
                       [{"key": "report_place", "value": "Batu"}])


# ------------------------------------------------------------------------------------ entry point


def _refuse_unless_empty(s: Session) -> None:
    n_clients = s.execute(select(func.count()).select_from(Client)).scalar_one()
    if n_clients:
        raise ConflictError(
            f"Basis data sudah berisi {n_clients} klien. Data demo hanya dapat dibuat pada "
            "basis data kosong; gunakan berkas basis data baru (--db).")
    for model, label in ((User, "pengguna"), (Tutor, "tutor"), (TrainingTrack, "program"),
                         (UptProfile, "profil UPT")):
        if s.execute(select(func.count()).select_from(model)).scalar_one():
            raise ConflictError(
                f"Basis data sudah berisi data {label}. Data demo hanya dapat dibuat pada "
                "basis data kosong; gunakan berkas basis data baru (--db).")


def _reset_sequences(s: Session) -> None:
    """PostgreSQL: move each id sequence past the ids written here."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        s.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))


def build_demo(db: Database, *, clients: int = 2000, years: int = 5, seed: int = 1,
               today: date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with a deterministic, realistic synthetic UPT."""
    if not isinstance(clients, int) or not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError(
            f"Jumlah klien data demo harus 1 sampai {MAX_CLIENTS:,}.".replace(",", "."),
            "clients")
    if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValidationError(f"Rentang tahun data demo harus 1 sampai {MAX_YEARS}.", "years")
    started = time.perf_counter()
    today = today or date.today()
    with db.session() as s:
        _refuse_unless_empty(s)
        builder = _Builder(clients, years, seed, today, progress)
        builder.plan()
        if db.is_sqlite:
            # A 64 MiB page cache for the one big transaction's index pages (reset below).
            s.execute(text("PRAGMA cache_size=-65536"))
        builder.write(s, sqlite=db.is_sqlite)
        if not db.is_sqlite:
            _reset_sequences(s)
        builder.progress("Menyimpan", 0.0)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA cache_size=-2000")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    builder.progress("Menyimpan", 1.0)
    counts = {LABELS[k]: v for k, v in builder.counts.items() if k in LABELS}
    return DemoSummary(counts, time.perf_counter() - started)
