"""A loop's page names the prompt version its looping calls are on (issue 20, round 24).

A prompt experiment runs one arm's prompt on a share of a line's calls, on every build of the line, so
a loop it causes is neither a build's (the build judgements see it on the stable build and the rc
alike) nor the whole line's prompt. test20-b's prompt_experiment_billing_loop (billing-v20 on 35% of
billing's calls, re-asking its question whatever the caller says) paged as a loop "on make_payment on
1.4.0 ... roll the build back": a rollback that would not help. The line's page (the workflow label,
as the eval's scope asks) now says which prompt the loops are on when they concentrate on one arm and
the line's other prompts are normal: the change to undo is that experiment. Pure: frames in, findings
out.
"""

from __future__ import annotations

from dataclasses import replace

from alerts.detector.minutes import Table, per_group
from alerts.detector.signals import LOW_TRAFFIC_MINUTES, Finding
from alerts.detector.stats import binomial_tail

LOOP = "CallpulseDetectorAgentLoop"
MIN_LOOPS = 3
"""Looping calls on one prompt, over the last ``LOW_TRAFFIC_MINUTES``, before the page names it."""
OTHER_CALLS = 3
"""The line's other prompts' calls needed to say they loop less."""
OTHER_CHANCE = 0.01
"""Round 25: the other prompts' calls looping as rarely as they did, had they looped at the named
prompt's share (with one more call that did not loop), at most this chance. Round 24 named a prompt
when the others looped on at most half as many calls: test21-b's model loop named each line's main
prompt on 0 of 12 and 0 of 3 other calls (billing-v3, 5 of its 49: a 28% chance at its share). An
experiment is also a minority of the line's calls: a loop on the main prompt's calls is not one."""


def name_the_prompt(findings: list[Finding], intents: Table | None, now_minute: int) -> list[Finding]:
    """Each line's loop finding (a workflow, no build) with the prompt version its looping calls are
    on, when at least ``MIN_LOOPS`` of them are on one prompt, a minority of the line's calls, and the
    line's other prompts' calls loop far less (``OTHER_CHANCE``; ``intents``: the ``intent_loops``
    frame, per prompt version)."""
    if intents is None or not intents.size or not intents.has("prompt_version"):
        return findings
    out = []
    for f in findings:
        workflow = f.group.get("workflow", "")
        if f.signal.alertname != LOOP or not workflow or "agent_version" in f.group or f.note:
            out.append(f)
            continue
        keys = ("workflow", "prompt_version", *(("intent",) if "intent" in f.group else ()))
        start = now_minute - max(f.minutes, LOW_TRAFFIC_MINUTES)
        counts = {
            key[1]: (rows.since(start).total("looping"), rows.since(start).total("active"))
            for key, rows in per_group(intents, keys, ["looping", "active"], now_minute).items()
            if key[0] == workflow and (len(key) == 2 or key[2] == f.group["intent"])
        }
        note = _note(counts)
        out.append(replace(f, note=note) if note else f)
    return out


def _note(counts: dict[str, tuple[float, float]]) -> str:
    """What the page says of the prompts, from (looping, active) per prompt version; "" when the loops
    are on no one prompt or the line runs one prompt only."""
    if len(counts) < 2:
        return ""
    prompt = max(counts, key=lambda p: counts[p][0])
    loops, calls = counts[prompt]
    other_loops = sum(n for p, (n, _) in counts.items() if p != prompt)
    other_calls = sum(a for p, (_, a) in counts.items() if p != prompt)
    if loops < MIN_LOOPS or other_calls < OTHER_CALLS or calls >= other_calls:
        return ""
    share = min(loops / (calls + 1), 1.0)  # its share with a call that did not loop: doubt
    # P(the other prompts' calls loop as rarely as they did) had they looped at the prompt's share
    if binomial_tail(int(other_calls - other_loops), int(other_calls), 1.0 - share) > OTHER_CHANCE:
        return ""
    return (
        f"the loops are on prompt {prompt} ({loops:.0f} of its {calls:.0f} calls; the line's other "
        f"prompts {other_loops:.0f} of {other_calls:.0f}): end that prompt's experiment or roll it back"
    )
