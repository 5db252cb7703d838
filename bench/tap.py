"""What the relay tap adds to a live call, with its embedded analytics pipeline on: caller-side round
trips (a ``prompt`` sent -> the agent's first ``text`` frame back) direct to an agent and through a
``callpulse tap`` process in front of it, in the same run, 100 concurrent calls each way.

Goal (architecture.md, "the media path never waits for analytics"): added p99 <= 0.5 ms and the
longest added pause <= 5 ms. Figures are printed, never asserted.

    .venv/bin/python bench/tap.py                          # starts the reference agent itself
    .venv/bin/python bench/tap.py --upstream ws://host:port/ws   # any ConversationRelay agent
    .venv/bin/python bench/tap.py --relay go --compare-python --nice -10   # the compiled relay beside the Python one

The tap runs as its own process (``callpulse tap --sink embedded``: events -> redaction -> call state
-> metrics -> chDB), exactly as an operator runs it; the callers run here, in another process, so the
tap's analytics cannot slow the measuring side. The agent and each tap run in a session of their own,
as services do: where the kernel schedules by autogroup (a session shares the CPU as one group), a tap
started in the callers' session would share their CPU and measure the callers' load, not its own. Direct and tapped phases alternate (``--repeat``), so
both see the same machine. "Added" is tapped minus direct at the same percentile; the longest added
pause is the slowest tapped round trip minus the slowest direct one. The last two lines are the
verdicts, one per goal (figure, goal, pass or fail, or inconclusive when the tapped figure is
below the direct one: a relay cannot remove latency, so the run's noise is larger than the goal); the load average is printed beside the figures
(the machine is shared: read a failure at high load with that in mind, and run it twice). Odd rounds
run the phases in reverse order (a phase right after a tapped one shares the CPU with that tap's
analytics catching up). The CPU each tap's processes used is printed too: unlike the latencies it
hardly depends on the load. ``--relay go`` times ``callpulse tap --relay go`` (the compiled relay,
``make tap-relay``); ``--compare-python`` adds the Python relay's tap to the same run. ``--pin 0:1``
gives the tap a core of its own, as a deployment would: the callers and the agent (the measuring side)
run on CPU 0 and every tap's process tree on CPU 1, for direct and tapped phases alike; unpinned, on a
2-core machine, the tap competes with the callers and the agent that time it, and what is measured is
that contention as much as the tap. ``--together`` runs the groups at the same time instead of one
after another (use a longer ``--gap-ms`` so the agent sees the same total rate), so a stall of the
agent or the machine hits direct and tapped calls alike; ``--control`` adds a second direct group, an
A/A control whose difference from direct is the run's noise (a verdict within it is inconclusive).
Run one after another, a single 200-250 ms stall of the reference agent (a full garbage collection,
before f93b604) landed in whichever group ran ~26 s in and was read as the tap's longest pause; the
A/A difference at p99 was +33 ms one after another and +1.1 ms together, in the same hour at load ~7.

    .venv/bin/python bench/tap.py --relay go --pin 0:1 --together --control --gap-ms 600
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
from relay_calls import callpulse_env, http_get, start_callpulse

from agent.server.testing import free_port
from callpulse.cli.tap import ANALYTICS_PARENT_NICE

GOAL_P99_MS = 0.5
CONTROL = "direct again"
GOAL_PAUSE_MS = 5.0
PROMPT = json.dumps(
    {"type": "prompt", "voicePrompt": "What are your opening hours?", "lang": "en-US", "last": True}
)


def _setup(run: str, i: int) -> str:
    sid = f"{run}{i:06d}".ljust(32, "0")[:32]
    return json.dumps(
        {
            "type": "setup", "sessionId": f"VX{sid}", "accountSid": "AC" + "0" * 32, "parentCallSid": "",
            "callSid": f"CA{sid}", "from": "+14155550123", "to": "+18885550150", "forwardedFrom": "",
            "callType": "PSTN", "callerName": "", "direction": "inbound", "callStatus": "RINGING",
            "customParameters": {"workflow": "billing"},
        }
    )  # fmt: skip


async def _call(url: str, setup: str, trips: int, gap_s: float, out: list[float]) -> None:
    async with connect(url, compression=None, max_size=None) as ws:
        await ws.send(setup)
        for _ in range(trips):
            await asyncio.sleep(gap_s * (0.5 + random.random()))  # the caller speaks between answers
            start = time.perf_counter()
            await ws.send(PROMPT)
            frame = await ws.recv()
            out.append((time.perf_counter() - start) * 1000)
            while not json.loads(frame).get("last"):
                frame = await ws.recv()


async def _phase(url: str, run: str, calls: int, trips: int, gap_s: float) -> list[float]:
    out: list[float] = []
    await asyncio.gather(*(_call(url, _setup(run, i), trips, gap_s, out) for i in range(calls)))
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _greets(url: str) -> bool:
    """Whether the agent sends something right after ``setup`` (the reference agent does not: Twilio
    speaks its greeting); the timed loop must not take that frame for an answer."""
    async with connect(url, compression=None) as ws:
        await ws.send(_setup("probe", 0))
        try:
            await asyncio.wait_for(ws.recv(), 0.5)
            return True
        except TimeoutError:
            return False


async def _start_tap(
    data: Path, upstream: str, sink: str, redaction: str, relay: str
) -> tuple[Any, list[str], int]:
    port = free_port()
    env = callpulse_env(data / f"tap-{sink}-{relay}", 8.0)
    env["CALLPULSE_REDACTION_ENGINE"] = redaction
    args = ["tap", "--listen", f"127.0.0.1:{port}", "--upstream", upstream, "--sink", sink, "--relay", relay]
    args += ["--realtime-priority", str(REALTIME)]
    ready = "tap: analytics pipeline ready" if sink == "embedded" else "tap listening"
    proc, lines = await start_callpulse(args, env, ready, new_session=True)
    if PIN:  # the tap's whole tree (relay, analytics child, every thread) on the tap's own CPU
        _pin_tree(proc.pid, PIN[1])
    if IDLE_ANALYTICS:  # an experiment, not the product's policy: see --idle-analytics
        _idle_analytics(proc.pid)
    if NICE is not None:
        relays = [pid for pid in _children(proc.pid) if _comm(pid) == "callpulse-relay"]
        _prioritise(proc.pid, NICE)  # the tap and its session's autogroup
        for pid in relays:  # --relay go: the relay at NICE, the tap process (analytics only) below it
            # nice is per thread on Linux: every thread of the relay (its goroutines run on several)
            for tid in os.listdir(f"/proc/{pid}/task"):
                os.setpriority(os.PRIO_PROCESS, int(tid), NICE)
            os.setpriority(os.PRIO_PROCESS, proc.pid, NICE + ANALYTICS_PARENT_NICE)
    return proc, lines, port


def _cpu_tree(pid: int) -> list[tuple[str, float]]:
    """CPU seconds (user + system) of ``pid`` and each of its descendants, by process name."""
    tick = os.sysconf("SC_CLK_TCK")
    out: list[tuple[str, float]] = []
    todo = [pid]
    while todo:
        p = todo.pop(0)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            todo += _children(p)
        except OSError:
            continue
        out.append((_comm(p), (int(fields[11]) + int(fields[12])) / tick))
    return out


def _children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    return [int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()]


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


NICE: int | None = None
IDLE_ANALYTICS = False
REALTIME = 0  # every tap's --realtime-priority


def _idle_analytics(tap_pid: int) -> None:
    """Every process of the tap's tree but its relay (the pipeline child; with ``--relay go`` also
    the tap process, which only feeds analytics) at SCHED_IDLE: it runs only on a CPU nothing else
    wants, and a waking relay preempts it at once. At nice 10 (the product's policy) the kernel's
    EEVDF scheduler may let it finish its slice (~3 ms) before the woken relay runs."""
    todo = [tap_pid]
    while todo:
        p = todo.pop(0)
        children = _children(p)
        todo += children
        if _comm(p) == "callpulse-relay" or (
            p == tap_pid and not any(_comm(c) == "callpulse-relay" for c in children)
        ):
            continue  # the media path: the compiled relay, or the tap process that relays itself
        for tid in os.listdir(f"/proc/{p}/task"):
            os.sched_setscheduler(int(tid), os.SCHED_IDLE, os.sched_param(0))


PIN: tuple[set[int], set[int]] | None = None  # (measuring side's CPUs, the taps' CPUs)


def _pin_tree(pid: int, cpus: set[int]) -> None:
    """Every thread of ``pid`` and of its descendants on ``cpus`` (affinity is per thread)."""
    todo = [pid]
    while todo:
        p = todo.pop(0)
        try:
            todo += _children(p)
            for tid in os.listdir(f"/proc/{p}/task"):
                os.sched_setaffinity(int(tid), cpus)
        except OSError:
            continue


def _prioritise(pid: int, nice: int) -> None:
    """``pid`` at ``nice``, and its session's autogroup too where the kernel schedules by autogroup
    (there a process's own nice only ranks it within its session)."""
    os.setpriority(os.PRIO_PROCESS, pid, nice)
    autogroup = Path(f"/proc/{pid}/autogroup")
    if autogroup.exists():
        autogroup.write_text(str(nice))


async def main(args: argparse.Namespace) -> None:
    global NICE, PIN, IDLE_ANALYTICS, REALTIME
    NICE = args.nice
    REALTIME = args.realtime_priority
    IDLE_ANALYTICS = args.idle_analytics
    if args.pin:
        measuring, tapping = ({int(c) for c in part.split(",")} for part in args.pin.split(":"))
        PIN = (measuring, tapping)
        os.sched_setaffinity(0, measuring)  # this process and the agent it starts (inherited)
        for pid in args.upstream_pid:
            _pin_tree(pid, measuring)
    if args.nice is not None and args.upstream and not args.upstream_pid:
        raise SystemExit("--nice with --upstream needs --upstream-pid: direct and tapped at one priority")
    if args.nice is not None:  # this process, the agent and taps it starts (they inherit it), --upstream-pid
        for pid in (os.getpid(), *args.upstream_pid):
            _prioritise(pid, args.nice)
    data = Path(tempfile.mkdtemp(prefix="bench-tap-"))
    procs: list[Any] = []
    try:
        upstream = args.upstream
        if not upstream:
            port = free_port()
            env = callpulse_env(
                data / "agent",
                8.0,
                CALLPULSE_AGENT_VALIDATE_SIGNATURES="false",
                CALLPULSE_AGENT_IDLE_TIMEOUT_S="600",
            )
            env["CALLPULSE_REDACTION_ENGINE"] = args.redaction
            if args.agent_emitter == "none":  # events to a Kafka port nobody listens on: no pipeline
                env.update(
                    CALLPULSE_AGENT_EMITTER="kafka", CALLPULSE_KAFKA_BOOTSTRAP=f"127.0.0.1:{free_port()}"
                )
            proc, _ = await start_callpulse(
                ["agent", "serve", "--port", str(port)], env, "Uvicorn running", new_session=True
            )
            if args.nice is not None:
                _prioritise(proc.pid, args.nice)
            procs.append(proc)
            upstream = f"ws://127.0.0.1:{port}/ws"
        tap_lines: list[str] = []
        taps: dict[str, Any] = {}
        urls = {"direct": upstream}
        if args.tap:  # a tap already running in front of --upstream
            urls["through tap"] = args.tap
            tap_port = 0
        else:
            proc, tap_lines, tap_port = await _start_tap(
                data, upstream, "embedded", args.redaction, args.relay
            )
            procs.append(proc)
            taps["through tap"] = proc
            urls["through tap"] = f"ws://127.0.0.1:{tap_port}/ws"
        if args.bare:
            proc, _, bare_port = await _start_tap(data, upstream, "none", args.redaction, args.relay)
            procs.append(proc)
            taps["bare relay"] = proc
            urls["bare relay"] = f"ws://127.0.0.1:{bare_port}/ws"
        if args.compare_python and args.relay != "python":
            proc, _, py_port = await _start_tap(data, upstream, "embedded", args.redaction, "python")
            procs.append(proc)
            taps["python relay"] = proc
            urls["python relay"] = f"ws://127.0.0.1:{py_port}/ws"
        if await _greets(upstream):
            raise SystemExit(
                "the agent sends a frame right after setup; this bench expects Twilio's greeting"
            )
        gap_s = args.gap_ms / 1000
        for name, url in urls.items():
            await _phase(url, f"w{name[0]}", 10, 5, gap_s)
        load_before = os.getloadavg()
        trips: dict[str, list[float]] = {name: [] for name in urls}
        if args.control:  # an A/A control: a second direct group, timed exactly as the others
            urls[CONTROL] = upstream
            trips[CONTROL] = []
        names = list(urls)
        for r in range(args.repeat):
            if args.together:  # every group at once: an agent's or the machine's stall hits all alike
                done = await asyncio.gather(
                    *(
                        _phase(urls[n], f"{i}{r}{os.getpid() % 1000:03d}", args.calls, args.trips, gap_s)
                        for i, n in enumerate(names)
                    )
                )
                for name, got in zip(names, done, strict=True):
                    trips[name] += got
                continue
            # one group at a time, alternating, so all see the same machine; odd rounds backwards (a
            # phase right after a tapped one shares the CPU with that tap's analytics catching up)
            for name in names if r % 2 == 0 else names[::-1]:
                url = urls[name]
                run = f"{names.index(name)}{r}{os.getpid() % 1000:03d}"
                trips[name] += await _phase(url, run, args.calls, args.trips, gap_s)
        load_after = os.getloadavg()
        _, health = await http_get(tap_port, "/healthz") if tap_port else (0, "")
        cpu = {name: _cpu_tree(proc.pid) for name, proc in taps.items()}
    finally:
        for proc in reversed(procs):
            proc.terminate()
            await proc.wait()
    direct, tapped = trips["direct"], trips["through tap"]
    print(f"bench/tap.py: {len(direct):,} round trips direct and {len(tapped):,} through the tap")
    print(
        f"  {args.calls} concurrent calls x {args.trips} round trips x {args.repeat} rounds each way"
        f"{' (all groups at once)' if args.together else ''}, "
        f"a caller pause of {args.gap_ms} ms +-50% before each prompt;"
    )
    print(
        f"  upstream {'the reference agent (callpulse agent serve)' if not args.upstream else args.upstream}"
    )
    print(
        f"  tap: callpulse tap --sink embedded --relay {args.relay}, redaction {args.redaction}; load average (1, 5, 15 min) "
        f"before {_load(load_before)}, after {_load(load_after)} on {os.cpu_count()} CPUs"
    )
    if args.realtime_priority:
        print(f"  each tap's media path at SCHED_RR priority {args.realtime_priority} (--realtime-priority)")
    if args.idle_analytics:
        print("  each tap's analytics processes at SCHED_IDLE (--idle-analytics: an experiment)")
    if args.nice is not None:
        print(
            f"  priority: callers, agent{' (pid ' + ','.join(map(str, args.upstream_pid)) + ')' if args.upstream_pid else ''}"
            f" and taps all at nice {args.nice}, their autogroups too (the same for direct and tapped; "
            "pipeline children at nice 10 in their own sessions)"
        )
    print(f"{'round trip ms':<16}{'p50':>9}{'p99':>9}{'p99.9':>9}{'max':>9}{'mean':>9}")
    rows = {name: _row(values) for name, values in trips.items()}
    for name, row in rows.items():
        print(f"{name:<16}" + "".join(f"{v:>9.3f}" for v in row))
    added = [t - d for t, d in zip(rows["through tap"], rows["direct"], strict=True)]
    print(f"{'added by tap':<16}" + "".join(f"{v:>+9.3f}" for v in added))
    if "bare relay" in rows:  # the hop alone, without analytics: what analytics itself adds is the rest
        hop = [b - d for b, d in zip(rows["bare relay"], rows["direct"], strict=True)]
        print(f"{'  of it the hop':<16}" + "".join(f"{v:>+9.3f}" for v in hop))
    if "python relay" in rows:  # the same tap with the Python relay, same run
        py = [p - d for p, d in zip(rows["python relay"], rows["direct"], strict=True)]
        print(f"{'python relay +':<16}" + "".join(f"{v:>+9.3f}" for v in py))
    noise: list[float] | None = None
    if CONTROL in rows:  # direct against direct: what "added" reads when nothing was added
        noise = [c - d for c, d in zip(rows[CONTROL], rows["direct"], strict=True)]
        print(f"{'A/A noise':<16}" + "".join(f"{v:>+9.3f}" for v in noise))
    print(f"tap health at the end: {health.strip()}")
    for name, used in cpu.items():  # load-independent: what each tap cost the 2 cores, per process
        parts = ", ".join(f"{comm} {sec:.1f} s" for comm, sec in used)
        print(f"CPU used by the {name} process tree over the whole run (warm-up included): {parts}")
    print("tap exit: " + " ".join(line.strip() for line in tap_lines if line.startswith("tap:")))
    # the goal's own figures, then a companion less at the mercy of one stall of the shared machine
    print(
        f"companion: added p99.9 {added[2]:+.3f} ms (direct {rows['direct'][2]:.3f}, "
        f"through the tap {rows['through tap'][2]:.3f}); mean {added[4]:+.3f} ms"
    )
    for what, col, goal in (("added p99", 1, GOAL_P99_MS), ("longest added pause", 3, GOAL_PAUSE_MS)):
        verdict = "PASS" if 0 <= added[col] <= goal else "FAIL"
        if added[col] < 0:  # the tap cannot remove latency: the machine's noise is larger than the goal
            verdict = "INCONCLUSIVE (through the tap faster than direct: noise exceeds the figure)"
        if noise is not None and verdict == "FAIL" and added[col] - abs(noise[col]) <= goal:
            verdict = f"INCONCLUSIVE (within the A/A noise, {noise[col]:+.3f} ms)"
        if noise is not None and verdict == "PASS" and abs(noise[col]) > goal:
            verdict = f"INCONCLUSIVE (A/A noise {noise[col]:+.3f} ms exceeds the goal)"
        print(
            f"verdict {what}: {added[col]:+.3f} ms (direct {rows['direct'][col]:.3f}, through the tap "
            f"{rows['through tap'][col]:.3f}), goal <= {goal} ms: {verdict} (load {load_after[0]:.2f})"
        )


def _row(values: list[float]) -> list[float]:
    return [pct(values, 0.5), pct(values, 0.99), pct(values, 0.999), max(values), statistics.fmean(values)]


def _load(avg: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.2f}" for v in avg)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--upstream", default="", help="the agent's ws:// URL (default: start the reference agent)"
    )
    parser.add_argument("--tap", default="", help="a tap already running in front of --upstream (ws:// URL)")
    parser.add_argument("--calls", type=int, default=100, help="concurrent calls per phase")
    parser.add_argument("--trips", type=int, default=50, help="round trips per call")
    parser.add_argument("--repeat", type=int, default=2, help="direct/tapped rounds")
    parser.add_argument("--gap-ms", type=int, default=200, help="mean caller pause before each prompt")
    parser.add_argument(
        "--agent-emitter",
        choices=("embedded", "none"),
        default="embedded",
        help="the started reference agent's own events: its embedded pipeline, or none (a lighter agent)",
    )
    parser.add_argument(
        "--pin",
        default="",
        help="CPUS:CPUS, e.g. 0:1 -- the measuring side (callers, the agent) on the first CPUs and every "
        "tap's process tree on the second, so the tap is timed on a core of its own as a deployment would "
        "give it, not while competing with the callers and the agent that measure it",
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="run every group (direct, through the tap, ...) at the same time in each round instead of "
        "one after another: a stall of the agent or the machine then hits them alike",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help="add an A/A control: a second direct group timed like the others; its difference from "
        "direct is the run's noise, and a verdict within it is printed as inconclusive",
    )
    parser.add_argument(
        "--realtime-priority",
        type=int,
        default=0,
        metavar="N",
        help="start every tap with --realtime-priority N (its media path at SCHED_RR N; 0: off)",
    )
    parser.add_argument(
        "--idle-analytics",
        action="store_true",
        help="an experiment: each tap's analytics processes at SCHED_IDLE instead of the product's nice "
        "10 (they then run only on CPU time nothing else wants; a waking relay preempts them at once)",
    )
    parser.add_argument("--redaction", choices=("presidio", "patterns"), default="presidio")
    parser.add_argument(
        "--nice",
        type=int,
        default=None,
        help="run the callers, the agent and the taps at this niceness (e.g. -10 on a machine shared with "
        "other work: the same priority for direct and tapped, above the machine's other tenants)",
    )
    parser.add_argument(
        "--upstream-pid",
        type=int,
        action="append",
        default=[],
        help="with --nice and --upstream: the agent's process id, given the same priority",
    )
    parser.add_argument(
        "--relay",
        choices=("python", "go"),
        default="python",
        help="the tap's media path (callpulse tap --relay): this process's, or the compiled relay",
    )
    parser.add_argument(
        "--compare-python",
        action="store_true",
        help="with --relay go: also time the tap with the Python relay in the same run",
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="also time a bare relay (callpulse tap --sink none) in the same run: the hop without analytics",
    )
    asyncio.run(main(parser.parse_args()))
