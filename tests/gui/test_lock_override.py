"""Data inside an approved period: the administrator is asked for a correction reason and the
change goes through, audited; other roles only see the refusal."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from jssc_desktop.services import clients
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, PeriodReport, StageHistory
from jssc_desktop.ui.pages._common import FAILED, call

pytestmark = pytest.mark.gui


@pytest.fixture
def locked_october(sqlite_db: Database, people: dict[str, Actor]) -> int:
    with sqlite_db.session() as s:
        s.add(PeriodReport(kind="monthly", period="2026-10", start_date=date(2026, 10, 1),
                           end_date=date(2026, 10, 31), approved_by=people["head"].user_id,
                           approved_at=datetime(2026, 11, 3, 10, 0)))
        detail = clients.register_client(s, people["staff"], clients.ClientInput(
            name="Ani Lestari", sex="P", ppks_code="P02", nik_missing_reason="tidak_punya",
            admission_date=date(2026, 9, 2)), today=date(2026, 11, 23))
    return detail.id


def _stage_count(db: Database, client_id: int) -> int:
    with db.session() as s:
        return len(s.execute(select(StageHistory).where(
            StageHistory.client_id == client_id)).all())


def test_admin_gives_a_reason_and_the_change_is_audited(
        qtbot, sqlite_db: Database, people: dict[str, Actor], make_ctx, locked_october: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(parent, title, label, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "Salah ketik tanggal asesmen", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    result = call(None, make_ctx(people["admin"]), clients.move_stage, locked_october,
                  stage="asesmen", started_on=date(2026, 10, 5))
    assert result is not FAILED
    assert asked and "Oktober 2026" in asked[0]
    assert _stage_count(sqlite_db, locked_october) == 2
    with sqlite_db.session() as s:
        row = s.execute(select(AuditLog).where(
            AuditLog.action == "period.lock_override")).scalar_one()
        assert row.reason == "Salah ketik tanggal asesmen"


def test_staff_only_sees_the_refusal(qtbot, sqlite_db: Database, people: dict[str, Actor],
                                     make_ctx, locked_october: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: pytest.fail("staff must not be asked")))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    result = call(None, make_ctx(people["staff"]), clients.move_stage, locked_october,
                  stage="asesmen", started_on=date(2026, 10, 5))
    assert result is FAILED
    assert shown and "Administrator" in shown[0]
    assert _stage_count(sqlite_db, locked_october) == 1
