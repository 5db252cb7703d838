"""Check v12's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v12/check.py`` (exit 1 on a failure).

The kits' checks over v12's words (``check_kit.HalfChecks``, ``readback_kit.ValueChecks``): the file is what
the seeded ``build.py`` writes; v2's line format and span rules; every value reads back from what was said,
so a value changed by one character fails. v12's own forms are read here first: a value given in two tries
(the second try is the value), "hundred"/"thousand" groups, "area code" and "plus" numbers, letters spelled
ad hoc ("m like mango", "s for sugar") in IDs and names, a check letter after an ID's digits, e-mails with
"dash", "underscore", subdomains and ".co.uk", Queens and Oahu hyphenated house numbers, highway contract
route boxes, names written as the recognizer hears them ("shche panski"), a nickname before the formal name.
Sizes: 600 utterances, 560-720 entities, the ten types, at least 150 names, 60 addresses, 50 birth dates, 150
spoken numeric identifiers, 150 utterances without PII; cards Luhn-valid; no four-word phrase shared with the
v2-v11 or old templates (in the templates and the text around the values); no PERSON or street word of a
v2-v11 list or PERSON/STREET value or of Faker's person-name lists, in the values or in what the recognizer
wrote. Then the reference figures of systems that need no redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import importlib
import itertools
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, lexicon_kit, read_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.speech_kit import ordinal_words
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v11 import check as v11_check
from bench.pii_corpus.v11 import words as v11_words
from bench.pii_corpus.v12 import build, templates, words
from bench.pii_corpus.v12.speech import AGAIN, FILLERS, REPAIRS, RESTART, UNITS

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
CORPUS, TYPES = HERE.parent, set(build.TYPES)
# every earlier half's template module (v2's two, v3's to v11's): v12 shares no four-word phrase with them
EARLIER_MODULES = ["v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, 12))]
EARLIER_HALVES = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in EARLIER_MODULES)


def _phrase(p: str) -> str:
    """A phrase as a pattern that matches it with or without its punctuation (raw transcripts drop it)."""
    return r"\s*".join(re.escape(w.strip(",?.")) + r"[,?.]?" for w in p.lower().split())


# the agent's request between two tries ends the first; a repair word or the kit's "sorry"/"wait" undoes
ASKED_AGAIN = re.compile("|".join(_phrase(a) for a in AGAIN))
REPAIR = re.compile(
    r"(?:" + "|".join(_phrase(a) for a in AGAIN) + "|" + "|".join(REPAIRS) + r"|\bsorry\b|\bwait\b)"
)
SKIP = frozenset({w for f in FILLERS for w in f.split()} | set(RESTART.split())
                 | {"uh", "um", "umm", "and", "dash", "number", "then", "area", "code", "plus"})  # fmt: skip
READER = read_kit.DigitReader({**{w: str(k) for k, w in enumerate(UNITS)}, "oh": "0"}, SKIP, REPAIR)
AD_HOC = re.compile(r"\b([a-z]) (?:like|for|as in) [a-z]+")


def second_try(said: str) -> str:
    """What follows the agent's request to repeat (the whole value), or all of it."""
    return ASKED_AGAIN.split(said.lower())[-1]


def read_id(said: str) -> set[str]:
    """An ID: leading letters (said alone or ad hoc), the digits, a check letter after them."""
    t = AD_HOC.sub(r"\1", second_try(said))
    compact = re.sub(r"[\s\-]", "", t)
    if re.fullmatch(r"[a-z]{0,3}\d+[a-z]?", compact):
        return {compact.upper()}
    toks = [w for w in re.split(r"[\s,\-]+|\.\.\.", t) if w and w not in SKIP]
    lead = list(itertools.takewhile(lambda w: len(w) == 1 and w.isalpha(), toks))
    rest = toks[len(lead) :]
    trail = list(itertools.takewhile(lambda w: len(w) == 1 and w.isalpha(), reversed(rest)))[::-1]
    middle = rest[: len(rest) - len(trail)]
    head, tail = "".join(lead).upper(), "".join(trail).upper()
    return {head + d + tail for d in READER.read_digits(" ".join(middle))}


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)
SIGNS = {"dot": ".", "at": "@", "dash": "-", "underscore": "_"}
DIGIT_OF = READER.digit_of


def read_email(said: str) -> str:
    """An e-mail said: the sign words as signs, digit words as digits, the rest (spelled letters too) joined."""
    return "".join(SIGNS.get(w, DIGIT_OF.get(w, w)) for w in said.lower().split())


def read_spelling(said: str) -> str:
    t = AD_HOC.sub(r"\1", said.lower())
    return check_kit.letters(re.sub(r"\bdouble ([a-z])\b", r"\1\1", t))


def name_reads(said: str, value: str) -> bool:
    """The name as written or as the recognizer heard it ("shche panski"); a nickname then the formal name."""
    heard = check_kit.letters(said)
    nick = next((n for n, formal in words.NICKNAMES.items() if formal == value), None)
    if nick and said.lower().startswith(nick.lower()):
        return check_kit.letters(value) in heard
    options = [(w, words.HEARD.get(w, w)) for w in value.split()]
    return any(heard == check_kit.letters(" ".join(c)) for c in itertools.product(*options))


def check_hyphenated(where: str, said: str, value: str) -> None:
    """A Queens or Oahu house number (its two parts either side of "dash"), the street, its suffix."""
    expect = VALUES.expect
    m = re.fullmatch(r"(\d+)-(\d+) (\S+) ([A-Z][a-z]+)", value)
    if m is None:
        expect(False, f"{where} hyphenated address shape {value!r}")
        return
    low = said.lower()
    head, rest = re.split(r"\s*(?:\bdash\b|-)\s*", low, maxsplit=1)
    street = m.group(3).lower()
    ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th)", street)
    if street not in rest and ordinal:
        street = ordinal_words(int(ordinal.group(1)))
    expect(street in rest, f"{where} street not said: {said!r}")
    tail, after = rest.split(street, 1) if street in rest else (rest, "")
    suffix = VALUES.abbr_to_suffix.get(m.group(4), "\0").lower()
    expect(suffix in after or m.group(4).lower() in after.split(), f"{where} suffix not said: {said!r}")
    expect(m.group(1) in VALUES.house(head) and m.group(2) in READER.read(READER.words_of(tail)),
           f"{where} house number does not read back: {said!r}")  # fmt: skip


def check_own(where: str, said: str, e: dict[str, Any]) -> bool:
    """Read v12's own forms; False if the entity is left to the kit's readers."""
    kind, value, form, expect = e["type"], e["value"], e["form"], VALUES.expect
    if kind == "PERSON":
        ok = read_spelling(said) == check_kit.letters(value) if form == "spelled" else name_reads(said, value)
        expect(ok, f"{where} name does not read back: {said!r}")
    elif kind == "EMAIL_ADDRESS":
        expect(
            re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9]+(?:\.[a-z]+)+", value) is not None, f"{where} e-mail shape"
        )
        expect((said if form == "written" else read_email(said)) == value, f"{where} e-mail: {said!r}")
    elif kind == "PHONE_NUMBER" and value.startswith("+"):
        expect(value[1:] in READER.read_digits(said), f"{where} number from abroad: {said!r}")
    elif kind == "PHONE_NUMBER" or (kind in readback_kit.DIGITS and ASKED_AGAIN.search(said.lower())):
        expect(value in READER.read_phone(second_try(said)) if kind == "PHONE_NUMBER" else
               value in READER.read_digits(second_try(said)), f"{where} {kind} does not read back: {said!r}")  # fmt: skip
    elif kind == "ACCOUNT_ID":
        if readback_kit.MBI.fullmatch(value):
            ok = VALUES.read_chars(AD_HOC.sub(r"\1", said.lower())) == value
        else:
            ok = re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", value) is not None and value in read_id(said)
        expect(ok, f"{where} ID does not read back: {said!r}")
    elif kind == "STREET_ADDRESS" and re.match(r"\d+-\d+ ", value):
        check_hyphenated(where, said, value)
    elif kind == "STREET_ADDRESS" and (m := re.fullmatch(r"HC (\d) Box (\d+)", value)):
        low = said.lower()
        route, box = re.split(r"\bbox\b", low, maxsplit=1)
        expect(m.group(1) in VALUES.house(re.sub(r"^(h c|hc|highway contract)( route)?", "", route))
               and m.group(2) in VALUES.house(box), f"{where} HC box: {said!r}")  # fmt: skip
    else:
        return False
    return True


def check_values(lines: list[dict[str, Any]]) -> None:
    """Each value read by v12's own readers (``check_own``) or, when it is not one of v12's forms, by the
    kit's (``readback_kit.ValueChecks``); a value no reader can take apart is a failure."""
    rest_of: dict[str, list[dict[str, Any]]] = {}
    for x in lines:
        for e in x["entities"]:
            try:
                taken = check_own(x["id"], x["text"][e["start"] : e["end"]], e)
            except (ValueError, IndexError) as err:
                FAILURES.append(f"{x['id']} {e['type']} unreadable ({err})")
                taken = True
            if not taken:
                rest_of.setdefault(x["id"], []).append(e)
    VALUES.check_values([dict(x, entities=rest_of.get(x["id"], [])) for x in lines])


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """One-value mutants ``check_values`` rejects, of all (``check_kit.mutants_caught``)."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


def earlier_words() -> set[str]:
    """The words v11's check forbade (v2-v10's lists and PERSON/STREET values, Faker's person names), with
    v11's name and street lists and its PERSON/STREET values added: no v12 name or street word is one."""
    return v11_check.earlier_words() | lexicon_kit.half_words(CORPUS, "v11", v11_words)


BOUNDS = {"entities": (560, 720), "addresses": 60, "spoken_numeric": 150, "names": 150}
CHECKS = check_kit.HalfChecks("v12", build.N, TYPES, BOUNDS, "v2-v11 or Faker", EARLIER_HALVES, earlier_words,
                              templates, old_templates, check_kit.street_words(words), FAILURES)  # fmt: skip


def check_said_names(lines: list[dict[str, Any]]) -> None:
    """No word the recognizer wrote for a said name (its phonetic spellings, nicknames) is an earlier word."""
    earlier = earlier_words()
    reused = {w for x in lines for e in x["entities"] if e["type"] == "PERSON" and e["form"] == "plain"
              for w in re.findall(r"[a-z']{2,}", x["text"][e["start"] : e["end"]].lower())
              if w in earlier and w not in {"actually", "well", "on", "paper", "mean"}}  # fmt: skip
    if reused:
        FAILURES.append(
            f"{len(reused)} words of said names reused from v2-v11 or Faker: {sorted(reused)[:20]}"
        )


def check_births(lines: list[dict[str, Any]]) -> None:
    """At least 50 dates of birth (the brief's floor)."""
    n = sum(e["type"] == "DATE_OF_BIRTH" for x in lines for e in x["entities"])
    if n < 50:
        FAILURES.append(f"fewer than 50 dates of birth ({n})")


# the half's checks in the order main runs them (tests/bench_pii_corpus/test_seeded_halves.py runs them too)
STEPS = (CHECKS.check_format, check_values, CHECKS.check_counts, check_births, CHECKS.check_independence,
         check_said_names)  # fmt: skip


def main() -> None:
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)


if __name__ == "__main__":
    main()
