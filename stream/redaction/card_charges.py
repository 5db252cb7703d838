"""A card named by its last four in a payment instruction (round 42, issue 15).

"Don't bill 1514 again", "stop charging 23 76", "quit billing double two three three", "put it on sixty seven,
nine six": a caller names the card a payment goes to or stops going to by its last four digits, with nothing
but the payment verb before them. The number is the verb's object, so it is the card, not a sum: a sum is
said with its currency ("bill me 40 dollars", "$15.14"), a thousands comma or a decimal point ("charge
1,514.00"), a scale word ("fifteen hundred"), or before the card it is charged to ("charge 1514 to my visa");
a year is the owner of what is billed ("bill 2025's taxes", "bill 2025 taxes"); a reference is said with its
label ("bill invoice 1514", which the label names). A number after "at" ("charge it at 1514") is a time or a
place, never the verb's object here. v46 and v47 left seven such last fours in clear, read as sums after the
amount cue "bill"/"charging".
"""

from __future__ import annotations

from stream.redaction.spoken import Token

# the verbs that take the card as their object directly ("bill <card>", "stop charging <card>")
_CARD_VERBS = frozenset({"bill", "billing", "charge", "charging", "debit", "debiting"})
# the verbs that move a payment onto or off a card ("put it on <card>", "take it off <card>", "refund it to
# <card>"), with the pronoun for the payment and the preposition before the card
_MOVE_VERBS = _CARD_VERBS | frozenset(
    {"put", "putting", "take", "taking", "refund", "refunding", "move", "moving", "switch", "switching"}
)
_PAYMENT_PRONOUNS = frozenset({"it", "that", "this", "them", "everything"})
_ONTO_CARD = frozenset({"on", "onto", "to", "off", "from"})
# a determiner before "bill"/"charge" makes it the noun ("the bill 1514", "my phone bill")
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "phone", "electric",
     "monthly", "each", "every", "per", "no", "any", "total", "of"}
)  # fmt: skip
_PAUSES = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", ",", "..."})
_SCALES = frozenset({"hundred", "thousand", "grand", "k"})
# after the number: it is a sum ("1514 dollars"; "1514 to my visa": the sum charged to the card named
# next), a year's ("2025's taxes", "2025 taxes"), or a street's house number ("bill 9242 south 74th street")
_SUM_AFTER = frozenset({"dollars", "dollar", "bucks", "cents", "cent", "usd", "to", "on", "onto", "'", "'s"})
_YEAR_NOUNS = frozenset(
    {"taxes", "tax", "return", "returns", "dues", "season", "premium", "premiums", "fees"}
)
_DIRECTIONS = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
     "southeast", "southwest"}
)  # fmt: skip


def billed_card(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the four digits at ``first``..``last`` are a payment verb's object: the card named by its
    last four. Hesitations and commas may stand between the verb and the number."""
    part = tokens[first : last + 1]
    if any(t.low in _SCALES or t.low in ("$", ".") for t in part):
        return False  # "fifteen hundred", "15.14": a sum
    if any(t.low == "," for t in part) and all(t.low == "," or t.low.isdigit() for t in part):
        return False  # "1,514": a written sum (a spoken pair's comma is a pause: "sixty seven, nine six")
    if not _after_payment_verb(tokens, first):
        return False
    return not _sum_year_or_street_after(tokens, last)


def _after_payment_verb(tokens: list[Token], first: int) -> bool:
    k = _skip_pauses_back(tokens, first - 1)
    if k < 0:
        return False
    if tokens[k].low in _CARD_VERBS:
        return _verb_not_noun(tokens, k)
    if tokens[k].low not in _ONTO_CARD or k < 2:
        return False  # "put it on <card>", "refund that to <card>"
    if tokens[k - 1].low not in _PAYMENT_PRONOUNS or tokens[k - 2].low not in _MOVE_VERBS:
        return False
    return _verb_not_noun(tokens, k - 2)


def _verb_not_noun(tokens: list[Token], verb: int) -> bool:
    return verb == 0 or tokens[verb - 1].low not in _NOUN_BEFORE


def _sum_year_or_street_after(tokens: list[Token], last: int) -> bool:
    k = last + 1
    while k < len(tokens) and tokens[k].low in _PAUSES and tokens[k].low != ",":
        k += 1
    if k >= len(tokens):
        return False
    low = tokens[k].low
    return low in _SUM_AFTER or low in _YEAR_NOUNS or low in _DIRECTIONS or low[:1].isdigit()


def _skip_pauses_back(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].low in _PAUSES:
        k -= 1
    return k
