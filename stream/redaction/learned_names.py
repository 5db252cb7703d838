"""The learned name finder: a token classifier for names no rule explains ("oanh uh peircin", "my
driver was lokelani", "vlasta eminov calling about ...").

Eight rounds of per-class rules each reached 1.000 on the half they were fitted to and 0.62-0.91 on names
in the next half: names of many origins, said without a cue, in places no rule listed. This finder decides
per token from what a list cannot give — the token's shape and letters, whether it is a word of the
language, the words around it, a repeat earlier in the call (``name_features``) — with weights learned by
``bench/pii_train_names.py`` (an averaged perceptron; ``lexicons/person_tagger.v2.txt`` says on what). It
runs after the rule finders, only on alphabetic tokens none of them took, and is one more finder: the rules
stay. Cost: a few dozen dictionary look-ups a token, no model library.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from importlib import resources

from stream.redaction.context import PERSON
from stream.redaction.finding import Finding
from stream.redaction.lexicon import known_words, state_names
from stream.redaction.name_features import token_features
from stream.redaction.name_forms import ROLE_WORDS
from stream.redaction.spoken import Token
from stream.redaction.street_pr import SPANISH_STREET_TYPES

MODEL_FILE = "person_tagger.v2.txt"
# a token is part of a name when its weights sum above this; 0 is the perceptron's own boundary, and the
# held-out split of the training data (docs/pii.md, round 9) is reported at this value
THRESHOLD = 0.0
# beside a name the bar is lower (set a priori, not fitted: a sixth of the spread of scores around 0)
NEIGHBOUR_THRESHOLD = -6.0
_GAP = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", "hmm", ",", "-"})
# words the finder never takes, whatever their weights: one or two letters (spelled letters, "uh") belong to
# the spelling and filler rules; words of the language ("paid", "kite", "crack", "will", SCOWL and the
# common-word lists) to the cue rules, which know when "will" or "grace" is a name; a US state and the city
# said before it ("dayton ohio") are places; role words on no list ("cardholder", "policyholder":
# name_forms.ROLE_WORDS) are roles
_MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    return frozenset(w for name in state_names() for w in name)


def _place(tokens: list[Token], i: int) -> bool:
    """A state's word, one of the two words before a state ("dayton ohio", "warner robins georgia"), or
    the word after a Spanish street type ("the calle ocho festival": a street's name; with a house number
    the address recognizers take it first). Round 14: retrained with v11-v13, the finder scored "ocho"
    there as a name."""
    if tokens[i].low in _state_words() or (i > 0 and tokens[i - 1].low in SPANISH_STREET_TYPES):
        return True
    states = state_names()
    for j in (i + 1, i + 2):
        if j >= len(tokens) or (j > i + 1 and not tokens[i + 1].low.isalpha()):
            break
        for n in (1, 2, 3):
            if j + n <= len(tokens) and tuple(t.low for t in tokens[j : j + n]) in states:
                return True
    return False


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    text = resources.files("stream.redaction").joinpath(f"lexicons/{MODEL_FILE}").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            feature, _, value = line.rpartition("\t")
            out[feature] = float(value)
    return out


class _SaidBefore:
    """The words said before token ``i``, as a container: one dictionary of first positions per text
    instead of a set per candidate (which grew with the text's length for every candidate)."""

    __slots__ = ("_first", "_i")

    def __init__(self, first_said: dict[str, int], i: int) -> None:
        self._first, self._i = first_said, i

    def __contains__(self, low: object) -> bool:
        return isinstance(low, str) and self._first.get(low, self._i) < self._i


def name_score(tokens: list[Token], i: int, earlier: Container[str]) -> float:
    w = weights()
    return sum(w.get(f, 0.0) for f in token_features(tokens, i, earlier))


def learned_names(tokens: list[Token], found: list[Finding], threshold: float = THRESHOLD) -> list[Finding]:
    """PERSON findings for the runs of tokens the model calls a name, outside every finding so far; a
    hyphen between two such tokens joins them ("giap-obeidat"). A token next to a name (a hit or a
    person a rule found; a filler, comma or hyphen may stand between) needs only ``NEIGHBOUR_THRESHOLD``:
    the second word of "gathoni uh kapaona" is judged beside the first."""
    known = known_words()
    candidates = [
        i
        for i, tok in enumerate(tokens)
        if len(tok.low) >= _MIN_LETTERS
        and tok.low not in known
        and tok.low.isalpha()
        and tok.low not in ROLE_WORDS
    ]
    if not candidates:
        return []  # most texts: every word is a word of the language or was taken by a rule
    scores: dict[int, float] = {}
    first_said: dict[str, int] = {}
    for k, t in enumerate(tokens):
        first_said.setdefault(t.low, k)
    for i in candidates:
        tok = tokens[i]
        if not any(f.start < tok.end and tok.start < f.end for f in found) and not _place(tokens, i):
            scores[i] = name_score(tokens, i, _SaidBefore(first_said, i))
    if not scores:
        return []
    anchors = {
        i
        for i, tok in enumerate(tokens)
        if any(f.kind == PERSON and f.start <= tok.start and tok.end <= f.end for f in found)
    }
    hits = {i for i, v in scores.items() if v > threshold}
    anchors |= hits
    grown = True
    while grown:
        grown = False
        for i, v in scores.items():
            if i not in hits and v > NEIGHBOUR_THRESHOLD and _beside(tokens, i, anchors):
                hits.add(i)
                anchors.add(i)
                grown = True
    return _runs(tokens, sorted(hits))


def _beside(tokens: list[Token], i: int, anchors: set[int]) -> bool:
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(tokens) and tokens[j].low in _GAP:
            j += step
        if j in anchors and abs(j - i) <= 3:
            return True
    return False


def _runs(tokens: list[Token], hits: list[int]) -> list[Finding]:
    out: list[Finding] = []
    k = 0
    while k < len(hits):
        first = last = hits[k]
        while k + 1 < len(hits) and (
            hits[k + 1] == last + 1 or (hits[k + 1] == last + 2 and tokens[last + 1].low == "-")
        ):
            k += 1
            last = hits[k]
        words = [tokens[j].low for j in range(first, last + 1) if tokens[j].low.isalpha()]
        out.append(Finding(tokens[first].start, tokens[last].end, PERSON, " ".join(words), 0.7))
        k += 1
    return out
