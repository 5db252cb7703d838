"""A surname that names a business is not a person here: "Johnson Pharmacy", "Miller Plumbing", "my bank
is Wells Fargo".

Small businesses are named for their founders and the name finders take the surname (v14, round 15: 14
of its utterances lost "Johnson", "Miller", "Garcia", "Wilson" before "Pharmacy", "Plumbing",
"Landscaping", "branch", or a bank's name). A person finding of one word followed by a word that names
a trade or a kind of business, or said right after "my bank/pharmacy is", is the business's
name and is kept. Two words before the trade word ("Kate Branch") are a first name and a surname and
stay a person; so does anything a strong cue introduced ("my name is").
"""

from __future__ import annotations

from stream.redaction.context import PERSON
from stream.redaction.finding import Finding, token_spans
from stream.redaction.lexicon import all_first_names, all_surnames
from stream.redaction.spoken import Token

# what follows a founder's surname in a business's name: trades and kinds of shops and offices
TRADES = frozenset(
    {
        "pharmacy", "pharmacies", "drugs", "plumbing", "landscaping", "lawn", "roofing", "electric",
        "electrical",
        "heating", "hvac", "construction", "contractors", "painting", "flooring", "cleaners", "cleaning",
        "bakery", "hardware", "furniture", "motors", "auto", "automotive", "tire", "tires", "dental",
        "dentistry", "orthodontics", "clinic", "pediatrics", "chiropractic", "optical", "vision", "realty",
        "insurance", "bank", "branch", "grocery", "market", "foods", "pizza", "deli", "diner", "cafe",
        "restaurant", "salon", "barbershop", "storage", "moving", "movers", "towing", "funeral", "law",
        "accounting", "pest", "pool", "pools", "nursery", "florist", "jewelers", "appliance", "appliances",
        "hospital", "pharmaceuticals", "trucking", "logistics", "supply", "inc", "llc", "corp", "company",
        "repair", "repairs", "services", "associates",
        # round 39: kinds of business v38 named after a coined place-like word ("<word>moor Marina", "<word>
        # Music", "<word> Wash and Fold"): 9 utterances lost the business's name, one each its kind
        "marina", "music", "wash", "laundry", "laundromat", "studio", "studios", "gym", "fitness", "spa",
        "garage", "kennel", "kennels", "veterinary", "academy", "books", "boutique", "tailors", "gallery",
        "travel", "rentals", "outfitters", "marine", "lumber", "printing", "photography", "catering",
        "brewery", "nails",
        # round 44: the trades v50 and v51 named after a coined word ("<word> Powersports", "<word>
        # Irrigation", "<word> Sod Farm"): 9 utterances lost the business's name ("<word> er, Powersports",
        # the trade after a hesitation, still does)
        "powersports", "irrigation", "sod", "farm", "farms", "orchard", "orchards", "ranch", "feed",
    }
)  # fmt: skip
# words said between a founder's name and the trade ("Patel Family Dental", "Martinez Auto Repair")
# and the founders' kin ("Garcia Brothers Plumbing": round 17, v16 had 3)
_TRADE_MODIFIERS = frozenset({"family", "auto", "home", "body", "pet", "car", "brothers", "bros", "sons"})
_PLACE_PREPOSITIONS = frozenset({"to", "at", "from", "near", "by"})
_FILLERS = frozenset({",", "uh", "um", "er", "like"})
_DETERMINERS = frozenset({"the", "a", "that", "this", "your", "our", "their"})
# "my bank is ...": a business's name follows these
_BUSINESS_ROLES = frozenset({"bank", "pharmacy", "lender"})
_BANKING = frozenset({"bank", "banked", "banks", "banking"})


def without_business_names(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """``findings`` without the person findings that are a business's name."""
    if not any(f.kind == PERSON for f in findings):
        return findings
    out = []
    for f, a, b in token_spans(tokens, findings):
        if f.kind == PERSON and a is not None and b is not None and _business(tokens, a, b):
            continue
        out.append(f)
    return out


def _business(tokens: list[Token], a: int, b: int) -> bool:
    if b > a + 1 and tokens[a + 1].low in TRADES and all(t.text.islower() for t in tokens[a + 2 : b + 1]):
        b = a + 1  # round 39: "<Word> Marina said to call": the finder took the verb after the trade too
    if a == b and _trade_after(tokens, b):
        return True  # "Johnson Pharmacy", "patel family dental", "martinez um auto repair"
    m = b
    while m > a and tokens[m].low in TRADES | _TRADE_MODIFIERS:
        m -= 1  # "Martinez Auto Repair", "Patel Family Dental": one name word, then the trade (round 16)
    if m == a and b > a and tokens[b].low in TRADES:
        # the finder took "the Wilson branch" as one name; "I'm Kate Branch" is a first name and a surname
        before = _word_before(tokens, a)
        return (
            before in _DETERMINERS
            or tokens[a].low not in all_first_names()
            or (
                before in _PLACE_PREPOSITIONS and tokens[a].low in all_surnames()
            )  # "went to uh, Johnson Pharmacy"
        )
    k = _index_before(tokens, a)
    if k >= 1 and tokens[k].low in ("with", "at") and tokens[k - 1].low in _BANKING:
        return True  # "I bank with Morgan Stanley", "we bank at ...": the bank, not a person (round 16)
    if (
        k >= 2
        and tokens[k].low.isalpha()
        and tokens[k - 1].low in ("with", "at")
        and tokens[k - 2].low in _BANKING
    ):
        return True  # "i also bank with wells fargo": the finder took the second word only (round 19)
    # "my bank is wells fargo", "our pharmacy's ...": the role said with "my"/"our"/"the"; "policyholder
    # for the dog's insurance is <name>" names a person (v12), so insurance is no role here
    if k >= 1 and tokens[k].low.endswith("'s"):
        role, det = tokens[k].low.removesuffix("'s"), tokens[k - 1].low
    elif k >= 2 and tokens[k].low == "is":
        role, det = tokens[k - 1].low, tokens[k - 2].low
    else:
        return False
    return role in _BUSINESS_ROLES and det in ("my", "our", "the", "your")


def _trade_after(tokens: list[Token], b: int) -> bool:
    """Whether a trade word follows ``b``, over fillers and at most two modifiers ("family", "auto")."""
    k, modifiers = b + 1, 0
    while k < len(tokens) and modifiers <= 2:
        low = tokens[k].low
        if low in TRADES:
            return True
        if low in _FILLERS:
            k += 1
            continue
        if low not in _TRADE_MODIFIERS:
            return False
        modifiers += 1
        k += 1
    return False


def _index_before(tokens: list[Token], a: int) -> int:
    """The index of the last word before ``a`` that is no filler or comma (-1 when none is)."""
    k = a - 1
    while k >= 0 and tokens[k].low in _FILLERS:
        k -= 1
    return k


def _word_before(tokens: list[Token], a: int) -> str:
    k = _index_before(tokens, a)
    return tokens[k].low if k >= 0 else ""
