"""Access rules: which rows of a table a role or a named member reads and edits, and which
tables and columns they do not see (server/permissions/rules.py).

Revision ID: 0009
Revises: 0008

Only a new table: a process still running the previous code during a rolling restart goes on
working; it just shows every member everything, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "access_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("read_filter", JSONType, nullable=True),
        sa.Column("edit_filter", JSONType, nullable=True),
        sa.Column("hide_table", sa.Boolean(), nullable=False),
        sa.Column("read_only", sa.Boolean(), nullable=False),
        sa.Column("hidden_columns", JSONType, nullable=False),
        sa.ForeignKeyConstraint(["base_id"], ["bases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["table_id"], ["tables.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_access_rules_base", "access_rules", ["base_id", "table_id"])


def downgrade() -> None:
    op.drop_index("ix_access_rules_base", table_name="access_rules")
    op.drop_table("access_rules")
