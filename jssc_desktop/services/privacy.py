"""Data protection (UU 27/2022 Pelindungan Data Pribadi): retention, anonymisation, inventory.

- :func:`retention_candidates` lists discharged clients whose discharge lies more than the
  retention period (setting ``retention_years``) in the past and who still carry personal data.
- :func:`anonymise_client` irreversibly removes a discharged client's personal data while keeping
  what the periodic reports count (sex, birth year, PPKS category, origin kab/kota, dates, stages,
  enrollments, attendance, follow-up outcomes and incomes), so the statistics of past periods stay
  the same. The audit row names the fields cleared, never their values.
- :func:`data_inventory` tells what personal data this installation holds and how much of it: the
  facts a breach notification (within 3 × 24 hours of a lost laptop) has to state.
- :func:`log_sensitive_export` records that a list with sensitive columns left the application.

Retention and anonymisation are the administrator's: they are checked against the administrator
permission ``settings.edit`` (there is no separate permission for them in ``base.PERMISSIONS``),
with a refusal message of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.orm import Session

from ..domain.codes import ClientStatus
from ..domain.errors import PermissionDenied, ValidationError, WorkflowError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.fields import RECORD_KEEPING, Anonymise, Privacy
from ..domain.formatting import format_date, format_datetime, format_number, normalize_name
from ..domain.language import official
from ..domain.messages import msg
from ..domain.vocab import ROLES
from ..fileutil import write_text_atomic
from ..storage.models import (
    Attendance,
    AuditLog,
    BusinessAid,
    Client,
    Consent,
    FacilityAttachment,
    FollowUp,
    StageHistory,
    Tutor,
    User,
)
from .base import Actor, audit, can, check_version, clean_text, get_or_404, require
from .settings import get_setting

#: The administrator permission that guards retention and anonymisation (see module docstring).
ADMIN_PERMISSION = "settings.edit"
#: Used when the ``retention_years`` setting holds something unusable.
FALLBACK_RETENTION_YEARS = 5
ADULT_AGE = 18
ANON_PREFIX = "Anonim"
ANON_GIVEN_BY = "Anonim"
ANON_NIK_REASON = "lainnya"
MAX_REASON = 1000
MAX_EXPORT_WHAT = 200
BACKUP_PATTERNS = ("jssc-*.sqlite3", "jssc-*.dump")

#: Client columns that are emptied (set to None) by anonymisation (from the field registry).
CLEARED_CLIENT_FIELDS = CLIENT_FIELDS.names(anonymise=Anonymise.CLEAR)
#: Client columns that anonymisation replaces by a non-personal value.
REPLACED_CLIENT_FIELDS = CLIENT_FIELDS.names(anonymise=Anonymise.REPLACE)
#: Client columns kept for the statistics of the reports.
KEPT_CLIENT_FIELDS = tuple(n for n in CLIENT_FIELDS.names(privacy=Privacy.PUBLIC)
                           if n not in RECORD_KEEPING)


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class RetentionRow:
    client_id: int
    reg_no: str
    name: str
    discharge_date: date
    years_since: int


@dataclass(frozen=True)
class DataInventory:
    generated_at: datetime
    database: str
    last_backup_at: datetime | None
    last_backup_file: str | None
    clients_total: int
    clients_active: int
    clients_discharged: int          # discharged, personal data still held
    clients_anonymised: int
    children: int                    # under 18 today (anonymised clients not counted)
    with_nik: int
    with_kk: int
    with_birth_date: int
    with_address: int
    with_phone: int
    with_health_notes: int
    with_disability: int
    with_family_notes: int
    with_guardian: int
    with_photo: int
    consents_recorded: int
    consents_withdrawn: int
    users_total: int
    users_by_role: dict[str, int]    # role code -> users (active and inactive)
    tutors_total: int
    tutors_with_nip: int
    tutors_with_phone: int
    tutors_with_email: int
    followups_done: int
    followups_with_income: int
    facility_attachments: int
    facility_attachment_bytes: int
    audit_rows: int
    retention_years: int
    retention_due: int               # discharged longer ago than the retention period
    today: date = field(default_factory=date.today)


# ------------------------------------------------------------------------------------- helpers


def _require_admin(actor: Actor, doing: str) -> None:
    if not can(actor, ADMIN_PERMISSION):
        raise PermissionDenied(
            msg("Peran {role_name} tidak berhak {doing}; hanya Administrator yang dapat "
            "melakukannya.", role_name=ROLES.ref(actor.role), doing=doing))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _full_years(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return max(years, 0)


def retention_years(session: Session) -> int:
    """The retention period from the settings (whole years, at least 1)."""
    raw = get_setting(session, "retention_years")
    try:
        years = int(str(raw).strip())
    except (TypeError, ValueError):
        return FALLBACK_RETENTION_YEARS
    return years if years >= 1 else FALLBACK_RETENTION_YEARS


def _check_years(years: Any) -> int:
    if isinstance(years, bool) or not isinstance(years, int):
        raise ValidationError(msg("Masa simpan data harus bilangan bulat tahun."), "years")
    if not 1 <= years <= 100:
        raise ValidationError(msg("Masa simpan data harus 1 sampai 100 tahun."), "years")
    return years


def _count(session: Session, *conditions: Any, model: Any = Client) -> int:
    stmt = select(func.count()).select_from(model)
    if conditions:
        stmt = stmt.where(*conditions)
    return int(session.execute(stmt).scalar_one() or 0)


def _not_blank(column: Any) -> Any:
    return (column.is_not(None)) & (column != "")


# ---------------------------------------------------------------------------------- retention


def retention_candidates(session: Session, actor: Actor, *, years: int | None = None,
                         today: date | None = None) -> list[RetentionRow]:
    """Discharged clients whose discharge lies more than ``years`` years (default: the setting
    ``retention_years``) before ``today`` and who are not anonymised yet; oldest discharge first.

    Administrator only (checked with ``settings.edit``).
    """
    _require_admin(actor, msg("melihat daftar data klien yang melewati masa simpan"))
    n = retention_years(session) if years is None else _check_years(years)
    day = today or date.today()
    cutoff = _years_before(day, n)
    rows = session.execute(
        select(Client.id, Client.reg_no, Client.name, Client.discharge_date)
        .where(Client.status == "terminasi", Client.discharge_date.is_not(None),
               Client.discharge_date < cutoff, Client.anonymized_at.is_(None))
        .order_by(Client.discharge_date, Client.reg_no)
    ).all()
    out: list[RetentionRow] = []
    for cid, reg_no, name, discharged in rows:
        assert discharged is not None  # filtered in SQL
        out.append(RetentionRow(cid, reg_no, name, discharged, _full_years(discharged, day)))
    return out


# ------------------------------------------------------------------------------- anonymisation


def _bulk(session: Session, stmt: Any) -> int:
    """Run a bulk UPDATE; how many rows it changed."""
    return int(getattr(session.execute(stmt), "rowcount", 0) or 0)


def _anonymous_birth_date(birth: date | None, admission: date) -> date | None:
    """Only the year survives: 1 July of it (not after admission), for age-group statistics."""
    if birth is None:
        return None
    middle = date(birth.year, 7, 1)
    if admission.year == birth.year and admission < middle:
        return admission
    return middle


def anonymise_client(session: Session, actor: Actor, client_id: int, *, reason: str,
                     today: date | None = None, version: int | None = None) -> None:
    """Irreversibly remove a discharged client's personal data (see the module docstring).

    Refused for an active client (WorkflowError), for one already anonymised (WorkflowError) and
    without a reason (ValidationError). Administrator only (checked with ``settings.edit``).
    Besides the client record, it clears the names in the client's consents, the free-text notes
    of the client's stages, attendance and follow-ups and the employer or business name of the
    follow-ups (which can identify a person); codes, dates, outcomes and incomes stay.
    """
    _require_admin(actor, msg("menganonimkan data klien"))
    client = get_or_404(session, Client, client_id, "Klien")
    label = f"Klien {client.reg_no}"
    check_version(client, version, label)
    if client.anonymized_at is not None:
        raise WorkflowError(
            msg("{label} sudah dianonimkan pada {anonymized_at}.",
                label=label, anonymized_at=client.anonymized_at), "status")
    if client.status != "terminasi":
        raise WorkflowError(
            msg("{label} masih aktif; hanya klien yang sudah diterminasi yang dapat dianonimkan.",
                label=label),
            "status")
    why = clean_text(reason) if isinstance(reason, str) else None
    if not why:
        raise ValidationError(msg("Alasan anonimisasi wajib diisi."), "reason")
    if len(why) > MAX_REASON:
        raise ValidationError(msg("Alasan anonimisasi maksimal {max_reason} karakter.",
                                  max_reason=MAX_REASON), "reason")

    cleared = [name for name in CLEARED_CLIENT_FIELDS if getattr(client, name) is not None]
    replaced = [name for name in REPLACED_CLIENT_FIELDS if getattr(client, name) is not None]
    birth_year_kept = client.birth_date is not None

    anon_name = f"{ANON_PREFIX} {client.reg_no}"
    client.name = anon_name
    client.name_normalized = normalize_name(anon_name)[:200]
    client.nik = None
    client.nik_missing_reason = ANON_NIK_REASON
    client.birth_date = _anonymous_birth_date(client.birth_date, client.admission_date)
    for name in CLEARED_CLIENT_FIELDS:
        setattr(client, name, None)
    moment = datetime.now()
    client.anonymized_at = datetime.combine(today, moment.time()) if today else moment

    related = {
        "consents.given_by": _bulk(session, update(Consent).where(
            Consent.client_id == client.id).values(given_by=ANON_GIVEN_BY)),
        "stage_history.notes": _bulk(session, update(StageHistory).where(
            StageHistory.client_id == client.id, StageHistory.notes.is_not(None)
        ).values(notes=None)),
        "attendance.note": _bulk(session, update(Attendance).where(
            Attendance.client_id == client.id, Attendance.note.is_not(None)
        ).values(note=None, version=Attendance.version + 1)),
        "followups.notes_employer": _bulk(session, update(FollowUp).where(
            FollowUp.client_id == client.id,
            or_(FollowUp.notes.is_not(None), FollowUp.employer_or_business.is_not(None)),
        ).values(notes=None, employer_or_business=None, version=FollowUp.version + 1)),
        "business_aids.notes": _bulk(session, update(BusinessAid).where(
            BusinessAid.client_id == client.id, BusinessAid.notes.is_not(None)
        ).values(notes=None, version=BusinessAid.version + 1)),
    }
    session.flush()

    audit(session, actor, "client.anonymise", "client", client.id,
          before={"fields": sorted(cleared + replaced)},
          after={"cleared": sorted(cleared), "replaced": sorted(replaced),
                 "birth_date": "tahun saja" if birth_year_kept else None,
                 "related_rows": related,
                 "kept": list(KEPT_CLIENT_FIELDS)},
          reason=why)


# ---------------------------------------------------------------------------------- inventory


def _database_name(session: Session) -> str:
    from ..storage.db import safe_url

    bind = session.get_bind()
    url = bind.url if isinstance(bind, Engine) else bind.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return str(Path(url.database))
    return safe_url(url)


def _backup_folders(session: Session, folder: Path | None) -> list[Path]:
    if folder is not None:
        return [Path(folder)]
    from ..paths import backup_dir

    folders = [backup_dir()]
    second = (get_setting(session, "backup_second_folder") or "").strip()
    if second and Path(second).is_dir():
        folders.append(Path(second))
    return folders


def last_backup(folders: list[Path]) -> tuple[datetime | None, str | None]:
    """The newest backup file (by modification time) in the folders, and its name."""
    newest: tuple[float, Path] | None = None
    for folder in folders:
        for pattern in BACKUP_PATTERNS:
            try:
                candidates = list(folder.glob(pattern))
            except OSError:
                continue
            for path in candidates:
                try:
                    if not path.is_file():
                        continue
                    mtime = path.stat().st_mtime
                except OSError:
                    continue
                if newest is None or mtime > newest[0]:
                    newest = (mtime, path)
    if newest is None:
        return None, None
    return datetime.fromtimestamp(newest[0]), str(newest[1])


def data_inventory(session: Session, actor: Actor, *, today: date | None = None,
                   backup_folder: Path | str | None = None) -> DataInventory:
    """Counts of the personal data held here, for a breach notice (permission ``audit.view``).

    Anonymised clients are counted apart and not as holding any personal data. The last backup
    is the newest ``jssc-*.sqlite3``/``jssc-*.dump`` file in the backup folder(s).
    """
    require(actor, "audit.view")
    day = today or date.today()
    live = Client.anonymized_at.is_(None)
    child_cutoff = _years_before(day, ADULT_AGE)
    years = retention_years(session)

    from .users import installation_roles

    # The roles of this installation (a UPT's or the province's), plus any role found stored.
    by_role = {code: 0 for code in installation_roles(session)}
    for role, n in session.execute(select(User.role, func.count()).group_by(User.role)).all():
        by_role[role] = int(n)

    attachments, attachment_bytes = session.execute(
        select(func.count(FacilityAttachment.id),
               func.coalesce(func.sum(func.length(FacilityAttachment.content)), 0))
    ).one()
    backup_at, backup_file = last_backup(
        _backup_folders(session, Path(backup_folder) if backup_folder else None))

    inv = DataInventory(
        generated_at=datetime.now(),
        database=_database_name(session),
        last_backup_at=backup_at,
        last_backup_file=backup_file,
        clients_total=_count(session),
        clients_active=_count(session, Client.status == ClientStatus.RESIDENT.value, live),
        clients_discharged=_count(session, Client.status == "terminasi", live),
        clients_anonymised=_count(session, Client.anonymized_at.is_not(None)),
        children=_count(session, live, Client.birth_date > child_cutoff),
        with_nik=_count(session, live, _not_blank(Client.nik)),
        with_kk=_count(session, live, _not_blank(Client.kk)),
        with_birth_date=_count(session, live, Client.birth_date.is_not(None)),
        with_address=_count(session, live, _not_blank(Client.address)),
        with_phone=_count(session, live, _not_blank(Client.phone)),
        with_health_notes=_count(session, live, _not_blank(Client.health_notes)),
        with_disability=_count(session, live, _not_blank(Client.disability)),
        with_family_notes=_count(session, live, _not_blank(Client.family_notes)),
        with_guardian=_count(session, live, or_(
            _not_blank(Client.guardian_name), _not_blank(Client.guardian_relation),
            _not_blank(Client.guardian_phone), _not_blank(Client.guardian_address))),
        with_photo=_count(session, live, Client.photo.is_not(None)),
        consents_recorded=_count(session, model=Consent),
        consents_withdrawn=_count(session, Consent.withdrawn_on.is_not(None), model=Consent),
        users_total=sum(by_role.values()),
        users_by_role=by_role,
        tutors_total=_count(session, model=Tutor),
        tutors_with_nip=_count(session, _not_blank(Tutor.nip), model=Tutor),
        tutors_with_phone=_count(session, _not_blank(Tutor.phone), model=Tutor),
        tutors_with_email=_count(session, _not_blank(Tutor.email), model=Tutor),
        followups_done=_count(session, FollowUp.done_date.is_not(None), model=FollowUp),
        followups_with_income=_count(session, FollowUp.monthly_income.is_not(None),
                                     model=FollowUp),
        facility_attachments=int(attachments or 0),
        facility_attachment_bytes=int(attachment_bytes or 0),
        audit_rows=_count(session, model=AuditLog),
        retention_years=years,
        retention_due=_count(session, live, Client.status == "terminasi",
                             Client.discharge_date < _years_before(day, years)),
        today=day,
    )
    audit(session, actor, "privacy.inventory", "privacy", None, after={
        "clients_total": inv.clients_total, "children": inv.children,
        "with_nik": inv.with_nik, "with_health_notes": inv.with_health_notes,
        "users_total": inv.users_total, "audit_rows": inv.audit_rows,
    })
    return inv


def inventory_lines(inv: DataInventory) -> list[tuple[str, list[tuple[str, int | str]]]]:
    """The inventory as sections of (label, value) pairs, shared by the text and XLSX forms
    (counts stay numbers here; the text form formats them). Labels are messages, so the window
    shows them in its language; the text and XLSX forms are Indonesian documents."""
    users = [(msg("Pengguna {role}", role=ROLES.ref(code)), count)
             for code, count in inv.users_by_role.items()]
    return [
        (msg("Basis data"), [
            (msg("Lokasi basis data"), inv.database),
            (msg("Cadangan terakhir"), format_datetime(inv.last_backup_at)
             if inv.last_backup_at else msg("belum ada cadangan")),
            (msg("Berkas cadangan terakhir"), inv.last_backup_file or "-"),
        ]),
        (msg("Klien (penerima manfaat)"), [
            (msg("Klien seluruhnya"), inv.clients_total),
            (msg("Klien aktif"), inv.clients_active),
            (msg("Klien terminasi (data pribadi masih disimpan)"), inv.clients_discharged),
            (msg("Klien yang sudah dianonimkan"), inv.clients_anonymised),
            (msg("Klien anak (di bawah 18 tahun)"), inv.children),
            (msg("Klien dengan NIK"), inv.with_nik),
            (msg("Klien dengan nomor KK"), inv.with_kk),
            (msg("Klien dengan tanggal lahir"), inv.with_birth_date),
            (msg("Klien dengan alamat"), inv.with_address),
            (msg("Klien dengan nomor telepon"), inv.with_phone),
            (msg("Klien dengan catatan kesehatan"), inv.with_health_notes),
            (msg("Klien dengan data disabilitas"), inv.with_disability),
            (msg("Klien dengan catatan keluarga"), inv.with_family_notes),
            (msg("Klien dengan data wali"), inv.with_guardian),
            (msg("Klien dengan foto"), inv.with_photo),
            (msg("Klien terminasi lebih dari {years} tahun (masa simpan)",
                 years=inv.retention_years), inv.retention_due),
        ]),
        (msg("Persetujuan pemrosesan data"), [
            (msg("Persetujuan tercatat"), inv.consents_recorded),
            (msg("Persetujuan yang ditarik"), inv.consents_withdrawn),
        ]),
        (msg("Pengguna aplikasi"), [("Pengguna seluruhnya", inv.users_total), *users]),
        (msg("Tutor/instruktur"), [
            (msg("Tutor seluruhnya"), inv.tutors_total),
            (msg("Tutor dengan NIP"), inv.tutors_with_nip),
            (msg("Tutor dengan nomor telepon"), inv.tutors_with_phone),
            (msg("Tutor dengan alamat email"), inv.tutors_with_email),
        ]),
        (msg("Bimbingan lanjut"), [
            (msg("Bimbingan lanjut yang sudah dilaksanakan"), inv.followups_done),
            (msg("Bimbingan lanjut dengan data penghasilan"), inv.followups_with_income),
        ]),
        (msg("Lain-lain"), [
            (msg("Lampiran usulan revitalisasi (foto/dokumen)"), inv.facility_attachments),
            (msg("Ukuran lampiran (byte)"), inv.facility_attachment_bytes),
            (msg("Baris log audit"), inv.audit_rows),
        ]),
    ]


@official
def inventory_text(inv: DataInventory) -> str:
    """An Indonesian plain-text report of the inventory."""
    title = "INVENTARIS DATA PRIBADI JSSC DESKTOP"
    out = [
        title,
        "=" * len(title),
        f"Dibuat: {format_datetime(inv.generated_at)}",
        f"Keadaan per tanggal: {format_date(inv.today)}",
        ("Dasar: UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Bila perangkat atau "
         "data hilang, pemberitahuan tertulis wajib disampaikan paling lambat 3 x 24 jam."),
        "",
    ]
    for heading, pairs in inventory_lines(inv):
        out.append(heading)
        out.append("-" * len(heading))
        for label, value in pairs:
            shown = format_number(value) if isinstance(value, int) else value
            out.append(f"{label}: {shown}")
        out.append("")
    out.append("Data pribadi yang bersifat spesifik: data kesehatan, data disabilitas dan data "
               "anak. Angka di atas tidak memuat isi data pribadi.")
    return "\n".join(out) + "\n"


@official
def write_inventory(inv: DataInventory, path: str | Path) -> Path:
    """Write the inventory to ``path``: plain text (.txt) or a worksheet (.xlsx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from .exports import export_table

        rows: list[tuple[str, str, int | str]] = []
        for heading, pairs in inventory_lines(inv):
            rows.extend((heading, label, value) for label, value in pairs)
        return export_table(path, "Inventaris data pribadi", ["Bagian", "Data", "Jumlah"], rows)
    if suffix != ".txt":
        raise ValidationError(
            msg("Inventaris data hanya dapat disimpan ke berkas .txt atau .xlsx."), "file")
    write_text_atomic(path, inventory_text(inv), newline="\r\n")
    return path


# ------------------------------------------------------------------------------ access logging


def log_sensitive_export(session: Session, actor: Actor, what: str, rows: int) -> None:
    """Record that a list with sensitive columns (NIK, health…) was exported ('privacy.export').

    Only roles that may see sensitive client data export it (``client.view_sensitive``).
    """
    require(actor, "client.view_sensitive")
    label = clean_text(what) if isinstance(what, str) else None
    if not label:
        raise ValidationError(msg("Keterangan data yang diekspor wajib diisi."), "what")
    if len(label) > MAX_EXPORT_WHAT:
        raise ValidationError(
            msg("Keterangan data yang diekspor maksimal {max_export_what} karakter.",
                max_export_what=MAX_EXPORT_WHAT), "what")
    if isinstance(rows, bool) or not isinstance(rows, int) or rows < 0:
        raise ValidationError(msg("Jumlah baris ekspor harus bilangan bulat tidak negatif."),
                              "rows")
    audit(session, actor, "privacy.export", "export", None, after={"what": label, "rows": rows})


__all__ = [
    "CLEARED_CLIENT_FIELDS",
    "KEPT_CLIENT_FIELDS",
    "REPLACED_CLIENT_FIELDS",
    "DataInventory",
    "RetentionRow",
    "anonymise_client",
    "data_inventory",
    "inventory_lines",
    "inventory_text",
    "last_backup",
    "log_sensitive_export",
    "retention_candidates",
    "retention_years",
    "write_inventory",
]
