"""What the halves' non-PII values share: the renderers of prices, times, dates that are not a birth date,
quantities, durations, percentages, distances, temperatures, sizes, years, menu options, flight numbers,
shipment statuses, products, error codes, versions and AI model names.

v6 and v7 first wrote the same renderers (both generators retired since, issue 18); the halves differ only in
the lists they draw from (airlines, products, shipment statuses, AI model names), which each half passes to
``renderers`` and keeps in its own ``distractors.py`` with its own new kinds. Moving code here left every
``test.jsonl`` byte-identical (sha256 before and after in the commit that moved it).

What a half's ``distractors.py`` holds from v17 on (said here once; v17-v26 had each said it): values that
look like personal data and are not, marked so that redacting them costs preservation: the kit's eighteen
kinds over the half's own airlines, products, statuses and model names (``renderers``), and v16's order,
confirmation, tracking and dose renderers (``v16.distractors.MARKED``: a business's reference for a
transaction or a quantity, not the caller's identifier), reused, not copied; from v27 on also kinds of the
half's own desks, most of them one drawn number said in words or as written (``quantity``).

A half's lists are data, not code: ``distractors.toml`` beside its ``distractors.py``, which ``from_file``
reads (issue 18: v17-v47 had each written the same few lines of Python around their own lists). Where lists
and ``quantity`` kinds are all a half has (v17-v26, v38, v40-v47), its kinds are in the file too; halves with
renderers of their own (v27-v37, v39: a gate's letter, a call number's decimal, a ``say`` of their own) keep
those in Python and pass them on (``from_file(__file__, MARKED, OWN)``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import MONTHS, number_words, ordinal_numeral, ordinal_words

Renders = Callable[[Ctx], str]
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


def _flight(airlines: Sequence[tuple[str, str]]) -> Renders:
    def flight(ctx: Ctx) -> str:
        r = ctx.rng
        airline, code = r.choice(airlines)
        n = r.randint(100, 2999)
        if ctx.words:
            said = number_words(n // 100) + " " + number_words(n % 100) if n % 100 >= 10 else number_words(n)
            return ctx.case(f"{airline} {said}")
        return f"{code} {n}" if ctx.style == "smart" else ctx.case(f"{airline} {n}")

    return flight


def _status(statuses: Sequence[str]) -> Renders:
    def status(ctx: Ctx) -> str:
        s = ctx.rng.choice(statuses)
        return s if ctx.lower else s.title() if ctx.style == "smart" else s

    return status


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


def _product(products: Sequence[str]) -> Renders:
    def product(ctx: Ctx) -> str:
        return ctx.case(ctx.rng.choice(products))

    return product


def error(ctx: Ctx) -> str:
    r = ctx.rng
    return ctx.case(f"{r.choice(['E', 'F', 'AE', 'HE'])}{r.randint(1, 99)}")


def version(ctx: Ctx) -> str:
    r = ctx.rng
    return f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 30)}"


def _aimodel(aimodels: Sequence[str]) -> Renders:
    def aimodel(ctx: Ctx) -> str:
        return ctx.rng.choice(aimodels)

    return aimodel


def renderers(airlines: Sequence[tuple[str, str]], products: Sequence[str], statuses: Sequence[str],
              aimodels: Sequence[str]) -> dict[str, Renders]:  # fmt: skip
    """The eighteen kinds both halves mark, the list-drawn ones over the half's own lists."""
    return {
        "PRICE": price, "QTY": qty, "TIME": time_, "APPT": appt, "DAY": day, "FLIGHT": _flight(airlines),
        "STATUS": _status(statuses), "DURATION": duration, "PERCENT": percent, "MILES": miles, "TEMP": temp,
        "SIZE": size, "YEAR": year, "OPTION": option, "PRODUCT": _product(products), "ERROR": error,
        "VERSION": version, "AIMODEL": _aimodel(aimodels),
    }  # fmt: skip


def quantity(
    values: Sequence[int], words: str, digits: str | None = None, *, smart: str | None = None,
    say: Callable[[int], str] = number_words,
) -> Renders:  # fmt: skip
    """A half's own kept number, one draw from its list: ``words`` with the number said (``say``, number words
    unless the half says it its own way) on a words transcript, ``digits`` (``words`` unless given) with it as
    written otherwise, and ``smart`` (where given) on a smart-formatted one. v27-v37 had each written this
    renderer out once per kind ("pressure eleven" / "pressure 11"); one ``rng.choice`` either way, so every
    half's lines stay byte-identical."""
    written = words if digits is None else digits

    def render(ctx: Ctx) -> str:
        n = ctx.rng.choice(values)
        return in_style(
            ctx, words.format(say(n)), written.format(n), None if smart is None else smart.format(n)
        )

    return render


def in_style(ctx: Ctx, said: str, written: str, smart: str | None = None) -> str:
    """A kept value as the utterance's transcript has it: ``smart`` (where given) when smart-formatted,
    ``said`` (in words) on a words transcript, ``written`` otherwise. The one choice of ``quantity`` and of
    the halves' own renderers that write a value three ways (v27's points and gallons, v29's unit sizes);
    it draws nothing, so a renderer's draws stay what they were."""
    if smart is not None and ctx.style == "smart":
        return smart
    return said if ctx.words else written


def from_file(module_file: str, *more: Mapping[str, Renders]) -> dict[str, Renders]:
    """A half's kept values from the ``distractors.toml`` beside ``module_file`` (its ``distractors.py``): the
    eighteen kinds over its ``airlines`` (name and code), ``products``, ``statuses`` and ``aimodels``, then its
    ``[own]`` kinds if any (each a ``quantity``: ``values``, ``words``, ``digits`` and ``smart`` where given),
    then each of ``more`` (v16's marked kinds, a half's own Python renderers) in the order the half's Python had
    them, so that its draws and lines stay the same byte for byte."""
    with Path(module_file).with_name("distractors.toml").open("rb") as f:
        data = tomllib.load(f)
    airlines = [(name, code) for name, code in data["airlines"]]
    kinds = renderers(airlines, data["products"], data["statuses"], data["aimodels"])
    for kind, k in data.get("own", {}).items():
        kinds[kind] = quantity(k["values"], k["words"], k.get("digits"), smart=k.get("smart"))
    for renders in more:
        kinds |= renders
    return kinds
