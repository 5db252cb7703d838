"""Half of one line's caller turns misheard reads as a tenth of its transcripts garbled: a fragment that
keeps one real word ("uh the balance for") does not read as fragments. Against a normal of about none,
that share is the recognizer's page, before the loops of "sorry, I didn't catch that" it causes
(test3-b appointment: 3 of 23 and 4 of 39 utterances in its first two minutes)."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

ASR = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorASR")
NOW = 1_000_000


def asr(last: list[tuple[int, int]]) -> pd.DataFrame:
    """Two hours of 30 caller utterances a minute, none garbled, then ``last`` (utterances, garbled)."""
    rows = [(NOW - 120 + i, 30, 0) for i in range(120 - len(last))]
    rows += [(NOW - len(last) + i, n, bad) for i, (n, bad) in enumerate(last)]
    return pd.DataFrame({"minute": [r[0] for r in rows], "workflow": "appointment", "problem": "garbled",
                         "utterances": [r[1] for r in rows], "bad": [r[2] for r in rows]})  # fmt: skip


def test_a_tenth_of_transcripts_garbled_pages_the_recognizer() -> None:
    [finding] = judge(ASR, asr([(23, 3), (39, 4)]), NOW)
    assert finding.events == 7 and finding.group == {"workflow": "appointment", "problem": "garbled"}


def test_a_few_fragments_do_not_page() -> None:
    """Two fragments in two minutes (an 'uh' and an 'um the'): under the five it takes."""
    assert judge(ASR, asr([(23, 1), (39, 1)]), NOW) == []
