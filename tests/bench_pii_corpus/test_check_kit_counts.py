"""check_kit's size-and-mix check (``count_failures``, which v19's steps and so v20-v27's checks run) reports
each bound a half falls short of, shown on v8's committed half (its generator retired, its file kept)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import check_kit

V8 = Path(check_kit.__file__).resolve().parent / "v8" / "test.jsonl"


def _lines() -> list[dict[str, Any]]:
    return [json.loads(line) for line in V8.read_text().splitlines()]


def test_the_committed_v8_half_passes_its_own_bounds() -> None:
    assert check_kit.count_failures(_lines(), check_kit.TYPES, entities=(560, 700), addresses=60,
                                    spoken_numeric=150, names=130) == []  # fmt: skip


def test_each_bound_is_reported_when_the_half_falls_short() -> None:
    lines = _lines()
    failures = check_kit.count_failures(lines[:500], check_kit.TYPES | {"IBAN"}, entities=(560, 700),
                                        addresses=10_000, spoken_numeric=10_000, names=10_000)  # fmt: skip
    assert failures[0].startswith("size: 500 utterances")
    assert failures[1:5] == ["fewer than 10000 names", "not all ten types", "fewer than 10000 addresses",
                             "fewer than 10000 spoken numeric identifiers"]  # fmt: skip
