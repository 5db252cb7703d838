"""The ``callpulse`` process entry (the console script and ``python -m callpulse``).

Importing the CLI takes half a second to a few seconds (settings, FastAPI, the pipeline); a long-running
command installs its own drain on SIGTERM/SIGINT only after that. A stop signal that came in between used to
kill the process (exit -15) although it had accepted nothing yet. Here the stop signals are caught from the
first line, before the CLI is imported. A long-running service stopped during the import ends with 0 and
one line on stderr (it has accepted nothing, so there is nothing to drain: the drain contract holds); a
one-shot command stopped then dies of the signal as before (exit 0 would claim work it never did). The
default handlers are back before the command runs, and a service installs its own drain.

Only the interpreter's own start-up (about 60 ms on an idle machine, before this module runs) is left
uncovered.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

_STOPS = (signal.SIGTERM, signal.SIGINT)

SERVICES = frozenset({
    ("worker",), ("api",), ("http-ingest",), ("detect",), ("tap",),
    ("agent", "serve"), ("warehouse", "serve"), ("stack", "supervise"),
})  # fmt: skip
"""The commands that run until stopped and drain on SIGTERM/SIGINT (``callpulse.cli.draining``)."""


def is_service(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (without the program name) starts one of the long-running ``SERVICES``."""
    words = tuple(a for a in argv if not a.startswith("-"))[:2]
    return words[:1] in SERVICES or words in SERVICES


class _StoppedWhileStarting(BaseException):
    """A stop signal came while the CLI was being imported (a BaseException: nothing may swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stop(signum: int, _frame: FrameType | None) -> None:
    raise _StoppedWhileStarting(signum)


_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers


def _handler(found: _Handler | None) -> _Handler:
    """A handler ``signal.signal`` can put back (``getsignal`` says None for one not set from Python)."""
    return signal.SIG_DFL if found is None else found


def _restore(previous: dict[signal.Signals, _Handler]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)


def run() -> int:
    """Import the CLI under a stop-before-start guard, then run it with the default signal handlers.

    The handlers are read first and installed inside the guard: a SIGTERM that landed while SIGINT's handler
    was being installed (the test sends it the moment SIGTERM is caught) escaped as a traceback, exit 1."""
    previous = {sig: _handler(signal.getsignal(sig)) for sig in _STOPS}
    try:
        try:
            for sig in _STOPS:
                signal.signal(sig, _raise_stop)
            from callpulse.cli import main
        finally:
            _restore(previous)
    except _StoppedWhileStarting as stop:
        _restore(previous)  # a second stop may have cut the first restore short
        if not is_service(sys.argv[1:]):
            os.kill(os.getpid(), stop.signum)  # the default handler is back: die of it, as before
        name = signal.Signals(stop.signum).name
        print(f"callpulse: {name} before start-up finished; nothing was accepted, exiting 0", file=sys.stderr)
        return 0
    return main()
