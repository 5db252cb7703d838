"""Values that look like personal data but are not, marked so a redactor that removes them loses
preservation: the kit's eighteen kinds over v15's lists, and the look-alikes a service line hears most,
order, confirmation and tracking numbers, with dosages. (Prescription and claim numbers are left out: they
point at one person's record, and v14's rule does not say how to label them.)

Labels follow v14's rule: an order, booking confirmation or parcel tracking number is the business's
reference for a transaction, not an identifier of the caller, so it is a kept value (``ORDER``,
``CONFIRM``, ``TRACK``), like a dosage (``DOSE``).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import UNITS, number_words

AIRLINES = [("Delta", "DL"), ("United", "UA"), ("American", "AA"), ("Southwest", "WN"), ("Spirit", "NK"),
            ("Frontier", "F9"), ("Hawaiian", "HA")]  # fmt: skip
PRODUCTS = ["Roku Ultra 4802R", "Pixel 8", "LG OLED C3 TV", "Keurig K-Elite", "Ring Doorbell 4",
            "Canon PIXMA TR4720", "Fitbit Charge 6", "GE Profile PVD28 refrigerator", "Shark NV360 vacuum",
            "Instant Pot Duo 7", "Xbox Series S", "Echo Dot 5th gen"]  # fmt: skip
STATUSES = [
    "shipped",
    "processing",
    "awaiting pickup",
    "returned to sender",
    "delivered yesterday",
    "pending",
]
AIMODELS = ["gpt-4.1-mini", "claude-3-5-sonnet", "llama-3.1-8b", "aura-2"]
DOSES_MG = [2.5, 5, 10, 12.5, 20, 25, 50, 75, 100, 150, 250, 325, 500, 1000]
CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _digits_said(digits: str, ctx: Ctx) -> str:
    """Digits one by one as words on a words transcript (zero as "zero"), as numerals otherwise."""
    if not ctx.words:
        return digits
    return " ".join(UNITS[int(c)] for c in digits)


def order(ctx: Ctx) -> str:
    """A retailer's order number: "W" and nine digits, or eight digits alone."""
    r = ctx.rng
    body = "".join(str(r.randint(0, 9)) for _ in range(r.choice([8, 9])))
    if r.random() < 0.4:
        head = "W" if ctx.style == "smart" else ctx.case("W ")
        return head + _digits_said(body, ctx)
    return _digits_said(str(r.randint(1, 9)) + body[1:], ctx)


def confirmation(ctx: Ctx) -> str:
    """A booking or ticket confirmation code: six characters, letters mostly."""
    r = ctx.rng
    code = "".join(r.choice(CODE_CHARS[:24] if r.random() < 0.7 else CODE_CHARS) for _ in range(6))
    if ctx.style == "smart":
        return code
    parts = [UNITS[int(c)] if c.isdigit() and ctx.words else c for c in code]
    return ctx.case(" ".join(parts))


def tracking(ctx: Ctx) -> str:
    """A parcel tracking number: USPS's 22 digits written, or its last digits said."""
    r = ctx.rng
    if ctx.style == "smart":
        return "9400 " + " ".join("".join(str(r.randint(0, 9)) for _ in range(4)) for _ in range(4)) + " 12"
    return "ending in " + _digits_said("".join(str(r.randint(0, 9)) for _ in range(5)), ctx)


def dose(ctx: Ctx) -> str:
    """A dosage: "fifty milligrams", "50 mg", "12.5 milligrams"."""
    mg = ctx.rng.choice(DOSES_MG)
    shown = f"{mg:g}"
    if ctx.style == "smart":
        return f"{shown} mg"
    if ctx.words:
        said = number_words(int(mg)) + (" and a half" if mg % 1 else "")
        return f"{said} milligrams"
    return f"{shown} milligrams"


# the kit's eighteen kinds, then v15's four look-alikes
KEPT: dict[str, Callable[[Ctx], str]] = {"ORDER": order, "CONFIRM": confirmation, "TRACK": tracking, "DOSE": dose}  # fmt: skip
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | KEPT
