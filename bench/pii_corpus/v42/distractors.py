"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v42's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and eight kinds v42's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a gearbox's speeds at the transmission shop, a horse's height in hands at the
boarding stable, beds in a suite at the university housing office, an urn's size at the crematory, a
wheelchair's seat width at the patient-transport desk, a jersey number at the youth league, a session's length
at the tattoo studio and the children in a household at the Medicaid enrollment line.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Frontier", "F9"), ("Allegiant", "G4"), ("Sun Country", "SY"), ("Breeze", "MX"),
            ("WestJet", "WS"), ("Aer Lingus", "EI")]  # fmt: skip
PRODUCTS = ["transmission flush", "torque converter", "dorm fridge", "mattress topper", "keepsake urn",
            "memorial folder", "saddle rack", "hay net", "cleats", "shin guards", "aftercare balm",
            "stencil"]  # fmt: skip
STATUSES = ["approved", "pending", "scheduled", "on hold", "waitlisted", "done"]
AIMODELS = ["mistral-small", "phi-4", "command-r", "yi-34b"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "GEARS": quantity((5, 6, 8, 10), "the {} speed automatic", "the {}-speed automatic"),
    "HANDS": quantity((14, 15, 16, 17), "{} hands tall"),
    "BEDS": quantity((2, 3, 4, 6), "a {} bed suite", "a {}-bed suite"),
    "URNCI": quantity((80, 120, 200, 220), "the {} cubic inch urn", "the {} cu. in. urn"),
    "WHEELIN": quantity((16, 18, 20, 22, 24), "a seat {} inches wide", "a seat {} in. wide"),
    "JERSEY": quantity((3, 7, 11, 23, 32, 44), "jersey number {}", "jersey #{}"),
    "SESSHRS": quantity((2, 3, 4, 6), "a {} hour session", "a {}-hour session"),
    "KIDS": quantity((1, 2, 3, 4, 5), "{} kids at home"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
