"""The tap's media path at real-time priority (``callpulse tap --realtime-priority N``), as media
servers run theirs (Asterisk ``-p``, FreeSWITCH ``-rp``): under SCHED_RR a relay woken by a frame
preempts every ordinary process on its CPU at once. At normal priority it waits for whatever runs
there (another service, or the tap's own analytics at nice 10) to reach the end of its time slice,
~3 ms under the kernel's EEVDF scheduler, which is what the tap's p99 was made of on a busy machine
(bench/tap.py, docs/sizing.md). The relay only forwards frames, so it cannot hog the CPU; the
kernel's real-time throttling (``sched_rt_runtime_us``, 95 % by default) bounds it all the same.

Setting it needs CAP_SYS_NICE (root, systemd ``AmbientCapabilities=CAP_SYS_NICE``, docker
``--cap-add SYS_NICE``) or an RLIMIT_RTPRIO at least ``priority`` (systemd ``LimitRTPRIO=``,
``ulimit -r``); without either it fails loudly rather than relaying at a priority nobody asked for."""

from __future__ import annotations

import os

MAX_PRIORITY = 99


class RealtimePriorityError(RuntimeError):
    """The media path could not be given the real-time priority it was configured with."""


def run_at_realtime(pid: int, priority: int, *, threads: str = "all") -> int:
    """Every thread of process ``pid`` (``threads="all"``: the compiled relay, whose Go runtime starts
    threads from these, which inherit it) or only its main thread (``"main"``: the Python relay's
    event loop, while its analytics threads keep normal priority) at SCHED_RR ``priority``. Children
    forked later by a ``"main"`` process start at normal priority (SCHED_RESET_ON_FORK). Returns how
    many threads were set."""
    if not 1 <= priority <= MAX_PRIORITY:
        raise ValueError(f"a real-time priority is 1-{MAX_PRIORITY}, got {priority}")
    policy = os.SCHED_RR if threads == "all" else os.SCHED_RR | os.SCHED_RESET_ON_FORK
    if threads != "all":
        _set(pid, policy, priority)
        return 1
    done: set[int] = set()
    while new := _tasks(pid) - done:  # until a pass finds no thread it has not set
        for tid in sorted(new):
            try:
                _set(tid, policy, priority)
            except ProcessLookupError:
                if tid == pid:
                    raise  # the relay itself is gone: the tap's start must fail, not go on without it
                # a Go thread that ended between the listing and the setting: nothing left to set
        done |= new
    return len(done)


def _tasks(pid: int) -> set[int]:
    """The threads of ``pid`` now. The Go runtime starts threads at any time (a new M for a blocked
    syscall, GC workers): one started by a thread not yet set, between the listing and the setting,
    would keep normal priority, so ``run_at_realtime`` lists again until nothing is new (a thread
    started by one already set inherits SCHED_RR)."""
    return {int(t) for t in os.listdir(f"/proc/{pid}/task")}


def _set(tid: int, policy: int, priority: int) -> None:
    try:
        os.sched_setscheduler(tid, policy, os.sched_param(priority))
    except PermissionError as err:
        raise RealtimePriorityError(
            f"SCHED_RR priority {priority} for the tap's relay was refused ({err.strerror}): give the "
            "tap CAP_SYS_NICE or an RLIMIT_RTPRIO of at least that (systemd LimitRTPRIO=, docker "
            "--cap-add SYS_NICE), or run without --realtime-priority"
        ) from err
