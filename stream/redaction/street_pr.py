"""Puerto Rico addresses (USPS Publication 28, "Puerto Rico Addresses"): an urbanization and a street
whose type is said before its name, in Spanish.

In Puerto Rico the same street name and house number recur in many urbanizations, so the urbanization
(``URB``, said "urb", "urbanización", "urbanization") is part of the address, written before or after
the street: "URB Las Gladiolas, 150 Calle A", "924 Calle Trinitaria, Urbanizacion Colinas de Ausubo".
The street type comes first ("Calle", "Avenida", "Camino", "Paseo", "Carretera", ...), so the
suffix finder (``street.py``: name, then suffix) took the street's name as a name at most and left the
house number and the urbanization in clear (v10: 11 of its 73 addresses).

An urbanization is found by its designator and the up to four name words after it (Spanish linking
words "de", "del", "la", "las", "los" inside); a street by a house number, a Spanish street type and
one to three name words. Each is an address; one said next to the other (a pause between) is one.
"""

from __future__ import annotations

from stream.redaction.context import CONTEXT_WORDS
from stream.redaction.spoken import DigitRun, Token

URBANIZATION = frozenset({"urb", "urbanizacion", "urbanización", "urbanization", "urbanizaciones"})
# Pub. 28's Spanish street types said before the name, with their common abbreviations
SPANISH_STREET_TYPES = frozenset(
    {"calle", "avenida", "ave", "camino", "paseo", "carretera", "carr", "callejon", "callejón", "vereda",
     "bulevar"}
)  # fmt: skip
_LINKING = frozenset({"de", "del", "la", "las", "los", "el", "y"})
_PAUSES = frozenset({",", ".", "uh", "-"})
# a name word is a word; it ends at these (what is said after an address, or the island's name)
_ENDS = frozenset(
    {"puerto", "pr", "and", "or", "but", "please", "thanks", "thank", "is", "it's", "that's", "for",
     "to", "in", "on", "at", "by", "with", "zip", "apartment", "apt", "unit", "suite", "the", "a", "my",
     "your", "i", "we", "you", "so", "then", "because", "since"}
)  # fmt: skip
_MAX_URB_WORDS = 4
_MAX_STREET_WORDS = 3


def pr_addresses(
    tokens: list[Token], runs: list[DigitRun], houses: list[DigitRun], lows: set[str]
) -> list[tuple[int, int]]:
    """Urbanizations and Spanish-typed streets as (first, last) token indices, joined when said
    together. ``runs``/``houses``: the text's digit runs and spoken house numbers."""
    if lows.isdisjoint(URBANIZATION) and lows.isdisjoint(SPANISH_STREET_TYPES):
        return []  # most texts: two set intersections
    spans: list[tuple[int, int]] = []
    for run in [*runs, *houses]:
        if not 1 <= len(run.digits) <= 6:
            continue
        k = _skip(tokens, run.last + 1)
        if k < len(tokens) and tokens[k].low in SPANISH_STREET_TYPES:
            end = _name_end(
                tokens, k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "."), _MAX_STREET_WORDS
            )
            if end is not None:
                spans.append((run.first, end))
    for i, token in enumerate(tokens):
        if token.low in URBANIZATION:
            start = i + (i + 1 < len(tokens) and tokens[i + 1].low == ".")
            end = _name_end(tokens, start + 1, _MAX_URB_WORDS)
            if end is not None:
                spans.append((i, end))
    return _joined(tokens, sorted(spans))


def _skip(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].low in _PAUSES:
        k += 1
    return k


def _name_end(tokens: list[Token], j: int, most: int) -> int | None:
    """The last name word of a street or urbanization name starting at ``j`` (linking words inside,
    never last), or None when no name word is there."""
    last: int | None = None
    words = 0
    k = j
    while k < len(tokens) and words < most:
        token = tokens[k]
        low = token.low
        if (
            not low.isalpha()
            or low in _ENDS
            or low in CONTEXT_WORDS  # "... urb colinas de ausubo phone 1 751 ...": the next value's label
            or low in URBANIZATION
            or low in SPANISH_STREET_TYPES
        ):
            if len(low) == 1 and low.isalpha() and low not in ("a", "i", "y") and last is None:
                return k  # "Calle A", "calle b": a street named by a letter
            break
        if low not in _LINKING:
            last = k
            words += 1
        k += 1
    return last


def _joined(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that touch or overlap, or have only pauses between them, as one."""
    out: list[tuple[int, int]] = []
    for first, last in spans:
        if out and (first <= out[-1][1] + 1 or _skip(tokens, out[-1][1] + 1) >= first):
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


__all__ = ["SPANISH_STREET_TYPES", "URBANIZATION", "pr_addresses"]
