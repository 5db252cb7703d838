"""AES-256-GCM with a key id per row, so keys can rotate without re-encrypting old rows.

New rows are encrypted with the current key; older keys stay in the ring for reading until every
row written with them has expired (the table's TTL). The row's call SID and event id are bound in
as associated data: a ciphertext copied onto another row does not decrypt.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from stream.restricted.errors import DecryptError, KeyringError

NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Sealed:
    """One encrypted text: which key, the nonce and the ciphertext (both base64)."""

    key_id: str
    nonce: str
    ciphertext: str


class Keyring:
    """Encrypts with ``current`` and decrypts with any key it holds."""

    def __init__(self, current: str, keys: Mapping[str, bytes]) -> None:
        if current not in keys:
            raise KeyringError(f"the current raw-text key id {current!r} is not among the configured keys")
        for key_id, key in keys.items():
            if len(key) != 32:
                raise KeyringError(f"raw-text key {key_id!r} must be 32 bytes (AES-256), got {len(key)}")
        self.current = current
        self._ciphers = {key_id: AESGCM(key) for key_id, key in keys.items()}

    @classmethod
    def from_base64(cls, current: str, keys: Mapping[str, str]) -> Keyring:
        """Keys as base64 text, the way settings hold them."""
        decoded: dict[str, bytes] = {}
        for key_id, text in keys.items():
            try:
                decoded[key_id] = base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError):
                raise KeyringError(f"raw-text key {key_id!r} is not valid base64") from None
        return cls(current, decoded)

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(self._ciphers)

    def seal(self, text: str, associated: bytes) -> Sealed:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._ciphers[self.current].encrypt(
            nonce, text.encode("utf-8", "surrogatepass"), associated
        )
        return Sealed(self.current, _b64(nonce), _b64(ciphertext))

    def open(self, sealed: Sealed, associated: bytes) -> str:
        cipher = self._ciphers.get(sealed.key_id)
        if cipher is None:
            raise KeyringError(f"no raw-text key with id {sealed.key_id!r} (rotated out too early?)")
        try:
            plain = cipher.decrypt(
                base64.b64decode(sealed.nonce), base64.b64decode(sealed.ciphertext), associated
            )
        except (InvalidTag, binascii.Error, ValueError):
            raise DecryptError(f"a row sealed with key {sealed.key_id!r} did not decrypt") from None
        return plain.decode("utf-8", "surrogatepass")


def row_binding(call_sid: str, event_id: str) -> bytes:
    """The associated data of a ``turns_raw`` row."""
    return f"{call_sid}\x00{event_id}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
