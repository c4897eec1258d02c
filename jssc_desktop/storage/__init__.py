"""Storage: SQLAlchemy models, the engine and sessions, Alembic migrations and backups."""
