"""E-mail addresses, written or spoken ("john dot smith at gmail dot com", "diamond eighty nine at
me dot com", "j as in juliett o h n at ..."); street addresses live in ``street.py``.

A spoken e-mail address is normalized to its written form (number words as digits, spelled letters
as letters) before it is tokenized, so both spellings of one address get one token.
"""

from __future__ import annotations

import re

from stream.redaction.context import EMAIL
from stream.redaction.corrections import sound
from stream.redaction.finding import Finding
from stream.redaction.lexicon import known_words
from stream.redaction.spoken import NUMBER_WORDS, Token, group_at

_WRITTEN_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TLDS = frozenset(
    {"com", "net", "org", "edu", "gov", "us", "io", "co", "info", "biz", "me", "uk", "ca", "mx", "de", "fr",
     "es", "it", "nl", "au", "in", "br", "jp", "ie", "nz", "za", "ch", "se", "pl", "pt", "ph", "tv", "ai",
     "app", "dev", "xyz", "online", "site", "shop", "email", "mil", "int", "cc", "ly", "to"}
)  # fmt: skip
# country-code domains (ISO 3166-1 alpha-2, as IANA delegates them), so an address at a foreign university
# or a national mail service ("at mail dot ru", "at uni dash wien dot ac dot at") is closed at its last label
# (round 14: v13 left "mail dot ru" in clear twice); the codes that are everyday English words ("am", "be",
# "by", "do", "go", "is", "my", "no", "so") are left out: "at home dot no" is prose
_COUNTRY_TLDS = frozenset(
    {"ad", "ae", "af", "ag", "ai", "al", "ao", "ar", "at", "au", "aw", "az", "ba", "bb", "bd", "bf", "bg",
     "bh", "bi", "bj", "bm", "bn", "bo", "br", "bs", "bt", "bw", "bz", "ca", "cd", "cf", "cg", "ch", "ci",
     "ck", "cl", "cm", "cn", "co", "cr", "cu", "cv", "cw", "cy", "cz", "de", "dj", "dk", "dm", "dz", "ec",
     "ee", "eg", "er", "es", "et", "eu", "fi", "fj", "fk", "fm", "fo", "fr", "ga", "gd", "ge", "gh", "gi",
     "gl", "gm", "gn", "gp", "gr", "gt", "gu", "gw", "gy", "hk", "hn", "hr", "ht", "hu", "id", "ie", "il",
     "im", "iq", "ir", "je", "jm", "jo", "jp", "ke", "kg", "kh", "kr", "kw", "kz", "la", "lb", "lc", "li",
     "lk", "lr", "ls", "lt", "lu", "lv", "ly", "ma", "mc", "md", "mg", "mk", "ml", "mm", "mn", "mo", "mt",
     "mu", "mv", "mw", "mx", "mz", "na", "nc", "ne", "ng", "ni", "nl", "np", "nz", "om", "pa", "pe", "pf",
     "pg", "ph", "pk", "pl", "pr", "ps", "pt", "pw", "py", "qa", "ro", "rs", "ru", "rw", "sa", "sb", "sc",
     "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "sr", "sv", "sy", "sz", "tg", "th", "tj", "tn", "tr",
     "tt", "tw", "tz", "ua", "ug", "uk", "uy", "uz", "ve", "vn", "vu", "ws", "ye", "za", "zm", "zw"}
)  # fmt: skip
_AT_WORDS = frozenset({"sign", "symbol"})  # "at sign gmail dot com": the "@" said by its name
# mail providers whose domain is said without its "dot" ("at gmail com")
_PROVIDERS = frozenset(
    {"gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "comcast", "verizon", "att", "msn", "live",
     "protonmail", "proton", "ymail", "sbcglobal", "cox", "charter", "earthlink", "mac", "me"}
)  # fmt: skip
_LOCAL_JOINERS = {"dot": ".", "period": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_LOCAL_STOP = frozenset(
    {"is", "it's", "its", "my", "email", "e", "mail", "address", "the", "me", "send", "to", "it", "at",
     "and", "or", "uh", "um", "that's", "was", "yeah", "sure", "use", "try", "reach", "you", "can", "on",
     "file", "account", "think", "new", "old", "work", "personal", "under", "like", "know", "would", "be",
     "should", "will", "sec", "second", "so", "okay", "ok", "hold", "see", "let", "just", "probably",
     "please", "cc", "bcc", "copy", "forward", "write", "text", "also", "i'll", "go", "slow", "slowly",
     "spell", "spelling", "again", "out", "down", "ready", "got", "here", "goes", "want",
     # round 19 (v18): "i log in with <local> at ...": how the caller uses the address
     "with", "log", "logged", "login",
     # round 26 (v25): a backchannel before a spoken address ("mhm <local> at ...") is no part of it
     "mhm", "mm", "hmm", "uh-huh", "erm", "umm"}
)  # fmt: skip
_MAX_LOCAL_TOKENS = 16
# round 29: "got a pen for a d e l i n a ... at ...", "a pen for gilchrist underscore m five at ...": the
# number words that are prepositions too are the sentence's before a spelled or joined local part (v28 took
# "for", and over it "a pen", four times); a digit said so sits inside the local part, not before it
_PREPOSITIONS_HEARD_AS_DIGITS = frozenset({"for", "to", "too"})


def find_emails(text: str, tokens: list[Token]) -> list[Finding]:
    written = _WRITTEN_EMAIL.finditer(text) if "@" in text else ()  # no "@", no written address (one C test)
    found = [Finding(m.start(), m.end(), EMAIL, m.group(0).lower()) for m in written]
    for i, token in enumerate(tokens):
        if token.low == "at" and 0 < i < len(tokens) - 1:
            spoken = _spoken_email(tokens, i)
            if spoken is not None:
                found.append(spoken)
    return found


def _spoken_email(tokens: list[Token], at: int) -> Finding | None:
    domain_end, domain = _domain(tokens, at + 2 if tokens[at + 1].low in _AT_WORDS else at + 1)
    if domain_end < 0:
        return None
    first = at
    j = at - 1
    joined = False  # a joiner ("dot", "underscore", "dash") was passed: the local part is its words
    while j >= 0 and at - j <= _MAX_LOCAL_TOKENS:
        low = tokens[j].low
        joined = joined or low in _LOCAL_JOINERS or low in ("_", "-")
        if joined and _prose_before_joined(tokens, j):
            break  # "she uses p dash hatzidakis at ...": "uses" is the sentence's, not the address's
        if _word_before_spelling(tokens, j):
            break  # "the account with d h a r p e r at ...": "with" is the sentence's (round 17)
        if low == "for" and j >= 1 and tokens[j - 1].low in ("email", "address", "mail", "e-mail"):
            break  # "swap my old email for <local> at ...": the swap's "for" (round 19, v18)
        if (
            low in _LOCAL_JOINERS
            or low in ("_", "-")
            or (
                low.isalnum()
                and (low not in _LOCAL_STOP or _letter_after_dot(tokens, j) or _initial_e(tokens, j, at))
                and not (sound(low) and tokens[j + 1].low not in _LOCAL_JOINERS)  # round 28: "mm hm <local>"
            )
        ):
            first = j
        elif low == "and" and j >= 1 and tokens[j - 1].low in ("hundred", "thousand"):
            pass  # "burford two thousand and four at ...": the "and" of a number said in the local part
        elif not (low in ("as", "in") and j + 1 < at):  # "j as in juliett"
            break
        j -= 1
    while first < at and (tokens[first].low in _LOCAL_JOINERS or tokens[first].low in ("_", "-", "as", "in")):
        first += 1
    if first >= at:
        return None
    value = f"{_local_part(tokens, first, at)}@{domain}"
    return Finding(tokens[first].start, tokens[domain_end].end, EMAIL, value)


def _prose_before_joined(tokens: list[Token], j: int) -> bool:
    """Whether word ``j``, left of a local part said with joiners and not itself joined to the next word,
    is an everyday word of the sentence ("she uses ...", "top of the form ..."), not a part of the address
    (round 14: spelled-out domains found, the walk left took the words before them)."""
    low = tokens[j].low
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return (
        len(low) > 1
        and low.isalpha()
        and low not in _LOCAL_JOINERS
        and nxt not in _LOCAL_JOINERS
        and nxt not in ("_", "-")
        and (low not in NUMBER_WORDS or low in _PREPOSITIONS_HEARD_AS_DIGITS)
        and low in known_words()
    )


def _letter_after_dot(tokens: list[Token], j: int) -> bool:
    """ "peltier dot e at ...": a letter said after "dot" is the local part's, not the "e" of "e-mail"."""
    return len(tokens[j].low) == 1 and j >= 1 and tokens[j - 1].low in ("dot", "period", "underscore")


def _initial_e(tokens: list[Token], j: int, at: int) -> bool:
    """ "the email on file is e grant at ...": an "e" before a word of the local part, not before "mail",
    is the first initial, not the "e" of "e-mail" (round 17: v16 left that "e" of one address in clear)."""
    if tokens[j].text.lower() != "e":
        return False
    before = tokens[j - 1].text if j >= 1 else ""
    if _single_letter(before) and (
        j + 1 == at or _single_letter(tokens[j + 1].text) or tokens[j + 1].low in _LOCAL_JOINERS
    ):
        # "n n e n n a", and "j a r v i s e at ..." (round 22: v21 left that address's domain in clear,
        # the walk stopped at its last spelled letter "e"): a letter of a spelled local part; round 23:
        # before "dot" too ("d a r l e n e dot ..." was cut there into a name and an address, v22)
        return True
    if j + 1 == at:
        # "lytle e at ...": an "e" right before "at" is the local part's last letter; the "e" of "e-mail"
        # comes before "mail", never before the "at" of an address (round 26: v25 left that "e" in clear)
        return True
    if j + 1 > at:
        return False
    nxt = tokens[j + 1].low
    return (
        len(nxt) > 1
        and nxt.isalpha()
        and nxt not in ("mail", "mails", "address")
        and nxt not in _LOCAL_STOP
        and not _single_letter(before)
    )


def _single_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha()


def _word_before_spelling(tokens: list[Token], j: int) -> bool:
    """An everyday word right before three or more letters said one by one (a spelled word) is the
    sentence's; before one letter it may be the address's ("groom m four one at ...")."""
    low = tokens[j].low
    return (
        j + 3 < len(tokens)
        and all(_single_letter(t.text) for t in tokens[j + 1 : j + 4])
        and len(low) > 1
        and low.isalpha()
        and low not in _LOCAL_JOINERS
        and (low not in NUMBER_WORDS or low in _PREPOSITIONS_HEARD_AS_DIGITS)
        and low in known_words()
    )


def _local_part(tokens: list[Token], first: int, at: int) -> str:
    """The written local part: "diamond eighty nine" -> "diamond89", "j as in juliett o" -> "jo"."""
    out: list[str] = []
    j = first
    while j < at:
        low = tokens[j].low
        if j + 3 < at + 1 and tokens[j + 1].low == "as" and j + 2 < at and tokens[j + 2].low == "in":
            out.append(low)
            j += 4
            continue
        group, used = group_at(tokens, j)
        if group is not None and low not in ("to", "for", "too", "ate", "won"):
            out.append(group)
            j += used
            continue
        out.append(_LOCAL_JOINERS.get(low, low))
        j += 1
    return "".join(out)


def _spelled_letter(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isalpha()


def _domain(tokens: list[Token], j: int) -> tuple[int, str]:
    """(last index, written domain) of "gmail dot com" at ``j``, or (-1, "")."""
    labels: list[str] = []
    last = -1
    while j < len(tokens) and tokens[j].low.replace("-", "").isalnum():
        if tokens[j].low == "g" and j + 1 < len(tokens) and tokens[j + 1].low == "mail":
            j += 1  # "g mail dot com"
            labels.append("gmail")
        else:
            labels.append(tokens[j].low)
            while len(tokens[j].low) == 1 and j + 1 < len(tokens) and _spelled_letter(tokens[j + 1]):
                j += 1  # "u c l dot a c dot u k", "e d u": a label spelled letter by letter
                labels[-1] += tokens[j].low
        if j + 2 < len(tokens) and tokens[j + 1].low in ("dot", "."):
            j += 2
            continue
        if j + 2 < len(tokens) and tokens[j + 1].low in ("dash", "hyphen") and tokens[j + 2].low.isalnum():
            labels[-1] += "-" + tokens[j + 2].low  # "uni dash kiel dot de": one label said with its hyphen
            j += 2
            if j + 2 < len(tokens) and tokens[j + 1].low in ("dot", "."):
                j += 2
                continue
        if (
            len(labels) == 1
            and labels[0] in _PROVIDERS
            and j + 1 < len(tokens)
            and tokens[j + 1].low in _TLDS
        ):
            j += 1  # "mcallister j at gmail com": the "dot" not heard
            continue
        last = j
        break
    if last < 0 or len(labels) < 2 or (labels[-1] not in _TLDS and labels[-1] not in _COUNTRY_TLDS):
        return -1, ""
    return last, ".".join(labels)
