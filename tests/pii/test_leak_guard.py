"""Known PII canaries go into a call through every text-bearing field; none comes out anywhere an
analyst, an operator or a log reader can look. Only the restricted table holds them, encrypted."""

from __future__ import annotations

import base64
import logging
import time
import tomllib
from pathlib import Path
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
# (where it is said, what is said, fragments that must never be readable afterwards): cases, in canaries.toml
CANARIES = {
    where: (case["said"], case["fragments"])
    for where, case in tomllib.loads((Path(__file__).parent / "canaries.toml").read_text()).items()
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
