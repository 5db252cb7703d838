"""Metrics 1.2.0: a call the agent stopped answering is not contained; loops are counted per call."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from agent.simulator.incidents import Incident, calls
from ingest.contract.models import TurnEvent
from stream.metrics import compute_call
from stream.metrics.types import METRICS_VERSION, CallMetrics

EVENTS: TypeAdapter[Any] = TypeAdapter(TurnEvent)
T0 = 1_767_254_400_000
HOUR = 3_600_000


def billing_calls(*incidents: Incident) -> list[CallMetrics]:
    out = []
    for events in calls(120, 7, T0 + HOUR, HOUR, incidents, mix={"billing": 1.0}):
        out.append(compute_call([EVENTS.validate_python(e) for e in events]).call)
    return out


def test_a_call_the_agent_stopped_answering_is_unanswered_and_not_contained() -> None:
    # every call that got to the caller's second utterance (the harness leaves shorter calls alone)
    silent = [
        c for c in billing_calls(Incident("dead-air", T0, T0 + HOUR, workflow="billing")) if c.turns >= 2
    ]
    assert len(silent) > 100
    assert all(c.unanswered and not c.contained and not c.abandoned_early for c in silent)
    assert METRICS_VERSION >= "1.2.0"


def test_normal_calls_are_not_unanswered_and_do_not_loop() -> None:
    normal = billing_calls()
    assert not any(c.unanswered for c in normal)
    assert not any(c.looping for c in normal)
    assert sum(c.contained for c in normal) > len(normal) / 2


def test_an_agent_asking_the_same_question_again_and_again_loops_from_the_turn_it_shows() -> None:
    looping = [
        c for c in billing_calls(Incident("agent-loop", T0, T0 + HOUR, workflow="billing")) if c.turns >= 2
    ]
    assert len(looping) > 100
    # the harness repeats the agent's last utterance, a question in most calls (a statement said again
    # is not counted: fillers like "let me check" repeat in normal calls)
    asked = [c for c in looping if c.looping]
    assert len(asked) >= 0.8 * len(looping)
    assert all(c.agent_repeats >= 2 and c.caller_repeats >= 2 and c.loop_turn >= 3 for c in asked)


def test_a_call_the_agent_never_answered_is_not_the_callers_abandonment(make_call) -> None:
    """Metrics 1.3.0: the agent went silent from the caller's first words (a dead API key, a hung model);
    the caller asked again, waited past the dead-air limit and hung up. Not an early abandonment (that
    would drop the call from containment's denominators and hide the silent agent): unanswered, in the
    denominators, never contained."""
    c = make_call()
    c.started(0)
    c.agent("Thanks for calling, how can I help?", 100)
    c.caller("I need my balance please", 2_000)
    c.caller("Hello? Are you there?", 8_000)
    c.ended(14_000)
    call = c.result().call
    assert (call.unanswered, call.abandoned_early, call.contained) == (True, False, False)
    assert METRICS_VERSION == "1.3.0"
