"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v27's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v27's own desks hear, numbers that identify
nobody: a tooth number at the dental office, an airport gate at the airline's loyalty desk, a points balance,
a pet's weight at the vet clinic and a water bill's usage in gallons.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

GATE_LETTERS = "ABCDE"


def _said(n: int, ctx: Ctx) -> str:
    """A quantity as words on a words transcript, as numerals otherwise."""
    return number_words(n) if ctx.words else str(n)


def tooth(ctx: Ctx) -> str:
    """A tooth by its Universal Numbering System number (1-32), the way a dental office names it."""
    return ctx.case(f"number {_said(ctx.rng.randint(1, 32), ctx)}")


def gate(ctx: Ctx) -> str:
    """An airport gate: a concourse letter and a number ("gate C fourteen", "C14")."""
    letter, n = ctx.rng.choice(GATE_LETTERS), ctx.rng.randint(1, 48)
    return f"{letter}{n}" if ctx.style == "smart" else ctx.case(f"gate {letter} {_said(n, ctx)}")


def points(ctx: Ctx) -> str:
    """A loyalty balance in thousands of points ("forty two thousand points", "42,000 points")."""
    k = ctx.rng.randint(3, 180)
    return distractor_kit.in_style(
        ctx, f"{number_words(k)} thousand points", f"{k}000 points", f"{k * 1000:,} points"
    )


def weight(ctx: Ctx) -> str:
    """A pet's weight in pounds ("sixty two pounds", "62 lbs")."""
    lb = ctx.rng.randint(4, 110)
    return f"{lb} lbs" if ctx.style == "smart" else f"{_said(lb, ctx)} pounds"


def gallons(ctx: Ctx) -> str:
    """A month's water use on the bill, in gallons ("four thousand two hundred gallons", "4,200 gallons")."""
    n = ctx.rng.randint(12, 160) * 100
    return distractor_kit.in_style(ctx, f"{number_words(n)} gallons", f"{n} gallons", f"{n:,} gallons")


OWN: dict[str, Callable[[Ctx], str]] = {"TOOTH": tooth, "GATE": gate, "POINTS": points, "WEIGHT": weight,
                                        "GALLONS": gallons}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
