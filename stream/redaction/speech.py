"""All speech recognizers together: one tokenization, every finder, then span closure.

Cheap rules run first and cover every kind; spaCy's NER is left to the redactor, which asks for it
only where a capitalized word no rule explained may be a name. Overlapping findings are merged
(``closure.merge_overlaps``), so of a street name tagged as a person and the address around it,
the whole address goes; identifier spans are grown over their whole spoken run first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from stream.redaction.closure import ID_KINDS, close_spans, read_value
from stream.redaction.contact import find_emails
from stream.redaction.context import ACCOUNT, CARD, CONTEXT_WORDS, NUMBER, PERSON, common_words, kind_before
from stream.redaction.dates import find_dates
from stream.redaction.default_deny import names_flight, unexplained_runs
from stream.redaction.finding import Finding, token_spans
from stream.redaction.learned_names import learned_names
from stream.redaction.lexicon import all_first_names, all_surnames
from stream.redaction.name_forms import (
    family_names,
    find_possessive_names,
    first_word_names,
    joined_across_particles,
    name_variants,
    names_after_thanks,
    names_before_my_relative,
    names_before_name_part,
    names_before_old_name,
    names_before_who,
    outside_day_names,
    outside_place_names,
    particle_names,
    read_back_names,
    titled_names,
    unlisted_first_names,
    without_leading_sounds,
    without_number_starts,
    without_role_words,
    without_trailing_verbs,
)
from stream.redaction.name_neighbours import (
    first_names_of_spelled,
    middle_initials,
    surnames_after_first_slot,
    surnames_before_labels,
)
from stream.redaction.name_slots import (
    names_after_roles,
    names_in_slots,
    without_slot_words,
    without_verbs_before_spellings,
)
from stream.redaction.names import (
    find_cued_names,
    find_lexicon_names,
    names_asked_about,
    names_before_values,
    names_said_then_spelled,
)
from stream.redaction.numbers import find_numbers
from stream.redaction.official_titles import (
    names_after_titles,
    without_official_titles,
    without_words_after_titled_names,
)
from stream.redaction.organizations import without_business_names
from stream.redaction.places import without_city_and_state, without_street_names
from stream.redaction.references import without_references
from stream.redaction.spelled import find_spelled
from stream.redaction.spoken import NUMBER_WORDS, Token, digit_runs, luhn_ok, tokenize
from stream.redaction.street import find_addresses
from stream.redaction.word_names import word_names

_WRITTEN_ID = re.compile(r"\b(?=(?:[A-Za-z-]*\d){4})(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*\b")
# an identifier written in groups of mixed letters and digits, as Medicare's MBI ("9E72 Q50 MD03",
# "4NT0 H43 YR84"): two to five groups, each with a letter next to a digit, together at least eight
# characters with three digits (checked in _ids); one group alone ("gpt-4o", "B12") is not one
_MIXED = r"[A-Za-z0-9]*(?:\d[A-Za-z]|[A-Za-z]\d)[A-Za-z0-9]*"
_LETTER_BY_DIGIT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_GROUPED_ID = re.compile(rf"\b{_MIXED}(?:[ -]{_MIXED}){{1,4}}\b")
# software names said in prose are not personal data: versions ("v6.2.2", "3.12.4") and model ids
# ("claude-3-haiku-20240307", "gpt-4o-mini-2024-07-18", "gemini-1.5-flash-002", "o3-mini-2025-01-31")
_STRUCTURAL = re.compile(
    r"\bv\d+(?:\.\d+){1,3}\b|\b\d{1,2}\.\d{1,3}\.\d{1,3}\b(?!\.\d)"
    r"|\b(?:gpt|claude|gemini|llama|mistral|mixtral|o1|o3|o4|nova|whisper|qwen|deepseek|grok|phi|command|"
    r"sonnet|haiku|opus|flash|nova)(?:[-.][a-z0-9]+)+\b"
    r"|\bv\d{1,3}\b"
    r"|\b\d{1,3}x\d{1,3}\b"  # a size written as one word ("a 5x5", "the 10x20 unit"; round 16)
    # round 42: a family that is also a given name, only with its version's digit right after the hyphen
    # ("gemma-3", "gemma-2-9b"; v45 had 2 redacted as a name), so "Gemma-Rose" stays a name
    r"|\bgemma-\d+(?:[-.][a-z0-9]+)*\b"
    r"|(?-i:\b(?=[a-z0-9.-]*\d)[a-z]{2,}(?:-[a-z0-9.]+)*-[a-z]{3,}(?:-[a-z0-9.]+)*\b)",
    re.IGNORECASE,
)
# round 40: a model named by its family and its tier with no version ("is this claude-haiku", v40 had 2
# redacted as a name): only these tiers, so that a hyphenated given name ("Claude-Marie") stays a name
_TIERED_MODEL = re.compile(
    r"\b(?:gpt|claude|gemini|llama|mistral|mixtral|qwen|deepseek|grok|phi|olmo|command)"
    r"-(?:haiku|sonnet|opus|flash|pro|mini|nano|turbo|instant|ultra|lite|large|medium|small)\b",
    re.IGNORECASE,
)
# a value someone masked before it reached us ("K***234", "***0198"): the visible part goes too
_MASKED = re.compile(r"(?<![\w*])[A-Za-z0-9]{0,6}\*{2,}[A-Za-z0-9]*")


# The name finders, in the order their findings are listed (the order matters: a later pass reads what the
# earlier ones found). First those that read the tokens alone:
_NAME_FINDERS: tuple[Callable[[list[Token]], list[Finding]], ...] = (
    find_cued_names, find_lexicon_names, find_possessive_names, names_before_old_name, names_before_name_part,
    family_names, titled_names, names_before_who, names_asked_about, names_before_my_relative,
    names_after_thanks, read_back_names,
)  # fmt: skip
# then, after the structural pass, those that read the tokens and every finding so far (each sees the ones
# before it), in two stages: the late stage's names take particles too (``SpeechFinder.scan``)
_NAMES_BESIDE_FINDINGS: tuple[Callable[[list[Token], list[Finding]], list[Finding]], ...] = (
    names_before_values, particle_names, first_word_names, unlisted_first_names, first_names_of_spelled,
    name_variants,
)  # fmt: skip
_LATE_NAMES_BESIDE_FINDINGS: tuple[Callable[[list[Token], list[Finding]], list[Finding]], ...] = (
    learned_names, word_names, surnames_before_labels, names_in_slots, names_after_roles, names_after_titles,
    surnames_after_first_slot, middle_initials,
)  # fmt: skip


class SpeechFinder:
    """Finds personal data in one transcript text without any model: pure token rules.

    ``id_patterns`` are a deployment's own account/member ID formats (regular expressions, e.g.
    ``r"\\bMBR\\d{7}\\b"``); they are matched on the text as written.
    """

    def __init__(self, id_patterns: Sequence[str] = (), min_digits: int = 4) -> None:
        self._id_patterns = [re.compile(p, re.IGNORECASE) for p in id_patterns]
        self._min_digits = min_digits

    def find(self, text: str) -> list[Finding]:
        return self.scan(text)[1]

    def scan(self, text: str) -> tuple[list[Token], list[Finding]]:
        """The tokens of ``text`` and the findings on them, closed and merged."""
        tokens = tokenize(text)
        found: list[Finding] = []
        found.extend(find_emails(text, tokens))
        found.extend(find_dates(text, tokens))
        runs = digit_runs(tokens)  # read once, by the address and the number finders
        found.extend(find_addresses(tokens, runs))
        found.extend(self._ids(text))
        spelled = find_spelled(tokens)
        found.extend(spelled)
        found.extend(names_said_then_spelled(tokens, spelled))
        for find_names in _NAME_FINDERS:
            found.extend(find_names(tokens))
        found.extend(find_numbers(tokens, self._min_digits, runs))
        structural = _structural_spans(text)  # read once, for the two passes that drop what lies inside
        found = _outside_structural(text, found, structural)
        for find_more in _NAMES_BESIDE_FINDINGS:
            found.extend(find_more(tokens, found))
        late = len(found)
        for find_more in _LATE_NAMES_BESIDE_FINDINGS:
            found.extend(find_more(tokens, found))
        found.extend(
            particle_names(tokens, found[late:])
        )  # "sadhbh dos ...": names found late take particles too
        found.extend(joined_across_particles(tokens, found))
        found = without_role_words(tokens, outside_day_names(tokens, outside_place_names(tokens, found)))
        found = without_official_titles(tokens, without_slot_words(tokens, found))
        found = without_verbs_before_spellings(tokens, without_words_after_titled_names(tokens, found))
        found = without_trailing_verbs(tokens, without_leading_sounds(tokens, found))
        found = without_number_starts(tokens, found)
        closed = canonical_values(tokens, close_spans(tokens, found))
        closed.extend(unexplained_runs(text, tokens, runs, closed, AIRLINES))
        kept = without_references(tokens, _without_model_numbers(text, tokens, closed))
        kept = without_street_names(tokens, without_city_and_state(tokens, kept))
        # round 36: names found after the first structural pass ("you're gpt-4o right": the learned finder
        # took "gpt") lie inside a model id as much as the first finders' did
        return tokens, _outside_structural(text, without_business_names(tokens, kept), structural)

    def _ids(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        # _WRITTEN_ID needs four digits (``\d`` is ``str.isdecimal``, inside ``str.isdigit``): a text with
        # fewer is not searched; its lookaheads at every word were ~4 % of the scan (issue 19, brief G19r)
        written = (_WRITTEN_ID,) if sum(map(str.isdigit, text)) >= 4 else ()
        for pattern in (*self._id_patterns, *written):
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    value = re.sub(r"[\s-]", "", m.group(0)).lower()
                    found.append(Finding(m.start(), m.end(), ACCOUNT, value))
        for m in _GROUPED_ID.finditer(text) if _LETTER_BY_DIGIT.search(text) else ():
            value = re.sub(r"[\s-]", "", m.group(0)).lower()
            if len(value) >= 8 and sum(c.isdigit() for c in value) >= 3:
                found.append(Finding(m.start(), m.end(), ACCOUNT, value))
        if "*" in text:
            for m in _MASKED.finditer(text):
                found.append(Finding(m.start(), m.end(), ACCOUNT, m.group(0).lower()))
        return found


def canonical_values(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """Identifier values read again from their tokens, so every spelling of one value agrees."""
    if not tokens:
        return findings
    out: list[Finding] = []
    for f, first, last in token_spans(tokens, findings):
        if _checked_card(f):
            out.append(
                f
            )  # round 22: a card read on across an aside ("..., you got that, ...") keeps its digits
        elif f.kind in ID_KINDS and first is not None and last is not None and "*" not in f.value:
            value = read_value(tokens, first, last) or f.value
            kind = ACCOUNT if f.kind != ACCOUNT and any(c.isalpha() for c in value) else f.kind
            out.append(Finding(f.start, f.end, kind, value, f.score))
        else:
            out.append(f)
    return out


def _checked_card(f: Finding) -> bool:
    """A card number whose digits are whole and whose check digit holds: its value is canonical already,
    and reading its span again would take an aside inside it ("you got that") for letters and the card
    for an account (round 20's leftover, ``readback.with_card_rest``)."""
    return f.kind == CARD and len(f.value) in (15, 16) and f.value.isdigit() and luhn_ok(f.value)


_MODEL_NUMBER = re.compile(r"[a-z]{1,2}\d{3,4}")
_WRITTEN_MODEL = re.compile(r"[A-Za-z]{1,2}-?\d{3,4}")


def _without_model_numbers(text: str, tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """A product model said or written ("XR-1080", "the t v ten eighty", "QX-4500"): one or two letters
    and three or four digits, with no ID word before it, is not an identifier of a person."""
    out: list[Finding] = []
    for f in findings:
        if f.kind == PERSON and _airline(text, tokens, f):
            continue
        if _flight_number(tokens, f) or _flown_on(text, tokens, f):
            continue
        if _product_number(text, tokens, f) or _test_score(tokens, f):
            continue
        if (
            f.kind == ACCOUNT
            and not _zero_said_o(f.value)
            and (_MODEL_NUMBER.fullmatch(f.value) or _WRITTEN_MODEL.fullmatch(text[f.start : f.end]))
        ):
            first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
            if first is not None and kind_before(tokens, first) != ACCOUNT:
                continue
        out.append(f)
    return out


_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "new", "old", "his", "her"})


def _product_number(text: str, tokens: list[Token], f: Finding) -> bool:
    """ "does the Blendmax 4200 have a warranty": three or four digits written right after a brand (a
    word on no common list, after "the"/"my"/...) with no ID word before them name a product model,
    not a person's number."""
    if f.kind != NUMBER or not 3 <= len(f.value) <= 4 or not text[f.start : f.end].isdigit():
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
    if first is None or first < 2:
        return False
    brand, det = tokens[first - 1], tokens[first - 2]
    return (
        brand.text.isalpha()
        and brand.low not in common_words()
        and det.low in _DETERMINERS
        and kind_before(tokens, first) is None
    )


# round 36: standardized tests a score is said "on" ("scored 1240 on the SAT", "ten fifty on the sat")
_EXAMS = frozenset({"sat", "psat", "act", "gre", "gmat", "lsat", "mcat", "toefl", "ielts"})
_SCORED = frozenset({"scored", "score", "scores"})


def _test_score(tokens: list[Token], f: Finding) -> bool:
    """ "He scored 1240 on the SAT", "is ten fifty on the sat good enough": a number of at most four digits
    after "scored" or before "on the/my <test>" is a test's score, not a person's number (round 36: v34 had
    seven such scores redacted). An ID word before the number still names it an identifier."""
    if f.kind != NUMBER or len(f.value) > 4:
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= f.end), None)
    if first is None or last is None or kind_before(tokens, first) is not None:
        return False
    if first >= 1 and tokens[first - 1].low in _SCORED:
        return True
    after = [t.low for t in tokens[last + 1 : last + 4]]
    on_the = len(after) == 3 and after[0] == "on" and after[1] in ("the", "my", "his", "her")
    return on_the and after[2] in _EXAMS


def _zero_said_o(value: str) -> bool:
    """ "texas o four five two six": an "o" before four digits read out is a zero (a ZIP), not the
    letter of a product model."""
    return value[:1] == "o" and value[1:].isdigit() and len(value) == 5


def _airline(text: str, tokens: list[Token], f: Finding) -> bool:
    """ "my flight is Delta seventeen sixty seven": a name between "flight" and a number is an airline;
    so is an airline's own name before a number ("the Delta 1029 connection")."""
    after = next((t for t in tokens if t.start >= f.end), None)
    if after is None or not (after.low.isdigit() or after.low in NUMBER_WORDS):
        return False
    before = [t for t in tokens if t.end <= f.start][-5:]
    return any(names_flight(t.low) for t in before) or text[f.start : f.end].lower() in AIRLINES


# US airlines whose name comes before a flight number ("United 2979", "alaska twenty three sixty nine")
AIRLINES = frozenset(
    {"united", "delta", "american", "southwest", "jetblue", "alaska", "spirit", "frontier", "hawaiian",
     "allegiant", "avelo", "breeze", "lufthansa", "emirates", "qantas", "klm", "ryanair", "easyjet",
     # round 23: airlines of two words, and more whose name is said before the number
     "westjet", "aeromexico", "volaris", "air canada", "air france", "british airways",
     "sun country", "virgin atlantic", "aer lingus", "turkish airlines"}
)  # fmt: skip
_TRIPS = frozenset({"flight", "flights", "connection", "trip", "plane", "departure", "arrival", "gate"})
# what is done to a flight, said before the airline (round 16: v15 had 2 "they canceled <airline> <number>")
_TRAVEL_VERBS = frozenset(
    {"canceled", "cancelled", "delayed", "booked", "rebooked", "missed", "boarded", "diverted", "overbooked"}
)


def _flight_number(tokens: list[Token], f: Finding) -> bool:
    """ "the United 2979 flight", "the alaska twenty three sixty nine connection": a number of at most
    four digits between an airline and "flight" / "connection" / "trip" (or after "flight") is a flight."""
    if f.kind != NUMBER or len(f.value) > 4:
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= f.end), None)
    if first is None or last is None or first == 0:
        return False
    before = tokens[first - 1].low
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    at = first - 1  # the airline's (last) word
    if first >= 2 and f"{tokens[first - 2].low} {before}" in AIRLINES:
        at = first - 2  # round 23: "air canada thirteen forty one" (round 22's leftover)
    elif before not in AIRLINES:
        return False
    # "they canceled delta 2440 and ...", and round 23: "i'm on jetblue 1048 in the morning", "booked on
    # jetblue twenty three sixty three at two forty" (v22 had 2 flights after "on <airline>" redacted)
    travelled = at >= 1 and (tokens[at - 1].low in _TRAVEL_VERBS or tokens[at - 1].low == "on")
    on_time = after == "on" and last + 2 < len(tokens) and tokens[last + 2].low in _ON_WHAT
    return after in _TRIPS or after in ("", ".", ",", "?") or after in _FLIGHT_STATUS or travelled or on_time


# what a flight does, said right after "<airline> <number>" (round 26: v25's "has <airline> <number> landed")
_FLIGHT_STATUS = frozenset(
    {"landed", "land", "lands", "landing", "departed", "departs", "depart", "departing", "boarding",
     "boarded", "delayed", "arrived", "arrives", "arriving", "canceled", "cancelled", "diverted", "took",
     "taking", "late", "early"}
)  # fmt: skip
# round 30: what a passenger does "on" a flight, said before the carrier and its number ("i land on
# <carrier> ten thirty nine", "I land on B6 1476."): the carrier need not be on ``AIRLINES``
_FLOWN_ON = frozenset({"land", "landing", "lands", "fly", "flying", "flies", "flew", "arrive", "arriving",
                       "arrives", "depart", "departing", "departs", "connect", "connecting"})  # fmt: skip
_CARRIER_CODE = re.compile(r"[A-Z][A-Z0-9]|[0-9][A-Z]")
_CODE_AND_FLIGHT = re.compile(r"(?:[A-Z][A-Z0-9]|[0-9][A-Z]) ?\d{1,4}")


# round 43: a carrier's name of two or three words, capitalised ("lands on Silver Airways twenty eight twenty
# eight", "Aer Lingus seventeen ninety two"; v48 had 2 such flights redacted, v49 one after "Porter")
_CARRIER_WORDS = 3
_NOT_CARRIERS = frozenset({"my", "your", "our", "the", "his", "her", "their", "a", "an", "this", "that"})


def _named_carrier(tokens: list[Token], first: int) -> int | None:
    """The index of the first word of a carrier named in one to three capitalised words right before
    ``first``, or None."""
    k = first
    while (
        k > 0
        and first - k < _CARRIER_WORDS
        and tokens[k - 1].text.isalpha()
        and tokens[k - 1].text[0].isupper()
        and tokens[k - 1].low not in CONTEXT_WORDS
        and tokens[k - 1].low not in _NOT_CARRIERS
    ):
        k -= 1
    return k if k < first else None


def _flown_on(text: str, tokens: list[Token], f: Finding) -> bool:
    """ "i land on <carrier> ten thirty nine", "I land on B6 1476.": after a flight verb and "on", a word on
    no common list (or an airline's two-character code, written) and at most four digits are a flight
    (round 30: v29 had two such flights redacted, their carriers on no list; round 29 left two more)."""
    if f.kind not in (NUMBER, ACCOUNT):
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
    if first is None:
        return False
    said = text[f.start : f.end]
    at: int | None
    if f.kind == ACCOUNT and _CODE_AND_FLIGHT.fullmatch(said):
        at = first  # the code is the finding's own first token ("B6 1476")
    elif f.kind == NUMBER and len(f.value) <= 4 and first >= 1:
        at = first - 1
        carrier = tokens[at]
        if (
            not (carrier.text.isalpha() and carrier.low not in common_words())
            and not (_CARRIER_CODE.fullmatch(carrier.text))
        ) or (at >= 1 and tokens[at - 1].low != "on"):
            at = _named_carrier(tokens, first)
    elif f.kind == ACCOUNT and len(f.value) <= 4 and f.value.isdigit() and first >= 1:
        # round 43: "our group lands on <carrier> <number>": "group" was taken as the number's label
        at = _named_carrier(tokens, first)
    else:
        return False
    if at is None:
        return False
    if at < 2 or tokens[at - 1].low != "on":
        return False
    verb = at - 2
    if verb >= 1 and tokens[verb].low in _PARTICLES:
        verb -= 1  # round 36: "flying out on F9 2635", "flying back on <carrier> 1375" (v35 had 2)
    if tokens[verb].low in _FLOWN_ON:
        return True
    word = tokens[at].low  # a name there ("left it on <surname> 2474") is no carrier this frame trusts
    listed = word in all_surnames() or word in all_first_names()
    return not listed and _left_on_board(tokens, at - 1)


# round 42: what a passenger leaves on a flight ("maybe I left it on F9 2593", "left my bag on <carrier>
# <number>"; v45 had 4 such flights redacted, their carriers a code or on no list)
_LEFT_BEHIND = frozenset({"left", "forgot", "lost", "dropped"})
_LEFT_WHAT = frozenset({"it", "them", "that", "this", "something", "everything"})


def _left_on_board(tokens: list[Token], on: int) -> bool:
    """Whether "on" at ``on`` follows "left it" / "forgot my bag" (a hesitation or one possessive noun
    allowed between): then the carrier and number after it are the flight it was left on."""
    k = on - 1
    while k >= 0 and tokens[k].low in ("uh", "um", ","):
        k -= 1
    if k >= 1 and tokens[k].low not in _LEFT_WHAT and tokens[k - 1].low in ("my", "our", "a", "the"):
        k -= 2  # "left my bag on ..."
    elif k >= 0 and tokens[k].low in _LEFT_WHAT:
        k -= 1
    else:
        return False
    return k >= 0 and tokens[k].low in _LEFT_BEHIND


# the particle of a flight verb said before "on" ("flying out on", "fly back on", "flying home on")
_PARTICLES = frozenset({"out", "back", "home", "in", "over", "down", "up"})


# round 27: "is <airline> <number> on time?", "... on schedule" (v26 had 2 flights before "on time" redacted)
_ON_WHAT = frozenset({"time", "schedule", "track"})


def _structural_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a version, a model id or a size; without a digit, only a model named by its
    family and tier ("claude-haiku", round 40)."""
    # str.isdigit mapped in C: the generator's test without a frame per character
    if not any(map(str.isdigit, text)):
        if "-" not in text:
            return []
        return [(m.start(), m.end()) for m in _TIERED_MODEL.finditer(text)]
    return [(m.start(), m.end()) for m in _STRUCTURAL.finditer(text)]


def _outside_structural(text: str, findings: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    """Findings that do not lie inside a version or a model id (``spans``, from ``_structural_spans``)."""
    if not spans or not findings:
        return findings
    return [f for f in findings if not _structural_only(text, f, spans)]


def _structural_only(text: str, f: Finding, spans: list[tuple[int, int]]) -> bool:
    """Whether ``f`` lies inside a version, model id or size, or is one with only an article beside it
    ("a 5x5", read as the letter a and a spelled identifier)."""
    if any(s <= f.start and f.end <= e for s, e in spans):
        return True
    rest = list(text[f.start : f.end])
    inside = False
    for s, e in spans:
        if f.start < e and s < f.end:
            inside = True
            a, b = max(s, f.start) - f.start, min(e, f.end) - f.start
            rest[a:b] = " " * (b - a)
    return inside and set(_WORD.findall("".join(rest).lower())) <= _ARTICLES


_WORD = re.compile(r"[a-z0-9]+")
_ARTICLES = frozenset({"a", "an", "the"})
