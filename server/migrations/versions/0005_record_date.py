"""Tables can name their record date column (for reads "as of a date").

Revision ID: 0005
Revises: 0004

A nullable column added to `tables`: existing tables have none (reads as of a date then keep
all their rows), and a process still running the previous code during a rolling restart
neither reads nor writes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tables") as batch_op:
        batch_op.add_column(sa.Column("record_date_column", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tables") as batch_op:
        batch_op.drop_column("record_date_column")
