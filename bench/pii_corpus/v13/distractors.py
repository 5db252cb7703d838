"""Values that are **not** personal data, which a redactor must leave alone (v12's label rules, v13's lists and
four new kinds).

The label rule is v12's, unchanged: prices, quantities, times, appointment dates, durations, percentages,
distances, temperatures, sizes, non-birth years, menu options, flight numbers, shipment statuses, products
with model numbers, versions, AI model names, error codes, ages and dosages are marked values to keep; order,
confirmation and tracking numbers are not in the half (v8's rule, kept by v10-v12: the rule does not say
whether they are personal data). New in v13, each said right after a PII value so that a redactor that
grows its span too far is caught: a card's expiry ("oh nine twenty eight", "09/28") and security code ("the
three digits on the back"), and the extension after a phone number ("extension two fourteen"), a business's
desk, not a person's; and a dosage said as a count of tablets ("two of the fifty milligram").
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import UNITS, number_words

AIRLINES = [("Ethiopian", "ET"), ("Philippine Airlines", "PR"), ("Iberia", "IB"), ("Georgian Airways", "A9"),
            ("MIAT", "OM"), ("Air Peace", "P4")]  # fmt: skip
PRODUCTS = ["Roomba j7 vacuum", "Instant Pot Duo 7-in-1", "Keurig K-Elite brewer", "Fitbit Charge 6",
            "Canon Pixma TR4720", "Ninja AF101 air fryer", "Vitamix E310 blender", "Ring Doorbell 4",
            "Omron Platinum BP5450 cuff", "ResMed AirSense 11", "Sonos Era 100", "Lenovo IdeaPad 3"]  # fmt: skip
STATUSES = ["out for delivery", "returned to sender", "stuck in sorting", "left at the front desk",
            "waiting on a signature", "rescheduled twice"]  # fmt: skip
AIMODELS = ["claude-3-5-haiku", "llama-3.1-8b-instant", "gpt-4.1-mini", "deepgram-nova-2", "sonic-english"]
MG = [10, 25, 50, 75, 100, 125, 150, 250, 400, 500]


def expiry(ctx: Ctx) -> str:
    """A card's expiry month and year: "oh nine twenty eight", "09/28", "nine 28"."""
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(26, 33)
    if ctx.style == "smart":
        return f"{m:02d}/{y}"
    if ctx.style == "numerals":
        return f"{m:02d} {y}"
    month = f"oh {UNITS[m]}" if m < 10 and r.random() < 0.6 else number_words(m)
    return f"{month} {number_words(y)}"


def cvv(ctx: Ctx) -> str:
    """A card's security code (three digits, four on an Amex), which is not the card number."""
    r = ctx.rng
    code = "".join(str(r.randint(0, 9)) for _ in range(r.choice([3, 3, 3, 4])))
    return " ".join(UNITS[int(c)] for c in code) if ctx.words else code


def extension(ctx: Ctx) -> str:
    """A desk's extension after a phone number: "two fourteen", "4471"."""
    r = ctx.rng
    n = r.choice([r.randint(100, 999), r.randint(1000, 9999)])
    if not ctx.words:
        return str(n)
    s = str(n)
    if len(s) == 3 and s[1] != "0":
        return f"{UNITS[int(s[0])]} {number_words(int(s[1:]))}"
    return " ".join(UNITS[int(c)] for c in s)


def tablets(ctx: Ctx) -> str:
    """A dosage as a count of tablets of a strength: "two of the fifty milligram", "1 x 25 mg"."""
    r = ctx.rng
    k, mg = r.randint(1, 3), r.choice(MG)
    if ctx.style == "smart":
        return f"{k} x {mg} mg"
    if ctx.style == "numerals":
        return f"{k} of the {mg} milligram"
    return f"{number_words(k)} of the {number_words(mg)} milligram"


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    "EXPIRY": expiry,
    "CVV": cvv,
    "EXT": extension,
    "TABS": tablets,
}
