"""What one of a half's ``check.py`` checks reports on one utterance holding one entity: the helper the
per-half tests (v14 to v18) use to show a form of their own reads back and a changed value does not."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from tests.bench_pii_corpus.corpus_checks import Line, failures


def one(kind: str, said: str, value: str, form: str = "spoken") -> list[Line]:
    """One utterance whose whole text is one entity."""
    entity = {"start": 0, "end": len(said), "type": kind, "value": value, "form": form}
    return [{"id": "t", "text": said, "entities": [entity]}]


def reported(check: ModuleType, step: Callable[[list[Line]], object], kind: str, said: str, value: str,
             form: str = "spoken") -> list[str]:  # fmt: skip
    """What ``step`` of ``check`` (a half's check.py) says about ``one(kind, said, value, form)``."""
    return failures(check, step, one(kind, said, value, form))
