"""The layering of DESIGN.md section 4, enforced."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jssc_desktop"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtawesome")
# Modules allowed to import Qt: the GUI and its start-up.
GUI = ("ui", "app.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_modules() -> list[Path]:
    out = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in GUI:
            continue
        out.append(path)
    return out


def test_core_modules_exist() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in core_modules()}
    assert {"domain/vocab.py", "storage/models.py", "services/base.py", "cli.py"} <= names


def test_nothing_below_ui_imports_qt() -> None:
    offenders = []
    for path in core_modules():
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_imports_no_sql() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in ("sqlalchemy", "psycopg", "sqlite3", "alembic"):
                offenders.append(f"{path.name} imports {name}")
    assert offenders == []


def test_checker_sees_a_qt_import(tmp_path: Path) -> None:
    """The check above can fail: it finds a Qt import when there is one."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(bad)


def test_cli_starts_without_heavy_imports() -> None:
    """ReportLab, openpyxl and Qt load when first used, not when the command line starts."""
    import subprocess
    import sys

    code = (
        "import sys, jssc_desktop.cli as c; c.build_parser(); "
        "import jssc_desktop.services.clients, jssc_desktop.services.imports, "
        "jssc_desktop.storage.models; "
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
