"""Count the shares of v26's README mix table in the committed ``test.jsonl``: ``python
bench/pii_corpus/v26/mix.py``.

v26 says numbers in v17's voice, so v17's counter serves for every row but the family-name groups, which v16's
counter looks up in v16's lists: that row is counted again here over v26's own names.
Reads only the corpus and the lists; no redactor, no score.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import mix as v16_mix
from bench.pii_corpus.v18 import mix as v18_mix
from bench.pii_corpus.v26 import words

HERE = Path(__file__).resolve().parent
GROUP_OF = {name: group for name, group, _ in words.SURNAMES}
NAME_ROW = v18_mix.NAME_ROW


def mix(lines: list[dict[str, Any]]) -> list[v16_mix.Row]:
    """The README's rows: v17's counter, the family-name groups looked up in v26's lists (v18's counter)."""
    return v18_mix.mix_over(lines, GROUP_OF)


if __name__ == "__main__":
    for label, held in mix(load(HERE / "test.jsonl")):
        print(f"| {label} | {held} |")
