"""The numeric PII slots: SSN, card, phone, ZIP, last four, member/policy ID (letters then digits)."""

from __future__ import annotations

import random

from bench.pii_corpus.v2.context import Ctx, Slot


def ssn(ctx: Ctx) -> Slot:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    if ctx.words:
        return ctx.say_digits(d, [3, 2, 4]), d, "spoken"
    if ctx.style == "numerals":
        return (f"{d[:3]} {d[3:5]} {d[5:]}" if r.random() < 0.5 else ctx.numerals(d)), d, "written"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}", d, "written"


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def card(ctx: Ctx) -> Slot:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("6011", 16), ("37", 15)])
    d = luhn_complete(prefix, length, r)
    groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    if ctx.words:
        return ctx.say_digits(d, groups, filler=0.3), d, "spoken"
    if ctx.style == "numerals":
        return ctx.numerals(d), d, "written"
    sep = r.choice([" ", "-", ""])
    parts, at = [], 0
    for g in groups:
        parts.append(d[at : at + g])
        at += g
    return sep.join(parts), d, "written"


def phone(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}{r.randint(2, 9)}{r.randint(0, 99):02d}{r.randint(0, 9999):04d}"
    if ctx.words:
        text = ctx.say_digits(d, [3, 3, 4])
        if r.random() < 0.15:
            text = ("one " if r.random() < 0.5 else "plus one ") + text
        return text, d, "spoken"
    if ctx.style == "numerals":
        return ctx.numerals(d), d, "written"
    fmt = r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "+1{a}{b}{c}"])
    return fmt.format(a=d[:3], b=d[3:6], c=d[6:]), d, "written"


def zip(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(601, 99950):05d}"
    plus4 = f"{r.randint(1, 9999):04d}" if r.random() < 0.15 else ""
    if ctx.words:
        text = ctx.say_digits(d, filler=0.1)
        if plus4:
            text += " dash " + ctx.say_digits(plus4, filler=0.0)
        return text, d + plus4, "spoken"
    if ctx.style == "numerals" and r.random() < 0.4:
        return f"{d[:2]} {d[2:]}" + (f" {plus4}" if plus4 else ""), d + plus4, "written"
    return d + (f"-{plus4}" if plus4 else ""), d + plus4, "written"


def last4(ctx: Ctx) -> Slot:
    d = f"{ctx.rng.randint(0, 9999):04d}"
    if ctx.words:
        return ctx.say_digits(d, filler=0.15), d, "spoken"
    return (f"{d[:2]} {d[2:]}" if ctx.style == "numerals" and ctx.rng.random() < 0.3 else d), d, "written"


def account(ctx: Ctx) -> Slot:
    """Member / policy IDs: letters then digits ("KX4471902", "W 3381 0072", "HNB-220-49871")."""
    r = ctx.rng
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2, 2, 3, 3])))
    digits = "".join(str(r.randint(0, 9)) for _ in range(r.choice([6, 7, 8, 9, 10])))
    if r.random() < 0.3:  # repeated digits and zeros are where spans break
        i = r.randrange(len(digits) - 2)
        digits = digits[:i] + r.choice(["00", "44", "000", "77", "0"]) + digits[i + 2 :]
        digits = digits[: len(digits)]
    value = letters + digits
    if ctx.words:
        text = f"{say_letters(letters, ctx)}{ctx.pause()} {ctx.say_digits(digits, [3, len(digits) - 3], filler=0.3)}"
        return ctx.case(text) if ctx.style == "raw" else text, value, "spoken"
    if ctx.style == "numerals":
        return (
            f"{' '.join(letters).lower() if r.random() < 0.5 else letters.lower()} {ctx.numerals(digits)}",
            value,
            "",
        )
    if r.random() < 0.35:
        # letters spelled, then smart formatting takes the digits for a phone number or an SSN
        return f"{say_letters(letters, ctx, as_in=0.6)}, {smart_digits(digits)}", value, ""
    sep = r.choice(["", "", "-", " "])
    return f"{letters}{sep}{digits[:3]}{sep}{digits[3:]}" if sep else value, value, ""


def say_letters(letters: str, ctx: Ctx, as_in: float = 0.35) -> str:
    r = ctx.rng
    return " ".join(
        f"{c} as in {r.choice(ctx.lex.spelling_words[c])}" if r.random() < as_in else c for c in letters
    )


def smart_digits(d: str) -> str:
    """How smart formatting writes a run of digits it takes for a known shape."""
    if len(d) == 10:
        return f"({d[:3]}) {d[3:6]}-{d[6:]}"
    if len(d) == 7:
        return f"{d[:3]}-{d[3:]}"
    if len(d) == 9:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    return d
