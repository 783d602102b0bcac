"""Alembic migrations of the catalog (system tables); see server/catalog/migrate.py."""
