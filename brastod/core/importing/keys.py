"""Duplicate keys: what an incident is known by when the same row comes again (the same file
imported twice, a partner's cumulative sheet, an event in two police files).

A key is the first 64 bits of the sha256 of what identifies the row, stored as SQLite's signed
integer: an index of 8-byte integers costs an import a third of what 64 hex digits did (schema
version 4 converted the stored ones). Two different rows share a key by chance with a
probability of about n²/2⁶⁵ among n rows: 3 in a million for ten million incidents.
"""
import hashlib
import sys
from array import array
from collections import Counter
from operator import methodcaller


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


def key(row_digest: bytes, nth: int = 1) -> int:
    """The key of a row with this digest; ``nth`` > 1 for the nth identical row of one file,
    which is an incident of its own, not a duplicate of the first."""
    if nth > 1:
        row_digest = digest(f"{row_digest.hex()}:{nth}")
    return int.from_bytes(row_digest[:8], "big", signed=True)


def of_texts(texts: list[str]) -> list[int]:
    """The key of each row known by its text, as ``key(digest(text), nth)``: the nth identical
    row of a file is the nth incident, not a duplicate of the first. Whole columns at a time
    (in C, not a Python call per row)."""
    digests = list(map(methodcaller("digest"), map(hashlib.sha256, map(str.encode, texts))))
    # Every digest's first 8 bytes as big-endian integers, all at once: the digests side by
    # side are an array of 64-bit integers, four to a digest.
    words = array("q", b"".join(digests))
    if sys.byteorder == "little":
        words.byteswap()
    found = words[::4].tolist()
    if len(set(found)) == len(found):       # no two rows alike (nor two keys by chance)
        return found
    seen: Counter = Counter()
    found = []
    for row_digest in digests:
        seen[row_digest] += 1
        found.append(key(row_digest, seen[row_digest]))
    return found
