"""Non-PII numbers a redactor must leave alone: v2's (amounts, times, doses, quantities, years, percentages,
durations, menu options, model names, versions) plus new kinds: flight numbers, product model numbers,
dates that are not birthdates, prices with cents, order quantities with units, and room/extension-free
counts said as words."""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v2.context import Ctx
from bench.pii_corpus.v2.distractors import DISTRACTORS as V2_DISTRACTORS
from bench.pii_corpus.v2.person_slots import th
from bench.pii_corpus.v2.spoken import MONTHS, UNITS, ordinal, two_digits

AIRLINES = ["United", "Delta", "Southwest", "American", "Alaska", "JetBlue"]
CODES = {"United": "UA", "Delta": "DL", "Southwest": "WN", "American": "AA", "Alaska": "AS", "JetBlue": "B6"}


def _flight(ctx: Ctx) -> str:
    r = ctx.rng
    airline, n = r.choice(AIRLINES), r.randint(12, 2999)
    if ctx.words:
        said = (
            two_digits(n)
            if n < 100
            else f"{two_digits(n // 100)} {two_digits(n % 100) if n % 100 >= 10 else 'oh ' + UNITS[n % 10]}"
        )
        return f"{airline} {said}".lower() if ctx.lower else f"{airline} {said}"
    if ctx.style == "smart" and r.random() < 0.5:
        return f"{CODES[airline]} {n}"
    return f"{airline.lower() if ctx.lower else airline} {n}"


def _model_no(ctx: Ctx) -> str:
    r = ctx.rng
    series, n = r.choice(["XR", "QX", "TV", "SM", "HD"]), r.choice([200, 350, 500, 720, 1080, 4500])
    if ctx.words:
        said = f"{series[0]} {series[1]} {' '.join(two_digits(n // 100).split()) + ' hundred' if n % 100 == 0 else two_digits(n // 100) + ' ' + two_digits(n % 100)}"
        return said.lower() if ctx.lower else said
    return f"{series}-{n}" if r.random() < 0.5 else f"{series}{n}"


def _plain_date(ctx: Ctx) -> str:
    r = ctx.rng
    m, d = r.randint(1, 12), r.randint(1, 28)
    month = MONTHS[m - 1]
    if ctx.words:
        text = r.choice([f"{month} {ordinal(d)}", f"the {ordinal(d)}"])
        return text.lower() if ctx.lower else text
    if ctx.style == "numerals":
        return f"{month.lower()} {d}"
    return r.choice([f"{month} {d}{th(d)}", f"{m}/{d}", f"{month} {d}"])


def _price(ctx: Ctx) -> str:
    r = ctx.rng
    dollars, cents = r.randint(2, 199), r.randint(1, 99)
    if ctx.words:
        return f"{two_digits(dollars) if dollars < 100 else 'one ' + 'hundred ' + two_digits(dollars - 100) if dollars > 100 else 'one hundred'} {two_digits(cents)}"
    if ctx.style == "numerals":
        return f"{dollars} {cents:02d}"
    return f"${dollars}.{cents:02d}"


def _units(ctx: Ctx) -> str:
    r = ctx.rng
    n, unit = r.choice(
        [(3, "cases"), (12, "bottles"), (2, "boxes"), (6, "pairs"), (40, "pounds"), (1, "dozen")]
    )
    return f"{UNITS[n] if n < 10 else two_digits(n)} {unit}" if ctx.words else f"{n} {unit}"


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **V2_DISTRACTORS, "FLIGHT": _flight, "MODELNO": _model_no, "DATE": _plain_date, "PRICE": _price,
    "UNITS": _units,
}  # fmt: skip
