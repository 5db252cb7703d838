"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v29's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v29's own desks hear, numbers that identify
nobody: a channel number at the satellite-TV provider, a lens power at the optician, a school bus route at the
school district, a storage unit's number and its size at the storage-unit office.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

CHANNELS = (2, 4, 7, 9, 11, 13, 206, 212, 245, 360, 396, 519)  # local stations, then a satellite lineup's
LENSES = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.75, 4.5)  # diopters, in quarter steps
UNIT_SIZES = ((5, 5), (5, 10), (10, 10), (10, 15), (10, 20), (10, 30))  # feet: the sizes storage lots rent


def channel(ctx: Ctx) -> str:
    """A channel number ("channel two oh six", "channel 206"): a place on a lineup, nobody's number."""
    n = ctx.rng.choice(CHANNELS)
    if not ctx.words:
        return f"channel {n}"
    if n < 100:
        return f"channel {number_words(n)}"
    tens = n % 100
    tail = f"oh {number_words(tens)}" if tens < 10 else number_words(tens)
    return f"channel {number_words(n // 100)} {tail}"


def lens(ctx: Ctx) -> str:
    """A lens power, minus for near sight more often ("minus two point five", "-2.50")."""
    power, sign = ctx.rng.choice(LENSES), ("minus", "-") if ctx.rng.random() < 0.7 else ("plus", "+")
    if not ctx.words:
        return f"{sign[1]}{power:.2f}"
    whole, part = divmod(round(power * 100), 100)
    said = number_words(whole) if whole else "zero"
    if part:
        said += " point " + {25: "two five", 50: "five", 75: "seven five"}[part]
    return f"{sign[0]} {said}"


def bus(ctx: Ctx) -> str:
    """A school bus route ("bus forty one", "Bus 41")."""
    n = ctx.rng.randint(3, 88)
    said = f"bus {number_words(n) if ctx.words else n}"
    return said.capitalize() if ctx.style == "smart" else said


def storage(ctx: Ctx) -> str:
    """A storage unit's number: a building letter and a door ("unit C one fourteen", "Unit C114")."""
    block, door = ctx.rng.choice("ABCDEFGH"), ctx.rng.randint(101, 349)
    if not ctx.words:
        return f"Unit {block}{door}" if ctx.style == "smart" else f"unit {block}{door}"
    rest = door % 100
    tail = f"oh {number_words(rest)}" if 0 < rest < 10 else number_words(rest) if rest else "hundred"
    return f"unit {block} {number_words(door // 100)} {tail}"


def unit_size(ctx: Ctx) -> str:
    """A storage unit's size in feet ("a ten by fifteen", "10x15")."""
    w, d = ctx.rng.choice(UNIT_SIZES)
    return distractor_kit.in_style(ctx, f"{number_words(w)} by {number_words(d)}", f"{w} by {d}", f"{w}x{d}")


OWN: dict[str, Callable[[Ctx], str]] = {"CHANNEL": channel, "LENS": lens, "BUS": bus, "STORAGE": storage,
                                        "UNITSIZE": unit_size}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
