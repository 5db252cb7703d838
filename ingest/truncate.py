"""Cut an oversized utterance to the contract's limits instead of losing it.

A 2 MB caller prompt or a reply streamed as 2,001 token frames is real speech the caller heard or
said: refusing the event would lose the turn (and with it TTFHW, interruptions, the transcript),
while cutting it keeps the call whole. So the producers (the event factory behind the agent and the
tap, HTTP ingest, the offline simulator) cut the text-bearing fields of four event types to the
contract's limits and say so with ``data.truncated = true``:

| event               | what is cut                                                               |
|---------------------|---------------------------------------------------------------------------|
| ``caller.utterance``| ``text`` to 20,000 characters                                              |
| ``agent.utterance`` | ``text`` to 20,000 characters; chunks to 20,000 characters of text in all  |
|                     | and to 2,000 chunks, the last kept chunk carrying the rest of the text     |
| ``interrupt``       | ``utterance_until_interrupt`` to 20,000 characters                         |
| ``handoff.requested``| ``handoff_data`` to 20,000 characters                                     |

Everything else that breaks the contract cannot be repaired without guessing, and is dead-lettered
by the producer with its reason (``ingest/deadletter.py``). Chunk times are never changed: the tail
that rides in the last kept chunk is dated by that chunk's first token, which is what its listener
heard first. Characters are code points, as both JSON Schema's ``maxLength`` and pydantic count them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ingest.contract.models import MAX_CHUNKS, MAX_TEXT_CHARS

Data = dict[str, Any]


def fit_to_contract(event_type: str, data: Mapping[str, Any]) -> Data | None:
    """A copy of ``data`` cut to the contract's limits with ``truncated: true``; None when this
    event type has nothing that can be cut, or nothing was over a limit."""
    fit = _FITS.get(event_type)
    if fit is None:
        return None
    out = dict(data)
    return out if fit(out) else None


def _cut_field(name: str) -> Callable[[Data], bool]:
    def cut(data: Data) -> bool:
        value = data.get(name)
        if not isinstance(value, str) or len(value) <= MAX_TEXT_CHARS:
            return False
        data[name] = value[:MAX_TEXT_CHARS]
        data["truncated"] = True
        return True

    return cut


def _cut_agent_utterance(data: Data) -> bool:
    cut = _cut_field("text")(data)
    chunks = data.get("chunks")
    if isinstance(chunks, list | tuple) and all(_is_chunk(c) for c in chunks):
        kept = _fit_chunks(chunks)
        if kept is not None:
            data["chunks"] = kept
            data["truncated"] = cut = True
    return cut


def _fit_chunks(chunks: list[Any] | tuple[Any, ...]) -> list[dict[str, Any]] | None:
    """At most ``MAX_CHUNKS`` chunks holding at most ``MAX_TEXT_CHARS`` characters in all; None
    when the chunks were within both limits already."""
    total = sum(len(c["text"]) for c in chunks)
    if len(chunks) <= MAX_CHUNKS and total <= MAX_TEXT_CHARS:
        return None
    kept: list[dict[str, Any]] = []
    budget = MAX_TEXT_CHARS
    for chunk in chunks:
        if budget <= 0:
            break
        piece = chunk["text"][:budget]
        budget -= len(piece)
        if len(kept) < MAX_CHUNKS:
            kept.append({**chunk, "text": piece})
        else:
            kept[-1]["text"] += piece
    return kept


def _is_chunk(chunk: Any) -> bool:
    return isinstance(chunk, Mapping) and isinstance(chunk.get("text"), str)


_FITS: dict[str, Callable[[Data], bool]] = {
    "caller.utterance": _cut_field("text"),
    "agent.utterance": _cut_agent_utterance,
    "interrupt": _cut_field("utterance_until_interrupt"),
    "handoff.requested": _cut_field("handoff_data"),
}
