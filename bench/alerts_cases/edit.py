"""Editing one call's events after synthesis without breaking the v1 contract: new events get the
call's envelope and a fresh event_id, the call is re-sorted by time and ``seq`` renumbered, and
nothing follows ``call.ended``."""

from __future__ import annotations

import random
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
_RANK = {"call.started": -1, "call.ended": 1}
WORDS_PER_S = 2.6  # a caller's speaking rate (the simulator's neutral persona)


def call_rng(events: list[Event], salt: str) -> random.Random:
    """A random source for one call's edit: reproducible, and independent of the synthesizer's."""
    return random.Random(f"{salt}:{events[0]['call_sid']}")


def picked(salt: str, share: float) -> bool:
    """A reproducible draw: is this call (named by ``salt``) among the ``share`` affected? Every
    effect that hits a share of calls draws here, so the same salt picks the same calls."""
    return share >= 1.0 or random.Random(salt).random() < share


def canary_runs(case: Case, events: list[Event], version: str) -> bool:
    """A canary call starting in ``case``'s window now runs the build ``version`` (every event carries
    its label): True; any other call is left as it is: False. The first step of every effect of a new
    canary build (a healthy release, a crashing one), written once."""
    first = events[0]
    if not first["flags"]["canary"] or not case.active(first["ts"]):
        return False
    for event in events:
        event["agent"]["version"] = version
    return True


def new_event(like: Event, ts: int, type_: str, data: dict[str, Any], rng: random.Random) -> Event:
    """An event of the same call (envelope copied from ``like``); ``seq`` is set by ``finish``."""
    return {
        "schema_version": 1,
        "event_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "call_sid": like["call_sid"],
        "session_id": like["session_id"],
        "seq": 0,
        "ts": ts,
        "type": type_,
        "workflow": like["workflow"],
        "agent": dict(like["agent"]),
        "flags": dict(like["flags"]),
        "data": data,
    }


def finish(events: list[Event]) -> list[Event]:
    """Time order (``call.started`` first, ``call.ended`` last at a tie), ``seq`` from 0, and
    nothing after the first ``call.ended``."""
    ordered = sorted(enumerate(events), key=lambda p: (p[1]["ts"], _RANK.get(p[1]["type"], 0), p[0]))
    out: list[Event] = []
    for _, event in ordered:
        event["seq"] = len(out)
        out.append(event)
        if event["type"] == "call.ended":
            break
    return out


def caller_says(like: Event, at: int, text: str, rng: random.Random) -> tuple[list[Event], int]:
    """The caller speaking ``text`` from ``at``: speaker on/off and the final transcript. Returns the
    events and the transcript's time."""
    off = at + int(len(text.split()) / WORDS_PER_S * 1000) + 200
    said = off + rng.randint(150, 700)
    return [
        new_event(like, at, "speaker", {"who": "client", "speaking": True}, rng),
        new_event(like, off, "speaker", {"who": "client", "speaking": False}, rng),
        new_event(like, said, "caller.utterance", {"text": text, "final": True, "lang": "en-US"}, rng),
    ], said


def cut_after(events: list[Event], cut: int, silent_from: int | None = None) -> list[Event]:
    """The call up to ``cut`` as the agent stopped there: later events dropped (including its end),
    an agent utterance loses the chunks it had not sent yet, and agent audio already queued stops
    playing by ``silent_from`` (default: when the queued audio would have ended)."""
    kept: list[Event] = []
    agent_speaking = False
    for event in events:
        if event["ts"] > cut:
            continue
        data = event["data"]
        if event["type"] == "agent.utterance":
            chunks = [c for c in data["chunks"] if c["ts"] <= cut]
            data["chunks"] = chunks
            data["text"] = "".join(c["text"] for c in chunks)
        if event["type"] == "speaker" and data["who"] == "agent":
            agent_speaking = data["speaking"]
        kept.append(event)
    if agent_speaking:  # the audio already sent still plays out, then stops
        off = next(
            (e["ts"] for e in events
             if e["ts"] > cut and e["type"] == "speaker" and e["data"] == {"who": "agent", "speaking": False}),
            cut,
        )  # fmt: skip
        if silent_from is not None:
            off = min(off, silent_from)
        kept.append(
            new_event(events[0], off, "speaker", {"who": "agent", "speaking": False}, call_rng(events, "off"))
        )
    return kept


def agent_audio_end(events: list[Event], cut: int) -> int:
    """When the agent audio playing at ``cut`` (if any) stops; ``cut`` if it is silent."""
    speaking = False
    for event in events:
        if event["type"] == "speaker" and event["data"]["who"] == "agent":
            if event["ts"] > cut:
                return event["ts"] if speaking else cut
            speaking = event["data"]["speaking"]
    return cut


def end_call(like: Event, ts: int, status: str, reason: str, rng: random.Random) -> Event:
    return new_event(like, ts, "call.ended", {"status": status, "reason": reason}, rng)


def hangs_up(
    like: Event, at: int, rng: random.Random, again_p: float, again: str | tuple[str, ...]
) -> list[Event]:
    """A caller left without an answer after their line at ``at``: with ``again_p`` they speak once more
    2.5-4.5 s later (``again``, or one of them), then hang up 1.5-4 s after (``completed/hangup``)."""
    added: list[Event] = []
    if rng.random() < again_p:
        when = at + rng.randint(2_500, 4_500)
        more, at = caller_says(like, when, again if isinstance(again, str) else rng.choice(again), rng)
        added += more
    added.append(end_call(like, at + rng.randint(1_500, 4_000), "completed", "hangup", rng))
    return added


def first_reply(
    case: Case, events: list[Event], workflow: str | None, sentence: bool = False
) -> Event | None:
    """The call's first agent reply after the caller's first utterance that is sent in the case's window
    (greetings spared); None for another workflow's call (``workflow`` None: every workflow) or a call
    with none. ``sentence``: only a reply that is a sentence (not a filler, 20+ characters, not barged
    into), as text to speech cut short would show."""
    if workflow is not None and events[0]["workflow"] != workflow:
        return None
    said = next((e["ts"] for e in events if e["type"] == "caller.utterance"), None)
    if said is None:
        return None
    return next(
        (e for e in events
         if e["type"] == "agent.utterance" and e["ts"] > said and case.active(e["ts"])
         and (not sentence or ("filler" not in e["data"]["tags"] and not e["data"]["interrupted"]
                               and len(e["data"]["text"]) >= 20))),
        None,
    )  # fmt: skip
