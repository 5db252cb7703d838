"""Count the shares of v23's README mix table in the committed ``test.jsonl``: ``python
bench/pii_corpus/v23/mix.py``: v18's counter (``v18.mix.mix_of``) over v23's own names. Reads only the corpus and
the lists; no redactor, no score.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v18 import mix as v18_mix
from bench.pii_corpus.v23 import words

HERE = Path(__file__).resolve().parent
NAME_ROW = v18_mix.NAME_ROW
mix = v18_mix.mix_of(words)

if __name__ == "__main__":
    v18_mix.print_mix(mix, HERE)
