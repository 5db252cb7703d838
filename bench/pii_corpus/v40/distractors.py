"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v40's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers, and eight kinds
v40's own desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a ski length at the ski resort's rentals desk, a boot size there, a kennel run and
a dog's weight at the kennel, a well's depth at the well driller, a hull's length at the boat-registration
office, bags of feed at the farm-supply co-op and a jury group number on the jury-duty line (the group a summons
puts many jurors in, not a juror's own number, which is ACCOUNT_ID).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Sun Country", "SY"), ("Breeze", "MX"), ("Aer Lingus", "EI"), ("Porter", "PD"), ("Volaris", "Y4"),
            ("Condor", "DE")]  # fmt: skip
PRODUCTS = ["snowboard", "ski poles", "helmet", "crate", "leash", "pressure tank", "well pump", "trailer hitch",
            "mineral block", "fence charger", "bus pass", "juror badge"]  # fmt: skip
STATUSES = ["booked", "waitlisted", "processing", "deferred", "ready for pickup", "closed"]
AIMODELS = ["llama-3.1-8b", "gemini-flash", "phi-3", "claude-haiku"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "SKICM": quantity((150, 158, 165, 170, 177), "{} centimeter skis", "{} cm skis"),
    "BOOT": quantity((7, 8, 9, 10, 11, 12), "boot size {}"),
    "RUN": quantity((3, 6, 8, 12, 15), "kennel run {}", smart="Run #{}"),
    "DOGLBS": quantity((18, 35, 55, 70, 90), "a {} pound dog", "a {} lb dog"),
    "WELLFT": quantity((120, 180, 240, 300, 420), "{} feet down", "{} ft down"),
    "HULLFT": quantity((14, 16, 18, 21, 24), "a {} foot hull", "a {}-foot hull"),
    "FEED": quantity((5, 10, 20, 40), "{} bags of layer feed"),
    "JURYGRP": quantity((2, 4, 7, 11, 16), "jury group {}", smart="Group {}"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
