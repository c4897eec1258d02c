"""Encrypted, authenticated backup files: AES-256-GCM in chunks, key from a passphrase by Argon2id.

A backup carried on a USB stick holds every client's NIK, family card number and health notes; a
lost stick must give nothing away, and a file changed by anybody (or damaged) must be refused
rather than restored. The file format:

    b"JSSCENC1"  | 4-byte big-endian length | header (JSON, UTF-8) | chunk*

The header names the key derivation (Argon2id, its cost, a random salt), a key check value (so a
wrong passphrase is told apart from a damaged file), a random 8-byte nonce prefix and what the
plaintext is ('sqlite' or 'postgresql'). Each chunk is ``4-byte length | AES-GCM ciphertext+tag``
of at most ``CHUNK`` plaintext bytes; its nonce is the prefix and the chunk's number, and its
associated data is the whole header, the chunk's number and whether it is the last one, so chunks
cannot be reordered, dropped or the file cut short without the tag failing.

The key is derived once per installation (the salt is kept with the settings and repeated in every
file's header): unattended backups take the derived key from the OS keyring, never the
passphrase; restore on another PC derives it again from the passphrase and the file's own header.
Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg

MAGIC = b"JSSCENC1"
CHUNK = 1 << 20
#: Argon2id cost: 64 MiB of memory, 3 passes (RFC 9106's second recommended option).
KDF_TIME = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 1
KEY_BYTES = 32
MIN_PASSPHRASE = 12
UNTOUCHED = msg("Data saat ini tidak diubah.")
#: The header's ``kdf`` of a file encrypted with the installation's random key, not a passphrase.
LOCAL_KDF = "local"


@dataclass(frozen=True)
class BackupKey:
    """A derived backup key with what is needed to derive it again from the passphrase."""

    key: bytes
    salt: bytes
    time_cost: int = KDF_TIME
    memory_kib: int = KDF_MEMORY_KIB
    parallelism: int = KDF_PARALLELISM
    #: A random key of this installation (no passphrase): see ``backup_keys.local_key``.
    local: bool = False

    @property
    def check(self) -> str:
        """A short public fingerprint of the key: tells a wrong passphrase from a damaged file
        and names the key on the recovery sheet (it reveals nothing about the key itself)."""
        return hmac.new(self.key, b"jssc-backup-key-check", hashlib.sha256).hexdigest()[:16]

    def params(self) -> dict[str, Any]:
        return {"kdf": LOCAL_KDF if self.local else "argon2id",
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism,
                "key_check": self.check}

    def encoded(self) -> str:
        """For the OS keyring: the key and its parameters (not the passphrase)."""
        data = self.params() | {"key": base64.b64encode(self.key).decode("ascii")}
        return json.dumps(data, sort_keys=True)

    @classmethod
    def decode(cls, text: str) -> BackupKey:
        data = json.loads(text)
        key = cls(base64.b64decode(data["key"]), base64.b64decode(data["salt"]),
                  int(data["t"]), int(data["m"]), int(data["p"]),
                  data.get("kdf") == LOCAL_KDF)
        if key.check != data.get("key_check"):
            raise ValueError("stored key does not match its check value")
        return key


def check_passphrase_strength(passphrase: str) -> None:
    """A backup passphrase guards every client's data on a lost USB stick: long, not common."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError(
            msg("Kata sandi cadangan minimal {min_passphrase} karakter; sebuah kalimat pendek yang "
                "mudah diingat (mis. empat kata) paling baik.",
                min_passphrase=MIN_PASSPHRASE), "backup_passphrase")
    from ..domain.passwords import weakness

    problem = weakness(passphrase)
    if problem:
        raise ValidationError(msg("Kata sandi cadangan terlalu lemah: {problem}", problem=problem),
                              "backup_passphrase")


def derive_key(passphrase: str, salt: bytes | None = None, *, time_cost: int = KDF_TIME,
               memory_kib: int = KDF_MEMORY_KIB, parallelism: int = KDF_PARALLELISM
               ) -> BackupKey:
    """Argon2id(passphrase, salt); a new random salt when none is given."""
    from argon2.low_level import Type, hash_secret_raw

    if not passphrase:
        raise ValidationError(msg("Kata sandi cadangan tidak boleh kosong."), "backup_passphrase")
    salt = salt if salt is not None else os.urandom(16)
    key = hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=time_cost,
                          memory_cost=memory_kib, parallelism=parallelism, hash_len=KEY_BYTES,
                          type=Type.ID)
    return BackupKey(key, salt, time_cost, memory_kib, parallelism)


def key_from_header(passphrase: str, header: dict[str, Any]) -> BackupKey:
    """Derive the key of a file from a passphrase and the file's header (another PC)."""
    if header.get("kdf") == LOCAL_KDF:
        raise StorageError(LOCAL_ONLY)
    try:
        if header.get("kdf") != "argon2id":
            raise ValueError(header.get("kdf"))
        return derive_key(passphrase, base64.b64decode(header["salt"]), time_cost=int(header["t"]),
                          memory_kib=int(header["m"]), parallelism=int(header["p"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise StorageError(msg("Kepala berkas cadangan terenkripsi rusak.")) from exc


LOCAL_ONLY = msg(
    "Berkas ini adalah salinan otomatis (sebelum pembaruan atau pemulihan) yang dienkripsi "
    "dengan kunci instalasi PC tempat ia dibuat, bukan dengan kata sandi cadangan. Pulihkan di PC "
    "itu, atau salin berkas kunci dari folder data PC itu (backup-keys) ke folder data PC ini. "
    "{untouched}", untouched=UNTOUCHED)


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_header(path: Path) -> dict[str, Any]:
    """The public header of an encrypted backup (no key needed)."""
    with open(path, "rb") as fh:
        header, _raw = _read_header(fh, path)
    return header


def _read_header(fh: BinaryIO, path: Path) -> tuple[dict[str, Any], bytes]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise StorageError(msg("Berkas {name} bukan cadangan terenkripsi JSSC Desktop.",
                               name=path.name))
    size_raw = fh.read(4)
    if len(size_raw) != 4:
        raise StorageError(msg("Berkas {name} terpotong. {untouched}",
                               name=path.name, untouched=UNTOUCHED))
    (size,) = struct.unpack(">I", size_raw)
    if size > 65536:
        raise StorageError(msg("Berkas {name} rusak (kepala berkas tidak wajar). {untouched}",
                               name=path.name, untouched=UNTOUCHED))
    raw = fh.read(size)
    try:
        header = json.loads(raw.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
    except ValueError as exc:
        raise StorageError(
            msg("Berkas {name} rusak (kepala berkas tidak terbaca). {untouched}",
                name=path.name, untouched=UNTOUCHED)) from exc
    return header, raw


def _aad(header_raw: bytes, index: int, last: bool) -> bytes:
    return header_raw + struct.pack(">Q?", index, last)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def encrypt_file(source: Path, target: Path, key: BackupKey, *, kind: str) -> None:
    """Encrypt ``source`` (a finished plaintext backup) into ``target``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes = AESGCM(key.key)
    prefix = os.urandom(8)
    header = key.params() | {"cipher": "aes-256-gcm", "chunk": CHUNK, "kind": kind,
                             "nonce_prefix": base64.b64encode(prefix).decode("ascii")}
    header_raw = json.dumps(header, sort_keys=True).encode("utf-8")
    size = source.stat().st_size
    count = max(1, -(-size // CHUNK))
    if count >= 2**32:
        raise StorageError(msg("Berkas terlalu besar untuk dienkripsi."))
    with open(source, "rb") as src, open(target, "wb") as dst:
        dst.write(MAGIC + struct.pack(">I", len(header_raw)) + header_raw)
        for index in range(count):
            plain = src.read(CHUNK)
            sealed = aes.encrypt(_nonce(prefix, index), plain,
                                 _aad(header_raw, index, index == count - 1))
            dst.write(struct.pack(">I", len(sealed)) + sealed)
        dst.flush()
        os.fsync(dst.fileno())


def _decrypt(source: Path, key: BackupKey, write: Callable[[bytes], Any]) -> dict[str, Any]:
    """Decrypt ``source`` chunk by chunk into ``write``; every failure is a StorageError."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with open(source, "rb") as src:
        header, header_raw = _read_header(src, source)
        if header.get("key_check") != key.check:
            raise WrongKeyError(
                "Kata sandi cadangan salah: berkas ini dienkripsi dengan kata sandi lain. Data "
                "saat ini tidak diubah.")
        try:
            prefix = base64.b64decode(header["nonce_prefix"])
        except (KeyError, ValueError) as exc:
            raise StorageError(msg("Berkas {name} rusak (kepala berkas). {untouched}",
                                   name=source.name, untouched=UNTOUCHED)) from exc
        aes = AESGCM(key.key)
        index = 0
        pending = _read_chunk(src, source)
        while pending is not None:
            following = _read_chunk(src, source)
            try:
                write(aes.decrypt(_nonce(prefix, index), pending,
                                  _aad(header_raw, index, following is None)))
            except InvalidTag as exc:
                raise StorageError(
                    msg("Berkas {name} telah diubah, terpotong atau rusak (bagian "
                    "{value} tidak lolos pemeriksaan keaslian). Data saat ini tidak "
                    "diubah.", name=source.name, value=index + 1)) from exc
            pending = following
            index += 1
        if index == 0:
            raise StorageError(msg("Berkas {name} terpotong (tidak ada isi). {untouched}",
                                   name=source.name, untouched=UNTOUCHED))
    return header


def decrypt_file(source: Path, target: Path, key: BackupKey) -> dict[str, Any]:
    """Decrypt ``source`` into ``target``; any change to the file, a cut-off end or the wrong key
    is a StorageError and ``target`` is deleted. Returns the header."""
    try:
        with open(target, "wb") as dst:
            return _decrypt(source, key, dst.write)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def decrypted_sha256(source: Path, key: BackupKey) -> str:
    """SHA-256 of the plaintext of ``source`` (checks every chunk's tag on the way)."""
    digest = hashlib.sha256()
    _decrypt(source, key, digest.update)
    return digest.hexdigest()


def _read_chunk(fh: BinaryIO, path: Path) -> bytes | None:
    raw = fh.read(4)
    if not raw:
        return None
    if len(raw) != 4:
        raise StorageError(msg("Berkas {name} terpotong. {untouched}",
                               name=path.name, untouched=UNTOUCHED))
    (size,) = struct.unpack(">I", raw)
    if size > CHUNK + 16:
        raise StorageError(msg("Berkas {name} rusak (ukuran bagian tidak wajar). {untouched}",
                               name=path.name, untouched=UNTOUCHED))
    data = fh.read(size)
    if len(data) != size:
        raise StorageError(msg("Berkas {name} terpotong. {untouched}",
                               name=path.name, untouched=UNTOUCHED))
    return data


class WrongKeyError(StorageError):
    """The file was encrypted with another passphrase."""
