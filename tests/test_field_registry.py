"""The field registry (domain/fields.py) against the models, the anonymisation and the services
that read it: a column without a privacy class, or a personal column that anonymisation would
leave in place, fails here."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect

from jssc_desktop.domain import codes
from jssc_desktop.domain.fields import (
    CLIENT,
    RECORD_KEEPING,
    REGISTRIES,
    Anonymise,
    FieldType,
    Privacy,
)
from jssc_desktop.services import client_checks, clients, imports, privacy, templates
from jssc_desktop.storage import models

ROOT = Path(__file__).resolve().parents[1]


def _columns(model_name: str) -> list[str]:
    model = getattr(models, model_name)
    return [c.key for c in sa_inspect(model).column_attrs]


@pytest.mark.parametrize("model_name", sorted(REGISTRIES))
def test_every_model_column_has_a_registry_entry_with_a_privacy_class(model_name: str) -> None:
    registry = REGISTRIES[model_name]
    columns = _columns(model_name)
    missing = [c for c in columns if c not in registry]
    assert missing == [], f"{model_name} columns without a field registry entry: {missing}"
    stale = [f.name for f in registry if f.name not in columns]
    assert stale == [], f"registry entries of {model_name} that are no column: {stale}"
    for spec in registry:
        assert isinstance(spec.privacy, Privacy), spec.name
        assert spec.label.strip(), spec.name


@pytest.mark.parametrize("model_name", sorted(REGISTRIES))
def test_text_limits_match_the_column_lengths(model_name: str) -> None:
    model = getattr(models, model_name)
    registry = REGISTRIES[model_name]
    for column in model.__table__.columns:
        length = getattr(column.type, "length", None)
        spec = registry[column.key]
        if length is not None and spec.type in (FieldType.TEXT, FieldType.CODE):
            assert spec.max_length == length, (model_name, column.key, spec.max_length, length)


def test_every_personal_or_sensitive_client_column_is_anonymised() -> None:
    for spec in CLIENT:
        if spec.privacy is Privacy.PUBLIC:
            assert spec.anonymise is Anonymise.KEEP, spec.name
        else:
            assert spec.anonymise in (Anonymise.CLEAR, Anonymise.REPLACE), (
                f"personal client column {spec.name} would survive anonymisation")
    handled = (set(privacy.CLEARED_CLIENT_FIELDS) | set(privacy.REPLACED_CLIENT_FIELDS)
               | set(privacy.KEPT_CLIENT_FIELDS) | RECORD_KEEPING)
    assert set(_columns("Client")) == handled
    personal = {f.name for f in CLIENT if f.privacy is not Privacy.PUBLIC}
    assert personal == set(privacy.CLEARED_CLIENT_FIELDS) | set(privacy.REPLACED_CLIENT_FIELDS)
    assert not personal & set(privacy.KEPT_CLIENT_FIELDS)


def test_sensitive_fields_are_hidden_or_masked_for_tutors() -> None:
    sensitive = {f.name for f in CLIENT if f.privacy is Privacy.SENSITIVE}
    assert sensitive == set(clients.SENSITIVE_FIELDS) | {"nik", "kk"}


def test_form_fields_are_the_client_input_fields() -> None:
    on_form = {f.name for f in CLIENT if f.tab is not None}
    assert on_form == set(clients.INPUT_FIELDS)


def test_import_and_template_read_the_registry() -> None:
    assert [c.key for c in imports.CLIENT_COLUMNS] == [f.name for f in CLIENT.imported()]
    referral = imports.COLUMNS_BY_KEY["referral_source"]
    assert referral.label == CLIENT["referral_source"].label
    assert set(CLIENT["referral_source"].import_aliases) <= set(referral.aliases)
    labels = [c.label for c in templates._client_columns()]
    assert labels == [f.header for f in CLIENT.imported()]
    assert templates._client_columns()[labels.index("Sumber rujukan")].example == \
        CLIENT["referral_source"].example


def test_validation_messages_use_the_registry_label() -> None:
    from datetime import date

    from jssc_desktop.domain.errors import ValidationError

    data = clients.ClientInput(name="Budi", sex="L", ppks_code="P02", nik_missing_reason="lainnya",
                               admission_date=date(2026, 1, 5), referral_source="x" * 201)
    with pytest.raises(ValidationError) as err:
        client_checks._validate(data, date(2026, 2, 1))
    assert err.value.field == "referral_source"
    assert CLIENT["referral_source"].label in err.value.message


def test_the_label_sumber_rujukan_is_written_once() -> None:
    hits = [p for p in (ROOT / "jssc_desktop").rglob("*.py")
            if '"Sumber rujukan"' in p.read_text(encoding="utf-8")]
    assert [p.name for p in hits] == ["fields.py"]


def test_registry_labels_are_translated() -> None:
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "jssc_en.ts"
    done = set()
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") != "Fields":
            continue
        for message in context.findall("message"):
            node = message.find("translation")
            if node is not None and node.text and not node.get("type"):
                done.add(message.findtext("source"))
    for registry in REGISTRIES.values():
        for spec in registry:
            assert spec.label in done, f"untranslated field label: {spec.label}"


@pytest.mark.parametrize("enum", list(codes.VOCABULARY_OF))
def test_code_enums_match_the_vocabularies(enum: type) -> None:
    data = json.loads(resources.files("jssc_desktop.domain").joinpath(
        "vocabularies.json").read_text(encoding="utf-8"))
    entry = data[codes.VOCABULARY_OF[enum]]
    terms = entry["terms"] if isinstance(entry, dict) else entry
    vocab_codes = [t["code"] if isinstance(t, dict) else t for t in terms]
    assert [m.value for m in enum] == vocab_codes
