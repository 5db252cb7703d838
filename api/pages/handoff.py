"""Hand a live call to a person: the API asks the reference agent's admin route
``POST {agent_admin_url}/admin/calls/{sid}/handoff`` (bearer: the agent admin token); the agent ends
the ConversationRelay session with ``handoffData`` (reason ``supervisor-takeover``) and Twilio routes
the call on. Each way it can fail is a typed error with a clear message (answered as problem+json).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from api.errors import AgentUnavailable, HandoffConflict, HandoffNotConfigured, NotFound

TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class HandoffResult:
    call_sid: str
    status: str  # "handoff-started"
    reason: str  # "supervisor-takeover"


async def request_handoff(agent_admin_url: str, agent_admin_token: str, call_sid: str) -> HandoffResult:
    """Ask the agent to hand ``call_sid`` over; raises NotFound / HandoffConflict / AgentUnavailable."""
    if not agent_admin_token or not agent_admin_url:
        raise HandoffNotConfigured(
            "the agent's admin URL and token are not set "
            "(CALLPULSE_API_AGENT_ADMIN_URL, CALLPULSE_AGENT_ADMIN_TOKEN)"
        )
    url = f"{agent_admin_url.rstrip('/')}/admin/calls/{quote(call_sid, safe='')}/handoff"
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT_S) as client:
            response = await client.post(url, headers={"Authorization": f"Bearer {agent_admin_token}"})
    except httpx.HTTPError as err:
        raise AgentUnavailable(
            f"could not reach the agent at {agent_admin_url} ({type(err).__name__})"
        ) from None
    if response.status_code == 404:
        raise NotFound(f"the agent has no live call {call_sid} (unknown, or already finished)")
    if response.status_code == 409:
        raise HandoffConflict(f"call {call_sid} is already ending")
    if response.status_code in (401, 403):
        raise AgentUnavailable("the agent refused the admin token (check CALLPULSE_AGENT_ADMIN_TOKEN)")
    if response.status_code >= 300:
        raise AgentUnavailable(f"the agent answered HTTP {response.status_code}")
    body = _json(response)
    return HandoffResult(
        call_sid=call_sid,
        status=str(body.get("status", "handoff-started")),
        reason=str(body.get("reason", "supervisor-takeover")),
    )


def _json(response: httpx.Response) -> dict[str, object]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
