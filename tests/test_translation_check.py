"""``tools/translations.py check`` is part of the test suite: it fails on an untranslated text, a
message template of the layers below the window missing from the .ts file, and an English
translation that still holds Indonesian words."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .test_translations import _tool

ROOT = Path(__file__).resolve().parents[1]


def test_check_passes_on_the_committed_translation(capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    status = tool.check("en")
    out = capsys.readouterr().out
    assert status == 0, out
    assert "0 unfinished" in out


def test_every_message_template_below_the_window_is_in_the_ts() -> None:
    tool = _tool()
    current = {(m.context, m.source) for m in tool.messages(tool.load_ts(tool.ts_path("en")))
               if m.state != "obsolete"}
    found = tool.scan_messages(tool.message_files()).extras
    assert len(found) > 350, "the msg() templates of services, domain and storage"
    assert tool.missing_messages(current) == []
    assert {e.file.parent.name for e in found} >= {"domain", "services", "storage", "reports"}


def test_missing_template_is_found(tmp_path: Path) -> None:
    tool = _tool()
    (tmp_path / "svc.py").write_text(
        "from jssc_desktop.domain.messages import msg\n"
        "def f(n):\n    raise ValueError(msg('Klien {n} belum ada.', n=n))\n"
        "def g(t):\n    return msg(t)\n", encoding="utf-8")
    scan = tool.scan_messages([tmp_path / "svc.py"])
    assert [(e.context, e.text) for e in scan.extras] == [("messages", "Klien {n} belum ada.")]
    assert len(scan.warnings) == 1 and "not literal" in scan.warnings[0]


@pytest.mark.parametrize(("english", "words"), [
    ("Report for Oktober 2026", ["oktober"]),
    ("The client dan the stage", ["dan"]),
    ("Monthly laporan of the tahapan", ["laporan", "tahapan"]),
    ("Sent to Dinsos Provinsi Jawa Timur (APBD, NIK, UPT)", []),
    ("Copy with the column 'Keterangan Galat'", []),
])
def test_giveaway_words(english: str, words: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from indonesian_words import giveaways

    assert giveaways(english) == words


def test_check_fails_on_mixed_and_untranslated_text(  # type: ignore[no-untyped-def]
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    ts = tmp_path / "jssc_en.ts"
    ts.write_text(tool.ts_path("en").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "jssc_en.qm").write_bytes(tool.qm_path("en").read_bytes())
    monkeypatch.setattr(tool, "ts_path", lambda language: ts)
    monkeypatch.setattr(tool, "qm_path", lambda language: tmp_path / "jssc_en.qm")
    tree = ET.parse(ts)
    context = next(c for c in tree.getroot().findall("context")
                   if c.findtext("name") == "messages")
    message = next(m for m in context.findall("message")
                   if m.findtext("source") == "Kata sandi cadangan salah.")
    node = message.find("translation")
    assert node is not None
    node.text = "Kata sandi of the backup is wrong."  # half translated
    tree.write(ts, encoding="utf-8")
    assert tool.check("en") == 1
    assert "Indonesian words in the translation: kata, sandi" in capsys.readouterr().out
    node.set("type", "unfinished")
    tree.write(ts, encoding="utf-8")
    assert tool.check("en") == 1
    assert "unfinished in messages: 1" in capsys.readouterr().out
    context.remove(message)
    tree.write(ts, encoding="utf-8")
    assert tool.check("en") == 1
    assert "message not in" in capsys.readouterr().out
