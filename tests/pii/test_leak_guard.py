"""Known PII canaries go into a call through every text-bearing field; none comes out anywhere an
analyst, an operator or a log reader can look. Only the restricted table holds them, encrypted."""

from __future__ import annotations

import base64
import logging
import time
from typing import Any

import orjson
import pytest

from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.restricted.access import RawAccess, Reader
from stream.runner import run

from events import CallBuilder

CALL = "CA" + "7" * 32
NOW_MS = time.time_ns() // 1_000_000  # data, not a timing: raw rows older than the TTL are dropped
# (where it is said, what is said, fragments that must never be readable afterwards)
CANARIES = {
    "name": ("my name is zephyrine quackenbush", ["zephyrine", "quackenbush"]),
    "spelled": ("that's Q U A C K E N B U S H", ["Q U A C K"]),
    "ssn": (
        "my social is oh seven eight, oh five, one one two oh",
        ["one one two oh", "oh seven eight", "078051120"],
    ),  # not "078": timestamps and ids hold it by chance
    "card": ("card number 4929 3816 2210 4467", ["4929", "2210", "4467"]),
    "phone": (
        "call me back at seven one eight, double five five, two nine one three",
        ["two nine one three"],
    ),
    "email": ("it's zeph dot quack at fastmail dot com", ["zeph dot quack", "fastmail"]),
    "dob": (
        "date of birth is February twenty ninth nineteen seventy six",
        ["February twenty", "seventy six"],
    ),
    "address": ("I live at 8871 Wisteria Lane apartment 4C", ["8871", "Wisteria"]),
    "member": ("member ID is QX-55-81-907", ["55-81-907", "QX-55"]),
    # the classes of issue 15: identifiers said with "as in", "oh" and "double"; addresses with a
    # spoken house number and a USPS suffix; names after a cue; e-mail with spoken digits; dates
    "spelled_id": (
        "my member id is K as in king, double four one nine, oh two five",
        ["king", "double four", "one nine", "oh two five"],
    ),
    "spoken_address": (
        "we moved to twenty nine sixty three Quillfeather Stravenue apartment twelve",
        ["twenty nine", "sixty three", "Quillfeather", "Stravenue"],
    ),
    "cued_name": (
        "the account is under Beverly Thistlewood, that's t-h-i-s-t-l-e",
        ["Beverly", "Thistlewood", "t-h-i"],
    ),
    "email_digits": ("it's zephq five one at outlook dot com", ["zephq", "five one"]),
    "spoken_dob": (
        "date of birth december fifteen nineteen fifty seven",
        ["december fifteen", "fifty seven"],
    ),
    # round 3: a repair inside a number, "tree" for three, the NATO alphabet, a name then its spelling
    "repair": (
        "my social is five two seven— no, one four, three three, nine oh six two",
        ["five two seven", "one four, three three", "nine oh six two"],
    ),
    "homophone": ("you can reach me at six one tree, four oh four, eight eight one tree", ["eight one tree"]),
    "nato_id": (
        "the member number is bravo juliett four hundred seventy one five five two",
        ["bravo juliett", "hundred seventy", "one five five two"],
    ),
    "nato_name": (
        "surname's pendlebrook papa echo november delta lima echo bravo romeo oscar oscar kilo",
        ["pendlebrook", "papa echo november"],
    ),
    # round 4: a card read with a pause phrase, a phone with one set off by commas, an unlisted name said
    # right before its date of birth, a surname that looks like a verb form
    "pause_card": (
        "card is five one oh five, one oh five one, hold on, oh five one oh, five one oh oh",
        ["five one oh five", "hold on, oh five", "five one oh oh"],
    ),
    "pause_phone": (
        "my phone number is three one two, hang on, five five five, oh seven four six",
        ["three one two", "oh seven four six"],
    ),
    "name_before_dob": (
        "quillan brevasso oh four oh nine nineteen seventy seven",
        ["quillan", "brevasso", "oh four oh nine"],
    ),
    "verb_surname": ("for verification i'm jorvel quing", ["jorvel", "quing"]),
    # round 5: a letter then a spelling-alphabet word, "X as in Y" then one, "a" as an ID's first letter,
    # capitals before the digits, a misheard first digit of a card and of a ZIP, a date read as numbers,
    # names in the possessive, with a particle, after "thanks", after a title and after initials
    "letter_nato_id": ("the number they sent me is w hotel five five two one nine oh three", ["w hotel"]),
    "as_in_nato_id": (
        "what the letter says is p as in peter d as in dog uniform four four one nine two",
        ["uniform", "d as in dog"],
    ),
    "a_letter_id": (
        "the id on my card is a six six one nine four two seven",
        ["my card is a ", "six one nine four"],
    ),
    "capital_prefix": ("the plan card reads HA 55120 94", ["reads ha ", "55120"]),
    "lead_digit_card": (
        "pay it with for oh one two eight eight eight eight eight eight eight eight one eight eight one",
        ["with for", "one two eight eight"],
    ),
    "zip_to": (
        "ship it to four four one two juniper crossing to nine double one four",
        ["juniper", "nine double one four"],
    ),
    "slash_dob": ("date of birth oh seven slash twenty two slash sixty one", ["seven slash", "slash sixty"]),
    "possessive": ("this is Priscilla's husband calling", ["priscilla"]),
    "particle": ("Hope de la Torre, and I need to update my address", ["torre", "hope de"]),
    "thanks_name": ("thanks sandy could you read that back", ["sandy"]),
    "title": ("i need to speak with ms. vandermolen", ["vandermolen"]),
    "initials": ("the account's under t. l. pemberton", ["pemberton", "t. l."]),
    # round 6: letters said right after "member id" ("a" too), a repair opened by a misheard digit, a
    # letter after "dot" in an e-mail, a name in the possessive before what a person has and after a
    # title, numbered streets in digits and in words, a C1 abbreviation that is a word in speech
    "id_letters": (
        "the member id t a oh five five one two nine eight",
        ["id t a", "t a oh", "five five one two"],
    ),
    "repair_misheard": (
        "it was seven two six four one oh three no for zero three forty one eighteen",
        ["no for zero", "forty one eighteen"],
    ),
    "email_dot_letter": ("my email is quorvath dot e at yahoo dot com", ["quorvath", "dot e"]),
    "possessive_owned": ("marisela's cell is the best way to reach us", ["marisela"]),
    "title_possessive": ("This is Doctor Quatrano's office calling back", ["quatrano"]),
    "ordinal_street": ("the new place is 20417 112th Pl. Unit D", ["20417", "112th"]),
    "spoken_ordinal_street": (
        "it's thirty one forty two one hundred twelfth street",
        ["thirty one forty", "twelfth street"],
    ),
    "spoken_abbreviation": ("i live at 318 quillback un by the school", ["318 quillback", "quillback"]),
    # round 7: addresses without a street suffix (post office box, rural route, highway, military, grid,
    # a house number in thousands), a repair opened by "wait no", a hyphenated surname cut at its
    # hyphen, a letter spelled "as in" two words, a surname before "family", a name said a few words
    # before its spelling, a number with "and" in an e-mail's local part
    "po_box": ("mail it to p o box six eight one nine please", ["box six eight", "six eight one nine"]),
    "rural_route": (
        "we're out at rural route nine box four seven seven two",
        ["route nine", "four seven seven two"],
    ),
    "highway": ("it's 48213 US Highway 287 out past the feed store", ["48213", "highway 287"]),
    "military": ("ship it to PSC 4 Box 7719, APO AE 09459", ["box 7719", "09459"]),
    "grid": ("we live at 3370 South 2700 East", ["3370 south", "2700 east"]),
    "thousands_house": (
        "it's thirty one thousand four hundred twelve county road ninety",
        ["thirty one thousand", "road ninety"],
    ),
    "wait_no": (
        "card is six two two one, wait no, double two one three, four four oh nine, one one two six",
        ["wait no", "double two one three", "one one two six"],
    ),
    "hyphen_surname": ("so perpetua k oxenbridge-valdor 3 9 1958", ["oxenbridge", "valdor"]),
    "two_word_alias": (
        "the last is zubrick z u b r i as in ice cream c k",
        ["zubrick", "ice cream", "cream c k"],
    ),
    "family": ("we're the lingenfelter family in cabin eleven", ["lingenfelter"]),
    "said_earlier": (
        "well mortlake with a space no one word sorry m o r t l a k e",
        ["mortlake", "m o r t"],
    ),
    "email_and": (
        "send it to zephyra underscore quill two thousand and nine at proton dot me",
        ["zephyra", "quill two", "thousand and nine"],
    ),
    # round 8: names on no list by shape and place (after a holder, before a label and its value, a
    # first name before a spelled surname, nearly as spelled, read back), an ID in mixed groups, a
    # restart inside a number, a date said year first, a unit before the house number
    "holder_label": (
        "cardholder velimir ostrakova number four nine one seven three three eight two",
        ["velimir", "ostrakova"],
    ),
    "dob_label": ("havrelle quistombe date of birth 6 14 1977", ["havrelle", "quistombe"]),
    "unlisted_first": ("sure yaretzi vonbrasko that's v o n b r a s k o", ["yaretzi", "vonbrasko"]),
    "near_spelled": ("it's okonwaje o k o n w a j i not with an e", ["okonwaje"]),
    "read_back": ("so that's ilvarno teskadi correct", ["ilvarno", "teskadi"]),
    "mixed_id": ("member 6QW3 D71 KP28 please", ["6qw3", "kp28"]),
    "restart": (
        "social is two nine one uh four sorry let me start over two nine one four four eight six one seven",
        ["four four eight", "six one seven"],
    ),
    "year_first": ("born nineteen fifty one june twenty second", ["fifty one june", "twenty second"]),
    "unit_before": ("we're at Apt 21D, 618 Marrow Gap Rd. now", ["21d", "618 marrow"]),
    # round 9: names no rule explains, found by the learned name finder (around a filler, after "my driver
    # was"), a spoken unit before the house number, a house number after a phone number, a card restarted
    # after "wait"
    "filler_names": ("zorvanka uh mbelitesa calling about the propane tank", ["zorvanka", "mbelitesa"]),
    "driver_was": ("my driver was kaulanoa and he left my bag", ["kaulanoa"]),
    "spoken_unit": (
        "the tank sits at apartment forty one d, seven twenty two brindlecove valley",
        ["forty one d", "seven twenty two", "brindlecove"],
    ),
    "phone_then_house": ("Call 415-555-0143, 58 Marrowfield Boulevard.", ["555-0143", "marrowfield"]),
    "wait_restart": (
        "paying with five two six one, three three zero eight, wait, let me start over, five two six one "
        "three three oh nine, twelve forty four, seven seven one five",
        ["twelve forty four", "seven seven one five"],
    ),
    # round 10: a given name that is a word, before a found surname and after "ask for"; "oops" and "from
    # the top" inside numbers; a year said with "hundred"; a month said as its number; a unit's number and
    # the house number said as one run
    # (said after a pause: run on from the canary before it, "... seven one five Constancy Vaorelimbo", the
    # word name is not at a name's opening and stays; a known gap, docs/pii.md round 10)
    "word_name": (
        "Okay. Constancy Vaorelimbo, card ending 6621, born March 4, 1966.",
        ["constancy", "vaorelimbo"],
    ),
    "ask_for_word_name": ("you should ask for Clemency, she does the refunds", ["clemency"]),
    "oops_repair": (
        "badge number six one one eight four two oh nine oops two seven three it's on the lanyard",
        ["six one one eight", "oops two seven three"],
    ),
    "from_the_top": (
        "the SSN: oh eight one, two two, sorry, from the top, oh eight one twenty two sixty four thirty",
        ["sixty four thirty", "top oh eight"],
    ),
    "hundred_year": (
        "date of birth ninth of october nineteen hundred and eighty four",
        ["hundred and eighty"],
    ),
    "month_number": ("and she was born four the ninth eighty one", ["four the ninth", "ninth eighty one"]),
    "unit_run": (
        "the pump's out at lot eight hundred four twenty one seventy three quillby loop",
        ["seventy three quillby", "twenty one seventy"],
    ),
    # round 11: a correction in words no list holds and hesitations in unusual spellings inside numbers, a
    # Puerto Rico address (street type before the name, urbanization), a spelled military address with
    # APO/AP, names joined across "bin"/"binti" and "van der", a name right after a number, a year said first
    # (said apart from the others: "darn it wrong digits" is no correction, "digits" names a number; and a
    # given name no finder takes before "bin <surname>" stays - known gaps, docs/pii.md round 11)
    "correction_gap": (
        "card is forty four nineteen six two seven one, darn it wrong one, sixty two seventy one, eight eight "
        "two three, one one four five",
        ["darn it wrong", "sixty two seventy", "eight eight two three"],
    ),
    "hesitation_spelling": (
        "social is five two seven, ehh, forty one, hmmm, eighty eight sixty one",
        ["ehh, forty one", "eighty eight sixty"],
    ),
    "puerto_rico": ("ship it to 63 Calle Tamarindo, Urb Monte Verde Real", ["tamarindo", "monte verde"]),
    "apo_spelled": ("mail to p s c 2281 box 4470 a p o a p", ["2281", "box 4470", "a p o a p"]),
    "particle_bin": ("the technician was Aminah binti Hashimuddin", ["aminah", "binti", "hashimuddin"]),
    "particle_van": ("it's for marijke van der wetering my aunt", ["marijke", "wetering"]),
    "name_after_number": (
        "member number eight one one four two six Prosper Ndaveluma",
        ["prosper", "ndaveluma"],
    ),
    "year_comma": ("born nineteen seventy three, June ninth", ["seventy three, june", "june ninth"]),
    # round 12: an acknowledgement inside a number ("yup", on no list), letters said as their names in an
    # ID, a weekday and a holiday in a date of birth, a particle opening a surname said alone, a two-word
    # directional after the suffix with "unit number"
    "acknowledged_card": (
        "card is five four two five, two three three four, yup three oh one oh, nine nine oh three",
        ["yup three oh", "nine nine oh three"],
    ),
    "letter_names_id": (
        "member id is jay gee four one seven seven two nine",
        ["jay gee", "four one seven seven"],
    ),
    "weekday_dob": (
        "born a Thursday, August second, nineteen eighty three",
        ["thursday, august", "eighty three"],
    ),
    "holiday_dob": (
        "date of birth the day after christmas nineteen fifty nine",
        ["after christmas", "fifty nine"],
    ),
    "particle_alone": ("the policy is under dos Quarentinhas", ["quarentinhas", "dos quar"]),
    "directional_pair": (
        "we're at forty one wrenfield glen north east unit number six",
        ["wrenfield", "east unit", "number six"],
    ),
}
# what the agent passes to its tools, in the shapes tools take (key=value, JSON)
TOOL_ARGS = "member_id=K4419025, name=Beverly Thistlewood, zip=two nine six oh one, email=zephq51@outlook.com"
TOOL_FRAGMENTS = ["K4419025", "4419025", "29601", "two nine six", "zephq51"]
# the round-3 classes as a tool's free-text arguments (also sent to the DLQ below)
ROUND3_ARGS = "; ".join(CANARIES[k][0] for k in ("repair", "homophone", "nato_id", "nato_name"))
ROUND6 = ("id_letters", "repair_misheard", "email_dot_letter", "possessive_owned", "title_possessive",
          "ordinal_street", "spoken_ordinal_street", "spoken_abbreviation")  # fmt: skip
ROUND7 = ("po_box", "rural_route", "highway", "military", "grid", "thousands_house", "wait_no", "hyphen_surname",
          "two_word_alias", "family", "said_earlier", "email_and")  # fmt: skip
ROUND8 = ("holder_label", "dob_label", "unlisted_first", "near_spelled", "read_back", "mixed_id", "restart",
          "year_first", "unit_before")  # fmt: skip
ROUND9 = ("filler_names", "driver_was", "spoken_unit", "phone_then_house", "wait_restart")
ROUND10 = ("word_name", "ask_for_word_name", "oops_repair", "from_the_top", "hundred_year", "month_number",
           "unit_run")  # fmt: skip
ROUND11 = ("correction_gap", "hesitation_spelling", "puerto_rico", "apo_spelled", "particle_bin", "particle_van",
           "name_after_number", "year_comma")  # fmt: skip
ROUND12 = ("acknowledged_card", "letter_names_id", "weekday_dob", "holiday_dob", "particle_alone",
           "directional_pair")  # fmt: skip
# round 6's and every later round's classes as one tool call each (one tool call's arguments are at most
# 2,000 characters), also sent to the DLQ below: the call's id, when it is made (ms after the last turn),
# its canaries, and the kinds of token its dead letter must hold
LATER_ROUNDS: tuple[tuple[str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("t6", 250, ROUND6, ("PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS", "ACCOUNT_ID")),
    ("t7", 260, ROUND7, ("PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS")),
    ("t8", 270, ROUND8, ("PERSON", "ACCOUNT_ID", "US_SSN", "DATE_OF_BIRTH", "STREET_ADDRESS")),
    ("t9", 280, ROUND9, ("PERSON", "STREET_ADDRESS", "CREDIT_CARD")),
    ("t10", 290, ROUND10, ("PERSON", "US_SSN", "DATE_OF_BIRTH", "STREET_ADDRESS")),
    ("t11", 295, ROUND11, ("PERSON", "US_SSN", "DATE_OF_BIRTH", "STREET_ADDRESS")),
    ("t12", 297, ROUND12, ("CREDIT_CARD", "ACCOUNT_ID", "DATE_OF_BIRTH", "PERSON", "STREET_ADDRESS")),
)
# every class before round 6 as one tool call's free-text arguments (also sent to the DLQ below)
ALL_ARGS = "; ".join(
    said
    for key, (said, _) in CANARIES.items()
    if key not in {k for _, _, keys, _ in LATER_ROUNDS for k in keys}
)
MODEL = "gpt-4o-mini-2024-07-18"
FRAGMENTS = [f for _, fragments in CANARIES.values() for f in fragments] + ["+17185552913", *TOOL_FRAGMENTS]


def _call_with_canaries() -> CallBuilder:
    """The call, starting about a minute ago (turns_raw rows expire after the TTL) at a millisecond
    whose timestamps hold no canary: a 13-digit epoch ms holds a 4-digit fragment by chance (a CI run
    failed on "ts":1796288344672, which holds the card's 4467)."""
    start_ms = NOW_MS - 60_000
    while _leaks(" ".join(_timestamps((call := _call_from(start_ms)).events))):
        start_ms -= 1_000
    return call


def _timestamps(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [str(v) for k, v in value.items() if k == "ts"] + _timestamps(list(value.values()))
    if isinstance(value, list):
        return [ts for item in value for ts in _timestamps(item)]
    return []


def _call_from(start_ms: int) -> CallBuilder:
    call = CallBuilder(CALL, start_ms=start_ms)
    call.add("call.started", 0, direction="inbound", caller="+17185552913",
             custom_parameters={"note": CANARIES["ssn"][0]})  # fmt: skip
    t = 1_000
    for said, _ in CANARIES.values():
        call.caller(t, said)
        call.agent(t + 600, "Thanks. I heard: ", said[: len(said) // 2], said[len(said) // 2 :])
        t += 2_000
    call.add("interrupt", t, utterance_until_interrupt=CANARIES["card"][0], duration_until_interrupt_ms=300)
    call.add("dtmf", t + 100, digit="4")
    call.add("tool.called", t + 200, tool="lookup", tool_call_id="t1", args_summary=CANARIES["email"][0])
    call.add("tool.called", t + 210, tool="find_member", tool_call_id="t2", args_summary=TOOL_ARGS)
    call.add("tool.called", t + 220, tool="verify", tool_call_id="t3", args_summary=CANARIES["spelled_id"][0])
    call.add("tool.called", t + 230, tool="verify", tool_call_id="t4", args_summary=ROUND3_ARGS)
    call.add("tool.called", t + 240, tool="verify", tool_call_id="t5", args_summary=ALL_ARGS)
    for tool_call_id, after_ms, keys, _ in LATER_ROUNDS:
        args = "; ".join(CANARIES[k][0] for k in keys)
        call.add("tool.called", t + after_ms, tool="verify", tool_call_id=tool_call_id, args_summary=args)
    call.add("tool.result", t + 300, tool="lookup", tool_call_id="t1", ok=False, latency_ms=12.0,
             error_code="not_found QX-55-81-907")  # fmt: skip
    call.add("handoff.requested", t + 400, reason=CANARIES["name"][0], trigger="caller_request",
             handoff_data=orjson.dumps({"dob": CANARIES["dob"][0], "addr": CANARIES["address"][0]}).decode())  # fmt: skip
    call.add("agent.error", t + 500, code="E_LOOKUP", message=CANARIES["phone"][0])
    call.add(
        "task.completed", t + 600, task_id="k1", task="payment", success=False, reason=CANARIES["card"][0]
    )
    call.ended(t + 1_000)
    return call


def _messages(call: CallBuilder) -> list[RawMessage]:
    lines = call.lines()
    broken = orjson.dumps(call.events[1] | {"seq": "not a number"})  # goes to the DLQ, text and all
    garbage = ("{not json " + CANARIES["ssn"][0] + " " + CANARIES["name"][0]).encode()
    # a tool call with its arguments and the agent's model, rejected: both reach the DLQ
    [tool_call] = [e for e in call.events if e["data"].get("tool_call_id") == "t2"]
    rejected_tool = orjson.dumps(tool_call | {"agent": tool_call["agent"] | {"model": MODEL}, "seq": -1})
    spoken = " ".join(said for said, _ in CANARIES.values())
    rejected_text = orjson.dumps(call.events[1] | {"data": {"text": spoken, "final": "yes"}})
    # the round-3 call, the every-class call and each later round's call, rejected for their seq
    rejected_calls = [
        orjson.dumps(tool_call | {"seq": -1})
        for tool_call_id in ("t4", "t5", *(r[0] for r in LATER_ROUNDS))
        for tool_call in [e for e in call.events if e["data"].get("tool_call_id") == tool_call_id]
    ]
    letters = [broken, garbage, rejected_tool, rejected_text, *rejected_calls]
    return [RawMessage(v, Position("leak", 0, i), NOW_MS) for i, v in enumerate([*lines, *letters])]


PARAMETERS = {"kpi_bucket_v": "(bucket_s = 60, since_ms = 0, until_ms = 10413792000000)"}
"""Arguments for the parameterized views (read as table functions), covering all of time."""


def _everything_in(warehouse: Any, database: str, skip: tuple[str, ...] = ()) -> str:
    tables = [r[0] for r in warehouse.rows(f"SELECT name FROM system.tables WHERE database = '{database}'")]
    assert tables, database
    return "\n".join(
        str(warehouse.rows(f"SELECT * APPLY(toString) FROM {database}.`{t}`{PARAMETERS.get(t, '')}"))
        for t in tables
        if t not in skip
    )


def _restricted_as_stored(warehouse: Any) -> str:
    """The restricted database as someone without the key sees it: every table, with turns_raw's nonce
    and ciphertext as the bytes they hold. Base64 is an encoding, not the secret, and its alphabet spells
    short words by chance: a CI run failed on 'torre' inside a ciphertext's base64 (about 1 run in 80
    with this many canaries); the bytes under it hold a canary only if the text was stored in clear."""
    db = warehouse.restricted_database
    rows = warehouse.rows(
        f"SELECT call_sid, event_id, speaker, key_id, nonce, ciphertext FROM {db}.turns_raw"
    )
    assert len(rows) == 2 * len(CANARIES)
    stored = [(*row[:4], *(base64.b64decode(v).decode("latin-1") for v in row[4:])) for row in rows]
    return _everything_in(warehouse, db, skip=("turns_raw",)) + "\n" + str(stored)


def _leaks(text: str) -> list[str]:
    low = text.lower()
    return [f for f in FRAGMENTS if f.lower() in low]


def test_no_canary_reaches_any_analytics_table_the_dlq_or_the_logs(
    warehouse: Any, pii_pipeline: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    run(pii_pipeline, _messages(_call_with_canaries()))

    analytics = _everything_in(warehouse, warehouse.database)
    assert "<PERSON:" in analytics and "<US_SSN:" in analytics  # redacted, not dropped
    assert _leaks(analytics) == [], analytics
    [[dead]] = warehouse.rows("SELECT count() FROM {db}.dlq")
    assert dead == 13
    [[payloads]] = warehouse.rows("SELECT groupArray(payload) FROM {db}.dlq")
    assert any(MODEL in p and "find_member" in p for p in payloads), payloads  # structural fields kept
    assert any("t4" in p and "<US_SSN:" in p and "<ACCOUNT_ID:" in p for p in payloads), payloads
    every_class = next(p for p in payloads if '"t5"' in p)
    for kind in ("PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
                 "STREET_ADDRESS", "ACCOUNT_ID"):  # fmt: skip
        assert f"<{kind}:" in every_class, (kind, every_class)
    for tool_call_id, _, _, kinds in LATER_ROUNDS:
        letter = next(p for p in payloads if f'"{tool_call_id}"' in p)
        for kind in kinds:
            assert f"<{kind}:" in letter, (tool_call_id, kind, letter)
    assert _leaks(caplog.text) == [], caplog.text
    assert _leaks(_restricted_as_stored(warehouse)) == []  # ciphertext only
    assert _leaks(_prometheus_labels()) == []


def test_the_original_text_is_only_readable_through_audited_raw_access(
    warehouse: Any, pii_pipeline: Any, keyring: Any
) -> None:
    run(pii_pipeline, _messages(_call_with_canaries()))
    access = RawAccess(
        warehouse.client, warehouse.database, warehouse.restricted_database, keyring, ManualClock()
    )
    turns = access.read(CALL, Reader(actor="dana", role="supervisor", reason="dispute 4411"))
    texts = [t.text for t in turns]
    assert CANARIES["name"][0] in texts
    assert {t.speaker for t in turns} == {"caller", "agent"}
    assert len(turns) == 2 * len(CANARIES)
    audit = warehouse.rows("SELECT actor, role, action, call_sid, reason FROM {db}.audit_log")
    assert audit == [("dana", "supervisor", "read_raw", CALL, "dispute 4411")]


def _prometheus_labels() -> str:
    try:
        from prometheus_client import REGISTRY
    except ImportError:  # no metrics exported yet: nothing to leak through
        return ""
    return str([s.labels for metric in REGISTRY.collect() for s in metric.samples])
