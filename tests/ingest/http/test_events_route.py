"""POST /v1/events: valid lines reach the emitter, bad lines get a numbered reason that never echoes values."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

import orjson
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.clock import SystemClock
from ingest.codec import decode, encode
from ingest.emit.inprocess import InProcessBus
from ingest.http import make_router
from ingest.telemetry import METRICS
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run

SECRET_PHONE = "+15005550006"
EXAMPLES = Path(__file__).resolve().parents[3] / "ingest" / "schema" / "examples"


@pytest.fixture
def bus() -> InProcessBus:
    return InProcessBus(capacity=3)


@pytest.fixture
def client(bus: InProcessBus) -> TestClient:
    app = FastAPI()
    app.include_router(make_router(bus, max_body_bytes=50_000))
    return TestClient(app)


@pytest.fixture
def events() -> list[bytes]:
    """The contract's valid examples, as the bytes a producer would send."""
    return [encode(decode(path.read_bytes())) for path in sorted(EXAMPLES.glob("*.json"))]


def test_all_valid_lines_are_accepted_and_emitted_keyed_by_call_sid(client, bus, events) -> None:
    response = client.post("/v1/events", content=b"\n".join(events[:2]) + b"\n")
    assert response.status_code == 202
    assert response.json() == {"accepted": 2, "rejected": 0, "errors": []}
    emitted = bus.poll()
    assert [value for _, value, _ in emitted] == events[:2]
    assert all(key.startswith("CA") for key, _, _ in emitted)


def test_bad_lines_are_numbered_and_their_values_never_echoed(client, bus, events) -> None:
    bad = orjson.loads(events[0])
    bad["seq"] = SECRET_PHONE  # wrong type, holding a value that must not come back
    body = b"\n".join([events[0], b"not json " + SECRET_PHONE.encode(), orjson.dumps(bad)])
    response = client.post("/v1/events", content=body)
    assert response.status_code == 207
    payload = response.json()
    assert payload["accepted"] == 1
    assert [(e["line"], e["code"]) for e in payload["errors"]] == [
        (2, "malformed_json"),
        (3, "invalid_event"),
    ]
    assert SECRET_PHONE not in response.text
    messages = [value for _, value, _ in bus.poll()]
    assert messages[0] == events[0]
    notes = [orjson.loads(value)["dead_letter"] for value in messages[1:]]  # the rejected lines, stored
    assert [n["reason_code"] for n in notes] == ["malformed_json", "invalid_event"]
    assert not any(SECRET_PHONE.encode() in value for value in messages[1:])


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"", 400), (b"\n  \n", 400), (b"{}", 400), (b"x" * 60_000, 413)],
    ids=["empty", "blank-lines", "all-invalid", "too-large"],
)
def test_requests_nothing_can_be_taken_from_get_a_4xx(client, body, status) -> None:
    assert client.post("/v1/events", content=body).status_code == status


def test_a_full_buffer_answers_503_with_the_lines_to_retry(client, bus, events) -> None:
    response = client.post("/v1/events", content=b"\n".join(events[:5]))
    assert response.status_code == 503
    assert [e["line"] for e in response.json()["errors"]] == [4, 5]


def test_every_metric_has_a_bounded_label_set() -> None:
    names = [spec.name for spec in METRICS]
    assert len(names) == len(set(names))
    assert all(name.startswith("callpulse_") for name in names)
    assert not any("call_sid" in spec.labels for spec in METRICS)


def test_an_oversized_prompt_and_reply_are_stored_cut_and_a_bad_line_as_a_dead_letter(warehouse) -> None:
    bus, counted = InProcessBus(), Counter[str]()
    app = FastAPI()
    app.include_router(make_router(bus, count=lambda outcome, n: counted.update({outcome: n})))
    prompt = orjson.loads((EXAMPLES / "caller_utterance.json").read_bytes())
    prompt["data"]["text"] = "a" * 2_000_000
    reply = orjson.loads((EXAMPLES / "agent_utterance.json").read_bytes())
    ts = reply["data"]["chunks"][0]["ts"]
    reply["data"]["chunks"] = [{"text": "Sure ", "ts": ts + i} for i in range(2_001)]
    reply["data"]["text"] = "Sure " * 2_001
    bad = {**prompt, "event_id": str(uuid.uuid4()), "seq": -1, "data": {"text": "hi", "final": True}}
    body = b"\n".join(orjson.dumps(e) for e in (prompt, reply, bad))

    response = TestClient(app).post("/v1/events", content=body)
    assert response.status_code == 207
    assert response.json() == {
        "accepted": 2,
        "rejected": 1,
        "truncated": [1, 2],
        "errors": [{"line": 3, "code": "invalid_event", "reason": "seq: must be >= 0"}],
    }
    assert +counted == {"truncated": 2, "rejected": 1}

    pipeline = Pipeline(warehouse.client, warehouse.database, SystemClock(), redaction=None)
    run(pipeline, (RawMessage(v, Position("http", 0, o), ts) for _, v, o in bus.poll(10)))
    pipeline.close()
    stored = warehouse.rows("SELECT type, data FROM {db}.events FINAL ORDER BY type")
    assert [(t, orjson.loads(d)["truncated"]) for t, d in stored] == [
        ("agent.utterance", True),
        ("caller.utterance", True),
    ]
    assert warehouse.rows("SELECT reason_code, reason FROM {db}.dlq FINAL") == [
        ("invalid_event", "http_ingest: line 3: seq: must be >= 0")
    ]  # 3 lines posted = 2 stored + 1 dead-lettered
