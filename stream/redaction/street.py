"""Street addresses: a house number (digits, or spoken: "twenty nine sixty three", "seven eighty
eight"), an optional directional, up to four street-name words, a USPS street suffix (Publication 28
C1: "Haven", "Crest", "Causeway", "Stravenue", "Burgs", "Xing", ...), then an optional unit (C2:
"apartment 4 B", "suite 210", "# 12", "unit double five") and a ZIP code said soon after.

The whole run is one span, so neither the number nor the street name is left in clear even when NER
tags the street name as a person.
"""

from __future__ import annotations

from stream.redaction.backchannels import shape_kind
from stream.redaction.context import ADDRESS, ZIP, common_words
from stream.redaction.finding import Finding
from stream.redaction.lexicon import street_suffixes, unit_designators
from stream.redaction.spoken import (
    NUMBER_WORDS,
    ORDINALS,
    SEPARATORS,
    TENS,
    UNITS,
    WEAK,
    DigitRun,
    Token,
    digit_runs,
    group_at,
    is_number_token,
)
from stream.redaction.street_pr import pr_addresses
from stream.redaction.street_routes import DIRECTIONALS, grid_addresses, house_number_runs, route_addresses

_TWO_WORD_DIRECTIONALS = frozenset(
    (a, b) for a, b in (("n", "e"), ("n", "w"), ("s", "e"), ("s", "w"), ("north", "east"), ("north", "west"),
                        ("south", "east"), ("south", "west"))
)  # fmt: skip
_UNIT_EXTRA = frozenset({"number", "no", "num"})
_NOT_STREET_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "but", "is", "it", "i", "my", "your", "you", "we", "he", "she", "they",
     "this", "that", "of", "on", "in", "to", "for", "with", "at", "from", "not", "no", "yes", "was",
     "are", "be", "am", "me", "us", "our", "his", "her", "its", "by", "so", "if", "then", "than",
     "dollars", "percent", "times", "years", "days", "minutes", "hours", "people", "units", "pills"}
)  # fmt: skip
_MAX_NAME_WORDS = 4
# unit designators that end a street name said without its suffix (not "key", "front", "side", ...)
_UNIT_ENDS = frozenset(
    {"apartment", "apt", "suite", "ste", "unit", "building", "bldg", "floor", "fl", "room", "rm", "lot",
     "trailer", "trlr", "hangar", "hngr", "pier", "slip", "basement", "bsmt", "penthouse", "ph"}
)  # fmt: skip
_MISHEARD_FIRST = frozenset({"to", "too", "for", "won", "ate"})
_ZIP_WINDOW = 7  # tokens between an address and its ZIP: ", springfield, illinois,"


def abbreviation(word: str) -> str:
    """The USPS standard abbreviation of a street suffix or unit designator, else the word."""
    return street_suffixes().get(word) or unit_designators().get(word) or word


def find_addresses(tokens: list[Token], runs: list[DigitRun] | None = None) -> list[Finding]:
    """``runs``: the text's digit runs when the caller has them already (one reading per text)."""
    suffixes = street_suffixes()
    found: list[Finding] = []
    runs = digit_runs(tokens) if runs is None else runs
    by_first = {run.first: run for run in runs}
    lows = {t.low for t in tokens}
    spoken_houses = house_number_runs(tokens, lows)
    tails = [tail for run in runs if len(run.digits) > 5 and (tail := _last_group(tokens, run)) is not None]
    asked = [tail for tail in tails if _after_last_four(tokens, tail)]
    for run in [*runs, *_single_numbers(tokens, runs), *spoken_houses, *_last_groups(tokens, runs), *tails]:
        street = _ordinal_street_start(tokens, run)
        unit_run = _unit_then_house(tokens, run)
        if street is None and not 1 <= len(run.digits) <= 6 and not unit_run:
            continue
        suffix = _suffix_after(tokens, street if street is not None else run.last + 1, suffixes)
        if suffix is None:
            suffix = _weak_suffix_after(tokens, run)
        cued = suffix is None and (suffix := _street_after_cue(tokens, run)) is not None
        if suffix is None:
            continue
        word = _suffix_word(tokens, suffix)  # "6 Friedman Mdws.", "six cannery place northwest": the suffix
        if tokens[word].low not in suffixes and len(run.digits) < 2 and not cued:
            continue
        if run in tails and run not in asked and not _named(tokens, run.last + 1, word):
            continue  # "... twenty six expires next spring": a card's last group, then everyday words
        last = _unit_after(tokens, suffix + 1)
        while last > suffix and (more := _unit_after(tokens, last + 1)) > last:
            last = more  # "Building C, Suite 210": a second unit inside the first
        first = run.first
        if tokens[first].low in ("to", "for") and first < run.last:
            first += 1  # "send the technician to seven eight two Stoner Boulevard": "to" is the preposition
        first = run.first - 1 if unit_run else _unit_before(tokens, first)
        value = " ".join(t.low for t in tokens[first : last + 1] if t.low not in SEPARATORS)
        found.append(Finding(tokens[first].start, tokens[last].end, ADDRESS, value))
        zip_code = _zip_after(tokens, last + 1, by_first)
        if zip_code is not None:
            found.append(zip_code)
    for first, last in [
        *route_addresses(tokens, runs, spoken_houses, lows),
        *grid_addresses(tokens, runs, spoken_houses, lows),
        *pr_addresses(tokens, runs, spoken_houses, lows),
    ]:
        # "po box 907", "RR 4 Box 5350", "1 Highway 74", "2350 South 1300 East"
        value = " ".join(t.low for t in tokens[first : last + 1] if t.low not in SEPARATORS)
        found.append(Finding(tokens[first].start, tokens[last].end, ADDRESS, value))
        zip_code = _zip_after(tokens, last + 1, by_first)
        if zip_code is not None:
            found.append(zip_code)
    return found


_ORDINAL_TAILS = frozenset({"st", "nd", "rd", "th"})
_HUNDREDS_LEAD = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "a"})


def _ordinal_street_start(tokens: list[Token], run: DigitRun) -> int | None:
    """Where a numbered street name starts inside a digit run that it ended: "11274 107th Ct." (the
    run took "107"), "fifty nine ninety one one hundred nineteenth court" (the run took "one
    hundred"). None when no ordinal follows the run or the run holds nothing of it."""
    nxt = run.last + 1
    if nxt >= len(tokens) or run.last <= run.first:
        return None
    low = tokens[nxt].low
    last = tokens[run.last].low
    if low in _ORDINAL_TAILS and last.isdigit() and tokens[nxt].start == tokens[run.last].end:
        return run.last  # "107th": the digits glued to their ordinal tail
    if low not in ORDINALS:
        return None
    if last == "hundred" and run.last - 1 > run.first and tokens[run.last - 1].low in _HUNDREDS_LEAD:
        return run.last - 1  # "one hundred nineteenth"
    if last in TENS and last not in UNITS:
        return run.last  # "twenty first"
    return None


# C1 abbreviations that are everyday words in speech ("un" for Union, "la" for Lane): a suffix only
# right after a house number written in digits and one or two street-name words ("59 sumac un")
_WEAK_SUFFIXES = frozenset({"un", "la", "est", "cen", "div"})


def _weak_suffix_after(tokens: list[Token], run: DigitRun) -> int | None:
    if not tokens[run.last].low.isdigit():
        return None
    k = run.last + 1
    for words in (1, 2):
        end = k + words
        if end >= len(tokens):
            return None
        if not all(_street_word(t) and t.low.isalpha() for t in tokens[k:end]):
            return None
        if tokens[end].low in _WEAK_SUFFIXES:
            return end
    return None


# what says an address follows: "my address is", "i live at"
_ADDRESS_CUES = frozenset({("address", "is"), ("address's", ""), ("address", ""), ("live", "at"),
                           ("lives", "at"), ("living", "at"), ("located", "at"), ("reside", "at"),
                           ("residence", "is")})  # fmt: skip
_STREET_END = frozenset({"", ",", ".", "!", "?", ";", "and", "in", "apartment", "apt", "unit", "suite", "zip",
                         "but", "so", "which", "that's", "it's", "near", "by", "off"})  # fmt: skip


def _street_after_cue(tokens: list[Token], run: DigitRun) -> int | None:
    """ "the address is one twenty three elm": after an address cue, a house number and one or two
    street-name words that are no everyday word, said without a suffix."""
    b = run.first - 1
    if b < 0 or len(run.digits) < 2:  # not "my address is one sec, ..."
        return None
    pair = (tokens[b - 1].low if b >= 1 else "", tokens[b].low)
    if not (pair in _ADDRESS_CUES or (tokens[b].low, "") in _ADDRESS_CUES):
        return None
    common = common_words()
    k = run.last + 1
    last = None
    while k < len(tokens) and k <= run.last + 2:
        token = tokens[k]
        if not (token.low.isalpha() and _street_word(token) and token.low not in common):
            break
        last = k
        k += 1
    end = tokens[k].low if k < len(tokens) else ""
    return last if last is not None and end in _STREET_END else None


_PAUSES = frozenset({",", "uh", "um", "uhh", "umm", "er", "erm"})


# the scale words of a number said in words ("seventy three thousand"): a number before one goes on, so the
# word is never the whole name of a street after it (v27 had "... thousand points" taken for an address)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million"})
_MEASURES = frozenset({"sq", "square", "cu", "cubic", "."})  # round 38: "<number> sq/cu ft": a size
# round 39: units of length before a unit designator ("a twenty four foot slip", "a thirty foot trailer"):
# the number is the length of the slip or trailer, the unit no street's name (v38 had 3 slips read as
# addresses)
_LENGTH_UNITS = frozenset(
    {"foot", "feet", "ft", "inch", "inches", "meter", "meters", "metre", "metres", "yard", "yards", "-"}
)


# round 40: a distance or a time and how it is counted ("135 miles each way", "twenty minutes a day", "40
# miles round trip"): the number counts the unit, and "way" after it is no street (v40 had 1 such address)
_COUNTED_UNITS = frozenset(
    {"miles", "mile", "kilometers", "kilometres", "km", "blocks", "minutes", "mins", "hours", "hrs", "days",
     "weeks", "months", "years"}
)  # fmt: skip
_COUNTED_BY = frozenset({"each", "a", "an", "per", "every", "one", "both", "round", "away", "from"})


def _suffix_after(tokens: list[Token], j: int, suffixes: dict[str, str]) -> int | None:
    """The index of the street suffix ending the street name that starts at ``j`` (the farthest one
    within reach, so "Mill Creek Crossing" is taken whole), or None."""
    if j + 1 < len(tokens) and tokens[j].low in _COUNTED_UNITS and tokens[j + 1].low in _COUNTED_BY:
        return None  # round 40: "135 miles each way": a distance, then how it is counted
    if tuple(t.low for t in tokens[j : j + 3]) == ("and", "a", "half"):
        j += 3  # "eleven twenty two and a half oak street": a fractional house number
    while j < len(tokens) and tokens[j].low in _PAUSES:
        j += 1  # "one two eight five two, Bruce Pike", "three nineteen, um, pine knoll court"
    if j < len(tokens) and tokens[j].low in DIRECTIONALS:
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].low == ".")
    best: int | None = None
    words = 0
    k = j
    while k < len(tokens) and words <= _MAX_NAME_WORDS:
        low = tokens[k].low
        if low in (".", "-", "'"):
            k += 1
            continue
        en_route = low == "route" and tokens[k - 1].low == "en"  # round 41: "<number> has been en route"
        if (
            low in suffixes
            and words >= 1
            and not en_route  # on its way, no street (v44 had 3)
            and not (best is not None and _unit_here(tokens, k))
        ):
            best = k
        elif best is None and words >= 1 and low in _UNIT_ENDS:
            if {t.low for t in tokens[j:k]} <= _LENGTH_UNITS:
                return None  # round 39: "twenty four foot slip": a length, then what it measures
            best = k - 1  # "two nine one wiggins trailer": a street name, then its unit
            break
        if not _street_word(tokens[k]):
            break
        words += 1
        k += 1
    if best is not None and best > j and {t.low for t in tokens[j:best]} <= _SCALE_WORDS:
        return None  # round 28: "sixty one thousand points": the number's own scale word is no street name
    if (
        best is not None
        and best > j
        and tokens[best].low == "ft"
        and {t.low for t in tokens[j:best]} <= _MEASURES
    ):
        return None  # round 38: "18 cu. ft.", "1800 sq ft": a size ("ft" is also USPS's Fort), no street
    if best is not None and best + 1 < len(tokens) and tokens[best + 1].low == ".":
        best += 1
    if best is not None and best + 1 < len(tokens) and tokens[best + 1].low in DIRECTIONALS:
        best += 1
        if best + 1 < len(tokens) and (tokens[best].low, tokens[best + 1].low) in _TWO_WORD_DIRECTIONALS:
            best += 1  # "daamin trail s w", "heron glen north east": a directional said in two words
    return best


def _named(tokens: list[Token], first: int, suffix: int) -> bool:
    """Whether the words from ``first`` to the suffix at ``suffix`` name a street: one of them is a
    directional, an ordinal or a word on no common-word list ("agayeva terrace", "s e thirteenth avenue";
    not "expires next spring", "under glen")."""
    common = common_words()
    return any(
        t.low in DIRECTIONALS or t.low in ORDINALS or (t.low.isalpha() and t.low not in common)
        for t in tokens[first:suffix]
    )


def _suffix_word(tokens: list[Token], last: int) -> int:
    """The index of the suffix word of a street name ending at ``last``: before its period and before a
    directional said after it (round 22: v21's "six cannery place northwest ..." was checked at "northwest",
    which is no suffix, so a house number of one word before it was not taken and the address stayed)."""
    word = last
    for _ in range(3):
        if word > 0 and (tokens[word].low == "." or tokens[word].low in DIRECTIONALS):
            word -= 1
    return word


def _letter_written_on(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is one letter written right after the digits before it ("37C")."""
    return len(tokens[k].low) == 1 and tokens[k].low.isalpha() and tokens[k - 1].end == tokens[k].start


def _last_groups(tokens: list[Token], runs: list[DigitRun]) -> list[DigitRun]:
    """ "apartment 2137 7200 east peanut farm drive": two numbers written one after the other are read
    as one run; after a unit designator the last one alone is the house number. So after a phone number
    ("619-238-1794, 62 Sadiqov Boulevard"): a run too long for a house number whose last written group
    follows a pause is a number said before the address, then the house number."""
    out = []
    for run in runs:
        last = tokens[run.last]
        if run.last <= run.first or not last.low.isdigit():
            continue
        before = tokens[run.last - 1].low
        after_unit = run.first > 0 and tokens[run.first - 1].low in unit_designators() and before.isdigit()
        after_pause = len(run.digits) > 6 and before == "," and len(last.low) <= 5
        if after_unit or after_pause:
            out.append(DigitRun(run.last, run.last, last.low, last.start, last.end))
    return out


_PHONE_LENGTHS = frozenset({7, 10, 11})
# round 29: "social ends one seven double eight six seventy nine baxter street": the four digits a last-four
# cue asked for, then the house number, heard as one run (v28 left five such streets in clear)
_LAST_FOUR = 4
_LAST_FOUR_LENGTHS = frozenset({_LAST_FOUR})
_LAST_FOUR_SPAN = 12  # the words of four digits said with "double", pauses and groups
_SAID_IN_NUMBERS = frozenset({"double", "triple", "oh", "o", "uh", "um", ",", "..."})


def _after_last_four(tokens: list[Token], run: DigitRun) -> bool:
    """Whether a last-four cue ("social ends", "the last four are") was said right before the number
    ``run`` is (or ends) part of: the digits after its first four are no part of it, so the street after
    them needs no unlisted word ("... ends nine two double four six seventy one copper street")."""
    first = run.first
    while first > 0 and run.first - first < _LAST_FOUR_SPAN and _in_number(tokens[first - 1].low):
        first -= 1
    return shape_kind(tokens, first) == "LAST_FOUR"


def _in_number(low: str) -> bool:
    return low in NUMBER_WORDS or low.isdigit() or low in SEPARATORS or low in _SAID_IN_NUMBERS


def _last_group(tokens: list[Token], run: DigitRun) -> DigitRun | None:
    """The house number said right after a phone number, heard as one run with it ("... five eight four
    forty seven agayeva terrace", "... four nine seven sixty seven s e thirteenth avenue"): the last one
    or two number groups of a run, of two to five digits, when the digits before them are as many as a
    phone number's. Round 22: v8 left two such streets in clear; the run stays one number finding, the
    address is found from its last groups on. Round 29: so after the four digits a last-four cue ("social
    ends", "the last four") asked for."""
    leads = _PHONE_LENGTHS | _LAST_FOUR_LENGTHS if _after_last_four(tokens, run) else _PHONE_LENGTHS
    j = run.first
    groups: list[tuple[int, int, str]] = []
    while j <= run.last:
        if tokens[j].low in SEPARATORS:
            j += 1
            continue
        group, used = group_at(tokens, j)
        if group is None or used == 0:
            j += 1
            continue
        groups.append((j, j + used - 1, group))
        j += used
    if not groups or groups[-1][1] != run.last:
        return None
    for count in (1, 2):
        if len(groups) <= count:
            break
        digits = "".join(g[2] for g in groups[-count:])
        if 2 <= len(digits) <= 5 and len(run.digits) - len(digits) in leads:
            first = groups[-count][0]
            return DigitRun(first, run.last, digits, tokens[first].start, tokens[run.last].end)
    if _LAST_FOUR in leads:
        return _after_four_digits(tokens, run, groups)
    return None


def _after_four_digits(
    tokens: list[Token], run: DigitRun, groups: list[tuple[int, int, str]]
) -> DigitRun | None:
    """Round 30: the house number after the four digits a last-four cue asked for, said digit by digit
    ("last four six eight seven five five eight nine seven <street>"): its groups are more than two, so
    the groups after the first four digits (two to five digits) are the house number."""
    lead = 0
    for k, (first, _, group) in enumerate(groups):
        if lead == _LAST_FOUR:
            digits = "".join(g[2] for g in groups[k:])
            if not 2 <= len(digits) <= 5:
                return None
            return DigitRun(first, run.last, digits, tokens[first].start, tokens[run.last].end)
        lead += len(group)
    return None


_UNIT_NUMBER_WORDS = 5
# the designators a unit's spoken number follows before the house number: a trailer park's "space" too
_SPOKEN_UNITS = _UNIT_ENDS | {"space", "spc"}


def _unit_before(tokens: list[Token], first: int) -> int:
    """The first index of "Apt 37C, " said before the house number, or ``first`` when there is none:
    a unit designator and one unit value (digits, or digits and a letter, written or spoken:
    "apartment twenty eight b, six fifty six ...", "floor thirty one c three fifty five ...") right before
    the address."""
    k = first - 1
    if k >= 0 and tokens[k].low == ",":
        k -= 1
    if k >= 1 and _letter_written_on(tokens, k):
        k -= 1  # "37C": the tokenizer splits the letter off the digits
    elif k >= 2 and len(tokens[k].low) == 1 and tokens[k].low.isalpha() and tokens[k - 1].low in NUMBER_WORDS:
        k -= 1  # "twenty eight b": a unit letter said after spoken digits
    if k >= 1 and _unit_number_word(tokens[k].low):
        j = k
        # round 42: a unit's number of up to five words ("trailer three hundred sixty five, ..."; v47 left one
        # in clear before a spoken house number); before, three words
        while j >= 1 and k - j < _UNIT_NUMBER_WORDS - 1 and _unit_number_word(tokens[j - 1].low):
            j -= 1
        if j >= 1 and tokens[j - 1].low in _SPOKEN_UNITS:
            return j - 1
        return first
    if k < 1 or not any(c.isdigit() for c in tokens[k].low) or not tokens[k].low.isalnum():
        return first
    designator = k - 1 - (tokens[k - 1].low in ("#", "number", "no", "."))
    if designator >= 0 and tokens[designator].low in unit_designators():
        return designator
    return first


# round 43: "apartment six four oh c one eighty one <street> road" left the unit "640C" in clear (v48): a
# unit's number said before the house number has its zeros as "oh" like any number read out; after the
# designator (which must stand right before it) "oh" is a digit, not the exclamation
_UNIT_ZEROS = frozenset({"oh", "o"})


def _unit_number_word(low: str) -> bool:
    """A word of a unit's spoken number: a number word, its "oh" read for zero included."""
    return low in NUMBER_WORDS and (low not in WEAK or low in _UNIT_ZEROS)


def _unit_then_house(tokens: list[Token], run: DigitRun) -> bool:
    """ "lot nine hundred six thirty four sixty six pewee loop": a unit designator, then the unit's number
    and the house number said as one run of seven to ten digits; the run is one address with the unit."""
    return 7 <= len(run.digits) <= 10 and run.first >= 1 and tokens[run.first - 1].low in unit_designators()


def _unit_here(tokens: list[Token], k: int) -> bool:
    """ "Key" / "Lot" after a street suffix, before a number, is a unit, not the suffix."""
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return tokens[k].low in unit_designators() and (nxt.isdigit() or nxt in NUMBER_WORDS)


def _single_numbers(tokens: list[Token], runs: list[DigitRun]) -> list[DigitRun]:
    """House numbers of one number word ("eight eleventh bluffs"), which are not digit runs. Only a number
    token starts a group (``group_at``), so the others are passed by one test (issue 19, round 36: asking
    ``group_at`` at every word was 2 % of the rules' scan in the pipeline's burst)."""
    taken = {i for run in runs for i in range(run.first, run.last + 1)}
    out = []
    for i, token in enumerate(tokens):
        if i in taken or token.low in WEAK or not is_number_token(token):
            continue
        group, used = group_at(tokens, i)
        if group is not None and used == 1:
            out.append(DigitRun(i, i, group, token.start, token.end))
    return out


def _street_word(token: Token) -> bool:
    low = token.low
    if low in _NOT_STREET_WORDS:
        return False
    if low.isdigit():
        return len(low) <= 3  # "5th", "42nd"
    return low.isalpha() or low in ORDINALS


_UNIT_WORDS = 12  # a unit's number said in words, then its letter


def _unit_after(tokens: list[Token], j: int) -> int:
    """The last index of "(,) apartment 5 B" after a street, or ``j - 1`` when there is none."""
    units = unit_designators()
    k = j + (j < len(tokens) and tokens[j].low in (",", "."))
    if k >= len(tokens) or not (
        tokens[k].low in units or tokens[k].low in _UNIT_EXTRA or tokens[k].text == "#"
    ):
        return j - 1
    last = k
    m = k + 1
    # round 19 (v18): "apartment one thousand five hundred forty nine a" is eight words to its letter
    while m < len(tokens) and m <= k + _UNIT_WORDS:
        low = tokens[m].low
        if (
            low.isdigit()
            or low in NUMBER_WORDS
            or low in ("double", "triple")
            or (len(low) == 1 and low.isalpha())
        ) or (low.isalnum() and any(c.isdigit() for c in low)):
            last = m
        elif low not in ("-", "#", "number", "no", "."):
            break
        m += 1
    return last if last > k else j - 1


def _zip_after(tokens: list[Token], j: int, by_first: dict[int, DigitRun]) -> Finding | None:
    """A five- or nine-digit run within a few words after an address is its ZIP code."""
    for k in range(j, min(len(tokens), j + _ZIP_WINDOW)):
        run = by_first.get(k)
        if run is not None:
            if len(run.digits) in (5, 9):
                return Finding(run.start, run.end, ZIP, run.digits)
            if len(run.digits) in (4, 8) and k > j and tokens[k - 1].low in _MISHEARD_FIRST:
                # "... hunter bypass to six double two three": the ZIP's misheard first digit
                digits = UNITS[tokens[k - 1].low] + run.digits
                return Finding(tokens[k - 1].start, run.end, ZIP, digits)
            return None
        low = tokens[k].low
        if not (low in SEPARATORS or low.isalpha()):
            return None
    return None
