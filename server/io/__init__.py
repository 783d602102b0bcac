"""Import and export: readers (CSV/TSV, XLSX, 1C formats), type detection, the import action,
streaming writers (CSV, XLSX) and the whole-base backup file. See docs/import-export.md."""
