"""Numbers that are not PII — amounts, times, dosages, quantities, years, percentages, durations, menu
options, model names and versions — rendered in the utterance's style. A redactor must leave them alone;
the scorer's preservation figure counts how many of their tokens survive."""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v2 import spoken
from bench.pii_corpus.v2.context import Ctx


def _amount(ctx: Ctx) -> str:
    r = ctx.rng
    dollars, cents = r.choice([r.randint(1, 99), r.randint(100, 2500)]), r.choice([0, r.randint(1, 99)])
    if ctx.words:
        text = f"{_n(dollars)} dollars" + (f" and {spoken.two_digits(cents)} cents" if cents else "")
        if cents and r.random() < 0.3:
            text = f"{_n(dollars)} {spoken.two_digits(cents)}"
        return text
    if ctx.style == "numerals":
        return f"{dollars}.{cents:02d} dollars" if cents else f"{dollars} dollars"
    return f"${dollars:,}.{cents:02d}" if cents or r.random() < 0.5 else f"${dollars:,}"


def _n(n: int) -> str:
    if n < 100:
        return spoken.two_digits(n)
    head, tail = divmod(n, 100)
    if head >= 10:
        thousands, head = divmod(n, 1000)
        rest = n % 1000
        return f"{spoken.two_digits(thousands)} thousand" + (f" {_n(rest)}" if rest else "")
    return f"{spoken.UNITS[head]} hundred" + (f" {spoken.two_digits(tail)}" if tail else "")


def _time(ctx: Ctx) -> str:
    r = ctx.rng
    h, m = r.randint(1, 12), r.choice([0, 15, 30, 45, 10, 20])
    ampm = r.choice(["am", "pm", ""])
    if ctx.words:
        if m == 30 and r.random() < 0.4:
            return f"half past {spoken.UNITS[h] if h < 10 else spoken.two_digits(h)}"
        said = spoken.two_digits(h) + ("" if m == 0 else f" {spoken.two_digits(m)}")
        return said + (f" {ampm}" if ampm else (" o'clock" if m == 0 else ""))
    if ctx.style == "numerals":
        return f"{h} {m:02d}" + (f" {ampm}" if ampm else "") if m else f"{h} {ampm or 'o clock'}"
    return f"{h}:{m:02d}" + (f" {ctx.rng.choice([ampm.upper(), ampm[0] + '.m.'])}" if ampm else "")


def _dose(ctx: Ctx) -> str:
    r = ctx.rng
    amount, unit = r.choice([(500, "mg"), (20, "mg"), (10, "mg"), (250, "mg"), (5, "ml"), (1000, "mg"), (2, "tablets"),
                             (40, "units"), (81, "mg")])  # fmt: skip
    long = {"mg": "milligrams", "ml": "milliliters", "tablets": "tablets", "units": "units"}[unit]
    if ctx.words:
        return f"{_n(amount)} {long}"
    return f"{amount} {unit if ctx.style == 'smart' else long}"


def _qty(ctx: Ctx) -> str:
    n = ctx.rng.choice([2, 3, 4, 6, 12, 24, 50, 100])
    return _n(n) if ctx.words else str(n)


def _year(ctx: Ctx) -> str:
    y = ctx.rng.randint(2009, 2026)
    return spoken.year(y, ctx.rng) if ctx.words else str(y)


def _percent(ctx: Ctx) -> str:
    n = ctx.rng.choice([5, 10, 15, 20, 25, 30, 50])
    return f"{_n(n)} percent" if ctx.words else (f"{n}%" if ctx.style == "smart" else f"{n} percent")


def _minutes(ctx: Ctx) -> str:
    n, unit = ctx.rng.choice(
        [(5, "minutes"), (10, "minutes"), (45, "seconds"), (2, "hours"), (30, "days"), (90, "days")]
    )
    return f"{_n(n) if ctx.words else n} {unit}"


def _option(ctx: Ctx) -> str:
    n = ctx.rng.randint(1, 9)
    return spoken.UNITS[n] if ctx.words else str(n)


def _model(ctx: Ctx) -> str:
    return ctx.rng.choice(ctx.lex.models)


def _version(ctx: Ctx) -> str:
    r = ctx.rng
    return (
        f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        if r.random() < 0.6
        else f"v{r.randint(2, 40)}"
    )


def _room_count(ctx: Ctx) -> str:
    n = ctx.rng.randint(1, 5)
    return spoken.UNITS[n] if ctx.words or ctx.rng.random() < 0.5 else str(n)


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    "AMOUNT": _amount, "TIME": _time, "DOSE": _dose, "QTY": _qty, "YEAR": _year, "PERCENT": _percent,
    "DURATION": _minutes, "OPTION": _option, "MODEL": _model, "VERSION": _version, "SMALL": _room_count,
}  # fmt: skip
