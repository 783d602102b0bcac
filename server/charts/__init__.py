"""Statistics and charts: chart definitions (actions), aggregates computed in SQL."""
