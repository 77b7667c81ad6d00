"""Duplicate keys: what an incident is known by when the same row comes again (the same file
imported twice, a partner's cumulative sheet, an event in two police files).

A key is the first 64 bits of the sha256 of what identifies the row, stored as SQLite's signed
integer: an index of 8-byte integers costs an import a third of what 64 hex digits did (schema
version 4 converted the stored ones). Two different rows share a key by chance with a
probability of about n²/2⁶⁵ among n rows: 3 in a million for ten million incidents.
"""
import hashlib


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


def key(row_digest: bytes, nth: int = 1) -> int:
    """The key of a row with this digest; ``nth`` > 1 for the nth identical row of one file,
    which is an incident of its own, not a duplicate of the first."""
    if nth > 1:
        row_digest = digest(f"{row_digest.hex()}:{nth}")
    return int.from_bytes(row_digest[:8], "big", signed=True)
