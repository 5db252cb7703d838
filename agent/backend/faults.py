"""Run-time fault injection for the sample backend: the incidents callpulse must detect.

A fault targets one operation (or ``*`` for all) and changes what it does: add latency, fail with an
error code, hang (so the caller's timeout fires), rename a response field (the "downstream API
changed a field name" incident: ``rx_status`` becomes ``prescription_status``) or override response
fields (a declined card, no free slots, no refills left). Faults can be limited to the next N calls.
Thread-safe: tests and the admin route inject from other threads than the event loop's.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from agent.backend.errors import BackendError

FaultKind = Literal["latency", "error", "hang", "rename_field", "override"]
FAULT_KINDS: tuple[str, ...] = ("latency", "error", "hang", "rename_field", "override")
HANG_S = 3600.0


@dataclass(frozen=True)
class Fault:
    """One injected fault. ``times=None`` lasts until cleared; ``times=N`` applies to the next N calls."""

    operation: str
    kind: FaultKind
    latency_ms: int = 0
    error_code: str = "upstream_500"
    rename_from: str = ""
    rename_to: str = ""
    fields: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    times: int | None = None
    fault_id: int = 0

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; use one of {', '.join(FAULT_KINDS)}")
        if self.kind == "rename_field" and not (self.rename_from and self.rename_to):
            raise ValueError("rename_field needs rename_from and rename_to")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for 'until cleared')")

    def as_dict(self) -> dict[str, Any]:
        return {
            "fault_id": self.fault_id,
            "operation": self.operation,
            "kind": self.kind,
            "latency_ms": self.latency_ms,
            "error_code": self.error_code,
            "rename_from": self.rename_from,
            "rename_to": self.rename_to,
            "fields": dict(self.fields),
            "times": self.times,
        }


class FaultBook:
    """The faults in force, and how to apply them around an operation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: dict[int, Fault] = {}
        self._ids = itertools.count(1)

    def add(self, fault: Fault) -> int:
        with self._lock:
            fault_id = next(self._ids)
            self._faults[fault_id] = replace(fault, fault_id=fault_id)
            return fault_id

    def clear(self, fault_id: int | None = None) -> int:
        """Remove one fault, or all of them; return how many were removed."""
        with self._lock:
            if fault_id is None:
                n = len(self._faults)
                self._faults.clear()
                return n
            return 1 if self._faults.pop(fault_id, None) is not None else 0

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults.values())

    def _take(self, operation: str) -> list[Fault]:
        """The faults for this call, counting down the limited ones."""
        taken: list[Fault] = []
        with self._lock:
            for fid, fault in list(self._faults.items()):
                if fault.operation not in (operation, "*"):
                    continue
                taken.append(fault)
                if fault.times is not None:
                    if fault.times <= 1:
                        del self._faults[fid]
                    else:
                        self._faults[fid] = replace(fault, times=fault.times - 1)
        return taken

    async def run(self, operation: str, call: Callable[[], Awaitable[dict[str, Any]]]) -> dict[str, Any]:
        """Run ``call`` with the faults in force for ``operation`` applied."""
        faults = self._take(operation)
        for fault in faults:
            if fault.kind == "latency":
                await asyncio.sleep(fault.latency_ms / 1000)
            elif fault.kind == "hang":
                await asyncio.sleep(HANG_S)
            elif fault.kind == "error":
                raise BackendError(fault.error_code, f"injected {fault.error_code} on {operation}")
        result = await call()
        for fault in faults:
            if fault.kind == "override":
                result = {**result, **fault.fields}
            elif fault.kind == "rename_field" and fault.rename_from in result:
                result = {(fault.rename_to if k == fault.rename_from else k): v for k, v in result.items()}
        return result
