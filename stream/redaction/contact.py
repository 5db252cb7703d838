"""E-mail addresses (written, or spoken: "john dot smith at gmail dot com") and street addresses
("1234 Oak Street, apartment 5B", "twelve thirty four north maple avenue").

A spoken e-mail address is normalized to its written form before it is tokenized, so both spellings
of one address get one token.
"""

from __future__ import annotations

import re

from stream.redaction.context import ADDRESS, EMAIL
from stream.redaction.finding import Finding
from stream.redaction.spoken import NUMBER_WORDS, ORDINALS, SEPARATORS, Token, digit_runs

_WRITTEN_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TLDS = frozenset({"com", "net", "org", "edu", "gov", "us", "io", "co", "info", "biz", "me", "uk", "ca"})
_LOCAL_JOINERS = {"dot": ".", "period": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_LOCAL_STOP = frozenset(
    {"is", "it's", "its", "my", "email", "e", "mail", "address", "the", "me", "send", "to", "it", "at",
     "and", "or", "uh", "um", "that's", "was", "yeah", "sure", "use", "try", "reach", "you", "can"}
)  # fmt: skip
_MAX_LOCAL_TOKENS = 6

STREET_SUFFIXES = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
     "court", "ct", "way", "place", "pl", "terrace", "circle", "cir", "parkway", "pkwy", "highway",
     "hwy", "trail", "square", "loop", "alley", "crescent", "row", "pike", "plaza", "crossing", "xing",
     "ridge", "point", "heights", "hts", "run", "path", "creek", "hill", "hills", "park", "view", "glen",
     "grove", "meadow", "meadows", "landing", "commons", "bend", "cove", "estates", "harbor", "knoll",
     "manor", "mill", "pass", "pines", "shore", "springs", "station", "summit", "valley", "village",
     "walk", "woods", "expressway", "freeway", "turnpike", "route"}
)  # fmt: skip
_UNIT_WORDS = frozenset({"apartment", "apt", "unit", "suite", "ste", "#", "number", "floor"})
_MAX_STREET_NAME = 4


def find_emails(text: str, tokens: list[Token]) -> list[Finding]:
    found = [Finding(m.start(), m.end(), EMAIL, m.group(0).lower()) for m in _WRITTEN_EMAIL.finditer(text)]
    for i, token in enumerate(tokens):
        if token.low == "at" and 0 < i < len(tokens) - 1:
            spoken = _spoken_email(tokens, i)
            if spoken is not None:
                found.append(spoken)
    return found


def _spoken_email(tokens: list[Token], at: int) -> Finding | None:
    domain_end, domain = _domain(tokens, at + 1)
    if domain_end < 0:
        return None
    first = at
    local: list[str] = []
    j = at - 1
    while j >= 0 and at - j <= _MAX_LOCAL_TOKENS:
        low = tokens[j].low
        if low in _LOCAL_JOINERS:
            local.insert(0, _LOCAL_JOINERS[low])
        elif (low.isalnum() and low not in _LOCAL_STOP) or low in ("_", "-"):
            local.insert(0, low)
        else:
            break
        first = j
        j -= 1
    while local and local[0] in ".-_":
        local.pop(0)
        first += 1
    if not local:
        return None
    value = f"{''.join(local)}@{domain}"
    return Finding(tokens[first].start, tokens[domain_end].end, EMAIL, value)


def _domain(tokens: list[Token], j: int) -> tuple[int, str]:
    """(last index, written domain) of "gmail dot com" at ``j``, or (-1, "")."""
    labels: list[str] = []
    last = -1
    while j < len(tokens) and tokens[j].low.replace("-", "").isalnum():
        labels.append(tokens[j].low)
        if j + 2 < len(tokens) and tokens[j + 1].low in ("dot", "."):
            j += 2
            continue
        last = j
        break
    if last < 0 or len(labels) < 2 or labels[-1] not in _TLDS:
        return -1, ""
    return last, ".".join(labels)


def find_addresses(tokens: list[Token]) -> list[Finding]:
    """House number, up to four name words, a street suffix, then an optional unit."""
    found: list[Finding] = []
    for run in digit_runs(tokens):
        if not 1 <= len(run.digits) <= 6:
            continue
        suffix = _suffix_after(tokens, run.last + 1)
        if suffix is None:
            continue
        last = _unit_after(tokens, suffix + 1)
        value = " ".join(t.low for t in tokens[run.first : last + 1] if t.low not in SEPARATORS)
        found.append(Finding(run.start, tokens[last].end, ADDRESS, value))
    return found


def _suffix_after(tokens: list[Token], j: int) -> int | None:
    for k in range(j, min(len(tokens), j + _MAX_STREET_NAME + 1)):
        low = tokens[k].low
        if low in STREET_SUFFIXES and k > j:
            return k
        if not (low.isalpha() or low.isdigit() or low in ("-", "'", ".")) or _is_function_word(low):
            return None
    return None


def _is_function_word(low: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return low in STOP_WORDS and low not in ORDINALS


def _unit_after(tokens: list[Token], j: int) -> int:
    """The last index of "(,) apartment 5 B" after a street, or ``j - 1`` when there is none."""
    k = j + (j < len(tokens) and tokens[j].low in (",", "."))
    if k >= len(tokens) or tokens[k].low not in _UNIT_WORDS:
        return j - 1
    last = k
    for m in range(k + 1, min(len(tokens), k + 5)):
        low = tokens[m].low
        if low.isdigit() or low in NUMBER_WORDS or (len(low) == 1 and low.isalpha()):
            last = m
        elif low != "-":
            break
    return last if last > k else j - 1
