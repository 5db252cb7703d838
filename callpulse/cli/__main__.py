"""``python -m callpulse.cli``: the same as the ``callpulse`` console script (the stack spawns this)."""

from callpulse.cli import main

raise SystemExit(main())
