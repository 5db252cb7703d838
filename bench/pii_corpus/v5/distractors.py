"""Numbers and codes that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a product, a dose, a place in a queue or the
clock and does not by itself single out or reach a caller: prices and balances, times, durations, doses,
quantities, temperatures, distances, percentages, years that are not a birth date, menu options, flight
numbers, gates, product and software model names, versions, error codes, store and route numbers. Each
renderer returns the text only; ``build.py`` marks it in ``distractors``.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v5.slots import Ctx, _th
from bench.pii_corpus.v5.speech import MONTHS, TEENS, TENS, UNITS, house_number, ordinal, say_year


def _n(k: int) -> str:
    """0-999 as words: "forty two", "three hundred twelve"."""
    if k < 10:
        return UNITS[k]
    if k < 20:
        return TEENS[k - 10]
    if k < 100:
        return TENS[k // 10] + ("" if k % 10 == 0 else " " + UNITS[k % 10])
    h, rest = divmod(k, 100)
    return UNITS[h] + " hundred" + ("" if rest == 0 else " " + _n(rest))


def price(ctx: Ctx) -> str:
    r = ctx.rng
    dollars, cents = (
        r.choice([r.randrange(2, 60), r.randrange(60, 400), r.randrange(400, 2000)]),
        r.randrange(0, 100),
    )
    if ctx.style == "smart":
        return f"${dollars:,}.{cents:02d}" if r.random() < 0.7 else f"${dollars:,}"
    if ctx.style == "numerals":
        return f"{dollars}.{cents:02d}" if r.random() < 0.5 else f"{dollars} dollars"
    if dollars >= 1000:
        words = f"{_n(dollars // 1000)} thousand" + (f" {_n(dollars % 1000)}" if dollars % 1000 else "")
    else:
        words = _n(dollars)
    if cents and r.random() < 0.5:
        return f"{words} dollars and {_n(cents)} cents"
    if cents and dollars < 100 and dollars >= 10 and cents >= 10 and r.random() < 0.5:
        return f"{words} {_n(cents)}"  # "forty two ten"
    return f"{words} dollars"


def clock(ctx: Ctx) -> str:
    r = ctx.rng
    h, m = r.randrange(1, 13), r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
    ampm = r.choice(["a.m.", "p.m.", "AM", "PM", ""])
    if ctx.style == "smart":
        return f"{h}:{m:02d}" + (f" {ampm}" if ampm else "")
    if ctx.style == "numerals":
        return f"{h}:{m:02d}" if r.random() < 0.6 else f"{h} {m:02d}" if m else f"{h} o'clock"
    if m == 0:
        return (
            f"{_n(h)} o'clock"
            if r.random() < 0.5
            else f"{_n(h)}" + (" in the morning" if r.random() < 0.5 else " p m" if ctx.lower else " p.m.")
        )
    if m == 15 and r.random() < 0.5:
        return f"quarter past {_n(h)}"
    return f"{_n(h)} " + (f"oh {_n(m)}" if m < 10 else _n(m))


def quantity(ctx: Ctx) -> str:
    r = ctx.rng
    k = r.choice([2, 3, 4, 6, 10, 12, 24, 36, 48, 100, 150])
    thing = r.choice(["cases", "boxes", "bags", "units", "cartons", "pallets", "bottles", "rolls"])
    return f"{k if ctx.style in ('numerals', 'smart') else _n(k)} {thing}"


def flight(ctx: Ctx) -> str:
    r = ctx.rng
    num = r.randrange(100, 3000)
    code, name = r.choice([("UA", "united"), ("DL", "delta"), ("AA", "american"), ("WN", "southwest"),
                           ("AS", "alaska"), ("B6", "jetblue")])  # fmt: skip
    if ctx.style == "smart":
        return f"{code} {num}" if r.random() < 0.6 else f"{name.title()} {num}"
    if ctx.style == "numerals":
        return f"{name} {num}"
    said = _n(num) if num < 1000 and r.random() < 0.4 else house_number(str(num), r)
    return f"{name} {said}"


PRODUCT_MODELS = ["Pixel 8a", "Galaxy S23", "iPhone 14 Pro", "XPS 13", "ThinkPad T14", "Model Y", "F-150",
                  "Roomba 694", "Echo Dot", "Series 7", "PS5", "Instant Pot Duo 6", "Nest E", "RT-AX86U",
                  "KX-TG7875", "EX3400", "DCS-8000LH", "WRT54G", "Vitamix 5200", "Ring Doorbell 4"]  # fmt: skip
AI_MODELS = ["gpt-4o-mini-2024-07-18", "gpt-4.1-nano", "claude-3-5-haiku-20241022", "whisper-large-v3",
             "nova-2-phonecall", "gemini-1.5-flash-002", "llama-3.1-8b-instruct", "eleven_turbo_v2_5",
             "mistral-small-2409", "chirp_2"]  # fmt: skip


def product(ctx: Ctx) -> str:
    m = ctx.rng.choice(PRODUCT_MODELS)
    return m.lower() if ctx.lower else m


def ai_model(ctx: Ctx) -> str:
    return ctx.rng.choice(AI_MODELS)


def duration(ctx: Ctx) -> str:
    r = ctx.rng
    k, unit = r.choice([(r.randrange(2, 60), "minutes"), (r.randrange(2, 48), "hours"), (r.randrange(2, 90), "days"),
                        (r.randrange(2, 12), "weeks"), (r.randrange(2, 18), "months")])  # fmt: skip
    return f"{k if ctx.style in ('numerals', 'smart') else _n(k)} {unit}"


def dose(ctx: Ctx) -> str:
    r = ctx.rng
    k, unit = r.choice([(r.choice([5, 10, 20, 25, 40, 50, 81, 100, 250, 500, 750, 1000]), "milligrams"),
                        (r.choice([1, 2, 5, 10, 15]), "milliliters"), (r.choice([1, 2, 3]), "tablets")])  # fmt: skip
    if ctx.style == "smart" and unit == "milligrams" and r.random() < 0.6:
        return f"{k} mg"
    return f"{k if ctx.style in ('numerals', 'smart') else _n(k) if k < 1000 else 'one thousand'} {unit}"


def percent(ctx: Ctx) -> str:
    k = ctx.rng.choice([5, 10, 12, 15, 18, 20, 25, 30, 40, 50, 75])
    return f"{k}%" if ctx.style == "smart" else f"{k if ctx.style == 'numerals' else _n(k)} percent"


def temperature(ctx: Ctx) -> str:
    k = ctx.rng.randrange(58, 96)
    return (
        f"{k}°"
        if ctx.style == "smart" and ctx.rng.random() < 0.3
        else f"{k if ctx.style in ('numerals', 'smart') else _n(k)} degrees"
    )


def distance(ctx: Ctx) -> str:
    r = ctx.rng
    k = r.choice([2, 3, 5, 8, 12, 15, 20, 35, 60, 120, 250])
    return f"{k if ctx.style in ('numerals', 'smart') else _n(k)} miles"


def plain_year(ctx: Ctx) -> str:
    y = ctx.rng.randrange(2008, 2027)
    return (
        str(y)
        if ctx.style in ("numerals", "smart")
        else say_year(y, ctx.rng)
        if y < 2010
        else f"twenty {_n(y - 2000)}"
    )


def option(ctx: Ctx) -> str:
    k = ctx.rng.randrange(1, 10)
    return str(k) if ctx.style in ("numerals", "smart") else UNITS[k]


def gate(ctx: Ctx) -> str:
    r = ctx.rng
    letter, k = r.choice("ABCDE"), r.randrange(1, 40)
    return (
        f"{letter}{k}"
        if ctx.style == "smart"
        else f"{letter.lower()} {k if ctx.style == 'numerals' else _n(k)}"
    )


def version(ctx: Ctx) -> str:
    r = ctx.rng
    return f"{r.randrange(1, 18)}.{r.randrange(0, 10)}.{r.randrange(0, 20)}"


def error_code(ctx: Ctx) -> str:
    r = ctx.rng
    code = r.choice([f"E{r.randrange(10, 99)}", f"F{r.randrange(1, 9)}", f"{r.choice([404, 500, 503])}",
                     f"OL-{r.randrange(100, 999)}", f"P0{r.randrange(100, 499)}"])  # fmt: skip
    return code.lower() if ctx.lower else code


def store(ctx: Ctx) -> str:
    k = ctx.rng.randrange(100, 2400)
    return (
        str(k)
        if ctx.style in ("numerals", "smart")
        else _n(k)
        if k < 1000 and ctx.rng.random() < 0.5
        else house_number(str(k), ctx.rng)
    )


def route(ctx: Ctx) -> str:
    k = ctx.rng.choice([6, 9, 18, 22, 31, 40, 66, 95, 101, 287])
    return str(k) if ctx.style in ("numerals", "smart") else _n(k)


def appointment(ctx: Ctx) -> str:
    """A day for an appointment or a delivery (not a date of birth: no year, or this year)."""
    r = ctx.rng
    month, day = r.choice(MONTHS), r.randrange(1, 29)
    weekday = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    if ctx.style == "smart":
        return r.choice([f"{month} {day}", f"{weekday}, {month} {day}", f"{month} {day}{_th(day)}"])
    if ctx.style == "numerals":
        return f"{month.lower()} {day}" if r.random() < 0.5 else f"{weekday.lower()} the {day}{_th(day)}"
    said = r.choice([f"{month} {ordinal(day)}", f"{weekday} the {ordinal(day)}", f"next {weekday}"])
    return said.lower() if ctx.lower else said


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    "PRICE": price, "TIME": clock, "QTY": quantity, "FLIGHT": flight, "PRODUCT": product, "AIMODEL": ai_model,
    "DURATION": duration, "DOSE": dose, "PERCENT": percent, "TEMP": temperature, "MILES": distance,
    "YEAR": plain_year, "OPTION": option, "GATE": gate, "VERSION": version, "ERROR": error_code, "STORE": store,
    "ROUTE": route, "APPT": appointment,
}  # fmt: skip
