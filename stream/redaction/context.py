"""Context words: what a caller said just before a number decides what kind of number it is.

"my social is one two three ..." and "my member ID is one two three ..." carry the same digits; the
nearest context word before a run (within a few words) names its kind, so a nine-digit member ID is
not mislabelled a social, and "the last four of my card" redacts four digits as a card fragment.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ingest.lexicon.calendar import MONTHS as CALENDAR_MONTHS
from stream.redaction.spoken import NUMBER_WORDS, ORDINALS, Token

SSN = "US_SSN"
CARD = "CREDIT_CARD"
PHONE = "PHONE_NUMBER"
ZIP = "ZIP_CODE"
ACCOUNT = "ACCOUNT_ID"
DOB = "DATE_OF_BIRTH"
NUMBER = "NUMBER"
PERSON = "PERSON"
EMAIL = "EMAIL_ADDRESS"
ADDRESS = "STREET_ADDRESS"
SPEECH_ENTITIES = (PERSON, SSN, CARD, PHONE, ZIP, ACCOUNT, DOB, NUMBER, EMAIL, ADDRESS)
"""Every kind the speech recognizers report (what Presidio is told they support)."""

CONTEXT_WORDS: dict[str, str] = {
    "social": SSN, "ssn": SSN, "socials": SSN,
    "card": CARD, "visa": CARD, "mastercard": CARD, "amex": CARD, "discover": CARD, "credit": CARD,
    "debit": CARD,
    "phone": PHONE, "cell": PHONE, "mobile": PHONE, "callback": PHONE, "reach": PHONE, "text": PHONE,
    "landline": PHONE, "telephone": PHONE,
    "zip": ZIP, "zipcode": ZIP, "postal": ZIP,
    "member": ACCOUNT, "account": ACCOUNT, "policy": ACCOUNT, "id": ACCOUNT, "customer": ACCOUNT,
    "reference": ACCOUNT, "confirmation": ACCOUNT, "order": ACCOUNT, "claim": ACCOUNT, "group": ACCOUNT,
    "subscriber": ACCOUNT, "rx": ACCOUNT, "prescription": ACCOUNT, "invoice": ACCOUNT, "case": ACCOUNT,
    "ticket": ACCOUNT, "routing": ACCOUNT, "license": ACCOUNT, "medicare": ACCOUNT, "medicaid": ACCOUNT,
    "parcel": ACCOUNT,
    "birth": DOB, "born": DOB, "birthday": DOB, "dob": DOB, "birthdate": DOB,
    "pin": NUMBER, "cvv": NUMBER, "cvc": NUMBER, "passcode": NUMBER, "password": NUMBER, "otp": NUMBER,
    "code": NUMBER, "verification": NUMBER,
}  # fmt: skip

NOT_PII_AFTER = frozenset(
    {
        "dollars", "dollar", "bucks", "cents", "percent", "%", "mg", "milligrams", "milligram", "ml",
        "minutes", "minute", "hours", "hour", "days", "day", "weeks", "months", "years", "miles", "pounds",
        "times", "pills", "tablets", "units", "calories", "degrees", "o'clock", "am", "pm", "people",
    }
)  # fmt: skip

# month names from the shared lexicon (``ingest.lexicon.calendar``) and their written abbreviations
MONTHS = (
    {name.lower(): i for i, name in enumerate(CALENDAR_MONTHS, 1)}
    | {name[:3].lower(): i for i, name in enumerate(CALENDAR_MONTHS, 1)}
    | {"sept": 9}
)

_WINDOW = 8
_CODE_COMPOUNDS = {"zip": ZIP, "postal": ZIP, "area": PHONE, "group": ACCOUNT}


BIRTH_WORDS = frozenset({"birthday", "birth", "dob", "birthdate"})
# a context word inside a compound that names something else
_NOT_CUES = frozenset({("credit", "union"), ("credit", "unions")})


def kind_before(tokens: list[Token], index: int, window: int = _WINDOW) -> str | None:
    """The kind named by the nearest context word in the ``window`` tokens before ``index``."""
    for j in range(index - 1, max(-1, index - 1 - window), -1):
        low = tokens[j].low
        if low == "security" and j + 1 < len(tokens) and tokens[j + 1].low == "code":
            return NUMBER
        if low == "code" and j > 0 and tokens[j - 1].low in _CODE_COMPOUNDS:
            return _CODE_COMPOUNDS[tokens[j - 1].low]
        kind = CONTEXT_WORDS.get(low)
        if kind is not None and j + 1 < len(tokens) and (low, tokens[j + 1].low) in _NOT_CUES:
            continue  # "the credit union closes at two fifty": a place, not a card
        if kind is None and low.endswith("'s") and low[:-2] in BIRTH_WORDS:
            kind = DOB  # "my birthday's the ninth of march"
        if kind is not None:
            if kind == SSN and low == "social" and _is_security_code(tokens, j):
                return NUMBER
            return kind
        if low == "security" and j > 0 and tokens[j - 1].low == "social":
            return SSN
    return None


def _is_security_code(tokens: list[Token], j: int) -> bool:
    return j + 2 < len(tokens) and tokens[j + 1].low == "security" and tokens[j + 2].low == "code"


def words_after(tokens: list[Token], index: int, count: int = 2) -> list[str]:
    return [t.low for t in tokens[index + 1 : index + 1 + count]]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words that are not names: spaCy's stop words, VADER's lexicon, Faker's common English words
    and our own list (with the everyday words that are also first names: "mark", "will", "grace")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set()
    for name in ("common_words.v1.txt", "common_words.faker_lorem.txt"):
        ours = resources.files("stream.redaction").joinpath(f"lexicons/{name}").read_text()
        words |= {w.strip() for w in ours.splitlines() if w.strip() and not w.startswith("#")}
    words |= {w.lower() for w in STOP_WORDS}
    words |= _vader_words()
    words |= set(MONTHS) | set(NUMBER_WORDS) | set(ORDINALS) | set(CONTEXT_WORDS)
    return frozenset(words)


@lru_cache(maxsize=1)
def vader_words() -> frozenset[str]:
    """VADER's sentiment words ("great", "sorry"): said about a name, never one."""
    return frozenset(_vader_words())


def _vader_words() -> set[str]:
    try:
        lexicon = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - vaderSentiment is a dependency
        return set()
    words = (line.split("\t", 1)[0] for line in lexicon.splitlines())
    return {w for w in words if w.isalpha()}
