"""What the agent's backend has to do wrong for a scenario to play out the way the library wrote it.

The library's ``tool_failure_handoff`` and ``task_failure`` templates script a caller whose payment
system is down, whose card is declined, whose doctor has no openings. Played live against a healthy
backend, those calls simply succeed: the caller's words are the same, only the backend differs.
``faults_for`` says which backend faults each template needs, in the shape of the reference agent's
fault-injection API (``POST /admin/faults``: operation, kind, and the kind's options).

Pure: no I/O, no agent imports (the simulator only speaks the API's vocabulary). Which failure a
tool failure is (an upstream 500, a response of the wrong shape, a timeout) follows from ``pick``,
so the caller of ``faults_for`` decides how it varies, e.g. by a hash of the call SID.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

# the tool each workflow's failure templates fail on (agent/simulator/workflows/*.py)
FAILING_TOOL: Mapping[str, str] = MappingProxyType(
    {"billing": "process_payment", "appointment": "find_slots", "refill": "lookup_prescription"}
)
# a field the agent relies on, renamed upstream: the agent sees a schema mismatch
RENAMED: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "process_payment": ("status", "payment_status"),
        "find_slots": ("slots", "open_slots"),
        "lookup_prescription": ("rx_status", "prescription_status"),
    }
)
# what a business failure looks like in the answer: declined card, no openings, no refills left
TASK_FAILURE: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "process_payment": MappingProxyType({"status": "declined"}),
        "find_slots": MappingProxyType({"slots": []}),
        "lookup_prescription": MappingProxyType({"refills_left": 0}),
    }
)
# Tools that change something keep running after a timeout (the agent must not lose a payment), so
# the retry waits for the same hung call and the caller would hear two full timeouts: no hangs there.
ACTIONS = frozenset({"process_payment"})
FAULT_TEMPLATES = ("tool_failure_handoff", "task_failure")


@dataclass(frozen=True)
class BackendFault:
    """One fault as the admin API takes it: ``{"operation": ..., "kind": ..., **options}``."""

    operation: str
    kind: str
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def as_request(self) -> dict[str, Any]:
        """The JSON body of ``POST /admin/faults``."""
        return {"operation": self.operation, "kind": self.kind, **self.options}


def needs_faults(template: str) -> bool:
    """Whether ``template`` (``billing.task_failure``) only plays out with a misbehaving backend."""
    return template.partition(".")[2] in FAULT_TEMPLATES


def faults_for(template: str, pick: int = 0) -> tuple[BackendFault, ...]:
    """The backend faults ``template`` needs; none for templates a healthy backend plays.

    Faults last for the whole call (no ``times``): the agent retries a failed tool once, and both
    tries must fail for the hand-off the script expects.
    """
    workflow, _, outcome = template.partition(".")
    tool = FAILING_TOOL.get(workflow)
    if tool is None or outcome not in FAULT_TEMPLATES:
        return ()
    if outcome == "task_failure":
        return (BackendFault(tool, "override", MappingProxyType({"fields": dict(TASK_FAILURE[tool])})),)
    kinds = ("error", "rename_field") if tool in ACTIONS else ("error", "rename_field", "hang")
    kind = kinds[pick % len(kinds)]
    if kind == "error":
        return (BackendFault(tool, "error", MappingProxyType({"error_code": "upstream_500"})),)
    if kind == "rename_field":
        old, new = RENAMED[tool]
        return (BackendFault(tool, "rename_field", MappingProxyType({"rename_from": old, "rename_to": new})),)
    return (BackendFault(tool, "hang"),)
