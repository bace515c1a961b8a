"""Passwords of the shared database's accounts: salted scrypt hashes (standard library only) and the policy.

A stored hash describes itself, `scrypt$N$r$p$salt$key` with the salt and key in base64, so the cost can be raised
later and older hashes still verify. Tests lower `COST_N` (the module setting) to keep the suite fast.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import unicodedata

from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP

SCHEME = "scrypt"
COST_N = 2**17  # CPU and memory cost: about 128 MiB and a noticeable fraction of a second per hash
BLOCK_SIZE_R = 8
PARALLEL_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 10
MAX_LENGTH = 1024

# What a stored hash may ask for before it is treated as malformed rather than computed (memory: 128*r*N bytes).
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16


def _maxmem(n: int, r: int, p: int) -> int:
    """OpenSSL's limit must cover 128*r*(N+p+2) bytes; a little room on top."""
    return 128 * r * (n + p + 2) + 2**20


def _key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r, p), dklen=KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_policy(password: str) -> None:
    """Refuse a password the desk does not accept as a new one."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password needs at least {minimum} characters."),
                              minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password may have at most {maximum} characters."),
                              maximum=MAX_LENGTH)
    if not password.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password cannot be only spaces."))


def hash_password(password: str) -> str:
    """A fresh salted hash of `password` at the current cost, as one self-describing string."""
    n, r, p = COST_N, BLOCK_SIZE_R, PARALLEL_P
    salt = secrets.token_bytes(SALT_BYTES)
    return "$".join((SCHEME, str(n), str(r), str(p), _b64(salt), _b64(_key(password, salt, n, r, p))))


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != SCHEME or not all(part.isdigit() for part in parts[1:4]):
        return None
    n, r, p = (int(part) for part in parts[1:4])
    if n < 2 or n & (n - 1) or n > _MAX_N or not 1 <= r <= _MAX_R or not 1 <= p <= _MAX_P:
        return None
    try:
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (binascii.Error, ValueError):
        return None
    if not salt or len(key) != KEY_BYTES:
        return None
    return n, r, p, salt, key


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` is the one `stored` was made from; False for a missing or malformed hash."""
    parsed = _parse(stored) if stored else None
    if parsed is None or len(password) > MAX_LENGTH:
        return False
    n, r, p, salt, key = parsed
    try:
        candidate = _key(password, salt, n, r, p)
    except (ValueError, MemoryError):  # parameters this machine's OpenSSL refuses
        return False
    return hmac.compare_digest(candidate, key)

