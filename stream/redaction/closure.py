"""Span closure: an identifier is redacted whole, never cut at a word the recognizer did not expect.

A recognizer that finds part of an identifier ("... double four one nine four nine" after a spelled
"A as in Adam, K") grows the span over the whole contiguous run that belongs to it: spelled letters
("A as in Adam", "P L"), digits and digit words, "oh", "double"/"triple", and fillers, pauses and
separators inside the run. The value is then read again from the whole run (letters and digits in
order), so the spoken and the written identifier give one value, and one token. Overlapping findings
are merged into one span, so no part of either is left in clear.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from stream.redaction.backchannels import (
    CUE_WINDOW,
    MAX_ASIDE_WORDS,
    MAX_WORDS,
    READING_ON,
    is_aside,
    is_backchannel,
)
from stream.redaction.context import (
    ACCOUNT,
    ADDRESS,
    CARD,
    EMAIL,
    NUMBER,
    PERSON,
    PHONE,
    SSN,
    ZIP,
    common_words,
    kind_before,
)
from stream.redaction.finding import Finding
from stream.redaction.lexicon import english_words
from stream.redaction.name_forms import with_possessive_surname
from stream.redaction.readback import (
    joined_across_asides,
    with_card_rest,
    with_letter_corrected,
    with_tail,
    with_taken_back,
)
from stream.redaction.spelled import HYPHENS, LETTER_NAMES, NATO, alias_end, alias_of
from stream.redaction.spoken import (
    LAST_WORDS,
    NUMBER_WORDS,
    PRONOUN_ONE_BEFORE,
    REPAIRED,
    REPEAT,
    SEPARATORS,
    TEENS,
    TENS,
    UNITS,
    WEAK,
    Token,
    after_charge,
    filler_ending_at,
    filler_words,
    glued_hyphen,
    group_at,
    read_again_to_the_weak_digit,
    repair_at,
)

ID_KINDS = frozenset({ACCOUNT, SSN, CARD, PHONE, ZIP, NUMBER})
GLUE = (SEPARATORS - {"and", "then"}) | {"*", "#", "space", "slash", "hyphen", "uhm", "mm", "hm"}
_INNER_GLUE = frozenset({"and", "then"})  # only between two parts of a run, never at its edge
_STRONG_WORDS = (frozenset(UNITS) - WEAK) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand"}
_PRONOUN_LETTERS = frozenset({"a", "i"})
_WEAK_WORDS = frozenset({"to", "for", "too", "ate", "won"})


def close_spans(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """Findings with identifier spans grown over their whole run, overlaps merged."""
    if not tokens:
        return findings
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    grown: list[Finding] = []
    emails = [(f.start, f.end) for f in findings if f.kind == EMAIL]
    for f in findings:
        first, last = starts.get(f.start), ends.get(f.end)
        if f.kind in (PERSON, ADDRESS) and first is not None and last is not None:
            whole = _whole_compound(tokens, f, first, last)
            end = ends.get(whole.end)
            grown.append(whole if end is None else with_possessive_surname(tokens, whole, end))
            continue
        if (
            f.kind not in ID_KINDS
            or first is None
            or last is None
            or any(s <= f.start and f.end <= e for s, e in emails)  # "mrayford1971@...": the address's
        ):
            grown.append(f)
            continue
        by_shape = f.kind == ACCOUNT or len(f.value) >= 7  # an identifier by its own shape, cue or not
        new_first, new_last = _grow_left(tokens, first, by_shape), _grow_right(tokens, last)
        if (
            new_first > 0
            and tokens[new_first - 1].text == "("
            and any(t.text == ")" for t in tokens[new_first : new_last + 1])
        ):
            new_first -= 1  # "(555) 123-4567" whole
        if (new_first, new_last) == (first, last):
            grown.append(f)
            continue
        value = read_value(tokens, new_first, new_last)
        kind = ACCOUNT if any(c.isalpha() for c in value) else f.kind
        grown.append(Finding(tokens[new_first].start, tokens[new_last].end, kind, value, f.score))
    named = frozenset(starts[f.start] for f in findings if f.kind == PERSON and f.start in starts)
    merged = merge_overlaps(
        tokens, [_without_trailing_preposition(tokens, f, starts, ends, named) for f in grown]
    )
    placed = [_with_area_code(tokens, starts, f) for f in merged]
    reasked = merge_overlaps(tokens, [_with_first_reading(tokens, starts, f) for f in placed])
    read_back = merge_overlaps(
        tokens,
        [
            with_taken_back(
                tokens,
                starts,
                with_letter_corrected(tokens, starts, with_tail(tokens, ends, f, ID_KINDS)),
                ID_KINDS,
            )
            for f in reasked
        ],
    )
    joined = joined_across_asides(tokens, starts, ends, read_back, ID_KINDS)
    joined = merge_overlaps(tokens, [with_card_rest(tokens, ends, f, ID_KINDS) for f in joined])
    twice = [part for f in joined for part in _read_twice(tokens, starts, ends, f)]
    return _name_before_repair(_names_corrected(twice, tokens, starts, ends), tokens, starts)


def _read_twice(
    tokens: list[Token], starts: dict[int, int], ends: dict[int, int], f: Finding
) -> list[Finding]:
    """A number read whole twice with "so" between ("(867) 448-7876, so 867-448-7876"): two findings of
    one value, "so" left readable (round 16: v15 had 3; both readings give the same token). Any short
    run of words between two equal readings is the caller's, not the number's ("..., again, ...", "...
    did you catch it ...": round 17, v16 had 4)."""
    first, last = starts.get(f.start), ends.get(f.end)
    if f.kind not in ID_KINDS or first is None or last is None or len(f.value) < 7:
        return [f]
    k = first + 1
    while k < last:
        gap_end = _reread_gap_end(tokens, k, last)
        if gap_end is None:
            k += 1
            continue
        a, b = _skip_glue_left(tokens, k - 1), _skip_glue(tokens, gap_end + 1)
        if tokens[a].low == "one" and tokens[k].low in ("more", "last") and a > first:
            a = _skip_glue_left(tokens, a - 1)  # round 22: "..., one more time, ...": "one" opens the aside
        k = gap_end + 1
        if tokens[a].text == "(" or b > last or a < first:
            continue
        left, right = read_value(tokens, first, a), read_value(tokens, b, last)
        if len(right) == 10 and left == "1" + right:
            left = right  # round 18: "one <ten digits> once more <ten digits>": the country code said once
        if tokens[last].low in WEAK and len(right) + 1 == len(left):
            right += UNITS[tokens[last].low]  # "... eight to": the second reading's last digit
        if left == right and len(left) >= 7:
            return [
                Finding(f.start, tokens[a].end, f.kind, left, f.score),
                Finding(tokens[b - (tokens[b - 1].text == "(")].start, f.end, f.kind, left, f.score),
            ]
    return [f]


_MAX_REREAD_GAP = 6
_GAP_GLUE = GLUE | {"?", "!"}  # "... You got that? ...": the question is the caller's, as "so" is


def _reread_gap_end(tokens: list[Token], k: int, last: int) -> int | None:
    """The last token of a run of words at ``k`` that cannot be part of a number ("so", "again", "did
    you catch it"; glue inside), or None."""
    opens_with_letter = not _gap_word(tokens[k].low) and _gap_word(tokens[k].low, inside=True)
    if not _gap_word(tokens[k].low) and not opens_with_letter:
        return None
    m, words, plain = k, 0, not opens_with_letter
    while m + 1 < last and (
        _gap_word(tokens[m + 1].low, inside=True)
        or tokens[m + 1].low in _GAP_GLUE
        or _pronoun_i_inside(tokens, m + 1, last)
    ):
        m += 1
        words += _gap_word(tokens[m].low, inside=True)
        plain = plain or _gap_word(tokens[m].low)
    # round 18: a run may open with a letter's name when a plain word follows ("... You got that? ...",
    # v17 had 4); the two readings must still be equal, so an identifier ending in "u" is not cut there
    return m if words < _MAX_REREAD_GAP and plain else None


def _pronoun_i_inside(tokens: list[Token], k: int, last: int) -> bool:
    """ "<phone> what er i said <phone>", "... What? I said ...": the pronoun "I" inside the run, before
    another word of it, is the caller's (round 30: v29 had 6 numbers read twice so, "what", the
    hesitation and "I" redacted with the first reading). The two readings must still be equal."""
    n = _skip_glue(tokens, k + 1)
    return tokens[k].low == "i" and n < last and _gap_word(tokens[n].low)


def _gap_word(low: str, inside: bool = False) -> bool:
    """A word no number is read with; inside the run, a letter's name is a word too ("did you catch")."""
    return (
        len(low) > 1
        and low.isalpha()
        and low not in UNITS
        and low not in TEENS
        and low not in TENS
        and low not in REPEAT
        and low not in NATO
        and (inside or low not in LETTER_NAMES)
        and low not in GLUE
        and low not in ("hundred", "thousand")
    )


_REASK_MARKS = frozenset({",", ".", "?", "...", "…", "-"})


def _with_first_reading(tokens: list[Token], starts: dict[int, int], f: Finding) -> Finding:
    """An identifier read again whole after the agent's re-ask ("H A, three four five... sorry, could
    you repeat that? H A, three four five uhm one four two three") with the first reading and the
    re-ask in its span: the first reading is the value's beginning, so it is the same identifier
    (round 13: v12 left the first reading or the re-ask in clear before 8 such identifiers)."""
    first = starts.get(f.start)
    if f.kind not in ID_KINDS or first is None or len(f.value) < 6:
        return f
    k, words = first - 1, 0
    while k >= 0 and words <= MAX_ASIDE_WORDS:
        low = tokens[k].low
        if low in _REASK_MARKS:
            k -= 1
        elif low.isalpha() and is_aside(low) and _material_ending_at(tokens, k) is None:
            words, k = words + 1, k - 1
        else:
            break
    if words == 0 or words > MAX_ASIDE_WORDS or k < 0 or (p := _material_ending_at(tokens, k)) is None:
        return f
    p = _grow_left(tokens, p, by_shape=True)
    said = read_value(tokens, p, k)
    if len(said) < 3 or not f.value.startswith(said):
        return f
    return Finding(tokens[p].start, f.end, f.kind, f.value, f.score)


# what a caller says between a name and the same person's name said again ("Popi, I mean Kalliopi",
# "bolek well boleslaw"): round 13, v12 left "I mean"/"well" in clear between 17 such pairs
# ("well" and "no" are not: v8 reads "Dovis, well Mushlisa ..." and "Ildiremoglu- no, Olowokeere" as two
# names with a word between them that stays in clear)
_NAME_REPAIR = frozenset({",", "i", "mean", "sorry", "-", "..."})
_NAME_REPAIR_WORDS = 3


# round 31: "er <unlisted first name> sorry <first name> <surname>": a caller who corrects the name he began
# with. The corrected name is found; the word he said first is on no name list, so it stayed in clear (v30's
# one miss). A word no English list holds, alone at the utterance's start (or after a hesitation, a comma,
# "it's"), right before "sorry" / "I mean" and a name found, is the name being corrected.
_REPAIR_CUES = frozenset({"sorry", "mean"})
# round 38: inside a sentence too, not only at its start or after a hesitation, a comma or "it's" ("hold on
# <unlisted name> sorry <first> <surname>": v36 left one such given name in clear), unless a determiner
# makes the unlisted word a thing ("the <word> sorry ...")
_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "its"}
)


def _name_before_repair(
    findings: list[Finding], tokens: list[Token], starts: dict[int, int]
) -> list[Finding]:
    """A name found right after a repair ("sorry", "I mean") and the one unlisted word said before the
    repair, found as a name of its own: the repair's words stay in clear (v30 reads them as no name)."""
    out: list[Finding] = []
    for f in findings:
        b = starts.get(f.start)
        a = None if b is None or f.kind != PERSON else _first_said_before(tokens, b)
        if a is None or any(g.start <= tokens[a].start < g.end for g in findings):
            out.append(f)
            continue
        out.append(Finding(tokens[a].start, tokens[a].end, PERSON, tokens[a].low, f.score))
        out.append(f)
    return out


def _first_said_before(tokens: list[Token], b: int) -> int | None:
    """The index of the unlisted word said before a repair that ends right before ``b``, else None."""
    k = b - 1
    while k >= 0 and b - k <= _NAME_REPAIR_WORDS + 1 and tokens[k].low in _NAME_REPAIR:
        k -= 1
    between = {t.low for t in tokens[k + 1 : b]}
    if k < 0 or not between & _REPAIR_CUES:
        return None
    word = tokens[k]
    before = tokens[k - 1].low if k > 0 else ""  # "" at the start: no determiner
    return (
        k
        if (
            word.text.isalpha()
            and len(word.text) >= 3
            and word.low not in english_words()
            and word.low not in common_words()
            and before not in _DETERMINERS
        )
        else None
    )


def _names_corrected(
    findings: list[Finding], tokens: list[Token], starts: dict[int, int], ends: dict[int, int]
) -> list[Finding]:
    """Two names with only a repair ("I mean", "well", "actually") between them as one span: a
    nickname corrected to the full name is one person, and the words between belong to the span."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: f.start):
        prev = out[-1] if out else None
        a, b = (ends.get(prev.end), starts.get(f.start)) if prev is not None else (None, None)
        if (
            prev is not None
            and prev.kind == PERSON
            and f.kind == PERSON
            and a is not None
            and b is not None
            and b - a - 1 > 0
            and sum(t.low.isalpha() for t in tokens[a + 1 : b]) <= _NAME_REPAIR_WORDS
            and all(t.low in _NAME_REPAIR for t in tokens[a + 1 : b])
            and any(t.low.isalpha() for t in tokens[a + 1 : b])
        ):
            out[-1] = Finding(prev.start, f.end, PERSON, f"{prev.value} {f.value}", max(prev.score, f.score))
            continue
        out.append(f)
    return out


def _with_area_code(tokens: list[Token], starts: dict[int, int], f: Finding) -> Finding:
    first = starts.get(f.start)
    if f.kind not in ID_KINDS or first is None:
        return f
    area = _area_code_before(tokens, first, f.value)
    return f if area == first else Finding(tokens[area].start, f.end, f.kind, f.value, f.score)


_AREA_CODE = ("area", "code")


def _area_code_before(tokens: list[Token], first: int, value: str) -> int:
    """ "area code five two four then three eight six ...": the words that open a phone number read as
    area code and local number are the number's first words (round 13: v12 left "area code" in clear
    before 12 phones), when the digits after them are a whole phone number (ten or more); else ``first``."""
    b = first - 1
    while b >= 0 and tokens[b].low in (",", "is", ":"):
        b -= 1
    digits = sum(c.isdigit() for c in value)
    if b >= 1 and digits >= 10 and (tokens[b - 1].low, tokens[b].low) == _AREA_CODE:
        return b - 1
    return first


def _whole_compound(tokens: list[Token], f: Finding, first: int, last: int) -> Finding:
    """A name or street cut inside a word written with hyphens ("<lawana p wiegand>-jenks") grows over
    the whole compound: the part after the hyphen is as identifying as the part before it."""
    new_first, new_last = first, last
    while new_last + 2 < len(tokens) and _glued_hyphen(tokens, new_last + 1):
        new_last += 2
    while new_first >= 2 and _glued_hyphen(tokens, new_first - 1):
        new_first -= 2
    if (new_first, new_last) == (first, last):
        return f
    value = f.value
    if f.kind == PERSON:
        value = " ".join(t.low for t in tokens[new_first : new_last + 1] if t.low != "-").replace(" - ", "-")
    return Finding(tokens[new_first].start, tokens[new_last].end, f.kind, value, f.score)


def _glued_hyphen(tokens: list[Token], h: int) -> bool:
    """Whether token ``h`` is a hyphen written between two words with no space ("wiegand-jenks")."""
    return glued_hyphen(tokens, h) and tokens[h - 1].text.isalpha() and tokens[h + 1].text.isalpha()


# what follows a "for"/"to" that is a preposition, not a misheard digit: "... 2 9 0 8 1 for the balance"
_AFTER_PREPOSITION = frozenset(
    {"the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "it", "me", "us", "them",
     "him", "you", "now", "today", "tomorrow", "real", "sure", "$"}
)  # fmt: skip


def _too_before_a_word(tokens: list[Token], last: int) -> bool:
    """ "... six one too fast? sure, ...": "too" before an English word that is no number word and no stop
    word is the adverb ("too fast", "too quick"), not the digit two (round 32: v31 had 4 such "too"
    redacted)."""
    nxt = tokens[last + 1].low
    return (
        tokens[last].low == "too"
        and nxt.isalpha()
        and nxt in english_words()
        and nxt not in NUMBER_WORDS
        and nxt not in STOP_WORDS  # "... double seven too and it's ...": the card's last digit before "and"
    )


def _without_trailing_preposition(
    tokens: list[Token],
    f: Finding,
    starts: dict[int, int],
    ends: dict[int, int],
    named: frozenset[int] = frozenset(),
) -> Finding:
    """An identifier ending in "for" / "to" right before "the", "my", ...: the word is a preposition; so
    it is right before a name a finder found (round 41: "resident number <digits>, for <name>", v43 and
    v44 had seven such "for" taken as the digit four; ``named`` holds the names' first token indexes)."""
    if f.kind not in ID_KINDS:
        return f
    last = ends.get(f.end)
    if (
        last is None
        or tokens[last].low not in ("for", "to", "too")
        or last + 1 >= len(tokens)
        or not (
            tokens[last + 1].low in _AFTER_PREPOSITION
            or _too_before_a_word(tokens, last)
            or (tokens[last].low != "too" and last + 1 in named)
        )
        or read_again_to_the_weak_digit(tokens, last)  # "... eight to you got that": said twice, a digit
    ):
        return f
    k = last - 1
    while k >= 0 and tokens[k].low in GLUE:
        k -= 1
    first = starts.get(f.start)
    if first is None or k < first:
        return f
    value = read_value(tokens, first, k)
    return Finding(f.start, tokens[k].end, f.kind, value or f.value, f.score)


def merge_overlaps(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """One finding per overlapping group: the longest one's kind, the union's span."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            cur = out[-1]
            if f.end > cur.end:
                out[-1] = _union(tokens, cur, f)
            continue
        out.append(f)
    return out


def _union(tokens: list[Token], a: Finding, b: Finding) -> Finding:
    kind = a.kind if a.end - a.start >= b.end - b.start else b.kind
    if a.kind in ID_KINDS and b.kind in ID_KINDS:
        first = next(i for i, t in enumerate(tokens) if t.start >= a.start)
        last = max(i for i, t in enumerate(tokens) if t.end <= b.end)
        value = read_value(tokens, first, last)
        kind = ACCOUNT if any(c.isalpha() for c in value) else kind
    else:
        value = a.value if a.end - a.start >= b.end - b.start else b.value  # the longer one's value
    return Finding(a.start, b.end, kind, value, max(a.score, b.score))


def _grow_right(tokens: list[Token], last: int) -> int:
    j = last + 1
    while j < len(tokens):
        k = j
        while k < len(tokens) and (
            tokens[k].low in GLUE
            or tokens[k].low in _INNER_GLUE
            or repair_at(tokens, k)
            or filler_words(tokens, k)
        ):
            k += filler_words(tokens, k) or 1  # "... six— no, seven seven", "... hold on, eight one"
        end = _material_at(tokens, k)
        if end is None:
            break
        last = end
        j = end + 1
    return last


def _grow_left(tokens: list[Token], first: int, by_shape: bool = False) -> int:
    i = first - 1
    while i >= 0:
        k = i
        while k >= 0 and (tokens[k].low in GLUE or tokens[k].low in _INNER_GLUE):
            k -= 1
        if (skip := filler_ending_at(tokens, k)) and (
            filler_words(tokens, k - skip + 1) or (by_shape and _letter(tokens, first))
        ):
            k -= skip  # "seven seven three... yeah... <four four one ...>": the pause inside the run
            while k >= 0 and tokens[k].low in GLUE:
                k -= 1
        elif skip := _backchannel_ending_at(tokens, k, first, by_shape):
            k = _skip_glue_left(tokens, k - skip)  # "Z, yep <one oh eight ...>", "A hold on <V seven five>"
        start = _material_ending_at(tokens, k)
        if start is not None and _says_last_four(tokens, start):
            break  # "last four, 5327": "four" names the digits
        if start is None and k >= 1 and tokens[k].low in _WEAK_WORDS:
            before = k - 1
            while before >= 0 and tokens[before].low in GLUE:
                before -= 1
            if (
                _material_ending_at(tokens, before) is not None or _letter_prefix(tokens, before)
            ) and not any(after_charge(tokens, b) for b in range(max(0, k - 6), k)):
                start = k  # "n for double five ...": the misheard digit between two parts
            # (not "charge sixteen forty one to <card>": there "to" ends the amount)
        if (
            start is None
            and k >= 0
            and tokens[k].low in NATO
            and (_id_word_before(tokens, k) or _piece_before(tokens, k))
        ):
            start = k  # "reference number is Uniform, two nine seven ...": a letter said as its NATO word
            # ("m sierra three five ...", "c as in cookie uniform six ...": after a spelled letter too)
        if start is None and _letter_after_id_word(tokens, k):
            start = k  # "member id a r oh seven ...", "member id k a oh zero ...": spelled right after "id"
        if start is None and k == first - 1 and _article_letter(tokens, k):
            start = k  # "the id on my card is a two three eight ...": the ID's first letter, not "a"
        if (
            start is None
            and k == first - 1
            and (_letter_prefix(tokens, k) or _prefix_after_id_word(tokens, k))
        ):
            return k  # "MJ 371 589109", "utn 74 75 04": letters said as one word start the identifier
        if start is None:
            break
        first = start
        i = start - 1
    return first


def _material_at(tokens: list[Token], k: int) -> int | None:
    """The last index of one piece of an identifier starting at ``k`` (a digit group, a spelled
    letter, "double five"), or None."""
    if k >= len(tokens):
        return None
    low = tokens[k].low
    if low == "double" and k + 1 < len(tokens) and tokens[k + 1].low == "you":
        return k + 1  # "double you": the letter w
    if low in REPEAT:
        inner = _material_at(tokens, k + 1)
        return inner if inner is not None and inner <= k + 4 else None
    if _letter(tokens, k) or _letter_name(tokens, k):
        return _as_in_end(tokens, k) if _as_in(tokens, k) else k
    if low.isdigit() or low in _STRONG_WORDS or low in ("oh", "o", "zero"):
        return k
    if low in WEAK:  # "to", "for": digits only when a strong digit follows
        nxt = _skip_glue(tokens, k + 1)
        return (
            k
            if nxt < len(tokens) and (tokens[nxt].low.isdigit() or tokens[nxt].low in _STRONG_WORDS)
            else None
        )
    return None


def _material_ending_at(tokens: list[Token], k: int) -> int | None:
    """The first index of one piece of an identifier that ends at ``k``, or None."""
    if k < 0:
        return None
    low = tokens[k].low
    if (j := alias_of(tokens, k)) is not None and _letter(tokens, j):
        return j  # "... as in adam", "... for sugar", "... like uncle"
    if low == "one" and k >= 1 and tokens[k - 1].low in PRONOUN_ONE_BEFORE:
        return None  # "on this one, 4616 ...": the card itself, not a digit of it
    if low.isdigit() or low in _STRONG_WORDS or low in ("oh", "o", "zero") or _letter(tokens, k):
        if k >= 1 and tokens[k - 1].low in REPEAT:
            return k - 1
        return k
    if low == "you" and k >= 1 and tokens[k - 1].low == "double":
        return k - 1  # "double you": the letter w
    if _letter_name(tokens, k):
        return k
    return None


def _backchannel_ending_at(tokens: list[Token], k: int, first: int, by_shape: bool) -> int:
    """How many words ending at ``k`` are a backchannel ("yep", "okay", "hold on") said inside an
    identifier (an ID cue opened it, or ``by_shape``: letters mixed in, seven digits or more) right
    before its part at ``first``, with a piece of it before them, else 0."""
    if k < 1 or not tokens[k].low.isalpha() or _skip_glue(tokens, k + 1) != first:
        return 0
    if alias_of(tokens, k) is not None:
        return 0  # round 41: the word spelling a letter ("x as in x-ray"'s "ray") is no backchannel
    for n in range(1, MAX_WORDS + 1):
        b = k - n + 1
        before = _skip_glue_left(tokens, b - 1)
        if (
            (_letter(tokens, before) or _read_on_to_a_letter(tokens, before, b, k, first))
            and is_backchannel(tokens, b, k)
            and (by_shape or kind_before(tokens, b, window=CUE_WINDOW) in ID_KINDS)
        ):
            return n  # a spelled letter before it (digits on both sides are ``spoken``'s, by shape);
            # round 23: or digits before it, a letter after, "next"/"then" in it (``_read_on_to_a_letter``)
    return 0


def _read_on_to_a_letter(tokens: list[Token], before: int, b: int, k: int, first: int) -> bool:
    """ "two n y six okay next q one six ...": a backchannel with "next"/"then" in it, between a digit and a
    letter, is the caller reading on through one identifier (round 23: v13 left the first part of one ID);
    without those words ("social <digits> file D-...", "ID one sec, X...") it may open a value of its own."""
    return (
        before >= 0
        and _digit_piece(tokens[before].low)
        and _letter(tokens, first)
        and any(t.low in READING_ON for t in tokens[b : k + 1])
    )


# letter names that are everyday words ("see", "you", "why"): letters only between two pieces of an ID
_WORD_LETTERS = frozenset({"be", "see", "sea", "are", "you", "why", "eye", "tea", "queue", "ay", "ee"})


def _letter_name(tokens: list[Token], k: int) -> bool:
    """ "jay one three ...", "... dash gee h seven six", "t you u as in umbrella": an English letter said
    as its name is a letter of the identifier it sits in; a name that is an everyday word only with a
    piece of the identifier on both sides."""
    low = tokens[k].low
    if low not in LETTER_NAMES:
        return False
    if low not in _WORD_LETTERS:
        return True
    return _spelled_piece(tokens, _skip_glue_left(tokens, k - 1)) and _spelled_piece(
        tokens, _skip_glue(tokens, k + 1)
    )  # "t you u as in umbrella", never "the last four are 4157"


def _skip_glue_left(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].low in GLUE:
        k -= 1
    return k


def _spelled_piece(tokens: list[Token], k: int) -> bool:
    """A single letter or a letter name that is no everyday word at ``k``."""
    if k < 0 or k >= len(tokens):
        return False
    low = tokens[k].low
    return (len(low) == 1 and low.isalpha() and low not in _PRONOUN_LETTERS) or (
        low in LETTER_NAMES and low not in _WORD_LETTERS
    )


def _piece_before(tokens: list[Token], k: int) -> bool:
    """Whether a spelled letter or a digit ends right before ``k`` (pauses and fillers between)."""
    b = k - 1
    while b >= 0 and tokens[b].low in GLUE:
        b -= 1
    return b >= 0 and _material_ending_at(tokens, b) is not None and not tokens[b].low.isdigit()


def _article_letter(tokens: list[Token], k: int) -> bool:
    """ "is a two three eight eighteen ...": "a" right after "is", before digits said one by one, after
    an ID word, is the identifier's first letter (not "a hundred", not "a eight hundred dollars")."""
    if tokens[k].low != "a" or k < 1:
        return False
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    after = tokens[k + 2].low if k + 2 < len(tokens) else ""
    if tokens[k - 1].low in _ID_NOUNS or kind_before(tokens, k, window=1) == ACCOUNT:
        # "loyalty number a six three oh ...": no article between "number" and its digits (round 16);
        # round 23: nor between the label word itself and them ("account a six eight six ...", v22);
        # round 42: "student number a double nine four ...": a repeated digit is digits too (v46)
        if nxt in REPEAT:
            return _digit_piece(after)
        return _digit_piece(nxt) and _digit_piece(after)
    if _digit_piece(tokens[k - 1].low) and _digit_piece(nxt) and _id_word_before(tokens, k):
        return True  # round 23: "member number two a four oh ...": "a" between digits of an ID (v22)
    if _single_digit(tokens[k - 1].low) and _single_digit(nxt) and _spaced_code_after_label(tokens, k):
        return True  # round 42: "medicare card says 4 a 8 9 u ...": a code's character read alone (v47)
    if tokens[k - 1].low == "here" and _written_groups(tokens, k + 1) >= 7:
        return kind_before(tokens, k, window=6) is not None or any(
            t.low in _ID_NOUNS for t in tokens[max(0, k - 6) : k]
        )
        # "i have the number right here a 5706 2131": digit groups read off the card (round 17: v16 had 1)
    b = k - 1
    while b > 0 and tokens[b].low in _SAID_BEFORE_THE_VALUE:
        b -= 1  # round 18: "is um okay a five one ...", "is right, A four five ..." (v17 had 2)
    if tokens[b].low not in _VALUE_VERBS and not _label_and_is(tokens[b].low):
        return False
    return (
        nxt in _STRONG_WORDS
        and nxt not in ("hundred", "thousand")
        and not any(t.low in ("hundred", "thousand") for t in tokens[k + 1 : k + 4])
        and (b == k - 1 or _digit_piece(after))
        and kind_before(tokens, k, window=6 + (k - 1 - b)) is not None
    )


# the verbs a value is read after ("is", "reads"); round 22: "the card has a three oh nine ..." and "it
# says a ..." (v21 left that "a" of one ID in clear)
_VALUE_VERBS = frozenset({"is", "was", "it's", "reads", ":", "has", "says", "shows"})
# what a caller says between "the number is" and the value ("um", "okay", "right,"): the "a" after them is
# still the identifier's first letter when digits said one by one follow
_SAID_BEFORE_THE_VALUE = frozenset({"um", "uh", "er", "okay", "ok", "right", "so", "well", ",", "yeah"})


def _single_digit(low: str) -> bool:
    return (low.isdigit() and len(low) == 1) or low in UNITS


def _spaced_code_after_label(tokens: list[Token], k: int) -> bool:
    """ "medicare card says 4 a 8 9 u 4 3 ...": a label of any identifier in the five words before and, after
    the "a", another letter said alone among the characters, so the run is a code read one character at a time
    (an ID's label may be "card", which names a card's digits only when no letter is read with them)."""
    if kind_before(tokens, k, window=5) not in ID_KINDS:
        return False
    for t in tokens[k + 1 : k + 8]:
        if len(t.low) == 1 and t.low.isalpha() and t.low not in _PRONOUN_LETTERS:
            return True
        if not _single_digit(t.low):
            return False
    return False


def _label_and_is(low: str) -> bool:
    """ "Medicare number's so uh, A seven five ...": an ID noun with "'s" is the noun and "is" in one word,
    so the "a" after it is read as after "number is" (round 32: v31 left that "A" of one ID in clear)."""
    return any(low.endswith(mark) and low[: -len(mark)] in _ID_NOUNS for mark in ("'s", "\u2019s"))


def _written_groups(tokens: list[Token], k: int) -> int:
    """How many digits the written digit groups from ``k`` hold, when there are two or more, else 0."""
    j = k
    while j < len(tokens) and tokens[j].low.isdigit():
        j += 1
    return sum(len(t.low) for t in tokens[k:j]) if j - k >= 2 else 0


def _letter_after_id_word(tokens: list[Token], k: int) -> bool:
    """A single letter ("a" and "i" too) in a run of single letters said right after "id" / "number"
    ("member id k a oh zero ...") is the identifier's, not an article or a pronoun."""
    if k < 1 or len(tokens[k].text) != 1 or not tokens[k].text.isalpha():
        return False
    b = k - 1
    while b >= 0 and ((len(tokens[b].text) == 1 and tokens[b].text.isalpha()) or tokens[b].low in GLUE):
        b -= 1
    if b >= 1 and tokens[b].low in ("is", "was", ":"):
        b -= 1
    return b >= 0 and tokens[b].low in _ID_NOUNS and _id_word_before(tokens, k)


_ID_NOUNS = frozenset({"id", "number", "no", "num", "#"})


def _id_word_before(tokens: list[Token], k: int) -> bool:
    """An ID context word ("member", "reference", "account", "id") in the five words before ``k``."""
    return kind_before(tokens, k, window=5) == ACCOUNT


def _letter_prefix(tokens: list[Token], k: int) -> bool:
    """A two- or three-letter non-word right before an identifier's digits: its letter prefix."""
    if k < 0:
        return False
    text = tokens[k].text
    return (
        2 <= len(text) <= 3
        and text.isalpha()
        and (
            tokens[k].low not in common_words()
            or _capital_prefix(text)
            or _title_before_digits(tokens, k)
            or _place_capitals_after_label(tokens, k)
        )
        and not _not_prefix(tokens, k)
        and not (k >= 1 and tokens[k - 1].low in _VERB_SUBJECTS)  # "you've got 352 ...": a verb
        and not _noun_after_article(tokens, k)
        and (
            _capital_prefix(text)
            or tokens[k].low not in english_words()
            or _place_capitals_after_label(tokens, k)
        )  # round 28: "Got 242-203-..."
    )


# a street suffix or a state written in capitals ("ST", "CT"): after a street name or a city they are the
# address's, but right after an ID's label word no street or city stands before them
_PLACE_CAPITALS = frozenset({"ST", "CT"})


def _place_capitals_after_label(tokens: list[Token], k: int) -> bool:
    """ "Claim CT 4524 345": "CT" right after the label and before written digits is the ID's prefix, not
    Connecticut nor "Court" (round 32: v31 left "CT" of one ID in clear)."""
    return (
        tokens[k].text in _PLACE_CAPITALS
        and k >= 1
        and kind_before(tokens, k, window=1) == ACCOUNT
        and k + 1 < len(tokens)
        and tokens[k + 1].text.isdigit()
    )


def _noun_after_article(tokens: list[Token], k: int) -> bool:
    """ "got a pen double one five ...": an English word in lower case after an article is a thing the
    caller names, not the identifier's letters (round 22: v21 had 3 such words redacted)."""
    return (
        k >= 1
        and tokens[k - 1].low in ("a", "an", "the")
        and tokens[k].text.islower()
        and tokens[k].low in english_words()
    )


_VERB_SUBJECTS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "i've", "you've", "we've", "they've", "i'd", "you'd", "who"}
)


# "It's let's see, MR 9376 5241" (round 19, v18): a title's letters written in capitals right before
# written digit groups are the ID's prefix; before a name ("MR Jones") they stay a title
_TITLE_CAPITALS = frozenset({"MR", "MRS", "MS", "DR"})


def _title_before_digits(tokens: list[Token], k: int) -> bool:
    return tokens[k].text in _TITLE_CAPITALS and k + 1 < len(tokens) and tokens[k + 1].text.isdigit()


def _written_prefix(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isalpha() and _capital_prefix(text)


def _capital_prefix(text: str) -> bool:
    """ "reads GL 48837 52": two or three capitals written before the digits are the ID's prefix,
    even when they spell a word in lower case (not "PM", "AM", "OK", "TV", "US")."""
    return text.isupper() and text not in _CAPITAL_WORDS


_CAPITAL_WORDS = frozenset({"AM", "PM", "OK", "TV", "US", "UK", "EU", "IT", "IS", "AN", "AT", "ON", "IN",
                            "TO", "OF", "OR", "AND", "THE", "FOR", "BUT", "NOT", "YES", "NO", "MY", "BY",
                            "DR", "MR", "MRS", "MS", "JR", "SR", "ST", "CT", "APT", "STE"})  # fmt: skip


def _prefix_after_id_word(tokens: list[Token], k: int) -> bool:
    """ "member id us 54 6876": two or three letters between "id"/"number" and the digits."""
    text = tokens[k].text
    return (
        2 <= len(text) <= 3
        and text.isalpha()
        and tokens[k].low not in _LINKING
        and not _not_prefix(tokens, k)  # round 27: "id id 66 ...": the label said twice, no prefix
        and k >= 1
        and tokens[k - 1].low in ("id", "number", "no", "#")
    )


_LINKING = frozenset(
    {"is", "was", "are", "be", "am", "as", "of", "on", "at", "in", "to", "for", "and", "its"}
)


_NOT_PREFIX = frozenset(
    {
        "id",
        "no",
        "num",
        "nbr",
        "acct",
        "ssn",
        "dob",
        "zip",
        "apt",
        "ste",
        "ext",
        "pin",
        "cvv",
        "cvc",
        "exp",
    }
)
# round 30: "sec" is the pause of "one sec", "a sec" ("ID one sec, K559031"), not the word itself: after
# anything else it is three letters like any other ("Vision plan ID SEC 7706 4222 53", v29 left "SEC")
_PAUSE_WORDS = frozenset({"sec"})
_PAUSE_LEADS = frozenset({"one", "a", "1", "half"})


def _not_prefix(tokens: list[Token], k: int) -> bool:
    """Whether the two or three letters at ``k`` are a label said or a pause, never an ID's prefix."""
    low = tokens[k].low
    if low in _PAUSE_WORDS:
        return k >= 1 and tokens[k - 1].low in _PAUSE_LEADS
    return low in _NOT_PREFIX


def _says_last_four(tokens: list[Token], k: int) -> bool:
    if tokens[k].low not in ("four", "4"):
        return False
    b = k - 1
    while b >= 0 and (tokens[b].low in GLUE or tokens[b].low in ("like", "you", "know")):
        b -= 1
    return b >= 0 and tokens[b].low in LAST_WORDS


def _as_in_end(tokens: list[Token], k: int) -> int:
    """The last index of "X as in <word>" ("X for <word>") at ``k``, a hyphenated word ("x-ray") whole."""
    return alias_end(tokens, k) or k


def _skip_glue(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].low in GLUE:
        k += 1
    return k


def _letter(tokens: list[Token], k: int) -> bool:
    text = tokens[k].text
    if len(text) != 1 or not text.isalpha() or _e_of_email(tokens, k):
        return False
    if text.lower() in _PRONOUN_LETTERS:
        return (
            _as_in(tokens, k)
            or (text == "A" and _next_is_letter(tokens, k))
            or _letter_between(tokens, k)
            or _a_before_letter_and_digits(tokens, k)
        )
    return True


def _e_of_email(tokens: list[Token], k: int) -> bool:
    """ "... 9959 e-mail ...": the "e" of "e-mail" (written with its hyphen) is the word, not a letter read
    on after a number (round 23: v22 had 5 phone numbers that took it and became IDs)."""
    return (
        tokens[k].low == "e"
        and k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 2].low in ("mail", "mails")
    )


def _a_before_letter_and_digits(tokens: list[Token], k: int) -> bool:
    """ "you need the id again a m three double two ...": a lower-case "a" before a spelled letter and
    digit words is the identifier's first letter; an article stands before a word, not before a letter
    that digits follow (round 16: v15 left that "a" of three IDs in clear)."""
    n = _skip_glue(tokens, k + 1)
    if tokens[k].low != "a" or n >= len(tokens) or not _spelled_piece(tokens, n):
        return False
    d = _skip_glue(tokens, n + 1)
    return d < len(tokens) and _digit_piece(tokens[d].low)


def _digit_piece(low: str) -> bool:
    """A digit group or a digit word that is no everyday word ("oh" is a digit inside an identifier)."""
    scale = low in ("hundred", "thousand")
    return low.isdigit() or (low in _STRONG_WORDS and not scale) or low in ("oh", "zero")


def _letter_between(tokens: list[Token], k: int) -> bool:
    """ "... j as in jelly a four five", "... jay a four one": "a" or "i" after a spelled letter and
    before digits said as words is the identifier's letter, not an article."""
    b = _skip_glue_left(tokens, k - 1)
    n = _skip_glue(tokens, k + 1)
    if b < 0 or n >= len(tokens) or tokens[n].low not in _STRONG_WORDS:
        return False
    spelled_before = alias_of(tokens, b) is not None
    low = tokens[b].low
    after = _skip_glue(tokens, n + 1)
    return (
        spelled_before
        or (low in LETTER_NAMES and low not in _WORD_LETTERS)
        or (len(low) == 1 and low.isalpha() and low not in _PRONOUN_LETTERS)
        or _capital_a_after_capital_a(tokens, b, k)
        or (
            _digit_piece(low)
            and tokens[k].text == "A"
            and after < len(tokens)
            and (_digit_piece(tokens[after].low) or _spelled_piece(tokens, after))
        )  # "member id nine A eight eight ...", "two V V oh, er A one seven": a capital A between digits
    )


def _capital_a_after_capital_a(tokens: list[Token], b: int, k: int) -> bool:
    """ "A A seven two, one five two ...": a capital "A" written after another capital "A" and before
    digits is the identifier's second letter (round 30: v29 left "A A" in clear, the first "A" a letter
    before a letter, the second neither between two letters nor after a non-pronoun one)."""
    return tokens[b].text == "A" and tokens[k].text == "A" and b < k


def _next_is_letter(tokens: list[Token], k: int) -> bool:
    n = _skip_glue(tokens, k + 1)
    return n < len(tokens) and len(tokens[n].text) == 1 and tokens[n].text.isalpha()


def _as_in(tokens: list[Token], k: int) -> bool:
    return alias_end(tokens, k) is not None


def read_value(tokens: list[Token], first: int, last: int) -> str:
    """Letters and digits of tokens ``first..last`` in order: "A as in Adam, double four" -> "a44"."""
    out: list[str] = []
    j = first
    if first <= last and (
        _article_letter(tokens, first)
        or _written_prefix(tokens[first].text)
        or (tokens[first].low in _PRONOUN_LETTERS and _letter_after_id_word(tokens, first))
    ):
        out.append(tokens[first].low)  # "a two three ...", "GL 48837 52": the first letters are the ID's
        j += 1
    while j <= last:
        low = tokens[j].low
        if low in NATO or (
            low == "ray" and j >= 2 and tokens[j - 2].low == "x" and tokens[j - 1].text in HYPHENS
        ):
            out.append(low[0] if low != "ray" else "")  # "uniform" is "u"; the "ray" of "x-ray" was the "x"
            j += 1
            continue
        if skip := filler_words(tokens, j):
            j += skip  # "got it", "hold on" between two parts
            continue
        if low == "double" and j + 1 <= last and tokens[j + 1].low == "you":
            out.append("w")  # "double you"
            j += 2
            continue
        if low in LETTER_NAMES and len(low) > 1:
            out.append(LETTER_NAMES[low])  # "jay" is j: the spoken and the written ID give one value
            j += 1
            continue
        if skip := repair_at(tokens, j):
            said = "".join(out)
            out = [said[: max(len(said) - REPAIRED, 0)]]  # the pair said wrong, said again after "no"
            j += skip
            continue
        if low in REPEAT and j + 1 <= last:
            if _letter(tokens, j + 1) or (len(tokens[j + 1].text) == 1 and tokens[j + 1].text.isalpha()):
                out.append(tokens[j + 1].low * REPEAT[low])
                j += 2
                continue
            group, used = group_at(tokens, j)
            if group is not None:
                out.append(group)
                j += used
                continue
        if (
            len(tokens[j].text) == 1
            and tokens[j].text.isalpha()
            and (low not in _PRONOUN_LETTERS or _letter(tokens, j) or _letter_after_id_word(tokens, j))
        ):
            out.append(low)
            j = _as_in_end(tokens, j) + 1 if _as_in(tokens, j) else j + 1
            continue
        group, used = group_at(tokens, j)
        if (group is not None and low not in ("to", "for", "too", "ate", "won")) or (
            group is not None and (_strong_next(tokens, j, last) or j == first)
        ):  # a "for" that opens the span was taken as its first digit ("for oh one two ...")
            out.append(group or "")
            j += max(used, 1)
            continue
        if low.isalnum() and (
            _glued_to_digits(tokens, j, first, last)
            or (low not in common_words() and low not in GLUE and low not in _INNER_GLUE)
        ):
            out.append(low)  # "gl4883752" as "GL 48837 52": letters written onto digits are the ID's
        j += 1
    return "".join(out)


def _glued_to_digits(tokens: list[Token], j: int, first: int, last: int) -> bool:
    """Whether letters ``j`` are written onto a digit group with no space ("gl4883752", "4883752gl")."""
    before = j > first and tokens[j - 1].end == tokens[j].start and tokens[j - 1].low.isdigit()
    after = j < last and tokens[j + 1].start == tokens[j].end and tokens[j + 1].low.isdigit()
    return before or after


def _strong_next(tokens: list[Token], j: int, last: int) -> bool:
    n = _skip_glue(tokens, j + 1)
    return n <= last and (tokens[n].low.isdigit() or tokens[n].low in _STRONG_WORDS)


__all__ = ["ID_KINDS", "PERSON", "close_spans", "merge_overlaps", "read_value"]
