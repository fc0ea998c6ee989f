"""Encryption at rest for members' free text (notes), using Fernet.

Keys rotate: the newest key comes first and encrypts; older keys after it still decrypt.

Encrypted text cannot be compared in SQL, so a column that is looked up by
value (a counter's label) keeps a *lookup hash* beside it: HMAC-SHA256 of the
normalised text and its scope (the member), keyed by a key derived with HKDF
from each Fernet key. The hash key therefore rotates with the Fernet key — no
second secret to keep — and ``haven keys rotate`` recomputes the hashes; until
it has, lookups match the hash under any configured key.
"""

import base64
import hashlib
import hmac
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.types import Text, TypeDecorator

from bot.config import Settings
from bot.filemodes import warn_if_shared

log = logging.getLogger("haven.crypto")

_GENERATE_HINT = "generate one with: haven keys generate"
#: HKDF context of the lookup-hash key: a different purpose, so a different key.
_LOOKUP_INFO = b"haven lookup hash v1"


class CryptoError(Exception):
    """Encryption is misconfigured or stored text is unreadable; the message says what to do."""


class MissingKeyError(CryptoError):
    pass


class DecryptionError(CryptoError):
    pass


class WrongKeyError(CryptoError):
    """Stored text exists that none of the configured keys can read."""


def generate_key() -> str:
    return Fernet.generate_key().decode()


class Keyring:
    """Fernet keys, newest first: the newest encrypts, any of them decrypts."""

    def __init__(self, keys: Sequence[str]) -> None:
        if isinstance(keys, str):
            keys = [keys]
        if not keys:
            raise MissingKeyError(
                f"no encryption key given: set HAVEN_ENCRYPTION_KEY ({_GENERATE_HINT})"
            )
        fernets = []
        self._lookup_keys: list[bytes] = []
        for position, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key))
            except (ValueError, TypeError):
                raise CryptoError(
                    f"encryption key #{position} of {len(keys)} is not a valid key "
                    f"(32 url-safe base64-encoded bytes); {_GENERATE_HINT}"
                ) from None
            self._lookup_keys.append(_derive_lookup_key(key))
        self._newest = fernets[0]
        self._all = MultiFernet(fernets)
        self._count = len(fernets)

    def __repr__(self) -> str:
        return f"Keyring(<{self._count} key(s)>)"

    def encrypt(self, text: str) -> str:
        return self._all.encrypt(text.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._all.decrypt(token).decode()
        except (InvalidToken, ValueError):
            raise _decryption_error() from None

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` with the newest key."""
        try:
            return self._all.rotate(token).decode("ascii")
        except (InvalidToken, ValueError):
            raise _decryption_error() from None

    def needs_rotation(self, token: str) -> bool:
        """True when the newest key cannot read ``token`` (older key, or unreadable)."""
        try:
            self._newest.decrypt(token)
        except (InvalidToken, ValueError):
            return True
        return False

    def can_read(self, token: str) -> bool:
        try:
            self._all.decrypt(token)
        except (InvalidToken, ValueError):
            return False
        return True

    def lookup(self, text: str, scope: object) -> str:
        """The lookup hash of ``text`` within ``scope``, under the newest key (what is stored)."""
        return _lookup_hash(self._lookup_keys[0], text, scope)

    def lookups(self, text: str, scope: object) -> list[str]:
        """Its hash under every configured key: what a lookup matches during a rotation."""
        return [_lookup_hash(key, text, scope) for key in self._lookup_keys]


def normalise(text: str) -> str:
    """Case and runs of whitespace do not tell two labels apart."""
    return " ".join(text.split()).lower()


def _derive_lookup_key(key: str | bytes) -> bytes:
    raw = base64.urlsafe_b64decode(key)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LOOKUP_INFO).derive(raw)


def _lookup_hash(key: bytes, text: str, scope: object) -> str:
    message = f"{scope}\x1f{normalise(text)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def looks_encrypted(value: str) -> bool:
    """Shaped like a Fernet token (version byte 0x80, long enough) — not plaintext.

    Lets the start-up key check tell ciphertext from a column's plaintext that a
    pending migration has yet to encrypt.
    """
    try:
        raw = base64.urlsafe_b64decode(value)
    except (ValueError, TypeError):
        return False
    return len(raw) >= 57 and raw[0] == 0x80


def _decryption_error() -> DecryptionError:
    return DecryptionError(
        "stored text could not be decrypted with the configured HAVEN_ENCRYPTION_KEY: "
        "the key is wrong or was removed; restore the old key (keys rotate: put the new key "
        "first, keep the old ones after it)"
    )


_active: Keyring | None = None


def set_keyring(keyring: Keyring | None) -> None:
    """Set the keyring ``EncryptedText`` columns use (None to clear it)."""
    global _active
    _active = keyring


def get_keyring() -> Keyring:
    if _active is None:
        raise MissingKeyError(
            f"no encryption key is configured: set HAVEN_ENCRYPTION_KEY ({_GENERATE_HINT})"
        )
    return _active


class EncryptedText(TypeDecorator[str]):
    """A Text column stored encrypted with the active keyring.

    Each write uses a fresh IV, so the stored value cannot be compared or searched in SQL.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise TypeError(f"EncryptedText stores str values, not {type(value).__name__}")
        return get_keyring().encrypt(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return get_keyring().decrypt(value)


def key_source(settings: Settings) -> str:
    """Where :func:`keyring_from_settings` takes the keys from, for messages."""
    if settings.encryption_keys or settings.production:
        return "HAVEN_ENCRYPTION_KEY"
    return f"the development key file {settings.dev_key_file} (or HAVEN_ENCRYPTION_KEY)"


def keyring_from_settings(settings: Settings) -> Keyring:
    """Use HAVEN_ENCRYPTION_KEY; in development fall back to a local key file."""
    if settings.encryption_keys:
        return Keyring([key.get() for key in settings.encryption_keys])
    if settings.production:
        raise MissingKeyError(
            "HAVEN_ENCRYPTION_KEY is required in production (HAVEN_ENV=production) to encrypt "
            "members' notes: generate one with: haven keys generate, then put "
            "HAVEN_ENCRYPTION_KEY=<the key> in .env"
        )
    path = Path(settings.dev_key_file)
    key = _read_or_create_dev_key(path)
    try:
        return Keyring([key])
    except CryptoError:
        raise CryptoError(
            f"the development key file {path} does not hold a valid key; fix it, or delete it "
            "to start over if nothing was encrypted with it yet"
        ) from None


def _read_or_create_dev_key(path: Path) -> str:
    key = generate_key()
    try:
        # O_EXCL: never overwrite a key another process just wrote.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        warn_if_shared(path)
        log.warning(
            "using the development key file %s; production needs HAVEN_ENCRYPTION_KEY", path
        )
        return path.read_text().strip()
    with os.fdopen(fd, "w") as file:
        file.write(key + "\n")
    log.warning(
        "created the development key file %s and using it; keep it, notes cannot be read "
        "without it. Production needs HAVEN_ENCRYPTION_KEY",
        path,
    )
    return key
