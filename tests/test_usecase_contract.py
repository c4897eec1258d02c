"""The window calls services one way (``ui/usecase.py``) and announces typed changes; period-lock
overrides rest on a typed error, not on a field name or on inspecting signatures."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from jssc_desktop.domain.changes import RecordKind
from jssc_desktop.domain.errors import PeriodLockedError, WorkflowError

ROOT = Path(__file__).resolve().parents[1] / "jssc_desktop"
HELPER_MODULES = {"usecase.py", "context.py"}


def _ui_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def test_no_page_opens_its_own_unit_of_work() -> None:
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in _ui_sources()
                 if p.name not in HELPER_MODULES
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bctx\.session\(\)", line)]
    assert offenders == [], "use ui.usecase.run/fetch instead: " + ", ".join(offenders)


def test_changes_are_announced_only_as_typed_events() -> None:
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in _ui_sources()
                 if p.name not in HELPER_MODULES
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if "bus.changed.emit(" in line]
    assert offenders == []


def test_no_signature_inspection_for_the_period_lock() -> None:
    for p in _ui_sources():
        text = p.read_text(encoding="utf-8")
        assert not re.search(r"lock_reason.{0,40}inspect\.signature|inspect\.signature.{0,80}"
                             r"lock_reason", text, re.S), p
        assert 'field == "reason"' not in text, p


def test_every_service_that_checks_the_lock_takes_a_lock_reason() -> None:
    """The window retries a refused write with ``lock_reason``: every use case that can raise
    PeriodLockedError must accept it."""
    missing = []
    for path in sorted((ROOT / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                continue
            calls = [c for c in ast.walk(fn) if isinstance(c, ast.Call)
                     and getattr(c.func, "id", getattr(c.func, "attr", "")) == "ensure_unlocked"]
            if not calls or fn.name == "ensure_unlocked":
                continue
            params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
            if "lock_reason" not in params:
                missing.append(f"{path.name}:{fn.name}")
    assert missing == []


def test_the_lock_error_is_typed() -> None:
    err = PeriodLockedError("terkunci", overridable=True)
    assert isinstance(err, WorkflowError) and err.overridable
    assert not PeriodLockedError("terkunci").overridable


def test_record_kinds_are_distinct_codes() -> None:
    assert len({k.value for k in RecordKind}) == len(RecordKind)
