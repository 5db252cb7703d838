"""Acknowledgements inside a number read out ("five three eight oh, yep, four eight seven nine"), by the
shape of the identifier the caller was asked for, not by a list of acknowledgements.

Callers reading a number off a card answer the agent's "mm hm" with "yep", "okay", "right", "yup",
"sure", "got it" between digit groups. Round 8 listed some ("okay", "yeah", "got it"); v11 brought
"yep" and "mm hm" (issue 15, 15 misses), and a list will always miss the next one. So the question is
turned round: what *stops* a number run? A word that names something (a context word, a unit, a
street suffix, a word on no English list — ``corrections.gap_end``), a sentence of its own ("?"), and
an identifier already complete. Any one or two everyday words between two digit groups of a run that
an ID cue opened ("card", "social", "phone", "member id", "last four") are a backchannel when the
digits before and after them together make the shape of what the cue announced and the digits before
alone do not: nine for a social, ten or eleven for a phone, a Luhn-valid 13-19 for a card, five or
nine for a ZIP, four after "last"/"ending", six to fourteen for an account or member ID (both sides
two digits or more). Unrelated numbers a few words apart do not fit the shape; without a cue nothing
joins except a 15- or 16-digit card whose check digit holds; digits ASR wrote as numerals end a number
(as in ``corrections``); a quantity word after the digits ("40 pounds") ends it too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from stream.redaction.corrections import gap_end, names_a_thing, said_again

if TYPE_CHECKING:
    from stream.redaction.spoken import DigitRun, Token

MAX_WORDS = 2  # "yep", "mm hm", "okay got it": an acknowledgement is short
# round 13: the agent's re-ask or the caller's own aside between two groups ("you there", "lemme see",
# "sorry could you repeat that?", "i missed the end once more please") is a sentence, not one word; it
# is carried only under the same shape test, so its length bounds nothing the shape does not
MAX_ASIDE_WORDS = 8
MAX_GAPS = 4  # a card read in four groups has three gaps
_LAST_FOUR_CUES = frozenset({"last", "final", "ending", "ends"})


CUE_WINDOW = 12  # an ID read in groups, letters first, puts its cue farther back than one number's


def shape_kind(tokens: list[Token], start: int) -> str | None:
    """The identifier a cue before ``start`` announced ("LAST_FOUR" after "last"/"ending"), or None."""
    from stream.redaction.context import kind_before  # lazy: ``context`` reads ``spoken``, which reads this

    if any(t.low in _LAST_FOUR_CUES for t in tokens[max(0, start - 4) : start]):
        return "LAST_FOUR"
    return kind_before(tokens, start, window=CUE_WINDOW)


def is_backchannel(tokens: list[Token], b: int, k: int) -> bool:
    """Whether tokens ``b..k`` are one or two words that answer and name nothing ("yep", "okay", "yup
    sure"): no number word, no context word, unit, street suffix or word on no English list, and no
    function word (spaCy's stop words: a pronoun, an article, a preposition or a conjunction opens a
    phrase of its own — "I ordered 40", "to 4580 ...", "and 12 ...")."""
    n = k - b + 1
    return 1 <= n <= MAX_WORDS and all(_answers(t.low) for t in tokens[b : k + 1])


def _answers(low: str) -> bool:
    return low.isalpha() and (low in READING_ON or low not in _never_answers()) and not names_a_thing(low)


# round 23: the words a caller reading a number moves on with ("two n y six, okay, next, q one six ...",
# "seven six six then two ..."): stop words, but they name nothing (v13 left an ID's first part before them)
READING_ON = frozenset({"next", "then"})


@lru_cache(maxsize=1)
def _never_answers() -> frozenset[str]:
    """Stop words, number words and "double"/"triple" (read once: ``spoken`` reads this module)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from stream.redaction.spoken import NUMBER_WORDS, REPEAT

    return frozenset(STOP_WORDS) | NUMBER_WORDS | frozenset(REPEAT)


def fits(kind: str | None, said: str, total: str, after: str) -> bool:
    """Whether ``total`` (``said`` + ``after``) has the shape of ``kind`` and ``said`` alone has not."""
    from stream.redaction.context import ACCOUNT, CARD, NUMBER, PHONE, SSN, ZIP
    from stream.redaction.spoken import luhn_ok

    n = len(total)
    if kind == SSN:
        return n == 9 and len(said) < 9
    if kind == PHONE:
        return n in (10, 11) and len(said) < 10
    if kind == ZIP:
        return (n in (5, 9) and len(said) < 5) or (len(said) == 5 and n == 9)
    if kind == "LAST_FOUR":
        return n == 4 and len(said) < 4
    if kind in (ACCOUNT, NUMBER):
        return 6 <= n <= 14 and len(said) >= 2 and len(after) >= 2
    if kind == CARD:
        return 13 <= n <= 19 and len(said) < 13 and luhn_ok(total)
    if kind is None:  # a card by its check digit; a US phone by its groups (3 then 7, or 3, 3 then 4)
        card = n in (15, 16) and len(said) < 13 and luhn_ok(total)
        return card or (n == 10 and len(said) in (3, 6) and len(after) in (4, 7))
    return False


def across_backchannels(
    tokens: list[Token],
    start: int,
    i: int,
    said: str,
    number_words: frozenset[str],
    run_at: Callable[[list[Token], int], DigitRun | None],
) -> tuple[str, int] | None:
    """The digits and the last token index of a run at ``start`` carried across backchannels from ``i``
    (where the digits ``said`` stopped), or None when no gap there is one. ``run_at`` reads one digit
    group without crossing a backchannel itself."""
    kind: str | None = None
    looked = False
    best: tuple[str, int] | None = None
    total = said
    if tokens[i - 1].low.isdigit():
        return None  # written digits are ASR's formatting of a finished number ("479-744-3181, flight ...")
    for _ in range(MAX_GAPS):
        if i >= len(tokens) or tokens[i].low.isdigit():
            break
        k = gap_end(tokens, i, number_words, MAX_ASIDE_WORDS, questions=True)
        if k is None or not _only_asides(tokens, i, k):
            break
        answer = k - i <= MAX_WORDS and _only_answers(tokens, i, k)
        after = run_at(tokens, k)
        if after is None or _unit_after(tokens, after.last):
            break
        if not looked:
            kind, looked = shape_kind(tokens, start), True
        # a number said again after the re-ask ("712... say that again? 712 ...") replaces the first reading
        again = said_again(total, after.digits)
        if not answer and not _aside_holds(tokens, kind, said, after, again is not None):
            break
        joined = again or total + after.digits
        if fits(kind, said, joined, after.digits):
            best = (joined, after.last)
        elif (trimmed := _without_trailing_weak(tokens, after)) is not None and fits(
            kind, said, total + trimmed[0], trimmed[0]
        ):
            best = (total + trimmed[0], trimmed[1])  # "... two six oh seven, for the notice": "for" is a word
        total = joined
        i = after.last + 1
    return best


def _only_answers(tokens: list[Token], i: int, k: int) -> bool:
    words = [j for j in range(i, k) if tokens[j].low.isalpha()]
    return bool(words) and all(_answers(tokens[j].low) for j in words)


def _aside_holds(tokens: list[Token], kind: str | None, said: str, after: DigitRun, again: bool) -> bool:
    """Whether a sentence between two groups (not a one- or two-word answer) is carried: two digits or
    more on each side ("the right one is eight five ..." is no group before it), and for an ID whose
    shape is only a length range (account, member, plain number) the digits after it said again or
    closing the utterance or its clause ("... the bill was fourteen forty higher than usual" is a new
    number: its clause goes on)."""
    from stream.redaction.context import ACCOUNT, NUMBER

    if len(said) < 2 or len(after.digits) < 2:
        return False
    if kind not in (ACCOUNT, NUMBER) or again:  # (no cue: ``fits`` asks a Luhn card or a phone's groups)
        return True
    nxt = after.last + 1
    return nxt >= len(tokens) or not tokens[nxt].low.isalpha()


def _only_asides(tokens: list[Token], i: int, k: int) -> bool:
    """Words that answer, ask again or hold ("you there", "still there", "lemme see", "could you repeat
    that?"): stop words allowed here (the shape test decides), number words and naming words never."""
    words = [j for j in range(i, k) if tokens[j].low.isalpha() or "'" in tokens[j].low]
    return bool(words) and all(is_aside(tokens[j].low) for j in words)


def is_aside(low: str) -> bool:
    """A word an aside or a re-ask may hold: no number word, no word that names a thing."""
    return low not in _never_aside() and not names_a_thing(low)


@lru_cache(maxsize=1)
def _never_aside() -> frozenset[str]:
    from stream.redaction.spoken import NUMBER_WORDS, REPEAT

    return NUMBER_WORDS | frozenset(REPEAT)


def _unit_after(tokens: list[Token], last: int) -> bool:
    """ "... 40 pounds": a quantity, not the rest of an identifier."""
    from stream.redaction.context import NOT_PII_AFTER

    return last + 1 < len(tokens) and tokens[last + 1].low in NOT_PII_AFTER


def _without_trailing_weak(tokens: list[Token], run: DigitRun) -> tuple[str, int] | None:
    """The digits and last index of ``run`` without a last digit that is also a word ("for", "to")."""
    from stream.redaction.spoken import SEPARATORS, WEAK

    if run.last <= run.first or tokens[run.last].low not in WEAK:
        return None
    k = run.last - 1
    while k > run.first and tokens[k].low in SEPARATORS:
        k -= 1
    return run.digits[:-1], k


__all__ = [
    "CUE_WINDOW",
    "MAX_ASIDE_WORDS",
    "MAX_WORDS",
    "across_backchannels",
    "fits",
    "is_aside",
    "is_backchannel",
    "shape_kind",
]
