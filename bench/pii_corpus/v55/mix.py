"""v55's README mix table counted in its ``test.jsonl`` (v18's counter, v55's names): ``python bench/pii_corpus/v55/mix.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v18.mix import NAME_ROW, mix_of, print_mix
from bench.pii_corpus.v55 import words

__all__ = ["NAME_ROW", "mix"]

mix = mix_of(words)

if __name__ == "__main__":
    print_mix(mix, Path(__file__).resolve().parent)
