"""Name shapes the cue and list rules (``names.py``) leave in part: a name in the possessive before a
relative ("this is Jean's husband"), a surname with a particle ("Summer St. John", "ana de la cruz"),
a first name that is an everyday word right before a name already found ("to cash christian at ..."),
and a lower-case first name after "thanks" when a new clause follows ("thanks penny could you ...").

Each takes the findings made so far and returns new PERSON findings; overlaps are merged later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from stream.redaction.context import MONTHS, PERSON, common_words, vader_words
from stream.redaction.date_words import DAY_NAMES, WEEKDAYS
from stream.redaction.finding import Finding, first_words, token_spans, without_opening_words
from stream.redaction.lexicon import (
    all_first_names,
    all_surnames,
    english_words,
    first_names,
    known_words,
    multi_word_states,
    off_every_list,
    surnames,
)
from stream.redaction.spoken import NUMBER_WORDS, Token

RELATIONS = frozenset(
    {"wife", "husband", "son", "daughter", "mom", "mother", "dad", "father", "brother", "sister", "partner",
     "friend", "spouse", "grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa",
     "aunt", "uncle", "niece", "nephew", "boyfriend", "girlfriend", "fiance", "fiancee", "caregiver",
     "roommate", "neighbor", "assistant", "guardian", "kid", "child", "baby"}
)  # fmt: skip
_BETWEEN = frozenset({"uh", "um", "er", ",", "i", "mean", "you", "know", "like", "ex", "late", "former"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# particles written inside surnames ("St. John", "de la Cruz", "van der Berg", "Mac Donald")
_PARTICLES = frozenset({"st", "saint", "san", "santa", "van", "von", "der", "den", "de", "del", "della",
                        "dela", "la", "le", "du", "da", "di", "dos", "das", "mac", "mc", "ben", "bin", "al",
                        "el", "binti", "ibn", "ap", "ter"})  # fmt: skip
# where a name may start after a preposition that is no cue ("send it to cash christian at ...")
_BEFORE_NAME = frozenset({"to", "for", "under", "with", "and", ",", "."})
# what may follow "thanks <name>": a new clause or the end ("thanks penny could you ...")
_CLAUSE_STARTS = frozenset({"could", "can", "would", "will", "i", "i'm", "i'll", "so", "and", "that's",
                            "bye", ",", ".", "!", "?", "", "please", "we", "you're", "now"})  # fmt: skip
_THANKS = (("thanks",), ("thank", "you"), ("thankyou",))
_THANKS_STARTS = frozenset(words[0] for words in _THANKS)


def with_possessive_surname(tokens: list[Token], f: Finding, last: int) -> Finding:
    """A name found up to its last word before that person's surname said in the possessive ("book the
    pew for Analyn <Dizon's> memorial"): the tokenizer keeps "dizon's" one token, not a word any name
    finder scores, so it stayed in clear after the first name (round 14: v13, 3 times). Taken when the
    word before "'s" is on a surname list or on no English list, never a common noun ("the smiths' dog",
    "grace's" after a name is a name's too, but "the doctor's" is not)."""
    k = last + 1
    if f.kind != PERSON or k >= len(tokens) or not tokens[k].low.endswith("'s"):
        return f
    stem = tokens[k].low[:-2]
    if not stem.isalpha() or len(stem) < 3 or stem in common_words():
        return f
    if stem in known_words() and stem not in all_surnames():
        return f
    return Finding(f.start, tokens[k].end - 2, PERSON, f"{f.value} {stem}", f.score)  # "'s" is no name


def find_possessive_names(tokens: list[Token]) -> list[Finding]:
    """ "this is Jean's husband", "this is terry's i mean husband": a name in the possessive before a
    relative. The name is a listed first name, or a word on no list; never a common noun ("the
    landlord's son") or a pronoun."""
    found: list[Finding] = []
    for i, token in enumerate(tokens):
        if not token.low.endswith("'s"):
            continue
        stem = token.low[:-2]
        related = (
            _relation_before(tokens, i) and stem.isalpha() and len(stem) > 2 and stem not in common_words()
        )
        if not (_name_stem(token.text[:-2], stem) or related) or _role_owner(tokens, i, stem):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].low in _BETWEEN and k <= i + 3:
            k += 1
        if k < len(tokens) and (
            tokens[k].low in RELATIONS
            or (tokens[k].low in _OWNED and _listed_stem(token.text[:-2], stem))
            or _title_before(tokens, i)
            or related
        ):
            found.append(Finding(token.start, token.start + len(stem), PERSON, stem, 0.6))
        elif (held := _held_in_name(tokens, i, stem)) is not None:
            found.append(
                Finding(tokens[held].start, token.start + len(stem), PERSON, _value(tokens, held, i), 0.6)
            )
    return found


# "the lease is in <name>'s name", "booked under <name>'s name" (round 19, v18): the possessive owns the word
# "name", said after "in"/"under"; "in my son's name", "in the company's name" hold an everyday word
_HELD_BY = frozenset({"in", "under"})


def _held_in_name(tokens: list[Token], i: int, stem: str) -> int | None:
    """The first token of a name said in the possessive before "name" after "in"/"under", else None."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("name", "names") or i < 1:
        return None
    if not stem.isalpha() or len(stem) < 2 or (stem in common_words() and stem not in all_surnames()):
        return None
    if tokens[i - 1].low in _HELD_BY:
        return i
    first = tokens[i - 1].low
    # the word before is the first name when listed, or when on no list of the language (round 26: "in
    # <unlisted first> <surname>'s name" kept the first name)
    if (
        i >= 2
        and tokens[i - 2].low in _HELD_BY
        and first not in _NOT_FIRST
        and first.isalpha()
        and (first in all_first_names() or off_every_list(first))
    ):
        return i - 1
    return None


_NOT_FIRST = frozenset({"my", "his", "her", "their", "our", "your", "the", "a", "an"})


def _value(tokens: list[Token], first: int, last: int) -> str:
    words = [t.low for t in tokens[first : last + 1]]
    words[-1] = words[-1].removesuffix("'s")
    return " ".join(words)


# "filed as <name> that was my old name", "try <name>, that's my maiden name" (round 19, v18): the name said
# right before the caller says it was their name; the words after it are the cue
_OLD_NAME_LEADS = (("that", "was"), ("that's",), ("that", "is"), ("was",), ("is",))
_OLD_NAME_KINDS = frozenset({"old", "maiden", "former", "previous", "married", "legal", "birth", "last"})


def names_before_old_name(tokens: list[Token]) -> list[Finding]:
    """A listed first name or surname (or a word on no list) right before "that was my old/maiden name";
    a listed first name before it joins ("<first> <surname>, that's my maiden name")."""
    found: list[Finding] = []
    if _OLD_NAME_KINDS.isdisjoint(t.low for t in tokens):
        return found  # round 30: most texts name no old name; one set test, not five walks a token
    for i in range(len(tokens) - 3):
        k = i + 1 + (tokens[i + 1].low == ",")
        lead = next((w for w in _OLD_NAME_LEADS if _words_at(tokens, k, w)), None)
        if lead is None:
            continue
        k += len(lead)
        if not (k + 2 < len(tokens) and tokens[k].low == "my" and tokens[k + 1].low in _OLD_NAME_KINDS):
            continue
        if tokens[k + 2].low not in ("name", "surname"):
            continue
        word = tokens[i]
        if not _may_name_a_part(word):
            continue
        first = (
            i - 1
            if i > 0 and tokens[i - 1].low in first_names() and tokens[i - 1].low not in english_words()
            else i
        )
        found.append(Finding(tokens[first].start, word.end, PERSON, _value(tokens, first, i), 0.6))
    return found


# "<first> is first <surname> is last", "<surname> is my last name" (round 20, v19): a name right before
# the part of a name it is; "name" after the part, or both parts said bare in one utterance
_PART_LEADS = frozenset({"is", "was", "'s"})
_PART_OWNERS = frozenset({"my", "the", "his", "her", "their", "our"})
_PARTS = frozenset({"first", "last", "middle", "given", "family", "maiden"})


def names_before_name_part(tokens: list[Token]) -> list[Finding]:
    """A listed first name or surname (or a word on no list) right before "is (my) first / last / middle
    name" or "is the surname"; before a bare "is first"/"is last" only when the utterance says the other
    part too and the word is no English word ("lauren is first, navarro is last"). "the fee is first" and
    "mine is first" stay."""
    lows = [t.low for t in tokens]
    found: list[Finding] = []
    for i in range(len(tokens) - 2):
        if lows[i + 1] not in _PART_LEADS:
            continue
        k = i + 2 + (lows[i + 2] in _PART_OWNERS)
        if k >= len(tokens):
            continue
        part = lows[k]
        named = part in ("surname", "surnames") or (
            part in _PARTS and k + 1 < len(tokens) and lows[k + 1] in ("name", "names")
        )
        bare = part in ("first", "last") and ({"first", "last"} - {part}) <= set(lows)
        if not (named or bare):
            continue
        word = tokens[i]
        if not _may_name_a_part(word):
            continue
        if not named and word.low in english_words():
            continue  # "the fee is first": a bare part asks for a word that is no English word
        found.append(Finding(word.start, word.end, PERSON, word.low, 0.6))
    return found


def _may_name_a_part(word: Token) -> bool:
    """What may stand before "that was my old name" or "is my first name": a word of two letters or more,
    no function word, a listed first name or surname or a word on no list."""
    if not word.low.isalpha() or len(word.low) < 2 or word.low in _NOT_FIRST:
        return False
    return word.low in all_first_names() or word.low in surnames() or word.low not in known_words()


def _words_at(tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    return k + len(words) <= len(tokens) and all(tokens[k + n].low == w for n, w in enumerate(words))


def family_names(tokens: list[Token]) -> list[Finding]:
    """ "we're the koller family", "the Ousley household": a surname between "the" and "family". The
    word is a listed surname that is no everyday word (or, capitalized, a word on no list: the
    everyday-word list is too short to trust a lower-case word on no list, "the cat family"), and not a
    kind of family ("the host family", "the foster family")."""
    found: list[Finding] = []
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].low not in _FAMILY or tokens[i - 1].low != "the":
            continue
        low = tokens[i].low
        if not low.isalpha() or len(low) < 3 or low in _FAMILY_KINDS:
            continue
        capitalized_unlisted = tokens[i].text[:1].isupper() and low not in common_words()
        if low in surnames() or capitalized_unlisted:
            found.append(Finding(tokens[i].start, tokens[i].end, PERSON, low, 0.6))
    return found


def titled_names(tokens: list[Token]) -> list[Finding]:
    """ "transfer me to doctor okonjo", "nurse abernathy said": a word after a title said in full that is
    no everyday word (nor a verb or plural form) is a name, in lower case too; "the doctor said", "doctor
    appointment" stay."""
    found: list[Finding] = []
    for i in range(len(tokens) - 1):
        if tokens[i].low not in _SPOKEN_TITLES and tokens[i].low not in _ROLES:
            continue
        j = i + 1
        if tokens[i].low in _ROLES and tokens[j].low == "," and j + 1 < len(tokens):
            j += 1  # "the pharmacist, Torvik something, told me": the role, then the name in apposition
        low = tokens[j].low
        if not low.isalpha() or len(low) < 3 or low in common_words() or low.endswith(("ed", "ing", "'s")):
            continue
        if low in _VERB_FORMS or (low.endswith("s") and low not in surnames()):
            continue  # "the doctor said", "my doctor visits", "the nurse thinks"
        if tokens[i].low in _ROLES and not off_every_list(low):
            continue  # "when can the installer come": after a role, only a word on no list of the language
        last = j
        if j + 1 < len(tokens) and tokens[j + 1].low in surnames() and tokens[j + 1].low not in _VERB_FORMS:
            last = j + 1  # "doctor amara okafor"
        value = " ".join(t.low for t in tokens[j : last + 1])
        found.append(Finding(tokens[j].start, tokens[last].end, PERSON, value, 0.6))
    return found


# round 25: "yes, the Wenlo Astrabin whose gas got shut off": capitalized words right before "who" / "whose"
# inside the sentence are a person when one of them is on no list of the language (v13 left 2 such names
# that NER read as no person after "the"); "the Kestrel Group who ..." keeps its words of the language
_WHO = frozenset({"who", "whose", "who's"})
_MAX_BEFORE_WHO = 3


def names_before_who(tokens: list[Token]) -> list[Finding]:
    """PERSON findings for a capitalized run of one to three words before "who" / "whose"."""
    found: list[Finding] = []
    for k in range(1, len(tokens)):
        if tokens[k].low not in _WHO:
            continue
        first = k
        while (
            first > 1
            and k - first < _MAX_BEFORE_WHO
            and tokens[first - 1].text[:1].isupper()
            and tokens[first - 1].low.isalpha()
            and tokens[first - 2].low not in (".", "!", "?")
        ):
            first -= 1
        words = tokens[first:k]
        if words and any(off_every_list(t.low) for t in words):
            value = " ".join(t.low for t in words)
            found.append(Finding(words[0].start, words[-1].end, PERSON, value, 0.6))
    return found


# round 26: "fitted for <name> my mother-in-law", "it's for <name>, my son": a word on no list of the language
# right before "my"/"our" and a relative is that relative's name in apposition (v10 left such a name in clear)
_APPOSED_BY = frozenset({"my", "our"})


def names_before_my_relative(tokens: list[Token]) -> list[Finding]:
    """PERSON findings for a word on no list of the language right before "my <relative>" (a comma
    between allowed); a listed word ("thanks my wife", "call my son") is left alone."""
    found: list[Finding] = []
    for k in range(len(tokens) - 2):
        word = tokens[k]
        m = k + 1 + (tokens[k + 1].low == ",")
        if m + 1 >= len(tokens) or tokens[m].low not in _APPOSED_BY or tokens[m + 1].low not in RELATIONS:
            continue
        if word.text.isalpha() and len(word.low) > 2 and off_every_list(word.low):
            found.append(Finding(word.start, word.end, PERSON, word.low, 0.6))
    return found


# irregular verb forms said after "the doctor" (regular ones end in -ed / -s)
_VERB_FORMS = frozenset(
    {"said", "told", "gave", "took", "came", "went", "saw", "knew", "thought", "made", "got", "found",
     "sent", "put", "left", "felt", "kept", "let", "meant", "met", "ran", "read", "sat", "stood", "wrote",
     "spoke", "brought", "bought", "paid", "heard", "held", "led", "lost", "sold", "taught", "understood",
     "won", "had", "did", "can", "could", "should", "would", "will", "might", "must", "may", "shall",
     "gotta", "wanna", "isn't", "wasn't", "didn't", "doesn't", "won't", "can't", "just", "also", "never",
     "always", "still", "really", "already", "probably", "who", "what", "office", "visit", "appointment",
     "note", "bill"}
)  # fmt: skip
_SPOKEN_TITLES = frozenset({"doctor", "nurse", "professor", "pastor", "reverend", "dr"})
# round 25: a role said before a name in apposition ("the pharmacist torvik something told me", v10 left 1):
# the word after it is taken only when it is on no list of the language (not "the installer come")
_ROLES = frozenset(
    {"pharmacist", "dentist", "therapist", "caseworker", "technician", "counselor", "landlord", "landlady",
     "supervisor", "manager", "adjuster", "inspector", "installer", "driver", "rep", "representative",
     "agent", "officer", "caregiver", "midwife", "surgeon", "physician", "chaplain", "coach", "teacher"}
)  # fmt: skip
_FAMILY = frozenset({"family", "families", "household", "residence", "clan", "kids", "twins"})
# the words that make a kind of family, some of them surnames ("host", "foster")
_FAMILY_KINDS = frozenset(
    {"host", "foster", "extended", "immediate", "nuclear", "blended", "military", "royal", "crime", "step",
     "birth", "adoptive", "single", "average", "typical", "whole", "entire", "same", "other", "new", "next",
     "big", "little", "young", "old", "first", "second", "last", "rich", "poor", "working", "farm", "local"}
)  # fmt: skip


# what a person has that is said after their name in the possessive ("delia's cell is ...")
_OWNED = frozenset(
    {"cell", "phone", "number", "mobile", "email", "e-mail", "address", "birthday", "account", "card",
     "line", "landline", "voicemail", "office", "ssn", "social", "policy", "member", "date", "id"}
)  # fmt: skip
_TITLES = frozenset({"doctor", "dr", "mr", "mrs", "ms", "miss", "nurse", "professor", "prof", "officer"})


# a form of address said before a name: never the name's
ADDRESS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "missus", "misses", "dr", "doctor"})


def without_leading_titles(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """A name found with its form of address ("Missus Jenkins, yes." as one span by the model) without
    the title: the title is an everyday word, and the name alone gives the same token as when it is said
    without one (round 17: v16 had 3 such titles replaced)."""
    if not any(t.low in ADDRESS_TITLES for t in tokens):
        return findings  # most texts: one pass over the words
    starts = {t.start: i for i, t in enumerate(tokens)}
    out: list[Finding] = []
    for f in findings:
        i = starts.get(f.start)
        if f.kind != PERSON or i is None or tokens[i].low not in ADDRESS_TITLES:
            out.append(f)
            continue
        n = i + 1
        while n < len(tokens) and tokens[n].text == ".":
            n += 1
        if n >= len(tokens) or tokens[n].start >= f.end or not tokens[n].text[:1].isalpha():
            out.append(f)
            continue
        value = f.value.split(" ", 1)[1] if f.value.lower().startswith(tokens[i].low + " ") else f.value
        out.append(Finding(tokens[n].start, f.end, f.kind, value, f.score))
    return out


def _listed_stem(text: str, stem: str) -> bool:
    """A stem on the name lists (an everyday word only when capitalized): not "Verizon's number"."""
    if stem in first_names() or stem in surnames():
        return True
    return stem in all_first_names() and (text[:1].isupper() or stem not in vader_words())


def _relation_before(tokens: list[Token], i: int) -> bool:
    """ "my son jaxon's appointment": a name in the possessive right after "my <relative>"."""
    return i >= 2 and tokens[i - 1].low in RELATIONS and tokens[i - 2].low == "my"


# round 29: "my boss's line is ...", "the landlord's cell": a possessive right after a determiner owns a role
# (v28 replaced "boss", a Census surname, five times); a name is said without one ("jean's line")
_DETERMINERS = frozenset({"my", "your", "our", "his", "her", "their", "the", "a", "an"})


def _role_owner(tokens: list[Token], i: int, stem: str) -> bool:
    """Whether the possessive at ``i`` is an English word right after a determiner: a role, not a name."""
    return i >= 1 and tokens[i - 1].low in _DETERMINERS and stem in english_words()


def _title_before(tokens: list[Token], i: int) -> bool:
    """ "Doctor Judkins's office", "dr. rayo's": a title right before the possessive."""
    b = i - 1
    while b >= 0 and tokens[b].low in (".", "uh", "um"):
        b -= 1
    return b >= 0 and tokens[b].low in _TITLES


def _name_stem(text: str, stem: str) -> bool:
    if len(stem) < 2 or not stem.isalpha() or stem in RELATIONS or stem in MONTHS or stem in _DAYS:
        return False
    if stem in first_names() or stem in surnames():
        return True
    if stem in all_first_names():
        return text[:1].isupper() or stem not in vader_words()  # "Grace's", "jean's"; not "joy's"
    return text[:1].isupper() and stem not in common_words() and len(stem) > 2  # "Ysolde's"


def particle_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "Summer St. John", "ana de la cruz": a name found after a surname particle takes the particle,
    and the first name said before it (any listed first name, even an everyday word)."""
    if not any(f.kind == PERSON for f in found) or _PARTICLES.isdisjoint(t.low for t in tokens):
        return []  # most texts: no particle
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    out: list[Finding] = []
    for f in found:
        if f.kind == PERSON and (e := ends.get(f.end)) is not None:
            out.extend(_particle_after(tokens, f, e))
        if f.kind != PERSON or (i := starts.get(f.start)) is None:
            continue
        k = i - 1
        if k >= 0 and tokens[k].text == ".":
            k -= 1  # "St."
        particles = int(tokens[i].low in _PARTICLES)  # "<van den boogaard>": found with its particles
        while k >= 0 and tokens[k].low in _PARTICLES and particles < 3:
            particles += 1
            k -= 1
        if not particles:
            continue
        first = tokens[k] if k >= 0 else None
        if (
            first is None
            or not (first.text.isalpha() and _given_before_particle(first))
            or first.low in MONTHS
        ):
            out.extend(_leading_particles(tokens, f, i, k + 1))
            continue
        out.append(Finding(first.start, f.end, PERSON, f"{first.low} {f.value}", f.score))
    return out


# particles that open a surname said without its given name ("mc dermid", "da silveira", "dos santos",
# "van der berg"), the class, not a list of the surnames (not "st", "san", "la", "le", "al", "el", "ben":
# words, places or given names of their own; not "ten": a number)
_SURNAME_OPENERS = frozenset(
    {"mc", "mac", "da", "de", "del", "della", "dela", "di", "du", "dos", "das", "van", "von", "der", "den",
     "bin", "binti", "ibn", "ap", "ter"}
)  # fmt: skip


def _leading_particles(tokens: list[Token], f: Finding, i: int, p: int) -> list[Finding]:
    """ "the surname is mc dermid", "send it to da silveira": a name found right after particles that
    open a surname (tokens ``p..i-1``) takes them, with no given name before them."""
    if p >= i or not all(t.low in _SURNAME_OPENERS for t in tokens[p:i]):
        return []
    value = " ".join([*(t.low for t in tokens[p:i]), f.value])
    return [Finding(tokens[p].start, f.end, PERSON, value, f.score)]


def _given_before_particle(word: Token) -> bool:
    """A word before "van den <surname>", "bin <surname>" is the given name when it is a listed first
    name, or no word of the language at all ("tjitske van den boogaard"): particles join names."""
    return word.low in all_first_names() or (len(word.low) > 2 and word.low not in known_words())


def outside_place_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Findings without the names found inside a place of two or more words said whole ("Puerto Rico",
    "New York", "Rhode Island": "Rico", "York" are on the name lists; the place around them says
    what they are here). A one-word state ("Virginia", "Georgia") is a given name too and stays."""
    lows = [t.low for t in tokens]
    places = [
        (s, s + len(name) - 1)
        for name in multi_word_states()
        for s in range(len(lows) - len(name) + 1)
        if lows[s] == name[0] and tuple(lows[s : s + len(name)]) == name
    ] if _may_hold_place(lows) else []  # fmt: skip
    if not places:
        return found
    return _without_persons(
        tokens, found, lambda a, b, f: b is not None and any(s <= a and b <= e for s, e in places)
    )


# round 38: a weekday said in the plural names a day as much ("i'd prefer tuesdays"; v37 lost two)
_DAYS = DAY_NAMES | frozenset(f"{day}s" for day in WEEKDAYS)


def outside_day_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Findings without names that are only a weekday's or a holiday's name ("see you on Christmas",
    "the halloween sale"): the name finders take a capitalized or unlisted word, these name a day."""
    if _DAYS.isdisjoint(t.low for t in tokens):
        return found  # most texts: one set test
    return _without_persons(
        tokens, found, lambda a, b, f: b is not None and all(t.low in _DAYS for t in tokens[a : b + 1])
    )


def _without_persons(
    tokens: list[Token], found: list[Finding], drop: Callable[[int, int | None, Finding], bool]
) -> list[Finding]:
    """``found`` without the PERSON findings that start on a word ``a`` (ending on word ``b``, None when
    the finding ends inside a word) for which ``drop(a, b, finding)`` holds: the one walk behind each
    "this found name is no name here" rule (a place's word, a day's name, a role in the possessive)."""
    out = []
    for f, a, b in token_spans(tokens, found):
        if f.kind == PERSON and a is not None and drop(a, b, f):
            continue
        out.append(f)
    return out


# nouns that say what a person is to the call, said right before the name ("Patient <name>",
# "Cardholder <name>", "my neighbour <name>"); titles ("Dr", "Mr", "Reverend") are not among them
ROLES_BEFORE_NAMES = frozenset(
    {"cardholder", "patient", "member", "customer", "client", "tenant", "caller", "holder", "policyholder",
     "donor", "subscriber", "beneficiary", "applicant", "resident", "owner", "guest", "passenger",
     "employee", "student", "neighbour", "neighbor", "surname", "name", "dad", "mom", "roommate",
     "accountholder", "cosigner",
     # round 15 (v13): roles and titles a finder took with the name
     "taxpayer", "driver", "madame", "madam", "uncle", "aunt", "auntie", "aunty",
     # round 21 (v20): the person a loan is in the name of ("borrower <first> <surname>")
     "borrower", "co-borrower"}
)  # fmt: skip


# kin said after "my"/"our"/...: "talk to my son Roger" (round 16: v15 had 2); "Son" alone may be a name
_KIN = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "grandson",
     "granddaughter", "nephew", "niece", "cousin", "partner", "stepson", "stepdaughter", "fiance", "fiancee"}
)  # fmt: skip
_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})


def _kin_after_possessive(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the finding ``a..b`` opens with a kin word said after a possessive, a name after it."""
    return a < b and a >= 1 and tokens[a].low in _KIN and tokens[a - 1].low in _POSSESSIVES


def without_role_words(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without the role word said before them ("Patient Ada Quist" -> "Ada Quist"): a finder that
    reads a capitalized or unlisted run took the role with the name; the role says what the person is,
    not who, and analysts need it."""
    if not any(_is_role(t) for t in tokens) and _KIN.isdisjoint(t.low for t in tokens):
        return found  # most texts: a set test per word and one more
    # "driver" of "driver's birthday", found as a possessive: a role, no one's name
    found = _without_persons(
        tokens, found, lambda a, b, f: f.end < tokens[a].end and _role(tokens[a]) in ROLES_BEFORE_NAMES
    )
    out = []
    for f, a, b in token_spans(tokens, found):
        kin = a is not None and b is not None and _kin_after_possessive(tokens, a, b)
        role = a is not None and _is_role(tokens[a])
        if f.kind != PERSON or a is None or b is None or not (role or kin):
            out.append(f)
            continue
        k = a + 1 if kin else a
        while k <= b and (_is_role(tokens[k]) or tokens[k].low in (",", "-", ":")):
            k += 1
        if k > b:
            out.append(f)
            continue
        rest = " ".join(t.low for t in tokens[k : b + 1])
        out.append(Finding(tokens[k].start, f.end, PERSON, rest, f.score))
    return out


def _role(token: Token) -> str:
    return token.low.removesuffix("'s")  # "driver's birthday"


# round 38: the suffixes of the English nouns that name a party to something ("claimant", "registrant",
# "respondent", "enrollee", "lessee"): v37 lost 7 such words said right before a name, taken with it
# round 39: and the agent nouns in "-ator" ("coordinator", "administrator", "adjudicator", "investigator"):
# v38 lost "Coordinator" before a name
_ROLE_SUFFIXES = ("ant", "ent", "ee", "ator")


def _is_role(token: Token) -> bool:
    """Whether ``token`` is a role said before a name: one of ours, or an English word of six letters or
    more with a party's suffix that is on no name list ("Claimant <first> <surname>"; "Vincent", "Durant"
    are names and stay in the finding)."""
    low = _role(token)
    if low in ROLES_BEFORE_NAMES:
        return True
    return (
        len(low) >= 6
        and low.endswith(_ROLE_SUFFIXES)
        and low in english_words()
        and low not in all_first_names()
        and low not in all_surnames()
    )


def _may_hold_place(lows: list[str]) -> bool:
    return not _place_firsts().isdisjoint(lows)


@lru_cache(maxsize=1)
def _place_firsts() -> frozenset[str]:
    return frozenset(name[0] for name in multi_word_states())


def joined_across_particles(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Two names with only surname particles between them are one ("Hafizah bin Azhar", "Merhawi bin
    Rosli"): each finder took one side, and the particle between stayed in clear (v10)."""
    persons = sorted((f for f in found if f.kind == PERSON), key=lambda f: f.start)
    if len(persons) < 2:
        return []
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    out: list[Finding] = []
    for a, b in pairwise(persons):
        e, s = ends.get(a.end), starts.get(b.start)
        if e is None or s is None or not 1 <= s - e - 1 <= 3:
            continue
        if all(t.low in _PARTICLES for t in tokens[e + 1 : s]):
            value = " ".join([a.value, *(t.low for t in tokens[e + 1 : s]), b.value])
            out.append(Finding(a.start, b.end, PERSON, value, max(a.score, b.score)))
    return out


def _particle_after(tokens: list[Token], f: Finding, e: int) -> list[Finding]:
    """ "ivy van houten" found as "ivy van", "maria de la cruz" as "maria": the particles and the
    surname after them."""
    k = e
    while k > 0 and tokens[k].low in _PARTICLES and tokens[k].start > f.start:
        k -= 1  # the name found ends in particles
    j = k + 1
    particles = 0
    while j < len(tokens) and tokens[j].low in _PARTICLES and particles < 3:
        particles += 1
        j += 1
    if not particles or j >= len(tokens):
        return []
    surname = tokens[j]
    if not (surname.text.isalpha() and len(surname.text) > 1) or surname.low in _STOP_LIKE:
        return []
    if surname.low in common_words() and surname.low not in all_surnames():
        return []
    return [Finding(f.start, surname.end, PERSON, f"{f.value} {surname.low}", f.score)]


def first_word_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "send the new card to cash christian at ...": a name found on the lists takes the listed first
    name or surname right before it, an everyday word, when a preposition or a pause comes before that."""
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i < 2:
            continue
        word = tokens[i - 1]
        if not (tokens[i].low in first_names() or tokens[i].low in surnames()):
            continue
        if (
            word.text.isalpha()
            and len(word.text) > 2
            and (word.low in all_first_names() or word.low in all_surnames())
            and word.low not in _STOP_LIKE
            and word.low not in vader_words()
            and word.low not in MONTHS
            and word.low not in _DAYS
            and word.low not in NUMBER_WORDS
            and tokens[i - 2].low in _BEFORE_NAME
        ):
            out.append(Finding(word.start, f.end, PERSON, f"{word.low} {f.value}", f.score))
    return out


# what may come right before a name said first in an answer: a pause, an acknowledgement
_ANSWER_STARTS = frozenset(
    {",", ".", ":", ";", "!", "?", "-", "sure", "okay", "ok", "yes", "yeah", "yep", "right", "alright", "so",
     "well", "uh", "um", "hi", "hello", "hey", "and", "it's", "i'm", "is", "this"}
)  # fmt: skip


# words on no list of the language that name a role, not a person ("cardholder haytor macedo ...")
ROLE_WORDS = frozenset(
    {"cardholder", "policyholder", "accountholder", "cosigner", "beneficiary", "caller", "callers"}
)


def unlisted_first_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "sure mwamini novaes that's n o v ...", "Sure, Xiuyin Grialais": a found surname takes the word
    right before it as the first name when that word is on no list of English words (whatever its
    origin; a name on no name list either) and an answer starts right before it."""
    out: list[Finding] = []
    for f, i in first_words(tokens, found, PERSON):
        if i < 1:
            continue
        word = tokens[i - 1]
        if not off_every_list(word.low) or word.low in MONTHS or word.low in _DAYS or word.low in ROLE_WORDS:
            continue
        if i == 1 or tokens[i - 2].low in _ANSWER_STARTS:
            out.append(Finding(word.start, f.end, PERSON, f"{word.low} {f.value}", f.score))
    return out


_NEARLY = 0.8  # difflib's ratio: one letter in five may differ ("ishvani" / "ishveni")


def name_variants(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "no it's not ishvani it's ishveni", "k a l u z n y, kaluzny": a word on no list of English words
    that is (nearly) a word of a name found elsewhere in the text is that name again, misheard,
    corrected or said after its spelling."""
    names = {w for f in found if f.kind == PERSON for w in f.value.split() if len(w) >= 4 and w.isalpha()}
    if not names:
        return []
    covered = [(f.start, f.end) for f in found]
    out: list[Finding] = []
    for token in tokens:
        low = token.low
        if len(low) < 4 or not off_every_list(low) or any(s <= token.start < e for s, e in covered):
            continue
        if low in names or any(
            abs(len(low) - len(n)) <= 2 and SequenceMatcher(None, low, n).ratio() >= _NEARLY for n in names
        ):
            out.append(Finding(token.start, token.end, PERSON, low, 0.7))
    return out


# what an agent says before reading a name back ("so that's ishveni kortabal, correct?")
_READ_BACK = frozenset({"that's", "thats"})
_READ_BACK_ENDS = frozenset({"", ",", ".", "?", "correct", "right", "yes", "is", "and", "with", "spelled"})


def read_back_names(tokens: list[Token]) -> list[Finding]:
    """ "so that's ishveni kortabal correct": after "that's", two or three words that are on no list of
    English words, closed by a pause, the end or "correct"/"right", are a name read back."""
    out: list[Finding] = []
    for i, token in enumerate(tokens):
        if token.low not in _READ_BACK:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and off_every_list(tokens[j].low):
            j += 1
        after = tokens[j].low if j < len(tokens) else ""
        if j > i + 2 and after in _READ_BACK_ENDS:
            words = tokens[i + 1 : j]
            out.append(Finding(words[0].start, words[-1].end, PERSON, " ".join(t.low for t in words), 0.6))
    return out


def names_after_thanks(tokens: list[Token]) -> list[Finding]:
    """ "thanks penny could you confirm ...": one listed first name after "thanks"/"thank you", then a
    new clause or the end of what is said (not "thanks so much", "thank you kindly", "thanks hope ...")."""
    found: list[Finding] = []
    for i, token in enumerate(tokens):
        if token.low not in _THANKS_STARTS:
            continue  # most tokens: one set look-up
        for words in _THANKS:
            n = len(words)
            if tuple(t.low for t in tokens[i : i + n]) != words:
                continue
            j = i + n + (i + n < len(tokens) and tokens[i + n].low == ",")
            if j >= len(tokens):
                continue
            name = tokens[j]
            after = tokens[j + 1].low if j + 1 < len(tokens) else ""
            if (
                name.text.isalpha()
                and len(name.text) > 2
                and name.low in all_first_names()
                and name.low not in _STOP_LIKE
                and name.low not in vader_words()
                and name.low not in MONTHS
                and name.low not in _DAYS
                and after in _CLAUSE_STARTS
            ):
                found.append(Finding(name.start, name.end, PERSON, name.low, 0.6))
    return found


def _stop_like() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = {"again", "much", "kindly", "anyway", "guys", "everyone", "man", "though", "bunch", "ton", "lot",
             "both", "all", "sir", "maam", "madam", "folks"}  # fmt: skip
    return frozenset(STOP_WORDS) | extra


_STOP_LIKE = _stop_like()


# round 26: a backchannel or hesitation sound said right before a name ("mhm <first> <surname>") is no
# part of it; a finder that reads unlisted words took it with the name (v25: 4 such over-redactions)
_SOUNDS = frozenset({"mhm", "mm", "mmm", "hmm", "hm", "uh-huh", "uh", "um", "umm", "er", "erm", "ah"})
_SOUNDS_OR_COMMA = _SOUNDS | {","}


def without_leading_sounds(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without the sounds (and the comma after them) said before them; a name of sounds alone is
    dropped."""
    return without_opening_words(tokens, found, PERSON, _SOUNDS, _after_sounds, keep_if_nothing_left=False)


def _after_sounds(tokens: Sequence[Token], i: int, end: int) -> int:
    """The first word at or after ``i`` (and before ``end``) that is no sound and no comma."""
    while i < len(tokens) and tokens[i].end <= end and tokens[i].low in _SOUNDS_OR_COMMA:
        i += 1
    return i


# round 27: "dr <surname> sees my kids", "my daughter <first> <surname> needs her shots": a lower-case "-s"
# word after a name and before what it acts on is the verb the name is the subject of, not more of the name
# (v26 had 2 taken). A listed surname ("sims", "banks") stays the name's.
_VERB_OBJECT_STARTS = frozenset(
    {"my", "her", "his", "our", "their", "your", "the", "a", "an", "me", "us", "him", "them", "you", "it"}
)


def without_trailing_verbs(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without a verb the finder took as their last word ("<name> sees my kids", "<name> took the")."""
    if not any(f.kind == PERSON for f in found):
        return found  # most texts with numbers only: one pass over the findings
    out = []
    for f, a, b in token_spans(tokens, found):
        if (
            f.kind == PERSON
            and a is not None
            and b is not None
            and b > a
            and (_verb_ending_name(tokens, b) or _past_verb_ending_name(tokens, b))
        ):
            k = b - 1
            while k > a and tokens[k].low in (",", "-"):
                k -= 1
            rest = " ".join(t.low for t in tokens[a : k + 1] if t.low not in (",", "-"))
            out.append(Finding(f.start, tokens[k].end, PERSON, rest, f.score))
            continue
        out.append(f)
    return out


def without_number_starts(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without a last word that starts the number after them (round 28, v27): the "oh" that is a zero
    ("north carolina oh double nine ...": the state, then its ZIP), or letters written glued to digits
    ("Number UPY532420336": the ID's prefix). What is left of the name goes on; a name that was only such a
    word goes."""
    if not any(f.kind == PERSON for f in found):
        return found
    out = []
    for f, a, b in token_spans(tokens, found):
        if f.kind != PERSON or a is None or b is None or not _starts_number(tokens, b, found):
            out.append(f)
            continue
        k = b - 1
        while k >= a and tokens[k].low in (",", "-"):
            k -= 1
        words = [t.low for t in tokens[a : k + 1] if t.low not in (",", "-")]
        if words and not all(w in common_words() for w in words):  # "Number UPY...": no name is left
            out.append(Finding(f.start, tokens[k].end, PERSON, " ".join(words), f.score))
    return out


def _starts_number(tokens: list[Token], b: int, found: list[Finding]) -> bool:
    """Whether the word at ``b`` is a zero said "oh" before more digits, or capitals glued to digits that an
    identifier finding holds (not "LEE42": no finding takes that, so the name keeps it)."""
    if b + 1 >= len(tokens):
        return False
    word, nxt = tokens[b], tokens[b + 1]
    if word.low in ("oh", "o"):
        return nxt.low.isdigit() or nxt.low in NUMBER_WORDS or nxt.low in ("double", "triple")
    return (
        nxt.start == word.end
        and nxt.low[:1].isdigit()
        and word.text.isupper()
        and any(g.kind != PERSON and g.start <= word.start and nxt.end <= g.end for g in found)
    )


def _verb_ending_name(tokens: list[Token], b: int) -> bool:
    word = tokens[b]
    low = word.low
    if not (word.text[:1].islower() and low.endswith("s") and len(low) >= 4):
        return False
    if b + 1 >= len(tokens) or tokens[b + 1].low not in _VERB_OBJECT_STARTS or low in all_surnames():
        return False
    stems = (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)
    return any(s in common_words() for s in stems)


def _past_verb_ending_name(tokens: list[Token], b: int) -> bool:
    """ "a guy named <first> took the claim": a word of the language in lower case, on no list of first names
    or surnames, right before what it acts on, is the verb after the name (round 28: v27 had two "took"
    taken as a surname). Not the "-s" verb test: a past tense has no stem to look up."""
    word = tokens[b]
    low = word.low
    return (
        word.text.islower()
        and len(low) >= 3
        and low.isalpha()
        and b + 1 < len(tokens)
        and tokens[b + 1].low in _VERB_OBJECT_STARTS
        and low in english_words()
        and low not in all_surnames()
        and low not in all_first_names()
    )
