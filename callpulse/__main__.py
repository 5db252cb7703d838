"""``python -m callpulse``: the console script's entry, with stop signals handled from the first line
(``callpulse.entry``); the stack spawns its processes this way."""

from callpulse.entry import run

raise SystemExit(run())
