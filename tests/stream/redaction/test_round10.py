"""Round 10 of issue 15: the v9 classes fixed at their mechanism. Invented names and values, none taken
from a corpus or the name lists.

Given names that are words of the language in a name's place (before a found surname at the start of
what is said, after "ask for" and before "she", between "name" and "surname", between a clinician's title
and a verb of saying); "oops" as a repair inside a number, a restart "from the top" before a zero said "oh",
"mm" inside a number; years said "nineteen hundred and ninety"; a month said as its number before "the"
and an ordinal day. Kept: products, agent phrases, months, place names in prose, common English words,
prices, order numbers, requests ("ask for help, she said").
"""

from __future__ import annotations

import pytest
from clear_words import Words, assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a given name that is a word is found in a names place
        ("Patience Ngarimuvo, card ending 4417, born June 2, 1971.", "Patience Ngarimuvo"),
        ("treasure oyelakinde card ending two two six one born march third nineteen eighty", "treasure"),
        ("Blessing Tuhiwaikato, my late husband, the hospice had his file.", "Blessing Tuhiwaikato"),
        ("You should ask for Mercy, she does the billing disputes.", "Mercy"),
        ("you should ask for charity he handles the refunds", "charity"),
        ("so first name constance surname ravelokoto", "constance"),
        ("nurse clever told us to keep him hydrated", "clever"),
        # a known gap until round 14 (the learned finder did not take the unlisted surname); found since its
        # retraining with v11-v13 added
        ("my caseworker is harmony ngarimuvo you can ask her", "harmony ngarimuvo"),
        # repairs and sounds inside a number go with it
        # "oops" repairs a number read out, like "sorry"
        (
            "badge number five two two eight one four oh six oops six three nine it's on the lanyard",
            "oops six three nine",
        ),
        (
            "call the desk at four one five oops double seven two one three um eight eight four six",
            "four one five oops",
        ),
        # a restart "from the top" before a zero said "oh"
        (
            "the SSN: oh seven two, four four, sorry, from the top, oh seven two forty four nineteen sixty",
            "sorry from top",
        ),
        # "mm" inside the digits
        ("card ending seven one mm three nine", "seven one three nine"),
        # dates of birth said with hundred or month by number
        ("date of birth ninth of october nineteen hundred and eighty", "hundred eighty"),
        ("she was born on the third of may, nineteen hundred and fifty two, in ohio", "hundred fifty two"),
        ("born seventeenth of august nineteen hundred sixty three", "hundred sixty three"),
        ("and she was born four the ninth eighty one", "four ninth eighty one"),
        ("Tovo Rakotobe, eleven, the second, nineteen seventy eight.", "eleven second seventy eight"),
    ],
)
def test_redacted(speech_redactor: SpeechRedactor, text: str, secret: Words) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("please ask for help, she said the form was wrong", "ask help she said form wrong"),
        ("I'd like to ask for billing, he said to call back", "ask billing he said call back"),
        ("the nurse station said to wait in the lobby", "nurse station said wait lobby"),
        ("Sure, let me pull up your account real quick.", "sure pull account quick"),
        ("Happy to help, is there anything else?", "happy help anything else"),
        ("Memory card is full on the camera", "memory card full camera"),
        ("Gift cards are twenty five dollars each", "gift cards twenty five dollars"),
        ("the kindle paperwhite was forty nine ninety nine", "kindle paperwhite forty nine ninety"),
        ("order number one two three four five six seven shipped in march", "march shipped"),
        ("we drove through stillwater oklahoma in june", "drove june"),
        ("the unity hall in springfield is closed on mondays", "hall springfield closed mondays"),
        ("in the year nineteen hundred and five the town was founded", "nineteen hundred five town founded"),
        ("my wife is proud of the garden", "proud garden"),
        ("I have three, the second and third are fine", "three second third fine"),
        # the words before a name spelled out or an e-mail address are no given name
        ("Ravelokoto, spelled R, A as in apple, V, E, L, O, date of birth May 2, 1961.", "spelled"),
        ("and the last name is spelled k as in kite o v a", "last name spelled"),
        ("i'll give you my e-mail tovo dot rakoto at gmail dot com just send it there", "give e mail send"),
        ("Use quillby dot ravelo at outlook dot com for the receipt.", "use receipt"),
    ],
)
def test_words_prices_products_and_places_stay(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


def test_a_unit_and_house_number_said_as_one_run_go_with_the_street(speech_redactor: SpeechRedactor) -> None:
    text = "the pump's out at lot eight hundred four twenty one seventy three quillby loop by the creek"
    secret = "eight hundred four twenty one seventy three quillby loop"
    assert_redacted(speech_redactor, text, secret=secret)
    kept = "call unit about the leak"
    text = "call unit four one five five five five one two one two about the leak"
    assert_redacted(speech_redactor, text, kept=kept)
