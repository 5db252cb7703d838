"""Round 14 of issue 15: the v13 classes fixed at their mechanism. Invented names and values, none taken
from a corpus.

A read-back correction after an identifier ("..., no, the last two are X, not Y") is in its span; a
spelled letter corrected ("K as in kayak, not C, ...") is in the span of what follows it; a short aside
between two parts of one identifier, both found ("you got that", "okay next"), is in the span; an e-mail
said with "at sign"/"at symbol" or at a country-code domain is one span. Kept: prices, times, order and
confirmation numbers, dosages, and "not" or "no" in prose beside numbers that are no identifier.
"""

from __future__ import annotations

import pytest
from clear_words import Words, assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a read back correction after an identifier is redacted with it
        (
            "my member id is k double three eight two four six nine no it ends six nine not nine six",
            "no it ends six nine not nine six",
        ),
        (
            "the zip is nine two seven one four, no, the last two are one four, not four one",
            "no last two are one four not four one",
        ),
        (
            "my phone is seven one three five five two eight eight four six the last two are four six "
            "not six four",
            "last two are four six not six four",
        ),
        (
            "social is four four one two seven three oh nine eight, no, the last digit is eight not three",
            "no last digit eight not three",
        ),
        # a spelled letter corrected is redacted with the identifier
        ("my member id is K as in kayak, not C, nine one four, two two seven six", "k kayak not c"),
        ("my permit is h as in hat not a, four one seven, two two nine oh", "h hat not"),
        ("medicare id M as in mouse, not N, six two nine, one double five eight", "m mouse not n"),
        ("my last name is R, O, S, I as in iris, not E, V, A, L, D", "r o s i iris not e v a l d"),
        # an aside between two parts of an identifier is redacted
        (
            "this is rosalind speaking number three one eighty two you got that five five one two six oh four",
            "you got that",
        ),
        (
            "card forty one forty one, five three seven seven, hmm forty one thirty seven, just checking "
            "seventy three thirty four",
            "just checking",
        ),
        ("member id is four Q T seven W B two okay next R N eight one", "okay next"),
        # an email said with at sign or at a country domain is redacted
        ("her address is quillon r eighty two at sign yahoo dot com", "quillon r eighty two"),
        ("email brandywell dot s forty at symbol gmx dot net", "brandywell s forty"),
        ("write to o s t r a v k a at seznam dot cz", "o s t r a v k a seznam cz"),
        ("it is veldtmann dot j at uni dash kiel dot de", "veldtmann j uni kiel de"),
        # a domain label spelled letter by letter (a university's or a country's)
        ("write to h dash voskuijl at student dot u v a dot n l", "h voskuijl student u v a n l"),
        ("mail oyelaran underscore t at mail dot w s u dot e d u", "oyelaran t w s u e d"),
        # a number after in or after it to is no sum
        ("can the plumber come up in 48213 on saturday", "48213"),
        ("put it back up near 30317 if you can", "30317"),
        ("refund it to thirty one seventy two, that's my debit card", "thirty one seventy two"),
        ("charge it to 47 09 please, the visa", "47 09"),
        # a surname in the possessive after a name is redacted
        ("we are here for Marisol Quintanar's service on friday", "quintanar"),
        ("send the flowers to ilse brandtner's house please", "brandtner"),
    ],
)
def test_redacted(speech_redactor: SpeechRedactor, text: str, secret: Words) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the total was forty two ninety five, no, the last two are nine five not five nine", "forty two"),
        (
            "my phone is 312 555 0143, you got that, it was twelve dollars at four thirty",
            "twelve four thirty",
        ),
        ("card ending 4417, expiration oh nine thirty", "expiration"),
        ("the bill went up to forty two fifty this month", "forty two fifty"),
        ("rates went up in twenty nineteen and again in twenty twenty", "twenty nineteen"),
        ("i paid in twelve hundred dollars last week", "twelve hundred dollars"),
        ("veteran social 412 55 9087, file 7731205", "file"),
        ("he uses q dash brannagh at mail dot t c d dot i e for work", "he uses for work"),
        ("bottom of the page lorcan underscore fe at post dot c z", "bottom page"),
        ("the calle ocho parade is on sunday", "calle ocho parade sunday"),
        ("i saw will at the doctor's office and the landlord's son", "doctor s office landlord son"),
        ("take two tablets, not three, at eight and eight", "two tablets not three eight"),
        ("the zip is 60614 okay next the bill for sixty dollars", "sixty dollars"),
        ("she said no, not at sign up time, it ends at nine", "no not sign nine"),
        ("it's A as in apple pie, not the cake, twelve dollars", "twelve dollars"),
        ("will rose and may joy came at ten, not eleven", "rose may joy ten eleven"),
    ],
)
def test_numbers_and_words_beside_no_identifier_are_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
