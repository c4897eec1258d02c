"""The period package a UPT sends to Dinas Sosial Provinsi (``<kode-upt>_<periode>.jsscpkg``).

A package is a zip of:

- ``data.json``: the report's figures (aggregates only, every row with its code), following
  ``resources/schema/jsscpkg-data-v<N>.schema.json``;
- the report's PDF and XLSX, as the UPT printed them;
- ``manifest.json``: the SHA-256 of every other member, the UPT's code and the installation's
  Ed25519 public key;
- ``manifest.sig``: the Ed25519 signature of ``manifest.json``'s bytes.

The signing key is derived from the installation secret that keys the audit chain
(``storage/audit_key.py``): it is kept where that secret is kept, travels to another PC of the
same UPT with ``audit key import``, and never leaves the installation. Only its public half is in
the package.

:func:`open_package` checks a package in the order a forger would have to pass: a zip, its
members, the manifest, the signature, every checksum, then the data against the schema. Every
refusal is a :class:`~..domain.errors.ValidationError` in Indonesian naming the file and the
reason. The schema check (``package_schema.py``) is compiled once per schema version; the tests
check the same files against the reference ``jsonschema`` library.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..paths import resource_path
from .package_schema import validate

FORMAT = "jssc-paket"
#: The version packages are written in; every version in READABLE is still received.
SCHEMA_VERSION = 2
READABLE = (1, 2)
SUFFIX = ".jsscpkg"
DATA = "data.json"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 8
#: Members kept uncompressed in the zip (their own format is compressed).
STORED = (".pdf", ".xlsx")
_MEMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_SIGNING_INFO = b"jssc-desktop package signing key v1"


def schema_path(version: int = SCHEMA_VERSION) -> Any:
    return resource_path("schema", f"jsscpkg-data-v{version}.schema.json")


@cache
def load_schema(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_path(version).read_text(encoding="utf-8"))
    return data


# ------------------------------------------------------------------------------- signing key


def signing_key(secret: bytes) -> Any:
    """The installation's Ed25519 private key, derived from its audit secret (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_SIGNING_INFO).derive(secret)
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_hex(private_key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw: bytes = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw.hex()


def fingerprint(public_key_hex: str) -> str:
    """A short form of a public key a person can compare by eye (``AB12 CD34 …``)."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


# ------------------------------------------------------------------------------ income bands

#: Incomes travel as counts per band (schema version 2, ``province.tracks[].income_bands``).
INCOME_BAND = 250_000
INCOME_BANDS = 40  # Rp 0 to Rp 10 juta in steps of Rp 250.000; the last band is open


def income_band(income: int) -> int:
    return min(max(int(income), 0) // INCOME_BAND, INCOME_BANDS - 1)


def median_from_bands(bands: list[int], width: int = INCOME_BAND) -> int | None:
    """The median of a distribution given as counts per band, interpolated linearly inside the
    band it falls in (the band's lower edge for the open last band); None without any count."""
    n = sum(bands)
    if not n:
        return None
    half = n / 2
    before = 0
    for i, count in enumerate(bands):
        if count and before + count >= half:
            if i == len(bands) - 1:
                return i * width
            return int(i * width + (half - before) / count * width + 0.5)
        before += count
    return (len(bands) - 1) * width  # not reached: the counts add up to n


# ---------------------------------------------------------------------------------- writing


def package_name(upt_code: str, period_key: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "-", upt_code) or "UPT"
    return f"{safe}_{period_key}{SUFFIX}"


def build_zip(data: dict[str, Any], files: list[tuple[str, bytes]], secret: bytes) -> bytes:
    """The package bytes: ``data.json``, the files, the manifest and its signature."""
    key = signing_key(secret)
    members: list[tuple[str, bytes]] = [
        # compact: read by programs (the PDF and XLSX are for people), and parsed faster
        (DATA, json.dumps(data, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode())]
    members += files
    manifest = {
        "format": FORMAT, "schema_version": data.get("schema_version", SCHEMA_VERSION),
        "upt_code": data["upt"]["code"], "period": data["report"]["period"],
        "kind": data["report"]["kind"], "made_at": data["made_at"],
        "public_key": public_hex(key), "algorithm": "Ed25519",
        "files": {name: hashlib.sha256(content).hexdigest() for name, content in members},
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members:
            # a PDF or XLSX is compressed inside already: stored as it is, it is read back
            # without inflating (the province checks every byte of it all the same)
            z.writestr(name, content, zipfile.ZIP_STORED if name.lower().endswith(STORED)
                       else zipfile.ZIP_DEFLATED)
        z.writestr(MANIFEST, manifest_bytes)
        z.writestr(SIGNATURE, key.sign(manifest_bytes).hex())
    return buf.getvalue()


# ---------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose signature, checksums and data were all checked."""

    sha256: str                   # of the whole file: the same package twice is recognised
    public_key: str               # hex of the Ed25519 public key that signed it
    data: dict[str, Any]
    size: int

    @property
    def upt_code(self) -> str:
        return str(self.data["upt"]["code"])

    @property
    def upt_name(self) -> str:
        return str(self.data["upt"]["name"])

    @property
    def kind(self) -> str:
        return str(self.data["report"]["kind"])

    @property
    def period(self) -> str:
        return str(self.data["report"]["period"])


def _refuse(name: str, reason: str) -> ValidationError:
    return ValidationError(msg("Paket {name} ditolak: {reason}. Tidak ada yang disimpan.",
                               name=name, reason=reason), "paket")


def _members(name: str, content: bytes) -> dict[str, bytes]:
    if len(content) > MAX_PACKAGE_BYTES:
        raise _refuse(name, msg("berkas terlalu besar untuk sebuah paket laporan"))
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            infos = z.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _refuse(name, msg("isi paket tidak dikenali (terlalu banyak berkas)"))
            out: dict[str, bytes] = {}
            for info in infos:
                if not _MEMBER_RE.match(info.filename) or info.file_size > MAX_PACKAGE_BYTES:
                    raise _refuse(name, msg("isi paket tidak dikenali ('{filename}')",
                                            filename=info.filename[:60]))
                out[info.filename] = z.read(info)
            return out
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise _refuse(name, msg("bukan paket JSSC atau berkasnya terpotong/rusak")) from None


def _verify_signature(name: str, public_key_hex: str, message: bytes, sig_text: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(sig_text.decode("ascii").strip()), message)
    except (InvalidSignature, ValueError, UnicodeDecodeError):
        raise _refuse(name, msg("tanda tangan paket tidak sah (isi paket telah diubah)")) from None


def _json(name: str, content: bytes, what: str) -> Any:
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refuse(name, msg("{what} tidak dapat dibaca", what=what)) from None


def same_package(name: str, content: bytes, checked: OpenedPackage) -> OpenedPackage:
    """``checked`` (what :func:`open_package` gave for a file) when ``content`` is that same
    file byte for byte (its SHA-256); otherwise a ValidationError: the file changed since it
    was checked, and it is not received on the strength of the earlier check."""
    if len(content) != checked.size or hashlib.sha256(content).hexdigest() != checked.sha256:
        raise _refuse(name, msg("berkasnya berubah setelah diperiksa; pilih dan periksa lagi"))
    return checked


def open_package(name: str, content: bytes) -> OpenedPackage:
    """Check a package completely; raise a ValidationError naming the first fault."""
    members = _members(name, content)
    for needed in (DATA, MANIFEST, SIGNATURE):
        if needed not in members:
            raise _refuse(name, msg("berkas {needed} tidak ada di dalam paket", needed=needed))
    manifest = _json(name, members[MANIFEST], "manifest")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(name, msg("bukan paket laporan JSSC"))
    version = manifest.get("schema_version")
    if type(version) is not int or version not in READABLE:
        raise _refuse(name, msg("versi skema {version!r} tidak dikenal (program ini membaca versi "
                                "{items}); perbarui program",
                                version=version, items=', '.join(map(str, READABLE))))
    public_key = manifest.get("public_key")
    if not isinstance(public_key, str) or not re.fullmatch(r"[0-9a-f]{64}", public_key):
        raise _refuse(name, msg("kunci publik UPT di manifest tidak valid"))
    _verify_signature(name, public_key, members[MANIFEST], members[SIGNATURE])
    listed = manifest.get("files")
    if not isinstance(listed, dict) or DATA not in listed:
        raise _refuse(name, msg("manifest tidak mencantumkan data.json"))
    extra = set(members) - set(listed) - {MANIFEST, SIGNATURE}
    if extra:
        raise _refuse(name, msg("berkas di luar manifest: {items}", items=', '.join(sorted(extra))))
    for member, digest in listed.items():
        if member not in members:
            raise _refuse(name, msg("berkas {member} yang tercantum di manifest tidak ada",
                                    member=member))
        if hashlib.sha256(members[member]).hexdigest() != digest:
            raise _refuse(name, msg("checksum {member} tidak cocok (isi paket telah diubah)",
                                    member=member))
    data = _json(name, members[DATA], "data.json")
    problems = validate(data, load_schema(version))
    if problems:
        raise _refuse(name, msg("data.json tidak sesuai skema versi {version}: {problems}",
                                version=version, problems=problems[0]))
    if (data["upt"]["code"] != manifest.get("upt_code")
            or data["report"]["period"] != manifest.get("period")):
        raise _refuse(name, msg("kode UPT atau periode di manifest berbeda dengan data.json"))
    return OpenedPackage(hashlib.sha256(content).hexdigest(), public_key, data, len(content))
