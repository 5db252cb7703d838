"""The embedded runner: feeds the step chain from a file or the in-process bus, no servers.

It is the in-process twin of the faust worker: same chain, same codec, offsets committed by the
writer after each batch is stored (here: remembered in ``committed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ingest.clock import Clock
from stream.messages import Position, RawMessage

Progress = Callable[[int], None]


class Feedable(Protocol):
    """What the runner needs from a pipeline (``stream.pipeline.Pipeline``)."""

    def submit(self, message: RawMessage) -> None: ...

    def poll(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...


@dataclass
class CommitLog:
    """Offsets the writer committed, per (source, partition): where a restart would resume."""

    committed: dict[tuple[str, int], int] = field(default_factory=dict)
    commits: int = 0

    def __call__(self, offsets: Mapping[tuple[str, int], int]) -> None:
        for key, offset in offsets.items():
            self.committed[key] = max(self.committed.get(key, 0), offset)
        self.commits += 1


def run(
    pipeline: Feedable,
    messages: Iterable[RawMessage],
    *,
    poll_every: int = 500,
    progress: Progress | None = None,
) -> int:
    """Feed every message, polling the chain regularly, then flush everything. Returns the count."""
    count = 0
    for message in messages:
        pipeline.submit(message)
        count += 1
        if count % poll_every == 0:
            pipeline.poll()
            if progress is not None:
                progress(count)
    pipeline.join()
    if progress is not None:
        progress(count)
    return count


def file_messages(path: Path, clock: Clock, source: str | None = None) -> Iterator[RawMessage]:
    """One message per non-blank line of a JSON Lines file; the offset is the line number (from 0)."""
    name = source or f"file:{path.resolve()}"
    with path.open("rb") as handle:
        for offset, line in enumerate(handle):
            value = line.rstrip(b"\r\n")
            if value.strip():
                yield RawMessage(value, Position(name, 0, offset), clock.now_ms())
