"""Names the lists do not hold, round 4 of issue 15: a name said right before its date of birth or an
identifier, a surname that looks like a verb form ("wing", "king"), a name with a middle initial and
a surname on no list, a lower-case listed first name after "my <relative>", a hyphenated surname, a
name after "spoke with". The names are invented, so no list can know them."""

from __future__ import annotations

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "quillan brevasso march third nineteen ninety and my zip is two oh one one four",
            ["quillan", "brevasso"],
        ),
        ("royal keetonby one two one eight sixty nine and my zip is six six", ["royal", "keetonby"]),
        ("uh gaspardo leclairn one two three four five six seven eight nine", ["gaspardo", "leclairn"]),
        ("for verification that's five five one two and i'm jorvel quing", ["jorvel", "quing"]),
        ("account under jack m castlebeck", ["jack", "castlebeck"]),
        ("i'm miracle sorvengo", ["miracle", "sorvengo"]),
        ("my uh wife holly usually calls about the bill", ["holly"]),
        ("my name's nkechi adeyemi-brownfeld", ["brownfeld"]),
        ("i spoke with raffertine last week", ["raffertine"]),
        ("put it under bill wise", ["bill", "wise"]),
        ("can i speak to ray green please", ["ray", "green"]),
        ("it's under mark price", ["mark", "price"]),
    ],
)
def test_an_unlisted_name_is_found_by_where_it_is_said(
    speech_redactor: SpeechRedactor, text: str, names: list[str]
) -> None:
    redacted = redact_text(speech_redactor, text)
    for name in names:
        assert name not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "verizon fios customer since two thousand twelve",
            ["verizon", "fios", "customer"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="round 9: the learned name finder takes two unlisted words before 'customer' for a name "
                "(an over-redaction, not a leak; docs/pii.md, round 9)",
            ),
        ),
        ("my wife will call back tomorrow", ["will", "call", "back"]),
        ("i'm driving right now can you call back", ["driving", "right"]),
        ("my mom rose early to wait for the tech", ["early"]),
        ("i'm calling about the price of the package", ["price", "package"]),
        ("the outage started uh four five six seven minutes ago", ["outage", "started"]),
    ],
)
def test_everyday_words_before_a_number_or_after_a_cue_stay(
    speech_redactor: SpeechRedactor, text: str, kept: list[str]
) -> None:
    redacted = redact_text(speech_redactor, text)
    for word in kept:
        assert word in redacted, redacted
