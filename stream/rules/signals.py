"""What the rules read of one live call, updated event by event (``CallSignals.observe``).

The fields are the per-call signals of ``stream/metrics`` kept incrementally, so a rule is checked on
every event without recomputing the call: the latest caller utterance (redacted) and its words, the
caller turns' sentiment, recovery markers (a caller utterance repeating an earlier one, or a correction
phrase: the lexicon ``correction_markers.v1``), the agent's repeated questions (the loop test of
``stream/metrics/loops.py``), failed tool results, requests for a person, account data spoken before a
successful identity verification, and the last sign of life (for silence).

The events are the stored ``events`` rows (``Observed``: type, time and the redacted payload), so the
embedded runner, the Kafka worker and ``callpulse rules test`` read the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from ingest.lexicon.phrases import CORRECTION_MARKERS, load_lexicon, parse_lexicon
from ingest.lexicon.thresholds import LOOP_OVERLAP, MIN_REPEAT_WORDS, REPEAT_OVERLAP, TTS_CHARS_PER_S
from ingest.lexicon.words import overlap, words
from stream.metrics.sentiment import SentimentScorer

PERSON_REQUESTS = parse_lexicon(
    "person_requests",
    "\n".join(
        (
            "a person", "a real person", "a human", "a real human", "a human being", "someone real",
            "a live person", "a live agent", "a real agent", "a human agent", "an operator", "the operator",
            "a representative", "a rep", "customer service", "a manager", "your manager", "a supervisor",
            "someone else", "somebody else", "speak to someone", "talk to someone", "speak with someone",
            "talk to somebody", "speak to somebody", "representative", "operator", "human", "agent agent",
            "real person", "a person",
        )
    ),
)  # fmt: skip


class Observed(NamedTuple):
    """One stored event as the rules read it (``from_event_row``)."""

    call_sid: str
    type: str
    ts: int
    workflow: str
    agent_version: str
    data: Mapping[str, Any]


EVENT_COLUMNS = ("call_sid", "type", "ts", "workflow", "agent_version", "data")


def _loads(data: str) -> Any:
    """The row's ``data`` JSON (written by pydantic): orjson, several times cheaper than ``json``; a value
    orjson refuses (an integer beyond 64 bits) falls back to ``json``, so both read the same."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def observed_from_row(row: tuple[Any, ...], index: Mapping[str, int]) -> Observed:
    """An ``events`` row (``stream.rows.event_row``) as an ``Observed``; ``data`` is its JSON."""
    return Observed(
        call_sid=str(row[index["call_sid"]]),
        type=str(row[index["type"]]),
        ts=int(row[index["ts"]]),
        workflow=str(row[index["workflow"]]),
        agent_version=str(row[index["agent_version"]]),
        data=_loads(row[index["data"]]),
    )


@dataclass(slots=True)
class CallSignals:
    call_sid: str
    workflow: str = ""
    agent_version: str = ""
    started_ms: int | None = None
    last_event_ms: int = 0
    ended: bool = False
    turn: int = 0  # final caller utterances so far (turn_metrics.turn_index of the latest)
    caller_seq: int = 0  # bumps on every final caller utterance: phrase results are per utterance
    caller_text: str = ""  # the latest final caller utterance, redacted, lower-cased
    caller_words: tuple[str, ...] = ()
    sentiments: list[float] = field(default_factory=list)
    caller_said: list[tuple[str, ...]] = field(default_factory=list)
    caller_repeats: int = 0  # repeats of an earlier utterance, or corrections
    questions: list[tuple[str, ...]] = field(default_factory=list)
    agent_repeats: int = 0  # questions asking an earlier question again
    tool_failures: dict[str, int] = field(default_factory=dict)
    person_requests: int = 0
    verified: bool = False
    disclosed_unverified: bool = False
    last_sign_ms: int = 0  # the last utterance (agent: its estimated end), speech, key press, interruption
    speaking: set[str] = field(default_factory=set)

    def observe(self, event: Observed, scorer: SentimentScorer) -> None:
        """Fold one event in (events arrive in roughly time order; a late one is folded in as it comes)."""
        self.workflow = self.workflow or event.workflow
        self.agent_version = self.agent_version or event.agent_version
        self.last_event_ms = max(self.last_event_ms, event.ts)
        data = event.data
        kind = event.type
        if kind == "call.started":
            self.started_ms = event.ts if self.started_ms is None else min(self.started_ms, event.ts)
            self._sign(event.ts)
        elif kind == "caller.utterance":
            if data.get("final"):
                self._caller(str(data.get("text", "")), scorer)
                self._sign(event.ts)
        elif kind == "agent.utterance":
            self._agent(data, event.ts)
        elif kind == "speaker":
            who = str(data.get("who"))
            if data.get("speaking"):
                self.speaking.add(who)
            else:
                self.speaking.discard(who)
            self._sign(event.ts)
        elif kind in ("dtmf", "interrupt"):
            self._sign(event.ts)
        elif kind == "tool.result" and data.get("ok") is False:
            tool = str(data.get("tool", ""))
            self.tool_failures[tool] = self.tool_failures.get(tool, 0) + 1
        elif kind == "identity.verified" and data.get("verified"):
            self.verified = True
        elif kind == "call.ended":
            self.ended = True

    def rule_inputs(self) -> tuple[object, ...]:
        """Changes whenever anything a clock-free condition (``evaluate._leaf`` but silence and handle
        time) reads may have changed: the engine re-checks those rules only then. A new signal read by a
        condition must be added here. Every part only grows or is set once, except the latest caller
        utterance, which ``caller_seq`` stands for (with its sentiment and repeat/person counts)."""
        return (
            self.workflow, self.caller_seq, self.caller_repeats, self.agent_repeats,
            sum(self.tool_failures.values()), self.person_requests, self.disclosed_unverified,
        )  # fmt: skip

    def _sign(self, ts: int) -> None:
        self.last_sign_ms = max(self.last_sign_ms, ts)

    def _caller(self, text: str, scorer: SentimentScorer) -> None:
        said = words(text)
        self.turn += 1
        self.caller_seq += 1
        self.caller_text = text.lower()
        self.caller_words = said
        if said:
            self.sentiments.append(scorer.score(text))
        if (
            len(said) >= MIN_REPEAT_WORDS
            and any(overlap(said, before) >= REPEAT_OVERLAP for before in self.caller_said)
        ) or load_lexicon(CORRECTION_MARKERS).occurs_in(said):
            self.caller_repeats += 1
        if len(said) >= MIN_REPEAT_WORDS:
            self.caller_said.append(said)
        if PERSON_REQUESTS.occurs_in(said):
            self.person_requests += 1

    def _agent(self, data: Mapping[str, Any], ts: int) -> None:
        text = str(data.get("text", ""))
        chunks = data.get("chunks") or ()
        start = int(chunks[0]["ts"]) if chunks else ts
        self._sign(max(ts, start + round(len(text) / TTS_CHARS_PER_S * 1000)))
        if "account_data" in (data.get("tags") or ()) and not self.verified:
            self.disclosed_unverified = True
        said = words(text)
        if "?" in text and said:
            if any(
                overlap(said, q) >= LOOP_OVERLAP and overlap(q, said) >= LOOP_OVERLAP for q in self.questions
            ):
                self.agent_repeats += 1
            self.questions.append(said)

    def silent_since(self) -> int | None:
        """When the current silence began (None while someone is speaking, or once the call ended)."""
        if self.ended or self.speaking:
            return None
        return self.last_sign_ms
