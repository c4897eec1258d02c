"""The story's data: sizes, the UPT and its users, PPKS profiles, the training tracks and their
outcomes, facility request templates, and the names of the counted tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[str, float], None]

MAX_CLIENTS = 1_000_000
MAX_YEARS = 30
BATCH = 20_000

#: The UPT of seed 1 (every seed gets one of the province's UPTs, see :func:`upt_for_seed`).
UPT_NAME = "UPT Pelayanan Sosial Bina Remaja Jombang"
UPT_CODE = "PSBR-JOMBANG"
UPT_KAB_KOTA = "3517"


@dataclass(frozen=True)
class DemoUpt:
    code: str
    name: str
    kab_kota: str
    cluster: str
    address: str
    place: str


def upt_for_seed(seed: int) -> DemoUpt:
    """The UPT a demo database of ``seed`` stands for: seed 1 the first of the province's list
    (``upts`` in ``vocabularies.json``), seed 2 the second, and so on round the list, so that
    several demo databases are several UPTs that a province installation can consolidate."""
    from ...domain.vocab import KAB_KOTA, vocabulary

    terms = vocabulary("upts").terms
    term = terms[(seed - 1) % len(terms)]
    kab = str(term.extra.get("kab_kota") or UPT_KAB_KOTA)
    cluster = str(term.extra.get("cluster") or "")
    # street addresses, telephones and e-mail are not in the list: the demo gives the kab/kota
    # rather than invent them
    kab_name = KAB_KOTA.name(kab)
    return DemoUpt(term.code, term.name, kab, cluster, f"{kab_name}, Jawa Timur",
                   kab_name.removeprefix("Kabupaten ").removeprefix("Kota "))

DEMO_USERS = (
    # username, password, role
    ("admin", "Lumbung-Data-26", "admin"),
    ("staf", "Berkas-Rapi-26", "staff"),
    ("kepala", "Tanda-Tangan-26", "head"),
    ("tutor", "Kelas-Jahit-26", "tutor"),
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
    "business_aids": "Bantuan usaha",
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

#: The usual value (Rupiah) of each track's aid package, for the demo's business aid records.
AID_VALUES = {"AC": 4_500_000, "TB": 3_500_000, "JHT": 3_000_000, "OTO": 5_000_000,
              "RIAS": 2_500_000, "KOMP": 7_500_000}
