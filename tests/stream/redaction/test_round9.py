"""Round 9 of issue 15: the learned name finder (``stream/redaction/learned_names.py``) and the v8 classes
fixed at their mechanism. Invented names and values, none taken from a corpus or the name lists.

Names no rule explains, said without a cue: two names around a filler before a date, a name said twice in
a correction, a name after "my driver was" / "introduced himself as", hyphenated surnames. A card number
restarted after "wait, let me start over". Kept: words of the language in the same places, products,
agent phrases, months, places in prose.
"""

from __future__ import annotations

import pytest
from clear_words import Words, assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a name no rule explains is found by the learned finder
        (
            "zhemova uh kirabelt march fourth nineteen sixty and card ending two one four four",
            "zhemova kirabelt",
        ),
        ("no you've got ondrasik vemulova it should be ondrasik vemulova", "ondrasik vemulova"),
        ("my driver was tuvaketa and he left my bag in the trunk", "tuvaketa"),
        ("The tow guy introduced himself as Okonkwaru, he never showed.", "Okonkwaru"),
        ("vasilenka orumbeko calling about the propane tank", "vasilenka orumbeko"),
        ("ship it to dzhumaeva kipchirchova at the usual place", "dzhumaeva kipchirchova"),
        # a card restarted after wait goes whole
        (
            "I'm paying with five two six one, three three zero eight, wait, let me start over, "
            "five two six one three three oh nine, twelve forty four, seven seven one five.",
            "wait let me start over",
        ),
        # a spoken unit before the house number and a house number after a phone go
        ("the tank sits at apartment forty one d, seven twenty two brindlecove valley", "forty one d"),
        ("mom lives at floor twelve c three eighty trestlewood drive now", "twelve c"),
        ("Okafor, Ben, 415-555-0143, 58 Marrowfield Boulevard.", "58 marrowfield"),
        ("Call 212.555.0187, 7310 Quillby Grns. is the house", "7310 quillby"),
    ],
)
def test_redacted(speech_redactor: SpeechRedactor, text: str, secret: Words) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # words of the language places and agent phrases stay
        ("it's listed as paid", "listed paid"),
        ("k as in kite I think that's it", "kite think"),
        ("it's got a crack in the screen and the pen doesn't work", "got crack screen pen"),
        ("we just moved out to dayton ohio last spring", "dayton ohio"),
        ("the pixel phone came scratched can you send another", "pixel phone scratched"),
        ("let me pull up your account real quick", "pull account quick"),
        ("i have two march appointments and one in april", "march appointments april"),
        ("the library in the town square is open on sundays", "library town square sundays"),
        ("wait let me check the order for you", "wait check order"),
        # units and counts without a street stay
        ("apartment twenty eight is on the second floor", "apartment twenty eight second floor"),
        ("my number is 415-555-0143, 3 people share it", "3 people share"),
        ("the gym is on floor thirty one c wing", "floor thirty one wing"),
    ],
)
def test_kept_in_clear(speech_redactor: SpeechRedactor, text: str, kept: Words) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
