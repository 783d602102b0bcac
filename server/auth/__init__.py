"""Accounts, sessions, API tokens and base roles."""
