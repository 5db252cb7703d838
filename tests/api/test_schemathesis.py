"""Property-based requests generated from the OpenAPI spec (schemathesis), sent with an admin key (a
compliance key for the raw route): no request, however odd, gets a 5xx, and schemathesis' checks
hold (status codes, content types and bodies as the spec declares them).

Schemathesis' pytest loader (``from_fixture``) does not run under pytest 9, and its ASGI transport fails
with the installed urllib3 (``'TrafficPolice' object has no attribute 'keys'``), so each operation is
driven through ``APIOperation.as_strategy()`` with Hypothesis inside an ordinary test, and the cases
are sent with FastAPI's TestClient (``case.as_transport_kwargs()``) and checked with
``case.validate_response``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from api.context import ApiContext
from stream.metrics.types import TTFHW_BUDGET_MS
from stream.restricted.keyring import Keyring

pytestmark = pytest.mark.slow
MAX_EXAMPLES = 15
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
REQUEST_ARGS = {"method", "url", "params", "headers", "json", "content", "data", "files"}
UPSTREAM = {"POST /api/v1/calls/{call_sid}/handoff"}  # needs the agent, which is not running: 502 allowed


def operation_labels() -> list[str]:
    """The spec's operations, read from an app on no warehouse (building the spec reads no data)."""
    offline = ApiContext(client=None, database="x", restricted_database="y",
                         keyring=Keyring("k", {"k": b"k" * 32}), key_pepper=b"p",
                         ttfhw_budget_ms=TTFHW_BUDGET_MS)  # fmt: skip
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(offline))
    return [result.ok().label for result in schema.get_all_operations()]


@pytest.mark.parametrize("label", operation_labels())
def test_no_generated_request_gets_a_server_error(
    label: str, api_ctx: ApiContext, make_key: Callable[[str], str]
) -> None:
    app = create_app(api_ctx)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operation = schema.find_operation_by_label(label)
    assert operation is not None
    role = "compliance" if label.endswith("/raw") else "admin"
    auth = {"Authorization": f"Bearer {make_key(role)}"}
    seen: list[int] = []

    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    def run(case: Any) -> None:
        sent = case.as_transport_kwargs(headers=auth)
        if sent.get("cookies"):
            client.cookies.update(sent["cookies"])
        response = client.request(**{k: v for k, v in sent.items() if k in REQUEST_ARGS})
        seen.append(response.status_code)
        if label in UPSTREAM and response.status_code in (502, 503, 504):
            return
        assert response.status_code < 500, (case.method, sent.get("url"), response.text[:300])
        case.validate_response(response, checks=CHECKS)

    with client:
        run()
    assert seen
