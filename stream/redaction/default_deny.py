"""Default deny for code-like runs: a run of four or more digits no rule named, or a code of four or more
letters and digits, two of them digits or more (letters said alone or written with digits: "2 h p 4 g 0 0",
"RF1350899107"; ``_code_runs``), is redacted unless something explains it as a non-personal value.

Round 24 (issue 15): on every fresh half the identifiers no rule had met (a new label, a new written shape)
were the misses and partial leaks, because a run was redacted only when a rule recognized it as an
identifier. Here the policy turns round: after every finder has run, a digit run (spoken or written, with
"oh", "double", fillers and repairs inside, as ``spoken.digit_runs`` reads it) of four or more digits that
no finding touches is an identifier, unless it is explained as

- an amount or a quantity: said with "hundred"/"thousand"/"million", written with "$", a thousands comma
  or a decimal point (a price, a version "10.1.27"), or followed by its unit or currency
  (``context.NOT_PII_AFTER``, "dollars", "cents", "percent");
- a time ("4:50", "... p.m.", "o'clock");
- a date or a year: a month name beside it, an ordinal inside it, or four digits from 1900 to 2099;
- a plural noun right after it ("3000 steps"): what is counted.

Round 34 (v33's one partial leak: a birth date in numerals, "<d> <m> <yy> ends <last four>", kept as what
"ends" counts): the weakest of these, a plural word after the run, explains nothing in a text that already
gives a value a caller identifies themselves with (``IDENTITY_KINDS``): there the word is more likely the
next answer's label ("ends", "starts") or a verb than what the run counts.

What these findings then go through is the same as any identifier's: the order, tracking, confirmation and
flight numbers named by their cue, product models, and parcels a status follows are kept by
``references`` and ``speech``'s own filters.
"""

from __future__ import annotations

import re

from stream.redaction.context import (
    ACCOUNT,
    ADDRESS,
    CARD,
    DOB,
    MONTHS,
    NOT_PII_AFTER,
    NUMBER,
    PHONE,
    SSN,
    ZIP,
)
from stream.redaction.finding import Finding
from stream.redaction.lexicon import english_words
from stream.redaction.spoken import ORDINALS, TEENS, TENS, UNITS, DigitRun, Token

MIN_DIGITS = 4
SCORE = 0.61  # below the rules' findings: a run no rule named
_SCALES = frozenset({"hundred", "thousand", "million", "grand", "k"})
_AFTER = NOT_PII_AFTER | frozenset(
    {
        "cents",
        "cent",
        "percent",
        "bucks",
        "usd",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "o'clock",
        "a",
        "p",
        "micrograms",
        "mcg",
    }
)
_NOT_COUNTED = frozenset({"is", "was", "has", "its", "this", "digits", "yes", "thanks", "plus", "us", "as"})
# round 34: the kinds of value a caller gives to say who they are (a name or an e-mail alone is not one)
IDENTITY_KINDS = frozenset({SSN, CARD, PHONE, ZIP, ACCOUNT, DOB, NUMBER, ADDRESS})
_NEAR = 3  # how far a month (or a cue below) may stand from the run and still explain it
# the words before a run that say what non-personal value it is: a card's expiry, a phone's extension, a
# flight, a sum paid or charged
_CUES_BEFORE = frozenset(
    {"exp", "expiration", "expires", "expiry", "expiring", "ext", "extension", "flight", "flights",
     "paid", "pay", "charge", "charged", "bill", "fee", "price", "total", "deposit", "cost", "costs",
     "owe", "refund", "refunded", "spent", "sent"}
)  # fmt: skip
_CUES_AFTER = frozenset({"deposit", "total", "charge", "fee", "payment", "higher", "lower", "more", "less"})
# a clock reading after these ("at twelve thirty", "until ten twenty", "around eleven oh five")
_AT = frozenset({"at", "till", "til", "until", "after", "around", "by", "before", "to"})
_HOURS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve"})  # fmt: skip


def unexplained_runs(
    text: str, tokens: list[Token], runs: list[DigitRun], found: list[Finding], airlines: frozenset[str]
) -> list[Finding]:
    """An identifier finding for each digit run of four or more digits, and each code of four or more letters
    and digits, that no finding touches and nothing explains as a non-personal value (``airlines``: the
    names said before a flight's number)."""
    out: list[Finding] = []
    identity = any(f.kind in IDENTITY_KINDS for f in found)
    for run in [*runs, *_code_runs(tokens, runs)]:
        if len(run.digits) < MIN_DIGITS:
            continue
        start, end = tokens[run.first].start, tokens[run.last].end
        if any(f.start < end and start < f.end for f in found):
            continue
        if _explained(text, tokens, run, airlines, identity=identity):
            continue
        out.append(Finding(start, end, ACCOUNT, run.digits, SCORE))
    return out


def _explained(
    text: str,
    tokens: list[Token],
    run: DigitRun,
    airlines: frozenset[str],
    *,
    identity: bool = False,
) -> bool:
    """Whether something said with ``run`` makes it a non-personal value. ``identity``: the text already
    gives an identifying value, so a plural word after the run explains nothing."""
    said = tokens[run.first : run.last + 1]
    lows = [t.low for t in said]
    if not _SCALES.isdisjoint(lows) or not ORDINALS.keys().isdisjoint(lows):
        return True
    written = text[said[0].start : said[-1].end]
    if _DIMENSIONS.match(written.lower()) or dollars_and_cents(lows):
        return True
    if any(c in written for c in ",.:") or "$" in text[max(0, said[0].start - 2) : said[0].start]:
        return True
    if len(run.digits) == MIN_DIGITS and run.digits.isdigit() and 1900 <= int(run.digits) <= 2099:
        return True
    near = tokens[max(0, run.first - _NEAR) : run.last + 1 + _NEAR]
    if any(t.low in MONTHS for t in near):
        return True
    before = [t.low for t in tokens[max(0, run.first - _NEAR) : run.first]]
    # round 36: "my flight's EI 1264" (the contraction, as numbers.names_flight reads it; v34 had 2)
    if not _CUES_BEFORE.isdisjoint(before) or any(map(names_flight, before)):
        return True
    if before and before[-1] in airlines:
        return True
    if before and before[-1] in _AT and lows[0] in _HOURS and len(lows) <= 3:
        return True  # a time said as hour and minutes
    if said[0].start > 1 and text[said[0].start - 1] == "-" and text[said[0].start - 2].isalnum():
        return True  # the tail of a hyphenated name ("...-haiku-20241022"): a model or version
    after = tokens[run.last + 1].low if run.last + 1 < len(tokens) else ""
    if after in _AFTER or after in _CUES_AFTER:
        return True
    return not identity and counted(after)


def names_flight(low: str) -> bool:
    """ "flight", "flights", and round 31's "flight's" ("my flight's <carrier> <number>": v30 read two such
    flights as a number and a name; the contraction is the word "flight" and "is")."""
    return low.removesuffix("'s").removesuffix("\u2019s") in ("flight", "flights")


def counted(after: str) -> bool:
    """Whether ``after``, the word right after a number, is what it counts: a plural noun of the language
    ("3000 steps", "5500 gallons", "58,000 points"), not a verb's "is"/"has" nor "digits"."""
    return len(after) > 3 and after.endswith("s") and after not in _NOT_COUNTED and after in english_words()


def _groups(lows: list[str]) -> list[int] | None:
    """How many digits each group of a number said or written in groups holds ("thirty six" 2, "108" 3),
    or None when a word is no plain number word."""
    sizes: list[int] = []
    k = 0
    while k < len(lows):
        low = lows[k]
        if low.isdigit():
            sizes.append(len(low))
        elif low in TENS and low not in UNITS:
            if k + 1 < len(lows) and lows[k + 1] in UNITS and lows[k + 1] not in ("oh", "o", "zero"):
                k += 1
            sizes.append(2)
        elif low in TEENS:
            sizes.append(2)
        elif low in UNITS:
            sizes.append(1)
        else:
            return None
        k += 1
    return sizes


def dollars_and_cents(lows: list[str]) -> bool:
    """A sum said the usual way, dollars then cents, with nothing naming it: "thirty six sixty four",
    "108 22", "sixteen ninety nine" (two groups, the last of two digits and the first of at most three)."""
    sizes = _groups(lows)
    return sizes is not None and len(sizes) == 2 and sizes[1] == 2 and sizes[0] >= 2


_JOINERS = frozenset({"-", "uh"})
_ARTICLES = frozenset({"a", "i"})


def _piece(tokens: list[Token], k: int, in_run: set[int]) -> bool:
    """A token that is part of a code: a digit of a run, a letter said alone, or letters and digits
    written together ("RF13", "2hp4")."""
    t = tokens[k]
    if k in in_run:
        return True
    if _time_letters(tokens, k):
        return False
    if len(t.low) == 1 and t.low.isalpha():
        return t.low not in _ARTICLES or (0 < k < len(tokens) - 1 and _digit_at(tokens, k - 1, k + 1, in_run))
    return (
        t.low.isalnum()
        and any(c.isdigit() for c in t.low)
        and any(c.isalpha() for c in t.low)
        and not _DIMENSIONS.fullmatch(t.low)
    )


_DIMENSIONS = re.compile(r"\d+ ?x ?\d+")  # "10x10": a size


def _time_letters(tokens: list[Token], k: int) -> bool:
    """The "p m" / "a m" of a time said letter by letter."""
    low = tokens[k].low
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    prev = tokens[k - 1].low if k > 0 else ""
    return (low in ("a", "p") and nxt == "m") or (low == "m" and prev in ("a", "p"))


def _digit_at(tokens: list[Token], left: int, right: int, in_run: set[int]) -> bool:
    return (left in in_run or tokens[left].low.isdigit()) and (right in in_run or tokens[right].low.isdigit())


def _code_runs(tokens: list[Token], runs: list[DigitRun]) -> list[DigitRun]:
    """Runs of letters and digits together ("2 h p 4 g 0 0", "RF1350899107", "s l w 146 7181"): each
    as one run whose ``digits`` are its letters and digits, when it holds a letter and two digits.
    With no run and no digit written, no code can hold a digit: most of an agent's sentences (issue 19,
    round 36: walking their words was 4 % of the rules' scan in the pipeline's burst)."""
    if not runs and not any(map(str.isdigit, "".join(t.low for t in tokens))):
        return []
    in_run = {k for r in runs for k in range(r.first, r.last + 1)}
    value_of = {r.first: r for r in runs}
    out: list[DigitRun] = []
    k = 0
    while k < len(tokens):
        if not _piece(tokens, k, in_run):
            k += 1
            continue
        first, last, value = k, k, ""
        while k < len(tokens):
            if k in value_of:
                value += value_of[k].digits
                last = k = value_of[k].last
            elif k in in_run or _piece(tokens, k, in_run):
                value += tokens[k].low if k not in in_run else ""
                last = k
            elif tokens[k].low in _JOINERS and k + 1 < len(tokens) and _piece(tokens, k + 1, in_run):
                pass
            else:
                break
            k += 1
        digits = sum(c.isdigit() for c in value)
        if digits >= 2 and any(c.isalpha() for c in value):
            out.append(DigitRun(first, last, value, tokens[first].start, tokens[last].end))
    return out
