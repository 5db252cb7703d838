"""Whether a text needs spaCy's NER: a name may be left that no cheaper signal caught.

NER costs about as much per text as Presidio's whole analysis (3-4 ms against tens of microseconds for
all the rules), so the share of texts that reach it sets the redactor's speed (docs/pii.md, round 19).
Until round 18 any capitalized word outside every finding that was not a common word sent a text to
NER. On the tuning halves v15-v18 that was 224 of 2,400 utterances, and NER changed the output of 10 of
them, none a name: "Daytime", "Rates", "Pixel", "Keurig K-Elite", "Label Created", "Returned To Sender",
"AA". Over all 19 tuning sets, every name NER alone found was a word of no English word list or on the
Census name lists, said inside the sentence ("Rental contract lists Gocha Dizon as ...", "Nurse
Stillwater", "The pharmacist, Hastiin something"). So a capitalized word asks for NER only when:

- it is no acronym or code (two or more capitals: "ATM", "UA 1796", "FLHUEC"), no single letter
  (spelled codes, "E as in Edward") and no letter glued to digits ("W16090815");
- at a sentence start (or the word said again after a restart, "Bills- Bills go to ..."), it is on no
  English word list: "Daytime", "Pressing", "Deliver" open a sentence as words, "Nadolo" would not;
- inside a sentence, it is on no English word list or on the Census name lists ("Wells", "Stillwater"), or
  it is a word of the language standing alone ("The Kestrel folks called"), not in a title-case phrase
  ("Label Created", "Returned To Sender", "Instant Pot") or before a model number ("Pixel 8");
- a common word asks only as a first name inside a sentence ("Thanks, Grace"), never as a month
  ("all of April", "until May"): the date finders own months; a day's name never asks ("due Sunday,
  December 13th"), nor a form of address before a name the rules found ("with Dr. Nguyen"; round 35);
- and the capitalized run it belongs to would survive the checks NER's people pass afterwards anyway: not
  the city and state after an address ("..., Tampa, Florida"), not a street named without its number ("the
  Lincoln Avenue office", round 27), not a business ("Martinez Auto Repair",
  "I bank with Morgan Stanley").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from stream.redaction.context import MONTHS, PERSON, common_words
from stream.redaction.date_words import WEEKDAYS
from stream.redaction.finding import Finding
from stream.redaction.lexicon import all_first_names, all_surnames, english_words
from stream.redaction.name_forms import ADDRESS_TITLES
from stream.redaction.organizations import without_business_names
from stream.redaction.places import without_city_and_state, without_street_names
from stream.redaction.references import REFERENCES
from stream.redaction.spoken import Token

I_FORMS = frozenset({"I", "I'm", "I'll", "I've", "I'd", "OK", "Okay", "Ok"})
SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";", '"'})


def needs_ner(tokens: list[Token], findings: Sequence[Finding]) -> bool:
    """Whether a name only NER can find may be left in ``tokens`` (see the module docstring)."""
    if _name_in_pieces(tokens, findings):
        return True
    asking = _asking(tokens, findings)
    if not asking:
        return False
    found = list(findings)
    for a, b in _capitalized_runs(tokens, asking):
        probe = Finding(tokens[a].start, tokens[b].end, PERSON, "", 0.0)
        kept = without_city_and_state(tokens, [*found, probe])
        kept = without_business_names(tokens, without_street_names(tokens, kept))  # round 27: a street
        if any(f.kind == PERSON and f.start == probe.start and f.end == probe.end for f in kept):
            return True
    return False


def _name_in_pieces(tokens: list[Token], findings: Sequence[Finding]) -> bool:
    """Whether the rules found a written name in pieces that NER takes whole, one value and one token:
    two capitalized name findings side by side ("Gocha Dizon") or around a middle initial
    ("Guiying U. Qian", where the initial is in no finding)."""
    people = sorted((f for f in findings if f.kind == PERSON), key=lambda f: f.start)
    starts = {t.start: i for i, t in enumerate(tokens)}
    for left, right in pairwise(people):
        i, j = starts.get(left.start), starts.get(right.start)
        if i is None or j is None or not tokens[i].text[:1].isupper() or not tokens[j].text[:1].isupper():
            continue
        between = [t.text for t in tokens if left.end <= t.start and t.end <= right.start]
        if not between or (
            len(between) == 2 and len(between[0]) == 1 and between[0].isupper() and between[1] == "."
        ):
            return True
    return False


def _asking(tokens: list[Token], findings: Sequence[Finding]) -> list[int]:
    """The indexes of the capitalized words outside every finding that may be a name only NER finds."""
    common = common_words()
    out: list[int] = []
    ordered = sorted(findings, key=lambda x: x.start)
    sentence_start, f = True, 0
    for i, token in enumerate(tokens):
        word = token.text
        if word in SENTENCE_END:
            sentence_start = True
            continue
        while f < len(ordered) and ordered[f].end <= token.start:
            f += 1
        covered = f < len(ordered) and ordered[f].start <= token.start
        was_start, sentence_start = sentence_start or _restart_of(tokens, i), False
        if covered or not word[0].isupper() or word in I_FORMS or not word.isalpha():
            continue
        if len(word) < 2 or word.isupper() or _glued_to_digits(tokens, i):
            continue
        low = token.low
        if low in WEEKDAYS or (low in ADDRESS_TITLES and _title_of_found_name(tokens, i, ordered)):
            continue  # round 35: a day's name, a title before a name the rules found: no name NER adds
        if low in REFERENCES and low in english_words():
            continue  # round 39: a transaction's word ("Awaiting Pickup", "Order"), no name
        if low in common:
            if not was_start and low in all_first_names() and low not in MONTHS:
                out.append(i)  # "Thanks, Grace", "ask for Will"
        elif was_start:
            if low not in english_words():
                out.append(i)
        elif low not in english_words() or low in all_first_names() or low in all_surnames():
            out.append(i)
        elif not _title_case_phrase(tokens, i) and not _before_model_number(tokens, i):
            out.append(i)  # "The Kestrel folks called": a word of the language alone, only NER can tell
    return out


def _title_of_found_name(tokens: list[Token], i: int, findings: Sequence[Finding]) -> bool:
    """Whether the form of address at ``i`` ("Dr", "Mrs") comes right before (past its ".") a word the rules
    already found as a name ("with Dr. Nguyen"): the title is no name and the name is taken, so nothing is
    left for NER there (round 35: in the pipeline's burst the title alone sent 4 of 5 NER texts, an agent's
    template "... with Dr. <surname>" again and again, and NER then found only the name the rules had)."""
    n = i + 1
    while n < len(tokens) and tokens[n].text == ".":
        n += 1
    if n >= len(tokens):
        return False
    name = tokens[n]
    return any(f.kind == PERSON and f.start <= name.start and name.end <= f.end for f in findings)


def _title_case_phrase(tokens: list[Token], i: int) -> bool:
    """Whether a capitalized word of the language stands beside another capitalized word inside the
    sentence: a status or a product written in title case ("Label Created", "Returned To Sender",
    "Instant Pot"), not a name (a name's words are on the name lists or on no word list)."""
    left = i > 0 and _capitalized(tokens[i - 1]) and not _at_start(tokens, i - 1)
    right = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text[:1].isalpha()
    return left or right


def _before_model_number(tokens: list[Token], i: int) -> bool:
    """Whether the capitalized words from ``i`` on end right before a model number ("Pixel 8", "Whirlpool
    WRF555", "MacBook Air M2"): a product."""
    k = i + 1
    while k < len(tokens) and _capitalized(tokens[k]):
        k += 1
    return k < len(tokens) and any(map(str.isdigit, tokens[k].text))


def _at_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in SENTENCE_END or _restart_of(tokens, i)


def _restart_of(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a word said again after a dash ("Bills- Bills", "My- My")."""
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].low == tokens[i].low


def _glued_to_digits(tokens: list[Token], i: int) -> bool:
    """Whether the word is part of a code written without spaces ("W16090815", "1ZX8HXNJ51")."""
    before = i > 0 and tokens[i - 1].end == tokens[i].start and any(map(str.isdigit, tokens[i - 1].text))
    after = (
        i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and any(map(str.isdigit, tokens[i + 1].text))
    )
    return before or after


def _capitalized_runs(tokens: list[Token], asking: list[int]) -> list[tuple[int, int]]:
    """The run of capitalized words around each asking word (the span NER would most likely take)."""
    runs: list[tuple[int, int]] = []
    for i in asking:
        if runs and runs[-1][0] <= i <= runs[-1][1]:
            continue
        a = i
        while a > 0 and _capitalized(tokens[a - 1]):
            a -= 1
        b = i
        while b + 1 < len(tokens) and _capitalized(tokens[b + 1]):
            b += 1
        runs.append((a, b))
    return runs


def _capitalized(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.text not in I_FORMS
