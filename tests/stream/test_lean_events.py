"""The stream decodes events into lean structs (``ingest.contract.lean``); pydantic events built at an
edge (tests, tools, ``bench/``) still enter its code (``compute_call``, ``ValidEvent``) and are
converted (``ingest.codec.as_lean``). Both kinds must give the very same rows."""

from __future__ import annotations

from typing import Any

import orjson
from live_rows import live_rows

from agent.simulator.library import generate_calls, interleave_events
from ingest.codec import as_lean, data_json, decode, decode_lean, event_json
from ingest.contract import lean
from stream import rows
from stream.metrics import compute_call

from events import parsed

START_MS = 1_764_000_000_000


def _calls(n: int = 12, seed: int = 5) -> list[list[dict[str, Any]]]:
    return [list(call) for call in generate_calls(n, seed=seed, start_ms=START_MS)]


def test_both_decoders_build_the_same_events_and_stored_data() -> None:
    for call in _calls():
        for obj in call:
            value = orjson.dumps(obj)
            event, model = decode_lean(value), decode(value)
            assert type(event) in lean.EVENT_CLASSES and event.type == model.type
            assert event_json(event) == model.model_dump_json()
            assert data_json(event) == model.data.model_dump_json(exclude_none=True)
            assert as_lean(model) == event and as_lean(event) is event


def test_compute_call_gives_the_same_result_for_either_kind() -> None:
    for call in _calls():
        models = parsed(call)
        leans = [decode_lean(orjson.dumps(e)) for e in call]
        assert compute_call(models) == compute_call(leans)


def test_call_state_stores_the_same_rows_for_either_kind() -> None:
    ordered = list(interleave_events(_calls(6, seed=9)))
    models = parsed(ordered)
    leans = [decode_lean(orjson.dumps(e)) for e in ordered]
    assert live_rows(models, compute_call) == live_rows(leans, compute_call)
    assert [rows.event_row(m, None, 0) for m in models] == [rows.event_row(e, None, 0) for e in leans]


def test_model_copy_changes_a_lean_event_as_pydantic_does() -> None:
    """The redaction's ``EventRedactor`` changes events with ``model_copy(update=...)``."""
    call = _calls(1)[0]
    value = next(orjson.dumps(e) for e in call if e["type"] == "agent.utterance")
    event, model = decode_lean(value), decode(value)
    chunk = event.data.chunks[0].model_copy(update={"text": "<PERSON>"})
    data = event.data.model_copy(update={"text": "<PERSON>", "chunks": (chunk,)})
    changed = event.model_copy(update={"data": data})
    m_chunk = model.data.chunks[0].model_copy(update={"text": "<PERSON>"})
    m_data = model.data.model_copy(update={"text": "<PERSON>", "chunks": (m_chunk,)})
    assert event_json(changed) == model.model_copy(update={"data": m_data}).model_dump_json()
    assert event.data.text != "<PERSON>"  # the original is unchanged (frozen)
