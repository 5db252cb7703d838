"""Bad input loses nothing: events in = events stored + events dead-lettered, against the real engine."""

from __future__ import annotations

import copy

import orjson
from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from stream.pipeline import Pipeline
from stream.runner import CommitLog

from events import T0, CallBuilder, as_bytes


class NeutralScorer:
    def score(self, text: str) -> float:
        return 0.0


def messy_stream() -> tuple[list[bytes], int, int]:
    """A stream with every kind of bad input; returns (lines, distinct valid events, invalid lines)."""
    good = CallBuilder("CA" + "a" * 32).started()
    good.agent(100, "Hello, this is an automated assistant.")
    good.caller(2_000, "What's my balance?")
    good.agent(2_600, "Your balance is twelve dollars.")
    good.ended(6_000)
    orphan = CallBuilder("CA" + "b" * 32)  # no call.started, ever
    orphan.caller(1_000, "hello?")
    orphan.ended(2_000)
    late_start = CallBuilder("CA" + "c" * 32).started()  # call.started arrives last (out of order)
    late_start.caller(1_000, "hi")
    late_start.ended(3_000)
    valid = good.lines() + orphan.lines() + late_start.lines()[1:] + late_start.lines()[:1]
    duplicates = good.lines()[:2]
    reordered = list(reversed(valid[:3]))  # replays, out of order
    wrong_version = copy.deepcopy(good.events[1]) | {
        "schema_version": 2,
        "event_id": "00000000-0000-4000-8000-000000000001",
    }
    missing_field = {k: v for k, v in good.events[2].items() if k != "call_sid"}
    unknown_type = good.events[1] | {"type": "call.teleported"}
    absurd_ts = good.events[1] | {"ts": 10**15}
    future_ts = good.events[1] | {
        "ts": T0 + 400 * 86_400_000,
        "event_id": "00000000-0000-4000-8000-000000000002",
    }
    invalid = [
        b"{oops",
        b"null",
        b"\xff\xfe",
        as_bytes(wrong_version),
        as_bytes(missing_field),
        as_bytes(unknown_type),
        as_bytes(absurd_ts),
        as_bytes(future_ts),
    ]
    lines = valid + duplicates + invalid + reordered
    return lines, len(valid), len(invalid)


def run_lines(warehouse, lines: list[bytes], source: str = "file:messy") -> tuple[Pipeline, CommitLog]:
    commits = CommitLog()
    pipeline = pattern_pipeline(
        warehouse.client, warehouse.database, T0 + 60_000, commit=commits, scorer=NeutralScorer()
    )
    feed_lines(pipeline, lines, ts_ms=T0, source=source)
    return pipeline, commits


def test_every_input_line_is_either_stored_or_dead_lettered(warehouse) -> None:
    lines, distinct_valid, invalid = messy_stream()
    pipeline, commits = run_lines(warehouse, lines)

    assert pipeline.validate.valid + pipeline.validate.invalid == len(lines)
    assert pipeline.validate.invalid == invalid
    [[stored]] = warehouse.rows("SELECT count() FROM {db}.events FINAL")
    [[dead]] = warehouse.rows("SELECT count() FROM {db}.dlq FINAL")
    assert stored == distinct_valid
    assert dead == invalid
    assert commits.committed == {("file:messy", 0): len(lines)}


def test_dead_letters_say_why_and_orphans_and_late_starts_are_handled(warehouse) -> None:
    lines, _, _ = messy_stream()
    run_lines(warehouse, lines)
    reasons = dict(warehouse.rows("SELECT reason_code, count() FROM {db}.dlq FINAL GROUP BY reason_code"))
    assert reasons == {
        "malformed_json": 3,
        "unknown_schema_version": 1,
        "invalid_event": 2,
        "unknown_event_type": 1,
        "future_timestamp": 1,
    }
    calls = {row[0] for row in warehouse.rows("SELECT call_sid FROM {db}.calls FINAL")}
    assert calls == {"CA" + "a" * 32, "CA" + "c" * 32}  # the orphan's events are kept, but it has no start


def test_feeding_the_same_stream_twice_changes_no_count(warehouse) -> None:
    lines, _, _ = messy_stream()
    run_lines(warehouse, lines)
    query = (
        "SELECT (SELECT count() FROM {db}.events FINAL), (SELECT count() FROM {db}.dlq FINAL),"
        " (SELECT count() FROM {db}.calls FINAL), (SELECT count() FROM {db}.turn_metrics FINAL)"
    )
    first = warehouse.rows(query)
    run_lines(warehouse, lines)
    assert warehouse.rows(query) == first


def test_nothing_personal_reaches_the_warehouse(warehouse) -> None:
    call = CallBuilder("CA" + "d" * 32).started()
    call.caller(
        1_000,
        "my card is 4111 1111 1111 1111 and my number is four one five five five five oh one nine eight",
    )
    call.ended(3_000)
    bad = orjson.dumps(call.events[1] | {"seq": "x"})
    run_lines(warehouse, [*call.lines(), bad])
    dump = warehouse.rows(
        "SELECT concat((SELECT groupConcat(data) FROM {db}.events), (SELECT groupConcat(text) FROM {db}.turns),"
        " (SELECT groupConcat(payload) FROM {db}.dlq))"
    )[0][0]
    for secret in ("4111", "1111", "555", "0198", "+1415", "one nine eight"):
        assert secret not in dump
    assert "<CREDIT_CARD:" in dump and "<PHONE_NUMBER:" in dump
