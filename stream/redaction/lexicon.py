"""Word lists shipped with the redactor (``lexicons/``), loaded once: public name lists, the USPS
street suffix and unit designator tables, and the words that are not names.

Each file states its source in its header. Nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("stream.redaction").joinpath(f"lexicons/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def street_suffixes() -> dict[str, str]:
    """USPS Publication 28 C1: every written form of a street suffix -> its standard abbreviation,
    less the abbreviations that are everyday words in speech ("is" for Island, "via", "la")."""
    pairs = (line.split("\t", 1) for line in _lines("usps_street_suffixes.c1.txt"))
    return {k: v for k, v in pairs if k not in _SPOKEN_WORDS}


_SPOKEN_WORDS = frozenset({"is", "via", "un", "la", "est", "ext", "div", "cen"})


@lru_cache(maxsize=1)
def unit_designators() -> dict[str, str]:
    """USPS Publication 28 C2: every written form of a secondary unit designator -> its abbreviation."""
    return dict(line.split("\t", 1) for line in _lines("usps_unit_designators.c2.txt"))


@lru_cache(maxsize=1)
def route_designators() -> dict[tuple[str, ...], str]:
    """USPS Publication 28's address forms without a street suffix: each designator phrase (a tuple
    of lower-case words: "po box", "rural route", "farm to market road") -> box, route or highway."""
    pairs = [line.split("\t", 1) for line in _lines("usps_box_route_highway.txt")]
    said = {tuple(phrase.split()): kind for kind, phrase in pairs}
    # round 22: an abbreviation of two or three letters is also said letter by letter ("HC" -> "h c five box
    # ...", v12 left one highway contract box in clear); the list holds a few such forms ("r r"), now all
    # (box, route and military forms only: "c r", "s r" of the highway forms are letters of many IDs)
    spelled = {
        tuple(k[0]): kind
        for k, kind in said.items()
        if len(k) == 1 and kind != "highway" and _abbreviation(k[0])
    }
    return spelled | said


def _abbreviation(word: str) -> bool:
    return 2 <= len(word) <= 3 and word.isalpha()


@lru_cache(maxsize=1)
def all_first_names() -> frozenset[str]:
    """Census 1990 and SSA first names, common English words ("grace", "will") included."""
    return frozenset(_lines("first_names.census1990.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Census 1990 and SSA first names that are not common English words."""
    from stream.redaction.context import common_words

    common = common_words()
    return frozenset(w for w in all_first_names() - common if not _plural_of(w, common))


def _plural_of(word: str, common: frozenset[str]) -> bool:
    """ "numbers", "miles"-like plurals of an everyday word: a word in lower case, not a first name."""
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and word[:-1] in common


@lru_cache(maxsize=1)
def all_surnames() -> frozenset[str]:
    """Census 1990 surnames, common English words ("gross", "young") included."""
    return frozenset(_lines("surnames.census1990.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Census 1990 surnames that are not common English words."""
    from stream.redaction.context import common_words

    return all_surnames() - common_words()


def is_name(low: str) -> bool:
    return low in first_names() or low in surnames()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """SCOWL's American English words in lower case (names that are also words, "will", "rose",
    included): a word said in lower case that is on no list of the language may be a name."""
    return frozenset(_lines("english_words.scowl.txt"))


def off_every_list(low: str) -> bool:
    """A word of three letters or more that is no English word, no number word and no filler the word
    lists know: the shape of a name nobody listed ("mwamini", "haytor") or of an ASR mis-spelling."""
    return len(low) > 2 and low not in known_words() and low.isalpha()


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """SCOWL's English words and the common-word lists together: the words of the language."""
    from stream.redaction.context import common_words

    return english_words() | common_words()


@lru_cache(maxsize=1)
def multi_word_states() -> frozenset[tuple[str, ...]]:
    """The state names of two or more words ("puerto rico", "new york")."""
    return frozenset(name for name in state_names() if len(name) > 1)


@lru_cache(maxsize=1)
def state_abbreviations() -> frozenset[str]:
    """USPS Publication 28's two-letter state and possession abbreviations, lower case ("fl", "nc")."""
    return frozenset(line.split("\t", 1)[0].lower() for line in _lines("usps_states.txt"))


@lru_cache(maxsize=1)
def state_names() -> frozenset[tuple[str, ...]]:
    """USPS Publication 28's states and possessions, each as its words ("new", "york"), lower case."""
    return frozenset(tuple(line.split("\t", 1)[1].split()) for line in _lines("usps_states.txt"))
