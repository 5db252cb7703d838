"""POST /v1/events: valid lines reach the emitter, bad lines get a numbered reason that never echoes values."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.codec import decode, encode
from ingest.emit.inprocess import InProcessBus
from ingest.http import make_router
from ingest.telemetry import METRICS

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
    assert len(bus.poll()) == 1


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
