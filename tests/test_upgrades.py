"""Upgrades keep every record: a database made by each earlier schema revision (kept in
tests/fixtures/schema_<revision>.sqlite3, filled with demo data when that revision was current)
is migrated to the current head with every row intact.

When a new Alembic revision is added, make a fixture at the previous head first:
    python -m jssc_desktop --db tests/fixtures/schema_<old head>.sqlite3 demo --clients 40 \\
        --years 2 --seed 5 --today 2026-11-23
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from jssc_desktop.storage import migrate
from jssc_desktop.storage.db import Database

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in script.walk_revisions()]


def test_there_is_a_fixture_for_every_revision() -> None:
    missing = [r for r in revisions() if not (FIXTURES / f"schema_{r}.sqlite3").exists()]
    assert missing == [], f"no fixture database for revision(s) {missing}"


def _dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("revision", revisions())
def test_upgrade_from_revision_keeps_every_row(revision: str, tmp_path: Path) -> None:
    source = FIXTURES / f"schema_{revision}.sqlite3"
    if not source.exists():
        pytest.fail(f"fixture missing: {source.name}")
    work = tmp_path / "upt.sqlite3"
    shutil.copy(source, work)
    before = _dump(work)
    assert sum(len(rows) for rows in before.values()) > 500, "the fixture holds real data"
    db = Database(str(work))
    try:
        assert migrate.current_revision(db) == revision
        copy = migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        if revision != migrate.head_revision():
            assert copy is not None and copy.exists(), "the file is copied aside first"
    finally:
        db.dispose()
    after = _dump(work)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert len(after[table]) == len(rows), f"rows lost in {table}"
        # Columns may be added by later revisions; the old columns keep their values.
        width = len(rows[0]) if rows else 0
        assert [r[:width] for r in after[table]] == rows, f"values changed in {table}"


def test_schema_head_constant_is_alembics_head() -> None:
    """The start-up learns "already current" from SCHEMA_HEAD without importing Alembic: a new
    migration must update it (storage/migrate.py)."""
    assert migrate.head_revision() == migrate.SCHEMA_HEAD, (
        "update SCHEMA_HEAD in jssc_desktop/storage/migrate.py to the new head revision")


@pytest.mark.parametrize("revision", revisions())
def test_stored_revision_reads_what_alembic_reads(revision: str, tmp_path: Path) -> None:
    work = tmp_path / "upt.sqlite3"
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", work)
    db = Database(str(work))
    try:
        assert migrate.stored_revision(db) == migrate.current_revision(db) == revision
        assert migrate.at_head(db) == (revision == migrate.head_revision())
    finally:
        db.dispose()
    empty = Database(str(tmp_path / "empty.sqlite3"))
    try:
        assert migrate.stored_revision(empty) is None and not migrate.at_head(empty)
    finally:
        empty.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    work = tmp_path / "upt.sqlite3"
    db = Database(str(work))
    migrate.upgrade(db)
    db.dispose()
    code = ("import sys; from jssc_desktop.storage.db import Database; "
            "from jssc_desktop.storage.migrate import upgrade; "
            f"assert upgrade(Database({str(work)!r})) is None; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
