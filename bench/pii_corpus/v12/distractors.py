"""Values that are **not** personal data, which a redactor must leave alone (v11's rules, v12's lists and two
new kinds).

The label rule is v11's, unchanged: prices, quantities, times, appointment dates, durations, percentages,
distances, temperatures, sizes, non-birth years, menu options, flight numbers, shipment statuses, products
with model numbers, versions, AI model names and error codes are marked values to keep; order, confirmation
and tracking numbers are not in the half (v8's rule, kept by v10 and v11: the rule does not say whether they
are personal data). New in v12: a dosage ("five hundred milligrams", "20 mg") and an age ("seventy two",
"she's 8"), which is not a date of birth; v12's products carry model numbers said with "hundred" and
"thousand" like its IDs ("Dyson V15", "Bose 700").
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words

AIRLINES = [("Aeromexico", "AM"), ("British Airways", "BA"), ("LOT", "LO"), ("Aegean", "A3"), ("Hawaiian", "HA"),
            ("Emirates", "EK")]  # fmt: skip
PRODUCTS = ["Bose 700 headphones", "Dyson V15 vacuum", "Oticon More 1 hearing aids", "Phonak Audeo P90",
            "Osprey Farpoint 40 backpack", "Samsonite Omni PC suitcase", "Traeger Pro 575 grill",
            "Brother HL-L2350DW printer", "Garmin Forerunner 255", "Kindle Paperwhite", "Weber Spirit E-310",
            "Levoit Core 300 purifier", "Thule T2 Pro rack"]  # fmt: skip
STATUSES = ["held at customs", "awaiting pickup", "delayed by weather", "misrouted", "on the carousel",
            "forwarded to the next station"]  # fmt: skip
AIMODELS = ["gemini-2.0-flash-001", "mistral-large-2411", "qwen2.5-72b-instruct", "phi-4", "whisper-large-v3",
            "nova-3"]  # fmt: skip
DOSES = [5, 10, 20, 25, 40, 50, 81, 100, 200, 250, 300, 500, 600, 750, 800, 1000]


def dose(ctx: Ctx) -> str:
    """A dosage: "five hundred milligrams", "81 mg", "two fifty milligrams"."""
    r = ctx.rng
    mg = r.choice(DOSES)
    if ctx.style == "smart":
        return f"{mg} mg"
    if ctx.style == "numerals":
        return f"{mg} {r.choice(['mg', 'milligrams'])}"
    said = number_words(mg)
    if mg in (250, 750) and r.random() < 0.5:
        said = f"{number_words(mg // 100)} fifty"
    return f"{said} milligrams"


def age(ctx: Ctx) -> str:
    """An age in years (not a date of birth): "seventy two", "8"."""
    n = ctx.rng.choice([ctx.rng.randint(2, 17), ctx.rng.randint(18, 96)])
    return number_words(n) if ctx.words else str(n)


DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    "DOSE": dose,
    "AGE": age,
}
