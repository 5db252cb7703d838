"""Field semantics: which fields are structural (identified by the field, never scanned as prose)
and which carry free text (always scanned).

A model name ("gpt-4o-mini-2024-07-18"), a prompt version, a tool name or an error code is known by
the field that holds it, so it is kept as it is: scanned as prose, a dated model name looks like an
account number. A structural field is trusted only while its value has the shape of one (one word of
letters, digits and ``._:/+#-``, with a letter in it, at most 128 characters); anything else found
there (a sentence, a phone number, an e-mail address) is scanned like free text, so a value in the
wrong field does not slip through. Error codes are also scanned when they carry four or more digits.
"""

from __future__ import annotations

import re

# field name -> the parent object it must sit in (None: anywhere)
STRUCTURAL: dict[str, frozenset[str | None]] = {
    "event_id": frozenset({None}),
    "call_sid": frozenset({None}),
    "session_id": frozenset({None}),
    "type": frozenset({None}),
    "workflow": frozenset({None}),
    "tool": frozenset({None}),
    "tool_call_id": frozenset({None}),
    "task": frozenset({None}),
    "task_id": frozenset({None}),
    "intent": frozenset({None}),
    "trigger": frozenset({None}),
    "direction": frozenset({None}),
    "status": frozenset({None}),
    "method": frozenset({None}),
    "who": frozenset({None}),
    "lang": frozenset({None}),
    "tags": frozenset({None}),
    "name": frozenset({"agent"}),  # the agent's name, not a person's
    "version": frozenset({None}),
    "model": frozenset({None}),
    "prompt_version": frozenset({None}),
    "prompt_id": frozenset({None}),
    "error_code": frozenset({None}),
    "code": frozenset({None}),
}
CODES = frozenset({"error_code", "code"})
_SHAPE = re.compile(r"[\w.:/+#-]{1,128}")
_VERSION = re.compile(r"v?\d+(?:\.\d+){1,3}")


def is_structural(key: str | None, parent: str | None, value: str) -> bool:
    """Whether ``value`` under ``key`` (inside ``parent``) is kept without scanning."""
    if key is None:
        return False
    parents = STRUCTURAL.get(key)
    if parents is None or (None not in parents and parent not in parents):
        return False
    if _VERSION.fullmatch(value):
        return True
    if not _SHAPE.fullmatch(value) or "@" in value or not any(c.isalpha() for c in value):
        return False
    return not (key in CODES and sum(c.isdigit() for c in value) >= 4)
