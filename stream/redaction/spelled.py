"""Spelled-out names and IDs: "S as in Sam, M, I, T, H", "s-m-i-t-h", "A B one two three four",
"romeo oscar sierra echo", "bravo kilo four four seven".

Callers spell what the agent cannot hear well, which is mostly names and IDs. A run of three or
more single letters (or any letter said "as in" a word), with pauses, commas, hyphens or "double"
between them, is a spelled value: a name when it is letters only, an ID when digits are mixed in.
Letters said as ICAO/NATO spelling-alphabet words count as letters inside a run of three or more
of them, or of two before digits ("x-ray yankee six hundred ...").
"""

from __future__ import annotations

from stream.redaction.context import ACCOUNT, PERSON
from stream.redaction.finding import Finding
from stream.redaction.lexicon import known_words
from stream.redaction.spoken import NUMBER_WORDS, REPEAT, SEPARATORS, UNITS, WEAK, Token

_LETTER_SEPARATORS = SEPARATORS | {"then"}
# the ICAO/NATO spelling alphabet (with the spellings recognizers write: "alpha", "juliet", "whisky")
NATO = frozenset(
    {"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
     "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
     "uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu"}
)  # fmt: skip
# English letters said as their names (the A-Z table of the spoken alphabet, with the spellings ASR
# writes): read as letters only inside an identifier's run (``closure``), never in prose
LETTER_NAMES = {
    "ay": "a", "bee": "b", "be": "b", "cee": "c", "see": "c", "sea": "c", "dee": "d", "ee": "e", "ef": "f",
    "eff": "f", "gee": "g", "aitch": "h", "haitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l",
    "ell": "l", "em": "m", "en": "n", "pee": "p", "cue": "q", "queue": "q", "ar": "r", "are": "r",
    "ess": "s", "tee": "t", "tea": "t", "you": "u", "vee": "v", "ex": "x", "why": "y", "zee": "z", "zed": "z",
}  # fmt: skip
# "w" is "double you": two tokens, read by ``closure`` ("double" before "you")
_NATO_RUN = 3  # this many spelling-alphabet words in a row are letters ("delta echo" alone may be words)


def find_spelled(tokens: list[Token]) -> list[Finding]:
    found: list[Finding] = []
    nato = _nato_letters(tokens)
    i = 0
    while i < len(tokens):
        run = _spelled_at(tokens, i, nato)
        if run is None:
            i += 1
            continue
        last, letters, digits, said_as = run
        total = len(letters) + len(digits)
        if not digits and not said_as and "".join(letters).lower() in _FIELD_ABBREVIATIONS:
            i = last + 1  # "D O B would be October 11, 1997": the field's name said by its letters
            continue
        if (
            len(letters) >= 3
            or (said_as and total >= 2)
            or (digits and total >= 4)
            or (len(letters) == 2 and not digits and _spells_word_before(tokens, i, "".join(letters)))
            or (len(letters) == 2 and not digits and _after_spelling_word(tokens, i, "".join(letters)))
        ):
            kind = ACCOUNT if digits else PERSON
            value = "".join(letters + digits)
            found.append(Finding(tokens[i].start, tokens[last].end, kind, value.lower()))
            i = last + 1
        else:
            i += 1
    return found


# field names said as letters (round 17: v16 had "d o b would be ..." five times), never a value
_FIELD_ABBREVIATIONS = frozenset({"dob", "ssn", "cvv", "cvc", "otp", "pin", "zip"})
# said between a short name and its spelling ("Chiara Li, that's L-I")
_BEFORE_SHORT_SPELLING = frozenset({",", ".", "-", ":", "that's", "thats", "it's", "spelled", "spelt", "so"})


# words that say letters come next (round 20, v19: "people always miss a letter v o")
_SPELLING_WORDS = frozenset({"spelled", "spelt", "spell", "spelling", "letter", "letters"})
_AFTER_SPELLING_WORD = frozenset({",", ":", "-", "is", "it's", "its", "it"})


def _after_spelling_word(tokens: list[Token], i: int, letters: str) -> bool:
    """Two letters right after "spelled", "letter" or "letters" (past "is", "it's", a comma) that make
    no everyday word spell a short name ("it's spelled v o"); "spelled o k" and "the letters a m" stay."""
    k = i - 1
    while k >= 0 and tokens[k].low in _AFTER_SPELLING_WORD:
        k -= 1
    if k < 0 or tokens[k].low not in _SPELLING_WORDS:
        return False
    return letters.lower() not in known_words()


def _spells_word_before(tokens: list[Token], i: int, letters: str) -> bool:
    """ "Okay, Chiara Li, that's L-I": two letters spelled right after a word of those two letters, which
    is not an everyday word ("ok, that's o k"), spell that short name (round 17: v16 left one in clear)."""
    k = i - 1
    while k >= 0 and tokens[k].low in _BEFORE_SHORT_SPELLING:
        k -= 1
    if k < 0 or k == i - 1 or tokens[k].low != letters.lower():
        return False
    return tokens[k].low not in known_words()


def _nato_letters(tokens: list[Token]) -> dict[int, int]:
    """Spelling-alphabet words that spell: token index -> index of the word's last token ("x-ray")."""
    if not any(t.low in NATO or t.low == "ray" for t in tokens):
        return {}
    out: dict[int, int] = {}
    j = 0
    while j < len(tokens):
        run: dict[int, int] = {}
        k = j
        while k < len(tokens):
            end = _nato_word_end(tokens, k)
            if end is not None:
                run[k] = end
                k = end + 1
            elif run and tokens[k].low in _LETTER_SEPARATORS:
                k += 1
            else:
                break
        nxt = tokens[k].low if k < len(tokens) else ""
        before_digits = nxt.isdigit() or (nxt in NUMBER_WORDS and nxt not in WEAK) or nxt in REPEAT
        if len(run) >= _NATO_RUN or (len(run) >= 2 and before_digits):
            out.update(run)
        j = max(k, j + 1)
    return out


def _nato_word_end(tokens: list[Token], k: int) -> int | None:
    low = tokens[k].low
    if low in NATO:
        return k
    if low == "x" and k + 2 < len(tokens) and tokens[k + 1].text in HYPHENS and tokens[k + 2].low == "ray":
        return k + 2
    return None


def _spelled_at(
    tokens: list[Token], i: int, nato: dict[int, int]
) -> tuple[int, list[str], list[str], bool] | None:
    """(last index, letters, digits, whether any letter was said "as in") of a spelled run at ``i``."""
    if (
        not _is_letter(tokens, i)
        and i not in nato
        and not (tokens[i].low in REPEAT and _is_letter(tokens, i + 1))
    ):
        return None
    letters: list[str] = []
    digits: list[str] = []
    said_as = False
    last = -1
    j = i
    while j < len(tokens):
        low = tokens[j].low
        if low in REPEAT and _is_letter(tokens, j + 1):
            letters.extend([tokens[j + 1].low] * REPEAT[low])
            last = j = j + 1
        elif j in nato:
            letters.append(low[0])
            last = j = nato[j]
            said_as = True
        elif _is_letter(tokens, j) or (letters and _closing_letter(tokens, j)):
            letters.append(low)
            last = j
            if (end := alias_end(tokens, j)) is not None:
                said_as = True
                last = end  # the spelling word whole ("x as in x-ray", not "p like pepper-A"'s "A")
                if _compound_alias(tokens, last + 1):
                    last += 1  # "i as in ice cream, e n": the word spelling the letter has two
                j = last
        elif letters and (low.isdigit() or (low in UNITS and low not in WEAK)):
            digits.append(low if low.isdigit() else UNITS[low])
            last = j
        elif low not in _LETTER_SEPARATORS or last < 0:
            break
        j += 1
    if last < 0:
        return None
    return last, letters, digits, said_as


def _is_letter(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    text = tokens[j].text
    if len(text) != 1 or not text.isalpha():
        return False
    # "I" and "a" are words; they count as letters only next to other spelled letters, or "as in"
    if text in ("I", "a", "A", "i"):
        return _neighbour_is_letter(tokens, j) or _as_in(tokens, j) or _opens_group_after_dash(tokens, j)
    return True


_SPOKEN_DASHES = frozenset({"dash", "hyphen"})
_MAX_LETTER_WORDS = 3  # "a", "a a", "a i a" after a dash; a longer run of them is no code's group


def _opens_group_after_dash(tokens: list[Token], j: int) -> bool:
    """ "... five dash a two six dash ...": "a" right after a spoken "dash" that follows a digit or a letter,
    and before a digit, opens the code's next group; no article comes after "dash" (round 33: v32 left a
    court's case number in clear, its run cut at that "a" and too short on either side). Up to three such
    letters together ("dash a a two four", round 35: v34 left the last group of a file number in clear)."""
    first, last = j, j
    while first > 0 and j - first < _MAX_LETTER_WORDS - 1 and tokens[first - 1].low in _WORD_LETTERS:
        first -= 1  # round 35: "dash a a two four": letters said as words open the group together
    while (
        last + 1 < len(tokens) and last - j < _MAX_LETTER_WORDS - 1 and tokens[last + 1].low in _WORD_LETTERS
    ):
        last += 1
    if last - first >= _MAX_LETTER_WORDS or first < 2 or last + 1 >= len(tokens):
        return False
    if tokens[first - 1].low not in _SPOKEN_DASHES:
        return False
    before, after = tokens[first - 2].low, tokens[last + 1].low
    return (before.isdigit() or before in UNITS or (len(before) == 1 and before.isalpha())) and (
        after.isdigit() or (after in UNITS and after not in WEAK)
    )


def _neighbour_is_letter(tokens: list[Token], j: int) -> bool:
    for k in (j - 2, j - 1, j + 1, j + 2):
        if 0 <= k < len(tokens) and k != j:
            t = tokens[k].text
            if len(t) == 1 and t.isalpha() and t not in ("I", "a", "A", "i"):
                return True
    return False


def _as_in(tokens: list[Token], j: int) -> bool:
    """Whether letter ``j`` is followed by the word that spells it ("as in <word>", "for <word>")."""
    return alias_end(tokens, j) is not None


_ALIAS_WORDS = frozenset({"for", "like"})
_WORD_LETTERS = frozenset({"i", "a"})


def alias_end(tokens: list[Token], j: int) -> int | None:
    """The index of the last token of the word that spells letter ``j``, or None: "S as in Sam", and (round
    13, v12 said it ~34 times) "s for sugar", "U like uncle" - "for"/"like" only when the word after it
    begins with that letter, so "b for business" spells and "I like pasta", "a for sale sign" stay prose ("I"
    and "a" take "for"/"like" only next to other spelled letters). The word is taken whole with its joiners
    (``spelling_word_end``): "x as in x-ray", "o as in o'brien" (round 41: v44 left "x as in x-ray a" of an
    ID in clear, the hyphenated word read by one finder and not by the others)."""
    if (
        j + 3 < len(tokens)
        and tokens[j + 1].low == "as"
        and tokens[j + 2].low == "in"
        and _word_text(tokens[j + 3].low).isalpha()
    ):
        return spelling_word_end(tokens, j + 3)
    if j + 2 >= len(tokens) or tokens[j + 1].low not in _ALIAS_WORDS:
        return None
    end = spelling_word_end(tokens, j + 2)
    letter, word = (
        tokens[j].low,
        "".join(_word_text(t.low) for t in tokens[j + 2 : end + 1] if t.text not in HYPHENS),
    )
    if len(tokens[j].text) != 1 or not word.isalpha() or len(word) < 3 or word[0] != letter:
        return None
    if letter in _WORD_LETTERS and not (_neighbour_is_letter(tokens, j) or _spelling_before(tokens, j)):
        return None
    return end


# the joiners ASR writes inside one word ("x-ray", "t\u2011bone"); an apostrophe stays inside its token
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_APOSTROPHES = ("'", "\u2019")


def _word_text(low: str) -> str:
    """A word's letters without its apostrophes ("o'brien" -> "obrien")."""
    for mark in _APOSTROPHES:
        low = low.replace(mark, "")
    return low


def spelling_word_end(tokens: list[Token], k: int) -> int:
    """The last token of the word at ``k`` that spells a letter, with the parts a hyphen joins to it
    ("x-ray", "X-ray", "t-bone": a part of two letters or more; "pepper-A" ends before the "A", the next
    letter) and the "ray" of "x ray" written apart. The one home of a spelling word's extent: the spelled
    finder, span closure and the read-back all read it."""
    end = k
    if tokens[k].low == "x" and k + 1 < len(tokens) and tokens[k + 1].low == "ray":
        end = k + 1  # "x ray": the spelling alphabet's x-ray written as two words
    while (
        end + 2 < len(tokens)
        and tokens[end + 1].text in HYPHENS
        and tokens[end + 2].text.isalpha()
        and len(tokens[end + 2].text) > 1
    ):
        end += 2
    return end


def _spelling_before(tokens: list[Token], j: int) -> bool:
    """Whether the word before letter ``j`` (past a comma or hyphen) spells a letter ("... a like
    alpaca i like iron", "... l like ladder-I like iron"): "I" and "a" inside a spelling go on it."""
    k = j - 1
    while k >= 0 and tokens[k].low in (",", "-", "."):
        k -= 1
    return k >= 2 and alias_of(tokens, k) is not None


def alias_of(tokens: list[Token], k: int) -> int | None:
    """The index of the letter that word ``k`` spells ("sam" in "S as in Sam", "sugar" in "s for
    sugar", "ray" in "x as in x-ray"), or None."""
    start = k
    while start >= 2 and tokens[start - 1].text in HYPHENS and tokens[start - 2].text.isalpha():
        start -= 2  # "x as in x-ray": the word's first part
    if start >= 1 and tokens[start].low == "ray" and tokens[start - 1].low == "x":
        start -= 1  # "x ray"
    for j in (start - 3, start - 2):
        if j >= 0 and alias_end(tokens, j) == k:
            return j
    return None


def _compound_alias(tokens: list[Token], k: int) -> bool:
    """Whether word ``k``, right after a letter's "as in <word>", is the second word of that word
    ("ice cream", "new york"): the spelling goes on after it with another letter."""
    if k + 1 >= len(tokens) or len(tokens[k].text) < 2 or not tokens[k].text.isalpha():
        return False
    if tokens[k].low in _LETTER_SEPARATORS or tokens[k].low in NATO or tokens[k].low in REPEAT:
        return False
    if tokens[k].low in NUMBER_WORDS:
        return False  # round 27: "d a as in adam two e r": a digit of the ID, no second word of "adam"
    n = k + 1
    while n < len(tokens) and tokens[n].low in (",", "-", "."):
        n += 1
    doubled = n + 1 < len(tokens) and tokens[n].low in REPEAT and _is_letter(tokens, n + 1)
    return doubled or _is_letter(tokens, n)


def _closing_letter(tokens: list[Token], j: int) -> bool:
    """ "A" or "I" inside a spelled run ("G, A, R, C, I, A"): a letter unless a word follows it; right
    after a letter's "as in <word>" and before a comma ("K as in kite I, ..."), a letter too."""
    text = tokens[j].text
    if text not in ("I", "a", "A", "i"):
        return False
    if (
        j >= 3
        and alias_of(tokens, j - 1) is not None
        and j + 1 < len(tokens)
        and tokens[j + 1].low in (",", ".", "?")
    ):
        return True
    k = j + 1
    while k < len(tokens) and tokens[k].low in _LETTER_SEPARATORS and tokens[k].low != "and":
        k += 1
    return k >= len(tokens) or not tokens[k].text.isalpha() or len(tokens[k].text) == 1
