"""The committed v3 tuning corpus: reproducible from build.py, gold spans that hold their values (decoded
back from the words, numerals or letters a caller said), the ASR habits it promises, and nothing taken
from v2's test half (its names, its "as in" words, its template phrases)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from template_phrases import phrases

from bench.pii_corpus.v2 import templates_tune as v2_tune_templates
from bench.pii_corpus.v2.build import counts_table
from bench.pii_corpus.v2.score import score
from bench.pii_corpus.v2.spoken import MONTHS, ORDINALS, TEENS, TENS, UNITS
from bench.pii_corpus.v3 import build, templates
from bench.pii_corpus.v3.lexicon import lexicon, v2_test_names
from bench.pii_corpus.v3.speech import decode

V3 = Path(build.__file__).resolve().parent
TYPES = {"PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID", "ZIP_CODE",
         "EMAIL_ADDRESS", "STREET_ADDRESS", "LAST_FOUR"}  # fmt: skip
DIGIT_ONLY = {"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "ZIP_CODE", "LAST_FOUR"}
DIRECTIONS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West", "Northeast",
              "Northwest", "Southeast", "Southwest"}  # fmt: skip
NUMBER_WORDS = {*UNITS, *TEENS, *TENS[2:], "oh", "double", "triple", "hundred", "thousand"}


def committed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (V3 / "tune.jsonl").read_text().splitlines()]


def test_committed_corpus_is_what_build_writes() -> None:
    """Nobody edits the corpus by hand, and the seeded build gives the same lines every time."""
    lines = committed()
    assert len(lines) == build.N
    assert build.build() == lines


def test_every_type_has_enough_cases_to_tune_on() -> None:
    lines = committed()
    by_type = Counter(e["type"] for x in lines for e in x["entities"])
    assert set(by_type) == TYPES and min(by_type.values()) >= 60
    assert sum(1 for x in lines if not x["entities"]) >= 150
    spoken = Counter(e["type"] for x in lines for e in x["entities"] if e["form"] in ("spoken", "mixed"))
    assert all(spoken[t] >= 25 for t in DIGIT_ONLY | {"ACCOUNT_ID"})
    assert sum(1 for x in lines for e in x["entities"] if e["form"] == "spelled") >= 30


def test_readme_counts_are_the_committed_counts() -> None:
    assert counts_table(committed()) in (V3 / "README.md").read_text()


# ---- each span's text holds its value ----------------------------------------------------------------


def _norm_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"\bsaint\b", "st", text.lower()))


def person_ok(said: str, value: str, form: str) -> bool:
    if form == "spelled":
        return spelled_letters(said) == re.sub(r"[^A-Z]", "", value.upper())
    if _norm_name(said) == _norm_name(value):
        return True
    words = said.split()  # a middle initial: "Flora J. Loveless"
    return (
        len(words) >= 3
        and len(words[1].strip(".")) == 1
        and _norm_name(" ".join(words[:1] + words[2:])) == _norm_name(value)
    )


def spelled_letters(said: str) -> str:
    """The letters of a spelled name: "R as in Rabbit, O S E", "Romeo Oscar Sierra Echo", "r-o-s-e"."""
    nato = {w.lower().replace("-", ""): k for k, w in lexicon().nato.items()}
    words = re.findall(r"[a-z]+", said.lower().replace("x-ray", "xray"))
    out, i = "", 0
    while i < len(words):
        w = words[i]
        if len(w) == 1:
            out += w.upper()
            i += 4 if words[i + 1 : i + 3] == ["as", "in"] else 1
        elif w in nato:
            out += nato[w]
            i += 1
        else:
            raise AssertionError(f"not a spelled letter: {w!r} in {said!r}")
    return out


def account_ok(said: str, value: str) -> bool:
    nato = {w.lower().replace("-", ""): k for k, w in lexicon().nato.items()}
    words = re.findall(r"[a-z]+|\d+", said.lower().replace("x-ray", "xray"))
    letters, i = "", 0
    while (
        i < len(words)
        and not words[i].isdigit()
        and words[i] not in NUMBER_WORDS | {"for", "to", "won", "tree", "ate", "too"}
    ):
        w = words[i]
        if w in nato:
            letters += nato[w]
        elif len(w) <= 3:
            letters += w.upper()
        else:
            return False
        i += 4 if words[i + 1 : i + 3] == ["as", "in"] else 1
    return letters + decode(" ".join(words[i:])) == value


def email_ok(said: str, value: str, form: str) -> bool:
    if form == "written":
        return said == value
    glue = {"at": "@", "dot": ".", "underscore": "_", "dash": "-"}
    out, run = "", []
    for w in [*re.findall(r"[a-z]+|\d+", said.lower()), "at-end"]:
        if w in NUMBER_WORDS or w.isdigit():
            run.append(w)
            continue
        if run:
            out += decode(" ".join(run))
            run = []
        out += glue.get(w, "" if w == "at-end" else w)
    return out == value


def _numbers(said: str) -> Counter[int]:
    """Every number said or written in a date: "the third of March eighty five" -> {3, 3, 85}."""
    nums: Counter[int] = Counter(int(n) for n in re.findall(r"\d+", said))
    words = re.findall(r"[a-z]+", said.lower())
    i = 0
    while i < len(words):
        w = words[i]
        if w.title() in MONTHS:
            nums[MONTHS.index(w.title()) + 1] += 1
        elif w in ORDINALS[1:]:
            nums[ORDINALS.index(w)] += 1
        elif (
            w in TENS[2:]
            and i + 1 < len(words)
            and (words[i + 1] in UNITS[1:] or words[i + 1] in ORDINALS[1:10])
        ):
            unit = words[i + 1]
            nums[TENS.index(w) * 10 + (UNITS.index(unit) if unit in UNITS else ORDINALS.index(unit))] += 1
            i += 1
        elif w in TENS[2:]:
            nums[TENS.index(w) * 10] += 1
        elif w in TEENS:
            nums[10 + TEENS.index(w)] += 1
        elif w in UNITS:
            nums[UNITS.index(w)] += 1
        i += 1
    return nums


def dob_ok(said: str, value: str) -> bool:
    y, m, d = (int(p) for p in value.split("-"))
    nums = _numbers(said)
    want = Counter([m, d])
    if decode(said) in (
        f"{m:02d}{d:02d}{y % 100:02d}",
        f"{m:02d}{d:02d}{y}",
    ):  # "oh nine one nine eighty eight"
        return True
    return all(nums[k] >= v for k, v in want.items()) and (nums[y] > 0 or nums[y % 100] > 0)


def address_ok(said: str, value: str) -> bool:
    parts = re.match(r"^(\d+) (.+) (\w+) ([A-Z]{2,}) (\w+)$", value) or re.match(r"^(\d+) (.+) (\w+)$", value)
    assert parts, value
    number, street, suffix = parts.group(1), parts.group(2), parts.group(3)
    low = said.lower()
    words = street.split(" ")
    name = " ".join(words[1:]) if words[0] in DIRECTIONS and len(words) > 1 else street
    street_at = low.rfind(" " + name.lower())
    if street_at < 0:
        return False
    abbreviations = next(s.abbreviations for s in lexicon().base.suffixes if s.name == suffix)
    after = re.findall(r"[a-z]+", low[street_at:])
    suffix_said = suffix.lower() in after or any(a.lower() in after for a in abbreviations)
    return suffix_said and decode(low[:street_at]) == number


def test_gold_spans_hold_their_values() -> None:
    bad = []
    for x in committed():
        for e in x["entities"]:
            said = x["text"][e["start"] : e["end"]]
            assert said and said == said.strip(), (x["id"], e)
            t, value = e["type"], e["value"]
            if t in DIGIT_ONLY:
                got = decode(said)
                ok = got == value or (t == "PHONE_NUMBER" and got == "1" + value)
            elif t == "PERSON":
                ok = person_ok(said, value, e["form"])
            elif t == "ACCOUNT_ID":
                ok = account_ok(said, value)
            elif t == "EMAIL_ADDRESS":
                ok = email_ok(said, value, e["form"])
            elif t == "DATE_OF_BIRTH":
                ok = dob_ok(said, value)
            else:
                ok = address_ok(said, value)
            if not ok:
                bad.append((x["id"], t, said, value))
    assert not bad, bad[:10]


def test_gold_spans_do_not_overlap_and_distractors_hold_no_pii() -> None:
    for x in committed():
        spans = sorted((s["start"], s["end"]) for s in x["entities"] + x["distractors"])
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), x["id"]


# ---- the habits it promises --------------------------------------------------------------------------


def test_the_asr_habits_it_promises_are_there() -> None:
    lines = committed()
    spans = [(e, x["text"][e["start"] : e["end"]]) for x in lines for e in x["entities"]]
    said = [s.lower() for _, s in spans]
    habits = {
        "repair": sum(bool(re.search(r"\bno\b", s)) for s in said),
        "line break": sum("\n" in s for s in said),
        "homophone": sum(bool(re.search(r"\b(won|tree|for|to|too|ate)\b", s)) for e, s in spans
                         if e["type"] in DIGIT_ONLY),
        "hundreds": sum(" hundred " in s for s in said),
        "double or triple": sum(bool(re.search(r"\b(double|triple)\b", s)) for s in said),
        "nato": sum(bool(re.search(r"\b(bravo|kilo|sierra|tango|romeo|oscar|echo|delta|golf|hotel)\b", s)) for s in said),
        "as in": sum(" as in " in s for s in said),
        "smart phone": sum(bool(re.match(r"^(\+1 |1-)?(\(\d{3}\) |\d{3}[.-])\d{3}[-.]\d{4}$|^\+1 \d{3} \d{3} \d{4}$", s)) for s in said),
        "dashed card": sum(bool(re.match(r"^\d{4}-\d{4}-\d{4}-\d{4}$", s)) for s in said),
        "zip+4": sum(e["type"] == "ZIP_CODE" and len(e["value"]) == 9 for e, _ in spans),
        "particle surname": sum(bool(re.search(r"\b(de la|van|o'|o |del|da|dos|le|st |saint|mc|mac|von|ten)\w*", s)) for e, s in spans if e["type"] == "PERSON"),
        "word name": sum(e["value"].split()[0] in lexicon().word_firsts or e["value"].split()[-1] in lexicon().word_lasts
                         for e, _ in spans if e["type"] == "PERSON"),
        "dash in email": sum("-" in e["value"] or "_" in e["value"] for e, _ in spans if e["type"] == "EMAIL_ADDRESS"),
        "direction": sum(bool(re.search(r"\b(north|south|east|west|ne|nw|se|sw|n|s|e|w)\b", s)) for e, s in spans
                         if e["type"] == "STREET_ADDRESS"),
    }  # fmt: skip
    assert all(n >= 5 for n in habits.values()), habits
    kinds = Counter(d["kind"] for x in lines for d in x["distractors"])
    assert all(kinds[k] >= 5 for k in ("FLIGHT", "MODELNO", "DATE", "PRICE", "OPTION", "TIME", "UNITS")), (
        kinds
    )


def test_names_that_are_words_also_appear_as_plain_words() -> None:
    """Grant, Hope, June, Park, Bell... are in PII positions and, elsewhere, ordinary words to keep."""
    words = {w.lower() for w in lexicon().word_firsts + lexicon().word_lasts}
    plain = {
        w for x in committed() if not x["entities"] for w in re.findall(r"[a-z]+", x["text"].lower())
    } & words
    assert len(plain) >= 10, plain


# ---- independence from v2's test half ----------------------------------------------------------------


def test_nothing_from_v2_test_half_names_or_spelling_words() -> None:
    banned = v2_test_names()
    lex = lexicon()
    assert (
        not {n.lower() for n in lex.base.first_names + lex.base.surnames + lex.word_firsts + lex.word_lasts}
        & banned
    )
    for x in committed():
        for e in x["entities"]:
            if e["type"] == "PERSON":
                assert not {w.lower() for w in e["value"].split()} & banned, (x["id"], e["value"])
    police = {r.split("\t")[2].lower() for r in (V3.parent / "v2/lexicons/spelling_alphabets.tsv").read_text().splitlines()
              if r and not r.startswith("#")}  # fmt: skip
    assert not {w.lower() for w in lex.everyday.values()} & police


def test_templates_share_no_four_word_phrase_with_v2() -> None:
    """New cue phrases: none of v3's four-word phrases is in v2's tuning templates or in its test templates
    (read here by code only; the assertion reports a count, never the test half's text)."""
    import importlib

    mine = phrases(templates.PII + templates.NO_PII)
    assert not mine & phrases(v2_tune_templates.PII + v2_tune_templates.NO_PII)
    held_out = importlib.import_module("bench.pii_corpus.v2.templates_test")
    shared = len(mine & phrases(held_out.PII + held_out.NO_PII))
    assert shared == 0, f"{shared} v3 phrase(s) also in v2's test templates"


def test_scoring_the_bounds() -> None:
    lines = committed()
    everything = score(lines, [[(0, len(x["text"]))] for x in lines])
    nothing = score(lines, [[] for _ in lines])
    assert everything.recall.value == 1.0 and nothing.recall.value == 0.0
    assert nothing.preservation.value == 1.0 and everything.preservation.value == 0.0
