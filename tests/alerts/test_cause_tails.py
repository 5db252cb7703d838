"""A resolved cause still explains the other causes its calls show while their windows reach back
into it: calls that looped while speech recognition returned garbage end minutes after the ASR page
resolved, and are not a new incident (test-b and test-c paged AgentLoop after their ASR pages)."""

from __future__ import annotations

import pandas as pd

from tests.alerts.replay_frames import alert_names, replay

T = 29_000_000  # epoch minutes: the start of the replay
ASR_FROM, ASR_TO, LOOPS_TO = 180, 200, 212  # minutes after T


def frames(loops_after_asr: bool) -> dict[str, pd.DataFrame]:
    minutes = range(T, T + 240)
    bad = [6 if ASR_FROM <= m - T < ASR_TO else 0 for m in minutes]
    asr = pd.DataFrame({"minute": minutes, "workflow": "billing", "problem": "garbled", "bad": bad,
                        "utterances": 10})  # fmt: skip
    # calls that looped while speech was garbled end during it and, the longer ones, after it
    looping = [1 if ASR_FROM + 5 <= m - T < ASR_TO else 0 for m in minutes]
    if loops_after_asr:
        looping = [2 if ASR_TO <= m - T < LOOPS_TO else n for m, n in zip(minutes, looping, strict=True)]
    calls = pd.DataFrame({"minute": minutes, "workflow": "billing", "agent_version": "1.4.0", "ended": 4,
                          "unanswered": 0, "active": 4, "looping": looping})  # fmt: skip
    return {"asr": asr, "calls": calls}


def pages(loops_after_asr: bool = True) -> list[tuple[int, str]]:
    """(minute after T, alert name) of every page opened from T + 170 to T + 240."""
    return alert_names(replay(frames(loops_after_asr), 170, 240, origin=T))


def test_loops_ending_after_the_asr_page_resolved_do_not_page_again() -> None:
    assert [name for _, name in pages()] == ["CallpulseDetectorASR"]


def test_the_asr_page_comes_at_its_onset() -> None:
    [(minute, name)] = pages(loops_after_asr=False)
    assert name == "CallpulseDetectorASR" and ASR_FROM < minute <= ASR_FROM + 2
