"""A person named by the title of their office (round 40): "Judge <surname>'s courtroom", "warden <surname>
checked the hull".

v40 left three surnames in clear, each said right after an official's title the finders had no rule for
("judge", "warden"): a third party's name, but a person's name all the same. ``name_forms.titled_names``
reads a name after the few titles said in full at a clinic ("doctor", "nurse", "professor") and after a
handful of roles; a title of office works the same way for every office, so the class is the list below,
reasoned from the forms of address English puts before a surname (courts and prisons, police and the
military, parks, elected office, clergy, schools, the trades of a desk: "Judge", "Warden", "Ranger",
"Officer", "Deputy", "Sergeant", "Inspector", "Clerk", "Coach", "Pastor", "Nurse", "Professor", ...), not
v40's two words.

The word after the title is taken when it has a name's shape there: letters, three or more, on no list of
English or common words (a listed surname is on none: "Prosser"), in any case, also in the possessive
("<surname>'s courtroom"). That is the guard: "Judge Street", "Officer on duty", "Coach class", "nurse
line" keep their words (English words), and "the warden's office", "clerk's office" have no title token (the
possessive is the title's own). A finder that took the title with the name ("Warden <surname>", "attorney
<surname>", "Conductor <name>") loses the title: it says what the person is, not who (v39, v40, v41 lost
such words), unless the title is also a given name ("Dean <surname>": the title is taken with the name,
since it may be the given name and the gate then sends the text to no NER).

Round 41: the name after a title ends at the surname. v44 had "Judge <surname> heard it" and "Deputy
<surname> said to ring here" with a surname on the Census list: the list finder took the verb after it (a
surname too: "Heard", "Said") with it. A word a finder took last after a titled name, written in lower case
and a word of the language on no list of given names, is the sentence going on, not the name's
(``without_words_after_titled_names``); a hyphen's part ("<surname>-Lind") and a capitalised word stay.
"""

from __future__ import annotations

from stream.redaction.context import PERSON
from stream.redaction.finding import Finding, token_spans
from stream.redaction.lexicon import all_first_names, all_surnames, english_words, off_every_list
from stream.redaction.name_neighbours import may_be_name_word
from stream.redaction.spelled import HYPHENS
from stream.redaction.spoken import Token

OFFICIAL_TITLES = frozenset(
    {  # courts, prisons and the law
     "judge", "justice", "magistrate", "warden", "bailiff", "clerk", "attorney", "counselor", "registrar",
     # police, the military, parks and the services
     "officer", "deputy", "sheriff", "marshal", "trooper", "constable", "sergeant", "sgt", "lieutenant",
     "captain", "detective", "inspector", "commissioner", "superintendent", "ranger", "corporal", "colonel",
     "commander", "admiral", "chief",
     # elected and appointed office
     "mayor", "governor", "senator", "congressman", "congresswoman", "councilman", "councilwoman",
     "councilor", "councillor", "alderman", "ambassador",
     # clergy
     "pastor", "reverend", "rabbi", "imam", "bishop", "deacon", "chaplain", "cantor",
     # schools, clinics and the trades of a desk
     "coach", "nurse", "doctor", "professor", "dean", "principal", "headmaster", "chancellor", "provost",
     "conductor", "dispatcher", "auditor", "examiner", "assessor", "adjuster", "director", "supervisor"}
)  # fmt: skip


def is_official_title(low: str) -> bool:
    """A title of office that is no given name: said before a name, it is never part of it."""
    return low in OFFICIAL_TITLES and low not in all_first_names()


def _stem(low: str) -> str:
    return low.removesuffix("'s").removesuffix("\u2019s")


def _name_shaped(word: Token) -> bool:
    """A word that can only be a name here: letters on no list of the language, possessive allowed."""
    stem = _stem(word.low)
    if stem != word.low:
        return stem.isalpha() and off_every_list(stem)
    return may_be_name_word(word) and off_every_list(stem)


# a verb that agrees with one person: "is", "was", "has", "says", or a verb of the language in "-s"
_SINGULAR_VERBS = frozenset({"is", "was", "has", "does", "says", "'s"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "by"})


def _plural_surname_as_one(tokens: list[Token], j: int) -> bool:
    """ "coach smalls wants it signed": a word with a plural's "-s" that is on the surname list, after a
    title and before a verb that agrees with one person, is one person's surname, not a plural noun (the
    plural noun would take "want", "are", "were"; round 42: v45 left such a surname in clear, an English
    word there). A common noun said so ("coach seats are") keeps its word."""
    word = tokens[j]
    low = word.low
    if not (low.isalpha() and low.endswith("s") and not low.endswith("ss") and low in all_surnames()):
        return False
    if j + 1 >= len(tokens) or (j >= 2 and tokens[j - 2].low in _DETERMINERS):
        return False  # "the coach seats ...": the title is a noun there
    verb = tokens[j + 1].low
    if verb in _SINGULAR_VERBS:
        return True
    return (
        verb.isalpha()
        and verb.endswith("s")
        and not verb.endswith("ss")
        and verb in english_words()
        and verb[:-1] in english_words()
        and verb not in all_surnames()
    )


def names_after_titles(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """PERSON findings for a name-shaped word right after a title of office that no finder took."""
    if OFFICIAL_TITLES.isdisjoint(t.low for t in tokens):
        return []  # most texts: one set test
    taken = [(f.start, f.end) for f in found]
    out: list[Finding] = []
    for k in range(len(tokens) - 1):
        if tokens[k].low not in OFFICIAL_TITLES:
            continue
        word = tokens[k + 1]
        if not (_name_shaped(word) or _plural_surname_as_one(tokens, k + 1)) or any(
            s <= word.start and word.end <= e for s, e in taken
        ):
            continue
        stem = _stem(word.low)
        if is_official_title(tokens[k].low):
            out.append(Finding(word.start, word.start + len(stem), PERSON, stem, 0.6))
        else:  # "Dean <surname>": the title may be the given name, and goes with the name
            value = f"{tokens[k].low} {stem}"
            out.append(Finding(tokens[k].start, word.start + len(stem), PERSON, value, 0.6))
    return out


# where a caller gives their own name: a title there that is on a name list is the given name ("i'm deacon
# <surname>": v3 had "Deacon" so; the round's first version dropped it from the name)
_INTRODUCTIONS = frozenset({"i'm", "im", "am", "is", "name's", "it's", "this"})


def _introduced(tokens: list[Token], a: int) -> bool:
    """Whether the title at ``a`` stands where a caller gives their own name and is on a name list."""
    low = tokens[a].low
    listed = low in all_surnames() or low in all_first_names()
    return a > 0 and tokens[a - 1].low in _INTRODUCTIONS and listed


def without_official_titles(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names without the title of office a finder took with them ("Warden <surname>" -> "<surname>")."""
    if OFFICIAL_TITLES.isdisjoint(t.low for t in tokens):
        return found
    starts = {t.start: i for i, t in enumerate(tokens)}
    out: list[Finding] = []
    for f in found:
        a = starts.get(f.start)
        if f.kind != PERSON or a is None or not is_official_title(tokens[a].low):
            out.append(f)
            continue
        k = a + 1
        if k >= len(tokens) or tokens[k].start >= f.end or _introduced(tokens, a):
            out.append(f)  # "Dean <surname>": the title may be the given name; the title alone: left
            continue
        rest = " ".join(_stem(w.low) for w in tokens[k:] if w.start < f.end)
        out.append(Finding(tokens[k].start, f.end, PERSON, rest, f.score))
    return out


def without_words_after_titled_names(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Names right after a title of office without the lower-case words of the language a finder took
    after them ("Judge <surname> heard it" -> "<surname>"): the title's name slot holds a surname (after a
    given name when the first word is one), and a verb or a function word after it is the sentence's."""
    if OFFICIAL_TITLES.isdisjoint(t.low for t in tokens):
        return found
    out: list[Finding] = []
    for f, a, b in token_spans(tokens, found):
        if f.kind != PERSON or a is None or b is None or not _after_title(tokens, a):
            out.append(f)
            continue
        slot = a + 1 if tokens[a].low in all_first_names() and b > a else a  # "Officer <given> <surname>"
        k = b
        while k > slot and _sentence_word(tokens, k):
            k -= 1
        if k == b:
            out.append(f)
            continue
        rest = " ".join(w.low for w in tokens[a : k + 1])
        out.append(Finding(f.start, tokens[k].end, PERSON, rest, f.score))
    return out


def _after_title(tokens: list[Token], a: int) -> bool:
    """Whether word ``a`` opens a title's name slot, or is the part a hyphen joins to the word that does
    ("Judge <surname>-<surname> said": a finder may take the second part alone)."""
    p = a
    while p >= 2 and tokens[p - 1].text in HYPHENS and tokens[p - 2].text.isalpha():
        p -= 2
    return p >= 1 and tokens[p - 1].low in OFFICIAL_TITLES


def _sentence_word(tokens: list[Token], k: int) -> bool:
    """A word written in lower case that is the language's and no given name, not joined to the word before
    by a hyphen ("heard", "said", "to"; not "<surname>-lind")."""
    word = tokens[k]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.low in english_words()
        and word.low not in all_first_names()
        and tokens[k - 1].text not in HYPHENS
    )
