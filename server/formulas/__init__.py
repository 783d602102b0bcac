"""Formulas: a SeaTable-like language parsed with lark, typed, and compiled to SQL for SQLite and PostgreSQL."""
