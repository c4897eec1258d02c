"""The UPT profile: the one row naming this installation's UPT, its head and its letterhead logo.

Everyone may read it (it heads every report); only an administrator changes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError, ValidationError
from ..domain.messages import msg
from ..domain.vocab import KAB_KOTA, OUTSIDE_JATIM
from ..storage.models import UptProfile
from .base import Actor, audit, check_version, clean_text, diff, require, snapshot

MAX_IMAGE_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
NIP_LENGTH = 18
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_image(content: bytes, field: str, label: str) -> str:
    """Accept a PNG or JPEG picture of at most 2 MB; return its media type.

    The magic bytes are checked, not the file name, so a renamed document is refused.
    """
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise ValidationError(msg("{label} kosong atau tidak dapat dibaca.", label=label), field)
    if len(content) > MAX_IMAGE_BYTES:
        size_mb = len(content) / (1024 * 1024)
        shown = f"{size_mb:.1f}".replace(".", ",")
        raise ValidationError(msg("{label} terlalu besar ({shown} MB); maksimal 2 MB.",
                                  label=label, shown=shown), field)
    if content.startswith(PNG_MAGIC):
        return "image/png"
    if content.startswith(JPEG_MAGIC):
        return "image/jpeg"
    raise ValidationError(msg("{label} harus berupa gambar PNG atau JPEG.", label=label), field)


def check_length(value: str | None, limit: int, field: str, label: str) -> None:
    if value is not None and len(value) > limit:
        raise ValidationError(msg("{label} terlalu panjang (maksimal {limit} karakter).",
                                  label=label, limit=limit), field)


@dataclass(frozen=True)
class ProfileInput:
    name: str
    code: str
    cluster: str | None = None
    address: str | None = None
    kab_kota_code: str | None = None
    phone: str | None = None
    email: str | None = None
    capacity: int = 0
    head_name: str | None = None
    head_nip: str | None = None
    head_rank: str | None = None


@dataclass(frozen=True)
class ProfileView:
    id: int
    name: str
    code: str
    cluster: str | None
    address: str | None
    kab_kota_code: str | None
    phone: str | None
    email: str | None
    capacity: int
    head_name: str | None
    head_nip: str | None
    kab_kota_name: str
    has_logo: bool
    version: int
    head_rank: str | None = None


def _load(session: Session) -> UptProfile | None:
    return session.execute(
        select(UptProfile).order_by(UptProfile.id).limit(1)
    ).scalar_one_or_none()


def _view(p: UptProfile) -> ProfileView:
    return ProfileView(
        id=p.id, name=p.name, code=p.code, cluster=p.cluster, address=p.address,
        kab_kota_code=p.kab_kota_code, phone=p.phone, email=p.email, capacity=p.capacity,
        head_name=p.head_name, head_nip=p.head_nip, kab_kota_name=KAB_KOTA.name(p.kab_kota_code),
        has_logo=p.logo is not None, version=p.version, head_rank=p.head_rank,
    )


def _capacity(value: object) -> int:
    if isinstance(value, bool):
        raise ValidationError(msg("Kapasitas harus berupa bilangan bulat."), "capacity")
    if isinstance(value, str):
        text = value.strip().replace(".", "")
        if not text.lstrip("-").isdigit():
            raise ValidationError(
                msg("Kapasitas harus berupa bilangan bulat, bukan '{value}'.",
                    value=value), "capacity")
        value = int(text)
    if value is None:
        value = 0
    if not isinstance(value, int):
        raise ValidationError(msg("Kapasitas harus berupa bilangan bulat."), "capacity")
    if value < 0:
        raise ValidationError(msg("Kapasitas tidak boleh negatif."), "capacity")
    if value > 100_000:
        raise ValidationError(msg("Kapasitas tidak masuk akal (lebih dari 100.000)."), "capacity")
    return value


def _nip(value: str | None) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    digits = text.replace(" ", "")
    if not digits.isdigit() or len(digits) != NIP_LENGTH:
        raise ValidationError(
            msg("NIP Kepala UPT harus {nip_length} angka (spasi boleh), bukan '{text}'.",
                nip_length=NIP_LENGTH, text=text), "head_nip")
    return digits


def _validated(data: ProfileInput) -> dict[str, object]:
    name = clean_text(data.name)
    if not name:
        raise ValidationError(msg("Nama UPT wajib diisi."), "name")
    code = clean_text(data.code)
    if not code:
        raise ValidationError(msg("Kode UPT wajib diisi."), "code")
    kab_kota = KAB_KOTA.check(clean_text(data.kab_kota_code), "kab_kota_code", required=False)
    if kab_kota == OUTSIDE_JATIM:
        raise ValidationError(
            msg("UPT berada di Jawa Timur: pilih kabupaten/kota di Jawa Timur."), "kab_kota_code")
    email = clean_text(data.email)
    if email is not None and not EMAIL_RE.match(email):
        raise ValidationError(msg("Alamat email tidak valid: '{email}'.", email=email), "email")
    values: dict[str, object] = {
        "name": name,
        "code": code,
        "cluster": clean_text(data.cluster),
        "address": clean_text(data.address),
        "kab_kota_code": kab_kota,
        "phone": clean_text(data.phone),
        "email": email,
        "capacity": _capacity(data.capacity),
        "head_name": clean_text(data.head_name),
        "head_nip": _nip(data.head_nip),
        "head_rank": clean_text(data.head_rank),
    }
    for field, limit, label in (
        ("name", 200, "Nama UPT"), ("code", 30, "Kode UPT"), ("cluster", 100, "Klaster"),
        ("phone", 50, "Telepon"), ("email", 120, "Email"), ("head_name", 200, "Nama Kepala UPT"),
        ("head_rank", 100, "Pangkat/golongan Kepala UPT"),
    ):
        text = values[field]  # each of these is a cleaned text or None
        check_length(text if isinstance(text, str) else None, limit, field, label)
    return values


def get_profile(session: Session, actor: Actor) -> ProfileView | None:
    """The UPT profile, or None before the first-run setup has filled it."""
    require(actor, "profile.view")
    profile = _load(session)
    return _view(profile) if profile else None


def save_profile(
    session: Session, actor: Actor, data: ProfileInput, *, version: int | None = None
) -> ProfileView:
    """Create the profile row or update the existing one (administrator only)."""
    require(actor, "profile.edit")
    profile = _load(session)
    if profile is not None:
        check_version(profile, version, "Profil UPT")
    values = _validated(data)
    if profile is None:
        profile = UptProfile(**values)
        session.add(profile)
        session.flush()
        audit(session, actor, "profile.create", "upt_profile", profile.id,
              after=snapshot(profile))
        return _view(profile)
    before = snapshot(profile)
    for key, value in values.items():
        setattr(profile, key, value)
    session.flush()
    b, a = diff(before, snapshot(profile))
    if a:
        audit(session, actor, "profile.update", "upt_profile", profile.id, b, a)
    return _view(profile)


def set_logo(session: Session, actor: Actor, content: bytes | None) -> ProfileView:
    """Store (or with None remove) the logo printed on the letterhead."""
    require(actor, "profile.edit")
    profile = _load(session)
    if profile is None:
        raise NotFoundError(msg("Profil UPT belum diisi: simpan profil terlebih dahulu."))
    if content is not None:
        check_image(content, "logo", "Logo")
        content = bytes(content)
    before = snapshot(profile, ["logo"])
    profile.logo = content
    session.flush()
    after = snapshot(profile, ["logo"])
    if before != after:
        audit(session, actor, "profile.logo", "upt_profile", profile.id, before, after)
    return _view(profile)


def get_logo(session: Session) -> bytes | None:
    """The letterhead logo; no permission needed (it is printed on every report)."""
    return session.execute(
        select(UptProfile.logo).order_by(UptProfile.id).limit(1)
    ).scalar_one_or_none()
