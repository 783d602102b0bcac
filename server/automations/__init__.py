"""Work that follows committed actions without a person asking: automation rules (triggers
and actions, `rules`), the rules the receivables template ships (`receivables`), webhook
deliveries (`webhooks`), the after-commit subscriber that feeds them (`subscriber`) and the
scheduler thread (`scheduler`). `server.plugins` plugs them in."""
