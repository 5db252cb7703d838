"""What a policy can do during one turn besides speaking: tools, intents, tasks, handoff, ending.

``tool`` wraps the runner with what a caller on the line needs: a filler ("One moment.") when the
tool is slower than ``filler_after_ms``, one apology and one retry when it fails in a way a retry can
fix, and ``ToolUnavailableError`` when it still fails, which the dialog turns into a handoff.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any

from agent.policy.base import Voice
from agent.policy.state import CallState, Closing, HandoffTrigger
from agent.tools.runner import RETRYABLE, SCHEMA_MISMATCH, EventSink, ToolOutcome, ToolRunner

SYSTEM_FAILURES = RETRYABLE | {SCHEMA_MISMATCH, "unknown_tool", "unknown_operation"}
FILLER = "One moment."
APOLOGY = "Sorry, that's taking longer than it should. Let me try once more."


class ToolUnavailableError(Exception):
    """A tool kept failing after its retry; the call should go to a person."""

    def __init__(self, tool: str, code: str) -> None:
        super().__init__(f"{tool} failed: {code}")
        self.tool = tool
        self.code = code


@dataclass(eq=False)
class TurnContext:
    state: CallState
    tools: ToolRunner
    sink: EventSink
    voice: Voice
    filler_after_ms: int = 700
    _filler_said: bool = field(default=False, init=False)

    # ---- observations ------------------------------------------------------------------------

    def intent(self, name: str, confidence: float) -> None:
        self.state.intent = name
        self.sink.emit("intent.recognized", {"intent": name, "confidence": round(confidence, 2)})

    def start_task(self, task: str) -> str:
        if task in self.state.open_tasks:
            return self.state.open_tasks[task]
        task_id = f"task_{uuid.uuid4().hex[:12]}"
        self.state.open_tasks[task] = task_id
        self.sink.emit("task.started", {"task_id": task_id, "task": task})
        return task_id

    def finish_task(self, task: str, success: bool, reason: str | None = None) -> None:
        task_id = self.state.open_tasks.pop(task, None) or self.start_task(task)
        self.state.open_tasks.pop(task, None)
        data: dict[str, Any] = {"task_id": task_id, "task": task, "success": success}
        if reason:
            data["reason"] = reason
        if success:
            self.state.succeeded.append(task)
        self.sink.emit("task.completed", data)

    # ---- actions -----------------------------------------------------------------------------

    async def tool(self, name: str, args: dict[str, Any] | None = None) -> ToolOutcome:
        """Run a tool; business outcomes (not found, declined) come back, system failures raise."""
        outcome = await self._attempt(name, args)
        if outcome.retryable:
            await self.voice.cycle(APOLOGY)
            outcome = await self._attempt(name, args)
        if not outcome.ok and outcome.error_code in SYSTEM_FAILURES:
            raise ToolUnavailableError(name, outcome.error_code or "error")
        return outcome

    async def _attempt(self, name: str, args: dict[str, Any] | None) -> ToolOutcome:
        task = asyncio.ensure_future(self.tools.call(name, args))
        try:
            if not self._filler_said:
                done, _ = await asyncio.wait({task}, timeout=self.filler_after_ms / 1000)
                if not done:
                    self._filler_said = True
                    await self.voice.cycle(FILLER, ("filler",))
            return await task
        finally:
            if not task.done():
                task.cancel()

    def handoff(
        self, reason: str, trigger: HandoffTrigger, next_best_action: str = "", lead: str = ""
    ) -> None:
        self.state.closing = Closing(reason, trigger, next_best_action, lead)

    def end_call(self, reason: str = "caller done") -> None:
        if self.state.closing is None:
            self.state.closing = Closing(reason)
