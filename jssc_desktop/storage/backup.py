"""Backups that can be trusted: made online, verified, encrypted, rotated, and restored safely.

SQLite: the copy is made through SQLite's online backup API while other connections (other
windows, other Windows users of the same PC) keep working. The row counts of every table are read
in the same read transaction that the backup copies, so the copy can be checked against exactly
the state it was taken from. PostgreSQL: ``pg_dump`` (``storage.backup_pg``).

The checked copy is then encrypted and authenticated (``storage.backup_crypto``: AES-256-GCM, key
from the backup passphrase by Argon2id) into the backup folder; the plaintext exists only in a
private temporary folder while it is checked. A restore decrypts into a private folder, checks
integrity, row counts, schema revision and foreign keys (no orphan rows), and only then touches
the live data. Names, manifests and rotation: ``storage.backup_files``. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from . import audit_chain  # noqa: F401 - registers the audit head as a manifest anchor
from . import backup_crypto as crypto
from .backup_files import (  # noqa: F401 - the public names of the backup package
    BUSY_SECONDS,
    DEFAULT_KEEP,
    ENCRYPTED_SUFFIX,
    MANIFEST_SUFFIX,
    NAME_RE,
    PG_EXT,
    PREFIX,
    PROTECTED_DAYS,
    PROTECTED_REASONS,
    SQLITE_EXT,
    BackupFile,
    BackupResult,
    Verification,
    _compare,
    _fsync_dir,
    _fsync_file,
    _judge,
    _os_message,
    _partial,
    _prepare_folder,
    _sqlite_counts,
    _unique_target,
    _write_manifest,
    backup_name,
    check_reason,
    collect_anchors,
    describe_counts,
    file_kind,
    find_backups,
    manifest_path,
    model_tables,
    newest_verified,
    parse_name,
    plan_rotation,
    read_manifest,
    register_anchor,
    remove_stale_partials,
    rotate,
    sha256_of,
)
from .backup_pg import pg_snapshot_backup, pg_tool, restore_pg_dump, verify_pg_dump  # noqa: F401
from .db import Database

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------ SQLite


def _busy_guard(seconds: float) -> Callable[[int, int, int], None]:
    """A progress callback for Connection.backup that gives up after ``seconds`` of BUSY."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise StorageError(
                msg("Basis data sedang dipakai proses lain terlalu lama. Tutup aplikasi di "
                "komputer atau akun lain yang membukanya, lalu coba lagi."))

    return progress


def sqlite_snapshot_backup(source: Path, target: Path) -> tuple[dict[str, int], str | None]:
    """Copy ``source`` to ``target`` online; returns the row counts and revision of the copy's
    state, read in the same read transaction that the backup copies."""
    src = sqlite3.connect(str(source), timeout=BUSY_SECONDS, isolation_level=None)
    dst: sqlite3.Connection | None = None
    try:
        src.execute("BEGIN")
        counts, revision = _sqlite_counts(src)  # starts the read snapshot
        dst = sqlite3.connect(str(target), isolation_level=None)
        src.backup(dst, progress=_busy_guard(BUSY_SECONDS))
        src.execute("COMMIT")
        # One self-contained file: no -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        if dst is not None:
            dst.close()
        src.close()
    _fsync_file(target)
    return counts, revision


def verify_sqlite(path: Path, *, expected: dict[str, int] | None = None,
                  expected_revision: str | None = None,
                  require_revision: bool = True) -> Verification:
    """Open a SQLite backup and check it: integrity, schema revision, row counts."""
    if file_kind(path) != "sqlite":
        return Verification(False, f"Berkas {path.name} bukan basis data SQLite JSSC yang utuh.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return Verification(False, f"Berkas {path.name} tidak dapat dibuka: {exc}.")
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            return Verification(False, f"Berkas {path.name} rusak: {exc}.")
        if rows != ["ok"]:
            detail = "; ".join(str(r) for r in rows[:3])
            return Verification(False, f"Berkas {path.name} rusak (pemeriksaan integritas: "
                                       f"{detail}).")
        try:
            counts, revision = _sqlite_counts(conn)
        except sqlite3.DatabaseError as exc:
            return Verification(False, f"Berkas {path.name} tidak dapat dibaca: {exc}.")
    finally:
        conn.close()
    return _judge(path, counts, revision, expected, expected_revision, require_revision)


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def restore_sqlite_file(db: Database, staged: Path) -> dict[str, int]:
    """Copy ``staged`` (a verified backup) into the live SQLite database via the backup API."""
    target = db.sqlite_path
    if target is None:
        raise StorageError(msg("Basis data ini bukan berkas SQLite."))
    db.engine.dispose()  # our own pooled connections would hold the old schema
    src = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target), timeout=BUSY_SECONDS, isolation_level=None)
    try:
        dst.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
        mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal" and _page_size(src) != _page_size(dst):
            # A WAL database cannot change its page size; switch it out of WAL for the copy.
            dst.execute("PRAGMA journal_mode=DELETE")
        src.backup(dst, progress=_busy_guard(BUSY_SECONDS))
        dst.execute("PRAGMA journal_mode=WAL")
        rows = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
        counts, _rev = _sqlite_counts(dst)
    except sqlite3.Error as exc:
        raise StorageError(msg("Pemulihan gagal: {exc}.", exc=exc)) from exc
    finally:
        dst.close()
        src.close()
    if rows != ["ok"]:
        raise StorageError(msg("Pemeriksaan integritas setelah pemulihan gagal: {rows}",
                               rows="; ".join(map(str, rows[:3]))))
    return counts



# --------------------------------------------------------------------------------- make / copy


def _ext(db: Database) -> str:
    return SQLITE_EXT if db.is_sqlite else PG_EXT


def verify_file(path: Path, *, expected: dict[str, int] | None = None,
                expected_revision: str | None = None,
                require_revision: bool = True) -> Verification:
    kind = file_kind(path)
    if kind == "postgresql":
        return verify_pg_dump(path, expected=expected, expected_revision=expected_revision,
                              require_revision=require_revision)
    return verify_sqlite(path, expected=expected, expected_revision=expected_revision,
                         require_revision=require_revision)


class _Auto:
    """Marker: take the key from the configuration (``storage.backup_keys``)."""


AUTO_KEY = _Auto()


def _snapshot(db: Database, target: Path, folder: Path) -> tuple[dict[str, int], str | None]:
    """The plaintext copy of ``db`` at ``target``, with the row counts of its state."""
    try:
        if db.is_sqlite:
            source = db.sqlite_path
            if source is None or not source.exists():
                raise StorageError(msg("Basis data SQLite belum ada; tidak ada yang dicadangkan."))
            return sqlite_snapshot_backup(source, target)
        return pg_snapshot_backup(db, target)
    except OSError as exc:
        raise StorageError(_os_message(exc, folder)) from exc
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise StorageError(_os_message(OSError(28, "disk full"), folder)) from exc
        raise StorageError(msg("Pencadangan gagal: {exc}.", exc=exc)) from exc


def _resolve_key(db: Database, key: crypto.BackupKey | None | _Auto,
                 reason: str) -> crypto.BackupKey | None:
    if isinstance(key, _Auto):
        from .backup_keys import NOT_CONFIGURED, key_for_backup

        protected = reason.startswith(PROTECTED_REASONS)
        try:
            key = key_for_backup(db)
        except StorageError as exc:
            if not protected:
                raise
            # A passphrase is configured but this PC does not hold its key: an upgrade or a
            # restore must not stop for that; the copy uses the installation's key instead.
            log.info("automatic copy with the installation key: %s", exc.message)
            key = None
        if key is None:
            # The copies taken before an upgrade or a restore cannot wait for a passphrase (an
            # installation upgraded from before encrypted backups, a restore on a new PC):
            # they are encrypted with the installation's own key. Never plain text.
            if not protected:
                raise StorageError(NOT_CONFIGURED)
            from .backup_keys import local_key

            key = local_key()
    return key


def make_backup_file(db: Database, folder: Path, *, reason: str = "manual",
                     second_folder: Path | None = None, now: datetime | None = None,
                     key: crypto.BackupKey | None | _Auto = AUTO_KEY) -> BackupResult:
    """Back up ``db`` into ``folder`` (and a copy into ``second_folder``), verified, encrypted.

    The plaintext copy is made in a private temporary folder and checked (integrity, schema
    revision, the row counts of the state it was taken from); it is then encrypted into the
    backup folder under a temporary name, the encrypted file is decrypted once more and compared
    with the checked copy, and only then renamed. Anything failing deletes the partial file and
    raises a StorageError. A failing second copy (a USB stick that is not plugged in) does not
    fail the backup; it is reported in ``copy_errors``. ``key=None`` writes a plain copy (only
    for callers that must, e.g. tests of older formats).
    """
    reason = check_reason(reason)
    folder = _prepare_folder(folder)
    remove_stale_partials(folder)
    resolved = _resolve_key(db, key, reason)
    when = now or datetime.now()
    ext = _ext(db) + (ENCRYPTED_SUFFIX if resolved else "")
    target = _unique_target(folder, reason, when, ext)
    partial = _partial(target)
    work = Path(tempfile.mkdtemp(prefix="jssc-cadangan-")) if resolved else None
    plain = work / f"salinan.{_ext(db)}" if work else partial
    try:
        counts, revision = _snapshot(db, plain, folder)
        check = verify_file(plain, expected=counts, expected_revision=revision,
                            require_revision=revision is not None)
        if not check.ok:
            raise StorageError(msg("Cadangan gagal diverifikasi dan dihapus: {message}",
                                   message=check.message))
        plain_sha = sha256_of(plain)
        if resolved is not None:
            try:
                crypto.encrypt_file(plain, partial, resolved, kind=_kind(db))
            except OSError as exc:
                raise StorageError(_os_message(exc, folder)) from exc
            if crypto.decrypted_sha256(partial, resolved) != plain_sha:
                raise StorageError(msg("Cadangan terenkripsi gagal diverifikasi dan dihapus."))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    size = partial.stat().st_size
    manifest: dict[str, Any] = {
        "format": 2,
        "file": target.name,
        "backend": _kind(db),
        "source": db.display_name,
        "created": when.isoformat(timespec="seconds"),
        "reason": reason,
        "revision": revision,
        "counts": counts,
        "size": size,
        "sha256": sha256_of(partial),
        "plain_sha256": plain_sha,
        "encrypted": resolved is not None,
        "key_check": resolved.check if resolved else None,
        "verified": True,
        "anchors": collect_anchors(db),
    }
    # The manifest first, then the file under its final name: a backup never appears without
    # the manifest that vouches for it (a crash in between leaves only an orphan manifest).
    _write_manifest(target, manifest)
    os.replace(partial, target)
    _fsync_dir(folder)
    copies: list[Path] = []
    errors: list[str] = []
    if second_folder is not None and _differs(second_folder, folder):
        try:
            copies.append(copy_backup(target, second_folder, manifest))
        except StorageError as exc:
            errors.append(exc.message)
    log.info("backup %s (%s bytes) verified", target, size)
    return BackupResult(target, size, check, counts, revision, tuple(copies), tuple(errors))


def _kind(db: Database) -> str:
    return "sqlite" if db.is_sqlite else "postgresql"


def _differs(a: Path, b: Path) -> bool:
    try:
        return Path(a).expanduser().resolve() != Path(b).expanduser().resolve()
    except OSError:
        return True


def copy_backup(path: Path, folder: Path, manifest: dict[str, Any]) -> Path:
    """Copy a finished, closed backup file into ``folder`` and verify the copy (an encrypted
    one by its SHA-256, which the manifest took of the file checked after encryption)."""
    try:
        folder = _prepare_folder(folder)
    except StorageError as exc:
        raise StorageError(msg("Salinan kedua tidak dibuat: {message}",
                               message=exc.message)) from exc
    target = folder / path.name
    partial = _partial(target)
    try:
        shutil.copyfile(path, partial)
        _fsync_file(partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(msg("Salinan kedua tidak dibuat: {os_message}",
                               os_message=_os_message(exc, folder))) from exc
    if sha256_of(partial) != manifest["sha256"]:
        partial.unlink(missing_ok=True)
        raise StorageError(msg("Salinan kedua di {folder} tidak sama dengan aslinya; dihapus.",
                               folder=folder))
    if not manifest.get("encrypted"):
        check = verify_file(partial, expected=manifest["counts"],
                            expected_revision=manifest["revision"],
                            require_revision=manifest["revision"] is not None)
        if not check.ok:
            partial.unlink(missing_ok=True)
            raise StorageError(msg("Salinan kedua gagal diverifikasi: {message}",
                                   message=check.message))
    _write_manifest(target, manifest)
    os.replace(partial, target)
    _fsync_dir(folder)
    return target


# -------------------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class StagedBackup:
    """A verified plaintext copy of the file chosen for a restore, in a private folder."""

    path: Path
    kind: str
    verification: Verification
    folder: Path
    encrypted: bool = False

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


KeyLookup = Callable[[dict[str, Any]], crypto.BackupKey]


def sqlite_orphans(path: Path, limit: int = 3) -> tuple[int, list[str]]:
    """``PRAGMA foreign_key_check`` of a SQLite file: how many rows point at a parent that does
    not exist, and the first few as 'table #rowid -> parent'."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count, first = 0, list[str]()
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            count += 1
            if len(first) < limit:
                first.append(f"{table} #{rowid} → {parent}")
        return count, first
    finally:
        conn.close()


def _open_chosen(chosen: Path, folder: Path, key_lookup: KeyLookup | None
                 ) -> tuple[Path, str | None, bool]:
    """Copy the chosen file into ``folder`` (decrypted when it is encrypted); checks its
    manifest's SHA-256 first. Returns (plaintext copy, kind, encrypted)."""
    manifest = read_manifest(chosen)
    copied = folder / chosen.name
    shutil.copyfile(chosen, copied)
    if manifest and manifest.get("sha256") and sha256_of(copied) != manifest["sha256"]:
        raise StorageError(msg("Berkas {name} telah berubah atau rusak sejak dibuat "
                               "(sidik SHA-256 tidak cocok). Data saat ini tidak diubah.",
                               name=chosen.name))
    if not crypto.is_encrypted(copied):
        return copied, file_kind(copied), False
    header = crypto.read_header(copied)
    if key_lookup is None:
        from .backup_keys import key_for_file

        key = key_for_file(None, header)
    else:
        key = key_lookup(header)
    plain = folder / ("salinan." + (SQLITE_EXT if header.get("kind") == "sqlite" else PG_EXT))
    crypto.decrypt_file(copied, plain, key)
    copied.unlink()
    return plain, file_kind(plain), True


def stage_for_restore(db: Database, chosen: Path, *, known_revisions: Iterable[str],
                      work_dir: Path | None = None,
                      key_lookup: KeyLookup | None = None) -> StagedBackup:
    """Copy the chosen backup aside (decrypting it) and verify it; refuse anything that is not
    sound: a wrong passphrase, a changed or damaged file, a foreign or newer file, orphan rows.

    Nothing in the live database is touched here. ``work_dir`` (default: the system's temporary
    folder) receives a private folder for the plaintext, deleted by ``cleanup``.
    """
    chosen = Path(chosen).expanduser()
    if not chosen.is_file():
        raise ValidationError(msg("Berkas cadangan tidak ditemukan: {chosen}.",
                                  chosen=chosen), "path")
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".pemulihan-", dir=work_dir))
    try:
        staged, kind, encrypted = _open_chosen(chosen, folder, key_lookup)
        _check_kind(db, chosen, kind)
        manifest = read_manifest(chosen)
        expected = manifest.get("counts") if manifest else None
        check = verify_file(staged, expected=expected)
        if not check.ok:
            raise StorageError(msg("{message} Data saat ini tidak diubah.", message=check.message))
        if check.revision not in set(known_revisions):
            raise StorageError(msg("Cadangan {name} dibuat oleh versi JSSC Desktop yang lebih "
                               "baru (struktur {revision}). Perbarui aplikasi dulu. Data "
                               "saat ini tidak diubah.", name=chosen.name, revision=check.revision))
        if kind == "sqlite":
            orphans, first = sqlite_orphans(staged)
            if orphans:
                raise StorageError(
                    msg("Cadangan {name} memuat {orphans} baris yatim (merujuk data yang tidak "
                        "ada, mis. {items}); cadangan ini tidak utuh dan tidak dipulihkan. "
                        "Data saat ini tidak diubah.",
                        name=chosen.name, orphans=orphans, items='; '.join(first)))
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageError(msg("Berkas cadangan tidak dapat dibaca: {value}.",
                               value=exc.strerror or exc)) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    assert kind is not None
    return StagedBackup(staged, kind, check, folder, encrypted)


def _check_kind(db: Database, chosen: Path, kind: str | None) -> None:
    if kind is None:
        raise StorageError(msg("Berkas {name} bukan cadangan JSSC Desktop yang utuh "
                           "(jenis berkas tidak dikenali atau rusak). Data saat ini tidak "
                           "diubah.", name=chosen.name))
    expected_kind = _kind(db)
    if kind != expected_kind:
        names = {"sqlite": "berkas SQLite", "postgresql": "server PostgreSQL"}
        raise StorageError(msg("Berkas {name} adalah cadangan {names}, sedangkan basis "
                               "data ini {names2}. Data saat ini tidak diubah.",
                               name=chosen.name, names=names[kind], names2=names[expected_kind]))


def restore_staged(db: Database, staged: StagedBackup) -> dict[str, int]:
    """Copy a staged, verified backup into the live database and check the result."""
    if staged.kind == "sqlite":
        counts = restore_sqlite_file(db, staged.path)
    else:
        counts = restore_pg_dump(db, staged.path)
    problem = _compare(staged.verification.counts, counts)
    if problem:
        raise StorageError(msg("Hasil pemulihan tidak sama dengan cadangan: {problem}.",
                               problem=problem))
    return counts
