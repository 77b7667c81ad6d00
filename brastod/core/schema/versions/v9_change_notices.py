"""Version 8 → 9: on PostgreSQL every table tells of its changes (pg_notify on the channel
"brastod", by a statement-level trigger; see core/changes.py), so that a window open elsewhere
shows them within seconds. On SQLite nothing changes: another program's commits are seen there
by ``PRAGMA data_version``."""
from alembic import op

from brastod.core.changes import install_notices

revision = "9"
down_revision = "8"
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_notices(op.get_bind())


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS brastod_notify() CASCADE")
