"""The offline simulator is a producer too: a synthesized utterance over the contract's limits comes
out cut to fit and flagged, never as an event the pipeline would refuse."""

from __future__ import annotations

import random

from agent.simulator.timeline import Timeline
from ingest.codec import ADAPTER
from ingest.contract.models import MAX_CHUNKS, MAX_TEXT_CHARS

T0 = 1_764_000_000_000


def test_a_reply_of_more_than_2000_chunks_is_synthesized_cut_and_flagged() -> None:
    tl = Timeline(
        rng=random.Random(1), call_sid="CA" + "9" * 32, session_id="VX" + "9" * 32, workflow="billing",
        agent={"name": "a", "version": "1", "model": "m", "prompt_version": "p"},
        flags={"canary": False, "shadow": False},
    )  # fmt: skip
    tl.add(T0, "call.started", {"direction": "inbound"})
    tl.speak("word " * 5_000, T0 + 500, (), (1, 2), paced=True)  # one word per chunk: 5,000 chunks
    tl.add(T0 + 60_000_000, "call.ended", {"status": "completed", "reason": "hangup"})
    events = [ADAPTER.validate_python(e) for e in tl.finish(T0 + 60_000_000)]
    (reply,) = [e for e in events if e.type == "agent.utterance"]
    assert reply.data.truncated is True
    assert len(reply.data.chunks) == MAX_CHUNKS and len(reply.data.text) == MAX_TEXT_CHARS
