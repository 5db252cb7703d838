"""Addresses without a street suffix (USPS Publication 28): post office boxes ("po box six oh three",
"P.O. Box 3418", "post office box four thousand two hundred seventy three"), rural and highway
contract routes ("rural route two box eight four four five", "RR 10 Box 312"), and highway-style
addresses, whose street name is a number after a road designator ("41756 us highway 200", "ninety
six sixty three State Route seventy seven", "thirty two thousand nine hundred fifteen farm to market
road one hundred sixty seven").

``street.py`` finds a street by its suffix; these forms have none ("route", "highway" and "road" are
C1 suffixes, but the number after them is the street's name, and "us", "to" are no street words), so
they were left whole or cut short: the box or route number stayed in clear. The designators come
from ``lexicons/usps_box_route_highway.txt``. A box is an address by its designator alone; a road
designator needs a house number before it and its number after it, so "take highway nine" and
"route 66" in conversation stay. Military addresses ("PSC 3 Box 4120", "unit 2045 box 123") need their
box.
"""

from __future__ import annotations

from functools import lru_cache

from stream.redaction.lexicon import route_designators
from stream.redaction.spoken import (
    TEENS,
    TENS,
    UNITS,
    WEAK,
    DigitRun,
    Token,
    group_at,
)

# the directionals of USPS Publication 28, said or abbreviated (also ``street.py``'s)
DIRECTIONALS = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest"}
)  # fmt: skip
_GLUE = frozenset({".", "-"})  # "P.O.", "farm-to-market": written marks inside a designator
_PAUSES = frozenset({",", "uh", "um", "er", "erm", "uhh", "umm"})


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in route_designators())


def _designator_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The longest designator starting at token ``i``: (kind, index of its last token), else None."""
    if tokens[i].low not in _first_words():
        return None
    best: tuple[str, int] | None = None
    words: list[str] = []
    k = i
    while k < len(tokens) and len(words) < 4:
        if tokens[k].low in _GLUE:
            k += 1
            continue
        words.append(tokens[k].low)
        kind = route_designators().get(tuple(words))
        if kind is not None:
            best = (kind, k)
        k += 1
    return best


def route_addresses(
    tokens: list[Token], runs: list[DigitRun], houses: list[DigitRun], lows: set[str]
) -> list[tuple[int, int]]:
    """Box, rural-route and highway-style addresses as (first, last) token indices, each from its
    first word to its last number (a box after a route included: "rural route 1, box 9721").
    ``houses`` are ``house_number_runs``; ``lows`` the text's lower-case words."""
    if lows.isdisjoint(_first_words()):
        return []  # most texts: one set intersection
    by_first = {run.first: run for run in runs}
    ends = {run.last: run for run in [*runs, *houses]}
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        hit = _designator_at(tokens, i)
        if hit is None:
            i += 1
            continue
        kind, last = hit
        boxed = _box_inside_run(tokens, last + 1, by_first)
        if boxed is not None and kind in ("route", "highway"):
            found.append((i, boxed))  # "route five, box two thousand ...": a route number, then its box
            i = boxed + 1
            continue
        number_end = _number_after(tokens, last + 1, by_first)
        if number_end is None:
            i += 1
            continue
        first = i
        if kind == "highway":
            house = _house_number_before(tokens, i, ends)
            end = _box_after(tokens, number_end + 1, by_first)
            if house is None and end is None:
                i += 1
                continue  # "take highway nine": a road, nobody's address
            first = house if house is not None else i
            number_end = end if end is not None else _directional_after(tokens, number_end)
        elif kind == "route":
            end = _box_after(tokens, number_end + 1, by_first)
            number_end = end if end is not None else number_end
        elif kind == "military":
            end = _box_after(tokens, number_end + 1, by_first)
            if end is None:
                i += 1
                continue  # "unit four" alone is an apartment's unit, left to the street finder
            number_end = _military_post_office(tokens, end)
        number_end = _letter_glued(tokens, number_end)
        found.append((first, number_end))
        i = number_end + 1
    return found


def _box_inside_run(tokens: list[Token], j: int, by_first: dict[int, DigitRun]) -> int | None:
    """ "route five, box two thousand six hundred eighty seven": the digit reader reads the route
    number, "box" and the box number as one run (v13 left "route" in clear, round 15). The run's last
    token when "box" is inside the run starting at ``j``, else None."""
    run = by_first.get(j)
    if run is None or not any(t.low == "box" for t in tokens[run.first : run.last + 1]):
        return None
    return run.last


def _number_after(tokens: list[Token], j: int, by_first: dict[int, DigitRun]) -> int | None:
    """The last token of the number right after a designator ("box 12a", "route seventy seven")."""
    while j < len(tokens) and tokens[j].low in ("#", "number", "no", *_PAUSES):
        j += 1
    if j >= len(tokens):
        return None
    run = by_first.get(j)
    if run is not None:
        return run.last
    low = tokens[j].low
    if low.isalnum() and any(c.isdigit() for c in low):
        return j  # "box 12a" as one token
    group, used = group_at(tokens, j)
    if group is not None and low not in WEAK:
        return j + used - 1  # "highway nine": one number word is no digit run
    return None


def _box_after(tokens: list[Token], j: int, by_first: dict[int, DigitRun]) -> int | None:
    """ "(,) box 9721" after a route number: the last token of the box number, else None."""
    while j < len(tokens) and tokens[j].low in _PAUSES:
        j += 1
    if j >= len(tokens) or tokens[j].low != "box":
        return None
    return _number_after(tokens, j + 1, by_first)


# Pub. 28 "Military Addresses": the box is followed by APO, FPO or DPO (the city) and AA, AE or AP (the
# state), written as one word or said letter by letter ("d p o a e")
_POST_OFFICES = frozenset({"apo", "fpo", "dpo"})
_ARMED_FORCES = frozenset({"aa", "ae", "ap"})


def _military_post_office(tokens: list[Token], k: int) -> int:
    """The last token of "(,) APO AE" after a military box ending at ``k``, else ``k``."""
    j = k + 1
    while j < len(tokens) and tokens[j].low in _PAUSES:
        j += 1
    end = _letters(tokens, j, _POST_OFFICES)
    if end is None:
        return k
    state = _letters(tokens, end + 1, _ARMED_FORCES)
    return end if state is None else state


def _letters(tokens: list[Token], j: int, words: frozenset[str]) -> int | None:
    """The last index of one of ``words`` at ``j``, written whole or letter by letter, else None."""
    if j >= len(tokens):
        return None
    if tokens[j].low in words:
        return j
    n = len(next(iter(words)))
    spelled = "".join(t.low for t in tokens[j : j + n] if len(t.low) == 1)
    return j + n - 1 if len(spelled) == n and spelled in words else None


def _letter_glued(tokens: list[Token], k: int) -> int:
    """ "box 23a", "HC 68 Box 23A": a letter written onto the number is part of it."""
    nxt = k + 1
    if nxt < len(tokens) and tokens[nxt].start == tokens[k].end and tokens[nxt].text.isalpha():
        return nxt if len(tokens[nxt].text) == 1 else k
    return k


def _directional_after(tokens: list[Token], k: int) -> int:
    return k + 1 if k + 1 < len(tokens) and tokens[k + 1].low in DIRECTIONALS else k


def _house_number_before(tokens: list[Token], i: int, ends: dict[int, DigitRun]) -> int | None:
    """The first token of the house number said before a road designator (a directional and
    pauses allowed between: "913 north state route 9"), else None."""
    k = i - 1
    if k >= 0 and tokens[k].low in DIRECTIONALS:
        k -= 1
    while k >= 0 and tokens[k].low in _PAUSES:
        k -= 1
    if k < 0:
        return None
    run = ends.get(k)
    if run is not None and 1 <= len(run.digits) <= 6:
        first = run.first
    elif tokens[k].low.isdigit() and len(tokens[k].low) <= 6:
        first = k
    elif tokens[k].low not in WEAK and group_at(tokens, k)[1] == 1:
        first = k  # "one highway seventy four"
    else:
        return None
    before = tokens[first - 1].low if first > 0 else ""
    return None if before in _ROAD_PLACES else first  # "exit 42 highway 9" is a place on the road


_ROAD_PLACES = frozenset(
    {"exit", "exits", "marker", "mile", "miles", "mm", "junction", "gate", "pump", "lane"}
)


def house_number_runs(tokens: list[Token], lows: set[str]) -> list[DigitRun]:
    """House numbers said with a two-word thousands or hundreds ("thirty two thousand nine hundred
    fifteen", "nineteen hundred and five", "thirty five hundred"), which ``digit_runs`` reads as two
    numbers: a digit run stops at a "thousand" / "hundred" after a tens or teen word so that "twenty
    thousand dollars" stays an amount. Only the address finders read these."""
    out: list[DigitRun] = []
    if "thousand" not in lows and "hundred" not in lows:
        return out
    for i, token in enumerate(tokens):
        low = token.low
        if low in TENS:
            nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
            used = 2 if nxt in UNITS and nxt not in WEAK else 1
            head = TENS[low] + (UNITS[nxt] if used == 2 else "0")
        elif low in TEENS:
            head, used = TEENS[low], 1
        else:
            continue
        k = i + used
        if k >= len(tokens) or tokens[k].low not in ("thousand", "hundred"):
            continue
        width = 3 if tokens[k].low == "thousand" else 2
        last, tail = k, "0" * width
        j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "and")
        if j < len(tokens) and tokens[j].low not in WEAK:
            group, n = group_at(tokens, j)
            if group is not None and len(group) <= width:
                last, tail = j + n - 1, group.rjust(width, "0")
        out.append(DigitRun(i, last, head + tail, token.start, tokens[last].end))
    return out


def grid_addresses(
    tokens: list[Token], runs: list[DigitRun], houses: list[DigitRun], lows: set[str]
) -> list[tuple[int, int]]:
    """Grid addresses (Utah and other Western cities): a house number, a direction, a street number
    and a direction ("2350 South 1300 East", "forty one fifty west thirty five hundred south")."""
    if lows.isdisjoint(DIRECTIONALS):
        return []
    all_runs = [*runs, *houses]
    by_first: dict[int, DigitRun] = {}
    for run in all_runs:
        if run.first not in by_first or run.last > by_first[run.first].last:
            by_first[run.first] = run
    found: list[tuple[int, int]] = []
    for run in all_runs:
        d1 = run.last + 1
        if not (1 <= len(run.digits) <= 6) or d1 >= len(tokens) or tokens[d1].low not in DIRECTIONALS:
            continue
        street = by_first.get(d1 + 1)
        if street is None or not (2 <= len(street.digits) <= 5):
            continue
        d2 = street.last + 1
        if d2 < len(tokens) and tokens[d2].low in DIRECTIONALS:
            found.append((run.first, d2))
    return found
