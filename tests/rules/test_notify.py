"""Notifying about a match never holds up the stream: a failing target is counted, a full queue drops."""

from __future__ import annotations

import threading
from typing import Any

from post_receiver import post_receiver

from stream.rules.model import Match
from stream.rules.notify import Notifier, agent_poster, match_json, supervisor_alert, webhook_poster


def match(rule: str = "caller_frustrated", notify: tuple[Any, ...] = ("webhook", "supervisor")) -> Match:
    return Match(
        "CA1", rule, "1", 2, 1_764_000_000_000, "billing", "1.0.0", "said 'ridiculous'", True, notify
    )


def test_each_target_gets_the_match_and_a_failing_one_is_counted() -> None:
    got: list[list[dict[str, Any]]] = []

    def broken(bodies: list[dict[str, Any]]) -> None:
        raise OSError("connection refused")

    notifier = Notifier(webhook=got.append, supervisor=broken)
    notifier.offer(match())
    notifier.close()
    assert got == [[{
        "id": "CA1/caller_frustrated/1764000000000", "call_sid": "CA1", "rule": "caller_frustrated", "rule_version": "1", "turn": 2,
        "event_ms": 1_764_000_000_000, "workflow": "billing", "agent_version": "1.0.0",
        "detail": "said 'ridiculous'",
    }]]  # fmt: skip
    assert (notifier.stats.sent, notifier.stats.failed, notifier.stats.dropped) == (1, 1, 0)


def test_a_stuck_target_never_blocks_offer_and_overflow_is_dropped() -> None:
    release = threading.Event()
    notifier = Notifier(webhook=lambda bodies: release.wait(10), max_queue=2)
    for _ in range(10):  # the first is taken by the stuck thread, two wait, the rest are dropped
        notifier.offer(match(notify=("webhook",)))
    assert notifier.stats.offered == 10
    assert notifier.stats.dropped >= 7
    release.set()
    notifier.close()


def test_rules_without_notify_are_not_queued() -> None:
    notifier = Notifier(webhook=lambda bodies: None)
    notifier.offer(match(notify=()))
    assert notifier.stats.offered == 0


def test_the_supervisor_alert_is_low_severity_on_the_supervisor_route() -> None:
    alert = supervisor_alert(match(), "http://cp:8000/")
    assert alert["labels"]["severity"] == "info" and alert["labels"]["route"] == "supervisor"
    assert alert["annotations"]["call"] == "http://cp:8000/calls/CA1#turn-2"
    assert alert["ends_ms"] > alert["starts_ms"]


def test_a_match_offered_again_after_a_restart_carries_the_same_idempotency_key() -> None:
    """Rule state is in memory: a restarted worker re-reads uncommitted events and offers their matches
    again. The receiver sees the same ``Idempotency-Key`` both times and can drop the second."""
    with post_receiver(204) as receiver:
        for _ in range(2):  # the worker before and after the restart
            notifier = Notifier(webhook=webhook_poster(f"{receiver.url}/hook"))
            notifier.offer(match(notify=("webhook",)))
            notifier.close()
    assert [p.headers.get("Idempotency-Key") for p in receiver.posts] == [
        "CA1/caller_frustrated/1764000000000"
    ] * 2
    assert [p.body for p in receiver.posts] == [{"matches": [match_json(match())]}] * 2


def test_the_agent_target_posts_a_recommendation_to_the_calls_admin_route_with_the_token() -> None:
    with post_receiver(202) as agent:
        notifier = Notifier(agent=agent_poster(f"{agent.url}/", "s3cret"))
        notifier.offer(match(notify=("agent",)))
        notifier.offer(match(notify=("webhook",)))  # not a target of this notifier: not queued
        notifier.close()
    seen = [(p.path, p.headers.get("Authorization"), p.body) for p in agent.posts]
    assert seen == [
        (
            "/admin/calls/CA1/recommendation",
            "Bearer s3cret",
            {"action": "handoff", "rule": "caller_frustrated"},
        )
    ]
    assert (notifier.stats.offered, notifier.stats.sent) == (1, 1)
