"""Admin routes: inject and clear backend faults, seed sample records, hand a live call to a person
(``POST /admin/calls/{call_sid}/handoff``, the wallboard's button), and take a callpulse rule's hand-off
recommendation (``POST /admin/calls/{call_sid}/recommendation``: the agent hands the call to a person at
the caller's next turn). Guarded by a bearer token; not
mounted at all when no token is configured.

    curl -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
         -d '{"operation":"lookup_prescription","kind":"rename_field",
              "rename_from":"rx_status","rename_to":"prescription_status"}' \\
         https://agent.example.com/admin/faults
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from agent.backend.data import Person
from agent.backend.sample import SampleBackend
from agent.policy.handoff import supervisor_handoff_data
from agent.server.runtime import AgentRuntime
from agent.server.session import SUPERVISOR_REASON


class FaultRequest(BaseModel):
    operation: str = Field(description="backend operation, or * for all")
    kind: str = Field(description="latency | error | hang | rename_field | override")
    latency_ms: int = 0
    error_code: str = "upstream_500"
    rename_from: str = ""
    rename_to: str = ""
    fields: dict[str, Any] = Field(default_factory=dict)
    times: int | None = None


class RecommendationRequest(BaseModel):
    action: Literal["handoff"] = Field(description="what callpulse recommends (only a hand-off today)")
    rule: str = Field(
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="the per-call rule that recommends it (a name, never transcript text)",
    )


class PersonRequest(BaseModel):
    first: str
    last: str
    dob: date
    phone: str = ""
    member_id: str = ""
    balance_cents: int = 12_345


def admin_router(runtime: AgentRuntime) -> APIRouter:
    token = runtime.config.admin_token.encode()

    def guard(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").encode()
        if not hmac.compare_digest(given, token):
            raise HTTPException(status_code=401, detail="admin token required")

    router = APIRouter(prefix="/admin", dependencies=[Depends(guard)])
    backend = runtime.backend

    @router.get("/faults")
    async def list_faults() -> list[dict[str, Any]]:
        return [f.as_dict() for f in backend.faults()]

    @router.post("/faults", status_code=201)
    async def inject(fault: FaultRequest) -> dict[str, int]:
        options = fault.model_dump(exclude={"operation", "kind"})
        try:
            return {"fault_id": backend.inject(fault.operation, fault.kind, **options)}
        except ValueError as err:
            raise HTTPException(status_code=400, detail=str(err)) from None

    @router.delete("/faults")
    async def clear_all() -> dict[str, int]:
        return {"cleared": backend.clear_faults()}

    @router.delete("/faults/{fault_id}")
    async def clear_one(fault_id: int) -> dict[str, int]:
        return {"cleared": backend.clear_faults(fault_id)}

    @router.post("/people", status_code=201)
    async def add_person(person: PersonRequest) -> dict[str, str]:
        if not isinstance(backend, SampleBackend):
            raise HTTPException(status_code=409, detail="only the sample backend takes seeded records")
        digits = "".join(ch for ch in person.phone if ch.isdigit())[-10:]
        key = f"{person.first}|{person.last}|{digits}|{person.member_id}".lower().encode()
        person_id = "S" + hashlib.sha256(key).hexdigest()[:10]
        record = Person(
            person_id=person_id,
            first=person.first,
            last=person.last,
            phone=digits,
            dob=person.dob,
            member_id=person.member_id.upper(),
            balance_cents=person.balance_cents,
        )
        backend.add_person(record)
        return {"person_id": person_id}

    @router.post("/calls/{call_sid}/handoff", status_code=202)
    async def hand_off(call_sid: str) -> dict[str, str]:
        """End the call's relay session with ``handoffData`` so Twilio routes it to a person."""
        session = runtime.live.get(call_sid)
        if session is None or session.call is None or session.ended:
            raise HTTPException(status_code=404, detail="no live call with this SID on this agent")
        data = supervisor_handoff_data(session.call.state, SUPERVISOR_REASON, session.call.version)
        if not session.take_over(data):
            raise HTTPException(status_code=409, detail="the call is already ending")
        return {"call_sid": call_sid, "status": "handoff-started", "reason": SUPERVISOR_REASON}

    @router.post("/calls/{call_sid}/recommendation", status_code=202)
    async def recommend(call_sid: str, recommendation: RecommendationRequest) -> dict[str, str]:
        """A callpulse rule recommends a person: the agent hands off at the caller's next turn (the
        first recommendation wins; a repeat, e.g. a re-delivered notification, changes nothing)."""
        session = runtime.live.get(call_sid)
        if session is None or session.call is None or session.ended:
            raise HTTPException(status_code=404, detail="no live call with this SID on this agent")
        state = session.call.state
        if state.closing is not None:
            raise HTTPException(status_code=409, detail="the call is already ending")
        if state.recommended is None:
            state.recommended = recommendation.rule
        return {"call_sid": call_sid, "status": "handoff-at-next-turn", "rule": state.recommended}

    return router
