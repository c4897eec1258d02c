"""The layering of docs/ARCHITECTURE.md, enforced: imports only point down.

Every module of the package belongs to a layer. A module may import its own layer and the layers
below it, never one above; relative imports (``from ..storage import db``) are resolved first, so
they count like absolute ones. Nothing below the GUI imports Qt; the domain imports no SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "jssc_desktop"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtawesome")
SQL_MODULES = ("sqlalchemy", "psycopg", "sqlite3", "alembic")

# The first part of a module's name below ``jssc_desktop`` -> its layer (higher = further up).
# domain: rules and vocabularies; storage: the database; services: the use cases; reports: the
# periodic reports built on the services; the command line, the application start and the GUI on
# top. ``paths`` (where the data lives) is used by storage and so sits at its level.
DOMAIN, STORAGE, SERVICES, REPORTS, TOP = 0, 1, 2, 3, 4
LAYERS = {
    "__init__": DOMAIN,   # the package itself: its version only
    "domain": DOMAIN,
    "fileutil": DOMAIN,
    "logsafe": DOMAIN,    # scrubbing values out of logs and messages: standard library only
    "paths": STORAGE,
    "storage": STORAGE,
    "services": SERVICES,
    "reports": REPORTS,
    "cli": TOP,
    "cli_acting": TOP,
    "cli_audit": TOP,
    "cli_db": TOP,
    "cli_province": TOP,
    "cli_process": TOP,
    "cli_import": TOP,
    "__main__": TOP,
    "app": TOP,
    "ui": TOP,
}
LAYER_NAMES = {DOMAIN: "domain", STORAGE: "storage", SERVICES: "services", REPORTS: "reports",
               TOP: "cli/ui"}
# Modules allowed to import Qt: the GUI and its start-up.
GUI = ("ui", "app")


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """``jssc_desktop/storage/db.py`` -> ``jssc_desktop.storage.db`` (a package is its folder)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module ``path`` imports, relative imports resolved to absolute names. For
    ``from X import y`` both ``X`` and ``X.y`` are listed (``y`` may be a submodule)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                if node.level - 1 >= len(parts):
                    raise ValueError(f"{path}: relative import beyond the top package")
                base = parts[:len(parts) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def layer_of(module: str) -> int | None:
    """The layer of a module of the package; None for anything outside it."""
    parts = module.split(".")
    if parts[0] != PACKAGE.name:
        return None
    first = parts[1] if len(parts) > 1 else "__init__"
    if first == "__version__":
        return DOMAIN
    return LAYERS[first]


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def core_modules() -> list[Path]:
    """The modules that must not import Qt."""
    return [p for p in package_modules()
            if p.relative_to(PACKAGE).with_suffix("").parts[0] not in GUI]


def upward_imports(paths: list[Path], root: Path = PACKAGE) -> list[str]:
    offenders = []
    for path in paths:
        own = layer_of(module_name(path, root))
        assert own is not None
        for target in sorted(imported_modules(path, root)):
            try:
                layer = layer_of(target)
            except KeyError:
                continue  # ``from jssc_desktop import x``: x itself is checked as its module
            if layer is not None and layer > own:
                offenders.append(f"{path.relative_to(root)} ({LAYER_NAMES[own]}) imports "
                                 f"{target} ({LAYER_NAMES[layer]})")
    return offenders


def test_core_modules_exist() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in core_modules()}
    assert {"domain/vocab.py", "storage/models.py", "services/base.py", "cli.py"} <= names


def test_every_module_has_a_layer() -> None:
    """A new top-level module or package is placed in a layer on purpose, here."""
    unknown = {p.relative_to(PACKAGE).with_suffix("").parts[0] for p in package_modules()}
    assert unknown - set(LAYERS) == set()


def test_imports_only_point_down() -> None:
    assert upward_imports(package_modules()) == []


def test_nothing_below_ui_imports_qt() -> None:
    offenders = []
    for path in core_modules():
        for name in imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_imports_no_sql() -> None:
    offenders = []
    for path in package_modules():
        if layer_of(module_name(path)) != DOMAIN:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in SQL_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_checker_sees_a_qt_import(tmp_path: Path) -> None:
    """The Qt check can fail: it finds a Qt import when there is one."""
    pkg = tmp_path / "jssc_desktop"
    pkg.mkdir()
    bad = pkg / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(bad, pkg)


@pytest.mark.parametrize(("where", "source", "expected"), [
    ("storage/db.py", "from ..services import base\n", "jssc_desktop.services.base"),
    ("storage/db.py", "from ..services.base import Actor\n", "jssc_desktop.services.base"),
    ("storage/db.py", "from . import models\n", "jssc_desktop.storage.models"),
    ("storage/__init__.py", "from .db import Database\n", "jssc_desktop.storage.db"),
    ("domain/cells.py", "from ..reports import pdf\n", "jssc_desktop.reports.pdf"),
])
def test_relative_imports_are_resolved(tmp_path: Path, where: str, source: str,
                                       expected: str) -> None:
    pkg = tmp_path / "jssc_desktop"
    path = pkg / where
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    assert expected in imported_modules(path, pkg)


def test_checker_finds_an_upward_relative_import(tmp_path: Path) -> None:
    """The layering check can fail: storage reaching up into services is reported."""
    pkg = tmp_path / "jssc_desktop"
    (pkg / "storage").mkdir(parents=True)
    (pkg / "domain").mkdir()
    up = pkg / "storage" / "db.py"
    up.write_text("from ..services.base import Actor\nfrom ..domain import errors\n",
                  encoding="utf-8")
    down = pkg / "domain" / "nik.py"
    down.write_text("from . import errors\nfrom .. import __version__\n", encoding="utf-8")
    assert upward_imports([up, down], pkg) == [
        "storage/db.py (storage) imports jssc_desktop.services.base (services)",
        "storage/db.py (storage) imports jssc_desktop.services.base.Actor (services)",
    ]


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
