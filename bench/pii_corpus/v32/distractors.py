"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v32's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v32's own desks hear, numbers that identify
nobody: a hearing-aid battery size at the hearing clinic, gallons of propane at the propane dealer, a ship's
cabin at the cruise line's booking desk, a truck's length at the moving-truck rental, and a courtroom at the
court clerk.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

BATTERIES = (10, 13, 312, 675)  # zinc-air hearing-aid battery sizes (the colour tabs' numbers)
GALLONS = (50, 75, 100, 120, 150, 250, 300, 500)  # a propane fill or a tank's size
CABINS = ((6, 14), (7, 221), (8, 305), (9, 112), (10, 48), (11, 260))  # (deck, cabin on that deck)
FEET = (10, 12, 15, 16, 20, 26)  # moving-truck lengths
COURTROOMS = (2, 3, 4, 5, 7, 9, 12, 14)


def battery(ctx: Ctx) -> str:
    """A hearing-aid battery size ("size three twelve", "size 312")."""
    n = ctx.rng.choice(BATTERIES)
    if not ctx.words:
        return f"size {n}"
    if n >= 100:
        return f"size {number_words(n // 100)} {number_words(n % 100)}"
    return f"size {number_words(n)}"


def gallons(ctx: Ctx) -> str:
    """Propane by the gallon ("a hundred fifty gallons", "150 gal")."""
    n = ctx.rng.choice(GALLONS)
    if ctx.style == "smart":
        return f"{n} gal"
    if ctx.words:
        said = f"a hundred {number_words(n - 100)}" if 100 < n < 200 else number_words(n)
        return f"{said} gallons"
    return f"{n} gallons"


def cabin(ctx: Ctx) -> str:
    """A cruise cabin, deck then room ("cabin nine one one two", "cabin 9112")."""
    deck, room = ctx.rng.choice(CABINS)
    if not ctx.words:
        return f"cabin {deck}{room:03d}"
    return f"cabin {number_words(deck)} {' '.join('oh' if d == '0' else number_words(int(d)) for d in f'{room:03d}')}"


# A truck's length ("the twenty six footer", "the 26-footer").
feet = distractor_kit.quantity(FEET, "the {} footer", "the {}-footer")


# A courtroom ("courtroom twelve", "courtroom 12").
courtroom = distractor_kit.quantity(COURTROOMS, "courtroom {}")


OWN: dict[str, Callable[[Ctx], str]] = {"BATTERY": battery, "GALLONS": gallons, "CABIN": cabin, "FEET": feet,
                                        "COURTROOM": courtroom}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
