"""``callpulse tap --realtime-priority N`` runs the media path at SCHED_RR N, as media servers run
theirs (Asterisk ``-p``): the compiled relay's every thread, or the Python relay's event loop, and
never the analytics (the tap process feeding it, the pipeline's child), which must keep yielding to
other work. Without the option nothing runs at real-time priority. bench/tap.py measured what it buys
(docs/sizing.md, issue 14)."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from relay_calls import callpulse_env, start_callpulse

from agent.server.testing import free_port
from ingest.tap.realtime import RealtimePriorityError, run_at_realtime

PRIORITY = 7
Threads = dict[int, tuple[int, int]]  # thread id -> (policy, real-time priority)


def _may_run_realtime() -> bool:
    return os.geteuid() == 0 or os.getrlimit(os.RLIMIT_RTPRIO)[0] >= PRIORITY


def _threads(pid: int) -> Threads:
    """Each thread of ``pid``: its policy (without the reset-on-fork flag) and real-time priority."""
    tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    return {
        t: (os.sched_getscheduler(t) & ~os.SCHED_RESET_ON_FORK, os.sched_getparam(t).sched_priority)
        for t in tids
    }


def _tree(pid: int) -> dict[int, str]:
    """``pid`` and its descendants, with their names."""
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        out[p] = Path(f"/proc/{p}/comm").read_text().strip()
        for t in os.listdir(f"/proc/{p}/task"):
            todo += [int(c) for c in Path(f"/proc/{p}/task/{t}/children").read_text().split()]
    return out


@pytest.mark.skipif(not _may_run_realtime(), reason="needs CAP_SYS_NICE or RLIMIT_RTPRIO >= 7")
@pytest.mark.parametrize("relay", ["python", "go"])
@pytest.mark.parametrize("priority", [PRIORITY, 0])
def test_the_media_path_runs_at_the_priority_asked_for_and_analytics_never_does(
    tmp_path: Path, relay: str, priority: int
) -> None:
    env = callpulse_env(tmp_path, 4.0)
    upstream = f"ws://127.0.0.1:{free_port()}/ws"  # never called: the policy is set at start
    args = ["tap", "--listen", f"127.0.0.1:{free_port()}", "--upstream", upstream, "--relay", relay]
    args += ["--realtime-priority", str(priority)]

    async def go() -> tuple[int, dict[int, str], dict[int, Threads], int]:
        proc, _ = await start_callpulse(args, env, "tap: analytics pipeline ready")
        names = _tree(proc.pid)
        seen = {p: _threads(p) for p in names}
        proc.send_signal(signal.SIGTERM)
        return proc.pid, names, seen, await asyncio.wait_for(proc.wait(), 30)

    tap, names, seen, rc = asyncio.run(go())
    assert rc == 0
    if relay == "go":  # every thread of the compiled relay; the tap process only feeds analytics
        media = {(p, t) for p in seen if names[p] == "callpulse-relay" for t in seen[p]}
        assert media, names
    else:  # the event loop: the tap process's main thread
        media = {(tap, tap)}
    for pid, threads in seen.items():
        for tid, policy in threads.items():
            expected = (os.SCHED_RR, priority) if priority and (pid, tid) in media else (os.SCHED_OTHER, 0)
            assert policy == expected, (names[pid], pid, tid, seen)


def test_a_refused_priority_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "sched_setscheduler", refuse)
    with pytest.raises(RealtimePriorityError, match="CAP_SYS_NICE or an RLIMIT_RTPRIO"):
        run_at_realtime(os.getpid(), PRIORITY, threads="main")


def test_threads_the_relay_starts_while_being_set_are_set_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Go runtime starts threads at any time: one started between the listing and the setting (by a
    thread still at normal priority) must not stay at normal priority, and one that ended in between
    is no error (CI 2026-12-05: the compiled relay's case failed once on a loaded machine)."""
    listings = iter([["10", "11"], ["10", "11", "12", "13"], ["10", "11", "12", "13"]])
    monkeypatch.setattr(os, "listdir", lambda path: next(listings))
    set_: list[int] = []

    def setscheduler(tid: int, policy: int, param: object) -> None:
        if tid == 11:
            raise ProcessLookupError(3, "No such process")  # ended after the listing
        set_.append(tid)

    monkeypatch.setattr(os, "sched_setscheduler", setscheduler)
    run_at_realtime(10, PRIORITY)
    assert set_ == [10, 12, 13]


@pytest.mark.parametrize("threads", ["main", "all"])
def test_a_relay_that_is_gone_fails_the_start(monkeypatch: pytest.MonkeyPatch, threads: str) -> None:
    """Only a Go thread that ended may be skipped: if the relay process itself is gone, the tap must not
    report its media path as set to real-time priority."""
    monkeypatch.setattr(os, "listdir", lambda path: ["10", "11"])

    def setscheduler(tid: int, policy: int, param: object) -> None:
        raise ProcessLookupError(3, "No such process")

    monkeypatch.setattr(os, "sched_setscheduler", setscheduler)
    with pytest.raises(ProcessLookupError):
        run_at_realtime(10, PRIORITY, threads=threads)
