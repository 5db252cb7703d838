"""Order, tracking and confirmation numbers: the caller's business with us, not who the caller is.

"Order number 903391579, it says delivered", "the tracking number is ending nine one seven five six one",
"the confirmation code is eight three six L Z J": an analyst reading a transcript needs these to follow
the call, and none of them identifies a person (a shop issues one per purchase). The number finders
name an unlabelled run of four or more digits an identifier, and "order"/"confirmation" used to be
account cues, so every one was redacted (v14, round 15: all 7 order, 4 tracking and 3 of 4 confirmation
numbers). An identifier finding is kept when the nearest words before it are one of these references,
reached back only over the words that announce a number ("number", "code", "is", "it's", "ending",
"says delivered ..."); any other word stops the walk, so "order account NL38944" (the account) and "the
confirmation ... is tied to my rewards number 2190..." (the rewards number) are still redacted.
"""

from __future__ import annotations

from stream.redaction.closure import ID_KINDS, PERSON
from stream.redaction.context import ACCOUNT, ADDRESS, DOB, NUMBER, PHONE, SSN, ZIP, kind_before
from stream.redaction.finding import Finding
from stream.redaction.lexicon import english_words, known_words
from stream.redaction.spoken import NUMBER_WORDS, Token

REFERENCES = frozenset(
    {"order", "tracking", "confirmation", "conf", "shipment", "package", "parcel", "booking", "reservation",
     # round 39: a pickup's reference ("where's pickup <code>", "the app shows pickup <code> as scheduled"):
     # a transaction's number as much as an order's (v38 had 3 redacted)
     "pickup",
     # round 40: the other numbers a business issues for one transaction, the labelling rule's class (a
     # rental's, a trip's, a delivery's, a purchase's, a receipt's; v40's ski shop had 6 rental and 1 trip
     # numbers redacted). Not "claim" (an insurer's claim names its claimant) nor "ticket" (a citation)
     "rental", "trip", "delivery", "purchase", "receipt", "transaction",
     # an appointment is a booking ("my appointment code is <code>": v39 and v41 had 4 such codes redacted)
     "appointment"}
)  # fmt: skip
# round 43: the lead's labelling rule (final, 2026-12-05): a claim number and a repair or service ticket name
# one transaction and are kept, unless given as an identity check's answer (v48 had 8 such numbers redacted).
# Read only where the words say the number is the business's: "ticket" after a service's noun ("repair
# ticket", "service ticket"), and a claim number a company is said to hold ("the insurer's claim number
# is ..."). A bare "claim number <code>" stays redacted: the earlier halves (v5-v37) label it the caller's
# ID, 30 of them, and keeping it cost recall on seven sets; "my claim <digits>", "Claim CT ...", "the
# <digits> ticket" (a citation) are left to the number finders too.
_CLAIM = "claim"
_CLAIM_LABELS = frozenset({"number", "no", "#", "id"})
_CLAIM_HOLDERS = frozenset(
    {"insurer's", "insurance's", "carrier's", "company's", "shop's", "airline's", "store's", "dealer's",
     "landlord's", "agency's", "insurers", "carrier", "shop", "airline", "dealer", "store"}
)  # fmt: skip
_TICKET = "ticket"
_TICKET_KINDS = frozenset({"repair", "service", "support", "work", "job", "trouble", "help", "maintenance"})


# round 44: a lab's sample and an exam's seat, read only after their kind ("soil sample <code>", "exam seat
# <letters>"): a business's number for one job or one sitting (v51 had 12 such codes redacted); a bare
# "sample" or "seat" is left to the number finders
_KINDED = {
    "sample": frozenset({"soil", "water", "lab"}),
    "seat": frozenset({"exam", "test", "testing"}),
}


def _labelled_reference(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` is "claim" before its label or "ticket" after a service's noun."""
    low = _reference_word(tokens[j].low)
    if low == _CLAIM:
        return (
            j + 1 < len(tokens)
            and tokens[j + 1].low in _CLAIM_LABELS
            and j > 0
            and tokens[j - 1].low in _CLAIM_HOLDERS
        )
    if low in _KINDED:
        return j > 0 and tokens[j - 1].low in _KINDED[low]
    return low == _TICKET and j > 0 and tokens[j - 1].low in _TICKET_KINDS


def _is_reference(tokens: list[Token], j: int) -> bool:
    return _reference_word(tokens[j].low) in REFERENCES or _labelled_reference(tokens, j)


# the words between a reference and its number: what the number is called and how it is introduced
_BRIDGE = frozenset(
    {
        "number", "numbers", "no", "#", "code", "id", "is", "was", "it's", "its", "it", "'s", "s", "ending",
        "ends", "in", "says", "said", "shows", "reads", "delivered", "the", "my", "of", "for", "uh", "um",
        "er", "like",
        ":", ",", ".", "-", "that's", "thats", "here", "right", "status", "reference", "one",
    }
)  # fmt: skip
_REACH = 6


def _reference_word(low: str) -> str:
    """A token without the contraction of "is" ("confirmation's" -> "confirmation"): round 31, v30 had two
    codes after "confirmation's" redacted, the reference word unseen."""
    return low.removesuffix("'s").removesuffix("\u2019s")


# round 22: what is said of a parcel right after its tracking number ("... hasn't moved in days", "why is
# <number> still awaiting pickup?", "ending <digits> is shipped"); v21 had 8 such numbers with no reference
# word before them, each redacted
# round 23: an order's or parcel's status of any kind ("... has been stuck all week", "how come <number> says
# refunded", "... says on hold"; v22 had 4 such numbers redacted)
_PARCEL_STATUS = frozenset(
    {"shipped", "moved", "transit", "delivered", "pickup", "dispatched", "processing", "stuck", "refunded",
     "hold", "cancelled", "canceled", "backordered", "pending", "delayed", "arrived", "returned", "approved",
     "lost", "damaged", "misdelivered", "undeliverable", "rerouted",
     # round 30: a bill's or invoice's status ("<number> is past due now", "it shows <number> as past due",
     # "<tracking number> is Past Due now"): v29 had 3 such numbers redacted
     "overdue", "due",
     # round 40: a booking's, a rental's or a payment's status ("is ending <digits> deferred?", "<code>
     # Waitlisted", "<number> is Confirmed", "still On Order", "is Under Review"): v40 and v41 had 9 such
     # numbers redacted
     "deferred", "booked", "waitlisted", "confirmed", "order", "review", "scheduled", "fulfilled", "closed",
     # round 41: the rest of a transaction's course, by the class (a payment's, a prescription's, a visit's,
     # a delivery's: "<number> is posted", "... as Filled", "... been en route", "... as out for delivery",
     # "... done yet"): v42, v43 and v44 had 9 such numbers redacted
     "posted", "filled", "done", "completed", "paid", "settled", "cleared", "voided", "route", "delivery",
     # round 43: a check's or a refund's ("it says <code> is mailed": v48 had one redacted)
     "mailed",
     # round 44: where a parcel is on its way ("it says <code> is on the truck", "is ending <digits> on the
     # van yet": v50 and v51 had 3 such numbers redacted)
     "truck", "van", "packed", "picked"}
)  # fmt: skip
# round 27: "... is returned", "ending <six digits> says approved", "... got lost": v26 had 2 such numbers
# redacted (the status words an order, a parcel or a payment's reference takes)
_STATUS_GLUE = frozenset(
    {"is", "was", "has", "hasn't", "hasnt", "not", "been", "still", "awaiting", "already", "just", "yet",
     "in", "out", "for", "being", "says", "shows", "got", "the", "on", "showing", "marked", "as", "getting",
     "get", "gets", "under", "en"}
)  # fmt: skip


def without_references(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """``findings`` without the identifiers that are an order, tracking or confirmation number."""
    if tokens and not (
        _PARCEL_STATUS.isdisjoint(t.low for t in tokens) and _REPORTS.isdisjoint(t.low for t in tokens)
    ):
        findings = [f for f in findings if not _parcel_number(tokens, f)]
    if not tokens or (
        REFERENCES.isdisjoint(words := {_reference_word(t.low) for t in tokens})
        and _CLAIM not in words
        and _TICKET not in words
        and words.isdisjoint(_KINDED)
    ):
        return findings  # most texts: a few set tests
    findings = [g for f in findings if (g := _without_reference_word(tokens, f)) is not None]
    if _identity_check(tokens, findings):
        return findings
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    verified = _verified_references(tokens)
    return [f for f in findings if not _a_reference(tokens, starts, ends, f, verified)]


_NAMED_REFERENCES = REFERENCES | frozenset(_KINDED)


def _without_reference_word(tokens: list[Token], f: Finding) -> Finding | None:
    """ "Reservation ZN..." at the start of a sentence: the capitalised reference word before an ID read as
    a name before a value (round 33: v32 had 5 such words redacted). Round 39: a capitalised status that ends
    in one ("Awaiting Pickup", "Ready For Pickup"): no name ends in a transaction's word. Round 40: a name
    said right before its reference word ("<given> <surname> trip <code>") is a name a finder ran on into
    the reference word: the name stays without it (None only when the words before it are the language's)."""
    if f.kind != PERSON or _reference_word((f.value.lower().split() or [""])[-1]) not in _NAMED_REFERENCES:
        return f
    inside = [t for t in tokens if f.start <= t.start and t.end <= f.end]
    if inside and inside[-1].low in _KINDED:
        # round 44: "Soil sample <code>": the kind and its word are no name; "Mister Sample" is one
        if len(inside) < 2 or inside[-2].low not in _KINDED[inside[-1].low]:
            return f
        rest = inside[:-2]
    elif len(inside) < 2 or _reference_word(inside[-1].low) not in REFERENCES:
        return None
    else:
        rest = inside[:-1]
    if not rest:
        return None
    if all(t.low in known_words() or not t.low.isalpha() for t in rest):
        return None
    return Finding(rest[0].start, rest[-1].end, PERSON, " ".join(t.low for t in rest), f.score)


# round 33: the answers of an identity check. v32's cruise desk had a caller verify with "Reservation <code>,
# card ending <four digits>, <address>" (12 codes, each kept as a booking's reference, each labelled the
# caller's identifier): a code said beside a card's last four, a street address, a date of birth, a social
# or a ZIP is given to say who is calling, not what the call is about, and stays redacted. A name beside a
# booking ("<name>, reservation <code>, can I add a night?", v20-v23) is no such answer: those stay kept.
_CHECK_KINDS = frozenset({ADDRESS, DOB, SSN, ZIP})
_BOOKINGS = frozenset({"booking", "reservation"})
_LAST_FOUR_CUES = frozenset({"ending", "ends", "last"})
_CARD_REACH = 3


def _identity_check(tokens: list[Token], findings: list[Finding]) -> bool:
    """Whether the text names a booking, no order or parcel, and also gives an answer of an identity check:
    a finding of an address, a birth date, a social or a ZIP, or a card's last four ("card ending", "card uh
    ending"). An order's or a parcel's number beside an address is the shipment and where it went
    ("package <number> says left at <address>", "tracking ending <digits> went to <address>": v14, v21 and
    v24 keep those), so only a stay's or a trip's code is read so."""
    said = {_reference_word(t.low) for t in tokens} & REFERENCES
    if not said or not said <= _BOOKINGS:
        return False
    if any(f.kind in _CHECK_KINDS for f in findings):
        return True
    for i, t in enumerate(tokens):
        if _reference_word(t.low) == "card" and any(
            u.low in _LAST_FOUR_CUES for u in tokens[i + 1 : i + 1 + _CARD_REACH]
        ):
            return True
    return False


# round 39: the cues of an identity check. A transaction's reference given as the answer of one identifies
# the caller (round 38's labelling rule): v38's "To verify, booking number <code>" was kept twice, round 33's
# rule wanting a second answer (a card's last four, an address) that was not said. The cue is about the
# caller proving who they are: "to verify", "for verification", "to confirm it's me", "security answer",
# "to prove who I am", "to authenticate". "To confirm, the order number is ..." (an agent checking which
# order) names no identity and is no such cue: "confirm" counts only with "me"/"identity"/"who".
_VERIFY_WORDS = frozenset(
    {"verify", "verifying", "verification", "verified", "authenticate", "authenticating", "authentication",
     "security", "identity", "identify", "prove"}
)  # fmt: skip
_CONFIRM_WORDS = frozenset({"confirm", "confirming"})
_CONFIRM_WHO = frozenset({"me", "identity", "who", "i'm", "myself"})
_CUE_REACH = 6  # words from the cue to the reference word: "to verify, uh, it's booking number ..."


def _verification_cue(tokens: list[Token], i: int) -> bool:
    low = tokens[i].low
    if low in _VERIFY_WORDS:
        return True
    return low in _CONFIRM_WORDS and any(t.low in _CONFIRM_WHO for t in tokens[i + 1 : i + 4])


def _verified_references(tokens: list[Token]) -> frozenset[int]:
    """The indices of the reference words a verification cue stands before, within a few words: the
    reference said there is the caller's answer, not the call's subject."""
    if _VERIFY_WORDS.isdisjoint(t.low for t in tokens) and _CONFIRM_WORDS.isdisjoint(t.low for t in tokens):
        return frozenset()
    out: set[int] = set()
    for i in range(len(tokens)):
        if _verification_cue(tokens, i):
            out.update(
                j for j in range(i + 1, min(len(tokens), i + 1 + _CUE_REACH)) if _is_reference(tokens, j)
            )
    return frozenset(out)


def _a_reference(
    tokens: list[Token],
    starts: dict[int, int],
    ends: dict[int, int],
    f: Finding,
    verified: frozenset[int] = frozenset(),
) -> bool:
    """Whether ``f`` is an identifier (or a code of spelled letters) a reference word names, before or
    after it, and not given as an identity check's answer (``verified``)."""
    spelled = f.kind not in ID_KINDS and _spelled_only(tokens, f)
    if f.kind not in ID_KINDS and not spelled:
        return False
    first = starts.get(f.start)
    at = _after_reference(tokens, _code_start(tokens, first, spelled))
    if at is not None:
        return at not in verified
    return _named_a_reference_after(tokens, first, ends.get(f.end))


# round 23: how a caller names what a code just read was ("i have <code> as the confirmation", "<code> is
# the order number"); v22 had 2 confirmation codes so named after them, both redacted
_NAMED_AS = frozenset({"as", "is", "was", "that's", "it's"})
_NAMED_DETERMINERS = frozenset({"the", "my", "our", "a", "an", "your"})


def _named_a_reference_after(tokens: list[Token], first: int | None, last: int | None) -> bool:
    """An identifier with no value's context word before it, named an order, booking or confirmation
    right after it ("... z 4 j m e y as the confirmation"). "my member id is ... for the booking" stays:
    its context word comes first, and "for" does not name it."""
    if first is None or last is None or kind_before(tokens, first) is not None:
        return False
    j = last + 1
    if j >= len(tokens) or tokens[j].low not in _NAMED_AS:
        return False
    j += 1
    if j < len(tokens) and tokens[j].low in _NAMED_DETERMINERS:
        j += 1
    return j < len(tokens) and tokens[j].low in REFERENCES


_CODE_DIGITS = 3  # digit words a spelled code may open with ("confirmation two n e f k h")


def _code_start(tokens: list[Token], first: int | None, spelled: bool) -> int | None:
    """Where a code of spelled letters starts: the digit words said right before its letters are the
    code's own ("confirmation two <letters>", "reservation eight <letters>"), not words after the
    reference (round 30: v29 had 2 such codes redacted, the letters read as a spelled name)."""
    if first is None or not spelled:
        return first
    k = first
    while (
        k > 0
        and first - k < _CODE_DIGITS
        and (tokens[k - 1].low in NUMBER_WORDS or tokens[k - 1].low.isdigit())
    ):
        k -= 1
    return k


def _spelled_only(tokens: list[Token], f: Finding) -> bool:
    """ "it's <name> confirmation b v t u x h": letters said one by one right after a reference are its
    code, though after a name they read as the name's spelling (round 16: v15 had 5 such codes)."""
    said = [t.text for t in tokens if f.start <= t.start and t.end <= f.end]
    return f.kind == PERSON and len(said) >= 3 and all(len(w) == 1 and w.isalpha() for w in said)


# round 24: "parcel number" / "parcel id" is the county assessor's number of a piece of land, which the
# property record ties to its owner; a shipped parcel is followed by its "tracking number" (v23 had 4 parcel
# numbers, every one kept in clear as a shipment's reference)
_PROPERTY_PARCEL = frozenset({"number", "no", "#", "id"})


def _after_reference(tokens: list[Token], first: int | None) -> int | None:
    """The index of the reference word a few bridging words before ``first``, or None."""
    if first is None or tokens[first].low == "to":
        return None  # round 39: "text the pickup code to <phone>": a number after "to" is where it goes
    for j in range(first - 1, max(-1, first - 1 - _REACH), -1):
        low = tokens[j].low
        if low == "parcel" and j + 1 < len(tokens) and tokens[j + 1].low in _PROPERTY_PARCEL:
            return None
        if _is_reference(tokens, j):
            return None if _owner_of_labelled_value(tokens, j) else j
        if _reference_word(low) not in _BRIDGE:  # round 40: "Booking code's <code>" (v40 had 2 redacted)
            return None
    return None


# round 40: "zip code for the rental is <ZIP>", "the cell on the booking is <phone>": a reference word after a
# preposition says whose the value is; the value's own label, said before it, names the value (v9 had 2 ZIP
# codes after "for the rental" that "rental" as a reference word would have kept)
_OWNER_PREPOSITIONS = frozenset({"for", "on", "of", "with", "under"})
_LABEL_REACH = 4
_FILLERS = frozenset({"uh", "um", "er", "erm"})


def _owner_of_labelled_value(tokens: list[Token], j: int) -> bool:
    """Whether the reference word at ``j`` follows a preposition (and a determiner) after a value's label
    that is no reference ("zip code for the rental"): the number is the labelled value, not the reference."""
    p = j - 1
    while p >= 0 and (tokens[p].low in _NAMED_DETERMINERS or tokens[p].low in _FILLERS):
        p -= 1  # "zip code for uh the rental"
    if p < 1 or tokens[p].low not in _OWNER_PREPOSITIONS:
        return False
    if any(_reference_word(t.low) in REFERENCES for t in tokens[max(0, p - _LABEL_REACH) : p]):
        return False  # "the confirmation number for the order is ...": a reference's own label
    return kind_before(tokens, p, _LABEL_REACH) not in (None, NUMBER)


def _parcel_number(tokens: list[Token], f: Finding) -> bool:
    """An unlabelled number of five characters or more (no value's context word before it: not an
    account, a claim or a card) that a parcel's status follows within a few linking words: a tracking
    number."""
    if f.kind not in (ACCOUNT, NUMBER, PHONE) or sum(c.isalnum() for c in f.value) < 5:
        return False  # a card, a social; four digits may be a card's last four ("ending 4421")
    # round 23: ten digits with no phone word before them are an order's number too ("how come <10 digits>
    # says refunded"); a phone said after "call"/"cell"/"number" has its context word and stays redacted
    first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= f.end), None)
    if first is None or last is None or kind_before(tokens, first) is not None:
        return False
    if f.kind != PHONE and _one_word_status(tokens, last + 1):
        return True
    for j in range(last + 1, min(len(tokens), last + 5)):
        low = tokens[j].low
        if low in _PARCEL_STATUS and (low != "hold" or tokens[j - 1].low == "on") and _past_due(tokens, j):
            return True  # "on hold", not "... hold on"; "past due", not "due"
        if low not in _STATUS_GLUE and not (
            low == "past" and j + 1 < len(tokens) and tokens[j + 1].low == "due"
        ):
            return False
    return False


def _past_due(tokens: list[Token], j: int) -> bool:
    """ "due" is a status only in "past due" ("... is due on the fifth" says when, not what)."""
    return tokens[j].low != "due" or tokens[j - 1].low == "past"


# round 28: what a record "shows" or "says" in one word at the end of the sentence is its status, whatever
# the word ("ending <six digits> shows paid", "... says voided"): v27 had one such order number redacted, its
# status no word of ``_PARCEL_STATUS``
_REPORTS = frozenset({"shows", "says", "showing", "reads", "marked"})
_CLAUSE_END = frozenset({".", "!", "?", ",", ";", ""})


def _one_word_status(tokens: list[Token], j: int) -> bool:
    """ "<number> shows paid.": a reporting verb right after the number, then one word of the language (after
    an optional "as") that ends the clause."""
    if j >= len(tokens) or tokens[j].low not in _REPORTS:
        return False
    j += 1 + (j + 1 < len(tokens) and tokens[j + 1].low == "as")
    if j >= len(tokens) or tokens[j].low not in english_words():
        return False
    return (tokens[j + 1].low if j + 1 < len(tokens) else "") in _CLAUSE_END
