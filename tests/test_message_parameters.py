"""A message from below the window reads as one language: the words its parameters put into the
sentence (what is refused, the report, the role, the test result) are shown in the window's
language too, not Indonesian words inside an English sentence."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jssc_desktop.domain.errors import DomainError, PermissionDenied, WorkflowError
from jssc_desktop.domain.messages import Message, msg
from jssc_desktop.domain.periods import ReportName, parse_period
from jssc_desktop.services import graduation as gr
from jssc_desktop.services import privacy
from jssc_desktop.services.approvers import require_approver
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from tests.test_services_graduation import cls  # noqa: F401 - a fixture used below

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from indonesian_words import giveaways  # noqa: E402 - the tools folder is put on the path above

#: The message templates' English translations (context ``messages`` of the .ts file).
ENGLISH = {m.findtext("source"): m.findtext("translation")
           for c in ET.parse(ROOT / "resources" / "translations" / "jssc_en.ts").getroot()
           if c.findtext("name") == "messages" for m in c.findall("message")}


def english(message: str) -> str:
    assert isinstance(message, Message), message
    return message.render("en", lambda t: ENGLISH.get(t) or t)


def _refusal(exc: pytest.ExceptionInfo[DomainError]) -> str:
    text = english(exc.value.message)
    assert not giveaways(text), f"Indonesian words {giveaways(text)} in: {text}"
    return text


# ------------------------------------------------------------------------------ in the code

#: Functions whose text parameter goes into a message sentence (name -> parameter index).
SENTENCE_PARTS = {"_require_admin": 1, "_require_active": 2, "require_approver": 2,
                  "check_name": 1, "_call": 0, "_pg_error": 1}


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for folder in ("domain", "services", "storage", "reports"):
        for path in sorted((ROOT / "jssc_desktop" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    found.append((path, node))
    return found


def _is_text(node: ast.AST) -> bool:
    """Literal or built text: it would reach an English sentence in Indonesian."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):  # text joined with +, not arithmetic
        return any(_is_text(part) for part in ast.walk(node) if part is not node)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    return False


def test_message_parameters_are_not_indonesian_text() -> None:
    """No ``msg()`` parameter and no sentence part handed to a refusal helper is a literal or
    built text: it is a nested ``msg("…")`` (translated with the message) or a value that
    shows itself in the message's language (vocabulary term, date, report name)."""
    bad = []
    for path, call in _calls():
        name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if name == "msg":
            bad += [f"{where} {k.arg}" for k in call.keywords if _is_text(k.value)]
        elif (name in SENTENCE_PARTS and len(call.args) > SENTENCE_PARTS[name]
              and _is_text(call.args[SENTENCE_PARTS[name]])):
            bad.append(f"{where} {name}()")
    assert not bad, "Indonesian text put into a message:\n" + "\n".join(bad)


# -------------------------------------------------------------------------- as users read it


def test_administrator_only_refusal_in_english(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s, pytest.raises(PermissionDenied) as exc:
        privacy.retention_candidates(s, actors["staff"], years=5, today=date(2026, 11, 23))
    assert _refusal(exc) == ("The role Administrative staff may not see the list of client "
                             "data past the retention period; only an Administrator can do "
                             "that.")
    assert str(exc.value.message).startswith("Peran Staf Administrasi tidak berhak melihat "
                                             "daftar data klien")


def test_graduation_refusals_in_english(db: Database, actors: dict[str, Actor],
                                        cls: dict[str, Any]) -> None:  # noqa: F811
    with pytest.raises(WorkflowError) as exc, db.session() as s:
        gr.graduate(s, actors["staff"], cls["e"]["nur"].id, graduated_on=date(2026, 11, 30))
    assert "the competency test result is not assessed yet." in _refusal(exc)
    assert "hasil uji kompetensi belum dinilai." in exc.value.message
    with db.session() as s:
        gr.record_assessment(s, actors["tutor"], cls["e"]["agus"].id, score=40,
                             result="belum_kompeten", assessed_on=date(2026, 11, 20))
    with pytest.raises(WorkflowError) as exc, db.session() as s:
        gr.graduate(s, actors["staff"], cls["e"]["agus"].id, graduated_on=date(2026, 11, 30))
    text = _refusal(exc)
    assert "the competency test result is not yet competent." in text, text
    assert "hasil uji kompetensi belum kompeten." in exc.value.message


def test_report_names_follow_the_language(db: Database, actors: dict[str, Actor]) -> None:
    october = parse_period("2026-10")
    assert str(ReportName(october)) == "Laporan bulanan Oktober 2026"
    assert ReportName(october, lower=True).display("en") == "monthly report October 2026"
    assert ReportName(parse_period("2026-Q3"), province=True).display("en") == \
        "Province quarterly report Quarter III 2026"
    with db.session() as s, pytest.raises(PermissionDenied) as exc:
        require_approver(s, actors["staff"], msg("menyetujui {title}",
                                                 title=ReportName(october, lower=True)))
    assert _refusal(exc).startswith("Only the Head of UPT or an appointed acting Head of UPT "
                                    "may approve the monthly report October 2026; the role "
                                    "Administrative staff may not")
    assert "berhak menyetujui laporan bulanan Oktober 2026; peran Staf Administrasi" in \
        exc.value.message
