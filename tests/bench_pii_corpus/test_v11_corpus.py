"""v11's own forms (issue 15): an ID's letters said as words, "period" in an e-mail, a birth date on a holiday or
with its weekday, a name the recognizer split read back and a changed value fails; a said name word of an
earlier half is reported; no redactor is run. The half itself (builder, every check, mutants, check.py in its
own process) is test_seeded_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v11 import check
from tests.bench_pii_corpus.one_value import assert_reads_back, reported


@pytest.mark.parametrize(
    ("kind", "said", "value", "form"),
    [
        (
            "ACCOUNT_ID",
            "bee why, four four, hold on, seven two nine, uh huh, won five ate",
            "BY44729158",
            "spoken",
        ),
        ("DATE_OF_BIRTH", "the day after christmas, eighty one", "1981-12-26", "spoken"),
        ("DATE_OF_BIRTH", "a tuesday, march third, nineteen eighty", "1980-03-03", "spoken"),
        (
            "EMAIL_ADDRESS",
            "ruoxi period ouyang four two plus bills at gmail dot com",
            "ruoxi.ouyang42+bills@gmail.com",
            "spoken",
        ),
        ("PERSON", "sadhbh mc ilhenny", "Sadhbh McIlhenny", "plain"),
        ("PHONE_NUMBER", "4 15 five five five 0 1 2 3", "4155550123", "mixed"),
    ],
)
def test_v11s_own_forms_read_back_and_a_changed_value_fails(
    kind: str, said: str, value: str, form: str
) -> None:
    assert_reads_back(check, kind, said, value, form)


def test_a_said_name_word_of_an_earlier_half_is_reported() -> None:
    assert reported(check, check.check_said_names, "PERSON", "aguirre zabal", "Aguirrezabal", "plain")
