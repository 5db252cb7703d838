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

Round 44: the verb's object may be a whole phrase before the particle: "put the 12.40 dollars refund back
on 27 58", "put the charge onto sixty seven nine six", "refund it all back to ...". The phrase (up to the
clause's end) must name a payment (a sum, a payment noun or pronoun), so "put the meeting back on 1230"
stays; the guards after the number (a sum's currency, a year's noun, a street's direction) hold as before.
v51 left two such last fours in clear.
"""

from __future__ import annotations

from stream.redaction.spoken import NUMBER_WORDS, Token

# the verbs that take the card as their object directly ("bill <card>", "stop charging <card>")
_CARD_VERBS = frozenset({"bill", "billing", "charge", "charging", "debit", "debiting"})
# the verbs that move a payment onto or off a card ("put it on <card>", "take it off <card>", "refund it to
# <card>"), with the pronoun for the payment and the preposition before the card
_MOVE_VERBS = _CARD_VERBS | frozenset(
    {"put", "putting", "take", "taking", "refund", "refunding", "move", "moving", "switch", "switching"}
)
_PAYMENT_PRONOUNS = frozenset({"it", "that", "this", "them", "everything"})
_ONTO_CARD = frozenset({"on", "onto", "to", "off", "from"})
# round 44: the particle after a payment phrase ("back on", "onto", "back to"), and the words that name
# the phrase a payment
_PHRASE_PARTICLES = frozenset({"on", "onto", "to"})
_PAYMENT_WORDS = _PAYMENT_PRONOUNS | frozenset(
    {"refund", "refunds", "charge", "charges", "payment", "payments", "balance", "deposit", "money",
     "amount", "credit", "rest", "total", "fee", "fees", "difference", "remainder", "dollars", "dollar",
     "bucks", "cents", "$", "all"}
)  # fmt: skip
_CLAUSE_ENDS = frozenset({".", "?", "!", ";"})
# tokens between the verb and the particle: "the three hundred ten dollars and six cents refund"
_LONGEST_PHRASE = 16
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
    if tokens[k].low in _PHRASE_PARTICLES and _after_payment_phrase(tokens, k):
        return True  # round 44: "put the 35.91 dollars refund back on <card>"
    if tokens[k - 1].low not in _PAYMENT_PRONOUNS or tokens[k - 2].low not in _MOVE_VERBS:
        return False
    return _verb_not_noun(tokens, k - 2)


def _after_payment_phrase(tokens: list[Token], particle: int) -> bool:
    """Whether a move verb, then a phrase naming a payment, then ("back") the particle at ``particle`` come
    before the number, all in one clause. A decimal point inside a sum ("12.40") ends no clause."""
    end = particle - 1
    if end >= 0 and tokens[end].low == "back":
        end -= 1
    named = False
    k = end
    while k >= 0 and end - k < _LONGEST_PHRASE:
        low = tokens[k].low
        if low in _CLAUSE_ENDS and not _decimal_point(tokens, k):
            return False
        if low in _MOVE_VERBS and k < end:
            return named and _verb_not_noun(tokens, k)
        named = named or low in _PAYMENT_WORDS or low[:1].isdigit() or low in NUMBER_WORDS
        k -= 1
    return False


def _decimal_point(tokens: list[Token], k: int) -> bool:
    return 0 < k < len(tokens) - 1 and tokens[k - 1].low.isdigit() and tokens[k + 1].low.isdigit()


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
