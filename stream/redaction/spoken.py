"""Speech-to-text as callers produce it: words with offsets, and spoken numbers read as digits.

Transcripts spell numbers the way people say them: "four one five", "oh", "double five", "five
fifty five", "nineteen eighty two", "two thousand five", with pauses and fillers in between
("one two three, uh, four five"). Every recognizer works on the same token list, and
``digit_runs`` turns such a stretch into the digits a written form would have, so that a spoken
and a written card number get the same token and the same checks (Luhn, length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.lexicon.numbers import ONES, ordinal
from ingest.lexicon.numbers import TEENS as TEEN_VALUES
from ingest.lexicon.numbers import TENS as TENS_VALUES
from stream.redaction.backchannels import across_backchannels
from stream.redaction.corrections import HESITATION, MAY_HESITATE, gap_end, hesitation, said_again

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+|[^\w\s]|_", re.UNICODE)

# digit words from the shared lexicon (``ingest.lexicon.numbers``), plus how recognizers mishear them
UNITS = {word: str(value) for word, value in ONES.items()} | {
    "oh": "0", "o": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1", "niner": "9", "tree": "3",
}  # fmt: skip
TEENS = {word: str(value) for word, value in TEEN_VALUES.items()}
TENS = {word: str(value // 10) for word, value in TENS_VALUES.items()} | {
    "fourty": "4"
}  # a common misspelling
WEAK = frozenset({"o", "oh", "for", "to", "too", "ate", "won", "tree"})  # number words that are also words
REPEAT = {"double": 2, "triple": 3}
_LEADING_WORDS = frozenset({"to", "too", "for", "won", "ate"})
_FILLERS = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", "hmm", ","})
_COPULAS = frozenset(
    {"is", "was", "be", "are", "it's", "that's", "number's", ":", ",", "uh", "um", "er", "like", "know", "",
     "number", "id", "zip", "code", "card", "phone", "social", "ssn", "digits"}
)  # fmt: skip
_VERB_COPULAS = frozenset(
    {"is", "was", "be", "are", "it's", "that's", "number's", ":", ",", "uh", "um", "er"}
)
_TAKES_TO = frozenset(
    {"it", "them", "me", "him", "her", "us", "up", "back", "go", "went", "moved", "move", "send", "sent",
     "ship", "mail", "changed", "change", "set", "from", "due", "need", "want", "have", "going", "able",
     "wait", "deliver", "delivered", "shipped", "mailed", "sends", "ships", "mails", "delivers", "forward"}
)  # fmt: skip
# words that name a number right before it ("phone to five ..." is rare; "card ending to ..." is not)
CONTEXT_CUES = frozenset(
    {"ending", "ends", "last", "four", "digits", "number", "zip", "code", "phone", "cell"}
)
_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "me", "who"})
_FULL_LENGTHS = frozenset({4, 5, 9, 10, 11, 15, 16})
SEPARATORS = frozenset(
    {
        "-",
        "\u2014",
        "\u2013",
        ",",
        ".",
        "/",
        "…",
        "(",
        ")",
        "+",
        "uh",
        "um",
        "umm",
        "uhh",
        "er",
        "erm",
        "ah",
        "hmm",
        "mm",
        "hm",
        "and",
        "then",
        "dash",
    }
)
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand"}


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One word, digit group or punctuation mark; ``low`` is its lower-case form.

    Never changed once made, but not ``frozen``: a frozen dataclass's ``__init__`` sets each field
    through ``object.__setattr__``, and building the tokens was most of ``tokenize``, itself ~10 % of
    the rules' scan (issue 19, brief G19r). Equality and hashing are the frozen class's (by fields).
    """

    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DigitRun:
    """Consecutive number words/digit groups read as one number: tokens ``[first, last]``."""

    first: int
    last: int
    digits: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words with offsets; a hesitation sound in an unusual spelling ("eh", "hmmm") is read as "uh"."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        tokens.append(Token(word, word.lower(), start, end))
    if MAY_HESITATE.search(text) is None:
        return tokens  # most texts: one search
    return [Token(t.text, HESITATION, t.start, t.end) if hesitation(t.low) else t for t in tokens]


def glued_hyphen(tokens: list[Token], h: int) -> bool:
    """Whether token ``h`` is a hyphen written between two tokens with no space ("wiegand-jenks"); the
    closure and the name finders each add what the words either side must be."""
    return (
        0 < h < len(tokens) - 1
        and tokens[h].text == "-"
        and tokens[h - 1].end == tokens[h].start
        and tokens[h].end == tokens[h + 1].start
    )


def is_number_token(token: Token) -> bool:
    return token.low.isdigit() or token.low in NUMBER_WORDS or token.low in REPEAT


def digit_runs(tokens: list[Token]) -> list[DigitRun]:
    """Every maximal stretch of spoken or written digits, with fillers and pauses allowed inside."""
    runs = _runs(tokens)
    return [_with_edge_read_again(tokens, run, runs) for run in runs]


def _runs(tokens: list[Token]) -> list[DigitRun]:
    runs: list[DigitRun] = []
    i = 0
    while i < len(tokens):
        run = _run_at(tokens, i)
        if run is None:
            i += 1
        else:
            run = _without_last_four_words(tokens, run)
            if run is not None:
                runs.append(_with_leading_word(tokens, run))
            i = i + 1 if run is None else run.last + 1
    return runs


def _with_edge_read_again(tokens: list[Token], run: DigitRun, runs: list[DigitRun]) -> DigitRun:
    """A run with the "to/too/for" at its edge that the caller's other reading of the same number
    shows to be a digit: "... again to seven oh five ... sorry, two seven oh five ...", "six five oh
    ... eight two so six five zero ... eight to you got that" (round 16: v15 left that "to" of two
    phone numbers in clear; the word-before rules call it a preposition, the second reading says not)."""
    if len(run.digits) < 6:
        return run
    k = before_fillers(tokens, run.first - 1)
    first = tokens[run.first].low
    if (
        k >= 0
        and tokens[k].low in _LEADING_WORDS
        and first in UNITS
        and UNITS[first] != run.digits[0] == UNITS[tokens[k].low]
    ):  # one run over both readings, valued as the second: it starts with the digit the "to" was
        return DigitRun(k, run.last, run.digits, tokens[k].start, run.end)
    j = weak_digit_after(tokens, run.last)
    last = tokens[run.last].low
    if j is not None and last in UNITS and UNITS[last] != run.digits[-1] == UNITS[tokens[j].low]:
        return DigitRun(run.first, j, run.digits, run.start, tokens[j].end)  # "... two so ... six to"
    others = [r.digits for r in runs if r is not run and len(r.digits) == len(run.digits) + 1]
    if not others:
        return run
    if k >= 0 and tokens[k].low in _LEADING_WORDS:
        whole = UNITS[tokens[k].low] + run.digits
        if any(_read_alike(whole, other, 0) for other in others):
            return DigitRun(k, run.last, whole, tokens[k].start, run.end)
    if j is not None:
        whole = run.digits + UNITS[tokens[j].low]
        if any(_read_alike(whole, other, len(whole) - 1) for other in others):
            return DigitRun(run.first, j, whole, run.start, tokens[j].end)
    return run


def _read_alike(whole: str, other: str, at: int) -> bool:
    """Two readings of one number: the same digit at the misheard word's place ``at``, at most two
    other digits differing (a caller who corrects a pair, "six five six, sorry ... five double six")."""
    return whole[at] == other[at] and sum(a != b for a, b in zip(whole, other, strict=True)) <= 2


def before_fillers(tokens: list[Token], k: int) -> int:
    """The index of the last word at or before ``k`` that is not a filler sound."""
    while k >= 0 and tokens[k].low in _FILLERS and tokens[k].low != ",":
        k -= 1
    return k


def weak_digit_after(tokens: list[Token], last: int) -> int | None:
    """The index of a "to/too/for/won/ate" right after ``last`` (fillers between), else None."""
    j = last + 1
    while j < len(tokens) and tokens[j].low in _FILLERS and tokens[j].low != ",":
        j += 1
    return j if j < len(tokens) and tokens[j].low in _LEADING_WORDS else None


def read_again_to_the_weak_digit(tokens: list[Token], weak: int) -> bool:
    """Whether the "to/for" at ``weak`` ends or opens a digit run that, with it, reads the same as
    another run of the utterance: the number said twice makes it a digit."""
    runs = _runs(tokens)
    if any(r.last == weak and _second_reading_completed(tokens, r) for r in runs):
        return True
    return any(
        (r.first <= weak <= r.last) and not any(p.first <= weak <= p.last for p in runs)
        for r in (_with_edge_read_again(tokens, run, runs) for run in runs)
    )


def _second_reading_completed(tokens: list[Token], run: DigitRun) -> bool:
    """Whether ``run`` holds two readings ("... two so six five ... eight to") and its last word is the
    digit that makes the second as long as the number's value."""
    k, said = run.last - 1, 0
    while k > run.first and (tokens[k].low in UNITS or tokens[k].low in REPEAT or tokens[k].low in _FILLERS):
        said += tokens[k].low in UNITS or tokens[k].low in REPEAT
        k -= 1
    return k > run.first and said + 1 == len(run.digits)


# the words before "four" that name a card's last four digits; round 22: "final four ..." (v21 had 6)
LAST_WORDS = frozenset({"last", "final"})


def _without_last_four_words(tokens: list[Token], run: DigitRun) -> DigitRun | None:
    """ "the last four eight one two two": "four" names the digits that follow, it is not one."""
    if tokens[run.first].low not in ("four", "4") or run.first == run.last:
        return run
    k = run.first - 1
    while k >= 0 and (tokens[k].low in _FILLERS or tokens[k].low in ("like", "you", "know")):
        k -= 1
    if k < 0 or tokens[k].low not in LAST_WORDS:
        return run
    return _run_at(tokens, run.first + 1)


def _with_leading_word(tokens: list[Token], run: DigitRun) -> DigitRun:
    """A run with the misheard digit before it ("is too er five three ...", "ending in ate two for
    nine"): a "to/too/for/ate/won" right before a run is a digit after a copula or a pause, or when
    it completes a run to the length of a card, phone, SSN, ZIP or last four."""
    k = run.first - 1
    while k >= 0 and tokens[k].low in _FILLERS:
        k -= 1
    if k < 0 or tokens[k].low not in _LEADING_WORDS or tokens[run.first].low.isdigit():
        return run  # "ship it to 596 ...": before numerals the recognizer wrote, "to" is a word
    if (pair := _two_misheard_before(tokens, k, run)) is not None:
        return pair
    b = k - 1
    while b >= 0 and tokens[b].low in _FILLERS and tokens[b].low != ",":
        b -= 1
    before = tokens[b].low if b >= 0 else ""
    digits = UNITS[tokens[k].low] + run.digits
    after_copula = before in _COPULAS
    completes = len(digits) in _FULL_LENGTHS and len(run.digits) not in _FULL_LENGTHS
    if tokens[k].low == "to" and before.isalpha() and before not in _COPULAS and before not in CONTEXT_CUES:
        completes = False  # "send the technician to seven eight two ...": after a word, "to" is a word
    if len(digits) in (15, 16) and luhn_ok(digits) and not luhn_ok(run.digits):
        completes = True  # "pay it with for eight two six ...": the misheard first digit of a card
    if _four_before_nine(tokens, k, digits, run) and before not in _OBJECTS:
        completes = True
    rare_before_digits = tokens[k].low in ("ate", "won", "too") and before not in _PRONOUNS
    if len(run.digits) == 10 and digits[0] != "1":
        return run  # "put my daughter's number on it too, six seven one ...": a whole phone number after
        # the word; eleven digits are a phone only after the country code 1 (round 16: v15 had 2)
    if tokens[k].low == "to" and before in _TAKES_TO:
        return run  # "mail it to three sixty eight ...": the preposition, before a house number
    if tokens[k].low == "to" and tokens[run.first].low in TENS and before not in _VERB_COPULAS:
        return run  # round 27: "mail the card to ninety seven seventy one ...": a number read in pairs after
        # a noun and "to" is where it goes; the misheard digit comes after "is" ("it's to ninety ...")
    if not (completes or rare_before_digits or (after_copula and before not in _TAKES_TO)):
        return run
    return DigitRun(k, run.last, digits, tokens[k].start, run.end)


def _two_misheard_before(tokens: list[Token], k: int, run: DigitRun) -> DigitRun | None:
    """Round 37: "go slower for to oh dash eight oh nine ...": two digit homophones in a row right before a
    run ("for to", "to for", "won to") are no English phrase; they are its first two digits when with them
    the run reaches a full length (a phone's ten digits, an SSN's nine) it did not have alone."""
    if k < 1 or tokens[k - 1].low not in _LEADING_WORDS:
        return None
    digits = UNITS[tokens[k - 1].low] + UNITS[tokens[k].low] + run.digits
    if len(digits) not in _FULL_LENGTHS or len(run.digits) in _FULL_LENGTHS:
        return None
    if len(digits) == 11 and digits[0] != "1":
        return None  # eleven digits are a phone only after the country code 1
    return DigitRun(k - 1, run.last, digits, tokens[k - 1].start, run.end)


_SSN_WORDS = frozenset({"social", "ssn", "security", "socials"})
# "asked me for oh three four ...": after an object pronoun "for" is the preposition
_OBJECTS = _PRONOUNS | {"us", "him", "her", "them"}


def _four_before_nine(tokens: list[Token], k: int, digits: str, run: DigitRun) -> bool:
    """ "one more time for six eight seven ...": a "for" before nine spoken digits is the first digit of a
    phone number when the ten read as one (area code and exchange starting 2-9) and nothing said names
    a social, which nine digits alone would be (round 19, v18: the "for" was left, its digit in clear)."""
    if tokens[k].low != "for" or len(run.digits) != 9 or any(t.low in _SSN_WORDS for t in tokens):
        return False
    return digits[0] in "23456789" and digits[3] in "23456789"


def luhn_ok(digits: str) -> bool:
    """The card-number check digit (Luhn) holds."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# fillers of more than a sound, said inside a digit run ("nine four one i mean one oh"), and the pause
# phrases of someone reading a number off a card ("... one eight hold on eight one", "okay", "got it")
_FILLER_WORDS = (("i", "mean"), ("you", "know"), ("kind", "of"), ("sort", "of"), ("like",), ("hold", "on"),
                 ("hang", "on"), ("let", "me", "see"), ("let", "me", "check"), ("got", "it"), ("oh", "wait"),
                 ("wait",), ("okay",), ("ok",), ("yeah",), ("mhm",), ("let", "me", "look"),
                 ("let", "me", "grab", "it"), ("let", "me", "find", "it"), ("give", "me", "a", "sec"),
                 ("give", "me", "a", "second"), ("just", "a", "sec"), ("just", "a", "second"),
                 ("bear", "with", "me"), ("hold", "on", "a", "sec"), ("hang", "on", "a", "sec"),
                 ("let's", "see"), ("lets", "see"), ("let's", "check"))  # fmt: skip
# round 17: "let's see" (one token with its apostrophe) as "let me see" was; v16 had four numbers cut there


def filler_words(tokens: list[Token], i: int) -> int:
    """How many tokens at ``i`` are a filler followed by a digit that is not also a word, else 0."""
    if i >= len(tokens) or tokens[i].low not in _FILLER_STARTS:
        return 0  # most tokens: one set look-up
    for words in _FILLERS_BY_START[tokens[i].low]:
        n = len(words)
        if tuple(t.low for t in tokens[i : i + n]) != words or i + n >= len(tokens):
            continue
        while i + n + 1 < len(tokens) and tokens[i + n].low in _PAUSE_MARKS:
            n += 1  # "four four seven one, hold on, nine oh two"
        nxt = tokens[i + n]
        after = tokens[i + n + 1].low if i + n + 1 < len(tokens) else ""
        if (nxt.low.isdigit() or nxt.low in NUMBER_WORDS) and (
            nxt.low not in WEAK
            or (nxt.low in ("oh", "o") and ((after in UNITS and after not in WEAK) or after in REPEAT))
        ):
            return n  # "hold on, oh five one oh", "let's see oh double six": "oh" before a digit is a zero
        if nxt.low in REPEAT and (after in UNITS or after.isdigit()):
            return n  # round 18: "... double three hold on double oh" (v17 left the "double oh" in clear)
    return 0


_PAUSE_MARKS = frozenset({",", ".", "\u2014", "\u2013", "-", "…", "uh", "um", "er"})
_FILLER_STARTS = frozenset(words[0] for words in _FILLER_WORDS)
_FILLERS_BY_START = {s: [w for w in _FILLER_WORDS if w[0] == s] for s in _FILLER_STARTS}
_FILLER_ENDS = frozenset(words[-1] for words in _FILLER_WORDS)


def _pause_phrase_at(tokens: list[Token], i: int) -> int:
    """How many tokens at ``i`` are a pause phrase ("wait", "oh wait", "hold on"), whatever follows."""
    if tokens[i].low not in _FILLER_STARTS:
        return 0
    for words in _FILLERS_BY_START[tokens[i].low]:
        if tuple(t.low for t in tokens[i : i + len(words)]) == words:
            return len(words)
    return 0


def filler_ending_at(tokens: list[Token], k: int) -> int:
    """How many tokens ending at ``k`` are a filler phrase ("seven seven three... yeah... four four one"),
    else 0: the run before it and the run after it are one number when the closure grows left."""
    if k < 0 or tokens[k].low not in _FILLER_ENDS:
        return 0
    for words in _FILLER_WORDS:
        n = len(words)
        if k - n + 1 >= 0 and tuple(t.low for t in tokens[k - n + 1 : k + 1]) == words:
            return n
    return 0


_CHARGE_WORDS = frozenset(
    {"charge", "charged", "pay", "paid", "put", "move", "transfer", "apply", "$",
     # round 39: money sent back is an amount as much as money charged ("refund five hundred thirty two
     # seventy to the <card's last four> card": v38 read the amount, "to" and the last four as one phone)
     "refund", "refunded", "refunding", "reimburse", "reimbursed"}
)  # fmt: skip


def after_charge(tokens: list[Token], start: int) -> bool:
    """Whether a run starting at ``start`` follows "charge"/"pay"/"$" (within three words): an amount."""
    return any(t.low in _CHARGE_WORDS for t in tokens[max(0, start - 3) : start])


def said_digit_by_digit(tokens: list[Token]) -> bool:
    """Three or more single digits said as words ("four one one one"): an identifier being read out,
    never an amount ("sixteen forty one", "one hundred seventy one seventy one")."""
    if any(t.low in ("hundred", "thousand") for t in tokens):
        return False
    alone = [t for i, t in enumerate(tokens) if t.low in UNITS and t.low not in WEAK
             and (i == 0 or tokens[i - 1].low not in TENS)]  # fmt: skip
    return len(alone) >= 3


def repair_at(tokens: list[Token], i: int) -> int:
    """How many tokens at ``i`` are a repair inside a digit run ("four seven six— no, seven seven"):
    "no" (with the pause marks after it) followed by a digit that is not also a word, else 0. Pause
    phrases may come before or after the repair word ("four eight, wait no, double five", "oh one
    four two. no wait, oh one four three")."""
    if tokens[i].low not in _REPAIR_WORDS and tokens[i].low not in _FILLER_STARTS and tokens[i].low != "my":
        return 0  # most tokens: three set look-ups
    k = i
    repaired = False
    while k < len(tokens):
        low = tokens[k].low
        if low in _REPAIR_WORDS:
            repaired = True
            k += 1
        elif low == "my" and k + 1 < len(tokens) and tokens[k + 1].low in _MY_REPAIRS:
            repaired = True  # "seven oh six my bad eight zero six ...": an apology said as two words
            k += 2
        elif low in _PAUSE_MARKS and k > i:
            k += 1
        elif skip := _pause_phrase_at(tokens, k):
            k += skip
        else:
            break
    if not repaired or k >= len(tokens):
        return 0
    low = tokens[k].low
    if low in REPEAT and k + 1 < len(tokens) and tokens[k + 1].low in UNITS:
        return k - i  # "... wait no, double five four nine"
    if low.isdigit() or low in NUMBER_WORDS:
        if low not in WEAK:
            return k - i
        # "... oh two no for zero two ...": a misheard digit ("for", "to", "ate") opens the repair
        # when a digit that is not also a word follows it
        nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
        if nxt.isdigit() or (nxt in NUMBER_WORDS and nxt not in WEAK) or nxt in ("oh", "zero"):
            return k - i
        # "... eight oh no oh ate hmm nine ...": a zero said "oh", then a misheard digit, then a sound,
        # then a digit that is no word: digit words all the way to a strong one
        if low in ("oh", "o") and _strong_digit_soon(tokens, k + 1):
            return k - i
    return 0


def _strong_digit_soon(tokens: list[Token], k: int) -> bool:
    """Whether a digit that is no word comes within three tokens of ``k``, only digit words or
    hesitation sounds before it."""
    for t in tokens[k : k + 3]:
        if t.low.isdigit() or (t.low in NUMBER_WORDS and t.low not in WEAK):
            return True
        if t.low not in NUMBER_WORDS and t.low not in _SOUNDS:
            return False
    return False


_SOUNDS = frozenset({"uh", "um", "er", "hmm", "uhh", "umm", "ah", "mm"})
# "... six two sorry let me start over five two seven ...": the whole number is said again
_RESTARTS = (("let", "me", "start", "over"), ("let", "me", "start", "again"), ("start", "over"),
             ("from", "the", "top"), ("let", "me", "try", "again"), ("scratch", "that"))  # fmt: skip
_RESTART_STARTS = frozenset(words[0] for words in _RESTARTS)


def restart_at(tokens: list[Token], i: int) -> int:
    """How many tokens at ``i`` are a restart of a number read out ("sorry, let me start over"),
    with the repair word and pauses before it, when digits follow; else 0."""
    if tokens[i].low not in _RESTART_OPENERS:
        return 0  # most tokens: one set look-up
    k = i
    while k < len(tokens) and (tokens[k].low in _REPAIR_WORDS or tokens[k].low in _PAUSE_MARKS):
        k += 1
    if k >= len(tokens) or tokens[k].low not in _RESTART_STARTS:
        return 0
    for words in _RESTARTS:
        n = len(words)
        if tuple(t.low for t in tokens[k : k + n]) == words:
            j = k + n
            while j < len(tokens) and tokens[j].low in _PAUSE_MARKS:
                j += 1
            nxt = tokens[j].low if j < len(tokens) else ""
            after = tokens[j + 1].low if j + 1 < len(tokens) else ""
            if nxt.isdigit() or (nxt in NUMBER_WORDS and nxt not in WEAK) or nxt in REPEAT:
                return j - i
            if nxt in ("oh", "o") and after in UNITS and after not in WEAK:
                return j - i  # "sorry, from the top, oh five nine ...": a zero said "oh"
    return 0


# "this one", "the one": a pronoun, not a digit, before a number read out
PRONOUN_ONE_BEFORE = frozenset({"this", "that", "the", "which", "each", "every", "another", "other", "any"})
# before the digits said again; round 22: "correction" ("... zero three correction zero four"; the whole
# number said again after it is left to ``_said_again_after``)
_REPAIR_WORDS = frozenset({"no", "sorry", "actually", "nope", "wait", "oops", "correction"})
# round 22: "my bad", "my mistake" inside a number (v12: an SSN's first three digits were left before it)
_MY_REPAIRS = frozenset({"bad", "mistake", "error"})
_RESTART_OPENERS = _RESTART_STARTS | _REPAIR_WORDS | _PAUSE_MARKS  # what a restart may start with
# digits said before a repair word: "no" after one or two may be an answer ("two, no"), "actually" and
# "sorry" after two are a correction ("g seven eight actually eighty eight ...")
_REPAIR_AFTER = {"actually": 2, "sorry": 2, "nope": 2, "oops": 2, "correction": 2, "my": 2}


def _word_between_numerals(tokens: list[Token], i: int) -> bool:
    """ "to"/"for"/"too" between two numerals the recognizer wrote ("10 to 2", "8 to 12"): had the caller
    said a digit, it would have been written as one; the word is a word (round 31: v30 took two delivery
    windows for numbers)."""
    return (
        tokens[i].low in _LEADING_WORDS
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].text.isdigit()
        and tokens[i + 1].text.isdigit()
    )


def _digits_before_repair(word: str) -> int:
    return _REPAIR_AFTER.get(word, 3)


# a repair re-says the digits said wrong: callers correct the last pair ("four six— no, four seven")
REPAIRED = 2


def _run_at(tokens: list[Token], start: int, backchannels: bool = True) -> DigitRun | None:
    if not is_number_token(tokens[start]) or (tokens[start].low in REPEAT and start + 1 >= len(tokens)):
        return None
    if tokens[start].low in _LEADING_WORDS:
        return None  # "send it to four one five ...": "to" starts no number
    if (
        tokens[start].low == "one"
        and start > 0
        and tokens[start - 1].low in PRONOUN_ONE_BEFORE
        and not _first_of_card_last_four(tokens, start)
    ):
        return None  # "run it on this one, four six one six ...": "one" is the card, not its digit
    digits: list[str] = []
    strong = 0
    last = -1
    i = start
    while i < len(tokens):
        low = tokens[i].low
        group, used = group_at(tokens, i)
        if (
            group is not None
            and last >= 0
            and low in ("to", "for")
            and after_charge(tokens, start)
            and not said_digit_by_digit(tokens[start:i])
        ):
            break  # "charge sixteen forty one to <card>": the amount ends at "to"
        if group is not None and last >= 0 and _word_between_numerals(tokens, i):
            break  # round 31: "delivery is 10 to 2", "come 8 to 12": a range, "to" no digit
        if group is not None:
            digits.append(group)
            strong += sum(1 for t in tokens[i : i + used] if t.low not in WEAK)
            last = i + used - 1
            i += used
        elif last >= 0 and (low in SEPARATORS or (low == "dot" and _digit_follows(tokens, i))):
            i += 1  # "eight oh one dot five five five dot ...": a written phone number read out
        elif last >= 0 and (skip := filler_words(tokens, i)):
            i += skip  # "nine four one i mean one oh": a spoken filler inside the digits
        elif last >= 0 and (skip := restart_at(tokens, i)):
            digits = []  # "sorry let me start over": every digit is said again
            i += skip
        elif (
            last >= 0
            and len("".join(digits)) >= _digits_before_repair(low)
            and not (
                low == "correction"
                and _said_again_after(tokens, last + 1, "".join(digits), _misheard(tokens, start)) is not None
            )
            and (skip := repair_at(tokens, i))
        ):
            said = "".join(digits)
            digits = [said[: len(said) - REPAIRED]]  # the pair said wrong is said again after "no"
            i += skip
        elif (
            last >= 0
            and not after_charge(tokens, start)
            and (again := _said_again_after(tokens, last + 1, "".join(digits), _misheard(tokens, start)))
            is not None
        ):
            digits, last = [again[0]], again[1].last  # "seven eight four five, correction, seventy eight ..."
            break
        elif (
            backchannels
            and last >= 0
            and (
                joined := across_backchannels(
                    tokens, start, last + 1, "".join(digits), NUMBER_WORDS, _one_group
                )
            )
            is not None
        ):
            digits, last = [joined[0]], joined[1]  # "five three eight oh, yep, four eight seven nine ..."
            break
        else:
            break
    if last < 0 or strong < 1 or (strong < 2 and len("".join(digits)) < 2):
        return None  # "to" and "for" alone are words, not digits
    return DigitRun(start, last, "".join(digits), tokens[start].start, tokens[last].end)


# round 23: the nouns four digits said right before them name by its last four ("the 0482 card")
CARD_NOUNS = frozenset({"card", "visa", "mastercard", "amex", "discover"})


def _first_of_card_last_four(tokens: list[Token], start: int) -> bool:
    """ "use the one six four nine card": "one" after "the" is the first of four digits that name a card,
    not the pronoun, when three more digits and a card noun follow (round 23: v22 left 2 such last fours)."""
    if start + 1 >= len(tokens):
        return False
    rest = _run_at(tokens, start + 1, backchannels=False)
    return (
        rest is not None
        and len(rest.digits) == 3
        and rest.last + 1 < len(tokens)
        and tokens[rest.last + 1].low in CARD_NOUNS
    )


def _one_group(tokens: list[Token], start: int) -> DigitRun | None:
    """A digit run at ``start`` that does not cross a backchannel itself (``backchannels`` does)."""
    return _run_at(tokens, start, backchannels=False)


def _misheard(tokens: list[Token], start: int) -> str:
    """A misheard first digit right before a run ("to eight six eight ..."), which a restart says again
    ("... sorry let me redo that two eight six eight ..."), else ""."""
    before = tokens[start - 1].low if start > 0 else ""
    return UNITS[before] if before in _LEADING_WORDS else ""


def _said_again_after(tokens: list[Token], i: int, said: str, lead: str = "") -> tuple[str, DigitRun] | None:
    """The digits meant and the run after a self-correction at ``i`` (``corrections``), else None.
    Only between digits said in words: written digits are ASR's formatting of a finished number."""
    if tokens[i - 1].low.isdigit():
        return None
    k = gap_end(tokens, i, NUMBER_WORDS)
    if k is None:
        return None
    pairs = i >= 2 and tokens[i - 1].low in UNITS and tokens[i - 2].low in UNITS  # "nine five", not "twelve"
    if (hit := _said_again_at(tokens, k, said, pairs)) is not None:
        return hit
    if (
        lead
        and (hit := _said_again_at(tokens, k, lead + said, pairs)) is not None
        and hit[0] == hit[1].digits
    ):
        return hit  # restarted whole, with the digit misheard before the run the first time
    p = k + 1
    while p < len(tokens) and tokens[p].low in SEPARATORS:
        p += 1
    if p > k + 1 and p < len(tokens) and tokens[k].low in NUMBER_WORDS:
        return _said_again_at(tokens, p, said, pairs)  # "ugh wrong one, thirty nine ...": "one" ends the gap
    return None


def _said_again_at(tokens: list[Token], k: int, said: str, pairs: bool) -> tuple[str, DigitRun] | None:
    if tokens[k].low.isdigit():
        return None
    again = _run_at(tokens, k)
    if again is None and tokens[k].low in _LEADING_WORDS and k + 1 < len(tokens):
        again = _run_at(tokens, k + 1)  # "correction to two oh eighty four", "i mean for three ..."
        if again is not None:  # the misheard digit is said again too, or it is the gap's last word
            digits = said_again(said, UNITS[tokens[k].low] + again.digits, pairs) or said_again(
                said, again.digits, pairs
            )
            return None if digits is None else (digits, again)
    if again is None:
        return None
    digits = said_again(said, again.digits, pairs)
    return None if digits is None else (digits, again)


def _digit_follows(tokens: list[Token], i: int) -> bool:
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return nxt.isdigit() or (nxt in NUMBER_WORDS and nxt not in WEAK)


def group_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The digits of the number group starting at token ``i`` and how many tokens it used."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low.isdigit():
        return low, 1
    if low in REPEAT:
        inner, used = group_at(tokens, i + 1) if nxt in UNITS or nxt.isdigit() else (None, 0)
        return (inner * REPEAT[low], used + 1) if inner is not None and used == 1 else (None, 0)
    # round 15: "seventeen hundred", "twenty one hundred (and nine)": a teen or a two-word pair before
    # "hundred" counts hundreds (v12's last four "seventeen hundred" was read "17" and left in clear)
    if low in TENS:
        if nxt in UNITS and nxt not in WEAK:
            after = tokens[i + 2].low if i + 2 < len(tokens) else ""
            if after == "hundred":
                digits, used = _scaled(tokens, i + 2, TENS[low][0] + UNITS[nxt])
                return digits, used + 1  # _scaled counts the one word before "hundred"
            return TENS[low] + UNITS[nxt], 2
        return TENS[low] + "0", 1
    if low in TEENS:
        if nxt == "hundred":
            return _scaled(tokens, i + 1, TEENS[low])
        return TEENS[low], 1
    if low in UNITS:
        if nxt in ("hundred", "thousand"):
            return _scaled(tokens, i + 1, UNITS[low])
        return UNITS[low], 1
    return None, 0


def _scaled(tokens: list[Token], i: int, head: str) -> tuple[str, int]:
    """ "five hundred (and) twelve" -> 512, "two thousand five" -> 2005, "five hundred" -> 500."""
    width = 2 if tokens[i].low == "hundred" else 3
    j = i + 1
    if j < len(tokens) and tokens[j].low == "and":
        j += 1
    if j < len(tokens) and tokens[j].low not in WEAK:
        tail, used = group_at(tokens, j)
        if tail is not None and len(tail) <= width and tokens[j].low not in ("hundred", "thousand"):
            return head + tail.rjust(width, "0"), j + used - i + 1
    return head + "0" * width, 2


def spoken_number(words: list[str]) -> int | None:
    """A small cardinal or ordinal said in words ("twenty first", "third", "12th") as an int."""
    text = " ".join(words).lower()
    if text.rstrip("stndrh").isdigit():
        return int(text.rstrip("stndrh"))
    total = 0
    for word in words:
        low = word.lower()
        if low in ORDINALS:
            total += ORDINALS[low]
        elif low in TENS:
            total += int(TENS[low]) * 10
        elif low in TEENS:
            total += int(TEENS[low])
        elif low in UNITS and low not in WEAK:
            total += int(UNITS[low])
        else:
            return None
    return total or None


# "first" .. "twentieth", "thirtieth": the one-word ordinals of the days of a month, from the shared lexicon
ORDINALS = {word: n for n in range(1, 32) if " " not in (word := ordinal(n))}
