"""Document templates of tables and the company details of a base (issue 17, decision 0040).

Revision ID: 0006
Revises: 0005

New tables only: nothing existing changes, so a process still running the previous code during
a rolling restart goes on working (it never reads them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("options", JSONType, nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["base_id"], ["bases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["table_id"], ["tables.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_documents_table", "documents", ["table_id"])
    op.create_table(
        "company_details",
        sa.Column("base_id", sa.Integer(), nullable=False),
        sa.Column("details", JSONType, nullable=False),
        sa.ForeignKeyConstraint(["base_id"], ["bases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("base_id"),
    )


def downgrade() -> None:
    op.drop_table("company_details")
    op.drop_index("ix_documents_table", table_name="documents")
    op.drop_table("documents")
