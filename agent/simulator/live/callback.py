"""The ``<Connect action>`` callback Twilio sends when a ConversationRelay session ends (reference §6),
and reading the TwiML the app answers with (a fresh ``<Connect><ConversationRelay>`` resumes a call
whose socket dropped).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Literal

import httpx

from ingest.relay.signature import HEADER, form_signature

SessionStatus = Literal["ended", "completed", "failed"]
API_VERSION = "2010-04-01"


@dataclass(frozen=True)
class CallIdentity:
    account_sid: str
    call_sid: str
    from_: str
    to: str
    application_sid: str = "AP" + "0" * 32
    direction: str = "inbound"


@dataclass(frozen=True)
class Reconnect:
    """A ``<Connect><ConversationRelay>`` in the callback's answer."""

    url: str
    parameters: dict[str, str] = field(default_factory=dict)


def callback_params(
    call: CallIdentity,
    session_id: str,
    status: SessionStatus,
    duration_s: int,
    handoff_data: str | None = None,
    error: tuple[int, str] | None = None,
) -> dict[str, str]:
    """The form parameters, as Twilio sends them."""
    params = {
        "AccountSid": call.account_sid,
        "ApplicationSid": call.application_sid,
        "ApiVersion": API_VERSION,
        "CallSid": call.call_sid,
        "CallStatus": "completed" if status == "completed" else "in-progress",
        "Called": call.to,
        "Caller": call.from_,
        "Direction": call.direction,
        "From": call.from_,
        "To": call.to,
        "SessionId": session_id,
        "SessionStatus": status,
        "SessionDuration": str(duration_s),
    }
    if handoff_data is not None:
        params["HandoffData"] = handoff_data
    if error is not None:
        params["ErrorCode"], params["ErrorMessage"] = str(error[0]), error[1]
    return params


async def post_callback(
    client: httpx.AsyncClient, action_url: str, auth_token: str, params: dict[str, str], signed_url: str = ""
) -> str:
    """POST the signed form; returns the TwiML body ("" when the app answered with an error)."""
    url = signed_url or action_url
    headers = {HEADER: form_signature(auth_token, url, params)} if auth_token else {}
    response = await client.post(action_url, data=params, headers=headers)
    return response.text if response.status_code < 300 else ""


def reconnect_from(twiml: str) -> Reconnect | None:
    """The relay to reconnect to, if the TwiML holds ``<Connect><ConversationRelay url=…>``."""
    try:
        root = ET.fromstring(twiml)
    except ET.ParseError:
        return None
    relay = root.find("./Connect/ConversationRelay")
    if relay is None or not relay.get("url"):
        return None
    params = {p.get("name", ""): p.get("value", "") for p in relay.iter("Parameter") if p.get("name")}
    return Reconnect(relay.get("url", ""), params)
