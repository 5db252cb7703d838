"""The redaction rounds' single-check cases: every case of ``cases/*.yaml`` is one ``assert_redacted`` call.

Most of what a tuning round adds is data: an utterance, the words that must not stay readable (``secret``)
and the words that must (``kept``). Written as tests, that was one parametrized test per class and the same
body 194 times (issue 18: 136 parametrized tests, 58 of one case each); here the cases live in one table per
round (``cases/round26.yaml`` holds what ``test_round26.py`` checked with ``assert_redacted``) and this module
is the one runner. A case's id is ``<table>-<former test name>-<n>``
(``round26-a_last_four_after_ending_and_a_hesitation_is_redacted-1``), so a failure names the round and the
class; its ``why`` in the table says what the class is.

A test that needs more than this one check (another redactor, several asserts, a property) stays a test file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor

CASES = Path(__file__).parent / "cases"


def load_cases(folder: Path) -> list[Any]:
    """One ``pytest.param(text, kept, secret)`` per case of every table in ``folder``, ids numbered per test."""
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
                    pytest.param(case["text"], case.get("kept", ""), case.get("secret", ""), id=case_id)
                )
    return params


@pytest.mark.parametrize(("text", "kept", "secret"), load_cases(CASES))
def test_case(
    speech_redactor: SpeechRedactor, text: str, kept: str | list[str], secret: str | list[str]
) -> None:
    assert_redacted(speech_redactor, text, kept=kept, secret=secret)
