"""What the learned name finder sees of a token: its shape, its letters and the words around it.

One home for the features, shared by the runtime (``learned_names``) and the training script
(``bench/pii_train_names.py``), so that both compute them the same way. Word identities are kept only for
words of the language (SCOWL, the common-word lists): a word on no list is seen by its shape and its
letters ("-ova", "-ani", "kw-"), never by itself, so the model cannot learn the training names by heart
and has to judge a name it never saw by what it looks like and where it stands.
"""

from __future__ import annotations

from collections.abc import Container

from stream.redaction.context import common_words
from stream.redaction.lexicon import all_first_names, all_surnames, english_words, known_words
from stream.redaction.spoken import NUMBER_WORDS, Token

_FILLERS = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", "hmm", "mm"})


def _class(token: Token | None) -> str:
    """A context token as the model sees it: a known word itself, anything else by its shape."""
    if token is None:
        return "<edge>"
    low = token.low
    if not low[0].isalpha():
        return "<num>" if low[0].isdigit() else low[:1]
    if low in NUMBER_WORDS:
        return "<numw>"
    if low in known_words():
        return low
    return "<Cap>" if token.text[0].isupper() else "<unk>"


def _shape(token: Token) -> str:
    text = token.text
    if text.isupper() and len(text) > 1:
        return "UP"
    if text[0].isupper():
        return "Cap"
    return "low"


def token_features(tokens: list[Token], i: int, earlier: Container[str]) -> list[str]:
    """The features of ``tokens[i]`` (an alphabetic token). ``earlier`` holds the lower-case words said
    before it in the text (a name said twice, "it should be gustas cunun", is a name both times)."""
    tok = tokens[i]
    low = tok.low
    known = low in known_words()
    prev1 = tokens[i - 1] if i > 0 else None
    prev2 = tokens[i - 2] if i > 1 else None
    next1 = tokens[i + 1] if i + 1 < len(tokens) else None
    next2 = tokens[i + 2] if i + 2 < len(tokens) else None
    p1, p2, n1, n2 = _class(prev1), _class(prev2), _class(next1), _class(next2)
    shape = _shape(tok)
    n = len(low)
    feats = [
        "b",
        "w=" + (low if known else "<oov>"),
        "sh=" + shape,
        "len=" + str(min(n, 10)),
        "eng=" + str(low in english_words()),
        "com=" + str(low in common_words()),
        "fn=" + str(low in all_first_names()),
        "sn=" + str(low in all_surnames()),
        "oov_sh=" + str(not known) + shape,
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "p2p1=" + p2 + "_" + p1,
        "n1n2=" + n1 + "_" + n2,
        "p1n1=" + p1 + "_" + n1,
        "p1_oov=" + p1 + "_" + str(known),
        "n1_oov=" + n1 + "_" + str(known),
        "pos=" + str(min(i, 3)),
        "rep=" + str(low in earlier),
    ]
    if n > 2:
        feats += ["s2=" + low[-2:], "s3=" + low[-3:], "pre2=" + low[:2], "pre3=" + low[:3]]
        if n > 4:
            feats += ["s4=" + low[-4:]]
        grams = "^" + low + "$"
        feats += ["g3=" + grams[k : k + 3] for k in range(len(grams) - 2)]
    if next1 is not None and next1.low == "-":
        feats.append("hyph_next")
    if prev1 is not None and prev1.low == "-":
        feats.append("hyph_prev")
    if prev1 is not None and prev1.low in _FILLERS and prev2 is not None:
        feats.append("pf=" + _class(prev2))  # "gathoni uh kapaona": the word before the filler
    if next1 is not None and next1.low in _FILLERS and next2 is not None:
        feats.append("nf=" + _class(next2))
    if next1 is not None and len(next1.low) == 1 and next1.low.isalpha() and next2 is not None:
        feats.append("spell_next=" + str(len(next2.low) == 1))
    return feats
