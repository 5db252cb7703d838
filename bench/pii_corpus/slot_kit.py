"""What the halves' PII slots share: the Luhn check digit of a card (v5-v7), the house-number draw and the PO box, rural route and highway address
(USPS Pub. 28 chapter 2 forms), said or written in the utterance's style.

Both halves wrote the same code; the highway names are each half's (``words.HIGHWAYS``), passed to
``box_address``. Every other slot differs between the halves in details that shape the bytes of their
``test.jsonl`` (weights, repairs, new forms), so it stays in each half's ``slots.py``. Moving code here left
both files byte-identical (sha256 before and after in the commit that moved it).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import house_number_words, number_words

Filled = tuple[str, str, str]


def luhn_complete(body: str) -> str:
    """The body with the Luhn check digit appended (a card number a real issuer could print)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def house_number(r: random.Random) -> int:
    """A house number of 1 to 5 digits, 3 and 4 digits the most common."""
    k = r.choices([1, 2, 3, 4, 5], weights=[4, 12, 30, 40, 14])[0]
    return r.randint(10 ** (k - 1) if k > 1 else 1, 10**k - 1)


def box_address(highways: Sequence[tuple[str, str]]) -> Callable[[Ctx], Filled]:
    """The slot renderer of a PO box, a rural route box or a highway address (``highways``: said, standard)."""

    def render(ctx: Ctx) -> Filled:
        r = ctx.rng
        kind = r.choices(["po", "rr", "hwy"], weights=[4, 3, 3])[0]
        box = r.randint(1, 9999)
        if kind == "po":
            value = f"PO Box {box}"
            if ctx.style == "smart":
                return (
                    r.choice([f"P.O. Box {box}", f"PO Box {box}", f"Post Office Box {box}"]),
                    value,
                    "written",
                )
            head = r.choice(["p o box", "po box", "post office box"])
            num = house_number_words(box, r) if ctx.words else str(box)
            return ctx.case(f"{head} {num}"), value, "spoken" if ctx.words else "written"
        if kind == "rr":
            route = r.randint(1, 12)
            value = f"RR {route} Box {box}"
            if ctx.style == "smart":
                return (
                    r.choice([f"RR {route} Box {box}", f"Rural Route {route}, Box {box}"]),
                    value,
                    "written",
                )
            rt, bx = (
                (number_words(route), house_number_words(box, r)) if ctx.words else (str(route), str(box))
            )
            sep = ", " if ctx.punct else " "
            return (
                ctx.case(f"{r.choice(['rural route', 'route'])} {rt}{sep}box {bx}"),
                value,
                "spoken" if ctx.words else "written",
            )
        n = house_number(r) if r.random() < 0.8 else r.randint(10000, 99999)
        road = r.randint(1, 399)
        said_kind, std = r.choice(highways)
        value = f"{n} {std} {road}"
        if ctx.style == "smart":
            return f"{n} {said_kind} {road}", value, "written"
        nn = house_number_words(n, r) if ctx.words else str(n)
        rd = number_words(road) if ctx.words else str(road)
        return ctx.case(f"{nn} {said_kind} {rd}"), value, "spoken" if ctx.words else "written"

    return render
