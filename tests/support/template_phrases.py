"""The four-word phrases of corpus templates, for the tests that check a test half shares no cue phrase
with a tuning half (``tests/bench_pii_corpus``)."""

from __future__ import annotations

import re


def phrases(templates: list[str], n: int = 4) -> set[str]:
    """Every run of n words in the fixed text of the templates (the ``{SLOT}`` placeholders cut a run)."""
    out: set[str] = set()
    for t in templates:
        for part in re.split(r"\{[A-Z0-9_]+\}", t):
            words = re.findall(r"[a-z']+", part.lower())
            out.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out
