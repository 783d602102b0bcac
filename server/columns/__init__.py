"""Column types: one class per type, registered in one registry (`server.columns.registry`)."""
