"""``callpulse demo --live`` as a user runs it: a real process with its own embedded warehouse, the
reference agent on a loopback port, the caller simulator over real WebSockets (12 calls, time x10).

One run serves every assertion (it takes about half a minute); the warehouse is then read back with
``callpulse query``, as a user would check the printout.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cli_process import run_callpulse

from agent.backend.sample import SampleBackend
from demos.faults import CURRENT_CALL, CallScope, PerCallFaults
from demos.live import scenario_faults

CALLS = 12


def callpulse(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_callpulse(data_dir, *args, COLUMNS="120")


@dataclass(frozen=True)
class LiveRun:
    """The one ``callpulse demo --live`` run of this module: what it printed, and its data directory."""

    done: subprocess.CompletedProcess[str]
    data_dir: Path

    def rows(self, sql: str) -> list[list[str]]:
        """The rows of ``sql`` on the run's warehouse, read back with ``callpulse query`` as a user would."""
        done = callpulse(self.data_dir, "query", sql, "--format", "csv")
        assert done.returncode == 0, done.stderr
        return [line.split(",") for line in done.stdout.strip().splitlines()[1:]]


@pytest.fixture(scope="module")
def live_run(tmp_path_factory: pytest.TempPathFactory) -> LiveRun:
    data_dir = tmp_path_factory.mktemp("demo-live") / "var"
    done = callpulse(data_dir, "demo", "--live", "--calls", str(CALLS), "--time-scale", "10", "--rate", "3")
    return LiveRun(done, data_dir)


def test_the_live_demo_succeeds_with_no_protocol_error(live_run: LiveRun) -> None:
    done = live_run.done
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"protocol errors\s+none", done.stdout), done.stdout
    assert re.search(r"handshake failures\s+0", done.stdout), done.stdout
    assert "time compressed x10" in done.stdout  # the user is told time-based metrics shrank
    assert "KPIs per workflow" in done.stdout and "Hand-offs to a person, by trigger" in done.stdout


def test_every_event_the_agent_emitted_is_stored_or_dead_lettered(live_run: LiveRun) -> None:
    done = live_run.done
    found = re.search(
        r"events: ([\d,]+) emitted by the agent = ([\d,]+) stored \+ ([\d,]+) dead-lettered", done.stdout
    )
    assert found, done.stdout
    emitted, stored, dead = (int(g.replace(",", "")) for g in found.groups())
    assert emitted > CALLS * 5 and emitted == stored + dead
    [[in_warehouse]] = live_run.rows("SELECT count() FROM events FINAL")
    assert int(in_warehouse) == stored


def test_every_simulated_call_is_in_the_calls_table(live_run: LiveRun) -> None:
    done = live_run.done
    assert f"calls: {CALLS} placed by the simulator, {CALLS} in the calls table" in done.stdout
    [[ended]] = live_run.rows("SELECT countIf(ended) FROM calls FINAL")
    assert int(ended) == CALLS


def test_the_fault_scenarios_show_up_as_tool_failures_and_hand_offs_by_trigger(live_run: LiveRun) -> None:
    triggers = dict(
        live_run.rows("SELECT handoff_trigger, count() FROM calls FINAL WHERE escalated GROUP BY 1")
    )
    assert int(triggers.get("tool_failure", 0)) >= 2, triggers  # billing + refill tool failures
    assert {"keyword", "caller_request"} & triggers.keys(), triggers  # the frustrated caller
    [[failed_tools]] = live_run.rows("SELECT sum(tool_failures) FROM calls FINAL")
    assert int(failed_tools) >= 2
    failed_tasks = live_run.rows(
        "SELECT DISTINCT JSONExtractString(data, 'reason') FROM events FINAL "
        "WHERE type = 'task.completed' AND NOT JSONExtractBool(data, 'success')",
    )
    reasons = {row[0] for row in failed_tasks}
    assert {"card_declined", "no_availability", "no_refills_remaining"} & reasons, reasons


def test_a_backend_fault_reaches_only_the_call_whose_scenario_asks_for_it() -> None:
    backend = PerCallFaults(SampleBackend(), scenario_faults)

    async def pay(call_sid: str, scenario: str) -> Any:
        CURRENT_CALL.set(CallScope(call_sid, {"scenario": scenario}))
        found = await backend.call("find_account", {"phone": "4155550123"})  # the same account
        args = {"customer_id": found["account_id"], "amount_cents": "100", "card_last4": "8821"}
        return await backend.call("process_payment", {**args, "idempotency_key": call_sid})

    async def side_by_side() -> tuple[Any, Any]:
        return await asyncio.gather(
            pay("CA" + "1" * 32, "billing.task_failure"), pay("CA" + "2" * 32, "billing.success")
        )

    declined, approved = asyncio.run(side_by_side())
    assert declined["status"] == "declined" and approved["status"] == "approved"
    assert list(backend.planned) == ["CA" + "1" * 32]
