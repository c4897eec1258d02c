"""The field registry: one entry per stored field of the records people type in.

Every fact about a field lives here once: its Indonesian label (translated by the window through
the ``Fields`` context; lupdate collects the ``QT_TRANSLATE_NOOP`` markers of this file), its type
and length limit, the tab of the form it sits on, its privacy class (UU 27/2022), the header and
aliases the Excel import recognises, the example of the import template, and what anonymisation
does with it. Validation, the client form and detail view, the import, the templates and the
privacy lists read this module; ``tests/test_field_registry.py`` fails on any model column of these
record kinds that has no entry here.

Privacy classes:

- ``PUBLIC``: not personal on its own: record keeping (ids, versions, timestamps) and the
  statistical attributes the periodic reports count, kept when a client is anonymised.
- ``PERSONAL``: identifies or describes a person; cleared or replaced by anonymisation.
- ``SENSITIVE``: specific personal data (health, disability, family, identity numbers, where a
  person can be reached); hidden from roles without ``client.view_sensitive`` (identity numbers are
  masked instead) and cleared or replaced by anonymisation.

Adding a client field: the model column, a migration, and one ``FieldSpec`` in ``CLIENT_FIELDS``
(plus its English translation in ``resources/translations/jssc_en.ts``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's marker name
    """Marks ``text`` for Qt's lupdate; the window translates it later (no Qt import here)."""
    del context
    return text


#: The translation context of every label in this module.
CONTEXT = "Fields"


class Privacy(str, Enum):
    PUBLIC = "public"
    PERSONAL = "personal"
    SENSITIVE = "sensitive"


class FieldType(str, Enum):
    TEXT = "text"            # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"
    CODE = "code"            # a code of a vocabulary
    INTEGER = "integer"
    MONEY = "money"          # whole Rupiah
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    BINARY = "binary"        # a picture or a file
    DATETIME = "datetime"
    REFERENCE = "reference"  # id of another record


class Anonymise(str, Enum):
    """What anonymising a client does with a field."""

    KEEP = "keep"        # statistics of the reports, or record keeping
    CLEAR = "clear"      # set to empty
    REPLACE = "replace"  # replaced by a non-personal value (name, NIK, birth date)


class FormTab(str, Enum):
    """The tabs of the client form, in order."""

    IDENTITY = "identity"
    ADDRESS = "address"
    SERVICE = "service"
    FAMILY = "family"


FORM_TAB_LABELS = {
    FormTab.IDENTITY: QT_TRANSLATE_NOOP("Fields", "Identitas"),
    FormTab.ADDRESS: QT_TRANSLATE_NOOP("Fields", "Alamat dan Rujukan"),
    FormTab.SERVICE: QT_TRANSLATE_NOOP("Fields", "Layanan"),
    FormTab.FAMILY: QT_TRANSLATE_NOOP("Fields", "Keluarga dan Wali"),
}


@dataclass(frozen=True)
class FieldSpec:
    """One stored field of a record kind."""

    name: str
    label: str
    type: FieldType
    privacy: Privacy
    max_length: int | None = None
    required: bool = False
    #: the client form's tab (None: not on the form)
    tab: FormTab | None = None
    #: header written in the import template (None: the label); the import also accepts aliases
    import_header: str | None = None
    import_aliases: tuple[str, ...] = ()
    #: hint in the import template's instructions
    import_hint: str = ""
    #: the example row of the import template
    example: object = None
    #: column header when the record kind is exported (None: not exported on its own)
    export: str | None = None
    #: a shorter header for the field's column in a list (and so in the list's export), where
    #: ``export`` would crowd the list on a 1024-pixel screen (None: ``export``)
    list_header: str | None = None
    anonymise: Anonymise = Anonymise.KEEP
    #: shown masked (NIK, KK) rather than hidden from roles that may not see sensitive data
    masked: bool = False

    @property
    def imported(self) -> bool:
        return self.import_header is not None or bool(self.import_aliases)

    @property
    def header(self) -> str:
        """The heading of the import template and of exports."""
        return self.import_header or self.label


class Registry:
    """The fields of one record kind, in form order, with lookup by name."""

    def __init__(self, kind: str, fields: tuple[FieldSpec, ...]) -> None:
        self.kind = kind
        self.fields = fields
        self._by_name = {f.name: f for f in fields}
        if len(self._by_name) != len(fields):
            raise ValueError(f"duplicate field name in the {kind} registry")

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.fields)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> FieldSpec:
        return self._by_name[name]

    def get(self, name: str | None) -> FieldSpec | None:
        return self._by_name.get(name) if name is not None else None

    def label(self, name: str) -> str:
        return self._by_name[name].label

    def names(self, *, privacy: Privacy | None = None, anonymise: Anonymise | None = None,
              tab: FormTab | None = None) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields
                     if (privacy is None or f.privacy is privacy)
                     and (anonymise is None or f.anonymise is anonymise)
                     and (tab is None or f.tab is tab))

    def imported(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.imported)

    def text_limits(self) -> dict[str, tuple[int | None, str]]:
        """Free-text form fields: name -> (length limit or None, label) for validation."""
        return {f.name: (f.max_length if f.type is FieldType.TEXT else None, f.label)
                for f in self.fields
                if f.type in (FieldType.TEXT, FieldType.LONG_TEXT) and f.tab is not None
                and f.name not in _SPECIALLY_CHECKED}


#: Columns every record kind has for record keeping, not describing anyone.
RECORD_KEEPING = frozenset({"id", "version", "created_at", "updated_at", "anonymized_at"})

# Client fields with their own checks in services.clients (not plain length-limited text).
_SPECIALLY_CHECKED = frozenset({"name", "nik", "kk"})

F, P, A, T = FieldType, Privacy, Anonymise, FormTab

# ------------------------------------------------------------------------------------- clients

CLIENT = Registry("client", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("reg_no", QT_TRANSLATE_NOOP("Fields", "Nomor registrasi"), F.TEXT, P.PUBLIC, 30,
              export=QT_TRANSLATE_NOOP("Fields", "No. Registrasi")),
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Nama lengkap"), F.TEXT, P.PERSONAL, 200,
              required=True, tab=T.IDENTITY, import_header="Nama Lengkap",
              import_aliases=("nama", "nama lengkap", "nama klien", "nama pm",
                              "nama penerima manfaat", "nama peserta"),
              import_hint="Nama sesuai KTP/KK.", example="Siti Aminah",
              export=QT_TRANSLATE_NOOP("Fields", "Nama"),
              anonymise=A.REPLACE),
    FieldSpec("nik", QT_TRANSLATE_NOOP("Fields", "NIK"), F.TEXT, P.SENSITIVE, 16,
              tab=T.IDENTITY, import_header="NIK",
              import_aliases=("nik", "no nik", "nomor nik", "nomor induk kependudukan", "no ktp"),
              import_hint="16 digit, ketik sebagai teks.", example="3507125203059999",
              export=QT_TRANSLATE_NOOP("Fields", "NIK"), anonymise=A.REPLACE, masked=True),
    FieldSpec("nik_missing_reason", QT_TRANSLATE_NOOP("Fields", "Alasan tanpa NIK"), F.CODE,
              P.PERSONAL, 30, tab=T.IDENTITY, import_header="Alasan Tanpa NIK",
              import_aliases=("alasan tanpa nik", "alasan nik kosong", "keterangan nik"),
              anonymise=A.REPLACE),
    FieldSpec("kk", QT_TRANSLATE_NOOP("Fields", "Nomor KK"), F.TEXT, P.SENSITIVE, 16,
              tab=T.IDENTITY, import_header="No. KK",
              import_aliases=("no kk", "nomor kk", "kk", "nomor kartu keluarga",
                              "no kartu keluarga"),
              import_hint="16 digit, ketik sebagai teks.", example="3507120101200003",
              anonymise=A.CLEAR, masked=True),
    FieldSpec("sex", QT_TRANSLATE_NOOP("Fields", "Jenis kelamin"), F.CODE, P.PUBLIC, 1,
              required=True, tab=T.IDENTITY, import_header="Jenis Kelamin",
              import_aliases=("l/p", "jenis kelamin", "jk", "kelamin", "gender", "lp"),
              import_hint="L atau P.", example="P", export=QT_TRANSLATE_NOOP("Fields", "L/P")),
    FieldSpec("birth_place", QT_TRANSLATE_NOOP("Fields", "Tempat lahir"), F.TEXT, P.PERSONAL, 100,
              tab=T.IDENTITY, import_header="Tempat Lahir",
              import_aliases=("tempat lahir", "tmp lahir", "tempat lhr"), example="Malang",
              anonymise=A.CLEAR),
    FieldSpec("birth_date", QT_TRANSLATE_NOOP("Fields", "Tanggal lahir"), F.DATE, P.PERSONAL,
              tab=T.IDENTITY, import_header="Tgl Lahir",
              import_aliases=("tgl lahir", "tanggal lahir", "tgl lhr", "lahir"),
              import_hint="Mis. 12-03-2005 atau 12 Maret 2005.", example=date(2005, 3, 12),
              export=QT_TRANSLATE_NOOP("Fields", "Tanggal lahir"), anonymise=A.REPLACE),
    FieldSpec("address", QT_TRANSLATE_NOOP("Fields", "Alamat asal"), F.LONG_TEXT, P.SENSITIVE,
              tab=T.ADDRESS, import_header="Alamat",
              import_aliases=("alamat", "alamat lengkap", "alamat asal"),
              example="Jl. Melati 5, Kepanjen", anonymise=A.CLEAR),
    FieldSpec("kab_kota_code", QT_TRANSLATE_NOOP("Fields", "Kabupaten/kota asal"), F.CODE,
              P.PUBLIC, 4, tab=T.ADDRESS, import_header="Kab/Kota",
              import_aliases=("kab/kota", "kabupaten/kota", "kota/kabupaten", "kab kota",
                              "asal kab/kota", "daerah asal", "asal"),
              import_hint="Kode atau nama; tulis 'Kab.' atau 'Kota' untuk Malang, Blitar, …",
              example="Kabupaten Malang", export=QT_TRANSLATE_NOOP("Fields", "Kab/Kota asal"),
              list_header=QT_TRANSLATE_NOOP("Fields", "Kab/Kota")),
    FieldSpec("ppks_code", QT_TRANSLATE_NOOP("Fields", "Kategori PPKS"), F.CODE, P.PUBLIC, 5,
              required=True, tab=T.SERVICE, import_header="Jenis PPKS",
              import_aliases=("jenis ppks", "kategori ppks", "ppks", "jenis pmks", "pmks",
                              "kategori"),
              example="Anak Telantar", export=QT_TRANSLATE_NOOP("Fields", "Kategori PPKS")),
    FieldSpec("disability", QT_TRANSLATE_NOOP("Fields", "Disabilitas"), F.TEXT, P.SENSITIVE, 200,
              tab=T.SERVICE, import_aliases=("disabilitas", "jenis disabilitas", "kecacatan"),
              anonymise=A.CLEAR),
    FieldSpec("religion", QT_TRANSLATE_NOOP("Fields", "Agama"), F.TEXT, P.PERSONAL, 30,
              tab=T.IDENTITY, import_aliases=("agama",), example="Islam", anonymise=A.CLEAR),
    FieldSpec("education", QT_TRANSLATE_NOOP("Fields", "Pendidikan terakhir"), F.TEXT,
              P.PERSONAL, 60, tab=T.IDENTITY, import_header="Pendidikan",
              import_aliases=("pendidikan", "pendidikan terakhir"), example="SMP",
              anonymise=A.CLEAR),
    FieldSpec("phone", QT_TRANSLATE_NOOP("Fields", "Telepon"), F.TEXT, P.SENSITIVE, 50,
              tab=T.IDENTITY, import_header="No. HP",
              import_aliases=("no hp", "nomor hp", "telepon", "no telp", "hp"),
              example="081234567890", anonymise=A.CLEAR),
    FieldSpec("referral_source", QT_TRANSLATE_NOOP("Fields", "Sumber rujukan"), F.TEXT,
              P.PERSONAL, 200, tab=T.ADDRESS,
              import_aliases=("sumber rujukan", "rujukan", "asal rujukan"),
              example="Dinas Sosial Kab. Malang", anonymise=A.CLEAR),
    FieldSpec("guardian_name", QT_TRANSLATE_NOOP("Fields", "Nama wali/keluarga"), F.TEXT,
              P.SENSITIVE, 200, tab=T.FAMILY, import_header="Nama Wali",
              import_aliases=("nama wali", "wali", "nama orang tua", "orang tua"),
              example="Sumiati", anonymise=A.CLEAR),
    FieldSpec("guardian_relation", QT_TRANSLATE_NOOP("Fields", "Hubungan wali"), F.TEXT,
              P.SENSITIVE, 60, tab=T.FAMILY, import_header="Hubungan Wali",
              import_aliases=("hubungan wali", "hubungan"), example="Ibu", anonymise=A.CLEAR),
    FieldSpec("guardian_phone", QT_TRANSLATE_NOOP("Fields", "Telepon wali"), F.TEXT, P.SENSITIVE,
              50, tab=T.FAMILY, import_header="No. HP Wali",
              import_aliases=("no hp wali", "telepon wali", "hp wali"), example="081298765432",
              anonymise=A.CLEAR),
    FieldSpec("admission_date", QT_TRANSLATE_NOOP("Fields", "Tanggal masuk"), F.DATE, P.PUBLIC,
              required=True, tab=T.SERVICE, import_header="Tgl Masuk",
              import_aliases=("tgl masuk", "tanggal masuk", "tgl masuk upt", "tanggal masuk upt",
                              "tmt masuk"),
              import_hint="Tanggal diterima di UPT.", example=date(2026, 1, 15),
              export=QT_TRANSLATE_NOOP("Fields", "Tanggal masuk")),
    FieldSpec("name_normalized", QT_TRANSLATE_NOOP("Fields", "Nama untuk pencarian"), F.TEXT,
              P.PERSONAL, 200, anonymise=A.REPLACE),
    FieldSpec("health_notes", QT_TRANSLATE_NOOP("Fields", "Catatan kesehatan"), F.LONG_TEXT,
              P.SENSITIVE, tab=T.SERVICE, anonymise=A.CLEAR),
    FieldSpec("guardian_address", QT_TRANSLATE_NOOP("Fields", "Alamat wali"), F.LONG_TEXT,
              P.SENSITIVE, tab=T.FAMILY, anonymise=A.CLEAR),
    FieldSpec("family_notes", QT_TRANSLATE_NOOP("Fields", "Catatan keluarga"), F.LONG_TEXT,
              P.SENSITIVE, tab=T.FAMILY, anonymise=A.CLEAR),
    FieldSpec("status", QT_TRANSLATE_NOOP("Fields", "Status"), F.CODE, P.PUBLIC, 12,
              export=QT_TRANSLATE_NOOP("Fields", "Status")),
    FieldSpec("current_stage", QT_TRANSLATE_NOOP("Fields", "Tahapan"), F.CODE, P.PUBLIC, 30,
              export=QT_TRANSLATE_NOOP("Fields", "Tahapan")),
    FieldSpec("discharge_date", QT_TRANSLATE_NOOP("Fields", "Tanggal terminasi"), F.DATE,
              P.PUBLIC),
    FieldSpec("discharge_reason", QT_TRANSLATE_NOOP("Fields", "Alasan terminasi"), F.CODE,
              P.PUBLIC, 30),
    FieldSpec("discharge_notes", QT_TRANSLATE_NOOP("Fields", "Catatan terminasi"), F.LONG_TEXT,
              P.PERSONAL, anonymise=A.CLEAR),
    FieldSpec("handover_record", QT_TRANSLATE_NOOP("Fields", "Berita acara serah terima"),
              F.LONG_TEXT, P.PERSONAL, anonymise=A.CLEAR),
    FieldSpec("handover_to", QT_TRANSLATE_NOOP("Fields", "Diserahkan kepada"), F.TEXT,
              P.PERSONAL, 200, anonymise=A.CLEAR),
    FieldSpec("photo", QT_TRANSLATE_NOOP("Fields", "Foto"), F.BINARY, P.PERSONAL,
              anonymise=A.CLEAR),
    FieldSpec("anonymized_at", QT_TRANSLATE_NOOP("Fields", "Dianonimkan pada"), F.DATETIME,
              P.PUBLIC),
    FieldSpec("version", QT_TRANSLATE_NOOP("Fields", "Versi"), F.INTEGER, P.PUBLIC),
    FieldSpec("created_at", QT_TRANSLATE_NOOP("Fields", "Dibuat"), F.DATETIME, P.PUBLIC),
    FieldSpec("updated_at", QT_TRANSLATE_NOOP("Fields", "Diubah"), F.DATETIME, P.PUBLIC),
))

_RECORD = (
    FieldSpec("version", QT_TRANSLATE_NOOP("Fields", "Versi"), F.INTEGER, P.PUBLIC),
    FieldSpec("created_at", QT_TRANSLATE_NOOP("Fields", "Dibuat"), F.DATETIME, P.PUBLIC),
    FieldSpec("updated_at", QT_TRANSLATE_NOOP("Fields", "Diubah"), F.DATETIME, P.PUBLIC),
)

# -------------------------------------------------------------------------------------- tutors

TUTOR = Registry("tutor", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Nama tutor"), F.TEXT, P.PERSONAL, 200,
              required=True, import_header="Nama Lengkap", import_hint="Wajib.",
              example="Ahmad Fauzi", export=QT_TRANSLATE_NOOP("Fields", "Nama")),
    FieldSpec("tutor_type", QT_TRANSLATE_NOOP("Fields", "Jenis tutor"), F.CODE, P.PUBLIC, 10,
              required=True, import_header="Jenis Tutor",
              import_hint="Internal (ASN/PPPK) atau Eksternal.", example="Eksternal",
              export=QT_TRANSLATE_NOOP("Fields", "Jenis")),
    FieldSpec("nip", QT_TRANSLATE_NOOP("Fields", "NIP"), F.TEXT, P.PERSONAL, 30,
              import_header="NIP", import_hint="Untuk tutor internal; 18 digit."),
    FieldSpec("partner_kind", QT_TRANSLATE_NOOP("Fields", "Jenis mitra"), F.CODE, P.PUBLIC, 30,
              import_header="Jenis Mitra", import_hint="Untuk tutor eksternal.",
              example="Dunia Usaha"),
    FieldSpec("institution", QT_TRANSLATE_NOOP("Fields", "Lembaga"), F.TEXT, P.PUBLIC, 200,
              import_header="Lembaga", import_hint="Instansi asal tutor eksternal.",
              example="PT Sejuk Abadi", export=QT_TRANSLATE_NOOP("Fields", "Lembaga")),
    FieldSpec("expertise", QT_TRANSLATE_NOOP("Fields", "Keahlian"), F.TEXT, P.PUBLIC, 200,
              import_header="Keahlian", example="Reparasi AC",
              export=QT_TRANSLATE_NOOP("Fields", "Keahlian")),
    FieldSpec("certifications", QT_TRANSLATE_NOOP("Fields", "Sertifikasi"), F.LONG_TEXT,
              P.PUBLIC, import_header="Sertifikasi", example="BNSP Teknisi Pendingin"),
    FieldSpec("phone", QT_TRANSLATE_NOOP("Fields", "Telepon"), F.TEXT, P.PERSONAL, 50,
              import_header="No. HP", example="081234567890"),
    FieldSpec("email", QT_TRANSLATE_NOOP("Fields", "Surel"), F.TEXT, P.PERSONAL, 120),
    FieldSpec("rate_per_jp", QT_TRANSLATE_NOOP("Fields", "Honor per JP"), F.MONEY, P.PERSONAL,
              import_header="Honor per JP", import_hint="Rupiah, tanpa titik.", example=150000),
    FieldSpec("active", QT_TRANSLATE_NOOP("Fields", "Aktif"), F.BOOLEAN, P.PUBLIC),
    *_RECORD,
))

# ------------------------------------------------------------------------------------- cohorts

COHORT = Registry("cohort", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("track_id", QT_TRANSLATE_NOOP("Fields", "Program"), F.REFERENCE, P.PUBLIC,
              required=True),
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Nama angkatan"), F.TEXT, P.PUBLIC, 120,
              required=True),
    FieldSpec("tutor_id", QT_TRANSLATE_NOOP("Fields", "Tutor"), F.REFERENCE, P.PUBLIC),
    FieldSpec("start_date", QT_TRANSLATE_NOOP("Fields", "Tanggal mulai"), F.DATE, P.PUBLIC,
              required=True),
    FieldSpec("end_date", QT_TRANSLATE_NOOP("Fields", "Tanggal selesai"), F.DATE, P.PUBLIC,
              required=True),
    FieldSpec("planned_jp", QT_TRANSLATE_NOOP("Fields", "Rencana JP"), F.INTEGER, P.PUBLIC),
    FieldSpec("capacity", QT_TRANSLATE_NOOP("Fields", "Kapasitas"), F.INTEGER, P.PUBLIC),
    FieldSpec("status", QT_TRANSLATE_NOOP("Fields", "Status"), F.CODE, P.PUBLIC, 15),
    *_RECORD,
))

# ---------------------------------------------------------------------------------- follow-ups

FOLLOWUP = Registry("followup", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("enrollment_id", QT_TRANSLATE_NOOP("Fields", "Peserta angkatan"), F.REFERENCE,
              P.PUBLIC),
    FieldSpec("client_id", QT_TRANSLATE_NOOP("Fields", "Klien"), F.REFERENCE, P.PUBLIC),
    FieldSpec("months_after", QT_TRANSLATE_NOOP("Fields", "Bulan ke-"), F.INTEGER, P.PUBLIC,
              export=QT_TRANSLATE_NOOP("Fields", "Bulan ke")),
    FieldSpec("due_date", QT_TRANSLATE_NOOP("Fields", "Jatuh tempo"), F.DATE, P.PUBLIC,
              export=QT_TRANSLATE_NOOP("Fields", "Jatuh tempo")),
    FieldSpec("done_date", QT_TRANSLATE_NOOP("Fields", "Tanggal dilakukan"), F.DATE, P.PUBLIC),
    FieldSpec("method", QT_TRANSLATE_NOOP("Fields", "Cara"), F.CODE, P.PUBLIC, 20),
    FieldSpec("outcome", QT_TRANSLATE_NOOP("Fields", "Hasil"), F.CODE, P.PUBLIC, 20,
              export=QT_TRANSLATE_NOOP("Fields", "Hasil")),
    FieldSpec("employer_or_business", QT_TRANSLATE_NOOP("Fields", "Tempat kerja/usaha"), F.TEXT,
              P.PERSONAL, 200),
    FieldSpec("monthly_income", QT_TRANSLATE_NOOP("Fields", "Penghasilan per bulan"), F.MONEY,
              P.PUBLIC, export=QT_TRANSLATE_NOOP("Fields", "Penghasilan")),
    FieldSpec("aid_received", QT_TRANSLATE_NOOP("Fields", "Bantuan yang diterima"), F.TEXT,
              P.PUBLIC, 300),
    FieldSpec("aid_condition", QT_TRANSLATE_NOOP("Fields", "Kondisi bantuan"), F.CODE, P.PUBLIC,
              20),
    FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Catatan"), F.LONG_TEXT, P.PERSONAL),
    FieldSpec("recorded_by", QT_TRANSLATE_NOOP("Fields", "Dicatat oleh"), F.REFERENCE,
              P.PUBLIC),
    # Kept by storage.followup_latest for the reports, never typed: which follow-up was a
    # graduate's latest on a given day, and for which track.
    FieldSpec("latest_from", QT_TRANSLATE_NOOP("Fields", "Terbaru sejak"), F.DATE, P.PUBLIC),
    FieldSpec("latest_until", QT_TRANSLATE_NOOP("Fields", "Terbaru sampai"), F.DATE, P.PUBLIC),
    FieldSpec("latest_track_id", QT_TRANSLATE_NOOP("Fields", "Program pelatihan"), F.REFERENCE,
              P.PUBLIC),
    # Kept by storage.followup_latest for the reports, never typed: when the client's next
    # follow-up was done (none: this is their latest).
    FieldSpec("client_next_done", QT_TRANSLATE_NOOP("Fields", "Bimbingan lanjut berikutnya"),
              F.DATE, P.PUBLIC),
    *_RECORD,
))

# ------------------------------------------------------------------------------ business aid

BUSINESS_AID = Registry("business_aid", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("client_id", QT_TRANSLATE_NOOP("Fields", "Klien"), F.REFERENCE, P.PUBLIC,
              required=True),
    FieldSpec("enrollment_id", QT_TRANSLATE_NOOP("Fields", "Peserta angkatan"), F.REFERENCE,
              P.PUBLIC),
    FieldSpec("item", QT_TRANSLATE_NOOP("Fields", "Bentuk bantuan"), F.TEXT, P.PUBLIC, 200,
              required=True),
    FieldSpec("value", QT_TRANSLATE_NOOP("Fields", "Nilai bantuan"), F.MONEY, P.PUBLIC,
              required=True),
    FieldSpec("given_date", QT_TRANSLATE_NOOP("Fields", "Tanggal diberikan"), F.DATE, P.PUBLIC,
              required=True),
    FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Catatan"), F.LONG_TEXT, P.PERSONAL),
    FieldSpec("recorded_by", QT_TRANSLATE_NOOP("Fields", "Dicatat oleh"), F.REFERENCE,
              P.PUBLIC),
    *_RECORD,
))

# --------------------------------------------------------------------------- facility requests

FACILITY_REQUEST = Registry("facility_request", (
    FieldSpec("id", QT_TRANSLATE_NOOP("Fields", "Nomor data"), F.REFERENCE, P.PUBLIC),
    FieldSpec("number", QT_TRANSLATE_NOOP("Fields", "Nomor usulan"), F.TEXT, P.PUBLIC, 40,
              export=QT_TRANSLATE_NOOP("Fields", "Nomor")),
    FieldSpec("title", QT_TRANSLATE_NOOP("Fields", "Judul"), F.TEXT, P.PUBLIC, 300,
              required=True, export=QT_TRANSLATE_NOOP("Fields", "Judul")),
    FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Jenis"), F.CODE, P.PUBLIC, 10,
              required=True),
    FieldSpec("description", QT_TRANSLATE_NOOP("Fields", "Uraian"), F.LONG_TEXT, P.PUBLIC),
    FieldSpec("track_id", QT_TRANSLATE_NOOP("Fields", "Program terkait"), F.REFERENCE,
              P.PUBLIC),
    FieldSpec("funding_source", QT_TRANSLATE_NOOP("Fields", "Sumber dana"), F.CODE, P.PUBLIC,
              20, required=True),
    FieldSpec("estimated_cost", QT_TRANSLATE_NOOP("Fields", "Perkiraan biaya (RAB)"), F.MONEY,
              P.PUBLIC, export=QT_TRANSLATE_NOOP("Fields", "Biaya")),
    FieldSpec("priority", QT_TRANSLATE_NOOP("Fields", "Prioritas"), F.CODE, P.PUBLIC, 10),
    FieldSpec("status", QT_TRANSLATE_NOOP("Fields", "Status"), F.CODE, P.PUBLIC, 15,
              export=QT_TRANSLATE_NOOP("Fields", "Status")),
    FieldSpec("created_by", QT_TRANSLATE_NOOP("Fields", "Dibuat oleh"), F.REFERENCE, P.PUBLIC),
    FieldSpec("submitted_on", QT_TRANSLATE_NOOP("Fields", "Tanggal diajukan"), F.DATE,
              P.PUBLIC),
    FieldSpec("decided_on", QT_TRANSLATE_NOOP("Fields", "Tanggal diputuskan"), F.DATE,
              P.PUBLIC),
    FieldSpec("completed_on", QT_TRANSLATE_NOOP("Fields", "Tanggal selesai"), F.DATE,
              P.PUBLIC),
    *_RECORD,
))

#: Every registry, by the name of the model class it describes.
REGISTRIES: dict[str, Registry] = {
    "Client": CLIENT,
    "Tutor": TUTOR,
    "Cohort": COHORT,
    "FollowUp": FOLLOWUP,
    "BusinessAid": BUSINESS_AID,
    "FacilityRequest": FACILITY_REQUEST,
}

del F, P, A, T
