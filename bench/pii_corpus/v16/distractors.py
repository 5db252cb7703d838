"""Values that look like personal data but are not, marked so that removing them costs preservation: the
kit's eighteen kinds over v16's lists, and the four a service line hears most, order, confirmation and
tracking numbers and doses (kinds ``ORDER``, ``CONFIRM``, ``TRACK``, ``DOSE``: the business's reference for a
transaction or a quantity, not an identifier of the caller; the rule v14 and v15 follow).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import UNITS, number_words

AIRLINES = [("Alaska", "AS"), ("JetBlue", "B6"), ("Delta", "DL"), ("American", "AA"), ("United", "UA"),
            ("Southwest", "WN"), ("Allegiant", "G4")]  # fmt: skip
PRODUCTS = ["iPhone 14", "Galaxy S23", "Samsung QN90B TV", "Nest Thermostat E", "Dyson V11", "HP DeskJet 2755e",
            "Apple Watch SE", "Whirlpool WTW5000 washer", "Ninja AF101 air fryer", "Netgear Nighthawk R7000",
            "Vizio M55Q7 TV", "Garmin Forerunner 55"]  # fmt: skip
STATUSES = ["in transit", "out for delivery", "label created", "on hold", "delivered", "backordered"]
AIMODELS = ["gpt-4o", "gemini-1.5-flash", "mistral-7b", "nova-3"]
MILLIGRAMS = [1, 5, 10, 20, 25, 40, 50, 81, 100, 200, 300, 400, 500, 600, 800]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _spoken(digits: str, ctx: Ctx) -> str:
    """Digits as words one by one on a words transcript, as numerals on a numerals or smart one."""
    return " ".join(UNITS[int(c)] for c in digits) if ctx.words else digits


def order(ctx: Ctx) -> str:
    """A store's order number: ten digits starting 1 or 2, or "number" then seven digits after a letter."""
    r = ctx.rng
    if r.random() < 0.6:
        return _spoken(r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9)), ctx)
    letter = r.choice("BCS")
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    return letter + digits if ctx.style == "smart" else ctx.case(letter) + " " + _spoken(digits, ctx)


def confirmation(ctx: Ctx) -> str:
    """An airline or hotel record locator: six letters, now and then a digit."""
    r = ctx.rng
    code = "".join(r.choice(LETTERS) if r.random() < 0.85 else str(r.randint(2, 9)) for _ in range(6))
    if ctx.style == "smart":
        return code
    return ctx.case(" ".join(UNITS[int(c)] if c.isdigit() and ctx.words else c for c in code))


def tracking(ctx: Ctx) -> str:
    """A parcel number: a UPS "1Z" number written, or its last digits said."""
    r = ctx.rng
    if ctx.style == "smart":
        return "1Z" + "".join(r.choice(LETTERS + "0123456789") for _ in range(16))
    return "ending " + _spoken("".join(str(r.randint(0, 9)) for _ in range(6)), ctx)


def dose(ctx: Ctx) -> str:
    """A dose: "forty milligrams", "40 mg", "40 milligrams"."""
    mg = ctx.rng.choice(MILLIGRAMS)
    if ctx.style == "smart":
        return f"{mg} mg"
    return f"{number_words(mg) if ctx.words else mg} milligrams"


MARKED: dict[str, Callable[[Ctx], str]] = {"ORDER": order, "CONFIRM": confirmation, "TRACK": tracking, "DOSE": dose}  # fmt: skip
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
