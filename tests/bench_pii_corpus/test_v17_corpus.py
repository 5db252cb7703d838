"""v17, the held-out test half after v16 (issue 15, brief D17), its own checks: phones are NANP-shaped and
a number said again is the same value; a five-digit house number with 0 second is said so that it reads
back (and the kit's way is caught); the mix counter reads the file. No redactor is imported. The half
itself (builder, every step, mutants, check.py in its own process, an earlier phrase and a short file
reported) is test_later_halves.py's."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v17 import check, mix, speech
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_phones_are_nanp_and_the_repeat_matches() -> None:
    repeats = 0
    for x in LINES:
        phones = [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
        for p in phones:
            assert re.fullmatch(r"[2-9][0-8]\d[2-9]\d{6}", p) and p[1] != p[2], p
            assert "11" not in (p[1:3], p[4:6]), p
        if len(phones) == 2:
            repeats += 1
            assert phones[0] == phones[1], x["id"]
    assert repeats >= check.REPEATS


def test_house_number_with_zero_second_reads_back_and_the_kit_way_is_caught() -> None:
    assert speech.house_words(70312, random.Random(1)) == "seven oh three one two"
    kit_way = {speech_kit.house_number_words(70312, random.Random(s)) for s in range(30)}
    assert "seventy three twelve" in kit_way
    assert reported(
        check, check.check_values, "STREET_ADDRESS", "seventy three twelve north oak street", "70312 N Oak St"
    )
    good = "seven oh three one two north oak street"
    assert reported(check, check.check_values, "STREET_ADDRESS", good, "70312 N Oak St") == []


def test_mix_counts_the_committed_file() -> None:
    rows = dict(mix.mix(LINES))
    quiet = sum(not x["entities"] for x in LINES)
    assert rows["utterances without PII"].startswith(f"{quiet} of 600")
    assert rows["spoken numeric: a filled pause inside"].split(" of ")[0] != "0"
