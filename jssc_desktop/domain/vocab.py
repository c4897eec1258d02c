"""Controlled vocabularies, loaded from ``vocabularies.json``.

The lists are data, not code: a later regulation (a new PPKS category, another kab/kota, another
funding source) is an edit of the JSON file. Codes are what the database stores; names are what
people see, in Bahasa Indonesia (``name``) or English (``name_en``) by the display language of
:mod:`.language`. Each vocabulary is a :class:`Vocabulary` with lookup by code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal, overload

from .errors import ValidationError
from .language import ENGLISH, resolve
from .messages import msg


@dataclass(frozen=True)
class Term:
    code: str
    name: str
    name_en: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def display(self, language: str | None = None) -> str:
        """The name in ``language`` (default: the display language); Indonesian when the
        vocabulary has no English name for it (a proper noun such as a kabupaten)."""
        if resolve(language) == ENGLISH and self.name_en:
            return self.name_en
        return self.name


@dataclass(frozen=True)
class TermRef:
    """A vocabulary term as a message parameter: it shows the term's name in the language the
    message is shown in (see :mod:`.messages`)."""

    vocabulary: str
    code: str
    #: inside a sentence: the name in lower case
    lower: bool = False

    def display(self, language: str | None = None) -> str:
        name = vocabulary(self.vocabulary).name(self.code, language)
        return name.lower() if self.lower else name

    def __str__(self) -> str:
        return self.display("id")


class Vocabulary:
    """An ordered list of terms with lookup by code."""

    def __init__(self, key: str, label: str, terms: list[Term]) -> None:
        self.key = key
        self.label = label
        self.terms = terms
        self._by_code = {t.code: t for t in terms}

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def get(self, code: str | None) -> Term | None:
        return self._by_code.get(code) if code is not None else None

    def name(self, code: str | None, language: str | None = None) -> str:
        """The name of a code in ``language`` (default: the display language), or the code
        itself if unknown, or '' for None."""
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.display(language) if term else code

    def names(self, language: str | None = None) -> dict[str, str]:
        """Every code's name in ``language`` (default: the display language), in order."""
        return {t.code: t.display(language) for t in self.terms}

    def ref(self, code: str | None, *, lower: bool = False) -> TermRef | str:
        """A message parameter naming ``code`` in the language the message is shown in
        (``lower``: in lower case, inside a sentence)."""
        return TermRef(self.key, code, lower) if code in self._by_code else str(code or "")

    @overload
    def check(self, code: str | None, field_name: str, *,
              required: Literal[True] = True) -> str: ...
    @overload
    def check(self, code: str | None, field_name: str, *, required: bool) -> str | None: ...

    def check(self, code: str | None, field_name: str, *, required: bool = True) -> str | None:
        """Return the code if valid; raise a ValidationError naming the field otherwise."""
        if code is None or code == "":
            if required:
                raise ValidationError(msg("{label} wajib diisi.", label=self.label),
                                      field_name)
            return None
        if code not in self._by_code:
            raise ValidationError(msg("{label} tidak dikenal: '{code}'.", label=self.label,
                                      code=code), field_name)
        return code


# Labels are messages, so an error naming the vocabulary is shown in the user's language.
_LABELS: dict[str, str] = {
    "ppks_categories": msg("Kategori PPKS"),
    "rehab_stages": msg("Tahapan rehabilitasi"),
    "attendance_codes": msg("Kode kehadiran"),
    "kab_kota": msg("Kode kabupaten/kota"),
    "discharge_reasons": msg("Alasan terminasi"),
    "followup_outcomes": msg("Hasil bimbingan lanjut"),
    "followup_methods": msg("Cara bimbingan lanjut"),
    "aid_conditions": msg("Kondisi bantuan"),
    "facility_kinds": msg("Jenis usulan"),
    "facility_statuses": msg("Status usulan"),
    "facility_priorities": msg("Prioritas"),
    "funding_sources": msg("Sumber dana"),
    "tutor_types": msg("Jenis tutor"),
    "partner_kinds": msg("Jenis lembaga mitra"),
    "competency_results": msg("Hasil uji kompetensi"),
    "enrollment_statuses": msg("Status peserta"),
    "cohort_statuses": msg("Status angkatan"),
    "client_statuses": msg("Status klien"),
    "nik_missing_reasons": msg("Alasan NIK kosong"),
    "consent_kinds": msg("Jenis persetujuan"),
    "sexes": msg("Jenis kelamin"),
    "roles": msg("Peran"),
    "age_groups": msg("Kelompok umur"),
}


@cache
def _raw() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("vocabularies.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def vocabulary(key: str) -> Vocabulary:
    terms = []
    for item in _raw()[key]:
        extra = {k: v for k, v in item.items() if k not in ("code", "name", "name_en")}
        terms.append(Term(str(item["code"]), item["name"], item.get("name_en", ""), extra))
    return Vocabulary(key, _LABELS.get(key, key), terms)


def facility_transitions() -> dict[str, list[str]]:
    """Allowed next statuses of a facility request, by current status."""
    return {k: list(v) for k, v in _raw()["facility_transitions"].items()}


def followup_months() -> list[int]:
    return list(_raw()["followup_months"])


PPKS = vocabulary("ppks_categories")
#: What a role without access to sensitive client data sees instead of a sensitive category.
HIDDEN_PPKS_NAME = "Dirahasiakan"
HIDDEN_PPKS_NAME_EN = "Confidential"


def sensitive_ppks_codes() -> frozenset[str]:
    """PPKS categories that are themselves sensitive personal data (``"sensitive": true`` in
    vocabularies.json: health, trafficking, violence); masked like the NIK."""
    return frozenset(t.code for t in PPKS if t.extra.get("sensitive"))


def ppks_display(code: str | None, *, masked: bool, language: str | None = None) -> str:
    """A PPKS category's name, or :data:`HIDDEN_PPKS_NAME` for a sensitive one when masked
    (both in ``language``, default the display language)."""
    if masked and code in sensitive_ppks_codes():
        return HIDDEN_PPKS_NAME_EN if resolve(language) == ENGLISH else HIDDEN_PPKS_NAME
    return PPKS.name(code, language)



STAGES = vocabulary("rehab_stages")
ATTENDANCE = vocabulary("attendance_codes")
KAB_KOTA = vocabulary("kab_kota")
DISCHARGE_REASONS = vocabulary("discharge_reasons")
FOLLOWUP_OUTCOMES = vocabulary("followup_outcomes")
FOLLOWUP_METHODS = vocabulary("followup_methods")
AID_CONDITIONS = vocabulary("aid_conditions")
FACILITY_KINDS = vocabulary("facility_kinds")
FACILITY_STATUSES = vocabulary("facility_statuses")
FACILITY_PRIORITIES = vocabulary("facility_priorities")
FUNDING_SOURCES = vocabulary("funding_sources")
TUTOR_TYPES = vocabulary("tutor_types")
PARTNER_KINDS = vocabulary("partner_kinds")
COMPETENCY_RESULTS = vocabulary("competency_results")
ENROLLMENT_STATUSES = vocabulary("enrollment_statuses")
COHORT_STATUSES = vocabulary("cohort_statuses")
CLIENT_STATUSES = vocabulary("client_statuses")
NIK_MISSING_REASONS = vocabulary("nik_missing_reasons")
CONSENT_KINDS = vocabulary("consent_kinds")
SEXES = vocabulary("sexes")
ROLES = vocabulary("roles")
AGE_GROUPS = vocabulary("age_groups")

#: Attendance codes that count as present (hadir and terlambat).
PRESENT_CODES = frozenset(t.code for t in ATTENDANCE if t.extra.get("counts_present"))
#: Follow-up outcomes that mean the graduate earns a living.
EARNING_OUTCOMES = frozenset(t.code for t in FOLLOWUP_OUTCOMES if t.extra.get("earning"))
#: Kab/kota code for clients from outside Jawa Timur.
OUTSIDE_JATIM = "9999"


def age_group(age: int) -> str:
    for t in AGE_GROUPS:
        if t.extra["min"] <= age <= t.extra["max"]:
            return t.code
    return AGE_GROUPS.terms[-1].code
