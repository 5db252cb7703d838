"""What a caller says right after or right before an identifier to correct how it was heard: the
read-back tail ("... four one five one zero, no, the last two are one oh, not zero one"), a spelled
letter corrected ("F as in fox, not S, eight three six ..."), and a short aside between two groups
("... one two seventy four, you got that, four seven seven ...").

Round 14 (issue 15): v13 left 13 identifiers with their read-back tail in clear (the tail repeats the
value's last digits, and in both orders), 12 with a spelled letter's "not <letter>" in clear (the letter
and its word, or the word "not" between two parts of one spelling), and 6 split in two around an aside
with both parts found but the aside between them readable. Each is recognized by its grammar around a
value already found, never on its own: without an identifier beside it nothing here redacts anything.
"""

from __future__ import annotations

from stream.redaction.backchannels import is_aside
from stream.redaction.context import CARD
from stream.redaction.finding import Finding
from stream.redaction.spelled import alias_of
from stream.redaction.spoken import NUMBER_WORDS, REPEAT, WEAK, Token, group_at, luhn_ok

_MARKS = frozenset({",", ".", "...", "…", "-", "\u2014", "\u2013", ";", ":"})
# how many of the value's last digits the tail names: "the last two are ...", "last digit is ..."
_COUNTS = frozenset({"one", "two", "three", "four", "digit", "digits"})
_MAX_TAIL_DIGITS = 4
# an aside between two parts of one identifier, both found: at most this many words, none naming a thing
MAX_JOIN_WORDS = 4
_ASIDE_EXTRA = frozenset({"next", "okay", "ok", "checking"})  # "okay next", "just checking"
# what is said after a card or a phone and is no aside: its expiry, security code or extension follows
_NOT_ASIDE = frozenset({"exp", "expiration", "expires", "expiry", "expiring", "code", "cvv", "cvc",
                        "security", "extension", "ext", "pin"})  # fmt: skip
_MAX_WRONG_LETTERS = 3
# round 29: the last word of words between two identifiers that puts the second one after them ("member ...
# call me at <phone>", "..., reach me uh, at ..."): they introduce a new value, they are no aside inside one
# (v28 left "call me at" redacted five times)
_INTRODUCES = frozenset({"at", "on"})  # round 31: "..., call me on <phone>" (v30: three times)


def _skip_marks(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].low in _MARKS:
        k += 1
    return k


def _skip_marks_left(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].low in _MARKS:
        k -= 1
    return k


def _digit_word(low: str) -> bool:
    return low.isdigit() or (low in NUMBER_WORDS and low not in WEAK - {"oh", "o"}) or low in REPEAT


def _digits_end(tokens: list[Token], k: int) -> int | None:
    """The last index of a group of one to four digit words or numerals at ``k`` ("three eight", "one
    oh", "15"), or None."""
    n = 0
    while k + n < len(tokens) and _digit_word(tokens[k + n].low) and n < _MAX_TAIL_DIGITS:
        n += 1
    return k + n - 1 if n else None


def _cue_end(tokens: list[Token], k: int) -> int | None:
    """The last index of the words that say which digits are read back ("it ends", "ends in", "the last
    two are", "last digit is"), or None."""
    lows = [t.low for t in tokens[k : k + 4]]
    if lows[:2] == ["it", "ends"] or lows[:2] == ["ending", "in"] or lows[:2] == ["ends", "in"]:
        return k + 1 + (lows[2:3] == ["in"] and lows[0] == "it")
    if lows[:1] == ["the"]:
        k, lows = k + 1, lows[1:] + [t.low for t in tokens[k + 4 : k + 5]]
    if len(lows) >= 3 and lows[0] == "last" and lows[1] in _COUNTS and lows[2] in ("are", "is"):
        return k + 2
    return None


def tail_end(tokens: list[Token], last: int) -> int | None:
    """The last index of a read-back correction right after an identifier ending at ``last``: ["no"]
    <cue> <digits> ["not" <digits>] with marks between, where "no" or "not" says it corrects ("no, it
    ends one five", "the last two are five eight, not eight five"); or None."""
    k = _skip_marks(tokens, last + 1)
    said_no = k < len(tokens) and tokens[k].low == "no"
    if said_no:
        k = _skip_marks(tokens, k + 1)
    cue = _cue_end(tokens, k) if k < len(tokens) else None
    if cue is None:
        return None
    end = _digits_end(tokens, cue + 1)
    if end is None:
        return None
    k = _skip_marks(tokens, end + 1)
    if k < len(tokens) and tokens[k].low == "not":
        wrong = _digits_end(tokens, _skip_marks(tokens, k + 1))
        if wrong is not None:
            return wrong
    return end if said_no else None


def with_tail(tokens: list[Token], ends: dict[int, int], f: Finding, kinds: frozenset[str]) -> Finding:
    """``f`` with the read-back correction after it in its span (its value unchanged: the tail says its
    last digits again)."""
    last = ends.get(f.end)
    if f.kind not in kinds or last is None or not any(c.isdigit() for c in f.value):
        return f
    end = tail_end(tokens, last)
    return f if end is None else Finding(f.start, tokens[end].end, f.kind, f.value, f.score)


# round 24: the words that take back the digits just said ("seven seven, no, six seven, fifty eight");
# v23 left a social's last four's first reading in clear before its corrected one
_TAKE_BACK = frozenset({"no", "sorry", "wait", "correction", "nope", "actually"})


def taken_back_start(tokens: list[Token], first: int) -> int | None:
    """The index of the first of one to four digit words said right before "<digits>, no, ..." that ends
    just before the identifier at ``first``: a first reading the caller takes back. Only when nothing but
    pause marks stands between the digits, the take-back word and the identifier, so "two kids, no, ..."
    and "it's twelve no wait" with no identifier after them change nothing."""
    k = _skip_marks_left(tokens, first - 1)
    if k < 1 or tokens[k].low not in _TAKE_BACK:
        return None
    k = _skip_marks_left(tokens, k - 1)
    n = 0
    while k - n >= 0 and _digit_word(tokens[k - n].low) and n < _MAX_TAIL_DIGITS:
        n += 1
    return k - n + 1 if n else None


def with_taken_back(
    tokens: list[Token], starts: dict[int, int], f: Finding, kinds: frozenset[str]
) -> Finding:
    """``f`` with the first reading the caller took back before it in its span (its value unchanged)."""
    first = starts.get(f.start)
    if f.kind not in kinds or first is None or not any(c.isdigit() for c in f.value):
        return f
    start = taken_back_start(tokens, first)
    return f if start is None else Finding(tokens[start].start, f.end, f.kind, f.value, f.score)


def letter_corrected_start(tokens: list[Token], first: int) -> int | None:
    """The index of the spelled letter before "<letter> as in <word>, not <letters>," that ends right
    before token ``first`` (the wrong letters may be inside the finding or before it), or None."""
    k = _skip_marks_left(tokens, first - 1)
    wrong = 0
    while k >= 0 and len(tokens[k].text) == 1 and tokens[k].text.isalpha() and wrong < _MAX_WRONG_LETTERS:
        k, wrong = _skip_marks_left(tokens, k - 1), wrong + 1
    if k < 1 or tokens[k].low != "not":
        return None
    k = _skip_marks_left(tokens, k - 1)
    return alias_of(tokens, k) if k >= 0 else None


def with_letter_corrected(tokens: list[Token], starts: dict[int, int], f: Finding) -> Finding:
    """``f`` grown left over "<letter> as in <word>, not <letter>" spoken right before it: the letter
    said with its word is the value's, the "not" and the wrong letter belong to the same reading."""
    first = starts.get(f.start)
    if first is None:
        return f
    j = letter_corrected_start(tokens, first)
    if j is None:
        return f
    return Finding(tokens[j].start, f.end, f.kind, f.value, f.score)


def joined_across_asides(
    tokens: list[Token],
    starts: dict[int, int],
    ends: dict[int, int],
    findings: list[Finding],
    kinds: frozenset[str],
) -> list[Finding]:
    """Two identifier findings with only a short aside between them ("you got that", "okay next", "just
    checking") as one span: the caller is reading one value on, and the aside between its two parts
    would otherwise stay readable between two tokens. Joined only when both parts were found and the
    words between name nothing (no number word, context word, street suffix or unlisted word). A single
    word between two identifiers is their label, not an aside ("social ..., file ...": v12 read so 11
    times); a one-word acknowledgement inside one number is ``backchannels``' already."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind in kinds and f.kind in kinds:
            a, b = ends.get(prev.end), starts.get(f.start)
            if a is not None and b is not None and _aside_between(tokens, a + 1, b):
                out[-1] = Finding(
                    prev.start, f.end, prev.kind, prev.value + f.value, max(prev.score, f.score)
                )
                continue
        out.append(f)
    return out


def with_card_rest(tokens: list[Token], ends: dict[int, int], f: Finding, kinds: frozenset[str]) -> Finding:
    """ "five four four five, ... double six oh niner, you got that, one nine zero four": twelve to
    fifteen digits found, a short aside, then the few digits that make a card number whose check digit
    holds (Luhn, 15 or 16 digits) - the caller read one card on, and its last group would stay in clear
    (round 20: v13 left one so). Without the check digit holding nothing is joined."""
    digits = f.value
    a = ends.get(f.end)
    if f.kind not in kinds or a is None or not digits.isdigit() or not 12 <= len(digits) <= 15:
        return f
    k = a + 1
    while k < len(tokens) and k - a <= MAX_JOIN_WORDS + 2 and not _digit_word(tokens[k].low):
        k += 1
    if k >= len(tokens) or not _aside_between(tokens, a + 1, k):
        return f
    rest, j = "", k
    while j < len(tokens) and len(digits) + len(rest) < 16:
        group, used = group_at(tokens, j)
        if group is None:
            break
        rest, j = rest + group, j + used
    whole = digits + rest
    if not rest or len(whole) not in (15, 16) or not luhn_ok(whole):
        return f
    return Finding(f.start, tokens[j - 1].end, CARD, whole, f.score)


def _aside_between(tokens: list[Token], i: int, k: int) -> bool:
    words = [t.low for t in tokens[i:k] if t.low not in _MARKS]
    return (
        # one word between two identifiers labels the second ("social ..., file ..."), it is no aside
        2 <= len(words) <= MAX_JOIN_WORDS
        and all(w.isalpha() and w not in _NOT_ASIDE and (w in _ASIDE_EXTRA or is_aside(w)) for w in words)
        and not any(t.low in (".", "?") for t in tokens[i:k])
        and words[-1] not in _INTRODUCES
    )


__all__ = [
    "MAX_JOIN_WORDS",
    "joined_across_asides",
    "letter_corrected_start",
    "tail_end",
    "with_card_rest",
    "with_letter_corrected",
    "with_tail",
]
