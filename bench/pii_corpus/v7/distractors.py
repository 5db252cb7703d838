"""Values that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a shipment, a product, a place in a queue or the
clock, and does not by itself single out or reach a caller: prices and balances, order quantities, times,
dates that are not a birth date (appointments, due dates), day-of-month, durations, percentages, distances,
temperatures, sizes, years that are not a birth date, menu options, flight numbers, shipment status words
(what a tracking page says), product models, firmware and app versions, AI model names, error codes; and new
in v7, values shaped like a caller's data that are not: products named like streets ("Pine Ridge sectional",
"Hampton Bay fan"), a highway exit or a public road ("exit forty two", "Interstate 35"), store and aisle
numbers, a vehicle's model year, a TV channel. Each
renderer returns the text only; ``build.py`` marks it in ``distractors``.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v7.slots import Ctx
from bench.pii_corpus.v7.speech import MONTHS, number_words, ordinal_numeral, ordinal_words

AIRLINES = [("Alaska", "AS"), ("Southwest", "WN"), ("Breeze", "MX"), ("Avelo", "XP"), ("JetBlue", "B6")]
# product names that read like an address or a name: the street-like distractors
PRODUCTS = ["Pine Ridge sectional", "Hampton Bay ceiling fan", "Oak Creek recliner", "Willow Lane crib",
            "Harbor Point grill", "Forest Hills mattress", "Summit Drive treadmill", "Galaxy S24", "Moto G Power",
            "Traeger Pro 575", "Ninja Foodi", "Bissell 2252", "Chevy Trailblazer", "Ford Maverick"]  # fmt: skip
STATUSES = ["pre-transit", "departed facility", "arrived at hub", "on the truck", "delivery attempted",
            "return to sender", "ready for pickup", "signed for"]  # fmt: skip
AIMODELS = ["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "mistral-small-2409", "nova-2-phonecall",
            "whisper-large-v3", "qwen2.5-7b-instruct"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("Route", "Route "), ("Loop", "Loop ")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def price(ctx: Ctx) -> str:
    r = ctx.rng
    dollars = r.choice([r.randint(3, 80), r.randint(80, 950), r.randint(1000, 4800)])
    cents = r.randint(0, 99) if r.random() < 0.6 else 0
    if ctx.style == "smart":
        return f"${dollars:,}.{cents:02d}" if cents else f"${dollars:,}"
    if ctx.style == "numerals":
        return f"{dollars}.{cents:02d} dollars" if cents else f"{dollars} dollars"
    if cents and r.random() < 0.5 and dollars < 1000:  # "forty two ten": how people say a price
        return (
            f"{number_words(dollars)} {number_words(cents) if cents >= 10 else 'oh ' + number_words(cents)}"
        )
    return number_words(dollars) + " dollars" + (f" and {number_words(cents)} cents" if cents else "")


def qty(ctx: Ctx) -> str:
    n = ctx.rng.choice([ctx.rng.randint(2, 12), ctx.rng.randint(12, 60)])
    return number_words(n) if ctx.words else str(n)


def time_(ctx: Ctx) -> str:
    r = ctx.rng
    h, m = r.randint(1, 12), r.choice([0, 15, 30, 45, 10, 20, 40, 50])
    if ctx.words:
        if m == 0:
            return number_words(h) + r.choice([" o'clock", "", " p m" if ctx.lower else " p.m."])
        return f"{number_words(h)} {number_words(m)}"
    return f"{h}:{m:02d}" + r.choice(
        ["", " a.m." if not ctx.lower else " am", " p.m." if not ctx.lower else " pm"]
    )


def appt(ctx: Ctx) -> str:
    r = ctx.rng
    month, day = MONTHS[r.randrange(12)], r.randint(1, 28)
    if r.random() < 0.3:
        text = f"{r.choice(WEEKDAYS)} the {ordinal_words(day) if ctx.words else ordinal_numeral(day)}"
    elif ctx.words:
        text = f"{month} {ordinal_words(day)}"
    else:
        text = f"{month} {day}" if ctx.style == "smart" else f"{month} {ordinal_numeral(day)}"
    return ctx.case(text)


def day(ctx: Ctx) -> str:
    d = ctx.rng.randint(1, 28)
    return ordinal_words(d) if ctx.words else ordinal_numeral(d)


def flight(ctx: Ctx) -> str:
    r = ctx.rng
    airline, code = r.choice(AIRLINES)
    n = r.randint(100, 2999)
    if ctx.words:
        said = number_words(n // 100) + " " + number_words(n % 100) if n % 100 >= 10 else number_words(n)
        return ctx.case(f"{airline} {said}")
    return f"{code} {n}" if ctx.style == "smart" else ctx.case(f"{airline} {n}")


def status(ctx: Ctx) -> str:
    s = ctx.rng.choice(STATUSES)
    return s if ctx.lower else s.title() if ctx.style == "smart" else s


def duration(ctx: Ctx) -> str:
    r = ctx.rng
    n, unit = r.choice([(r.randint(2, 55), "minutes"), (r.randint(2, 9), "hours"), (r.randint(2, 14), "days"),
                        (r.randint(2, 6), "weeks")])  # fmt: skip
    return f"{number_words(n) if ctx.words else n} {unit}"


def percent(ctx: Ctx) -> str:
    r = ctx.rng
    whole, tenth = r.randint(2, 85), r.randint(0, 9)
    if ctx.words:
        return (
            f"{number_words(whole)} point {number_words(tenth)} percent"
            if tenth
            else f"{number_words(whole)} percent"
        )
    return f"{whole}.{tenth}%" if ctx.style == "smart" else f"{whole}.{tenth} percent"


def miles(ctx: Ctx) -> str:
    n = ctx.rng.randint(3, 240)
    return f"{number_words(n) if ctx.words else n} miles"


def temp(ctx: Ctx) -> str:
    n = ctx.rng.randint(-9, 30)
    if ctx.words:
        return ("minus " + number_words(-n) if n < 0 else number_words(n)) + " degrees"
    return f"{n}°" if ctx.style == "smart" else f"{n} degrees"


def size(ctx: Ctx) -> str:
    a, b = ctx.rng.choice([(5, 5), (5, 10), (10, 10), (10, 15), (10, 20), (10, 30)])
    return (
        f"{number_words(a)} by {number_words(b)}"
        if ctx.words
        else f"{a}x{b}"
        if ctx.style == "smart"
        else f"{a} by {b}"
    )


def year(ctx: Ctx) -> str:
    y = ctx.rng.randint(1952, 2024)
    if ctx.words:
        hi, lo = divmod(y, 100)
        if 2000 <= y <= 2009:
            return "two thousand " + number_words(y - 2000) if y > 2000 else "two thousand"
        return number_words(hi) + " " + (number_words(lo) if lo >= 10 else "oh " + number_words(lo))
    return str(y)


def option(ctx: Ctx) -> str:
    n = ctx.rng.randint(1, 9)
    return number_words(n) if ctx.words else str(n)


def product(ctx: Ctx) -> str:
    return ctx.case(ctx.rng.choice(PRODUCTS))


def error(ctx: Ctx) -> str:
    r = ctx.rng
    return ctx.case(f"{r.choice(['E', 'F', 'AE', 'HE'])}{r.randint(1, 99)}")


def version(ctx: Ctx) -> str:
    r = ctx.rng
    return f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 30)}"


def aimodel(ctx: Ctx) -> str:
    return ctx.rng.choice(AIMODELS)


def exit_(ctx: Ctx) -> str:
    n = ctx.rng.randint(2, 240)
    return ctx.case(f"exit {number_words(n) if ctx.words else n}")


def road(ctx: Ctx) -> str:
    """A public road (no house number: nobody's address)."""
    r = ctx.rng
    said, written = r.choice(ROADS)
    n = r.choice([5, 10, 35, 40, 66, 75, 95, 285, 410, 610])
    if ctx.words:
        return ctx.case(f"{said} {number_words(n)}")
    return f"{written}{n}" if ctx.style == "smart" else ctx.case(f"{said} {n}")


def store(ctx: Ctx) -> str:
    n = ctx.rng.randint(100, 4999)
    return ctx.case(f"store number {number_words(n) if ctx.words else n}" if ctx.rng.random() < 0.5
                    else f"aisle {number_words(n % 40 + 1) if ctx.words else n % 40 + 1}")  # fmt: skip


def model_year(ctx: Ctx) -> str:
    r = ctx.rng
    y, car = r.randint(2008, 2025), r.choice(["Camry", "Silverado", "Outback", "Civic", "Tahoe", "Sienna"])
    if ctx.words:
        said = ("twenty " + number_words(y - 2000)) if y >= 2010 else "two thousand " + number_words(y - 2000)
        return ctx.case(f"{said} {car}")
    return ctx.case(f"{y} {car}")


def channel(ctx: Ctx) -> str:
    n = ctx.rng.randint(2, 899)
    return ctx.case(f"channel {number_words(n) if ctx.words else n}")


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    "EXIT": exit_, "ROAD": road, "STORE": store, "MODELYEAR": model_year, "CHANNEL": channel,
    "PRICE": price, "QTY": qty, "TIME": time_, "APPT": appt, "DAY": day, "FLIGHT": flight, "STATUS": status,
    "DURATION": duration, "PERCENT": percent, "MILES": miles, "TEMP": temp, "SIZE": size, "YEAR": year,
    "OPTION": option, "PRODUCT": product, "ERROR": error, "VERSION": version, "AIMODEL": aimodel,
}  # fmt: skip
