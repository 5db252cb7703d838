"""Names said after a cue ("my name is maria lopez", "this is dan", "thanks, priya").

Speech recognizers often deliver lower-case text without punctuation, where a statistical NER
model misses most names. A cue fixes that: after a strong cue ("name is", "spelled", "mister") the
next one to three words are a name unless they are function words; after a weak cue ("this is",
"thanks", "hi") a word counts only when it is capitalized or not a common English word.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS

from stream.redaction.context import CONTEXT_WORDS, MONTHS, PERSON, common_words
from stream.redaction.context import vader_words as _vader
from stream.redaction.finding import Finding, first_words
from stream.redaction.lexicon import (
    all_first_names,
    all_surnames,
    english_words,
    first_names,
    is_name,
    off_every_list,
    state_names,
    street_suffixes,
    surnames,
)
from stream.redaction.spoken import NUMBER_WORDS, WEAK, Token, glued_hyphen

_STRONG_SINGLE = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "missus",
        "dr",
        "spelled",
        "spelt",
        "surname",
        "surname's",
        "patient",
    }
)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "missus", "dr"})
_STRONG_PAIRS = frozenset({("name", "is"), ("name's", ""), ("names", "is"), ("name", "was"), ("named", "")})
_WEAK_SINGLE = frozenset(
    {
        "thanks",
        "hi",
        "hello",
        "hey",
        "bye",
        "goodbye",
        "dear",
        "sorry",
        "okay",
        "ok",
        "alright",
        "under",
        "holder",
        "tell",
        # round 21 (v20): the person a loan is in the name of ("borrower <first> <surname>"); "cardholder"
        # and "policyholder" are read by the value finders (_HOLDERS), and said twice they took each other
        "borrower",
    }
)
_WEAK_PAIRS = frozenset(
    {("this", "is"), ("i", "am"), ("i'm", ""), ("it's", ""), ("thank", "you"), ("with", "agent"),
     ("speaking", "with"), ("talking", "to"), ("for", "patient"), ("called", ""), ("me", "call"),
     ("spoke", "with"), ("spoke", "to"), ("speak", "with"), ("speak", "to"), ("ask", "for"), ("asked", "for"),
     ("you", "as"), ("down", "as")}
)  # fmt: skip
_MAX_NAME_WORDS = 3
# an irregular past tense or participle after a weak cue is a verb ("it's got" is "it has got")
_PARTICIPLES = frozenset(
    {"got", "gotten", "been", "gone", "done", "had", "come", "become", "given", "taken", "made", "seen",
     "known", "shown", "grown", "run", "sent", "left", "kept", "put", "set", "brought", "bought", "told"}
)  # fmt: skip
# "my wife joshua usually calls", "my son's name": a relative's name follows "my <relation>"
_RELATIONS = frozenset(
    {"wife", "husband", "son", "daughter", "mom", "mother", "dad", "father", "brother", "sister", "partner",
     "friend", "spouse", "grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa",
     "aunt", "uncle", "niece", "nephew", "boyfriend", "girlfriend", "fiance", "fiancee", "caregiver"}
)  # fmt: skip
_GREETINGS = frozenset({"hi", "hello", "hey", "yes", "yeah", "oh"})
# round 15: kin said as a title before the name ("uncle genet passed ...", v13 had 2), at a clause's start
_KIN_TITLES = frozenset({"uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "granny", "cousin"})
_CLAUSE_STARTS = frozenset({".", ",", "!", "?", ";", "and", "but", "so", "well", "oh", "yes", "yeah"})
# round 25: "legal name <first> <surname> goes by <name>", "... goes erm by <name>": after a name (on no
# list of the language, or listed) or "she"/"he" with a hesitation between, "goes by" says the name used
# (v10 left 2 such names; "goes by" was a cue only right after "he"/"she"/...)
_HESITATIONS = frozenset({"uh", "um", "er", "erm", "uhm", "hmm"})


def _goes_by(tokens: list[Token], i: int) -> int | None:
    """The index of "by" in "<name or person> goes [uh] by", or None."""
    k = i + 1
    while k < len(tokens) and k <= i + 2 and tokens[k].low in _HESITATIONS:
        k += 1
    if k >= len(tokens) or tokens[k].low != "by" or i == 0:
        return None
    before = tokens[i - 1].low
    named = before in _PEOPLE or off_every_list(before) or is_name(before)
    return k if named and before.isalpha() else None


# round 25: "everybody calls her <name>", "they call us <name>": the name someone is called by (v10 left 2
# such names, "her" read as the possessive before a thing); weak, so "call her back" names nobody
_CALL_VERBS = frozenset({"call", "calls", "calling"})
_CALLED_OBJECTS = frozenset({"her", "him", "me", "them", "us"})
_PEOPLE = frozenset(
    {"he", "she", "i", "they", "we", "everyone", "everybody", "usually", "also", "just", "still"}
)
# after "my name is": words that say something about the name rather than being it
_NOT_A_NAME = frozenset(
    {"wrong", "right", "correct", "different", "fine", "spelled", "spelt", "missing", "still", "also",
     "listed", "there", "here", "same", "misspelled", "changed", "actually", "just", "really", "id", "dob",
     "number", "patient", "date", "birthday", "birthdate", "field", "fields", "box", "line", "column",
     "section", "tag", "badge", "change", "spelling", "unknown", "blank", "empty",
     # round 16 (v15): when and which, said right after a name ("named Paige earlier today", "arun butler
     # best email for me is ...")
     "earlier", "today", "yesterday", "tomorrow", "tonight", "later", "best",
     # round 19 (v18): how the name is given ("and the surname letter by letter g u ...")
     "letter", "letters"}
)  # fmt: skip
# a word after a cued name ends the name when one of these follows it: "i'm natalie key and ..."
_AFTER_NAME = frozenset(
    {"", ",", ".", "!", "?", ";", "and", "that's", "i'm", "calling", "here", "speaking", "from", "again",
     "my", "spelled", "last", "first", "with", "on", "at", "the", "i", "uh", "um", "who", "it's", "about",
     "for", "please", "is", "was", "to", "in", "so", "but", "or", "who's", "he's", "she's"}
)  # fmt: skip
_STOP = STOP_WORDS | {"like", "okay", "ok", "yeah", "please", "thanks", "thank", "calling", "speaking", "bye"}


# round 44: a word of doubt said right after a name (v50 had "maybe" redacted as the surname's second part)
_HEDGES = frozenset({"maybe", "perhaps", "probably", "possibly"})
# round 44: the label of a number right after a cue ("patient id ..."): v50 had "id" redacted with the number
_ID_LABELS = frozenset({"id", "number", "no", "#"})


def find_cued_names(tokens: list[Token]) -> list[Finding]:
    found: list[Finding] = []
    common = common_words()
    i = 0
    while i < len(tokens):
        cue = _cue_end(tokens, i) if tokens[i].low in _CUE_STARTS else None
        if cue is None:
            i += 1
            continue
        end, strong = cue
        j = end + 1
        while j < len(tokens) and (tokens[j].low in (",", ":", "-", "uh", "um", "it's", "is") or (
            tokens[j].low in _SPELLING_VERBS and tokens[end].low in ("name", "surname", "spelling")
        ) or (
            tokens[j].low in _GREETINGS and tokens[end].low in _GREETINGS
        ) or _lead_in(tokens, j)):  # fmt: skip
            j += _lead_in(tokens, j) or 1  # "Hi, hi, Grace": a greeting said twice; "is let me see, ..."
        words: list[int] = []
        # "you can reach june at h a i l i e ...": one word, then "at"
        if end < len(tokens) and tokens[end].low == "reach":
            if j + 1 < len(tokens) and tokens[j + 1].low == "at" and _plain_word(tokens[j]):
                words.append(j)
            j = len(tokens) if not words else j + 1
        if _listed_pair(tokens, j):
            words = [j, j + 1]  # "it's under mark price", "i'm amber hope": both names are also words
            j = len(tokens)
        lead = _leading_initials(tokens, j, common) if j < len(tokens) else None
        if lead is not None:
            words.append(j)  # "it's under j. r. whitaker": initials, then the surname
            j = lead
        while j < len(tokens) and len(words) < _MAX_NAME_WORDS + (lead is not None):
            if words and _initial_then_name(tokens, j, common):
                j += 1 + (tokens[j + 1].low == ".")  # "hi michelle r skinner": a middle initial
                continue
            if tokens[j].low in _TITLES:
                break  # "speak with ms. abernathy": the title is a cue of its own, the name follows it
            if not words and _verb_after_relation(tokens, j, end):
                break  # "my son plays baseball"
            if words and _verb_before_object(tokens, j):
                break  # "somebody named pedro told me": a verb after the name, not a surname
            if words and (_irregular_verb(tokens[j]) or _name_part_label(tokens, j)):
                break  # "dr <surname> sent the ...", "surname <x> given name ...": a verb, a label (round 20)
            if words and tokens[j].low in _HEDGES:
                break  # round 44: "look under <surname> maybe": the caller's doubt, not a second name
            if not words and tokens[j].low in _ID_LABELS:
                break  # round 44: "patient id w double ...": the label of the patient's number, no name
            if not words and not strong and tokens[j].low in _PARTICIPLES:
                break  # "it's got a pen" ("it has got"), "okay got my wallet": a verb, not a name
            if not words and not strong and _verb_then_object(tokens, j):
                break  # "okay um reading it off ...": a verb and its object (round 19, v18)
            # a capitalized word right after a name is part of it ("Benjamin May"), whatever the cue
            if not (
                _name_like(tokens[j], strong or bool(words), common)
                or (strong and not words and _lower_word_after_strong_cue(tokens[j]))
                or (not words and _capitalized_after_cue(tokens, j, end))
                or (not words and _first_name_after_relation(tokens, j, end))
                or (not words and _word_before_surname(tokens, j))
                or (not words and _hyphenated_first_name(tokens, j))
                or (words and _surname_by_position(tokens, j))
            ):
                break
            words.append(j)
            j += 1
            if _hyphen_joined(tokens, j):
                words.append(j + 1)  # "adeyemi-brown": one surname
                j += 2
        if words and tokens[end].low in _KIN_TITLES:
            words = words[:1] + [k for k in words[1:2] if _kin_surname(tokens[k])]  # "uncle sam wants ..."
        if words:
            words.extend(_said_again(tokens, words, common))  # "winifred um winifred okoro"
            first, last = tokens[words[0]], tokens[words[-1]]
            value = " ".join(tokens[k].low for k in words)
            found.append(Finding(first.start, last.end, PERSON, value, 0.8 if strong else 0.6))
            i = words[-1] + 1
        else:
            i = end + 1
    return found


# what callers say while they think, between a cue and the name: "the name is let me see kenzie ..."
_LEAD_INS = (("let", "me", "see"), ("let", "me", "think"), ("one", "sec"), ("one", "second"),
             ("just", "a", "sec"), ("hold", "on"), ("hang", "on"), ("okay", "so"), ("ok", "so"),
             ("so", "much"), ("a", "lot"), ("again",), ("i", "mean"), ("you", "know"),
             ("sorry",))  # fmt: skip
_LEAD_INS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(w for w in _LEAD_INS if w[0] == first) for first in {w[0] for w in _LEAD_INS}
}


def _listed_pair(tokens: list[Token], j: int) -> bool:
    """After a cue, a listed first name and a listed surname, the name then closed ("put it under bill
    wise", "can i speak to ray green please"): a name even when both words are everyday words."""
    if j + 1 >= len(tokens):
        return False
    first, last = tokens[j], tokens[j + 1]
    after = tokens[j + 2].low if j + 2 < len(tokens) else ""
    return (
        first.low in all_first_names()
        and last.low in all_surnames()
        and _plain_word(first)
        and _plain_word(last)
        and first.low not in MONTHS
        and last.low not in MONTHS
        and first.low not in _DAYS
        and not (last.low.endswith("ly") and last.low in common_words())  # "my mom rose early"
        and (after in _AFTER_NAME or after in ("please", "thanks"))
    )


_RESTART_FILLERS = frozenset({"uh", "um", "er", "uhh", "umm", ",", "-", "i", "mean", "sorry"})


def _said_again(tokens: list[Token], words: list[int], common: frozenset[str]) -> list[int]:
    """ "it's winifred um winifred okoro": a cued name said again after a filler, now with more of it;
    the indices of the second saying (the words after the repeated one that are name-like)."""
    k = words[-1] + 1
    while k < len(tokens) and k <= words[-1] + 3 and tokens[k].low in _RESTART_FILLERS:
        k += 1
    if k == words[-1] + 1 or k >= len(tokens) or tokens[k].low != tokens[words[0]].low:
        return []
    out = [k]
    j = k + 1
    while j < len(tokens) and len(out) < _MAX_NAME_WORDS and _name_like(tokens[j], True, common):
        if tokens[j].low in _AFTER_NAME or tokens[j].low in _STOP:
            break
        out.append(j)
        j += 1
    return out


def _verb_after_relation(tokens: list[Token], j: int, cue_end: int) -> bool:
    """ "my son plays ...", "my wife works ...": after "my <relation>", a lower-case word ending in "s"
    that is no first name is the verb, not the relative's name."""
    low = tokens[j].low
    return (
        tokens[cue_end].low.removesuffix("'s") in _RELATIONS
        and tokens[j].text.islower()
        and low.endswith("s")
        and low not in all_first_names()
    )


def _hyphenated_first_name(tokens: list[Token], j: int) -> bool:
    """ "it's jean-luc picard": a first name joined to another word by a hyphen, before a surname."""
    if not _hyphen_joined(tokens, j + 1) or j + 3 >= len(tokens):
        return False
    first, second, after = tokens[j].low, tokens[j + 2].low, tokens[j + 3].low
    return (
        (first in all_first_names() or second in all_first_names())
        and first not in _STOP
        and second not in _STOP
        and after in all_surnames()
        and after not in _STOP
    )


def _hyphen_joined(tokens: list[Token], j: int) -> bool:
    """A hyphen at ``j`` joining the word before it to a word after it, without spaces."""
    return glued_hyphen(tokens, j) and tokens[j + 1].text.isalpha()


def _lead_in(tokens: list[Token], j: int) -> int:
    """How many tokens at ``j`` are a lead-in phrase, else 0. The phrases are looked up by their first
    word (issue 19, round 36: trying all fifteen at every word after every cue was 3 % of the rules' scan
    in the pipeline's burst)."""
    if j >= len(tokens):
        return 0
    for words in _LEAD_INS_BY_FIRST.get(tokens[j].low, ()):
        if tuple(t.low for t in tokens[j : j + len(words)]) == words:
            return len(words)
    return 0


def _word_before_surname(tokens: list[Token], j: int) -> bool:
    """ "i'm miracle segovia": after a cue, a plain word right before a listed surname (or a word on no
    list, the name then closed), and "jack m simmons": a word, an initial and a surname."""
    after = tokens[j + 2].low if j + 2 < len(tokens) else ""
    if j + 2 < len(tokens) and _initial_letter(tokens[j + 1]) and _plain_word(tokens[j]):
        return _surname_after_initial(tokens[j + 2])  # "account under jack m simmons"
    return (
        _plain_word(tokens[j])
        and j + 1 < len(tokens)
        and (tokens[j + 1].low in surnames() or _unlisted_word(tokens[j + 1]))
        and tokens[j + 1].low not in _STOP
        and after in _AFTER_NAME  # the name is closed: "i'm miracle segovia", not "my number double six"
    )


def _unlisted_word(token: Token) -> bool:
    """A plain word on no list at all: no common word, no feeling, no month."""
    return _plain_word(token) and token.low not in common_words() and token.low not in MONTHS


# round 32: the auxiliary that opens a question about someone ("did <name> leave for the day?")
_ASKING_AUXILIARIES = frozenset({"did", "does", "has", "is", "was", "will", "can", "could", "would"})
_QUESTION_OPENERS = frozenset({",", ".", "?", "!", "so", "and", "um", "uh", "er", "hi", "hey", "oh", "okay"})


def names_asked_about(tokens: list[Token]) -> list[Finding]:
    """ "Did <name> leave for the day?": the one word between a question's opening auxiliary and an English
    word that is no street suffix, on no list at all (no English word, no common word, no month), is the
    subject the caller asks about: a person's name (round 32: v31 left one such first name in clear, and
    NER did not tag it)."""
    found: list[Finding] = []
    for i in range(len(tokens) - 2):
        if tokens[i].low not in _ASKING_AUXILIARIES or (i > 0 and tokens[i - 1].low not in _QUESTION_OPENERS):
            continue
        name, verb = tokens[i + 1], tokens[i + 2]
        if (
            len(name.low) >= 3
            and name.low.isalpha()
            and (_unlisted_word(name) or _capitalised_off_english(name))
            and name.low not in english_words()
            and verb.low.isalpha()
            and verb.low in english_words()
            and verb.low not in NUMBER_WORDS
            and verb.low not in street_suffixes()  # "is <street> avenue still torn up": a place
        ):
            found.append(Finding(name.start, name.end, PERSON, name.text, 0.8))
    return found


def _capitalised_off_english(token: Token) -> bool:
    """ "Is Perfecta working today?": a capitalised word on no English word list, though on the list of words
    that are no names (VADER's lexicon, Faker's lorem words hold some rare and foreign words), is the name
    a question asks about (round 33: v32 left one such first name in clear); stop words and months never."""
    low = token.low
    return token.text[:1].isupper() and _plain_word(token) and low not in MONTHS and low not in _STOP


def names_said_then_spelled(tokens: list[Token], spelled: list[Finding]) -> list[Finding]:
    """ "surname's major m as in mike a j o r", "it's guy g u y": the word or two words right before a
    spelled name that spell the same letters are that name, whatever word they are; so is one word
    said a few words before it ("largent, two words, l a r g e n t")."""
    if not spelled:
        return []
    found: list[Finding] = []
    for f, first in first_words(tokens, spelled, PERSON):
        if len(f.value) < 2:
            continue
        k = first - 1
        while k >= 0 and tokens[k].low in _BEFORE_SPELLING:
            k -= 1
        words: list[int] = []
        matched = False
        while k >= 0 and tokens[k].text.replace("'", "").replace("-", "").isalpha() and len(words) < 3:
            words.insert(0, k)
            said = "".join(tokens[w].low for w in words).replace("'", "").replace("-", "")
            if said == f.value:
                value = " ".join(tokens[w].low for w in words)
                found.append(Finding(tokens[words[0]].start, tokens[words[-1]].end, PERSON, value, 0.8))
                matched = True
                break
            if not f.value.endswith(said):
                break
            k -= 1
            while k >= 0 and tokens[k].text in ("-", "."):
                k -= 1  # "o'hara", "st. clair", "van-dyke"
        if not matched:
            found.extend(_said_earlier(tokens, first, f.value) or _said_nearly(tokens, first, f))
    return found


_NEARLY = 0.8  # difflib's ratio between a word said and its spelling: one letter in five may differ


def _said_nearly(tokens: list[Token], first: int, f: Finding) -> list[Finding]:
    """ "abiola that's a b i o l as in lima a", "yahaia-adeyemo y a h ... a y double a ...": a word said
    a few words before a spelling that nearly spells the same letters is the name, whatever list it is
    on (the caller corrects the spelling, or the spelling's last letter was taken for a word); the
    spelling's next letter goes too when the word said ends with it."""
    value = f.value
    if len(value) < 4:
        return []
    for k in range(first - 1, max(-1, first - 1 - _SAID_EARLIER_WINDOW), -1):
        low, start = tokens[k].low, k
        if _hyphen_inside_word(tokens, k - 1):
            low, start = tokens[k - 2].low + low, k - 2  # "yahaia-adeyemo"
        if not low.isalpha() or len(low) < 4 or abs(len(low) - len(value)) > 2:
            continue
        if SequenceMatcher(None, low, value).ratio() < _NEARLY:
            continue
        said = tokens[start : k + 1]
        out = [Finding(said[0].start, said[-1].end, PERSON, " ".join(t.low for t in said), 0.7)]
        last = next((j for j in range(first, len(tokens)) if tokens[j].end == f.end), None)
        if last is not None and last + 1 < len(tokens) and low == value + tokens[last + 1].low:
            nxt = tokens[last + 1]
            out.append(Finding(f.start, nxt.end, PERSON, low, f.score))
        return out
    return []


_SAID_EARLIER_WINDOW = 12


def _said_earlier(tokens: list[Token], first: int, value: str) -> list[Finding]:
    """ "largent with two words well hyphenated l a r g e n t": a word said a few words before its
    spelling, with other words between, that spells the same letters is the name."""
    if len(value) < 3:
        return []
    for k in range(first - 1, max(-1, first - 1 - _SAID_EARLIER_WINDOW), -1):
        if tokens[k].low.replace("'", "") == value:
            return [Finding(tokens[k].start, tokens[k].end, PERSON, tokens[k].low, 0.8)]
    return []


_BEFORE_SPELLING = frozenset(
    {",", ".", "-", ":", "uh", "um", "er", "that's", "spelled", "spelt", "it's", "so", "like", "okay", "ok",
     "hold", "on", "sec", "one", "let", "me", "see", "that", "is"}
)  # fmt: skip


def _cue_end(tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """(index of the cue's last token, whether the cue is strong) for a cue starting at ``i``."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low in _STRONG_SINGLE:
        return i + (nxt == "."), True
    if (low, nxt) in _STRONG_PAIRS:
        return i + 1, True
    if low == "name" and _after_name_kind(tokens, i):
        return i, True  # "last name howell", "last uh name caldwell"
    if low == "name" and (is_at := _name_on_record_is(tokens, i)) is not None:
        return is_at, True  # "the name on the account is ...", "name on file was ..."
    if (low, "") in _STRONG_PAIRS:
        return i, True
    if (low, nxt) in _WEAK_PAIRS:
        return i + 1, False
    if (low, "") in _WEAK_PAIRS or low in _WEAK_SINGLE:
        return i, False
    if low == "reach":
        return i, False
    if low in _KIN_TITLES and (i == 0 or tokens[i - 1].low in _CLAUSE_STARTS):
        return i, False  # "uncle etenesh passed last week": a kin title said as a title, without "my"
    if low in ("goes", "go") and nxt == "by" and i > 0 and tokens[i - 1].low in _PEOPLE:
        return i + 1, True  # "he goes by mark": the name someone is called by
    if low == "goes" and (by := _goes_by(tokens, i)) is not None:
        return by, True  # "legal name <first> <surname> goes erm by <name>": after a name, the one used
    if low in _CALL_VERBS and nxt in _CALLED_OBJECTS:
        return i + 1, False  # "everybody calls her wenlo", "they call him dareno": the name they use
    if low == "my":
        k = i + 1
        while k < len(tokens) and tokens[k].low in _NAME_FILLERS:
            k += 1  # "my you know wife joshua"
        if k < len(tokens) and tokens[k].low.removesuffix("'s") in _RELATIONS:
            return k, False  # "my wife taylor", "my son's name is" (then "name is" is the cue)
    return None


# every word a cue of ``_cue_end`` can start with: any other word starts none (issue 19, round 36: asking
# ``_cue_end`` at every word was 5 % of the rules' scan in the pipeline's burst)
_CUE_STARTS = frozenset(
    {*_STRONG_SINGLE, *(a for a, _ in _STRONG_PAIRS), *(a for a, _ in _WEAK_PAIRS), *_WEAK_SINGLE,
     *_KIN_TITLES, *_CALL_VERBS, "name", "reach", "goes", "go", "my"}
)  # fmt: skip


# what may stand between "name" and "is" when it says whose record: "name on the account is"
_ON_RECORD = frozenset(
    {"on", "the", "account", "card", "file", "policy", "reservation", "order", "booking", "ticket", "lease",
     "claim", "plan", "for", "of", "primary", "insured", "holder", "member", "prescription", "uh", "um"}
)  # fmt: skip


def _name_on_record_is(tokens: list[Token], i: int) -> int | None:
    """The index of "is" / "was" in "name on the account is" (at most four words between), or None."""
    k = i + 1
    while k < len(tokens) and k <= i + 5 and tokens[k].low in _ON_RECORD:
        k += 1
    if k > i + 1 and k < len(tokens) and tokens[k].low in ("is", "was", "should", "reads", "says"):
        if tokens[k].low == "should" and k + 1 < len(tokens) and tokens[k + 1].low == "be":
            return k + 1
        return k if tokens[k].low != "should" else None
    return None


def _capitalized_after_cue(tokens: list[Token], j: int, cue_end: int) -> bool:
    """ "My wife Drew", "Hi, hi, Grace Serrano": a capitalized everyday word after a relation, or after
    a greeting when a capitalized word that is not an everyday word follows it."""
    token = tokens[j]
    if not (token.text[:1].isupper() and not token.text.isupper() and _plain_word(token)):
        return False
    if token.low in MONTHS or token.low in _DAYS:
        return False
    if tokens[cue_end].low.removesuffix("'s") in _RELATIONS:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        tokens[cue_end].low in _GREETINGS
        and nxt is not None
        and nxt.text[:1].isupper()
        and _plain_word(nxt)
        and nxt.low not in common_words()
    )


def _first_name_after_relation(tokens: list[Token], j: int, cue_end: int) -> bool:
    """ "my uh wife billy usually calls": a listed first name in lower case after "my <relation>",
    unless it is a stop word or a feeling ("my wife will call", "my son happy")."""
    return (
        tokens[cue_end].low.removesuffix("'s") in _RELATIONS
        and tokens[j].low in all_first_names()
        and _plain_word(tokens[j])
        and tokens[j].low not in _vader()
        and tokens[j].low not in MONTHS
        and tokens[j].low not in _DAYS
    )


def _plain_word(token: Token) -> bool:
    """An alphabetic word of two letters or more that is not a contraction, stop word or -ing/-ed/-ly."""
    low = token.low
    return (
        token.text.replace("'", "").replace("-", "").isalpha()
        and len(low) > 1
        and not low.endswith(_CONTRACTIONS)
        and low not in _STOP
        and low not in _FUNCTION_WORDS
        and not inflected(low)
    )


plain_word = _plain_word  # one home: word_names reads the same tests
STOP = _STOP


def inflected(low: str) -> bool:
    """ "ordered", "calling", "usually": a verb or adverb form. The stem before the ending must be
    long enough to be a word ("wing", "king", "reed", "ned", "emely", "billy" are words a name may be)."""
    for ending, stem in (("ing", 3), ("ed", 3), ("ly", 4), ("able", 3)):
        if low.endswith(ending) and len(low) - len(ending) >= stem:
            return True
    return False


_VERB_OBJECTS = frozenset({"it", "that", "this", "them", "off", "out"})


def _verb_then_object(tokens: list[Token], j: int) -> bool:
    """A lower-case "-ing" word right before "it"/"that"/"off": a verb said after the weak cue."""
    word = tokens[j]
    return (
        word.text.islower()
        and word.low.endswith("ing")
        and j + 1 < len(tokens)
        and tokens[j + 1].low in _VERB_OBJECTS
    )


def _lower_word_after_strong_cue(token: Token) -> bool:
    """ "my name is mia": right after a strong cue even an everyday word is the name."""
    return _plain_word(token) and token.low not in _NOT_A_NAME  # "my daughter's name is june"


# round 15: "the surname goes W A R D": how a spelling is introduced, not the name (v14 had 6)
_SPELLING_VERBS = frozenset({"goes", "reads"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them", "you"})
_FILLERS_BEFORE_OBJECT = frozenset({"like", ",", "uh", "um"})


def _verb_before_object(tokens: list[Token], j: int) -> bool:
    """ "somebody named Matthew told me ...", "named pedro told you know, me": a lower-case word after a
    name and right before an object pronoun is the verb the name is the subject of (v14 had 7 "told");
    a listed surname there stays a surname ("this is ann lee you called me")."""
    token = tokens[j]
    k = j + 1
    while k < len(tokens) and tokens[k].low in _FILLERS_BEFORE_OBJECT:
        k += 1  # "named david told like, me"
    nxt = tokens[k].low if k < len(tokens) else ""
    return (
        nxt in _OBJECT_PRONOUNS
        and token.text[:1].islower()
        and token.low not in all_surnames()
        and token.low not in all_first_names()
    )


def _kin_surname(token: Token) -> bool:
    """After "uncle <name>" only a listed surname or a capitalized word is more of the name."""
    return token.low in all_surnames() or (token.text[:1].isupper() and token.low not in common_words())


def _surname_by_position(tokens: list[Token], j: int) -> bool:
    """ "i'm natalie key and ...": a word after a cued name, closed by the end of what is said."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    low = tokens[j].low
    adverb = low.endswith("ly") and low in common_words()  # "my mom rose early to ..."
    # "hi i'm imani freeman a new patient": a listed surname before "a <role>" (round 16), even one the
    # sentiment list holds
    apposition = nxt in ("a", "an") and low in all_surnames()
    return (
        _plain_word(tokens[j])
        and not adverb
        and low not in _NOT_A_NAME  # "i'm victoria pierce date uh of birth"
        and ((nxt in _AFTER_NAME and low not in _vader()) or apposition)
    )


def _initial_then_name(tokens: list[Token], j: int, common: frozenset[str]) -> bool:
    text = tokens[j].text
    if len(text) != 1 or not text.isalpha() or text in ("a", "i", "I"):
        return False
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].low == ".")
    return k < len(tokens) and (_name_like(tokens[k], True, common) or _surname_by_position(tokens, k))


def _leading_initials(tokens: list[Token], j: int, common: frozenset[str]) -> int | None:
    """The index of the name after one or two initials at ``j`` ("j. r. whitaker", "K. Abernathy"),
    the name a listed surname or a word on no list; else None."""
    k = j
    for _ in range(2):
        text = tokens[k].text
        if len(text) != 1 or not text.isalpha() or text in ("a", "i", "I", "A"):
            break
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low == ".")
        if k >= len(tokens):
            return None
    if k == j or k >= len(tokens):
        return None
    name = tokens[k]
    listed = name.low in surnames() or name.low in first_names()
    return k if len(name.text) > 1 and _plain_word(name) and (listed or name.low not in common) else None


_NOT_SUFFIX = frozenset({"st", "dr", "ct", "ln", "n", "s", "e", "w"})  # "Mary St. Clair", "Dr"
_CONTRACTIONS = ("'s", "'m", "'re", "'ll", "'ve", "'d", "n't")
_NAME_KINDS = frozenset(
    {"last", "first", "middle", "maiden", "full", "sur", "family", "given", "cardholder", "holder", "patient",
     "member"}
)  # fmt: skip
_NAME_FILLERS = frozenset({"uh", "um", "like", "er", "you", "know", ","})


def _after_name_kind(tokens: list[Token], i: int) -> bool:
    k = i - 1
    while k >= 0 and tokens[k].low in _NAME_FILLERS:
        k -= 1
    return k >= 0 and tokens[k].low in _NAME_KINDS


def _name_like(token: Token, strong: bool, common: frozenset[str]) -> bool:
    text = token.text
    if not text.replace("'", "").replace("-", "").isalpha() or len(text) < 2:
        return False
    if token.low.endswith(_CONTRACTIONS) or token.low in _NOT_A_NAME:
        return False  # "that's", "i'm", "spelled": never part of a name (unlike "o'sullivan")
    if (
        (text[0].islower() or text.isupper() or token.low not in common)
        and token.low.endswith(("ed", "ing"))
        and inflected(token.low)
        and not is_name(token.low)
    ):
        return False  # "Earl ordered 4 of them": a verb after a name, not a surname
    if token.low in common:  # "Hi, Grace", "my wife Drew": a capitalized first name after a weak cue
        return (strong or (token.low in all_first_names() and token.low not in _STOP)) and (
            text[0].isupper() and token.low not in _FUNCTION_WORDS
        )
    if strong or text[0].isupper() or token.low in all_first_names() or token.low in all_surnames():
        return True
    if token.low in english_words():
        return False  # "but this is separate": after a weak cue, a lower-case word of the language on no
        # name list is the word (round 16: v15 had 5)
    return not inflected(token.low)  # "this is taking ...", "it's listed"


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "but", "is", "it", "i", "my", "your", "you", "we", "he", "she",
     "they", "this", "that", "of", "on", "in", "to", "for", "with", "at", "from", "not", "no", "yes"}
)  # fmt: skip


_ADDRESS_TERMS = frozenset({"ma'am", "maam", "madam", "sir"})


_HESITATIONS = frozenset({"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"})


def find_lexicon_names(tokens: list[Token]) -> list[Finding]:
    """Names from the public first-name and surname lists (common English words taken out).

    A capitalized word on either list is a name; in lower-case text a first name is, and a surname
    only right after a first name ("beverly hughes"). A capitalized word right after a name is part
    of it, and so is a middle initial ("Mary J. Blige").
    """
    firsts, lasts = first_names(), surnames()
    found: list[Finding] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        low = token.low
        cased = token.text[:1].isupper() and not token.text.isupper()
        starts = i == 0 or (tokens[i - 1].low in (".", "!", "?", '"', ":") and not _after_initial(tokens, i))
        starts = starts or (i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].low == low and i == 2)
        # "Reading- Reading it off my card": the first word said again after a restart (round 16)
        capitalized_name = cased and not starts and (low in lasts or _capitalized_first_name(low))
        if not (low in firsts or capitalized_name or _word_name_then_surname(tokens, i)):
            i += 1  # a capitalized sentence start says nothing: "Check my balance"
            continue
        if (
            len(low) < 2
            or low in _ADDRESS_TERMS  # "yes ma'am christopher baker": how the caller addresses the agent
            or low in _RELATIONS  # "Calling for Mom, <name>": kin, even where a list holds it (round 19)
            or _unit_after_number(tokens, i)
            or _after_article(tokens, i)
            or _after_subject(tokens, i)
            or _noun_before_id(tokens, i)
        ):
            i += 1
            continue
        i = _back_over_first_and_initial(tokens, i, found[-1].end if found else -1)
        token = tokens[i]
        last = i
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j]
            if _initial(tokens, j):  # a middle initial: "Mary J. Blige", "brandi c blackwell"
                j += 1 + (tokens[j + 1].low == ".")
                continue
            if (
                nxt.text.replace("'", "").isalpha()
                and not nxt.low.endswith(_CONTRACTIONS)
                and len(nxt.text) > 1
                and nxt.low not in _VALUE_CUES  # "zona rael born 9 21 1943": "born" labels the date
                and not (nxt.text.islower() and nxt.low in _NOT_A_NAME)  # "arun butler best email"
                and nxt.low not in _HESITATIONS  # "noah fischer um f i ...": "Um" is a surname, "um" a pause
                and not _irregular_verb(nxt)  # "<first> <surname> sent the ..." (round 20)
                and not _name_part_label(tokens, j)  # "surname <x> given name <y>" (round 20)
                # "<first> <surname> long time customer": no third name word (round 20)
                and not _third_word_of_the_language(tokens, i, last, j)
                and (
                    nxt.low in lasts
                    or nxt.low in firsts
                    or (nxt.text[0].isupper() and nxt.low not in common_words())
                    or (nxt.low in all_surnames() and nxt.low not in _STOP)  # "anthony gross"
                    or (  # "gordon tillbury here": a word on no list closing a known first name
                        j == i + 1
                        and low in firsts
                        and nxt.low not in common_words()
                        and _surname_by_position(tokens, j)
                    )
                )
            ):
                last = j
                j += 1
                continue
            break
        if (
            last + 1 < len(tokens)
            and tokens[last + 1].low in street_suffixes()
            and tokens[last + 1].low not in _NOT_SUFFIX
        ):
            i = last + 1  # "the Main Street office", "Kelsey Harbor": a street, not a person
            continue
        if _value_label_word(tokens, i, last):
            i = last + 1
            continue
        value = " ".join(t.low for t in tokens[i : last + 1] if t.text.isalpha() and len(t.text) > 1)
        found.append(Finding(token.start, tokens[last].end, PERSON, value, 0.7))
        i = last + 1
    return found


def _value_label_word(tokens: list[Token], i: int, last: int) -> bool:
    """ "loan 4868 ...", "Loan number ...": one listed first name that is also an English word, opening
    what is said and followed right away by digits or "number", labels the value (round 21: v20 had
    ten such words redacted). A name said alone before its value ("Bill, 4868 ...") has a pause between."""
    if last != i or last + 1 >= len(tokens) or tokens[i].low not in english_words():
        return False
    if i != 0 and not _compound_head(tokens, i):
        return False
    nxt = tokens[last + 1]
    return nxt.low in ("number", "no", "#") or nxt.text[:1].isdigit() or nxt.low in NUMBER_WORDS


def _compound_head(tokens: list[Token], i: int) -> bool:
    """ "student loan number ...": a lower-case word after an English word that names no one (no cue of
    a name: "is", "for", "call", ...) is the second word of the value's label (round 22: v21 had 4)."""
    before = tokens[i - 1]
    return (
        tokens[i].text.islower()
        and before.text.isalpha()
        and before.low in english_words()
        and before.low not in _NOT_LABEL_HEADS
    )


# the words before a name that say a name follows: after them a first name before digits is a name
_NOT_LABEL_HEADS = frozenset(
    {"is", "was", "name", "named", "called", "call", "for", "to", "ask", "this", "am", "with", "and", "or",
     "by", "from", "under", "dear", "hi", "hello", "hey", "thanks", "thank", "you", "me", "mister", "miss",
     "mr", "mrs", "ms", "dr", "doctor", "tell", "see", "told", "said", "says", "it's", "i'm", "son", "wife",
     "husband", "daughter", "mom", "dad", "brother", "sister", "patient", "member", "holder", "borrower"}
)  # fmt: skip


def _irregular_verb(token: Token) -> bool:
    """A lower-case irregular past tense or participle ("sent", "given", "told") that no surname list
    holds: said after a name, it is the name's verb or the label "given name", never more of the name."""
    return token.text.islower() and token.low in _PARTICIPLES and token.low not in all_surnames()


_NAME_PARTS = frozenset(
    {"given", "first", "last", "middle", "full", "legal", "family", "maiden", "married", "nick", "sur"}
)


def _name_part_label(tokens: list[Token], j: int) -> bool:
    """ "surname <x> given name <y>": a lower-case word naming a part of a name, right before "name", is
    the next field's label, even where a surname list holds it ("Given", "Middle")."""
    return (
        tokens[j].text.islower()
        and tokens[j].low in _NAME_PARTS
        and j + 1 < len(tokens)
        and tokens[j + 1].low in ("name", "names")
    )


def _third_word_of_the_language(tokens: list[Token], i: int, last: int, j: int) -> bool:
    """ "hey there <first> <surname> long time customer": a lower-case English word after a first name and
    a surname is what is said next, not a third name (a first name there, "mary ann <surname>", is on the
    first-name list and stays a name word; a surname after a middle initial, "wanda r green", is the
    second name word) (round 20, v19)."""
    nxt = tokens[j]
    return last > i and nxt.text.islower() and nxt.low in english_words() and nxt.low not in first_names()


def _after_subject(tokens: list[Token], i: int) -> bool:
    """ "and then it hung up", "she rose early": a lower-case word right after a subject pronoun is
    its verb, unless a surname follows it ("let me find it barbara smith")."""
    s = i - 1
    while s >= 1 and tokens[s].low in _ADVERBS:
        s -= 1  # "it just hung up", "she then rose"
    if not (s >= 0 and tokens[i].text.islower() and tokens[s].low in _SUBJECTS):
        return False
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return nxt not in all_surnames() or nxt in common_words()


_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "that", "which"})
# adverbs said between a subject and its verb
_ADVERBS = frozenset(
    {"just", "then", "also", "already", "finally", "suddenly", "never", "always", "still", "even"}
)


def _after_article(tokens: list[Token], i: int) -> bool:
    """ "the king size bed", "the guy said": a lower-case word right after an article is a word."""
    return i >= 1 and tokens[i].text.islower() and tokens[i - 1].low in _DETERMINERS


# words before a noun: "the king size bed", "every penny counts"
_DETERMINERS = frozenset({"the", "a", "an", "every", "each", "any", "no", "some", "another"})


def _unit_after_number(tokens: list[Token], i: int) -> bool:
    """ "about 12 miles", "eight miles out", "two hundred fifty miles": a lower-case word right after a
    number is what is counted, not a name."""
    if i < 1 or not tokens[i].text.islower():
        return False
    prev = tokens[i - 1].low
    return prev.isdigit() or (prev in NUMBER_WORDS and prev not in WEAK)


def _initial(tokens: list[Token], j: int) -> bool:
    text = tokens[j].text
    if text in ("a", "A") and 0 < j < len(tokens) - 1:
        # "heidi a hudson": "a" between a first name and a surname, neither an everyday word
        return tokens[j - 1].low in first_names() and tokens[j + 1].low in surnames()
    if len(text) != 1 or not text.isalpha() or text in ("a", "i", "I") or j + 1 >= len(tokens):
        return False
    k = j + 1 + (tokens[j + 1].low == ".")
    return k < len(tokens) and len(tokens[k].text) > 1 and _surname_after_initial(tokens[k])


def _surname_after_initial(token: Token) -> bool:
    """ "jack m simmons": after a name and an initial, a listed surname or a word on no list."""
    return token.low in all_surnames() or (_plain_word(token) and token.low not in common_words())


# round 27: "loan account um m x ...", "loan loan number ...", "loan e eight one ...": a first name that is a
# word of the language, in lower case right before an account's label or a spelled identifier, is the kind of
# account (spent halves v7, v20, v23 had 13 such "loan" redacted)
_ID_LABELS = frozenset({"account", "number", "id", "no", "#"})
# round 29: the words an ID's digits may begin with after its letters ("loan r l e as in egg double nine ...")
_DIGITS_SAID_AS = frozenset({"double", "triple", "oh", "o"})


def _noun_before_id(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    opens = i == 0 or tokens[i - 1].low in (".", "!", "?", '"', ":", "-")  # round 28: "Loan M T R eight ..."
    if not (token.text.islower() or (opens and token.text.istitle())) or token.low not in english_words():
        return False
    j = i + 1
    while j < len(tokens) and (
        tokens[j].low == token.low
        or (tokens[j].low == "-" and j + 1 < len(tokens) and tokens[j + 1].low == token.low)
    ):
        j += 1  # "loan loan number", "Loan- Loan ...": the word said twice
    nxt = tokens[j].low if j < len(tokens) else ""
    if nxt in _ID_LABELS:
        return True
    k = j
    while k < j + 3 and k < len(tokens) and len(tokens[k].low) == 1 and tokens[k].low.isalpha():
        k += 1  # "loan x e f one seven ...", "loan d p t 7277 ...": the ID's letters, then its digits
        if k + 2 < len(tokens) and tokens[k].low == "as" and tokens[k + 1].low == "in":
            k += 3  # round 28: "loan e g t as in tom five ...": a letter spelled by a word
    after = tokens[k].low if k < len(tokens) else ""
    if k > j and (after.isdigit() or after in NUMBER_WORDS or after in _DIGITS_SAID_AS):
        return True  # round 29: "loan r l e as in egg double nine ...": the digits begun with "double"/"oh"
    # round 28: "Loan- Loan EH-7102-8500-5": the ID written, its capital letters glued to digits by a hyphen
    prefix = tokens[j].text if j < len(tokens) else ""
    return (
        1 <= len(prefix) <= 3
        and prefix.isalpha()
        and prefix.isupper()
        and j + 2 < len(tokens)
        and tokens[j + 1].low == "-"
        and tokens[j + 2].low.isdigit()
    )


def _word_name_then_surname(tokens: list[Token], i: int) -> bool:
    """ "frank rivera", "daisy crosby": a first name that is also a word, before a surname; "braiden
    estevez", "freya j dukes": a word on no list and no common word, before a surname."""
    j = i + 1
    initial = j < len(tokens) and _initial(tokens, j)
    if initial:
        j += 1 + (tokens[j + 1].low == ".")
    low = tokens[i].low
    starts = i == 0 or tokens[i - 1].low in _NAME_STARTS
    return (
        (
            low in all_first_names()
            or (
                starts
                and low not in common_words()
                and low not in all_surnames()
                and low not in english_words()  # round 27: "Primary holder is ...", "Registration shows ..."
                and _plain_word(tokens[i])
            )
        )
        and low not in _STOP
        and j < len(tokens)
        and (tokens[j].low in surnames() or (initial and _surname_after_initial(tokens[j])))
    )


def _back_over_first_and_initial(tokens: list[Token], i: int, floor: int) -> int:
    """ "Autumn D. Merritt" found at "Merritt": take the initial and the first name before it."""
    k = i - 1
    if k >= 1 and tokens[k].low == "." and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper():
        k -= 1
    elif (
        k >= 0 and len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k].text not in ("I", "A")
    ):
        pass
    else:
        k = i  # no initial
    if k < i:
        f = k - 1
        if f >= 0 and tokens[f].low in all_first_names() and tokens[f].text[:1].isupper():
            k = f
    return k if tokens[k].start >= floor else i


def _capitalized_first_name(low: str) -> bool:
    """ "My wife Drew usually calls": a first name that is also a word, capitalized mid-sentence."""
    return low in all_first_names() and low not in _STOP and low not in MONTHS and low not in _DAYS


# where a name on no list may begin: the start of what is said, after a pause or a greeting
_NAME_STARTS = frozenset({".", ",", "!", "?", ":", "uh", "um", "yes", "yeah", "hi", "hello", "hey", "and"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _after_initial(tokens: list[Token], i: int) -> bool:
    """ "D. Merritt": the period closes an initial, not a sentence."""
    return (
        i >= 2 and tokens[i - 1].low == "." and len(tokens[i - 2].text) == 1 and tokens[i - 2].text.isupper()
    )


# kinds of value a caller gives right after their name when asked to verify ("name and date of birth")
# a value's kinds that only a person has: before one of them, words on no list need no answer boundary
_PERSONAL_KINDS = frozenset(
    {"DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "ZIP_CODE"}
)
_VERIFIED_KINDS = _PERSONAL_KINDS | {"NUMBER", "ACCOUNT_ID"}
# the words that label the value said next, between a name and its value: "hannabel daakoaa date of
# birth ...", "Tabish Saahir, date of birth ...", "cardholder ... number ...", "... zip ..."
_LABEL_WORDS = frozenset(
    {"date", "of", "birth", "dob", "born", "and", "phone", "number", "zip", "code", "social", "ssn", "cell",
     "card", "is", ",", ":", "-"}
)  # fmt: skip
_MAX_LABEL_WORDS = 4
# who a value belongs to, said right before their name: "cardholder haytor macedo moraes number ..."
_HOLDERS = frozenset(
    {"cardholder", "cardholder's", "policyholder", "accountholder", "holder", "subscriber", "insured"}
)
_FILLERS = frozenset(
    {"uh", "um", "er", "uhm", "hmm", "mm", "ah", "oh", "yeah", "yes", "okay", "ok", "so", "well"}
)
_BEFORE_VERIFIED_NAME = (
    _NAME_STARTS | _FILLERS | _HOLDERS | {";", "is", "i'm", "am", "it's", "name's"} | {"this"}
)


def _english_on_no_name_list(low: str) -> bool:
    """An English word that no first-name or surname list holds ("warranty", "contract"): a label's word,
    unlike "rose" or "hill", which may be a name."""
    return low in english_words() and low not in all_first_names() and low not in all_surnames()


def names_before_values(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """ "royal keeton one two one eight sixty nine", "Willard Power, 2/17/02": two or three words at the
    start of what is said (or after a cue), right before a date of birth or an identifier, are the
    caller's name when one of them is on no word list. The words must be plain words (no stop word,
    month, number word or context word); a middle initial may stand between them."""
    if not found:
        return []
    starts = {t.start: i for i, t in enumerate(tokens)}
    common = common_words()
    houses = {f.start for f in found if f.kind == "STREET_ADDRESS"}  # a house number is no verified value
    out: list[Finding] = []
    for f in found:
        k = starts.get(f.start)
        if f.kind not in _VERIFIED_KINDS or k is None or (f.kind != "STREET_ADDRESS" and f.start in houses):
            continue
        k -= 1
        if k >= 0 and tokens[k].low == ",":
            k -= 1
        before_label = k
        k = _before_label(tokens, k)
        labelled = k != before_label
        words: list[int] = []
        while k >= 0 and len(words) < 4 and tokens[k].low not in _FILLERS and tokens[k].low not in _HOLDERS:
            if labelled and tokens[k].low in _GREETINGS:
                break  # "hi dona boothe born ...": the greeting is no part of the name
            if words and _initial_letter(tokens[k]):
                words.insert(0, k)
                k -= 1
                continue
            if words and _hyphen_inside_word(tokens, k):
                k -= 1  # "oxenbridge-valdor": one surname written with a hyphen
                continue
            low = tokens[k].low
            if not _plain_word(tokens[k]) or low in MONTHS or low in _DAYS or low in CONTEXT_WORDS:
                break
            if not words and low in _VALUE_LABELS:
                break  # "warranty contract number t t b 56 ...": the value's label, not a name
            words.insert(0, k)
            k -= 1
        while words and _initial_letter(tokens[words[0]]):
            words.pop(0)
        named = [
            w for w in words if not _initial_letter(tokens[w]) and not _hyphen_inside_word(tokens, w - 1)
        ]
        if k >= 0 and not _answer_boundary(tokens[k]):
            words, named = _unlisted_before_personal(tokens, words, named, f, labelled)
        written_name = k < 0 and _written_first_and_surname(tokens, named, f)
        if not 2 <= len(named) <= 3 or not (written_name or any(tokens[w].low not in common for w in named)):
            continue
        if f.kind in _PLACED_KINDS and _ends_with_state(tokens, named):
            continue  # "moved out to dayton ohio four five four oh two": a city and its state
        if (
            (labelled or f.kind in _PERSONAL_KINDS)
            and not written_name
            and all(tokens[w].low in english_words() for w in named)
        ):
            continue  # "warranty contract number ...", "service location, 1543 deer path loop": words
        if not written_name and all(_english_on_no_name_list(tokens[w].low) for w in named):
            continue  # round 32: "warranty contract l b seven ...": a label of English words on no name list
        value = " ".join(tokens[w].low for w in named)
        out.append(Finding(tokens[words[0]].start, tokens[words[-1]].end, PERSON, value, 0.6))
    return out


_PLACED_KINDS = frozenset({"NUMBER", "ZIP_CODE"})
# values only a person has and no place or product does: before one of them, a written "Mark Wells"
_OWN_KINDS = frozenset({"DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "CREDIT_CARD"})


def _written_first_and_surname(tokens: list[Token], named: list[int], f: Finding) -> bool:
    """ "Mark Wells, born 01.08.2006.": two capitalized words opening what is said, a first name then a
    surname of the Census lists, right before a birth date, a social, a phone or a card, are the caller's
    name even when both are also English words ("mark", "wells"); round 18 (v17 had one such miss).
    Lower case ("mark wells born ...") is left to the other finders: a written capital is the evidence."""
    if f.kind not in _OWN_KINDS or len(named) != 2:
        return False
    first, last = (tokens[w].text for w in named)
    return (
        all(w[:1].isupper() and w[1:].islower() and len(w) > 1 for w in (first, last))
        and first.lower() in all_first_names()
        and last.lower() in all_surnames()
    )


def _ends_with_state(tokens: list[Token], named: list[int]) -> bool:
    """Whether the words end with the name of a US state ("joliet illinois", "buffalo new york")."""
    lows = tuple(tokens[w].low for w in named)
    return any(lows[-n:] in state_names() for n in (1, 2, 3) if n <= len(lows))


def _before_label(tokens: list[Token], k: int) -> int:
    """The token before the label said between a name and its value ("date of birth", "number",
    "zip"), or ``k`` itself when no label word stands there."""
    j = k
    while j >= 0 and k - j < _MAX_LABEL_WORDS and tokens[j].low in _LABEL_WORDS:
        j -= 1
    said = [tokens[m].low for m in range(j + 1, k + 1)]
    if j == k or not any(low in CONTEXT_WORDS or low == "number" for low in said):
        return k
    return j


def _unlisted_before_personal(
    tokens: list[Token], words: list[int], named: list[int], f: Finding, labelled: bool
) -> tuple[list[int], list[int]]:
    """ "got a pen owethu mhlangu-akinwale zip ...": with no answer boundary before them, the words
    before a value only a person has (a date of birth, a social, a phone, an address, a card, a ZIP)
    are a name only when each is on no list of English words ("pen" is dropped from the front); a
    product or a company before an account number is not, nor a city and state before a ZIP said
    without its label ("... garden boise idaho zero eight four ..."). Returns the kept words and the
    named words (none when they are no name)."""
    if f.kind not in _PERSONAL_KINDS or (f.kind == "ZIP_CODE" and not labelled):
        return [], []
    while named and not off_every_list(tokens[named[0]].low):
        words = [w for w in words if w > named[0]]
        named = named[1:]
    if not named or not all(off_every_list(tokens[w].low) for w in named):
        return [], []
    return words, named


# words after a name that label the value said next, not part of the name
_VALUE_CUES = frozenset(
    {"born", "birth", "birthday", "dob", "phone", "cell", "social", "ssn", "email", "zip",
     # round 20 (v19): "<first> <surname> flight <airline> ...", "<first> <surname> address apartment ..."
     "address", "flight", "account", "member", "policy"}
)  # fmt: skip
_VALUE_LABELS = frozenset(
    {"number", "numbers", "no", "num", "code", "id", "ids", "#",
     # round 19 (v18): a verb that reads the value out ("use whichever ends 4984", "the statement shows ...")
     "ends", "shows", "says", "reads",
     # round 20 (v19): "final digits 0081", "<first> <surname> email e l l ...": the value's label
     "digits", "digit", "email", "e-mail", "address"}
)  # fmt: skip


def _hyphen_inside_word(tokens: list[Token], h: int) -> bool:
    """Whether token ``h`` is a hyphen written inside a word ("oxenbridge-valdor")."""
    return (
        0 < h < len(tokens) - 1
        and tokens[h].text == "-"
        and tokens[h - 1].end == tokens[h].start == tokens[h].end - 1
        and tokens[h].end == tokens[h + 1].start
        and tokens[h - 1].text.isalpha()
        and tokens[h + 1].text.isalpha()
    )


def _answer_boundary(token: Token) -> bool:
    """Where a new answer may start: a pause, a cue, or the end of a number said before it."""
    return token.low in _BEFORE_VERIFIED_NAME or token.low.isdigit() or token.low in NUMBER_WORDS


def _initial_letter(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isalpha() and token.text not in ("a", "i", "I")
