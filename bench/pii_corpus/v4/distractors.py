"""Numbers that are not personal data, kept in ``distractors`` so their preservation can be read alone.

Not personal data here: what describes a purchase, a booking, a product, a dose or the clock, and does not
single out or reach a caller by itself: prices and balances, times, durations, doses, quantities, years that
are not a birth date, percentages, menu options, order numbers, flight numbers, booking confirmation codes
(a short code for one reservation, not an account), product model numbers, software versions and model
names, store numbers, floor or gate numbers.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v4.slots import Ctx
from bench.pii_corpus.v4.speech import UNITS, say_group, two_digits, year_words

MODEL_NAMES = ["gpt-4o-mini-2024-07-18", "claude-3-5-sonnet-20241022", "llama-3.1-8b-instruct", "nova-2-phonecall",
               "gemini-1.5-flash-002", "whisper-large-v3", "mistral-small-2409"]  # fmt: skip
AIRLINES = [("Delta", "DL"), ("United", "UA"), ("American", "AA"), ("Southwest", "WN"), ("Alaska", "AS"),
            ("JetBlue", "B6")]  # fmt: skip
PRODUCTS = [("XR", "x r"), ("QL", "q l"), ("TV", "t v"), ("HD", "h d"), ("AC", "a c"), ("MX", "m x")]


def _amount(r_cents: bool, ctx: Ctx) -> str:
    r = ctx.rng
    dollars = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1, 20)])
    cents = r.randint(1, 99) if r_cents else 0
    if ctx.style == "smart":
        return f"${dollars}.{cents:02d}" if r_cents else f"${dollars}"
    if ctx.style == "numerals":
        return f"{dollars}.{cents:02d} dollars" if r_cents else f"{dollars} dollars"
    text = _say_int(dollars) + " dollars"
    return text + (f" and {two_digits(cents)} cents" if r_cents else "")


def _say_int(n: int) -> str:
    if n < 100:
        return two_digits(n)
    head, tail = divmod(n, 100)
    return UNITS[head] + " hundred" + (f" {two_digits(tail)}" if tail else "")


def price(ctx: Ctx) -> str:
    return _amount(True, ctx)


def amount(ctx: Ctx) -> str:
    return _amount(False, ctx)


def time_of_day(ctx: Ctx) -> str:
    r = ctx.rng
    h, m = r.randint(1, 12), r.choice([0, 15, 30, 45, 10, 20, 40, 5])
    ampm = r.choice(["am", "pm"])
    if ctx.style == "smart":
        return f"{h}:{m:02d} {ampm.upper()[0]}.M." if r.random() < 0.3 else f"{h}:{m:02d} {ampm.upper()}"
    if ctx.style == "numerals":
        return f"{h}:{m:02d} {ampm}" if m else f"{h} {ampm}"
    minute = "" if m == 0 else (" oh five" if m == 5 else " " + two_digits(m))
    return f"{two_digits(h)}{minute}" + (
        f" {' '.join(ampm)}" if r.random() < 0.5 else " o'clock" if not m else ""
    )


def duration(ctx: Ctx) -> str:
    r = ctx.rng
    n, unit = r.choice([(r.randint(2, 59), "minutes"), (r.randint(2, 14), "days"), (r.randint(2, 6), "weeks"),
                        (r.randint(2, 48), "hours")])  # fmt: skip
    return f"{n} {unit}" if not ctx.words else f"{two_digits(n)} {unit}"


def dose(ctx: Ctx) -> str:
    r = ctx.rng
    n = r.choice([5, 10, 20, 25, 40, 50, 81, 100, 250, 500, 750, 1000])
    unit = (
        r.choice(["milligrams", "mg", "micrograms"])
        if not ctx.words
        else r.choice(["milligrams", "micrograms"])
    )
    if not ctx.words:
        return f"{n} {unit}" if unit != "mg" or ctx.style != "smart" else f"{n}mg"
    return ("one thousand" if n == 1000 else _say_int(n)) + f" {unit}"


def quantity(ctx: Ctx) -> str:
    r = ctx.rng
    n = r.randint(2, 12)
    thing = r.choice(["bottles", "boxes", "refills", "tablets", "cartons", "units", "packs"])
    return f"{n} {thing}" if not ctx.words else f"{two_digits(n)} {thing}"


def year(ctx: Ctx) -> str:
    y = ctx.rng.randint(2012, 2026)
    return str(y) if not ctx.words else year_words(y, ctx.rng)


def percent(ctx: Ctx) -> str:
    n = ctx.rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50])
    return {"smart": f"{n}%", "numerals": f"{n} percent"}.get(ctx.style, f"{two_digits(n)} percent")


def option(ctx: Ctx) -> str:
    n = ctx.rng.randint(1, 9)
    return str(n) if not ctx.words else UNITS[n]


def order_number(ctx: Ctx) -> str:
    r = ctx.rng
    run = "".join(r.choice("0123456789") for _ in range(r.choice([5, 6, 7])))
    run = str(r.randint(1, 9)) + run[1:]
    return run if not ctx.words else say_group(run, r, pairs=0.3, mishear=0.0)


def flight(ctx: Ctx) -> str:
    r = ctx.rng
    name, code = r.choice(AIRLINES)
    n = r.randint(100, 2999)
    if ctx.style == "smart":
        return f"{code} {n}" if r.random() < 0.5 else f"{name} {n}"
    if ctx.style == "numerals":
        return f"{name.lower()} {n}"
    head, tail = divmod(n, 100)
    said = _say_int(n) if n < 1000 or tail == 0 else f"{two_digits(head)} " + (
        f"oh {UNITS[tail]}" if tail < 10 else two_digits(tail))  # fmt: skip
    return ctx.case(f"{name} {said}")


def confirmation(ctx: Ctx) -> str:
    r = ctx.rng
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if ctx.style == "smart":
        return code
    if ctx.style == "numerals":
        return " ".join(code.lower())
    return " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in code) if ctx.lower else " ".join(
        ch if ch.isalpha() else UNITS[int(ch)] for ch in code)  # fmt: skip


def model_number(ctx: Ctx) -> str:
    r = ctx.rng
    written, said = r.choice(PRODUCTS)
    n = r.choice([100, 250, 300, 500, 550, 700, 900, 1080, 2000, 3500])
    if ctx.style == "smart":
        return f"{written}-{n}"
    if ctx.style == "numerals":
        return f"{said} {n}"
    return f"{said if ctx.lower else written} {_say_int(n) if n < 1000 else two_digits(n // 100) + ' ' + (two_digits(n % 100) if n % 100 else 'hundred')}"


def model_name(ctx: Ctx) -> str:
    return ctx.rng.choice(MODEL_NAMES)


def store(ctx: Ctx) -> str:
    n = ctx.rng.randint(100, 999)
    return str(n) if not ctx.words else say_group(str(n), ctx.rng, pairs=0.4, mishear=0.0)


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    "PRICE": price, "AMOUNT": amount, "TIME": time_of_day, "DURATION": duration, "DOSE": dose, "QTY": quantity,
    "YEAR": year, "PERCENT": percent, "OPTION": option, "ORDER": order_number, "FLIGHT": flight,
    "CONF": confirmation, "MODELNO": model_number, "MODEL": model_name, "STORE": store,
}  # fmt: skip
