"""Count the shares of v17's README mix table in the committed ``test.jsonl``: ``python
bench/pii_corpus/v17/mix.py``.

v17 draws from v16's word lists, so v16's counter serves for every row but the four that depend on how a
number is said (fillers, repairs, restart, homophones): those are counted again here with v17's speech.
Reads only the corpus and the lists; no redactor, no score.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v2.score import NUMERIC_TYPES, load
from bench.pii_corpus.v16 import mix as v16_mix
from bench.pii_corpus.v17.speech import FILLERS, HOMOPHONES, REPAIRS, RESTART

HERE = Path(__file__).resolve().parent
FILLED = {f for f in FILLERS}
SPEECH_ROWS = {
    "spoken numeric: a filled pause inside": lambda t: v16_mix._has(t, FILLED),
    "spoken numeric: a self-repair or restart": lambda t: (
        v16_mix._has(t, [*(r.lower() for r in REPAIRS), "wait"]) or RESTART in t
    ),
    "  of them restarts": lambda t: RESTART in t,
    'spoken numeric: a homophone digit ("for", "to")': lambda t: v16_mix._has(t, HOMOPHONES.values()),
}


def mix(lines: list[dict[str, Any]]) -> list[v16_mix.Row]:
    """The README's rows: v16's counter, the speech rows counted with v17's words."""
    spoken = [
        v16_mix._text(x, e)
        for x in lines
        for e in x["entities"]
        if e["type"] in NUMERIC_TYPES and e["form"] in ("spoken", "mixed")
    ]
    return [
        v16_mix._pct(label, spoken, SPEECH_ROWS[label]) if label in SPEECH_ROWS else (label, held)
        for label, held in v16_mix.mix(lines)
    ]


if __name__ == "__main__":
    for label, held in mix(load(HERE / "test.jsonl")):
        print(f"| {label} | {held} |")
