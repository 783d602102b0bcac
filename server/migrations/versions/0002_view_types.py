"""Views get a type; every existing view is a grid.

Revision ID: 0002
Revises: 0001

The default stays on the column so rows written by a process still running the previous code
during a rolling restart get `grid` too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: both SQLite and PostgreSQL fill existing rows in place.
    with op.batch_alter_table("views") as batch_op:
        batch_op.add_column(sa.Column("type", sa.String(40), nullable=False, server_default="grid"))


def downgrade() -> None:
    with op.batch_alter_table("views") as batch_op:
        batch_op.drop_column("type")
