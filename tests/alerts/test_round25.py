"""Round 25 (issue 20; test21 as tuning data): a loop on every line at once is one page with no
workflow label, naming what the looping calls share (test21-b's model alias moved to a new snapshot);
a line's loop names a prompt as an experiment only on evidence.

Each test fails on round 24's detector (b9cfb83): it paged the model's loop once per line, each page
naming the line's main prompt as an experiment on 0 of a handful of other calls."""

from __future__ import annotations

import pandas as pd

from tests.alerts.replay_frames import ONSET, replay

STABLE, STANDING = "1.4.0", "1.5.0-rc1"
SNAPSHOT, OTHER_MODEL, RULES = "gpt-4o-mini-2024-07-18", "claude-3-5-haiku-20241022", "rules-v1"
LINES = {"billing": (4, 2, 1), "appointment": (3, 2, 1), "refill": (2, 1, 1)}
"""Calls a minute per line on the moved model, the other model and the rules engine (test21-b's
14:13-14:25: the moved model about 55% of every line's calls)."""
LOOPS = {"billing": 2, "appointment": 2, "refill": 1}
"""Looping calls a minute on the moved model from the second minute after onset (test21-b: 27 of
billing's 40 calls on it, 16 of appointment's 23, 17 of refill's 21, none on the others)."""


def _frames(rows: list[tuple[int, str, str, str, str, int, int]]) -> dict[str, pd.DataFrame]:
    """The calls and intent_loops frames of (minute, workflow, build, prompt, model, active, looping)."""
    intents = pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", "prompt_version", "agent_model",
                                          "active", "looping"]).assign(intent="make_payment")  # fmt: skip
    calls = intents.groupby(["minute", "workflow", "agent_version"], as_index=False)[
        ["active", "looping"]
    ].sum()
    calls = calls.assign(ended=calls["active"], unanswered=0, left=calls["active"], stranded=0, handoffs=0,
                         unconnected=0)  # fmt: skip
    return {"calls": calls, "intent_loops": intents}


def _model_loop(looping: bool) -> dict[str, pd.DataFrame]:
    """Three lines, each on its main prompt (``<line>-v3``) on the stable build, a standing rc's calls
    on ``<line>-v4`` (one a minute), six hours with no loop; ``looping``: from onset the moved model's
    calls loop on every line (``LOOPS``), the other model's and the rules engine's do not."""
    rows = []
    for m in range(ONSET - 360, ONSET + 30):
        after = m - ONSET
        for line, (snapshot, other, rules) in LINES.items():
            loops = LOOPS[line] if looping and after >= 2 else 0
            rows += [(m, line, STABLE, f"{line}-v3", SNAPSHOT, snapshot, loops),
                     (m, line, STABLE, f"{line}-v3", OTHER_MODEL, other, 0),
                     (m, line, STABLE, f"{line}-v3", RULES, rules, 0),
                     (m, line, STANDING, f"{line}-v4", OTHER_MODEL, 1, 0)]  # fmt: skip
    return _frames(rows)


def test_a_loop_on_every_line_is_one_page_naming_the_model() -> None:
    """One loop page, with no workflow (nor build) label, saying which lines loop and that the loops
    are on the moved model, the others not, and to pin the alias back; no line's own loop page beside
    it, and no prompt named as an experiment. A day without the loop pages nothing."""
    pages = replay(_model_loop(looping=True), 0, 30)
    loops = [(minute, labels, summary) for minute, labels, summary in pages
             if labels["alertname"] == "CallpulseDetectorAgentLoop"]  # fmt: skip
    assert len(loops) == 1, pages
    minute, labels, summary = loops[0]
    assert "workflow" not in labels and "agent_version" not in labels
    assert minute <= 6
    assert f"the loops are on model {SNAPSHOT}" in summary and "pin the model alias back" in summary
    assert "3 of 3 lines" in summary and "prompt" not in summary
    assert replay(_model_loop(looping=False), 0, 30) == []


def _main_prompt_loop() -> dict[str, pd.DataFrame]:
    """Billing alone loops, on its main prompt (billing-v3, 4 calls a minute, 2 of them looping from the
    second minute) beside a second prompt on one call a minute that does not; the other lines normal."""
    rows = []
    for m in range(ONSET - 360, ONSET + 30):
        loops = 2 if m - ONSET >= 2 else 0
        rows += [(m, "billing", STABLE, "billing-v3", SNAPSHOT, 4, loops),
                 (m, "billing", STANDING, "billing-v4", SNAPSHOT, 1, 0),
                 (m, "refill", STABLE, "refill-v3", SNAPSHOT, 3, 0)]  # fmt: skip
    return _frames(rows)


def test_a_lines_loop_on_its_main_prompt_names_no_experiment() -> None:
    """Billing's loop pages as billing's, and names no prompt: billing-v3 carries most of the line's
    calls, so it is no experiment, and 0 loops in the other prompt's few calls are no evidence that
    it is the prompt (round 24: "the loops are on prompt billing-v3 ... end that prompt's experiment")."""
    pages = replay(_main_prompt_loop(), 0, 30)
    assert pages, "the loop did not page"
    minute, labels, _ = pages[0]
    assert labels["alertname"] == "CallpulseDetectorAgentLoop" and labels.get("workflow") == "billing"
    assert minute <= 6
    assert all("the loops are on prompt" not in s for _, _, s in pages)
