"""Which of the window's writes have been committed on a server (core/server.py ``receipt``)."""
import uuid
from datetime import datetime

from sqlalchemy import DateTime, Uuid
from sqlmodel import Field, SQLModel


class WriteReceipt(SQLModel, table=True):
    """A write's token, recorded in the transaction that made it, and kept a day: a write
    whose connection broke during COMMIT is sent again only when its token is not here."""

    __tablename__ = "write_receipt"
    token: uuid.UUID = Field(primary_key=True, sa_type=Uuid())
    at: datetime = Field(sa_type=DateTime(timezone=True))
