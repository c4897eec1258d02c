"""How guessable is a password? zxcvbn's estimate plus the passwords people here actually pick.

zxcvbn (Dropbox's estimator) knows English words, keyboard patterns, repeats, sequences and dates;
it does not know that an office of Dinas Sosial picks 'Dinsos123' or 'Jatim2026'. So a password is
refused when zxcvbn scores it below ``MIN_SCORE`` (of 4) or when, stripped of digits and symbols
at its ends, it is one of ``COMMON_WORDS``. The feedback is in Bahasa Indonesia.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

MIN_SCORE = 3

#: Words that, with a number or a symbol added, make the passwords tried first: the English
#: classics and the Indonesian ones (the office, the province, religion, family, love, the
#: keyboard), all in lower case.
_WORDS = """
password passw0rd pass admin administrator root user guest login welcome qwerty qwertyuiop
asdf asdfgh asdfghjkl zxcvbn zxcvbnm abc abcd abcde abcdef iloveyou letmein monkey dragon
master football baseball sunshine princess shadow superman batman trustno1 secret changeme
default test testing temp
dinsos dinas sosial dinsosjatim jatim jawatimur jawa timur surabaya malang indonesia merdeka
garuda pancasila nkri upt panti pemprov pemerintah pegawai kantor kepala staf operator
bismillah alhamdulillah assalamualaikum insyaallah allahuakbar sayang sayangku cinta cintaku
kasih rindu bunda ibu ayah bapak mama papa keluarga anak adik kakak
katasandi kata sandi sandi kunci masuk rahasiaku
"""
COMMON_WORDS = frozenset(_WORDS.split())

_PATTERN_NAMES = {
    "dictionary": "kata atau nama yang umum",
    "spatial": "pola papan ketik (mis. qwerty, asdf)",
    "repeat": "karakter atau kelompok yang diulang",
    "sequence": "urutan (mis. abc, 123)",
    "regex": "pola yang mudah ditebak",
    "date": "tanggal atau tahun",
}


def common_base(password: str) -> str | None:
    """The common word a password is made of, if any ('Dinsos123' -> 'dinsos')."""
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", password.lower())
    squeezed = re.sub(r"[\W_]+", "", core)
    for word in (core, squeezed):
        if word in COMMON_WORDS:
            return word
    # leetspeak of the common words: p@ssw0rd, adm1n
    plain = core.translate(str.maketrans("@4310$5!", "aaeiosst"))
    if plain in COMMON_WORDS or re.sub(r"[\W_]+", "", plain) in COMMON_WORDS:
        return plain
    return None


def estimate(password: str, user_inputs: Iterable[str] = ()) -> dict[str, Any]:
    """zxcvbn's verdict (score 0..4 and the patterns it found)."""
    from zxcvbn import zxcvbn

    # zxcvbn's cost grows with the length; nobody types more than this as a password.
    result: dict[str, Any] = zxcvbn(password[:100], user_inputs=[u for u in user_inputs if u])
    return result


def weakness(password: str, user_inputs: Iterable[str] = ()) -> str | None:
    """Why ``password`` is too easy to guess (Indonesian), or None when it is strong enough."""
    base = common_base(password)
    if base:
        return (f"kata sandi ini dibuat dari kata yang sangat umum ('{base}') dan termasuk yang "
                "pertama dicoba penyerang. Pakai gabungan beberapa kata yang tidak berhubungan.")
    if not password.strip():
        return "kata sandi tidak boleh hanya berisi spasi."
    result = estimate(password, user_inputs)
    if int(result["score"]) >= MIN_SCORE:
        return None
    found = []
    for match in result.get("sequence", []):
        name = _PATTERN_NAMES.get(str(match.get("pattern")))
        if name and name not in found:
            found.append(name)
    hint = f" Yang mudah ditebak: {', '.join(found)}." if found else ""
    return ("kata sandi terlalu mudah ditebak." + hint +
            " Pakai minimal tiga kata yang tidak berhubungan, boleh dengan angka atau tanda baca "
            "(mis. Jeruk-Sepeda-Awan-27).")
