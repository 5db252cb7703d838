"""The v2 PII scorer on hand-made cases: what counts as caught, as a partial leak, and as preserved."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import ScoreError, identifying_tokens, leaked_chars, score


def example(
    text: str, *entities: tuple[str, str, str], form: str = "raw", distractors: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An example whose entities are given by (substring, type, entity form)."""
    ents = []
    for sub, kind, ent_form in entities:
        start = text.index(sub)
        ents.append({"start": start, "end": start + len(sub), "type": kind, "value": sub, "form": ent_form})
    dis = []
    for sub in distractors:
        start = text.index(sub)
        dis.append({"start": start, "end": start + len(sub), "kind": "AMOUNT"})
    return {"id": "x", "text": text, "entities": ents, "distractors": dis, "form": form}


def span_of(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


ACCOUNT = "k as in kilo x four four seven one nine oh two"
ACCOUNT_TEXT = f"my member id is {ACCOUNT} thanks"


def test_whole_identifier_covered_is_caught_without_leak() -> None:
    ex = example(ACCOUNT_TEXT, (ACCOUNT, "ACCOUNT_ID", "spoken"))
    report = score([ex], [[span_of(ACCOUNT_TEXT, ACCOUNT)]])
    assert report.recall.value == 1.0
    assert report.spoken_numeric.value == 1.0
    assert report.partial_leaks == 0
    assert report.preservation.value == 1.0  # "my member id is ... thanks" untouched


def test_identifier_cut_at_double_is_a_partial_leak() -> None:
    """The issue's failure: the span stops at "double"/"four four", six characters stay readable."""
    ex = example(ACCOUNT_TEXT, (ACCOUNT, "ACCOUNT_ID", "spoken"))
    report = score([ex], [[span_of(ACCOUNT_TEXT, "k as in kilo x")]])
    assert report.recall.value == 0.0
    assert report.partial_leaks == 1 and report.partial_leaks_touched == 1
    assert report.leaks_by_type["ACCOUNT_ID"] == 1
    miss = report.misses[0]
    assert miss.in_clear == ["four", "four", "seven", "one", "nine", "oh", "two"]
    assert miss.leaked_chars == 7


def test_three_characters_in_clear_is_a_miss_but_not_a_partial_leak() -> None:
    ex = example(ACCOUNT_TEXT, (ACCOUNT, "ACCOUNT_ID", "spoken"))
    report = score([ex], [[span_of(ACCOUNT_TEXT, "k as in kilo x four four seven one")]])
    assert report.recall.value == 0.0
    assert report.partial_leaks == 0
    assert report.misses[0].leaked_chars == 3


def test_masking_prefix_in_clear_is_a_miss() -> None:
    """'K***<ACCOUNT_ID>': the first character of a written ID left readable is not caught."""
    text = "member KX4471902 on file"
    ex = example(text, ("KX4471902", "ACCOUNT_ID", "written"))
    start, end = span_of(text, "KX4471902")
    report = score([ex], [[(start + 1, end)]])
    assert report.recall.value == 0.0
    assert report.misses[0].leaked_chars == 1
    assert report.partial_leaks == 0


def test_fillers_and_spelling_glue_need_not_be_covered() -> None:
    text = "my social is one two three uh four five six seven eight nine ok"
    gold = "one two three uh four five six seven eight nine"
    ex = example(text, (gold, "US_SSN", "spoken"))
    report = score([ex], [[span_of(text, "one two three"), span_of(text, "four five six seven eight nine")]])
    assert report.recall.value == 1.0


def test_written_number_leaves_digits_counted_one_each() -> None:
    text = "Card: 4111 1111 1111 1234."
    ex = example(text, ("4111 1111 1111 1234", "CREDIT_CARD", "written"), form="smart")
    report = score([ex], [[span_of(text, "4111 1111 1111")]])
    assert report.by_type["CREDIT_CARD"].value == 0.0
    assert report.partial_leaks == 1
    assert report.misses[0].in_clear == ["1234"]
    assert report.spoken_numeric.total == 0  # written form: not in the spoken-numeric figure


def test_email_domain_of_a_free_mail_provider_may_stay() -> None:
    text = "it's kelly five one at gmail dot com"
    gold = "kelly five one at gmail dot com"
    ex = example(text, (gold, "EMAIL_ADDRESS", "spoken"))
    assert score([ex], [[span_of(text, "kelly five one")]]).recall.value == 1.0
    assert score([ex], [[span_of(text, "kelly five")]]).recall.value == 0.0


def test_surname_left_after_a_redacted_first_name_leaks_its_letters() -> None:
    text = "the account is under beverly hughes"
    ex = example(text, ("beverly hughes", "PERSON", "plain"))
    report = score([ex], [[span_of(text, "beverly")]])
    assert report.by_type["PERSON"].value == 0.0
    assert report.misses[0].leaked_chars == len("hughes")
    assert report.partial_leaks == 1


def test_address_number_left_is_a_miss() -> None:
    text = "i live at twenty nine sixty three hughes haven apartment four"
    gold = "twenty nine sixty three hughes haven apartment four"
    ex = example(text, (gold, "STREET_ADDRESS", "spoken"))
    report = score([ex], [[span_of(text, "hughes haven apartment four")]])
    assert report.recall.value == 0.0
    assert report.misses[0].in_clear == ["twenty", "nine", "sixty", "three"]
    assert report.partial_leaks == 1  # four number words, one character each


def test_redacting_an_amount_costs_preservation() -> None:
    text = "I was charged $42.10 twice."
    ex = example(text, distractors=("$42.10",), form="smart")
    kept = score([ex], [[]])
    assert kept.preservation.value == 1.0 and kept.untouched_no_pii.value == 1.0
    hit = score([ex], [[span_of(text, "$42.10")]])
    assert hit.preservation.hit == kept.preservation.total - 2  # "42" and "10" touched
    assert hit.distractor_preservation.value == 0.0
    assert hit.untouched_no_pii.value == 0.0


def test_per_type_and_overall_recall_add_up() -> None:
    a = example("zip nine four one oh seven", ("nine four one oh seven", "ZIP_CODE", "spoken"))
    b = example("born March 3, 1985.", ("March 3, 1985", "DATE_OF_BIRTH", "written"), form="smart")
    report = score([a, b], [[span_of(a["text"], "nine four one oh seven")], []])
    assert str(report.recall) == "0.500 (1/2)"
    assert report.by_type["ZIP_CODE"].value == 1.0 and report.by_type["DATE_OF_BIRTH"].value == 0.0
    assert report.by_utterance_form["raw"].value == 1.0 and report.by_utterance_form["smart"].value == 0.0
    assert report.misses[0].leaked_chars == 1 + 1 + 4  # month word, digit 3, four digits of the year


def test_a_letter_and_its_spelling_word_leak_one_character_together() -> None:
    text = "P as in Paul L"
    tokens = identifying_tokens(text, 0, len(text))
    assert [text[t.start : t.end] for t in tokens] == ["P", "Paul", "L"]
    assert leaked_chars(tokens, [False] * len(text)) == 2  # P (said twice) and L
    paul_and_after = [i >= text.index("Paul") for i in range(len(text))]
    assert leaked_chars(tokens, paul_and_after) == 1  # "P as in" left: the letter is still readable


def test_teens_give_away_two_digits() -> None:
    text = "thirteen seventeen"
    assert leaked_chars(identifying_tokens(text, 0, len(text)), [False] * len(text)) == 4


@pytest.mark.parametrize(
    ("predictions", "message"),
    [([], "1 examples but 0 prediction lists"), ([[(0, 999)]], "outside a text")],
    ids=["missing-list", "span-past-end"],
)
def test_misaligned_predictions_are_refused(predictions: list[list[tuple[int, int]]], message: str) -> None:
    ex = example("zip nine four one oh seven", ("nine four one oh seven", "ZIP_CODE", "spoken"))
    with pytest.raises(ScoreError, match=message):
        score([ex], predictions)


def test_a_surname_that_is_a_street_suffix_still_leaks_its_letters() -> None:
    """'Hill' left readable is four characters of a name, but one (a street category) of an address."""
    name = "calling for nora hill"
    address = "it's at twelve nora hill"
    as_name = score([example(name, ("nora hill", "PERSON", "plain"))], [[span_of(name, "nora")]])
    as_street = score(
        [example(address, ("twelve nora hill", "STREET_ADDRESS", "spoken"))],
        [[span_of(address, "twelve nora")]],
    )
    assert as_name.misses[0].leaked_chars == 4 and as_name.partial_leaks == 1
    assert as_street.misses[0].leaked_chars == 1 and as_street.partial_leaks == 0
