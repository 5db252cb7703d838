"""Round 22 of issue 15: v21's seven partial leaks and its misses, the spent halves' leaks whose mechanism
is general, and v21's over-redaction, each fixed at its mechanism. Invented names and values, none taken
from a corpus.

Redacted now: four digits said right before "card" after "bill"/"charge" ("bill the 0482 card"); an address
whose suffix has a directional after it and a house number of one word ("nine willow place northwest");
the domain after a spelled local part ending in "e" ("k o b e at ..."); a surname that is also a word after
"for <first name>" at the end; the "a" of an ID read after "has"; the street said right after a phone
number, heard as one run with it; "my bad" and "correction" inside a number; "h c <n> box <n>" (a highway
contract box said letter by letter); an ID with "hundred" read on digit by digit after a spelled prefix;
a card read on across an aside gets the card's one token (round 20's leftover).
Kept now: the "four" of "final four"; "one more time" between two readings; a tracking number a parcel's
status follows; "loan" in "student loan number"; "a pen" before an ID. Keep-guards: a sum before
"dollars", a card's last group before "expires next spring", a card, a last four or a claim before a parcel
status, "for <first name> and ...", sums said with "hundred", "has a three day hold", the "e" of "email",
two letters after "a" before digits.

Its cases that are one ``assert_redacted`` over a row: ``cases/round22.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import re

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def test_a_card_read_on_across_an_aside_is_one_card_token(speech_redactor: SpeechRedactor) -> None:
    said = redact_text(
        speech_redactor,
        "card four five three two one oh two seven seven six three oh, you got that, four four six four",
    )
    written = redact_text(speech_redactor, "card 4532 1027 7630 4464")
    tokens = re.findall(r"<[^>]*>", said)
    assert tokens == re.findall(r"<[^>]*>", written)
    assert tokens[0].startswith("<CREDIT_CARD")
