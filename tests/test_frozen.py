"""The frozen (PyInstaller) program: built from installer/jssc_desktop.spec and smoke-tested.

Building takes minutes, so this runs where JSSC_BUILD_FROZEN=1 (CI sets it). The build script
prints the bundle size and the start-up ratio frozen/source, which the closing notes report.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("JSSC_BUILD_FROZEN"),
                       reason="set JSSC_BUILD_FROZEN=1 to build and smoke-test the frozen app"),
]


def test_frozen_app_builds_starts_and_renders_reports() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--timing"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    print(proc.stdout[-3000:])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Smoke test lulus" in proc.stdout
    assert "Laporan:" in proc.stdout and ".pdf" in proc.stdout and ".xlsx" in proc.stdout
    assert "Jendela utama tampil: ya" in proc.stdout
    assert "Panduan pengguna: 18 topik, 2 bahasa, lengkap" in proc.stdout
