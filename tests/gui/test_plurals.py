"""Counts in English take the singular for one ("1 session", not "1 sessions"): the window asks
for a counted text with Qt's tr(text, disambiguation, n), and the ``.ts`` file holds the one and
the many form of it. Indonesian has no plural form, so its text is the same for every count."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jssc_desktop.ui.pages.training import TrainingPage

from .conftest import app_language

pytestmark = pytest.mark.gui

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "jssc_en.ts"
#: Indonesian nouns counted in the window's texts (a count before one of these needs a plural).
COUNTED = ("peserta", "klien", "pertemuan", "angkatan", "baris", "bantuan", "tahun", "hari",
           "usulan", "galat", "berkas", "paket", "lulusan", "sertifikat", "tutor", "menit",
           "JP", "tempat", "program")
#: The names the window's texts give their counts.
COUNTS = ("n", "m", "total", "days", "people", "sessions", "cohorts", "tracks", "passed", "files",
          "rows", "new", "bad", "jp", "planned", "cap", "clients", "years")
#: Window texts whose count is fixed, never one (the demo data's size).
FIXED = {"Ingin melihat-lihat dulu?"}


def test_counted_window_texts_have_plural_forms() -> None:
    """Every text of the window (not the messages from below it, see domain/messages.py) that
    puts a number before a counted noun is a numerus entry with two English forms."""
    counted = re.compile(r"\{(?:" + "|".join(COUNTS) + r")\} (?:\w+ )?(?:"
                         + "|".join(COUNTED) + r")\b")
    missing = []
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        if name == "messages":
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation.get("type") in ("vanished", "obsolete") or not counted.search(source):
                continue
            if any(source.startswith(f) for f in FIXED):
                continue
            forms = [f.text for f in translation.findall("numerusform")]
            if message.get("numerus") != "yes" or len(forms) != 2 or not all(forms):
                missing.append(f"{name}: {source[:60]}")
    assert not missing, "counted texts without plural forms:\n" + "\n".join(missing)


def test_english_one_and_many(qapp) -> None:  # type: ignore[no-untyped-def]
    def tr(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n).format(n=n)

    with app_language(qapp, "en", restyle=False):
        assert tr("TrainingPage", "{n} pertemuan", 1) == "1 session"
        assert tr("TrainingPage", "{n} pertemuan", 2) == "2 sessions"
        assert tr("TrainingPage", "{n} pertemuan", 0) == "0 sessions"
        assert tr("ClientsPage", "{n} klien", 1) == "1 client"
        assert tr("ClientsPage", "{n} klien", 100) == "100 clients"
    assert tr("TrainingPage", "{n} pertemuan", 1) == "1 pertemuan"  # Indonesian: as written
    assert tr("TrainingPage", "{n} pertemuan", 2) == "2 pertemuan"


def test_cohort_summary_counts_one_session(qtbot, make_ctx, people, programme,
                                           texts_in) -> None:
    """The cohort of the programme fixture has one session and four participants."""
    page = TrainingPage(make_ctx(people["staff"]))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    summary = page.summary.text()
    if texts_in == "en":
        assert "· 1 session, 4 of 120 hours" in summary, summary
        assert "4 of 20 places" in summary and "sessions" not in summary
    else:
        assert "· 1 pertemuan, 4 dari 120 JP" in summary, summary
