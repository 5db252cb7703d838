"""The real pipeline as the warehouse tests run it: redaction by the pattern redactor (no spaCy model to
load, the same tokens every run), a clock the test sets, and a feed of encoded events in order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ingest.clock import Clock, ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, Redaction
from stream.redaction.base import Tokenizer
from stream.redaction.patterns import PatternRedactor
from stream.runner import run


def pattern_pipeline(client: Any, database: str, now: Clock | int, **options: Any) -> Pipeline:
    """A pipeline into ``database``; ``now`` is a clock or the fixed time in ms; ``options`` go to
    ``Pipeline`` (``scorer``, ``rules``, ``commit``, …)."""
    tokens = Tokenizer(b"k")
    clock = ManualClock(now) if isinstance(now, int) else now
    return Pipeline(client, database, clock, redaction=Redaction(PatternRedactor(tokens), tokens), **options)


def feed(pipeline: Pipeline, lines: Iterable[bytes], *, ts_ms: int, source: str = "t", start: int = 0) -> int:
    """Run ``lines`` through ``pipeline`` (offsets from ``start`` on ``source``), all read at ``ts_ms``,
    and flush; returns how many were fed."""
    return run(pipeline, (RawMessage(v, Position(source, 0, start + i), ts_ms) for i, v in enumerate(lines)))
