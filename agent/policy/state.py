"""The per-call state every policy works from, and its compact form for prompts and handoffs.

Sensitive values (date of birth, card digits, one-time codes) are used within the turn that
received them and never stored here; ``collected`` holds only what may be shown to a person or a
model (masked phone, member ID, names, chosen slot, ...).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from agent.tools.identity import Identity

HandoffTrigger = Literal["keyword", "frustration", "tool_failure", "policy", "caller_request"]
HISTORY_TURNS = 12


@dataclass(frozen=True)
class Closing:
    """The call is ending: a handoff to a person (``trigger`` set) or a plain goodbye."""

    reason: str
    trigger: HandoffTrigger | None = None
    next_best_action: str = ""
    lead: str = ""  # said just before the handoff line

    @property
    def handoff(self) -> bool:
        return self.trigger is not None


@dataclass
class CallState:
    call_sid: str
    workflow: str
    caller_number: str = ""
    today: date = field(default_factory=date.today)
    identity: Identity = field(default_factory=Identity)
    turn_index: int = 0
    intent: str | None = None
    pending: str | None = None  # what the agent just asked for ("phone", "dob", ...)
    collected: dict[str, str] = field(default_factory=dict)  # safe to show a person or a model
    scratch: dict[str, Any] = field(default_factory=dict)  # workflow working data, never exported
    open_tasks: dict[str, str] = field(default_factory=dict)  # task -> task_id
    succeeded: list[str] = field(default_factory=list)
    expect_digits: int = 1
    misses: int = 0  # consecutive turns the agent could not use
    corrections: int = 0
    sentiments: list[float] = field(default_factory=list)
    last_question: str = ""
    last_heard: str | None = None  # what the caller heard before barging in
    idle_prompts: int = 0
    history: deque[tuple[str, str]] = field(default_factory=lambda: deque(maxlen=HISTORY_TURNS))
    closing: Closing | None = None
    recommended: str | None = None  # a callpulse rule recommending a person (admin route), not acted on yet

    @property
    def verified(self) -> bool:
        return self.identity.verified

    def compact(self) -> dict[str, Any]:
        """What a model sees each turn (and a handoff carries): no secrets, no raw records."""
        return {
            "workflow": self.workflow,
            "turn": self.turn_index,
            "intent": self.intent,
            "verified": self.identity.verified,
            "verification": self.identity.method or None,
            "pending_question": self.pending,
            "collected": dict(self.collected),
            "open_tasks": sorted(self.open_tasks),
            "completed_tasks": list(self.succeeded),
            "caller_heard_before_interrupting": self.last_heard,
            "consecutive_misunderstandings": self.misses,
            "today": self.today.isoformat(),
        }
