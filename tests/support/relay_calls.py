"""Play one simulated call against the fake agent (``fake_relay_agent.py``) on 127.0.0.1 and collect
what both sides saw."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fake_relay_agent import ActionServer, FakeAgent, FakeAgentOptions, FakeAgentRecord

from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.report import CallReport
from agent.simulator.live.script import CallPlan
from agent.simulator.live.session import run_call

TOKEN = "test_auth_token"
PUBLIC = "wss://agent.example.com/ws"


@dataclass
class Played:
    report: CallReport
    agent: FakeAgentRecord
    callbacks: list[dict[str, str]]
    callback_signatures_ok: list[bool]

    def sent(self, kind: str) -> list[dict[str, Any]]:
        """What the agent received of ``kind``, in order."""
        return [m for m in self.agent.received if m.get("type") == kind]


def play(
    plan: CallPlan,
    *,
    agent: FakeAgentOptions | None = None,
    relay: RelayConfig | None = None,
    reconnect: bool = False,
    sim_token: str = TOKEN,
    **options: Any,
) -> Played:
    fake = FakeAgent(agent or FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC))

    async def go() -> CallReport:
        async with fake.running() as url:
            with ActionServer(TOKEN, PUBLIC if reconnect else "") as action:
                opts = SimOptions(
                    url=url,
                    public_url=PUBLIC,
                    auth_token=sim_token,
                    action_url=action.url,
                    time_scale=options.pop("time_scale", 20.0),
                    settle_ms=options.pop("settle_ms", 100),
                    **options,
                )
                report = await run_call(plan, opts, relay, seed=1)
                play.action = action  # type: ignore[attr-defined]
                return report

    report = asyncio.run(go())
    action = play.action  # type: ignore[attr-defined]
    return Played(report, fake.record, action.calls, action.valid_signatures)


# ---- long-running callpulse processes (tap, agent) for the drain tests --------------------------

CALLPULSE = str(Path(sys.executable).parent / "callpulse")


def callpulse_env(data_dir: Path, shutdown_timeout_s: float, **extra: str) -> dict[str, str]:
    """The environment of a callpulse process with its own embedded warehouse under ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLPULSE_")}
    env.update(
        CALLPULSE_DATA_DIR=str(data_dir),
        CALLPULSE_REDACTION_ENGINE="patterns",  # no spaCy model to load: the test is about stopping
        CALLPULSE_SHUTDOWN_TIMEOUT_S=str(shutdown_timeout_s),
        **extra,
    )
    return env


async def start_callpulse(
    args: list[str], env: dict[str, str], ready: str, *, new_session: bool = False
) -> tuple[Any, list[str]]:
    """Start ``callpulse ARGS``; return once a line of its output contains ``ready``, with the list
    its later lines keep being appended to. ``new_session``: in a session of its own, as a service is
    (with the kernel's autogroup scheduling, a session shares CPU as one group: bench/tap.py)."""
    proc = await asyncio.create_subprocess_exec(
        CALLPULSE,
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        start_new_session=new_session,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    while ready not in (line := (await asyncio.wait_for(proc.stdout.readline(), 120)).decode()):
        lines.append(line)
        if not line:
            raise AssertionError("callpulse exited before it was ready:\n" + "".join(lines))

    async def collect() -> None:
        assert proc.stdout is not None
        while line := (await proc.stdout.readline()).decode():
            lines.append(line)

    proc.collector = asyncio.create_task(collect())  # type: ignore[attr-defined]
    return proc, lines


async def http_get(port: int, path: str) -> tuple[int, str]:
    """A bare HTTP/1.1 GET on 127.0.0.1 (status, body)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    raw = await reader.read()
    writer.close()
    head, _, body = raw.decode().partition("\r\n\r\n")
    return int(head.split(" ", 2)[1]), body


def warehouse_rows(env: dict[str, str], sql: str) -> list[dict[str, Any]]:
    """Rows of ``sql`` from the warehouse of ``env`` (another process: chDB opens one path per process)."""
    out = subprocess.run(
        [CALLPULSE, "query", "--format", "jsonl", "--limit", "100000", sql],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
