"""Reading rows: tables and views compiled to SQL (filters, sorts, groups, aggregates)."""
