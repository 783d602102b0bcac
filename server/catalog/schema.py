"""The catalog: SQLAlchemy Core definitions of Tablo's own system tables.

User data does not live here: every user table is a physical table `t_<id>` (see
`server.storage.physical`). The catalog describes those tables, who may reach them, and
keeps the log of actions.

These tables change only through a migration (server/migrations/, see
server/catalog/migrate.py): a change here needs a new revision there.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData()

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
Timestamp = sa.DateTime()

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(320), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False, server_default=""),
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("is_admin", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("locale", sa.String(10), nullable=False, server_default="en"),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("created_at", Timestamp, nullable=False),
    # Two-factor authentication (server/auth/twofactor.py, migration 0008): the TOTP secret is
    # set at enrolment and counts only once confirmed (totp_enabled_at); totp_last_step is the
    # newest 30-second step a code was accepted for, so a code works once.
    sa.Column("totp_secret", sa.String(64), nullable=True),
    sa.Column("totp_enabled_at", Timestamp, nullable=True),
    sa.Column("totp_last_step", sa.BigInteger, nullable=True),
    # Set by an administrator: the account cannot log in, and its sessions and tokens stop working.
    sa.Column("disabled_at", Timestamp, nullable=True),
)

# One-time recovery codes for two-factor log-in, stored as SHA-256 hashes (migration 0008).
recovery_codes = sa.Table(
    "recovery_codes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("code_hash", sa.String(64), nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("used_at", Timestamp, nullable=True),
    sa.Index("ix_recovery_codes_user", "user_id"),
)

# The half-logged-in state between a right password and the second factor: a secret in its own
# cookie that proves only "this browser knew the password", never a session (migration 0008).
login_challenges = sa.Table(
    "login_challenges", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("expires_at", Timestamp, nullable=False),
)

# Second-factor code attempts (log-in, confirming enrolment, turning 2FA off), for the rate limit.
second_factor_attempts = sa.Table(
    "second_factor_attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("at", Timestamp, nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Index("ix_second_factor_attempts_user", "user_id", "at"),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("expires_at", Timestamp, nullable=False),
)

# Password reset links (server/api/password_reset.py): one-time, expiring; only the hash is
# kept, like sessions and tokens. Added by migration 0003.
password_resets = sa.Table(
    "password_resets", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("expires_at", Timestamp, nullable=False),
    sa.Column("used_at", Timestamp, nullable=True),
    sa.Index("ix_password_resets_user", "user_id", "created_at"),
)

login_attempts = sa.Table(
    "login_attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("ip", sa.String(64), nullable=False),
    sa.Column("at", Timestamp, nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Index("ix_login_attempts_email_at", "email", "at"),
    sa.Index("ix_login_attempts_ip_at", "ip", "at"),
)

settings = sa.Table(
    "settings", metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", JSONType, nullable=True),
)

bases = sa.Table(
    "bases", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uuid", sa.String(36), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    # Bumped by every action; clients catch up from the log by it.
    sa.Column("version", sa.BigInteger, nullable=False, server_default="0"),
    # Bumped by actions that change tables or columns; keys the schema cache.
    sa.Column("schema_version", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("deleted_at", Timestamp, nullable=True),
)

base_members = sa.Table(
    "base_members", metadata,
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Index("ix_base_members_user", "user_id"),
)

# Groups (migration 0010, docs/decisions/0043-groups-and-single-sign-on.md): an administrator
# makes groups of users; a group given a role on a base gives every member that role there. A
# user's role in a base is the higher of the direct one and those of their groups
# (server/catalog/roles.py, the one place that reads these three tables for roles).
groups = sa.Table(
    "groups", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", Timestamp, nullable=False),
)

group_members = sa.Table(
    "group_members", metadata,
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Index("ix_group_members_user", "user_id"),
)

base_groups = sa.Table(
    "base_groups", metadata,
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Index("ix_base_groups_group", "group_id"),
)

api_tokens = sa.Table(
    "api_tokens", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("prefix", sa.String(12), nullable=False),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("access", sa.String(10), nullable=False),
    sa.Column("name", sa.String(200), nullable=False, server_default=""),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("last_used_at", Timestamp, nullable=True),
    sa.Column("revoked_at", Timestamp, nullable=True),
)

tables = sa.Table(
    "tables", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("position", sa.Float, nullable=False),
    sa.Column("phys", sa.String(40), nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("deleted_at", Timestamp, nullable=True),
    # The column (date or created time) saying when a row came to exist: reads "as of a date"
    # leave out rows recorded after it (server/query/asof.py). No foreign key: a deleted column
    # keeps its id here and counts again when it is restored. Added by migration 0005.
    sa.Column("record_date_column", sa.Integer, nullable=True),
    sa.Index("ix_tables_base", "base_id"),
)

columns = sa.Table(
    "columns", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("options", JSONType, nullable=False),
    sa.Column("position", sa.Float, nullable=False),
    sa.Column("phys", sa.String(40), nullable=True),
    sa.Column("is_primary", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("deleted_at", Timestamp, nullable=True),
    sa.Index("ix_columns_table", "table_id"),
)

# Auto-number counters: one per column, only goes up, so numbers are never reused.
counters = sa.Table(
    "counters", metadata,
    sa.Column("column_id", sa.Integer, sa.ForeignKey("columns.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

# Physical columns kept after a type change so that undo restores the old values exactly;
# purged with the trash.
retired_columns = sa.Table(
    "retired_columns", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("phys", sa.String(40), nullable=False),
    sa.Column("retired_at", Timestamp, nullable=False),
)

views = sa.Table(
    "views", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    # A registered view type (server/views/): grid, and later kanban, calendar, ...
    sa.Column("type", sa.String(40), nullable=False, server_default="grid"),
    sa.Column("position", sa.Float, nullable=False),
    sa.Column("settings", JSONType, nullable=False),
    # NULL: shared with the base; a user id: private to that user.
    sa.Column("private_to", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("deleted_at", Timestamp, nullable=True),
    sa.Index("ix_views_table", "table_id"),
)

charts = sa.Table(
    "charts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("view_id", sa.Integer, sa.ForeignKey("views.id", ondelete="SET NULL"), nullable=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("position", sa.Float, nullable=False),
    sa.Column("settings", JSONType, nullable=False),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("deleted_at", Timestamp, nullable=True),
    sa.Index("ix_charts_base", "base_id"),
)

# Document templates of a table (issue 17, decision 0040): HTML with Jinja placeholders,
# rendered in a sandbox into a PDF for one row or every row of a view.
documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    # Output options: file name, the file column a render may save into, parameters asked at render time.
    sa.Column("options", JSONType, nullable=False),
    sa.Column("position", sa.Float, nullable=False),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("deleted_at", Timestamp, nullable=True),
    sa.Index("ix_documents_table", "table_id"),
)

# The company a base speaks for in its documents: name, INN/KPP, address, bank account, signatory.
company_details = sa.Table(
    "company_details", metadata,
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("details", JSONType, nullable=False),
)

actions = sa.Table(
    "actions", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("client_id", sa.String(64), nullable=True),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("payload", JSONType, nullable=False),
    sa.Column("inverse", JSONType, nullable=False),
    # do: a change someone made; undo/redo: applied by the undo machinery, target_id says whose.
    sa.Column("kind", sa.String(8), nullable=False, server_default="do"),
    sa.Column("target_id", sa.BigInteger, nullable=True),
    # For do/redo: it has been undone. For undo: it has been redone.
    sa.Column("reverted", sa.Boolean, nullable=False, server_default=sa.false()),
    # What the action touched, for undo conflict checks and row history: [[table, row, column], ...]
    sa.Column("touches", JSONType, nullable=False),
    sa.Column("summary", JSONType, nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.UniqueConstraint("base_id", "version", name="uq_actions_base_version"),
    sa.Index("ix_actions_base_user", "base_id", "user_id", "id"),
)

# One row per (action, touched row): row history without scanning the log.
row_changes = sa.Table(
    "row_changes", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("action_id", sa.BigInteger, sa.ForeignKey("actions.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, nullable=False),
    sa.Column("row_id", sa.String(22), nullable=False),
    sa.Column("change", JSONType, nullable=False),
    sa.Index("ix_row_changes_row", "table_id", "row_id", "id"),
)

files = sa.Table(
    "files", metadata,
    sa.Column("id", sa.String(22), primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mime", sa.String(120), nullable=False),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_files_base", "base_id"),
)


# -- team work (server/permissions/, server/notifications/, server/automations/, server/api/members.py,
#    comments.py, sharing.py): invitations, permissions, comments, notifications, webhooks --------
invitations = sa.Table(
    "invitations", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    # Only the hash is kept: the link is shown once and mailed, like API tokens.
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("invited_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("expires_at", Timestamp, nullable=False),
    sa.Column("accepted_at", Timestamp, nullable=True),
    sa.Column("accepted_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("revoked_at", Timestamp, nullable=True),
    sa.Index("ix_invitations_base", "base_id"),
)

# Who may add / edit / delete rows of a table. No row: everyone with edit rights.
table_permissions = sa.Table(
    "table_permissions", metadata,
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("operation", sa.String(10), primary_key=True),  # add | edit | delete
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("mode", sa.String(10), nullable=False),  # editors | named
    sa.Column("user_ids", JSONType, nullable=False),
)

# Who may edit a column's cells. No row: everyone who may edit the table's rows.
column_permissions = sa.Table(
    "column_permissions", metadata,
    sa.Column("column_id", sa.Integer, sa.ForeignKey("columns.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("mode", sa.String(10), nullable=False),
    sa.Column("user_ids", JSONType, nullable=False),
    sa.Index("ix_column_permissions_table", "table_id"),
)

# Who sees which rows, tables and columns (server/permissions/rules.py): one row per table and
# subject, a role or a named member (the member's row wins over their role's). read_filter /
# edit_filter: a filter tree (view format, plus link conditions); NULL is every row.
access_rules = sa.Table(
    "access_rules", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.String(20), nullable=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    sa.Column("read_filter", JSONType, nullable=True),
    sa.Column("edit_filter", JSONType, nullable=True),
    sa.Column("hide_table", sa.Boolean, nullable=False, default=False),
    sa.Column("read_only", sa.Boolean, nullable=False, default=False),
    sa.Column("hidden_columns", JSONType, nullable=False),
    sa.Index("ix_access_rules_base", "base_id", "table_id"),
)

comments = sa.Table(
    "comments", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("row_id", sa.String(22), nullable=False),
    sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("mentions", JSONType, nullable=False),
    sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("resolved_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("resolved_at", Timestamp, nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("updated_at", Timestamp, nullable=True),
    sa.Index("ix_comments_row", "table_id", "row_id", "id"),
)

notifications = sa.Table(
    "notifications", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=True),
    sa.Column("kind", sa.String(20), nullable=False),  # mention | assigned | automation
    sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("payload", JSONType, nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("read_at", Timestamp, nullable=True),
    sa.Column("email_status", sa.String(10), nullable=True),  # NULL (no email) | pending | sent | failed
    sa.Index("ix_notifications_user", "user_id", "id"),
)

notification_settings = sa.Table(
    "notification_settings", metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("muted_kinds", JSONType, nullable=False),
    sa.Column("muted_bases", JSONType, nullable=False),
    sa.Column("email", sa.Boolean, nullable=False, server_default=sa.true()),
)

webhooks = sa.Table(
    "webhooks", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("url", sa.String(2000), nullable=False),
    # Kept as given: it signs every body, so it must be readable by the sender.
    sa.Column("secret", sa.String(200), nullable=True),
    sa.Column("events", JSONType, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("disabled_reason", sa.Text, nullable=True),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_webhooks_base", "base_id"),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("webhook_id", sa.Integer, sa.ForeignKey("webhooks.id", ondelete="CASCADE"), nullable=False),
    sa.Column("action_id", sa.BigInteger, nullable=True),
    sa.Column("event", sa.String(40), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    # pending | sending | ok | failed | skipped
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", Timestamp, nullable=False),
    sa.Column("last_status", sa.Integer, nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("finished_at", Timestamp, nullable=True),
    sa.Index("ix_webhook_deliveries_hook", "webhook_id", "id"),
    sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
)


# Automations (server/automations/rules.py): rules per table, their runs, and for "comes to
# match" triggers the rows that matched when last looked at.
automation_rules = sa.Table(
    "automation_rules", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("trigger", JSONType, nullable=False),
    sa.Column("actions", JSONType, nullable=False),
    # Scheduled rules: when next due (UTC); claimed with a conditional UPDATE so one process runs it.
    sa.Column("next_run_at", Timestamp, nullable=True),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_automation_rules_base", "base_id"),
)

automation_runs = sa.Table(
    "automation_runs", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("rule_id", sa.Integer, sa.ForeignKey("automation_rules.id", ondelete="CASCADE"), nullable=False),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("trigger", sa.String(20), nullable=False),
    sa.Column("action_id", sa.BigInteger, nullable=True),  # the action that triggered it
    sa.Column("depth", sa.Integer, nullable=False, server_default="0"),
    sa.Column("row_ids", JSONType, nullable=False),
    # pending | running | ok | partial | failed | skipped
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("results", JSONType, nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("started_at", Timestamp, nullable=True),
    sa.Column("finished_at", Timestamp, nullable=True),
    sa.Index("ix_automation_runs_rule", "rule_id", "id"),
    sa.Index("ix_automation_runs_base_time", "base_id", "created_at"),
    sa.Index("ix_automation_runs_due", "status"),
)

automation_matches = sa.Table(
    "automation_matches", metadata,
    sa.Column("rule_id", sa.Integer, sa.ForeignKey("automation_rules.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("row_id", sa.String(22), primary_key=True),
)


# Read-only links to one view for people without an account (server/api/sharing.py).
share_links = sa.Table(
    "share_links", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("base_id", sa.Integer, sa.ForeignKey("bases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("view_id", sa.Integer, sa.ForeignKey("views.id", ondelete="CASCADE"), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(300), nullable=True),
    sa.Column("expires_at", Timestamp, nullable=True),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Column("revoked_at", Timestamp, nullable=True),
    sa.Index("ix_share_links_view", "view_id"),
)


# File imports in progress (server/io/service.py): any server process can answer a job's
# progress, take its cancel, or pick up a staged upload another process previewed. base_id 0
# is an import into a new base (from Home). Times are epoch seconds.
import_jobs = sa.Table(
    "import_jobs", metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("base_id", sa.Integer, nullable=False),
    sa.Column("user_id", sa.Integer, nullable=True),
    sa.Column("filename", sa.String(200), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("options", JSONType, nullable=True),
    sa.Column("rows_done", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("rows_total", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("phase", sa.String(32), nullable=False, server_default="waiting"),
    sa.Column("error", JSONType, nullable=True),
    sa.Column("result", JSONType, nullable=True),
    sa.Column("cancel", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

