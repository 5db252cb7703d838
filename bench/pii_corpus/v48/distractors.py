"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v48's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported; an insurance claim number
(``CLAIM``: one claim, a transaction, so kept by the lead's rule of 2026-12-05), said as v16's order number is
(v16's ``order``, imported: ten digits, or a letter and seven); and six kinds v48's own desks hear, numbers that
identify nobody, each one draw said in words or as written (``distractor_kit.quantity``): a bowling center's
lane, a bowler's average, a CSA share's weeks, a climbing rope's length, an ambulance run's loaded miles, a
fishing charter's hours and the documents a notary stamps.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED, order

AIRLINES = [("Sun Country", "SY"), ("Breeze", "MX"), ("Spirit", "NK"), ("WestJet", "WS"), ("Aer Lingus", "EI"),
            ("Silver Airways", "3M")]  # fmt: skip
PRODUCTS = ["sewing machine", "serger", "walking foot", "bowling ball", "ball resurfacing", "climbing shoe",
            "belay device", "farm share box", "boot resole", "heel cap", "apostille", "rod and reel"]  # fmt: skip
STATUSES = ["ready", "waiting on parts", "being stitched", "mailed", "paid", "sent to collections"]
AIMODELS = ["llama-3-8b", "phi-3", "gemini-pro", "qwen-2"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "CLAIM": order,
    "LANE": quantity((4, 9, 12, 17, 22, 31), "lane {}"),
    "BOWLAVG": quantity((138, 162, 177, 189, 204), "a {} average"),
    "CSAWEEKS": quantity((10, 16, 20, 22), "a {} week share", "a {}-week share"),
    "ROPEM": quantity((50, 60, 70, 80), "a {} meter rope", "a {}-meter rope", smart="a {}m rope"),
    "LOADMI": quantity((6, 11, 14, 23, 37), "{} loaded miles"),
    "TRIPHRS": quantity((4, 6, 8, 10, 12), "a {} hour trip", "a {}-hour trip"),
    "NOTADOCS": quantity((2, 3, 4, 6, 9), "{} documents"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
