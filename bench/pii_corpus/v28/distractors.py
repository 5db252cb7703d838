"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v28's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v28's own desks hear, numbers that identify
nobody: a hotel room number and a count of nights at the reservations desk, a plan's speed at the
home-internet provider, a days' supply at the mail-order pharmacy and hours on a pay stub at the payroll
provider.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

SPEEDS = (100, 200, 300, 500, 940)  # Mbps tiers a cable or fiber plan is sold in
SUPPLIES = (30, 60, 90, 100)  # days: a mail-order fill is 90 (or 100) days, a retail one 30


def room(ctx: Ctx) -> str:
    """A hotel room: a floor and a door ("room twelve oh four", "Room 1204"); a number, nobody's address."""
    floor, door = ctx.rng.randint(2, 19), ctx.rng.randint(1, 40)
    if ctx.style == "smart":
        return f"Room {floor}{door:02d}"
    if not ctx.words:
        return ctx.case(f"room {floor}{door:02d}")
    tail = f"oh {number_words(door)}" if door < 10 else number_words(door)
    return ctx.case(f"room {number_words(floor)} {tail}")


def nights(ctx: Ctx) -> str:
    """A stay's length ("three nights", "3 nights")."""
    n = ctx.rng.randint(1, 9)
    return (
        f"{number_words(n) if ctx.words else n} nights"
        if n > 1
        else ("one night" if ctx.words else "1 night")
    )


# A plan's download speed ("three hundred megs", "300 Mbps").
speed = distractor_kit.quantity(SPEEDS, "{} megs", smart="{} Mbps")


# A fill's length in days ("a ninety day supply", "90-day supply").
supply = distractor_kit.quantity(SUPPLIES, "{} day supply", smart="{}-day supply")


def hours(ctx: Ctx) -> str:
    """Hours on a pay stub, whole or and a half ("thirty eight and a half hours", "38.5 hours")."""
    n, half = ctx.rng.randint(8, 88), ctx.rng.random() < 0.3
    if not ctx.words:
        return f"{n}.5 hours" if half else f"{n} hours"
    return f"{number_words(n)} and a half hours" if half else f"{number_words(n)} hours"


OWN: dict[str, Callable[[Ctx], str]] = {"ROOM": room, "NIGHTS": nights, "SPEED": speed, "SUPPLY": supply,
                                        "HOURS": hours}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
