"""Pure-Python domain: vocabularies, NIK, periods, formatting and errors (no Qt, no SQL)."""
