"""Cash application: payments without an invoice matched to open invoices (decision 0049)."""
