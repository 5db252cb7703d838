"""SIGTERM in the middle of ConversationRelay calls, for the drain tests of the processes that serve
them (`callpulse agent serve`, `callpulse tap`): open calls, hang some up, stop the process, and
collect what a caller and the warehouse see."""

from __future__ import annotations

import asyncio
import json
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from relay_calls import http_get, warehouse_rows
from relay_setup import ringing
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ingest.relay.frames import Prompt, Setup, encode


def setup(i: int, caller: str, called: str) -> Setup:
    """Call number ``i``: ``CA``/``VX`` followed by ``i`` in 32 hex digits."""
    sid = f"{i:032x}"
    return ringing(f"CA{sid}", f"VX{sid}", caller=caller, called=called)


async def open_call(url: str, call: Setup, prompt: str, **connect_options: Any) -> ClientConnection:
    """A call that has said ``prompt`` and heard the whole answer."""
    ws = await connect(url, **connect_options)
    await ws.send(encode(call))
    await ws.send(encode(Prompt(prompt, True, "en-US")))
    while not json.loads(await ws.recv()).get("last"):
        pass
    return ws


async def health(port: int, until: Callable[[dict[str, Any]], bool]) -> tuple[int, dict[str, Any]]:
    """``/healthz`` (status, body) once ``until(body)``; polls while the port is not listening yet."""
    while True:
        try:
            status, body = await http_get(port, "/healthz")
        except OSError:
            status, body = 0, ""
        if body and until(parsed := json.loads(body)):
            return status, parsed
        await asyncio.sleep(0.05)


def active(n: int) -> Callable[[dict[str, Any]], bool]:
    return lambda body: body.get("active_calls") == n


def draining(body: dict[str, Any]) -> bool:
    return body.get("status") == "draining"


async def close_code(ws: ClientConnection) -> int | None:
    """How the server closed ``ws`` (reading until it does)."""
    try:
        while True:
            await ws.recv()
    except ConnectionClosed:
        return ws.close_code


@dataclass
class Drained:
    rc: int | None
    close_codes: list[int | None]  # of the calls still open at SIGTERM
    refused: int  # the HTTP status a new call got while draining
    health: tuple[int, dict[str, Any]]  # /healthz while draining
    output: str


async def sigterm_mid_call(
    proc: Any, port: int, calls: list[ClientConnection], hung_up: int, bound_s: float, lines: list[str]
) -> Drained:
    """Hang up the first ``hung_up`` calls, SIGTERM ``proc`` (a ``relay_calls.start_callpulse``
    process) while the rest are open, try a new call, and wait for the process to exit."""
    for ws in calls[:hung_up]:
        await ws.close()
    await health(port, active(len(calls) - hung_up))
    proc.send_signal(signal.SIGTERM)
    drain_health = await health(port, draining)
    try:
        async with connect(f"ws://127.0.0.1:{port}/ws"):
            refused = 101
    except InvalidStatus as err:
        refused = err.response.status_code
    codes = [await close_code(ws) for ws in calls[hung_up:]]
    rc = await asyncio.wait_for(proc.wait(), bound_s + 5)
    await proc.collector
    return Drained(rc, codes, refused, drain_health, "".join(lines))


def assert_ended_by_shutdown(env: dict[str, str], calls: int, hung_up: int) -> None:
    """Every call is stored ended: the ones hung up before as hang-ups, the rest as ``shutdown``."""
    ended = warehouse_rows(
        env, "SELECT call_sid, ended, end_status, end_reason FROM calls FINAL ORDER BY call_sid"
    )
    assert [(r["call_sid"], r["ended"]) for r in ended] == [(f"CA{i:032x}", 1) for i in range(calls)], ended
    reasons = [(r["end_status"], r["end_reason"]) for r in ended]
    expected = [("completed", "hangup")] * hung_up + [("failed", "shutdown")] * (calls - hung_up)
    assert reasons == expected, ended
