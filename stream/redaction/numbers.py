"""Numeric identifiers in speech: SSN, card, phone, ZIP, account/member IDs, codes.

Every spoken or written digit run is normalized to digits first (``spoken.digit_runs``), then named
by the nearest context word ("social", "card", "member ID") and its length; a card number must pass
Luhn unless a context word says it is a card. Runs of four or more digits are redacted even when
nothing names them (as ``NUMBER``): an unlabelled digit string in a call is more often an identifier
than not. Amounts, quantities and bare years are left alone ("42 dollars", "in 2023").
"""

from __future__ import annotations

from stream.redaction.backchannels import shape_kind
from stream.redaction.card_charges import billed_card
from stream.redaction.context import (
    ACCOUNT,
    CARD,
    DOB,
    NOT_PII_AFTER,
    NUMBER,
    PHONE,
    SSN,
    ZIP,
    kind_before,
)
from stream.redaction.default_deny import counted, dollars_and_cents, names_flight
from stream.redaction.finding import Finding
from stream.redaction.spoken import (
    CARD_NOUNS,
    SEPARATORS,
    TEENS,
    TENS,
    UNITS,
    WEAK,
    DigitRun,
    Token,
    digit_runs,
    group_at,
    luhn_ok,
    said_digit_by_digit,
)


def find_numbers(
    tokens: list[Token], min_digits: int = 4, runs: list[DigitRun] | None = None
) -> list[Finding]:
    """``runs``: the text's digit runs when the caller has them already (one reading per text)."""
    found: list[Finding] = []
    for run in digit_runs(tokens) if runs is None else runs:
        kind = classify(run, tokens, min_digits)
        if kind is not None:
            found.append(Finding(run.start, run.end, kind, run.digits))
    return found


# units a dose or a count is said in: no identifier is followed by one
_MEASURES = frozenset(
    {"mg", "milligrams", "milligram", "mcg", "micrograms", "ml", "milliliters", "pills", "tablets",
     "capsules"}
)  # fmt: skip


def classify(run: DigitRun, tokens: list[Token], min_digits: int = 4) -> str | None:
    """The kind of a digit run, or None when it is not personal data."""
    digits = run.digits
    n = len(digits)
    context = kind_before(tokens, run.first)
    after = tokens[run.last + 1].low if run.last + 1 < len(tokens) else ""
    before = tokens[run.first - 1].low if run.first > 0 else ""
    if context is None and before == "$":
        return None
    if context is None and after in NOT_PII_AFTER and not _read_out_before_unit(tokens, run):
        return None
    if n == 4 and after in _CARD_AFTER:
        return CARD  # "bill the 0375 card", "my oh three nine eight card": the card named by its last four
    if n <= 4 and _paid_with_card(tokens, run.first):
        return None  # "use the 1649 card for the twenty ninety nine": what is paid, not the card's digits
    if _labelled(tokens, run.first, _NOT_PII_LABELS):
        return None  # "exp oh nine thirty two", "extension 5305": a card's expiry, a desk's extension
    if n <= 4 and after in _MEASURES:
        return None  # "the new prescription says 150 mg": a dose, though "prescription" cues an ID
    if n <= _LONGEST_AMOUNT and _money(tokens, run, before, after):
        return None  # "billing zip ..., and it's $4,000.64 total": money, whatever was named before
    if n == 4 and (
        _ending_in(tokens, run.first) or _last_four_named(tokens, run.first) or _ends_with(tokens, run)
    ):
        return _by_context(context, digits) or NUMBER  # "checking ending in 2021": a last four, not a year
    if (
        n == 4
        and 1900 <= int(digits) <= 2039
        and before in _YEAR_BEFORE
        and context != DOB
        and not _digit_by_digit(tokens, run)
    ):
        return None  # "a customer since 2016": a year, whatever came before it
    if after in _TIME_AFTER or (n <= 4 and after in ("a", "p") and run.last + 2 < len(tokens)):
        return None  # "best after 12 30 pm", "at 9 a.m.": a time, even after "my cell"
    if context is None and n <= 4 and before in _TIME_BEFORE:
        return None  # "an extension until twelve thirty"
    if context is None and _decimal(tokens, run):
        return None  # "42.10": an amount
    if n == 4 and billed_card(tokens, run.first, run.last):
        return CARD  # round 42: "don't bill 1514 again", "stop charging 23 76": a card named by its last four
    if context is None and n == 4 and _scaled(tokens, run) and shape_kind(tokens, run.first) == "LAST_FOUR":
        return (
            NUMBER  # "the last four are six thousand", "ending in seventeen hundred": four digits asked for
        )
    if (
        context is None
        and n not in _PHONE_OR_CARD
        and n <= _LONGEST_AMOUNT
        and not said_digit_by_digit(tokens[run.first : run.last + 1])
        and not _read_on_after_scale(tokens, run)
        and (_scaled(tokens, run) or _amount_before(tokens, run.first))
    ):
        return None  # "two thousand one hundred ninety seven fifty", "I owe twenty one ninety nine"
    if (
        context is None
        and n not in _PHONE_OR_CARD
        and n <= _LONGEST_AMOUNT
        and counted(after)
        and not said_digit_by_digit(tokens[run.first : run.last + 1])
    ):
        return None  # round 28: "we used 5500 gallons", "I have 28,000 points": what is counted, not an ID
    if context is None and n <= 5 and _sum_put_on_card(tokens, run):
        return None  # round 28: "put thirty six fifteen on the <last four> card": the sum, not the card's
    if context is None and _after_flight(tokens, run.first):
        return None  # "flight united twenty one twenty one", "flight AS 1085": a flight number
    if context is None and _price_said(tokens, run):
        return None  # "the rice cooker was forty eight nineteen", "the one at 136 52 a month"
    by_context = _by_context(context, digits)
    if by_context is not None:
        return by_context
    if context == ZIP and n in (3, 4) and _scaled(tokens, run) and _zip_said_right_before(tokens, run.first):
        return ZIP  # "zip one hundred forty six": a ZIP's leading zeros are not said when read as a number
    if n == 9:
        return SSN
    if 13 <= n <= 19 and luhn_ok(digits):
        return CARD
    if n == 10 or (n == 11 and digits[0] == "1") or n == 7:
        return PHONE
    if n == 4 and 1900 <= int(digits) <= 2039 and context is None and not _digit_by_digit(tokens, run):
        return None  # a year on its own says nothing about a person
    if n >= max(min_digits, 4):
        return NUMBER
    return None


def _money(tokens: list[Token], run: DigitRun, before: str, after: str) -> bool:
    """A sum of money after a card, a ZIP or an account was named: "$" right before it, "dollars" /
    "cents" right after it, or a spoken sum ("sixty eight twenty five", "three thousand ...") before
    "total" / "deposit" / "payment". Never a number said digit by digit."""
    if not (before == "$" or after in _MONEY_AFTER or after in _SUM_AFTER):
        return False  # most runs: three set look-ups
    if said_digit_by_digit(tokens[run.first : run.last + 1]):
        return False
    if before == "$" or after in _MONEY_AFTER:
        return True
    return any(t.low in TENS or t.low in ("hundred", "thousand") for t in tokens[run.first : run.last + 1])


_MONEY_AFTER = frozenset({"dollars", "dollar", "bucks", "cents"})
_SUM_AFTER = frozenset({"total", "deposit", "payment", "down", "balance", "refund", "fee", "tip", "charge"})
_PHONE_OR_CARD = frozenset({7, 9, 10, 11, 15, 16})
_LONGEST_AMOUNT = 7  # "$1,250,000"; a longer run after "pay with" is a card or an account
_TIME_AFTER = frozenset({"am", "pm", "o'clock", "oclock"})
_AMOUNT_CUES = frozenset(
    {
        "owe",
        "owed",
        "paid",
        "pay",
        "paying",
        "charged",
        "charge",
        "cost",
        "costs",
        "spent",
        "refund",
        "refunded",
        "balance",
        "total",
        "bucks",
        "price",
        "bill",
        "bills",
        "up",
        "down",
        # round 27: "run forty three twenty two on my <card>": a charge run on a card (v26 had one redacted)
        "run",
        "ran",
        "charging",
    }
)
# round 22: four digits said right before "card" name the card by its last four ("bill the 0375 card",
# "put it on my oh three nine eight card"): an amount cue before them ("bill", "charge") does not make them a
# sum (v21 left 4 last fours in clear, each a partial leak)
_CARD_AFTER = CARD_NOUNS


_ONTO = frozenset({"on", "onto", "to"})
_CARD_REACH = 6  # "on the double five nine two card", "to my visa": how far the card noun may stand


def _sum_put_on_card(tokens: list[Token], run: DigitRun) -> bool:
    """ "put thirty six fifteen on the <last four> card", "charge 108 22 to my visa": a number said as dollars
    and cents (two groups, the last a pair; never digit by digit) right before "on"/"to" and a card is the sum
    charged to it, though nothing named it a sum (round 28: v27's was merged with the card's last four)."""
    k = run.last + 1
    if k >= len(tokens) or tokens[k].low not in _ONTO:
        return False  # most runs: one look-up
    if not any(t.low in CARD_NOUNS for t in tokens[k + 1 : k + 1 + _CARD_REACH]):
        return False
    return dollars_and_cents([t.low for t in tokens[run.first : run.last + 1]])


def _paid_with_card(tokens: list[Token], first: int) -> bool:
    """ "the <card> card for (the) <n>": a number said right after a card and "for" is the sum paid with it,
    though "card" cues a last four (round 23: v22 had 2 prices after a card named by its last four)."""
    k = first - 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    return k >= 1 and tokens[k].low == "for" and tokens[k - 1].low in CARD_NOUNS


# round 15: what names a number that identifies nobody, said right before it. A card's expiry month and year
# and an office extension were redacted as the card or phone before them (v13: 9 expiries, 5 extensions)
_NOT_PII_LABELS = frozenset(
    {"exp", "expiration", "expiry", "expires", "expiring", "expired", "extension", "ext", "extn"}
)
_LABEL_GLUE = frozenset({"date", "is", "was", ":", ",", ".", "-", "uh", "um", "on", "of", "in", "it's"})


def _labelled(tokens: list[Token], first: int, labels: frozenset[str]) -> bool:
    """One of ``labels`` right before ``first``, over at most three linking words ("exp date is ...")."""
    for j in range(first - 1, max(-1, first - 5), -1):
        if tokens[j].low in labels:
            return True
        if tokens[j].low not in _LABEL_GLUE:
            return False
    return False


_TIME_BEFORE = frozenset({"until", "till", "til", "at", "by", "around", "after", "before", "from"})


_PRICE_BEFORE = frozenset(
    {"was", "were", "cost", "costs", "at", "about", "around", "only", "just", "says", "said", "say", "shows"}
)


def _after_flight(tokens: list[Token], first: int) -> bool:
    """ "flight" within six words before (an airline name or code, a pause phrase between them)."""
    return any(names_flight(t.low) for t in tokens[max(0, first - 6) : first])


def _price_said(tokens: list[Token], run: DigitRun) -> bool:
    """A price said as dollars and cents after "was/were/at": two number groups, the last a pair
    ("forty eight nineteen", "sixteen ninety nine", "108 22"), not digit by digit."""
    b = run.first - 1
    while b >= 0 and tokens[b].low in ("uh", "um", "er", "like"):
        b -= 1
    if b < 0 or tokens[b].low not in _PRICE_BEFORE:
        return False
    groups: list[tuple[str, str]] = []
    j = run.first
    while j <= run.last:
        if tokens[j].low in SEPARATORS:
            j += 1
            continue
        group, used = group_at(tokens, j)
        if group is None:
            return False
        groups.append((group, tokens[j].low))
        j += used
    if len(groups) != 2:
        return False
    (dollars, said_d), (cents, said_c) = groups
    pair_word = said_c in TENS or said_c in TEENS or said_c.isdigit()
    return (
        len(cents) == 2
        and pair_word
        and 2 <= len(dollars) <= 3
        and (said_d in TENS or said_d in TEENS or said_d.isdigit())
    )


def _read_on_after_scale(tokens: list[Token], run: DigitRun) -> bool:
    """ "m r six hundred two five four four": three or more digits said one by one after the last
    "hundred"/"thousand" of a run. No amount is said so; an identifier read with a "hundred" in it is
    (round 22: v12 left such an ID whole in clear, taken for a sum)."""
    part = tokens[run.first : run.last + 1]
    scale = max((i for i, t in enumerate(part) if t.low in ("hundred", "thousand")), default=-1)
    if scale < 0:
        return False
    units = 0
    for t in part[scale + 1 :]:
        if t.low in UNITS and t.low not in WEAK:
            units += 1
        elif t.low not in SEPARATORS:
            units = 0
        if units >= 3:
            return True
    return False


def _digit_by_digit(tokens: list[Token], run: DigitRun) -> bool:
    """ "two oh one one" is read like an ID; a year is said "twenty eleven" or written "2011"."""
    words = [t for t in tokens[run.first : run.last + 1] if t.low in UNITS]
    if len(words) >= 3:
        return True
    # round 22: "19 six five", "nineteen six five": no year ends in two digits said one by one (a year's
    # "oh five" is); v12 left a last four said so in clear, taken for 1965
    tail = tokens[run.last - 1 : run.last + 1]
    return run.last - run.first >= 2 and all(
        t.low in UNITS and t.low not in ("oh", "o", "zero") for t in tail
    )


def _decimal(tokens: list[Token], run: DigitRun) -> bool:
    part = tokens[run.first : run.last + 1]
    return len(part) == 3 and part[1].low == "." and part[0].low.isdigit() and len(part[2].low) == 2


_ZIP_LEADS = frozenset({"zip", "zipcode", "postal", "code", "is", "it's", "was", ",", ":"})


def _zip_said_right_before(tokens: list[Token], first: int) -> bool:
    """ "zip one hundred forty six", "zip code is one hundred forty six": the word "zip" (or "postal")
    with only "code", "is" or a comma between it and the number. A ZIP said as a whole number drops its
    leading zeros (00146), so three or four digits there are the ZIP, not an amount."""
    for j in range(first - 1, max(-1, first - 4), -1):
        low = tokens[j].low
        if low in ("zip", "zipcode", "postal"):
            return True
        if low not in _ZIP_LEADS:
            return False
    return False


def _scaled(tokens: list[Token], run: DigitRun) -> bool:
    return any(t.low in ("hundred", "thousand") for t in tokens[run.first : run.last + 1])


# round 14: a number right after "in"/"near" is a place ("does a courier pick up in 76275"), and after "it
# to"/"them to" a destination ("refund it to sixty four forty one, that's the ... card"): an amount cue
# a few words back ("up", "refund") does not make either a sum (v13 left 2 ZIPs and 4 last fours in clear)
_PLACE_BEFORE = frozenset({"in", "near"})
_OBJECTS = frozenset({"it", "them", "that", "this", "everything", "all"})


def _amount_before(tokens: list[Token], first: int) -> bool:
    if first >= 1 and tokens[first - 1].low in _PLACE_BEFORE:
        return False
    if first >= 2 and tokens[first - 1].low == "to" and tokens[first - 2].low in _OBJECTS:
        return False
    return any(t.low in _AMOUNT_CUES for t in tokens[max(0, first - 3) : first])


_YEAR_BEFORE = frozenset({"since", "in", "from", "until", "till", "til", "year", "of", "back"})


# round 25: "checking ending in 2021", "the visa ending 1998": four digits right after "ending" (with "in" /
# "with" or none) are the last four of what was named, though they read as a year after "in" (v24 left one
# last four in clear). "ends in" is a verb a lease or a promotion takes too ("the lease ends in 2027"), so
# only "ending" is read so.
_ENDING = "ending"
_ENDING_LINKS = frozenset({"in", "with"})


def _ending_in(tokens: list[Token], first: int) -> bool:
    """Whether the run at ``first`` comes right after "ending" or "ending in" / "ending with", a hesitation
    and its commas allowed between (round 26: "the one ending, um, 1966" read as a year)."""
    k = _before_pause(tokens, first - 1)
    if k >= 0 and tokens[k].low == _ENDING:
        return True
    if k < 1 or tokens[k].low not in _ENDING_LINKS:
        return False
    k = _before_pause(tokens, k - 1)
    return k >= 0 and tokens[k].low == _ENDING


# round 43: "mine ends with uh one nine twelve" left a card's last four in clear (v48): "ends" is also a
# lease's or a sale's verb ("the lease ends in 2027", "ends in twenty twenty seven"), so only "ending" was
# read as the cue. What a year or a price is never said as is three or more groups ("one nine twelve",
# "nineteen one two", "four four two five"): after "ends with/in", past hesitations, "like" and "it's", four
# digits said so are the last four asked for. After "ends with" (never "in") four digits that end what is said
# are too, however grouped ("mine ends with 1912."); a year's "nineteen oh five" stays a year.
_ENDS = "ends"
_ENDS_FILLERS = frozenset({"like", "it's", "its", "it", "is"})
_SENTENCE_END = frozenset({".", "?", "!", ",", "..."})


def _ends_with(tokens: list[Token], run: DigitRun) -> bool:
    """Whether the four digits of ``run`` answer "ends with" / "ends in" as a last four: said in three or
    more groups (no year's "nineteen oh five"), or ending the sentence after "ends with"."""
    k = _before_pause(tokens, run.first - 1)
    while k >= 0 and tokens[k].low in _ENDS_FILLERS:
        k = _before_pause(tokens, k - 1)
    if k < 1 or tokens[k].low not in _ENDING_LINKS:
        return False
    link = tokens[k].low
    k = _before_pause(tokens, k - 1)
    if k < 0 or tokens[k].low != _ENDS:
        return False
    groups = _groups(tokens, run)
    if len(groups) >= 3 and not (len(groups) == 3 and len(groups[0]) == 2 and groups[1] == "0"):
        return True
    return link == "with" and (run.last + 1 >= len(tokens) or tokens[run.last + 1].low in _SENTENCE_END)


def _groups(tokens: list[Token], run: DigitRun) -> list[str]:
    """The number groups of ``run`` as said ("one nine twelve": 1, 9, 12; "twenty twenty seven": 20, 27)."""
    groups = []
    i = run.first
    while i <= run.last:
        digits, used = group_at(tokens, i)
        if digits is not None:
            groups.append(digits)
        i += max(used, 1)
    return groups


# round 27: "..., last four 1938.", "the last 4 digits are 2004": four digits right after "last four" (past
# "digits", "numbers", "are", "is" and hesitations) are the four asked for, though they read as a year (v26
# left one in clear). "the last four years" names no digits: the words between may only be those.
_LAST = "last"
_FOUR = frozenset({"four", "4"})
_LAST_FOUR_LINKS = frozenset({"digits", "numbers", "are", "is", "were", "be", "would", ":", "-"})


def _last_four_named(tokens: list[Token], first: int) -> bool:
    """Whether the run at ``first`` comes right after "last four" (or "last 4"), only "digits"/"are"/"is",
    a colon, hesitations and commas between."""
    k = _before_pause(tokens, first - 1)
    while k >= 0 and tokens[k].low in _LAST_FOUR_LINKS:
        k = _before_pause(tokens, k - 1)
    return k >= 1 and tokens[k].low in _FOUR and tokens[k - 1].low == _LAST


# round 31: "last four <eight digits said one by one> times" left all eight digits in clear: "times" (a
# count's unit) ended the run's reading before anything else. A count is said as a number ("five times",
# "twenty two hundred times"), never read out digit by digit: five or more single digits, or the four a
# last-four cue asked for said one by one, are an identifier whatever word follows them.
_READ_OUT_DIGITS = 5


def _read_out_before_unit(tokens: list[Token], run: DigitRun) -> bool:
    """Whether a run that a count's unit follows ("times", "minutes") is read out digit by digit: five or
    more digits, or four right after "last four" / "ending"; then it is no count."""
    if not said_digit_by_digit(tokens[run.first : run.last + 1]):
        return False
    n = len(run.digits)
    return n >= _READ_OUT_DIGITS or (
        n == 4 and (_ending_in(tokens, run.first) or _last_four_named(tokens, run.first))
    )


_PAUSE = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", "hmm", ",", "..."})


def _before_pause(tokens: list[Token], k: int) -> int:
    """The index of the last word at or before ``k`` that is no hesitation sound or comma."""
    while k >= 0 and tokens[k].low in _PAUSE:
        k -= 1
    return k


def _by_context(context: str | None, digits: str) -> str | None:
    n = len(digits)
    if context is None:
        return None
    if context == SSN and n in (4, 9):
        return SSN
    if context == CARD and (n in (3, 4) or 12 <= n <= 19):
        return CARD
    if context == ZIP and n in (5, 9):
        return ZIP
    if context == DOB and 4 <= n <= 8:
        return DOB
    if context == PHONE and n in (4, 7, 10, 11):
        return PHONE
    if context == ACCOUNT and n >= 3:
        return ACCOUNT
    if context == NUMBER and n >= 3:
        return NUMBER
    return None
