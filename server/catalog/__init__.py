"""System tables: users, bases, tables, columns, views, actions, tokens, files."""
