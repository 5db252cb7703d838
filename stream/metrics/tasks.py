"""Task success: tasks started, succeeded and failed, keyed by ``task_id``."""

from __future__ import annotations

from typing import NamedTuple

from ingest.contract.lean import TaskCompleted, TaskStarted
from stream.metrics.timeline import Timeline

INCOMPLETE = "incomplete"


class TaskOutcome(NamedTuple):
    started: int  # distinct task ids seen (a completion without a start counts as started)
    succeeded: int
    failed: int  # explicit failures, plus tasks still open when the call ended (reason "incomplete")


def task_outcome(timeline: Timeline) -> TaskOutcome:
    """Count the call's tasks. A task completed more than once is judged by its last completion."""
    outcome: dict[str, bool] = {}
    started = {e.data.task_id for e in timeline.of(TaskStarted)}
    for completion in timeline.of(TaskCompleted):
        started.add(completion.data.task_id)
        outcome[completion.data.task_id] = completion.data.success
    succeeded = sum(outcome.values())
    failed = len(outcome) - succeeded
    if timeline.ended is not None:
        failed += len(started) - len(outcome)
    return TaskOutcome(started=len(started), succeeded=succeeded, failed=failed)
