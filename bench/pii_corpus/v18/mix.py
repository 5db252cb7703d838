"""Count the shares of v18's README mix table in the committed ``test.jsonl``: ``python
bench/pii_corpus/v18/mix.py``.

v18 says numbers in v17's voice, so v17's counter serves for every row but the family-name groups, which v16's
counter looks up in v16's lists: that row is counted again here over v18's own names.
Reads only the corpus and the lists; no redactor, no score.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import mix as v16_mix
from bench.pii_corpus.v17 import mix as v17_mix
from bench.pii_corpus.v18 import words

HERE = Path(__file__).resolve().parent
NAME_ROW = "full names by family-name group"


def mix_over(lines: list[dict[str, Any]], group_of: dict[str, str]) -> list[v16_mix.Row]:
    """v17's counter's rows, the family-name groups looked up in ``group_of`` (surname -> group): v18's, and
    v19-v21's with their own lists."""
    full = [
        e["value"].split()[-1]
        for x in lines
        for e in x["entities"]
        if e["type"] == "PERSON" and e["form"] == "plain" and " " in e["value"]
    ]
    groups = (f"{NAME_ROW} (of {len(full)})", v16_mix._tally(Counter(group_of.get(s, "?") for s in full)))
    return [groups if label.startswith(NAME_ROW) else (label, held) for label, held in v17_mix.mix(lines)]


def mix_of(words: Any) -> Callable[[list[dict[str, Any]]], list[v16_mix.Row]]:
    """The README's rows of a half with its own ``words``: v17's counter, the family-name groups looked up in
    that half's lists (v19-v26 wire their ``mix.py`` with this one call)."""
    group_of = {name: group for name, group, _ in words.SURNAMES}
    return partial(mix_over, group_of=group_of)


mix = mix_of(words)  # v18's rows: v17's counter, the family-name groups looked up in v18's lists


def print_mix(count: Callable[[list[dict[str, Any]]], list[v16_mix.Row]], here: Path) -> None:
    """A half's ``mix.py`` command line: its README's rows over its committed ``test.jsonl``."""
    for label, held in count(load(here / "test.jsonl")):
        print(f"| {label} | {held} |")


if __name__ == "__main__":
    print_mix(mix, HERE)
