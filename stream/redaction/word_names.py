"""Given names that are words of the language ("Kindness Tamihana", "ask for Honor, she does ...", "nurse
proud told us", "name honor surname taufa").

Virtue and word names (Honor, Memory, Kindness, Gift, Happy, Saffron, Verity, Unity, Proud) are on no name
list and are words of the language, so the learned finder never scores them (it leaves words of the language
to the cue rules) and the cue rules take a word only after a strong cue. What marks them is the place, not
the word: right before a surname already found, at the start of what is said or after a pause or "is";
between "ask for" and "she"/"he"; between "name" and "surname"; between a clinician's title and a verb of
saying. Each place is narrow on purpose: the word around it decides, and agent phrases, products and
prose keep their words (tests/stream/redaction/test_round10.py holds the keep-guards).
"""

from __future__ import annotations

from stream.redaction.context import MONTHS, PERSON
from stream.redaction.finding import Finding, first_words
from stream.redaction.lexicon import all_first_names, first_names
from stream.redaction.names import STOP, inflected, plain_word
from stream.redaction.spoken import NUMBER_WORDS, Token

# where a given name may open what is said: the start, a pause, "is" ("my caseworker is verity ...")
_OPENERS = frozenset({".", ",", "!", "?", ":", ";", "is", "was"})
# words that stand before a name without being one: answers, greetings, roles, titles, days
_NOT_GIVEN = frozenset(
    {"sure", "right", "correct", "exactly", "great", "perfect", "good", "fine", "morning", "evening",
     "afternoon", "night", "welcome", "sorry", "hello", "hi", "hey", "thanks", "yes", "yeah", "okay", "ok",
     "alright", "well", "so", "doctor", "dr", "nurse", "officer", "agent", "detective", "professor",
     "coach", "captain", "sergeant", "judge", "pastor", "father", "sister", "brother", "aunt", "uncle",
     "mister", "miss", "mr", "mrs", "ms", "mom", "dad", "wife", "husband", "son", "daughter", "ma'am",
     "sir", "caseworker", "cardholder", "patient", "member", "customer", "client", "tenant", "manager",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
     "yesterday", "also", "just", "then", "now", "again", "account", "card", "name", "surname", "called",
     "practitioner", "assistant", "aide", "station", "office", "line", "help", "support", "assistance",
     "billing", "someone", "somebody", "anyone", "refund", "supervisor", "directions", "more", "time",
     "money", "details", "records", "service", "sales", "claims", "pharmacy", "reception", "front",
     "use", "send", "email", "mail", "text", "call", "ship", "charge", "spelled", "spelt", "named"}
)  # fmt: skip
_ASK = frozenset({("ask", "for"), ("asked", "for"), ("speak", "to"), ("speak", "with"), ("talk", "to")})
_PRONOUNS = frozenset({"she", "he", "she's", "he's"})
_CLINICIANS = frozenset({"nurse", "doctor", "dr", "therapist", "dentist", "caseworker"})
_SAYING = frozenset(
    {"told", "said", "says", "wants", "wanted", "asked", "called", "gave", "thinks", "thought", "recommended",
     "prescribed", "mentioned", "explained", "suggested"}
)  # fmt: skip
_SURNAME_LABELS = frozenset({"surname", "last", "family"})
# the word before each place above
_PLACE_OPENERS = frozenset({b for _, b in _ASK}) | {"name"} | _CLINICIANS


def _given(token: Token, before_surname: bool = False) -> bool:
    """A word that may be a given name. Before a found surname an "-ing" word may be one too
    ("Blessing", "Sterling"): the surname after it says so."""
    low = token.low
    return (
        (
            plain_word(token)
            or (before_surname and low.endswith("ing") and inflected(low) and _alphabetic(token))
        )
        and len(low) >= 3
        and low not in _NOT_GIVEN
        and low not in MONTHS
        and low not in NUMBER_WORDS
    )


def _value_ends(tokens: list[Token], found: list[Finding]) -> set[int]:
    """Indices of number tokens that end a value found ("... seven one five <Constancy Vaorelimbo>"):
    what is said after a number read out opens anew, as after a pause ASR did not write."""
    ends = {t.end: i for i, t in enumerate(tokens)}
    out = set()
    for f in found:
        k = ends.get(f.end)
        if f.kind != PERSON and k is not None and (tokens[k].low.isdigit() or tokens[k].low in NUMBER_WORDS):
            out.add(k)
    return out


def _alphabetic(token: Token) -> bool:
    return token.text.isalpha() and token.low not in STOP


def word_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """PERSON findings for word names in a name's place (see the module docstring)."""
    out: list[Finding] = []
    value_ends = _value_ends(tokens, found)
    for f, i in first_words(tokens, found, PERSON):
        if i == 0 or len(tokens[i].low) < 2:
            continue  # a name spelled letter by letter ("spelled t a u") has no word name before it
        w = i - 1  # "Kindness <Tamihana>": the word right before a found surname, where a name opens
        if len(f.value.split()) > 1 and tokens[i].low in first_names():
            continue  # "Try Roger Hill, you'll find it": a given name and a surname found, the word a verb
        if _given(tokens[w], before_surname=True) and (
            w == 0 or tokens[w - 1].low in _OPENERS or w - 1 in value_ends
        ):
            out.append(Finding(tokens[w].start, f.end, PERSON, f"{tokens[w].low} {f.value}", f.score))
    for w in range(1, len(tokens) - 1):
        prev = tokens[w - 1].low
        if prev not in _PLACE_OPENERS:
            continue  # most tokens: one set look-up
        before = (tokens[w - 2].low if w >= 2 else "", prev)
        nxt = w + 1 + (tokens[w + 1].low == ",")
        after = tokens[nxt].low if nxt < len(tokens) else ""
        if (
            (before in _ASK and after in _PRONOUNS)  # "ask for memory she does the payroll"
            or (prev == "name" and after in _SURNAME_LABELS)  # "name honor surname taufa"
            or (prev in _CLINICIANS and after in _SAYING)  # "nurse proud told us"
        ) and _given(tokens[w]):
            out.append(Finding(tokens[w].start, tokens[w].end, PERSON, tokens[w].low, 0.6))
    out.extend(_named_from_a_team(tokens))
    return out


# round 25: "shelby from your billing team called me": a listed first name that is also a word, opening what
# is said, then "from your/the ... team" (v23 left 1). The team after it says a person, not a thing.
_FROM_WHOSE = frozenset({"your", "the", "ur"})
_TEAMS = frozenset({"team", "department", "dept", "office", "desk", "side", "group", "staff"})
_MAX_TEAM_WORDS = 3


def _named_from_a_team(tokens: list[Token]) -> list[Finding]:
    out: list[Finding] = []
    for w in range(len(tokens) - 3):
        if tokens[w + 1].low != "from" or tokens[w + 2].low not in _FROM_WHOSE:
            continue  # most tokens: one comparison
        if not (w == 0 or tokens[w - 1].low in _OPENERS) or tokens[w].low not in all_first_names():
            continue
        team = tokens[w + 3 : w + 3 + _MAX_TEAM_WORDS + 1]
        if _given(tokens[w]) and any(t.low in _TEAMS for t in team):
            out.append(Finding(tokens[w].start, tokens[w].end, PERSON, tokens[w].low, 0.6))
    return out
