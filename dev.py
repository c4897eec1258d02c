"""Set up and run JSSC Desktop from a source checkout, on Windows or Linux, with only Python.

    python dev.py start    create .venv, install the app, start it (SQLite in the user data folder)
    python dev.py test     create .venv, install the app with its test extra, run the test suite
    python dev.py check    the same environment; run ruff (lint) and mypy (types) as CI does

Anything after the command is passed on (``python dev.py test -k clients``,
``python dev.py start demo --clients 500``). Set JSSC_TEST_PG_URL to a PostgreSQL database URL to
run the storage and service tests on PostgreSQL as well as SQLite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("JSSC_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def ensure_venv(extra: str | None) -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Membuat lingkungan Python di {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    target = f".[{extra}]" if extra else "."
    subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
        cwd=ROOT, check=True,
    )
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test", "check"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "start":
        python = ensure_venv(None)
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], cwd=ROOT)
    python = ensure_venv("test")
    if command == "check":
        # Both must pass: ruff over the whole tree, mypy --strict over the files in pyproject.toml.
        lint = subprocess.call([str(python), "-m", "ruff", "check", ".", *rest], cwd=ROOT)
        types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT)
        return lint or types
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
