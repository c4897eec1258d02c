"""PySide6 6.12.0 on Python 3.11 releases a reference to None on every Qt call that returns
nothing; a window in use long enough would free None and die ("none_dealloc"). The configured
application survives any number of such calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    if sys.argv[1] == "configured":
        from jssc_desktop.app import configure_application
        configure_application(app)
    label = QLabel()
    for _ in range(60_000):
        label.setText("x")
    print("survived")
""")


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True,
                          timeout=300, env={**__import__("os").environ,
                                            "QT_QPA_PLATFORM": "offscreen"})


def test_configured_application_survives_many_qt_calls() -> None:
    done = _run("configured")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_the_guard_is_what_keeps_it_alive() -> None:
    """Without the guard the same script dies on the affected versions (the control)."""
    import PySide6

    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        pytest.skip("only PySide6 6.12 on Python 3.11 releases None references")
    done = _run("bare")
    assert done.returncode != 0 and "none_dealloc" in done.stderr
