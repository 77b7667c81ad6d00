"""Version 9 → 10: write_receipt (models/receipts.py), the tokens of the writes a window has
committed on a server, so that one it sends again after a lost connection is never made twice
(core/server.py). Empty on a file, where no connection is lost."""
import sqlalchemy as sa
from alembic import op

from brastod.core.changes import install_notices

revision = "10"
down_revision = "9"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "write_receipt",
        sa.Column("token", sa.Uuid(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False))
    install_notices(op.get_bind())      # the new table's trigger too, as every table has


def downgrade() -> None:
    op.drop_table("write_receipt")
