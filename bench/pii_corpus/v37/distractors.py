"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v37's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and six kinds v37's own desks hear, numbers that identify
nobody: a lawn's size in acres at the lawn-care service, a water heater's gallons at the plumber, a
sunscreen's SPF at the dermatology practice, benefit weeks at the unemployment office, a parking zone at the
permit office and a refrigerator's cubic feet at the appliance-repair dispatcher.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

ACRES = ("a quarter", "a third", "a half", "three quarters", "one", "two")  # a lawn's size in acres
GALLONS = (30, 40, 50, 75, 80)  # a tank water heater's size
SPFS = (15, 30, 45, 50, 70, 100)  # a sunscreen's sun protection factor
WEEKS = (2, 6, 12, 16, 20, 26)  # weeks of unemployment benefits
ZONES = (3, 7, 11, 14, 22, 31, 40)  # residential parking permit zones
CUFT = (18, 21, 22, 25, 26, 28)  # a refrigerator's capacity in cubic feet


def acres(ctx: Ctx) -> str:
    """A lawn's size ("about a third of an acre", "about 0.33 acres")."""
    size = ctx.rng.choice(ACRES)
    if size in ("one", "two"):
        return (
            f"{size} acre{'s' if size == 'two' else ''}" if ctx.words else f"{1 if size == 'one' else 2} ac"
        )
    return f"about {size} of an acre"


# A water heater's size ("a fifty gallon tank", "a 50-gallon tank").
gallons = distractor_kit.quantity(GALLONS, "a {} gallon tank", "a {}-gallon tank")


# A sunscreen's factor ("SPF fifty", "SPF 50").
spf = distractor_kit.quantity(SPFS, "SPF {}")


# Benefit weeks ("twenty six weeks", "26 weeks").
weeks = distractor_kit.quantity(WEEKS, "{} weeks")


# A parking permit zone ("zone fourteen", "Zone 14").
zone = distractor_kit.quantity(ZONES, "zone {}", "Zone {}")


# A refrigerator's size ("twenty five cubic feet", "25 cu. ft.").
cubic_feet = distractor_kit.quantity(CUFT, "{} cubic feet", "{} cu. ft.")


OWN: dict[str, Callable[[Ctx], str]] = {"ACRES": acres, "GALLONS": gallons, "SPF": spf, "WEEKS": weeks,
                                        "ZONE": zone, "CUFT": cubic_feet}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, OWN, MARKED)
