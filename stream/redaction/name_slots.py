"""The slots a caller fills with a name: a name's part named by its slot word, and a person named by a role
(round 39).

v38 left three given names on no list in clear, each in a slot the sentence had opened: "Last <surname>,
first <given>" (and "Last" was redacted with the surname instead), "given <name> then <surname>", "her
teacher er was <name>". The finders read a word on no list only after the cues of ``names``; the slot words of
a name ("first", "given", "last", "surname", "maiden") and a role noun before a copula are such cues too,
whatever the word's status on the name lists. Round 38's guards apply: the word is left when it cannot be a
name there (a function word, a number word, a month, a value's label: ``name_neighbours.may_be_name_word``).
After a slot word the word must also be on no English list: what follows "the surname", "last name" or
"last" is as often talk about the name ("the surname goes ...", "last name spelled ...", "last digits") as
the name, and the earlier halves had 58 such words; a name that is an English word there is left to the
other finders. After a role and its copula an English word is a name unless it has an adjective's or a
participle's ending ("her teacher was unavailable").
"""

from __future__ import annotations

from collections.abc import Sequence

from stream.redaction.context import PERSON
from stream.redaction.finding import Finding, without_opening_words
from stream.redaction.lexicon import all_first_names, all_surnames, english_words
from stream.redaction.name_neighbours import may_be_name_word
from stream.redaction.spoken import Token

# the words that name a part of a name; "'s" forms as the tokenizer gives them ("first's")
SLOT_WORDS = frozenset(
    {"first", "first's", "given", "last", "last's", "surname", "surname's", "maiden", "middle",
     # round 43: "Forename <given>, surname <surname>" (v48 had "Forename" redacted with the name, 3 times)
     "forename", "forename's"}
)  # fmt: skip
_SLOT_FILLERS = frozenset({"is", "name", "name's", "names", ":", ",", "uh", "um", "er", "erm"})
# a slot opens where an answer's part starts: the text's start, after a pause mark, after "and"/"then"/"my"
_SLOT_STARTS = frozenset({",", ".", ";", ":", "and", "then", "my", "her", "his", "their", "the", "uh", "um"})

# role nouns whose holder a caller names after a copula ("her teacher was <name>", "my nurse is <name>")
_ROLE_NOUNS = frozenset(
    {"teacher", "doctor", "nurse", "dentist", "therapist", "coach", "tutor", "manager", "supervisor", "boss",
     "landlord", "landlady", "agent", "rep", "representative", "advisor", "adviser", "counselor", "lawyer",
     "attorney", "caseworker", "technician", "tech", "driver", "pharmacist", "vet", "surgeon", "physician",
     "pediatrician", "instructor", "principal", "neighbor", "neighbour", "roommate", "sponsor", "contact"}
)  # fmt: skip
# round 43: "your notary was <name> i believe" (v48): more roles a person holds, the agent's or staff's the
# caller names. Their holder's name is read only when the word is on no English list or on a given-name list
# ("my barber was <word of no list>", "my stylist is grace"; never "my mechanic was honest"): a new role noun
# does not widen what an English word after it may be.
_STAFF_ROLE_NOUNS = frozenset(
    {"notary", "adjuster", "officer", "planner", "stylist", "barber", "groomer", "mechanic", "plumber",
     "electrician", "contractor", "accountant", "banker", "broker", "realtor", "teller", "receptionist",
     "assistant", "specialist", "coordinator", "dispatcher", "installer", "examiner", "underwriter",
     "paralegal", "trainer", "nanny", "babysitter", "caregiver", "aide", "midwife", "optometrist",
     "chiropractor", "dermatologist", "cardiologist", "hygienist", "handyman", "housekeeper", "tailor",
     "cashier", "waiter", "waitress", "bartender", "interpreter", "translator", "appraiser", "surveyor",
     "landscaper", "roofer", "optician", "audiologist", "psychiatrist", "psychologist", "concierge",
     "doorman", "superintendent", "mentor", "coworker", "colleague", "caretaker", "counsellor", "chaplain",
     "priest", "rabbi", "imam", "courier", "paramedic", "anesthesiologist", "nutritionist", "dietitian"}
)  # fmt: skip
_COPULAS = frozenset({"is", "was", "'s"})
_HESITATIONS = frozenset({"uh", "um", "er", "erm", "hmm"})
# what an English word after "<role> was" says of the person rather than naming them ("was unavailable",
# "was helpful", "was rude"): the endings of adjectives and participles
_ADJECTIVE_ENDINGS = (
    "able", "ible", "ful", "less", "ous", "ive", "ed", "ing", "ly", "ent", "ant", "ary", "ic", "al", "y",
)  # fmt: skip


def _found_at(found: list[Finding], word: Token) -> bool:
    return any(f.start <= word.start and word.end <= f.end for f in found)


def _slot_opens(tokens: list[Token], k: int) -> bool:
    """Whether the slot word at ``k`` starts an answer's part (not "the first thing", "at last")."""
    return k == 0 or tokens[k - 1].low in _SLOT_STARTS


def names_in_slots(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "first <given>", "given <name> then ...", "last <surname>", "maiden name <word>": the word right
    after a slot word (over "name", "is", fillers) at an answer's start fills the slot when it is on no
    English list, may be a name there, and no finder took it."""
    if SLOT_WORDS.isdisjoint(t.low for t in tokens):
        return []  # most texts: one set test
    out: list[Finding] = []
    for k, t in enumerate(tokens):
        if t.low not in SLOT_WORDS or not _slot_opens(tokens, k):
            continue
        j = k + 1
        while j < len(tokens) and j - k <= 3 and tokens[j].low in _SLOT_FILLERS:
            j += 1
        if j >= len(tokens):
            continue
        word = tokens[j]
        if (
            may_be_name_word(word)
            and (word.low not in english_words() or _other_part_given(tokens, k, j, found))
            and not _found_at(found, word)
            and not _found_at(out, word)
        ):
            out.append(Finding(word.start, word.end, PERSON, word.low, 0.6))
    return out


# the slot words of the other part of a name: "first" answers "surname"/"last", and the other way round
_OTHER_SLOT = {"first": ("surname", "last"), "given": ("surname", "last"), "last": ("first", "given"),
               "surname": ("first", "given")}  # fmt: skip
_CLAUSE_ENDS = frozenset({".", ",", ";", "?", "!", "and", "then"})


def _other_part_given(tokens: list[Token], k: int, j: int, found: list[Finding]) -> bool:
    """ "Surname <surname>, first <given>": after the other part of the name was given in its own slot (a
    finder took the word after that slot word), the word that ends this slot is the name's other part even
    when it is an English word ("first Icy"), since the caller is answering the same question part by part
    (round 42: v47 left one such given name in clear). "first time calling" goes on past the word: left."""
    others = _OTHER_SLOT.get(tokens[k].low)
    if others is None or (j + 1 < len(tokens) and tokens[j + 1].low not in _CLAUSE_ENDS):
        return False
    for i in range(k):
        if tokens[i].low in others and _slot_opens(tokens, i):
            n = i + 1
            while n < k and tokens[n].low in _SLOT_FILLERS:
                n += 1
            if n < k and _found_at(found, tokens[n]):
                return True
    return False


def _describes(word: Token) -> bool:
    """An English word with an adjective's or a participle's ending: what is said of the person."""
    return word.low in english_words() and word.low.endswith(_ADJECTIVE_ENDINGS)


def names_after_roles(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "her teacher er was <name>", "my nurse is <name>": a role noun, a copula (a hesitation may stand
    before or after it) and a word that may be a name and says nothing of the person."""
    lows = {t.low for t in tokens}
    if _ROLE_NOUNS.isdisjoint(lows) and _STAFF_ROLE_NOUNS.isdisjoint(lows):
        return []
    out: list[Finding] = []
    for k, t in enumerate(tokens):
        staff = t.low in _STAFF_ROLE_NOUNS
        if t.low not in _ROLE_NOUNS and not staff:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].low in _HESITATIONS:
            j += 1
        if j + 1 >= len(tokens) or tokens[j].low not in _COPULAS:
            continue
        j += 1
        while j + 1 < len(tokens) and (tokens[j].low in _HESITATIONS or tokens[j].low == ","):
            j += 1  # round 43: "was uh, <name>": the hesitation after the copula too
        word = tokens[j]
        if staff and word.low in english_words() and word.low not in all_first_names():
            continue  # round 43: after a staff role, an English word is a name only on a given-name list
        if may_be_name_word(word) and not _describes(word) and not _found_at(found, word):
            out.append(Finding(word.start, word.end, PERSON, word.low, 0.6))
    return out


def without_slot_words(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """A name without the slot word a finder took with it ("Last <surname>" -> "<surname>"): the word says
    which part the name is, not who (v38: "Last" redacted, the surname after it its own). The slot word
    alone is left to the other passes."""
    return without_opening_words(tokens, found, PERSON, SLOT_WORDS, _next_word, keep_if_nothing_left=True)


def _next_word(tokens: Sequence[Token], i: int, end: int) -> int:
    return i + 1


def without_verbs_before_spellings(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without the verb a cue finder took between a slot word and the letters that spell the name
    (round 41: "<given> <surname>, surname runs O, P, ...": v42 had four "runs" redacted): a lower-case word
    of the language on no name list, right after the slot word and right before spelled letters a finder
    found, says how the name is spelled, not who."""
    if SLOT_WORDS.isdisjoint(t.low for t in tokens):
        return found
    starts = {t.start: i for i, t in enumerate(tokens)}
    spelled = {starts[f.start] for f in found if f.kind == PERSON and f.start in starts}
    out = []
    for f in found:
        a = starts.get(f.start)
        if f.kind == PERSON and a is not None and _verb_before_spelling(tokens, a, f, spelled):
            continue
        out.append(f)
    return out


def _verb_before_spelling(tokens: list[Token], a: int, f: Finding, spelled: set[int]) -> bool:
    word = tokens[a]
    return (
        word.end == f.end
        and a >= 1
        and tokens[a - 1].low in SLOT_WORDS
        and a + 1 < len(tokens)
        and a + 1 in spelled
        and len(tokens[a + 1].text) == 1
        and word.text.isalpha()
        and word.text.islower()
        and word.low in english_words()
        and word.low not in all_first_names()
        and word.low not in all_surnames()
    )
