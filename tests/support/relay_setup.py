"""Twilio's ``setup`` frame for a test call, built with the one typed frame module (``ingest.relay.frames``)
rather than written out key by key in each test."""

from __future__ import annotations

from ingest.relay.frames import Setup

ACCOUNT_SID = "AC" + "0" * 32


def ringing(
    call_sid: str,
    session_id: str,
    *,
    caller: str = "+14155550123",
    called: str = "+18885550150",
    **params: str,
) -> Setup:
    """An inbound call's first frame (``RINGING``); ``params`` are its ``<Parameter>`` values (default
    ``workflow=billing``)."""
    return Setup(
        session_id=session_id,
        call_sid=call_sid,
        account_sid=ACCOUNT_SID,
        from_=caller,
        to=called,
        call_status="RINGING",
        custom_parameters=params or {"workflow": "billing"},
    )
