"""Tablo: a self-hosted, spreadsheet-style table server."""

__version__ = "0.1.0"
