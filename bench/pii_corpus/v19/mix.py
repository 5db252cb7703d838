"""v19's README mix table counted in its ``test.jsonl`` (v18's counter, v19's names): ``python bench/pii_corpus/v19/mix.py``.

v19 says numbers in v17's voice, so v17's counter serves for every row but the family-name groups, which v16's
counter looks up in v16's lists: that row is counted again over v19's own names (``v18.mix.mix_of``).
Reads only the corpus and the lists; no redactor, no score.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v18.mix import NAME_ROW, mix_of, print_mix
from bench.pii_corpus.v19 import words

__all__ = ["NAME_ROW", "mix"]

mix = mix_of(words)

if __name__ == "__main__":
    print_mix(mix, Path(__file__).resolve().parent)
