"""The redaction tests' single-check cases: every case of ``cases/*.yaml`` is one ``assert_redacted`` call
or one unchanged-text check.

Most of what a tuning round adds is data: an utterance, the words that must not stay readable (``secret``)
and the words that must (``kept``). Written as tests, that was one parametrized test per class and the same
body 194 times (issue 18: 136 parametrized tests, 58 of one case each); here the cases live in one table per
round (``cases/round26.yaml`` holds what ``test_round26.py`` checked with ``assert_redacted``) and this module
is the one runner. A case's id is ``<table>-<former test name>-<n>``
(``round26-a_last_four_after_ending_and_a_hesitation_is_redacted-1``), so a failure names the round and the
class; its ``why`` in the table says what the class is.

A case with ``unchanged: true`` says the text comes through exactly as said: nothing in it is personal, so
the redacted text must equal the input character for character (``redact_text(...) == text``, not the word sets
of ``assert_redacted``); such a case has no ``secret`` or ``kept``. Those were 28 tests of one
``assert redact_text(speech_redactor, text) == text`` each, in the round files and in the topic files
(``cases/repairs_and_spelling.yaml`` holds the ones ``test_repairs_and_spelling.py`` had).

Two more kinds of case carry the older rounds' checks by piece of text rather than by word, each the one
assert of a parametrized test before: ``gone`` is ``assert_gone`` (no piece is found in what is left in clear;
a piece may hold spaces, " t " for a lone letter), and ``absent`` is ``piece not in redact_text(...)`` (no piece
is found anywhere in the redacted text as it comes out, tokens included). Those were 12 tests, 53 cases
(rounds 4, 6 and 7 and the topic files; a test's comment is its group's ``why`` or its case's ``note``).

A case is one kind: ``unchanged``, ``gone``, ``absent``, or ``kept``/``secret``. A ``kept``/``secret`` case may
also name ``inside``: words said inside the one value the text holds ("let's see", "hold on", "for"), none of
which may be left in clear (``assert_one_value``: rounds 17-19's number read on over a filler, a pause phrase
or a homophone; 3 tests, 6 cases before). A test that needs more than this one check (another redactor,
several asserts, a property) stays a test file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from clear_words import assert_gone, assert_one_value, assert_redacted

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

CASES = Path(__file__).parent / "cases"


def load_cases(folder: Path) -> list[Any]:
    """One ``pytest.param(text, kept, secret, unchanged, gone, absent, inside)`` per case of every table in ``folder``,
    ids numbered per test."""
    params = []
    for table_path in sorted(folder.glob("*.yaml")):
        table = yaml.safe_load(table_path.read_text())
        numbers: dict[str, int] = {}
        for group in table["tests"]:
            name = group["test"].removeprefix("test_")
            for case in group["cases"]:
                numbers[name] = numbers.get(name, 0) + 1
                case_id = f"{table_path.stem}-{name}-{numbers[name]}"
                params.append(
                    pytest.param(
                        case["text"],
                        case.get("kept", ""),
                        case.get("secret", ""),
                        case.get("unchanged", False),
                        case.get("gone", []),
                        case.get("absent", []),
                        case.get("inside", []),
                        id=case_id,
                    )
                )
    return params


@pytest.mark.parametrize(
    ("text", "kept", "secret", "unchanged", "gone", "absent", "inside"), load_cases(CASES)
)
def test_case(
    speech_redactor: SpeechRedactor,
    text: str,
    kept: str | list[str],
    secret: str | list[str],
    unchanged: bool,
    gone: list[str],
    absent: list[str],
    inside: list[str],
) -> None:
    kinds = [bool(unchanged), bool(gone), bool(absent), bool(kept or secret)]
    assert kinds.count(True) == 1, "a case is one kind: unchanged, gone, absent, or kept/secret"
    assert not inside or kept or secret, "inside goes with a kept/secret case"
    if unchanged:
        assert redact_text(speech_redactor, text) == text
    elif gone:
        assert_gone(speech_redactor, text, gone)
    elif absent:
        redacted = redact_text(speech_redactor, text)
        found = [piece for piece in absent if piece in redacted]
        assert not found, f"found in the redacted text: {found} in {redacted!r}"
    else:
        redacted = assert_redacted(speech_redactor, text, kept=kept, secret=secret)
        if inside:
            assert_one_value(redacted, inside=inside)
