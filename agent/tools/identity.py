"""Who the caller has been shown to be, so far, in this call: the gate in front of account data."""

from __future__ import annotations

from dataclasses import dataclass

from agent.tools.catalog import LEVELS, Level


@dataclass
class Identity:
    """The candidate record (found by phone, name or member ID) and how it was verified."""

    customer_id: str = ""
    level: Level = "none"
    method: str = ""

    @property
    def verified(self) -> bool:
        return self.level != "none"

    def allows(self, needed: Level) -> bool:
        return LEVELS[self.level] >= LEVELS[needed]

    def raise_to(self, level: Level, method: str) -> None:
        if LEVELS[level] > LEVELS[self.level]:
            self.level, self.method = level, method
