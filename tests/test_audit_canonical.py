"""The audit chain hashes the same text as before its encoder was made once: the canonical JSON
of a payload is ``json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)``, so
every row written earlier still verifies."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from jssc_desktop.storage.audit_chain import _canonical, keyed_hash, legacy_hash


def test_canonical_text_is_the_documented_json() -> None:
    payloads = [
        {"at": "2026-12-01T04:00:00.000000", "user_id": 1, "username": "admin",
         "action": "client.update", "entity": "client", "entity_id": 7,
         "before": {"name": "Siti Aminah", "phone": "0812"}, "after": {"phone": "0813"},
         "reason": None},
        {"b": [3, 2, {"z": 1, "a": "é — Surabaya"}], "a": date(2026, 1, 2),
         "c": datetime(2026, 1, 2, 3, 4, 5), "d": Decimal("12.50"), "e": 1.5, "f": True},
        {},
    ]
    for payload in payloads:
        expected = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        assert _canonical(payload) == expected
    # A row's hashes are those of the json.dumps text, keyed and legacy alike.
    payload = payloads[0]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    import hashlib
    import hmac

    assert legacy_hash("abc", payload) == hashlib.sha256(f"abc|{text}".encode()).hexdigest()
    key = b"k" * 32
    assert keyed_hash(key, 9, None, payload) == hmac.new(
        key, f"9||{text}".encode(), hashlib.sha256).hexdigest()
