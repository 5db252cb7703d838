"""The weekly review sample, pure: the week's bounds (``rollout.weeks``) and the stratified draw (no
I/O, no clock, seeded).

A stratum is one (task success or failure, workflow, agent version); from each, up to ``per_stratum``
calls are drawn without replacement by a ``random.Random`` seeded with the seed and the stratum's name,
so the same calls and seed always give the same sample, and adding a stratum (a new version) does not
change what is drawn from the others.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rollout.errors import RolloutError, WeekError
from rollout.weeks import IsoWeek

MAX_PER_STRATUM = 1_000


class ReviewError(RolloutError, ValueError):
    """An after-call review was asked of something impossible (a malformed week, a resample with another
    seed, a label for a call that is not in the week's sample, …)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ended, non-shadow call that may be drawn."""

    call_sid: str
    workflow: str
    agent_version: str
    task_success: bool

    @property
    def stratum(self) -> str:
        """``success · billing · 1.4.0`` (what the review page groups by)."""
        outcome = "success" if self.task_success else "failure"
        return f"{outcome} · {self.workflow} · {self.agent_version}"


def week_range_ms(week: str) -> tuple[int, int]:
    """``[start, end)`` of the ISO week ``2026-W48`` in epoch milliseconds (Monday 00:00 UTC, 7 days)."""
    try:
        iso = IsoWeek.parse(week)
    except WeekError as err:
        raise ReviewError(str(err)) from None
    return iso.start_ms, iso.end_ms


def week_of(at_ms: int) -> str:
    """The ISO week (``2026-W48``) that contains ``at_ms`` (UTC)."""
    return IsoWeek.of_ms(at_ms).label


def draw(candidates: Iterable[Candidate], per_stratum: int, seed: int) -> list[Candidate]:
    """Up to ``per_stratum`` calls of every stratum, by stratum then call SID."""
    if not 1 <= per_stratum <= MAX_PER_STRATUM:
        raise ReviewError(f"--per-stratum must be 1..{MAX_PER_STRATUM}, got {per_stratum}")
    if seed < 0:
        raise ReviewError(f"the seed must be 0 or more, got {seed}")
    strata: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        strata[candidate.stratum].append(candidate)
    sample: list[Candidate] = []
    for name in sorted(strata):
        members = sorted(strata[name], key=lambda c: c.call_sid)
        rng = random.Random(f"{seed}:{name}")
        picked = members if len(members) <= per_stratum else rng.sample(members, per_stratum)
        sample.extend(sorted(picked, key=lambda c: c.call_sid))
    return sample
