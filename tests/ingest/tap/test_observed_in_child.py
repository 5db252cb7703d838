"""With the embedded pipeline (``callpulse tap --sink embedded``) the relay's process builds no event:
its frames are observed in the pipeline's child process (``stream.bus_drain.ObservingProcess``), and
every call still arrives whole there, in order, with the observers' counts reported back at the end."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from recording_pipelines import OUT_ENV, recording
from relay_setup import ringing
from websockets.asyncio.client import connect

from ingest.tap import observer as observer_module
from ingest.tap.compiled_relay import CompiledTap
from ingest.tap.proxy import TapConfig, TapServer
from stream.bus_drain import ObservingProcess

CALLS = 3
PROMPTS = 2
PROMPT = {"type": "prompt", "voicePrompt": "What is my balance?", "lang": "en-US", "last": True}


def _setup(i: int) -> dict[str, object]:
    return ringing(f"CA{i:032d}", f"VX{i:032d}").frame()


async def _caller(url: str, i: int) -> str:
    heard = []
    async with connect(url, compression=None) as ws:
        await ws.send(json.dumps(_setup(i)))
        for _ in range(PROMPTS):
            await ws.send(json.dumps(PROMPT))
            while not (frame := json.loads(await ws.recv())).get("last"):
                heard.append(frame["token"])
    return "".join(heard)


@pytest.mark.parametrize("relay", ["python", "go"])
def test_the_child_observes_every_call_and_the_relay_process_builds_no_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relay: str
) -> None:
    out = tmp_path / "events.jsonl"
    monkeypatch.setenv(OUT_ENV, str(out))  # the spawned child inherits it
    built_here: list[object] = []
    real_init = observer_module.RelayObserver.__init__

    def counting_init(self: observer_module.RelayObserver, *args: object, **kwargs: object) -> None:
        built_here.append(self)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(observer_module.RelayObserver, "__init__", counting_init)

    async def go() -> tuple[list[str], Any, ObservingProcess]:
        async with FakeAgent(FakeAgentOptions(think_ms=0, chunk_gap_ms=0)).running() as agent_url:
            cfg = TapConfig(upstream_url=agent_url)
            sink = ObservingProcess("test:tap", recording, cfg.observer_spec, capacity=10_000)
            assert sink.wait_ready(60)
            tap = (CompiledTap if relay == "go" else TapServer)(cfg, analytics=sink)
            async with tap.running(close_timeout_s=60) as port:
                url = f"ws://127.0.0.1:{port}/ws"
                heard = await asyncio.gather(*(_caller(url, i) for i in range(CALLS)))
        return heard, tap, sink

    heard, tap, sink = asyncio.run(go())
    assert all(h.count("Sure, I can help") == PROMPTS for h in heard)
    assert built_here == []  # no observer ran in the relay's process
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert not [line for line in lines if "not_an_event" in line]
    for i in range(CALLS):
        types = [e["type"] for e in lines if e["call_sid"] == f"CA{i:032d}"]
        assert types[0] == "call.started" and types[-1] == "call.ended"
        assert types.count("caller.utterance") == PROMPTS and types.count("agent.utterance") == PROMPTS
    ended = [e["data"]["reason"] for e in lines if e["type"] == "call.ended"]
    assert ended == ["hangup"] * CALLS
    assert tap.unobserved == 0 and tap.stats.lost_frames == 0 and tap.stats.observer_errors == 0
    assert tap.stats.totals.events == len(lines)  # the child's counts came back
    # every relayed frame was observed there (each call's end is an item too, not a frame)
    assert tap.stats.totals.frames == sink.accepted - CALLS > CALLS * (1 + PROMPTS)


def test_a_child_that_is_behind_costs_frames_counted_never_a_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``capacity`` frames waiting for the child: the next is refused at once (the relay counts it and
    the call's end carries the count); a call's setup and end are taken all the same."""
    monkeypatch.setenv(OUT_ENV, str(tmp_path / "events.jsonl"))
    sink = ObservingProcess("test:tap", recording, TapConfig(upstream_url="").observer_spec, capacity=2)

    async def burst() -> list[bool]:  # one turn of the loop: the 10 ms write tick cannot run between
        setup = json.dumps(_setup(1))
        return [
            sink.put((1, "twilio", setup, 1, 0), essential=True),
            sink.put((1, "twilio", json.dumps(PROMPT), 2, 0)),
            sink.put((1, "twilio", json.dumps(PROMPT), 3, 0)),
            sink.put((1, "closed", "hangup", 4, 1), essential=True),
        ]

    try:
        taken = asyncio.run(burst())
    finally:
        left = sink.close(60)
    assert taken == [True, True, False, True]
    assert (sink.accepted, sink.dropped, left) == (3, 1, 0)
    assert sink.totals.lost_frames == 1 and sink.totals.frames == 2
