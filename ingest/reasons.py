"""Turn pydantic validation errors into one-line reasons that never echo a value.

pydantic's own messages sometimes quote the input (``Input tag '...' found``) and its error dicts
carry the input itself, so neither is used. A reason is built from the error *kind*, the limits
stated by the contract (``max_length``, ``ge``, allowed literals) and the field path. Path parts
that come from the message itself (unknown keys, ``custom_parameters`` keys) are kept only when
they look like a field name, since a key could be a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ingest.contract.models import EVENT_TYPES

MAX_ERRORS_SHOWN = 5
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_EVENT_TYPES = frozenset(EVENT_TYPES)

_PHRASES: dict[str, str] = {
    "missing": "is required",
    "extra_forbidden": "is not a field of this event (the contract is closed)",
    "string_type": "must be a string",
    "int_type": "must be an integer",
    "int_from_float": "must be an integer",
    "float_type": "must be a number",
    "bool_type": "must be a boolean",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "tuple_type": "must be an array",
    "list_type": "must be an array",
    "string_pattern_mismatch": "does not match the required pattern",
    "string_too_long": "is longer than {max_length} characters",
    "too_long": "has more than {max_length} items",
    "greater_than_equal": "must be >= {ge}",
    "less_than_equal": "must be <= {le}",
    "literal_error": "must be one of {expected}",
    "union_tag_invalid": "is not a known event type",
    "union_tag_not_found": "is required",
    "value_error": "is invalid",
}
_SAFE_CTX_KEYS = ("max_length", "ge", "le", "expected")


def describe(err: ValidationError) -> str:
    """One line naming each failing field path and what is wrong with it (at most 5 listed)."""
    details = err.errors(include_url=False, include_input=False, include_context=True)
    parts = [_describe_one(d) for d in details[:MAX_ERRORS_SHOWN]]
    more = len(details) - MAX_ERRORS_SHOWN
    if more > 0:
        parts.append(f"(+{more} more)")
    return "; ".join(parts)


def format_path(loc: Sequence[int | str]) -> str:
    """``('tool.result', 'data', 'chunks', 3, 'ts')`` -> ``data.chunks[3].ts``."""
    if loc and loc[0] in _EVENT_TYPES:  # the discriminated union's tag, not a field
        loc = loc[1:]
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + (part if _FIELD_NAME.match(part) else "<key>")
    return out


def _describe_one(detail: ErrorDetails) -> str:
    kind = detail["type"]
    path = format_path(detail["loc"]) or ("type" if kind.startswith("union_tag") else "message")
    template = _PHRASES.get(kind)
    if template is None:
        return f"{path}: invalid ({kind})"
    ctx: dict[str, Any] = dict(detail.get("ctx") or {})
    safe = {k: ctx[k] for k in _SAFE_CTX_KEYS if k in ctx}
    try:
        return f"{path}: {template.format(**safe)}"
    except KeyError:
        return f"{path}: invalid ({kind})"


# ---- dead-letter reason codes a producer may give (ingest/deadletter.py) ---------------------
# A producer (agent, tap, HTTP ingest, simulator) dead-letters what it could not emit under one of
# these codes; the stream stores the note in ``dlq`` under the same code. The codes of the contract's
# own errors (``ingest/errors.py``) mean what they mean when the stream finds them; the others name
# a producer-side loss. Add-only: a code is a label on dashboards and alerts.
PRODUCER_REASON_CODES: frozenset[str] = frozenset(
    {
        "malformed_json",  # HTTP ingest: a posted line was not a JSON object
        "unknown_schema_version",  # HTTP ingest: a posted line was not schema v1
        "unknown_event_type",  # an event type the contract does not know
        "invalid_event",  # the event breaks the contract and cannot be cut to fit (ingest/truncate.py)
        "producer_overload",  # the tap's or agent's analytics hand-off was full: frames not analysed
    }
)
PRODUCER_REASON_FALLBACK = "producer_dead_letter"  # a note naming a code not listed above


# ---- dead-letter reason codes the stream's call state gives (stream/steps/call_state.py) ------
CONFLICTING_DUPLICATE = "conflicting_duplicate"
"""An event whose ``event_id`` the call already holds, with different content: the first one stays
stored, the second is kept in ``dlq`` (an exact duplicate is a redelivery and a silent no-op)."""
CALL_SID_REUSED = "call_sid_reused"
"""An event of another ``session_id`` under a call SID whose call already ended: a second call under
a reused SID, kept in ``dlq`` rather than merged into the first call's rows (keyed by call SID)."""
