"""A recording next step for step tests: keeps what it was given and counts lifecycle calls."""

from __future__ import annotations

from typing import Any


class Recorder:
    def __init__(self) -> None:
        self.items: list[Any] = []
        self.polls = 0
        self.joins = 0
        self.closed = False

    def submit(self, item: Any) -> None:
        self.items.append(item)

    def poll(self) -> None:
        self.polls += 1

    def join(self, timeout: float | None = None) -> None:
        self.joins += 1

    def close(self) -> None:
        self.closed = True
