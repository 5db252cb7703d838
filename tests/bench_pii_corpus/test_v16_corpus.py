"""v16, the next release's held-out test half (issue 15, brief D16), its own checks: phone numbers are
NANP-shaped, a number said again after the agent's re-ask is the same value, a five-digit house number with
a zero second is said so that it reads back, and the mix table's counter reads the file. No redactor is run
or imported. The half itself (builder, every step, mutants, check.py in its own process, an
earlier phrase and a short file reported) is test_later_halves.py's."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import check, mix, speech
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_phones_are_nanp_numbers_and_a_repeat_is_the_same_value() -> None:
    for x in LINES:
        phones = [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
        for p in phones:
            assert re.fullmatch(r"[2-9][0-8]\d[2-9]\d{6}", p) and p[1] != p[2], p
            assert p[1:3] != "11" and p[4:6] != "11", p
        if len(phones) == 2:
            assert phones[0] == phones[1], x["id"]


def test_a_zero_second_house_number_is_said_so_it_reads_back() -> None:
    """The kit's "twelve four sixty one" way says 50885 as "fifty eight eighty five" (5885): v16 says it
    digit by digit, and the check tells the two apart."""
    rng = random.Random(3)
    assert speech.house_words(50885, rng) == "five oh eight eight five"
    said = "fifty eight eighty five west washington parkway"
    assert reported(check, check.check_values, "STREET_ADDRESS", said, "50885 W Washington Pkwy")
    fixed = "five oh eight eight five west washington parkway"
    assert reported(check, check.check_values, "STREET_ADDRESS", fixed, "50885 W Washington Pkwy") == []
    assert any(
        speech_kit.house_number_words(50885, random.Random(s)) == said.split(" west")[0] for s in range(20)
    )


def test_the_mix_counter_reads_the_committed_file() -> None:
    rows = dict(mix.mix(LINES))
    assert rows["utterances without PII"].startswith(f"{sum(not x['entities'] for x in LINES)} of 600")
    assert rows["entity types"].startswith("PERSON ")
