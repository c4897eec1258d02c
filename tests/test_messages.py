"""Messages from below the window: the Indonesian text as a str, plus template and values that
the window renders in its language."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from jssc_desktop.domain.errors import ValidationError
from jssc_desktop.domain.messages import Message, Money, Number, msg, render
from jssc_desktop.domain.vocab import FACILITY_STATUSES, STAGES

ENGLISH = {
    "Tahap {stage} dimulai {day}; biaya {cost} untuk {count} orang.":
        "Stage {stage} began on {day}; cost {cost} for {count} people.",
    "Usulan {number} berstatus {status}": "Request {number} has status {status}",
    "{where}; tidak dapat diubah.": "{where}; it cannot be changed.",
    "Rusak {nama}": "Broken {name}",
}


def test_a_message_is_its_indonesian_text() -> None:
    m = msg("Tahap {stage} dimulai {day}; biaya {cost} untuk {count} orang.",
            stage=STAGES.ref("S1") if "S1" in STAGES else STAGES.ref(STAGES.codes[0]),
            day=date(2026, 10, 5), cost=Money(1_500_000), count=Number(1200))
    assert isinstance(m, str)
    assert m == (f"Tahap {STAGES.terms[0].name} dimulai 5 Oktober 2026; biaya Rp 1.500.000 "
                 "untuk 1.200 orang.")
    assert m.template.startswith("Tahap {stage}") and set(m.params) == {"stage", "day", "cost",
                                                                        "count"}
    english = m.render("en", ENGLISH.get)  # type: ignore[arg-type]
    assert english == (f"Stage {STAGES.terms[0].name_en} began on 5 October 2026; cost "
                       "Rp 1,500,000 for 1,200 people.")


def test_nested_messages_and_vocabulary_follow_the_language() -> None:
    where = msg("Usulan {number} berstatus {status}", number="USL-1",
                status=FACILITY_STATUSES.ref("draf"))
    m = msg("{where}; tidak dapat diubah.", where=where)
    assert m == "Usulan USL-1 berstatus Draf; tidak dapat diubah."
    assert m.render("en", lambda t: ENGLISH.get(t, t)) == \
        "Request USL-1 has status Draft; it cannot be changed."


def test_a_broken_translation_falls_back_to_indonesian() -> None:
    m = msg("Rusak {nama}", nama="x")
    assert m.render("en", lambda t: ENGLISH.get(t, t)) == "Rusak x"


def test_without_values_braces_stay_and_format_specs_work() -> None:
    assert msg("Pakai {kurung}") == "Pakai {kurung}"
    assert msg("Pada {day:%d-%m-%Y}", day=date(2026, 1, 2)) == "Pada 02-01-2026"


def test_errors_keep_the_message_and_survive_pickling() -> None:
    exc = ValidationError(msg("Kapasitas {n} terlalu besar.", n=5), "capacity")
    assert str(exc) == "Kapasitas 5 terlalu besar." and isinstance(exc.message, Message)
    again = pickle.loads(pickle.dumps(exc.message))
    assert again == exc.message and again.template == "Kapasitas {n} terlalu besar."
    assert render("plain text", "en") == "plain text"


@pytest.mark.parametrize("language", ["id", "en"])
def test_render_without_a_translator_keeps_the_template(language: str) -> None:
    m = msg("Mulai {day}", day=date(2026, 3, 1))
    assert m.render(language) == ("Mulai 1 Maret 2026" if language == "id"
                                  else "Mulai 1 March 2026")
