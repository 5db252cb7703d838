"""The word beside a found name that is the rest of it, though it is also an English word (round 21).

Both are partial leaks v20 showed: a first name found and its surname left ("<name> sharp birthday ..."),
a surname found (and spelled) and its first name left ("okay so aria <name> it goes w as in ..."). The
word is taken only when it is on no list of common words (stop words, VADER's, Faker's, ours), and only
where what stands around it says a name is being given: a value's label right after the surname, the
same surname spelled later for the first name.
"""

from __future__ import annotations

from stream.redaction.context import MONTHS, PERSON, common_words, vader_words
from stream.redaction.finding import Finding, first_words
from stream.redaction.lexicon import all_surnames, off_every_list
from stream.redaction.spoken import NUMBER_WORDS, Token

# what is said right after a caller's full name when the next value is given: its label, or the end
_LABELS = frozenset(
    {"", ",", ".", ";", "birthday", "born", "birth", "dob", "date", "social", "ssn", "phone", "cell",
     "number", "last", "zip", "email", "e-mail", "address", "member", "account", "card", "policy", "id"}
)  # fmt: skip
# what may come right before a name said first in an answer
_ANSWER_STARTS = frozenset(
    {",", ".", ":", ";", "sure", "okay", "ok", "yes", "yeah", "yep", "right", "alright", "so", "well", "uh",
     "um", "hi", "hello", "hey", "it's", "i'm", "is", "this"}
)  # fmt: skip

# round 22: the words that say whose a thing is right before a name ("the cleaning is for <first>
# <surname>", "it's under <first> <surname>", "a patient named ..."): v21 left such a surname in clear
_WHOSE = frozenset({"for", "under", "named", "called", "patient", "with"})


def _uncommon(token: Token) -> bool:
    """An alphabetic word of three letters or more that no list of everyday words holds."""
    return len(token.low) > 2 and _no_everyday_word(token) and token.low not in vader_words()


# round 26: "<first> <surname> my confirmation is ...": a value's label after "my"/"our"/"the" follows the
# surname too (v25 left such a surname in clear); the label words of a number a caller gives besides
_OWNERS = frozenset({"my", "our", "his", "her", "the"})
_OWNED_LABELS = _LABELS | {
    "confirmation",
    "order",
    "booking",
    "reference",
    "claim",
    "case",
    "ticket",
    "policy",
}


def _owned_label(tokens: list[Token], k: int) -> bool:
    """Whether "my"/"our"/"the" at ``k`` is followed by a value's label ("my confirmation", "the account")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].low in _OWNERS
        and tokens[k + 1].low in _OWNED_LABELS - {"", ",", ".", ";"}
    )


def surnames_before_labels(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "easton sharp birthday october ...": a one-word name found at the start of an answer (or right
    after "for"/"under"/"named": "the cleaning is for <first> <surname>") takes the next word as its
    surname when that word is a Census surname on no common-word list and a value's label (or the end)
    follows it. "easton said" or "easton sharp knives" are left alone."""
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i + 1 >= len(tokens):
            continue
        if tokens[i].end != f.end or (
            i > 0 and tokens[i - 1].low not in _ANSWER_STARTS and tokens[i - 1].low not in _WHOSE
        ):
            continue
        word = tokens[i + 1]
        after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        if (
            word.low in all_surnames()
            and _uncommon(word)
            and (after in _LABELS or _owned_label(tokens, i + 2))
        ) or (off_every_list(word.low) and word.text.isalpha() and not _found_at(found, word)):
            # round 37: "<first> <surname> order ...": a word of no language's list right after the
            # first name is its surname whatever follows (v36 left one such surname in clear)
            out.append(Finding(f.start, word.end, PERSON, f"{f.value} {word.low}", f.score))
    return out


def _found_at(found: list[Finding], word: Token) -> bool:
    """Whether a finding already covers ``word`` (a name or a value of its own)."""
    return any(g.start <= word.start and word.end <= g.end for g in found)


def first_names_of_spelled(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "okay so aria <surname> it goes <surname spelled>": a name found and then spelled in the same
    utterance takes the word right before it, at the start of an answer, as the first name when that
    word is on no common-word list (it may be an English word, "aria", and on no name list)."""
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i < 1:
            continue
        if not any(g.kind == PERSON and g.start > f.end and g.value == f.value for g in found):
            continue
        word = tokens[i - 1]
        if _uncommon(word) and (i == 1 or tokens[i - 2].low in _ANSWER_STARTS):
            out.append(Finding(word.start, f.end, PERSON, f"{word.low} {f.value}", f.score))
    return out


def middle_initials(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "kemal t <surname>", "<first> b <surname>": one letter said right before a found name is a middle
    initial when a found name, or a word on no common-word list, stands right before the letter (round 22:
    v8 left "<first> b" of one name in clear; the letter between two found names stayed too). "the letter
    b <surname>" is left alone, "a" and "i" are never initials here."""
    ends = {f.end: f for f in found if f.kind == PERSON}
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i < 2:
            continue
        letter = tokens[i - 1]
        if not (len(letter.text) == 1 and letter.text.isalpha() and letter.low not in ("a", "i")):
            continue
        before = ends.get(tokens[i - 2].end)
        if before is not None:
            out.append(
                Finding(before.start, f.end, PERSON, f"{before.value} {letter.low} {f.value}", f.score)
            )
        elif _uncommon(tokens[i - 2]):
            word = tokens[i - 2]
            out.append(Finding(word.start, f.end, PERSON, f"{word.low} {letter.low} {f.value}", f.score))
    return out


# round 38: the words that open a first name's slot ("first is <given> ...", "first name <given> ...",
# "my first's <given> ..."), so the word after "and" behind that name is the surname of the same answer
_FIRST_SLOT = frozenset({"first", "first's", "given"})
_SLOT_FILLERS = frozenset({"is", "name", "name's", ":", ",", "uh", "um"})


def _opens_first_slot(tokens: list[Token], i: int) -> bool:
    """Whether "first" (or "given") opens the slot the name at ``i`` fills, over "is"/"name"/fillers."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].low in _SLOT_FILLERS:
        k -= 1
    return k >= 0 and tokens[k].low in _FIRST_SLOT and (k < i - 1 or tokens[k].low == "first's")


def may_be_name_word(token: Token) -> bool:
    """What a word in a name's slot cannot be: a function word, a number word, a month, a value's label."""
    return len(token.low) > 1 and _no_everyday_word(token) and token.low not in _OWNED_LABELS


def _no_everyday_word(token: Token) -> bool:
    """An alphabetic word that is no common word, number word or month: what both a name's word and an
    uncommon word must be first."""
    low = token.low
    return (
        token.text.isalpha() and low not in common_words() and low not in NUMBER_WORDS and low not in MONTHS
    )


def surnames_after_first_slot(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "first is <given> and <surname>": a sentence that opens a first name's slot and fills it with a
    name the finders took gives the surname right after "and", whatever its dictionary status (v37 left
    such a surname, also an English word, in clear). The word is left when it cannot be a name there: a
    function word ("and then", "and that's it"), a number word, a month or a value's label ("and last")."""
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i + 2 >= len(tokens):
            continue
        if tokens[i].end != f.end:
            continue
        if tokens[i + 1].low == "and" and _opens_first_slot(tokens, i):
            word = tokens[i + 2]
        elif (then := _ordered_other_part(tokens, i)) is not None:
            word = tokens[then]
        else:
            continue
        if may_be_name_word(word) and not _found_at(found, word):
            out.append(Finding(word.start, word.end, PERSON, word.low, f.score))
    return out


# round 44: "First <given>, then <surname>.": an ordering frame for giving a name's parts (v50 left the
# surname in clear). Read only with its signal: "first" right before the name found, "then" after it, and
# the word after "then" ending the clause ("first <given>, then I'll spell it" is no such frame)
_CLAUSE_ENDS = frozenset({".", ",", "?", "!", ";"})


def _ordered_other_part(tokens: list[Token], i: int) -> int | None:
    """The index of the word after "then" in "first <name at i>, then <word>." at a clause end, else None."""
    if i < 1 or tokens[i - 1].low != "first":
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].low == ",":
        j += 1
    if j + 1 >= len(tokens) or tokens[j].low != "then":
        return None
    end = j + 2
    return j + 1 if end == len(tokens) or tokens[end].low in _CLAUSE_ENDS else None
