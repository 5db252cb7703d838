"""Values that are **not** personal data, which a redactor must leave alone, at about the rate they come up
in calls to a service line: prices, appointment dates and times, order, confirmation and tracking numbers
(the commonest look-alikes of an ID on a support call), flights, products with model numbers, dosages,
plus the kit's other kinds over v14's lists.

The label rule is v13's for every kind it has. Order, confirmation and tracking numbers are new as marked
values: the brief for v14 names them as distractors (a business's reference for a transaction, not an
identifier of the person), so they are marked to keep, each with its kind, and a redactor that takes them
loses preservation, not recall.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import UNITS, number_words

AIRLINES = [("Delta", "DL"), ("American", "AA"), ("United", "UA"), ("Southwest", "WN"), ("JetBlue", "B6"),
            ("Alaska", "AS")]  # fmt: skip
PRODUCTS = ["iPhone 15", "Galaxy S23", "Dyson V11 vacuum", "Whirlpool WRF555 fridge", "HP DeskJet 2755",
            "Nest Thermostat E", "Samsung Q60C TV", "Bose QC45 headphones", "Kindle Paperwhite 11",
            "Frigidaire FFTR1835 freezer", "Moto G Power", "Apple Watch SE"]  # fmt: skip
STATUSES = ["in transit", "delivered", "out for delivery", "delayed", "on hold at the depot", "label created"]
AIMODELS = ["gpt-4o-mini", "claude-3-haiku", "gemini-1.5-flash", "nova-3"]
MG = [5, 10, 20, 25, 40, 50, 81, 100, 200, 500]
ORDER_LETTERS = "ABCDEFGHJKLMNPRSTWXYZ"


def _said(digits: str, ctx: Ctx) -> str:
    """Digits said one by one ("oh" for zero) in raw and punct transcripts, as written otherwise."""
    if not ctx.words:
        return digits
    return " ".join("oh" if c == "0" else UNITS[int(c)] for c in digits)


def order(ctx: Ctx) -> str:
    """An order number: 7-9 digits ("order 4 5 1 ...")."""
    r = ctx.rng
    return _said(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(6, 8))), ctx)


def confirmation(ctx: Ctx) -> str:
    """A booking confirmation code: six letters and digits ("K7Q2MX"), spelled in words transcripts."""
    r = ctx.rng
    code = "".join(r.choice(ORDER_LETTERS + "23456789") for _ in range(6))
    if not ctx.words:
        return code
    return " ".join(
        c.lower() if ctx.lower and c.isalpha() else (UNITS[int(c)] if c.isdigit() else c) for c in code
    )


def tracking(ctx: Ctx) -> str:
    """A parcel tracking number: UPS "1Z" and 16 more characters written, or its last digits said."""
    r = ctx.rng
    if ctx.style == "smart":
        return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    return "ending " + _said("".join(str(r.randint(0, 9)) for _ in range(6)), ctx)


def dose(ctx: Ctx) -> str:
    """A dosage: "twenty milligrams", "20 mg"."""
    mg = ctx.rng.choice(MG)
    if ctx.style == "smart":
        return f"{mg} mg"
    if ctx.style == "numerals":
        return f"{mg} milligrams"
    return f"{number_words(mg)} milligrams"


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    "ORDER": order,
    "CONFIRM": confirmation,
    "TRACK": tracking,
    "DOSE": dose,
}
