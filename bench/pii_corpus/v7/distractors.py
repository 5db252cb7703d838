"""Values that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a shipment, a product, a place in a queue or the
clock, and does not by itself single out or reach a caller: prices and balances, order quantities, times,
dates that are not a birth date (appointments, due dates), day-of-month, durations, percentages, distances,
temperatures, sizes, years that are not a birth date, menu options, flight numbers, shipment status words
(what a tracking page says), product models, firmware and app versions, AI model names, error codes; and new
in v7, values shaped like a caller's data that are not: products named like streets ("Pine Ridge sectional",
"Hampton Bay fan"), a highway exit or a public road ("exit forty two", "Interstate 35"), store and aisle
numbers, a vehicle's model year, a TV channel. Each
renderer returns the text only; ``build.py`` marks it in ``distractors``. The renderers v6 and v7 share are
``distractor_kit``'s, drawing from this half's lists.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v7.slots import Ctx
from bench.pii_corpus.v7.speech import number_words

AIRLINES = [("Alaska", "AS"), ("Southwest", "WN"), ("Breeze", "MX"), ("Avelo", "XP"), ("JetBlue", "B6")]
# product names that read like an address or a name: the street-like distractors
PRODUCTS = ["Pine Ridge sectional", "Hampton Bay ceiling fan", "Oak Creek recliner", "Willow Lane crib",
            "Harbor Point grill", "Forest Hills mattress", "Summit Drive treadmill", "Galaxy S24", "Moto G Power",
            "Traeger Pro 575", "Ninja Foodi", "Bissell 2252", "Chevy Trailblazer", "Ford Maverick"]  # fmt: skip
STATUSES = ["pre-transit", "departed facility", "arrived at hub", "on the truck", "delivery attempted",
            "return to sender", "ready for pickup", "signed for"]  # fmt: skip
AIMODELS = ["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "mistral-small-2409", "nova-2-phonecall",
            "whisper-large-v3", "qwen2.5-7b-instruct"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("Route", "Route "), ("Loop", "Loop ")]


def exit_(ctx: Ctx) -> str:
    n = ctx.rng.randint(2, 240)
    return ctx.case(f"exit {number_words(n) if ctx.words else n}")


def road(ctx: Ctx) -> str:
    """A public road (no house number: nobody's address)."""
    r = ctx.rng
    said, written = r.choice(ROADS)
    n = r.choice([5, 10, 35, 40, 66, 75, 95, 285, 410, 610])
    if ctx.words:
        return ctx.case(f"{said} {number_words(n)}")
    return f"{written}{n}" if ctx.style == "smart" else ctx.case(f"{said} {n}")


def store(ctx: Ctx) -> str:
    n = ctx.rng.randint(100, 4999)
    return ctx.case(f"store number {number_words(n) if ctx.words else n}" if ctx.rng.random() < 0.5
                    else f"aisle {number_words(n % 40 + 1) if ctx.words else n % 40 + 1}")  # fmt: skip


def model_year(ctx: Ctx) -> str:
    r = ctx.rng
    y, car = r.randint(2008, 2025), r.choice(["Camry", "Silverado", "Outback", "Civic", "Tahoe", "Sienna"])
    if ctx.words:
        said = ("twenty " + number_words(y - 2000)) if y >= 2010 else "two thousand " + number_words(y - 2000)
        return ctx.case(f"{said} {car}")
    return ctx.case(f"{y} {car}")


def channel(ctx: Ctx) -> str:
    n = ctx.rng.randint(2, 899)
    return ctx.case(f"channel {number_words(n) if ctx.words else n}")


# the kinds v6 had too (distractor_kit, over this half's lists), and v7's new ones
DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    "EXIT": exit_, "ROAD": road, "STORE": store, "MODELYEAR": model_year, "CHANNEL": channel,
}  # fmt: skip
