"""What a reader can still see after redaction: the one home for the redaction tests' word helpers.

A token (``<PERSON:…>``) is replaced by a space, so the words either side of it never join into one.
"""

from __future__ import annotations

import re

from stream.redaction.base import Redactor, redact_text

_TOKEN = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[a-z0-9]+")


def in_clear(redacted: str) -> str:
    """The redacted text with every token blanked out: what is left in clear."""
    return _TOKEN.sub(" ", redacted)


def words(text: str) -> set[str]:
    """The lower-cased words and numbers of ``text``."""
    return set(_WORD.findall(text.lower()))


def left_in_clear(redactor: Redactor, text: str, secret: str) -> set[str]:
    """The words of ``secret`` still readable after ``redactor`` has redacted ``text``."""
    return words(secret) & words(in_clear(redact_text(redactor, text)))
