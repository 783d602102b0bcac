"""SeaTable compatibility without HTTP: the SQL compiler (`sql`), values and column
descriptions in SeaTable's shapes (`values`), and what both share with the API (`shared`).
The routes are in server/api/seatable/."""
