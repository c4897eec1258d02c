"""Is the SQLite file on a network share? Then warn: that is how SQLite files get corrupted.

SQLite relies on the operating system's file locking, which network file systems (Windows shares,
NFS, SMB/CIFS) do not provide reliably; two PCs writing one file over the network can corrupt it,
and WAL mode does not work across machines at all. Several PCs sharing data must use a PostgreSQL
server instead (README, section "Several PCs: PostgreSQL").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from .db import Database

DRIVE_REMOTE = 4  # GetDriveTypeW

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
    "afs", "ncpfs", "coda", "davfs", "fuse.davfs2", "webdav", "glusterfs", "fuse.glusterfs",
    "ceph", "fuse.ceph", "lustre", "gpfs", "ocfs2", "gfs2", "fuse.rclone", "fuse.s3fs",
    "afpfs", "fuse.afpfs", "drvfs",  # drvfs: Windows drives under WSL, may be network drives
})

README_SECTION = "Several PCs: PostgreSQL"


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    root = drive if drive.endswith("\\") else drive + "\\"
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # exists on Windows only
    return int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))) == DRIVE_REMOTE


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def mount_table(mounts_file: str = "/proc/mounts") -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, from /proc/mounts (Linux)."""
    out = []
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3:
                    out.append((_unescape_mount(parts[1]), parts[2].lower()))
    except OSError:
        pass
    return out


def filesystem_type(path: str | Path, mounts_file: str = "/proc/mounts") -> str | None:
    """The file system type of the mount holding ``path`` (Linux: /proc/mounts; macOS: statfs)."""
    p = Path(path).expanduser()
    # The file may not exist yet: use the nearest existing parent.
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        real = os.path.realpath(p)
    except OSError:
        real = str(p)
    table = mount_table(mounts_file)
    if table:
        best: tuple[str, str] | None = None
        for mount, fstype in table:
            prefix = mount.rstrip("/") + "/"
            if (real == mount or real.startswith(prefix) or mount == "/") and (
                best is None or len(mount) > len(best[0])
            ):
                best = (mount, fstype)
        return best[1] if best else None
    if sys.platform == "darwin":
        return _macos_fstype(real)
    return None


def _macos_fstype(path: str) -> str | None:  # pragma: no cover - macOS only
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    buf = StatFs()
    fn = getattr(libc, "statfs$INODE64", libc.statfs)
    if fn(path.encode(), ctypes.byref(buf)) != 0:
        return None
    name: str = buf.f_fstypename.decode(errors="replace").lower()
    return name


def is_network_path(path: str | Path, *, mounts_file: str = "/proc/mounts") -> bool:
    """True when ``path`` lies on a network share (UNC path, mapped network drive, NFS/SMB…)."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # \\server\share\… (a UNC path)
    if text.startswith("\\\\?\\UNC\\"):
        return True
    if sys.platform == "win32":
        try:
            return _windows_drive_is_remote(os.path.abspath(text))
        except (OSError, AttributeError, ValueError):
            return False
    fstype = filesystem_type(text, mounts_file)
    return fstype is not None and (fstype in NETWORK_FS or fstype.startswith(("nfs", "smb")))


def network_warning(db: Database, *, mounts_file: str = "/proc/mounts") -> str | None:
    """An Indonesian warning when the SQLite database file lies on a network share, else None."""
    path = db.sqlite_path
    if path is None or not is_network_path(path, mounts_file=mounts_file):
        return None
    return (
        f"Berkas basis data berada di folder jaringan ({path}). Berkas SQLite yang dipakai "
        "bersama lewat jaringan dapat rusak bila dua komputer menulis bersamaan. Simpan berkas "
        "di disk komputer ini, atau, bila beberapa komputer harus memakai data yang sama, "
        f"gunakan server PostgreSQL (lihat README, bagian \"{README_SECTION}\")."
    )
