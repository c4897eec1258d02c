"""Use cases: one function per thing a user does.

Every function takes a SQLAlchemy ``Session`` (the unit of work, opened with
``Database.session()``, which commits or rolls back as a whole) and the acting user (``Actor``),
checks permission, validates, writes, audits, and returns plain dataclasses.
"""
