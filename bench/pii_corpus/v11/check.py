"""Check v11's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v11/check.py`` (exit 1 on a failure).

The kits' checks over v11's words (``check_kit.HalfChecks``, ``readback_kit.ValueChecks``): the file is what
the seeded ``build.py`` writes; v2's line format and span rules; every value reads back from what was said
(a reader of v11's digit words and homophones "for", "too", "won", "ate", the agent's cues and holds
skipped, its repair words undone), so a value changed by one character fails; what is v11's own is read here
first: an ID's letters said as words ("bee", "why"), "period" for the dot of an e-mail, a birth date with its
weekday or on a holiday, a name whose capitals and apostrophe-less splits the recognizer wrote ("mc
ilhenny" for McIlhenny: the letters are compared, no initial dropped); 600 utterances, 560-720 entities,
the ten types, at least 150 names, 60 addresses, 50 birth dates, 150 spoken numeric identifiers and 150
utterances without PII; cards Luhn-valid; no four-word phrase shared with the v2-v10 or old templates (in
the templates and in the text around the values); no PERSON or street word of a v2-v10 name list, street
list or PERSON/STREET value, nor of Faker's person-name lists (particles "da", "dos", "do", "de" exempt).
Then the reference figures of systems that need no redactor. Nothing here imports ``stream`` (the redactor).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, lexicon_kit, read_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.speech_kit import MONTHS
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v10 import check as v10_check
from bench.pii_corpus.v10 import words as v10_words
from bench.pii_corpus.v11 import build, slots, templates, words
from bench.pii_corpus.v11.speech import FILLERS, HOMOPHONES, UNITS

HERE = Path(__file__).resolve().parent
CORPUS, TYPES = HERE.parent, set(build.TYPES)
FAILURES: list[str] = []
# the template modules of every earlier half, v2's two and v3's to v10's: no four-word phrase of theirs is v11's
EARLIER_HALVES = tuple(
    importlib.import_module(f"bench.pii_corpus.{name}")
    for name in ["v2.templates_tune", "v2.templates_test"] + [f"v{k}.templates" for k in range(3, 11)]
)

# the reader: v11's digit words and homophones; the agent's cues, holds, "and", "dash", "slash", "number" and
# the restart words skipped; its repair words (and the kit's restart marks "sorry", "wait") undo what came before
SKIP = frozenset({w for f in FILLERS for w in f.split()} | {"uh", "um", "umm", "and", "dash", "slash", "number", "from",
                                                            "the", "top"})  # fmt: skip
DIGIT_OF = {**{w: str(k) for k, w in enumerate(UNITS)}, "oh": "0", **{w: d for d, w in HOMOPHONES.items()}}
REPAIR = re.compile(r"\b(?:scratch that|wait no|oops|strike that|sorry|wait)\b")
READER = read_kit.DigitReader(DIGIT_OF, SKIP, REPAIR, group_dead_end=True)
LETTER_OF = {w: c.lower() for c, w in words.LETTER_WORDS.items()}
LETTER_WORD = re.compile(r"\b(" + "|".join(LETTER_OF) + r")\b")


def letters_said_as_letters(said: str) -> str:
    """An ID with its letter words ("bee", "why") written as the letters they stand for."""
    return LETTER_WORD.sub(lambda m: LETTER_OF[m.group(1)], said.lower())


def read_id(said: str) -> set[str]:
    """An ID's letters then its digits (read_kit), every skipped word but "dash" (and its comma) left out."""
    kept = [w for w in said.replace("...", ", ").split() if w.strip(",").lower() not in SKIP - {"dash"}]
    return set(READER.read_id(letters_said_as_letters(" ".join(kept))))


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)
# a holiday said for a birthday, as the month and day the kit's date reader reads (longest first)
HOLIDAY_DATES = sorted(((h.lower(), f"{MONTHS[m - 1].lower()} {d}") for h, m, d in slots.HOLIDAYS),
                       key=lambda p: -len(p[0]))  # fmt: skip
WEEKDAY = re.compile(r"\b(?:" + "|".join(w.lower() for w in slots.WEEKDAYS) + r")\b")


def read_birth_date(said: str) -> set[str]:
    """v11's birth dates for the kit's reader: a holiday as its month and day, the weekday and the words
    before the date ("a", "on", "it was") dropped."""
    t = said.lower()
    for holiday, month_day in HOLIDAY_DATES:
        t = t.replace(holiday, month_day)
    t = WEEKDAY.sub(" ", t)
    t = re.sub(r"^\s*(?:a|on|it was)\b", " ", t)
    return VALUES.read_date(t)


def check_own(where: str, said: str, e: dict[str, Any]) -> bool:
    """Read v11's own forms; False if the entity is left to the kit's readers."""
    kind, value, expect = e["type"], e["value"], VALUES.expect
    if kind == "PERSON" and e["form"] == "plain":
        expect(
            check_kit.letters(said) == check_kit.letters(value), f"{where} name does not read back: {said!r}"
        )
    elif kind == "DATE_OF_BIRTH":
        expect(value in read_birth_date(said), f"{where} date does not read back: {said!r}")
    elif kind == "EMAIL_ADDRESS" and e["form"] != "written":
        expect(re.fullmatch(r"[a-z0-9._+]+@[a-z0-9]+\.[a-z]+", value) is not None, f"{where} e-mail")
        said_dot = re.sub(r"\bperiod\b", "dot", said.lower())
        expect(value in VALUES.read_email(said_dot), f"{where} e-mail does not read back: {said!r}")
    elif kind == "ACCOUNT_ID" and readback_kit.MBI.fullmatch(value):
        said_letters = letters_said_as_letters(said)
        expect(VALUES.read_chars(said_letters) == value, f"{where} Medicare ID does not read back: {said!r}")
    else:
        return False
    return True


def check_values(lines: list[dict[str, Any]]) -> None:
    """v11's own readers first (``check_own``), the kit's readers for every other value."""
    kit_lines = []
    for x in lines:
        try:
            mine = [e for e in x["entities"] if check_own(x["id"], x["text"][e["start"] : e["end"]], e)]
        except (ValueError, IndexError) as err:
            FAILURES.append(f"{x['id']} unreadable ({err})")
            mine = list(x["entities"])
        kit_lines.append({**x, "entities": [e for e in x["entities"] if e not in mine]})
    VALUES.check_values(kit_lines)


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    return check_kit.mutants_caught(lines, check_values, FAILURES)


def earlier_words() -> set[str]:
    """Every word v10's check forbade (v2-v9 lists and values, Faker's person names) and v10's own name and
    street lists and PERSON/STREET values, lower case, less v11's surname particles."""
    v10_streets = (v10_words.URBANIZATIONS, v10_words.CALLES)
    return (
        v10_check.earlier_words() | lexicon_kit.half_words(CORPUS, "v10", v10_words, *v10_streets)
    ) - words.PARTICLES


# v11's figures for the kit's checks: name and size, types, bounds, the earlier halves and words it must not
# share, its templates, the old generator's, its street words and the failures list
BOUNDS = {"entities": (560, 720), "addresses": 60, "spoken_numeric": 150, "names": 150}
CHECKS = check_kit.HalfChecks("v11", build.N, TYPES, BOUNDS, "v2-v10 or Faker", EARLIER_HALVES, earlier_words,
                              templates, old_templates, check_kit.street_words(words), FAILURES)  # fmt: skip


# what a recognizer's split may leave as a word of a said name: the "Mc"/"Mac" of a Scots or Irish name
SPLIT_PIECES = frozenset({"mc", "mac"})


def check_said_names(lines: list[dict[str, Any]]) -> None:
    """No word of a said (not spelled) name, as the recognizer wrote it, is an earlier half's or Faker's name
    word: the kit checks the values, this the splits ("olatun bosun") the text holds."""
    earlier = earlier_words() - SPLIT_PIECES
    reused = {w for x in lines for e in x["entities"] if e["type"] == "PERSON" and e["form"] == "plain"
              for w in re.findall(r"[a-z']+", x["text"][e["start"] : e["end"]].lower()) if w in earlier}  # fmt: skip
    if reused:
        FAILURES.append(f"{len(reused)} words of said names reused from v2-v10 or Faker")


def check_births(lines: list[dict[str, Any]]) -> None:
    """At least 50 dates of birth (the brief's floor; the kit's bounds do not count them)."""
    n = sum(e["type"] == "DATE_OF_BIRTH" for x in lines for e in x["entities"])
    if n < 50:
        FAILURES.append(f"fewer than 50 dates of birth ({n})")


# the half's checks in the order main runs them (tests/bench_pii_corpus/test_seeded_halves.py runs them too)
STEPS = (
    CHECKS.check_format,
    check_values,
    CHECKS.check_counts,
    check_births,
    CHECKS.check_independence,
    check_said_names,
)


def main() -> None:
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)


if __name__ == "__main__":
    main()
