"""Per-call rules: rule files (``parse.py``, ``model.py``), the signals of one live call (``signals.py``),
conditions (``evaluate.py``, ``text_match.py``), episodes (``engine.py``), rows, notifications and the
offline cases of ``callpulse rules test`` (``cases.py``). See ``docs/rules.md``."""
