"""The committed v4 test half: reproducible from build.py, in v2's line format so v2's scorer reads it,
gold spans that hold their canonical values (read back from what the caller said), the mix a contact
center hears, and nothing shared with the v2/v3 templates (no four-word phrase; checked by code, the other
templates' text is never printed)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib
import itertools

from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.check_kit import luhn_ok, phrase_failures, template_texts
from bench.pii_corpus.v2 import templates_test as v2_test_templates
from bench.pii_corpus.v2 import templates_tune as v2_tune_templates
from bench.pii_corpus.v2.score import identifying_tokens, score
from bench.pii_corpus.v3 import templates as v3_templates
from bench.pii_corpus.v4 import build, templates, words
from bench.pii_corpus.v4.speech import MONTHS, ORDINALS, TEENS, TENS, UNITS, decode, decode_repaired

V4 = Path(build.__file__).resolve().parent
TYPES = {"PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID", "ZIP_CODE",
         "EMAIL_ADDRESS", "STREET_ADDRESS", "LAST_FOUR"}  # fmt: skip
DIGITS_ONLY = {"US_SSN": r"\d{9}", "CREDIT_CARD": r"\d{15,16}", "PHONE_NUMBER": r"[2-9]\d{9}",
               "ZIP_CODE": r"\d{5}(\d{4})?", "LAST_FOUR": r"\d{4}"}  # fmt: skip
NATO_LETTER = {w.lower(): c for c, w in words.NATO.items()}
SUFFIX_ABBR = {a for _, a in words.USPS_SUFFIXES}
UNIT_ABBR = {a for _, a in words.UNITS}
NUMBER_WORD = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "thousand", "hundred", "and", "for", "to", "too",
                                                          "ate", "won", "double", "triple", "uh", "um", "hmm", "no"}  # fmt: skip


def committed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (V4 / "test.jsonl").read_text().splitlines()]


LINES = committed()


def test_committed_corpus_is_what_the_seeded_build_writes() -> None:
    assert len(LINES) == build.N == 600
    assert build.build() == LINES


def test_readme_counts_are_the_committed_counts() -> None:
    assert build.counts_table(LINES) in (V4 / "README.md").read_text()


def test_line_format_is_v2s() -> None:
    assert len({x["id"] for x in LINES}) == len(LINES)
    for x in LINES:
        assert set(x) == {"id", "text", "form", "template", "entities", "distractors"}
        assert x["form"] in ("raw", "punct", "numerals", "smart")
        assert re.fullmatch(r"v4/(pii|no_pii)/\d+", x["template"])
        for e in x["entities"]:
            assert set(e) == {"start", "end", "type", "value", "form"} and e["type"] in TYPES
            assert e["form"] in ("spoken", "written", "mixed", "plain", "spelled")
        for d in x["distractors"]:
            assert set(d) == {"start", "end", "kind"}
        if x["form"] in ("raw", "numerals"):
            assert x["text"] == x["text"].lower() and not re.search(r"[,?!;]", x["text"])


def test_the_mix_is_a_contact_centers() -> None:
    by_type = Counter(e["type"] for x in LINES for e in x["entities"])
    assert set(by_type) == TYPES and 560 <= sum(by_type.values()) <= 660
    common = [by_type[t] for t in ("PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER", "ACCOUNT_ID", "STREET_ADDRESS")]
    rare = [by_type[t] for t in ("US_SSN", "CREDIT_CARD", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR")]
    assert min(common) > max(rare) and min(rare) >= 30
    no_pii = [x for x in LINES if not x["entities"]]
    assert 0.3 <= len(no_pii) / len(LINES) <= 0.4
    assert all(x["distractors"] for x in no_pii)  # every no-PII utterance has numbers to preserve
    forms = Counter(e["form"] for x in LINES for e in x["entities"])
    assert forms["spelled"] >= 25 and forms["mixed"] >= 5 and forms["spoken"] >= 200
    assert Counter(x["form"] for x in LINES).most_common()[-1][1] >= 60


# ---- spans -----------------------------------------------------------------------------------------


def test_spans_are_inside_the_text_trimmed_and_disjoint() -> None:
    for x in LINES:
        text = x["text"]
        spans = sorted(
            [(e["start"], e["end"]) for e in x["entities"]]
            + [(d["start"], d["end"]) for d in x["distractors"]]
        )
        for s, e in spans:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip(" ,"), (x["id"], s, e)
            assert re.match(r"[A-Za-z0-9($+#]", text[s]), x["id"]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), x["id"]
        for e in x["entities"]:  # a span starts and ends at a word boundary
            assert e["start"] == 0 or not text[e["start"] - 1].isalnum(), x["id"]
            assert e["end"] == len(text) or not text[e["end"]].isalnum(), x["id"]


def test_no_lead_in_or_cue_word_is_inside_a_span() -> None:
    cue = {"is", "my", "number", "card", "code", "zip", "social", "born", "name", "email", "let", "look",
           "hang", "find", "okay", "like", "ending", "ends", "area", "member", "id", "phone"}  # fmt: skip
    for x in LINES:
        for e in x["entities"]:
            span = x["text"][e["start"] : e["end"]].lower()
            assert not any(lead.lower() in span for lead in templates.LEAD_INS), x["id"]
            said = set(re.findall(r"[a-z]+", span))
            allowed = {"one"} if e["type"] == "PHONE_NUMBER" else set()
            if e["type"] in ("PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS"):
                continue  # names and streets may be any word (Young, Price, Market)
            assert not (said & cue) - allowed, (x["id"], e["type"])


# ---- values -----------------------------------------------------------------------------------------


def test_numbers_read_back_to_their_canonical_digits() -> None:
    checked = 0
    for x in LINES:
        for e in x["entities"]:
            if e["type"] not in DIGITS_ONLY:
                continue
            said, value = x["text"][e["start"] : e["end"]], e["value"]
            assert re.fullmatch(DIGITS_ONLY[e["type"]], value), (x["id"], e["type"])
            heard = decode_repaired(re.sub(r"[()+\-./]", " ", said))
            if e["type"] == "PHONE_NUMBER":
                heard |= {h[1:] for h in heard if len(h) == 11 and h[0] == "1"}
            assert value in heard, (x["id"], e["type"])
            if e["type"] == "CREDIT_CARD":
                assert luhn_ok(value) and value[0] in "3456"
            if e["type"] == "US_SSN":
                assert value[:3] not in ("000", "666") and value[0] != "9" and value[3:5] != "00"
            checked += 1
    assert checked >= 200


def _letters_and_digits(said: str) -> str:
    """An ID as said: bare letters, "K as in kite" (the word after "as in" is dropped), NATO words, digits
    and number words (decoded run by run)."""
    out: list[str] = []
    run: list[str] = []
    ws = re.findall(r"[a-z0-9]+(?:-[a-z]+)?", said.lower())
    i = 0
    while i < len(ws):
        w = ws[i]
        if ws[i : i + 2] == ["as", "in"]:
            i += 3
            continue
        letter = NATO_LETTER.get(w) or (w.upper() if len(w) == 1 and w.isalpha() else None)
        if letter is None and (
            re.fullmatch(r"[a-z]*\d+[a-z]?", w) or (w.isalpha() and w not in NUMBER_WORD and len(w) <= 3)
        ):  # "kx", "KX4471902"
            letter = w.upper()
        if letter is not None:
            out.append(decode(" ".join(run)))
            run = []
            out.append(letter)
        else:
            run.append(w)
        i += 1
    out.append(decode(" ".join(run)))
    return "".join(out)


def test_member_ids_read_back_letters_then_digits() -> None:
    ids = [(x, e) for x in LINES for e in x["entities"] if e["type"] == "ACCOUNT_ID"]
    for x, e in ids:
        said = x["text"][e["start"] : e["end"]]
        assert re.fullmatch(r"[A-Z]{1,3}\d{6,9}[A-Z]?", e["value"]), x["id"]
        assert e["value"] in {_letters_and_digits(s) for s in _repairs(said)}, (x["id"], said)
    assert sum(" as in " in x["text"][e["start"] : e["end"]] for x, e in ids) >= 8


def _repairs(said: str) -> list[str]:
    """The span, or for a repair ("... four five no four six ...") the span with the 1-6 words said wrong
    before "no" dropped."""
    parts = re.split(r"—? \bno\b,?", said, maxsplit=1)
    if len(parts) == 1:
        return [said]
    head, rest = parts
    ws = head.split()
    return [" ".join(ws[: len(ws) - k]) + " " + rest.lstrip(", ") for k in range(1, 7) if k <= len(ws)]


MONTH_WORD = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
ORD_VALUE = {w: i for i, w in enumerate(ORDINALS) if w} | {"thirtieth": 30, "thirty first": 31}


def _read_date(said: str) -> set[str]:
    """Every YYYY-MM-DD a spoken or written date of birth may mean (a two-digit year as 19xx or 20xx)."""
    t = said.lower().replace(",", " ").replace("/", " ").replace("-", " ")
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    for a, b in (("twenty", 20), ("thirty", 30)):
        for k, o in enumerate(ORDINALS[1:10], 1):
            t = t.replace(f"{a} {o}", str(b + k))
    for w, v in sorted(ORD_VALUE.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"\b{w}\b", str(v), t)
    t = re.sub(r"\b(the|of)\b", " ", t)
    month = next((v for w, v in MONTH_WORD.items() if re.search(rf"\b{w}\b", t)), None)
    t = re.sub("|".join(rf"\b{w}\b" for w in MONTH_WORD), " ", t)
    cands = []
    for parts in (_number_groups(t.split(), join=True), _number_groups(t.split(), join=False)):
        if month is not None and len(parts) == 2:
            cands.append((month, parts[0], parts[1]))
        elif month is None and len(parts) == 3:
            cands.append((parts[0], parts[1], parts[2]))
    out: set[str] = set()
    for m, d, y in cands:
        for yy in [y] if y > 999 else [1900 + y, 2000 + y]:
            with contextlib.suppress(ValueError):
                out.add(date(yy, m, d).isoformat())
    return out


def _number_groups(tokens: list[str], join: bool) -> list[int]:
    """Numbers in a date as said: "nineteen eighty two" -> 19, 82; "two thousand four" -> 2004;
    "oh three" -> 3; "12" -> 12; "2 3 85" -> 2, 3, 85."""
    out: list[int] = []
    i = 0
    while i < len(tokens):
        w = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if w.isdigit():
            out.append(int(w))
        elif w == "two" and nxt == "thousand":
            j = i + 2
            if j < len(tokens) and tokens[j] == "and":
                j += 1
            rest = tokens[j : j + 2]
            val, used = _small(rest)
            out.append(2000 + val)
            i = j + used
            continue
        elif w == "oh" and nxt in UNITS:
            out.append(UNITS.index(nxt))
            i += 2
            continue
        elif w in UNITS or w in TEENS or w in TENS:
            val, used = _small(tokens[i : i + 2])
            if i + used < len(tokens) and tokens[i + used] == "hundred":
                out += [val, 0]
                used += 1
            elif i + used + 1 < len(tokens) and tokens[i + used] == "oh" and tokens[i + used + 1] in UNITS:
                out += [val * 100 + UNITS.index(tokens[i + used + 1])]
                used += 2
            else:
                out.append(val)
            i += used
            continue
        i += 1
    # a year said as two pairs ("nineteen eighty two") is joined here
    joined: list[int] = []
    for v in out:
        if join and joined and joined[-1] in (19, 20) and len(joined) >= 2 and v < 100:
            joined[-1] = joined[-1] * 100 + v
        else:
            joined.append(v)
    return joined


def _small(ws: list[str]) -> tuple[int, int]:
    if not ws:
        return 0, 0
    w = ws[0]
    if w in UNITS:
        return UNITS.index(w), 1
    if w in TEENS:
        return 10 + TEENS.index(w), 1
    if w in TENS and w:
        if len(ws) > 1 and ws[1] in UNITS[1:]:
            return 10 * TENS.index(w) + UNITS.index(ws[1]), 2
        return 10 * TENS.index(w), 1
    return 0, 0


def test_dates_of_birth_read_back_to_their_iso_value() -> None:
    dobs = [(x, e) for x in LINES for e in x["entities"] if e["type"] == "DATE_OF_BIRTH"]
    for x, e in dobs:
        y, m, d = map(int, e["value"].split("-"))
        assert 1930 <= y <= 2008 and date(y, m, d)
        assert e["value"] in _read_date(x["text"][e["start"] : e["end"]]), (x["id"], e["value"])
    assert len(dobs) >= 60


def _email_said(said: str) -> str:
    """An address as said: "dot", "underscore", "dash", "at" for the signs; number words decoded."""
    glue = {"dot": ".", "underscore": "_", "dash": "-", "at": "@"}
    out: list[str] = []
    run: list[str] = []
    for w in [*said.lower().split(), "dot"]:
        if w in NUMBER_WORD or w.isdigit():
            run.append(w)
            continue
        if run:
            out.append(decode(" ".join(run)) if run != ["and"] else "and")
            run = []
        out.append(glue.get(w, w))
    return "".join(out)[:-1]


def test_emails_read_back_to_the_address() -> None:
    mails = [(x, e) for x in LINES for e in x["entities"] if e["type"] == "EMAIL_ADDRESS"]
    for x, e in mails:
        assert re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9]+\.(com|net|org)", e["value"]), x["id"]
        said = x["text"][e["start"] : e["end"]]
        assert said == e["value"] if e["form"] == "written" else _email_said(said) == e["value"], (
            x["id"],
            said,
        )
    assert sum(e["form"] == "spoken" for _, e in mails) >= 20


def test_addresses_hold_number_street_and_a_usps_suffix() -> None:
    addrs = [(x, e) for x in LINES for e in x["entities"] if e["type"] == "STREET_ADDRESS"]
    for x, e in addrs:
        m = re.fullmatch(
            r"(\d+) (?:(N|S|E|W|NE|NW|SE|SW) )?(.+?) ([A-Z][a-z]+)(?: ([A-Z]+) ([0-9A-Z]+))?", e["value"]
        )
        assert m and m.group(4) in SUFFIX_ABBR and (m.group(5) is None or m.group(5) in UNIT_ABBR), e["value"]
        said = x["text"][e["start"] : e["end"]].lower()
        street = m.group(3).lower()
        assert (
            (street in said) if not re.match(r"\d", street) else (street in said or e["form"] == "spoken")
        ), x["id"]
        name = next(n for n, a in words.USPS_SUFFIXES if a == m.group(4))
        assert name.lower() in said or m.group(4).lower() in said, x["id"]
        if e["form"] == "written":
            assert said.split()[0] == m.group(1), x["id"]
        else:
            head = decode(" ".join(re.findall(r"[a-z]+", said)[: _count_number_words(said)]))
            assert head == m.group(1) or (street[0].isdigit() and head.startswith(m.group(1))), (
                x["id"],
                said,
            )
    spoken = [x["text"][e["start"] : e["end"]] for x, e in addrs if e["form"] == "spoken"]
    assert len(spoken) >= 20 and any(" hundred " in s for s in spoken)


def _count_number_words(said: str) -> int:
    ws = re.findall(r"[a-z]+", said)
    return next((k for k, w in enumerate(ws) if w not in NUMBER_WORD), len(ws))


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower().replace("saint", "st"))


def test_names_read_back() -> None:
    spelled = 0
    for x in LINES:
        for e in x["entities"]:
            if e["type"] != "PERSON":
                continue
            said = x["text"][e["start"] : e["end"]]
            if e["form"] == "spelled":
                spelled += 1
                letters = _letters_and_digits(re.sub(r"\b([A-Za-z])-(?=[A-Za-z]\b)", r"\1 ", said))
                assert _letters(letters) == _letters(e["value"]), (x["id"], said)
            else:
                ws = said.split()
                no_middle = " ".join(
                    w for k, w in enumerate(ws) if not (0 < k < len(ws) - 1 and len(w.strip(".")) == 1)
                )
                assert _letters(no_middle) == _letters(e["value"]), (x["id"], said)
    assert spelled >= 25


def test_every_entity_has_identifying_tokens_for_the_scorer() -> None:
    """v2's scorer scores it as it is: nothing is caught by an empty prediction, everything by a full one."""
    for x in LINES:
        for e in x["entities"]:
            assert identifying_tokens(x["text"], e["start"], e["end"], e["type"]), x["id"]
    nothing = score(LINES, [[] for _ in LINES])
    everything = score(LINES, [[(0, len(x["text"]))] for x in LINES])
    assert nothing.recall.hit == 0 and everything.recall.hit == everything.recall.total == len(
        [e for x in LINES for e in x["entities"]]
    )


# ---- independence -----------------------------------------------------------------------------------


def test_no_template_nor_rendered_text_around_the_values_shares_a_phrase_with_v2_or_v3() -> None:
    """No four-word phrase of v4's templates (PII, NO_PII, FILLERS, LEAD_INS), nor of its rendered text
    outside the values, is in the old generator's or v2's or v3's templates (which ones is not printed)."""
    theirs = template_texts(old_templates, (v2_tune_templates, v2_test_templates, v3_templates))
    failures = phrase_failures(LINES, templates, theirs, "v2/v3")
    assert not failures, failures
