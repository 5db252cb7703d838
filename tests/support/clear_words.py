"""What a reader can still see after redaction: the one home for the redaction tests' word helpers.

A token (``<PERSON:…>``) is replaced by a space, so the words either side of it never join into one.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from stream.redaction.base import Redactor, redact_text

_TOKEN = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[a-z0-9]+")

Words = str | Collection[str]
"""What a test says stays readable or must not: a phrase, or its words one by one."""


def in_clear(redacted: str) -> str:
    """The redacted text with every token blanked out: what is left in clear."""
    return _TOKEN.sub(" ", redacted)


def words(text: str) -> set[str]:
    """The lower-cased words and numbers of ``text``."""
    return set(_WORD.findall(text.lower()))


def left_in_clear(redactor: Redactor, text: str, secret: str) -> set[str]:
    """The words of ``secret`` still readable after ``redactor`` has redacted ``text``."""
    return words(secret) & words(in_clear(redact_text(redactor, text)))


def assert_redacted(redactor: Redactor, text: str, *, kept: Words = "", secret: Words = "") -> str:
    """Fail unless every word of ``kept`` is still readable and no word of ``secret`` is, once ``redactor``
    has redacted ``text``; the redacted text is returned for any further check of the test.

    The one check of the redaction rounds' tests (a keep-guard, a miss, or both in one utterance). ``kept`` and
    ``secret`` are a phrase or a collection of words. The message names the words at fault and shows the
    redacted text, since the assertion lives here, where pytest does not rewrite it.
    """
    redacted = redact_text(redactor, text)
    clear = words(in_clear(redacted))
    lost = _words_of(kept) - clear
    assert not lost, f"redacted, should stay in clear: {sorted(lost)} in {redacted!r}"
    leaked = _words_of(secret) & clear
    assert not leaked, f"left in clear: {sorted(leaked)} in {redacted!r}"
    return redacted


def assert_one_value(redacted: str, inside: Words) -> None:
    """Fail unless ``redacted`` holds one token and no word of ``inside`` is left in clear: a number read on
    over a filler, a pause phrase or a homophone ("let's see", "hold on", "for") is one value, the words said
    inside it gone with it (rounds 17-19)."""
    assert redacted.count("<") == 1 and not (_words_of(inside) & words(in_clear(redacted))), redacted


def _words_of(phrase: Words) -> set[str]:
    return words(phrase if isinstance(phrase, str) else " ".join(phrase))


def assert_gone(redactor: Redactor, text: str, pieces: Collection[str]) -> str:
    """Fail if any of ``pieces`` is still found, as written, in what is left in clear once ``redactor`` has
    redacted ``text``; the text in clear is returned.

    For the older rounds' checks by piece of text rather than by word: a piece may hold spaces ("oh four",
    " t " for a lone letter), and the text in clear is padded with a space either side so a lone letter is
    found at its edges too.
    """
    clear = f" {in_clear(redact_text(redactor, text))} "
    found = [piece for piece in pieces if piece in clear]
    assert not found, f"left in clear: {found} in {clear!r}"
    return clear
