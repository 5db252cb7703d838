"""Check v55's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v55/check.py`` (exit 1 on a failure);
v19's steps over v55's own lists, and against v16's (v17's) and v18's to v54's (``v19.check.later_check``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v19.check import later_check

if __name__ == "__main__":
    later_check("v55").main()
