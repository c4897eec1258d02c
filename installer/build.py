"""Build JSSC Desktop for distribution: the one build command, on Windows and on Linux.

    python installer/build.py            build with PyInstaller, smoke-test, and on Windows make
                                         the Inno Setup installer (when iscc is installed)
    python installer/build.py --smoke    only smoke-test an existing build
    python installer/build.py --timing   also compare start-up time: frozen vs from source

Steps, the same in the GitHub Actions workflow and on a developer's PC:
1. PyInstaller one-folder build from installer/jssc_desktop.spec into dist/JSSC Desktop/.
2. Report the bundle size.
3. Smoke test: the built program runs ``selftest`` in a fresh temporary data folder (offscreen):
   it creates a database, shows its main window, renders a PDF and an XLSX report, and must exit 0
   with nothing on stderr.
4. Windows only: iscc compiles installer/jssc_desktop.iss into dist/JSSC-Desktop-X.Y.Z-setup.exe.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "JSSC Desktop"
WINDOWS = sys.platform == "win32"


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"]


def cli_exe(bundle: Path = BUNDLE) -> Path:
    return bundle / ("jssc-desktop.exe" if WINDOWS else "jssc-desktop")


def build() -> None:
    print("== PyInstaller", flush=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "installer" / "jssc_desktop.spec")],
        cwd=ROOT, check=True)


def bundle_size(bundle: Path = BUNDLE) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())


def smoke_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["JSSC_DATA_DIR"] = str(data_dir)
    env.pop("JSSC_DATABASE_URL", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def smoke(bundle: Path = BUNDLE) -> dict[str, object]:
    """Run the built program's self-test; raise SystemExit with the reason when it fails."""
    exe = cli_exe(bundle)
    if not exe.exists():
        raise SystemExit(f"Program hasil build tidak ada: {exe}")
    with tempfile.TemporaryDirectory(prefix="jssc-smoke-") as tmp:
        out = Path(tmp) / "out"
        started = time.perf_counter()
        proc = subprocess.run([str(exe), "selftest", "--out", str(out)], env=smoke_env(Path(tmp)),
                              capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - started
        print(proc.stdout, end="")
        if proc.returncode != 0 or proc.stderr.strip():
            raise SystemExit(
                f"Smoke test gagal (exit {proc.returncode}).\nstderr:\n{proc.stderr}")
        pdfs, xlsxs = sorted(out.glob("*.pdf")), sorted(out.glob("*.xlsx"))
        if not pdfs or not xlsxs:
            raise SystemExit("Smoke test tidak menghasilkan laporan PDF dan XLSX.")
        if not pdfs[0].read_bytes().startswith(b"%PDF") or not xlsxs[0].read_bytes()[:2] == b"PK":
            raise SystemExit("Berkas laporan hasil smoke test rusak.")
        return {"seconds": seconds, "pdf": pdfs[0].name, "xlsx": xlsxs[0].name}


def startup_seconds(command: list[str], runs: int = 5) -> float:
    """Median wall time of ``selftest --startup-only``: start, open a database, show the window."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="jssc-start-") as tmp:
            started = time.perf_counter()
            subprocess.run([*command, "selftest", "--startup-only"], env=smoke_env(Path(tmp)),
                           check=True, capture_output=True, timeout=300)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def timing(bundle: Path = BUNDLE) -> dict[str, float]:
    source = startup_seconds([sys.executable, str(ROOT / "main.py")])
    frozen = startup_seconds([str(cli_exe(bundle))])
    result = {"source_s": source, "frozen_s": frozen, "ratio": frozen / source}
    print(f"Waktu mulai: dari sumber {source:.2f} s, hasil build {frozen:.2f} s, "
          f"rasio {result['ratio']:.2f} (batas 1,2)")
    return result


def installer() -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if not iscc and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if not iscc:
        print("Inno Setup (iscc) tidak ditemukan: penginstal tidak dibuat.")
        return None
    print("== Inno Setup", flush=True)
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={BUNDLE}",
                    f"/DOutputDir={DIST}", str(ROOT / "installer" / "jssc_desktop.iss")],
                   check=True)
    setup = DIST / f"JSSC-Desktop-{version()}-setup.exe"
    print(f"Penginstal: {setup}")
    return setup


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--smoke", action="store_true", help="only smoke-test an existing build")
    p.add_argument("--timing", action="store_true", help="compare start-up time with source")
    p.add_argument("--no-installer", action="store_true", help="skip Inno Setup on Windows")
    args = p.parse_args(argv)
    if not args.smoke:
        build()
    size = bundle_size()
    print(f"Ukuran bundel: {size / 2**20:.0f} MB ({BUNDLE})")
    result = smoke()
    print(f"Smoke test lulus dalam {result['seconds']:.1f} s: {result['pdf']}, {result['xlsx']}")
    if args.timing:
        timing()
    if WINDOWS and not args.smoke and not args.no_installer:
        installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
