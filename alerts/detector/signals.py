"""What the detector watches: one ``Signal`` per KPI, and the pure judgement of a window against its
baseline. Frames come from ``queries`` (one row per minute and group, counts not rates, so windows
pool exactly); nothing here does I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
import pandas as pd

from alerts.detector.minutes import Group, Minutes, Table, as_table, per_group
from alerts.detector.stats import (
    Baseline,
    cusum_high,
    deviation_score,
    dispersion,
    mean_baseline,
    mean_score,
    robust_baseline,
    surprise,
)

MINUTES_PER_WEEK = 7 * 24 * 60
ALL = "*"
"""``baseline_keys=(ALL,)``: a group without history is judged against every group's."""


@dataclass(frozen=True, slots=True)
class Signal:
    """A ratio ``numerator / denominator`` per group, judged over the last ``window_minutes`` (a
    binomial judgement: over each of the last 1 .. ``window_minutes``)."""

    alertname: str
    frame: str  # "kpi", "tools", "latency", "arrivals", "calls", "language", ... (see ``FRAMES``)
    keys: tuple[str, ...]
    numerator: str
    denominator: str
    direction: int  # +1: a rise is bad (failures); -1: a drop is bad (containment)
    window_minutes: int
    min_volume: int  # denominator over the window: three calls at night do not page
    min_effect: float  # the ratio must move at least this far from its baseline
    min_events: int = 0  # numerator over the window (e.g. at least 3 failures)
    is_rate: bool = True  # a share in [0, 1] (binomial noise applies); False for means
    floor: float = 0.02
    z: float = 4.0
    severity: str = "page"
    describe: str = ""
    baseline_keys: tuple[str, ...] = ()  # history to judge by when a group has none of its own
    # "window": the pooled window against the baseline (steps). "cusum": a CUSUM of per-minute
    # deviations over the window (slow drifts no window would flag); ``z`` is then its threshold in
    # sigma-minutes and ``slack`` the per-minute allowance (both in binomial standard errors).
    # "binomial": how surprising the window's count is if each trial failed at the baseline's
    # rate; ``z`` is then -log10 of the chance (6: one in a million). Exact for the few trials of a
    # tool in two minutes, where a normal approximation pages on chance.
    # "mean": like "window" for a mean (is_rate False), over every window of 1 .. ``window_minutes``,
    # and the mean must also be ``min_ratio`` times its baseline (a tool answering in 7.5 s instead of
    # 0.5 s). "poisson": arrivals per minute against the expected rate (see ``arrivals.py``).
    method: Literal["window", "cusum", "binomial", "mean", "poisson"] = "window"
    slack: float = 0.5
    min_ratio: float = 0.0
    symptom: bool = (
        False  # a symptom (TTFHW, containment, sentiment): a cause page on its workflow explains it
    )
    baseline_minutes: int = 120  # the trailing history a baseline may use (when last week is thin)
    canary_only: bool = False  # a build-wide judgement that pages only a canary's build (``is_canary``)
    pooled: bool = False  # the baseline is every earlier week's minutes read and the trailing hours
    scatter_minutes: int = 0  # a mean's spread read at this many minutes too (``stats.mean_baseline``)
    # The window must also hold ``min_calls`` distinct calls that show the problem, counted by the
    # frame's ``calls`` column (each call in one minute, so windows pool exactly): trials of one call
    # are not independent (a slow call's turns). A frame without the column is not held to it.
    calls: str = ""
    min_calls: int = 0


LOW_TRAFFIC_MINUTES = 15
"""Windows of causes that thin traffic must still page: at night a tool answers or a workflow gets a
call every few minutes, and a binomial judgement over every window of 1 .. 15 minutes finds the
evidence once it is there (at busy hours the shortest window gets there first)."""
THIN_TOOL_MINUTES = 60
"""The window of a thin tool's failures (``CallpulseDetectorToolFailures`` over the hour): a tool called
a score of times an hour shows four failed calls only over most of an hour."""


def _normally_never(
    alertname: str, frame: str, keys: tuple[str, ...], numerator: str, denominator: str, describe: str
) -> Signal:
    """A cause whose calls are normally none (a re-asked detail, a caller never heard): three of them in any
    window of 1 .. ``LOW_TRAFFIC_MINUTES``, 5 points over their share of the trailing six hours, at one in a
    million. One home for the judgement these signals share."""
    return Signal(alertname, frame, keys, numerator, denominator, +1, window_minutes=LOW_TRAFFIC_MINUTES,
                  min_volume=3, min_effect=0.05, min_events=3, method="binomial", z=6.0, baseline_minutes=360,
                  describe=describe)  # fmt: skip


_UNHEARD = (
    "callers are not heard: in {events} of {volume} calls that ended in the last {minutes} min no caller "
    "speech reached the platform and the agent prompted into silence (normally {baseline:.1%}); the "
    "callers' audio is lost (carrier media or the speech recognizer's stream)"
)

_SIGNALS: tuple[Signal, ...] = (
    # One error code of one tool: a code that is normally rare failing several calls at once. A
    # code that always fails some calls (not_found) needs far more to be news.
    Signal("CallpulseDetectorToolFailures", "tools", ("workflow", "tool", "error_code"), "failures", "calls",
           +1, window_minutes=2, min_volume=3, min_effect=0.25, min_events=3, method="binomial", z=6.0,
           describe="tool {tool} fails with {error_code} on {value:.0%} of calls (normally {baseline:.1%})"),
    # A version is judged against its own history; a new one (no history yet) against its workflow's.
    # Turns of one call share its latency, so they are not independent trials: the window method's
    # spread comes from the minute-to-minute scatter, which includes that. And the late turns must be
    # on three calls or more that turned slow in the window (``min_calls``; round 28): test24's
    # normal day (seed 5901) at 10:37, a canary's 13 refill turns of 3 minutes, 8 of them late where
    # 8% are usual (one in 10^5.9 as 13 trials), came from two slow calls and paged a regression.
    Signal("CallpulseDetectorTTFHWRegression", "kpi", ("workflow", "agent_version"), "within", "turns", -1,
           window_minutes=3, min_volume=12, min_effect=0.2, z=5.0, baseline_keys=("workflow",),
           calls="slow_calls", min_calls=3,
           describe="{value:.0%} of turns within budget on {agent_version} (normally {baseline:.0%})"),
    # Calls handed off over every window up to 10 min, an exact binomial tail at the usual share of
    # hand-offs (one in a million): a normal approximation at 4 sigma over a thin window paged chance
    # (a holiday's 18 calls of 10 minutes, 5 of them contained where 74% is usual: one in 16 000).
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "uncontained", "settled", +1,
           window_minutes=10, min_volume=15, min_effect=0.2, method="binomial", z=6.0,
           describe="{value:.0%} of calls not contained in the last {minutes} min (normally {baseline:.0%})"),
    # The same drop seen early: nearly every call of the last minutes left the agent, which the
    # usual share of hand-offs makes a one-in-100 000 chance.
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "uncontained", "settled", +1,
           window_minutes=4, min_volume=8, min_effect=0.4, min_events=8, method="binomial", z=5.0,
           describe="{value:.0%} of calls not contained in the last {minutes} min (normally {baseline:.0%})"),
    Signal("CallpulseDetectorSentimentDip", "kpi", ("workflow",), "sentiment_sum", "sentiment_n", -1,
           window_minutes=10, min_volume=15, min_effect=0.25, is_rate=False, floor=0.05,
           scatter_minutes=10,
           describe="mean caller sentiment change {value:+.2f} per call (normally {baseline:+.2f})"),
    # The same dip seen early: most callers of the last minutes left clearly angrier (sentiment
    # delta <= -0.25), which happens to about one call in twelve on a normal day.
    Signal("CallpulseDetectorSentimentDip", "kpi", ("workflow",), "sentiment_drops", "sentiment_n", +1,
           window_minutes=4, min_volume=6, min_effect=0.4, min_events=6, method="binomial", z=6.0,
           describe="{value:.0%} of callers left clearly angrier in the last {minutes} min "
                    "(normally {baseline:.0%})"),
    # Calls handed to a person for one reason (the hand-off's trigger) against that trigger's own
    # history: a prompt change that hands callers off at their first request moves one trigger's share
    # from a few percent to half of the calls, news in minutes, while the containment share, which
    # every other hand-off, failure and hang-up also moves, took 21 min to drift (test4-a billing).
    Signal("CallpulseDetectorContainmentDrop", "handoffs", ("workflow", "trigger"), "handed", "settled", +1,
           window_minutes=10, min_volume=8, min_effect=0.2, min_events=5, method="binomial", z=6.0,
           baseline_minutes=360,
           describe="{value:.0%} of calls handed to a person ({trigger}) in the last {minutes} min "
                    "(normally {baseline:.0%}): containment is dropping"),
    # Slow drifts: the same alert names (one incident, one page, whichever judgement sees it first).
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "contained", "settled", -1,
           window_minutes=60, min_volume=60, min_effect=0.1, method="cusum", z=10.0, slack=0.5,
           describe="containment drifting down: {value:.0%} over the last hour (normally {baseline:.0%})"),
    Signal("CallpulseDetectorTTFHWRegression", "kpi", ("workflow", "agent_version"), "within", "turns", -1,
           window_minutes=60, min_volume=200, min_effect=0.08, method="cusum", z=10.0, slack=0.5,
           baseline_keys=("workflow",),
           describe="turns within budget drifting down on {agent_version}: {value:.0%} over the last hour "
                    "(normally {baseline:.0%})"),
    # Causes (issue 20). The agent stopped answering: calls that ended with the caller's last words
    # unanswered past the dead-air limit (normally about none), per version.
    Signal("CallpulseDetectorDeadAir", "calls", ("workflow",), "unanswered", "ended", +1,
           window_minutes=4, min_volume=3, min_effect=0.25, min_events=3, method="binomial", z=6.0,
           describe="the agent stopped answering: {events} of {volume} calls in the "
                    "last {minutes} min ended with the caller unanswered after a silence "
                    "(normally {baseline:.1%})"),
    # The same seen in every such call: a caller's words got no response past the dead-air limit and
    # the agent never answered again (callers who ask "are you there?" hang up soon after; see
    # ``queries.calls_frame``). Normally almost none: three such calls in a few minutes are news.
    Signal("CallpulseDetectorDeadAir", "calls", ("workflow",), "stranded", "left", +1,
           window_minutes=4, min_volume=3, min_effect=0.2, min_events=3, method="binomial", z=6.0,
           describe="the agent stopped answering: in {events} of {volume} calls that ended in the last "
                    "{minutes} min a caller's words got no reply past the dead-air limit and the agent "
                    "never spoke again (normally {baseline:.1%})"),
    # Dead air after a hand-off: the agent said its hand-off line and asked for a person, and the
    # transfer never started; the caller is left in silence and hangs up. Normally none of the hand-offs:
    # three in a quarter hour are a cause (the webhook or the <Dial>/<Enqueue> after the session ends).
    Signal("CallpulseDetectorDeadAir", "calls", ("workflow",), "unconnected", "handoffs", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.5, min_events=3, method="binomial",
           z=6.0,
           describe="hand-offs do not connect: in {events} of {volume} calls handed to a person in the last "
                    "{minutes} min the transfer never started and the caller hung up in silence after the "
                    "agent's hand-off line (normally {baseline:.1%})"),
    # Dead air that the agent ends eventually: callers of most calls wait over 3 s in silence.
    Signal("CallpulseDetectorDeadAir", "dead_air", ("workflow",), "silent", "calls", +1,
           window_minutes=4, min_volume=10, min_effect=0.35, min_events=8, method="binomial", z=8.0,
           describe="dead air: callers waited over 3 s in silence in {value:.0%} of calls "
                    "in the last {minutes} min (normally {baseline:.0%})"),
    # One tool slower than its own history, still succeeding: most of its answers of the last 1-3 min
    # are slow (``queries.slow_limit_ms``: 3x its median and 1 s more), which its occasional timeouts
    # make a one-in-a-million chance at most.
    # Its baseline reads six trailing hours: at night a tool answers a few times an hour, and the
    # share of slow answers in two hours of them (about 25) cannot make 3 slow of 3 news.
    Signal("CallpulseDetectorSlowTool", "latency", ("workflow", "tool"), "slow", "results", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.5, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360,
           describe="{tool} answers in {mean_s:.1f} s, normally {normal_s:.1f} s ({events} of "
                    "{volume} answers in the last {minutes} min slow)"),
    # Calls ended by a failure of the agent, the tap or the platform (agent_failed), per agent version
    # across workflows: a canary that crashes has its own group from its first call; a build with no
    # history is judged against every build's.
    Signal("CallpulseDetectorAgentFailures", "kpi", ("agent_version",), "failed", "settled", +1,
           window_minutes=5, min_volume=3, min_effect=0.25, min_events=3, method="binomial", z=6.0,
           baseline_keys=(ALL,),
           describe="calls on agent {agent_version} are failing: {events} of {volume} calls in the last "
                    "{minutes} min ended by an agent, tap or platform failure (normally {baseline:.1%})"),
    # The same per workflow: one workflow's agent unreachable (a routing or credential change of its
    # line), which the other workflows' calls dilute in the per-version share. Its baseline reads six
    # trailing hours, as a slow tool's: at night a workflow ends a call every two or three minutes, and
    # two hours of them (about 50, none failed) make 3 failed of 4 a one-in-250 000 chance, so it
    # waited for a fourth (test-c, billing unreachable at 05:30: 540 s).
    Signal("CallpulseDetectorAgentFailures", "kpi", ("workflow",), "failed", "settled", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360,
           describe="calls are failing: {events} of {volume} calls in the last {minutes} min ended by an "
                    "agent, tap or platform failure (normally {baseline:.1%})"),
    # The same when nearly every call of a thin workflow fails (a night deploy that breaks the line):
    # judged against the workflow's share of failed calls over its last week (``failures`` frame; a
    # call fails as often at night as at noon, so the week's calls are the night's evidence too),
    # unless the same hour of earlier weeks holds enough calls of its own. An exact binomial tail: at
    # the week's 0 failed of about 1500 calls (half a failure of doubt: 0.03%) two failed calls of two
    # are a one-in-ten-million chance, one failed call one in 3 000 (never a page: two are the bar).
    # At the 6-hour baseline above, refill's 40-odd night calls made 3 of 3 a one-in-500 000 chance
    # and the page waited for a fourth failed call (test14-a's night_refill_deploy: 1320 s).
    Signal("CallpulseDetectorAgentFailures", "failures", ("workflow",), "failed", "settled", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=2, min_effect=0.5, min_events=2, method="binomial",
           z=6.0, baseline_minutes=MINUTES_PER_WEEK,
           describe="calls are failing: {events} of {volume} calls in the last {minutes} min ended by an "
                    "agent, tap or platform failure (normally {baseline:.2%})"),
    # The same across every line at once (no labels): a platform or build fault that fails calls on
    # several workflows in the same minutes (test15-a's night_scale_in_drop: a gateway scaling in cut
    # 60% of every line's live calls; test13-a's night_cert_half). Judged against every line's failed
    # share over the last week, as above; ``across_lines`` pages it only when the failed calls span
    # several workflows (then it holds back their own pages) and says how many lines fail, and which
    # build when the failures are one build's (its ``scope``: "are failing on 3 of 3 lines (...)",
    # "on agent 1.4.0 are failing on ...").
    Signal("CallpulseDetectorAgentFailures", "failures", (), "failed", "settled", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0, baseline_minutes=MINUTES_PER_WEEK,
           describe="calls {scope}: {events} of {volume} calls in the last {minutes} min "
                    "ended by an agent, tap or platform failure (normally {baseline:.2%})"),
    # Hand-offs the platform fails: the agent said its hand-off line, then the transfer leg was rejected
    # or rang into nothing and the call ended failed (round 27: test23-a 16:19, billing's queue rejecting
    # transfers after its border controller's certificate was renewed, paged at 420 s as calls failing
    # among all of billing's calls, 4 of 10 in 2 min). Normally none: no handed-off call ended failed
    # on the 36 kept days of test20-23 (every normal, last-week, benign and incident day) outside it.
    # After the other AgentFailures signals: a test or a tie reads theirs first.
    Signal("CallpulseDetectorAgentFailures", "calls", ("workflow",), "handoff_failed", "handoffs", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0,
           describe="hand-offs fail: in {events} of {volume} calls handed to a person in the last {minutes} "
                    "min the transfer failed and the caller was dropped after the agent's hand-off line "
                    "(normally {baseline:.1%}): check the transfer target (the queue's SIP endpoint, its "
                    "certificate)"),
    # Every workflow's calls left unanswered on one build (a dead API key, a hung model client): at
    # night a workflow gets a call every few minutes, so the build's calls together are the evidence.
    # Most calls, not a share: one workflow's dead air at a busy hour stays the workflow's page.
    # A build with no history (a canary shipped this morning) is judged against every build's, as for
    # AgentFailures: without it a new build's dead air could only page per workflow (test5-a 10:55,
    # 1.9.0-rc1: its 4 calls of 3 minutes all unanswered, paged as billing's dead air at 300 s).
    Signal("CallpulseDetectorDeadAir", "calls", ("agent_version",), "unanswered", "ended", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.5, min_events=3, method="binomial",
           z=6.0, baseline_keys=(ALL,),
           describe="the agent stopped answering on {agent_version}: {events} of {volume} calls in the "
                    "last {minutes} min ended with the caller unanswered after a silence "
                    "(normally {baseline:.1%})"),
    # The same seen in every such call (``stranded``, as per workflow above), per build across every
    # line: a canary that goes silent after the caller's second words strands its callers on every
    # line, a call or so a minute in all, which no one line shows for minutes (test16-a's
    # canary_framework_dead_air: 1.16.0-rc1's first 3 calls, on two lines, all stranded 60 s after
    # onset; paged as refill's dead air at 300 s, and ``unanswered`` misses callers who hang up after
    # "are you there?"). ``across_lines`` pages it only when the build's stranded calls span several
    # lines, named by the build when the other builds' calls there are not stranded, else every line
    # (``scope``); one line's dead air stays that line's page.
    Signal("CallpulseDetectorDeadAir", "calls", ("agent_version",), "stranded", "left", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.5, min_events=3, method="binomial",
           z=6.0, baseline_keys=(ALL,),
           describe="the agent stopped answering {scope}: in {events} of {volume} calls that ended in the "
                    "last {minutes} min a caller's words got no reply past the dead-air limit and the agent "
                    "never spoke again (normally {baseline:.1%})"),
    # Text-to-speech stalled: the agent's replies go out as text on time but no speech plays (no
    # ``agentSpeaking`` within 3 s), which only calls with speaker events show. Normally about none,
    # so three such calls over any window up to 15 minutes (a thin night workflow) are the evidence.
    # Its baseline pools every earlier week's minutes the frame reads with today's six trailing hours
    # (``pooled``, round 23): a stall is no hour's habit, and one day's span of the smallest line at
    # dawn held about 130 call-minutes with replies, so half a stall of doubt (0.4%) made 3 stalled of
    # 26 a one-in-8 000 chance (test19-a's early_tts_stall_refill: paged at the seventh stalled minute,
    # 07:28, 2,460 s; pooled, 0 of about 530: 5.7 at 07:14, paged at 07:26).
    Signal("CallpulseDetectorDeadAir", "tts", ("workflow",), "unplayed", "replies", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.1, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360, pooled=True,
           describe="the agent's replies are not playing: in {events} of {volume} calls of the last "
                    "{minutes} min a reply went out as text and no speech started within 3 s "
                    "(normally {baseline:.1%}); callers hear silence"),
    # One tool failing a share of its calls, whatever the error code (a backend's 5xx, timeouts that
    # come and go), against its own history over any window up to 15 minutes: 20% of one tool's calls
    # failing where 1% do is no single code's news in two minutes, and is a binomial certainty in a few.
    # Three failed calls are the bar, as for one code: a fourth added minutes when failures are a
    # third of a tool's calls (test11-a's submit_502: 3 of 11 in 6 min at 12:05, paged at 12:08, 600 s).
    # Its baseline pools every earlier week's minutes the frame reads with today's six trailing hours
    # (``pooled``): a lookup called about once a minute had 28 minutes with calls in last week's span,
    # under the season's 30, so it was judged on today's 102 calls alone; never failing, at half a
    # failure of doubt (0.5%), 3 failed of 5 scored 5.9 and it needed a fourth (test18-b's
    # caller_id_rate_limited: paged at 11:24, 420 s). Over the 288 calls of both, 3 of 5 is one in 10^7.
    Signal("CallpulseDetectorToolFailures", "tool_calls", ("workflow", "tool"), "failed", "calls", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=5, min_effect=0.1, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360, pooled=True,
           describe="tool {tool} fails on {value:.0%} of calls: {events} of {volume} in the last {minutes} "
                    "min (normally {baseline:.1%})"),
    # The same over the last hour, for a thin tool that does not fail: a lookup a line calls a score of
    # times an hour, past its deadline on a third of them, times out on four or five calls an hour, never
    # three in a quarter hour (test17-b's refill_status_past_deadline: get_refill_status answering in
    # 2.5-7.5 s against a 5 s deadline, 5 timeouts among 8 affected calls in 45 min, missed). Four failed
    # calls of the hour, a fifth of its calls or more above a share that has been about none (the baseline
    # with half a failure of doubt), one chance in a million: one timeout on a busy line, or a busy tool's
    # usual few failures an hour, stay under the share or the bar.
    Signal("CallpulseDetectorToolFailures", "tool_calls", ("workflow", "tool"), "failed", "calls", +1,
           window_minutes=THIN_TOOL_MINUTES, min_volume=5, min_effect=0.2, min_events=4, method="binomial",
           z=6.0, baseline_minutes=360, pooled=True,
           describe="tool {tool} fails on {value:.0%} of calls: {events} of {volume} in the last {minutes} "
                    "min (normally {baseline:.1%})"),
    # Speech recognition returning empty or garbled final transcripts. Normally about none, so five
    # points over normal is the bar: a garbled transcript that keeps one real word ("uh the balance
    # for") does not read as fragments, and half of a line's turns misheard showed as 10-17% of its
    # utterances (test3-b appointment); at a 20-point bar the loops of "sorry, I didn't catch that"
    # paged first (240 s) and the recognizer only later. Three bad transcripts, not five (round 23):
    # at a recognizer's usual none, 3 of 23 in two minutes is already one in two million (test19-b's
    # stt_model_migration_garbled at 08:43, 300 s; five waited to 08:44, 360 s).
    Signal("CallpulseDetectorASR", "asr", ("workflow", "problem"), "bad", "utterances", +1,
           window_minutes=4, min_volume=8, min_effect=0.05, min_events=3, method="binomial", z=6.0,
           describe="speech recognition returns {problem} transcripts: {events} of {volume} caller "
                    "utterances in the last {minutes} min (normally {baseline:.1%})"),
    # The same at night (round 30): a line's few utterances there never make eight in four minutes, so
    # the window above waits for a busy minute. test25-b's billing_stt_night_model_push (03:41, an
    # utterance every minute or two): 2 of 3 garbled at 03:44, 3 of 5 over 03:44-03:49, paged only at
    # 03:52 on 3 of 9 in three minutes (660 s). Any window up to ``LOW_TRAFFIC_MINUTES``, three bad
    # transcripts, a fifth of the utterances or more (a busy hour's one caller on a noisy line stays far
    # under it), at one in a million: 3 of 5 is that where the usual share is about none.
    Signal("CallpulseDetectorASR", "asr", ("workflow", "problem"), "bad", "utterances", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.2, min_events=3, method="binomial",
           z=6.0, describe="speech recognition returns {problem} transcripts: {events} of {volume} caller "
                           "utterances in the last {minutes} min (normally {baseline:.1%})"),
    # The same per build across workflows, paging only a canary (a build on under half of the calls):
    # a canary's speech settings garble its callers' words on every line, and per workflow the other
    # builds' calls dilute them (test9-b's canary_asr_garbled: 1.10.0-rc2's garbled transcripts paged as
    # billing's ASR at 1860 s). A build with no history is judged against every build's. A build that
    # carries most calls stays the workflow's page (the workflow names where to look).
    # Three bad transcripts, as per workflow (round 24): at five, test20-b's canary_audio_format_garbled
    # (1.20.0-rc1, a tenth of the calls, every line) had 4 garbled of 17 of the build's utterances at
    # 16:27, when appointment's 3 of 38 paged per workflow, then refill's and billing's: three pages,
    # none naming the build. At three the build's page comes in the same tick and wins it
    # (``Detector._one_scope``); while it is open, a line's garbled speech mostly on that build is it.
    Signal("CallpulseDetectorASR", "asr", ("agent_version", "problem"), "bad", "utterances", +1,
           window_minutes=4, min_volume=8, min_effect=0.05, min_events=3, method="binomial", z=6.0,
           baseline_keys=("problem",), canary_only=True,
           describe="speech recognition on build {agent_version} returns {problem} transcripts: {events} "
                    "of {volume} caller utterances on that build in the last {minutes} min (normally "
                    "{baseline:.1%}); other builds normal: halt the canary / roll {agent_version} back"),
    # Callers not heard at all: calls that connected, the agent greeted and prompted again into the
    # silence, and no caller word ever arrived (a carrier's one-way media outage; ``queries.unheard_frame``).
    # Normally none, so three such calls over any window up to 15 minutes are the cause, per workflow
    # and across every workflow (an outage by area code thins every line alike).
    _normally_never("CallpulseDetectorASR", "unheard", ("workflow", "problem"), "unheard", "ended", _UNHEARD),
    _normally_never("CallpulseDetectorASR", "unheard", ("problem",), "unheard", "ended", _UNHEARD),
    # Calls stop arriving (a routing mistake): far fewer than this time last week and the last hour.
    # Read 810 minutes back: today's curve over twelve hours before the windows is fitted to last week's
    # an hour either side (``arrivals.day_shift``: a daylight-saving day's shift is read from it).
    Signal("CallpulseDetectorTrafficStopped", "arrivals", ("workflow",), "arrivals", "arrivals", -1,
           window_minutes=20, min_volume=0, min_effect=0.0, method="poisson", z=6.0, baseline_minutes=810,
           describe="{events} calls arrived in the last {minutes} min, {expected:.0f} expected at this hour "
                    "(the same time last week and the last hour): calls are not getting through"),
    # The agent asks the same question again and again: calls where one question was asked 3+ times.
    # Over every window up to 15 minutes: a workflow with a call or two a minute shows a loop only at
    # each call's third asking, and 3 looping calls take longer than 4 minutes to end there.
    Signal("CallpulseDetectorAgentLoop", "calls", ("workflow",), "looping", "active", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0,
           describe="the agent is looping: in {events} of {volume} calls of the last {minutes} min it asked "
                    "the same question 3 times or more (normally {baseline:.1%})"),
    # The same per agent version across workflows: a prompt or build shipped on the canary share loops
    # on a tenth of every workflow's calls, too few on any one line to be news for many minutes
    # (test3-a: 1080 s, paged as billing's loop), and the build's calls together are the evidence. A
    # build with no history is judged against every build's; as for AgentFailures, a canary's page is
    # named by its build, a build's loop on one workflow by that workflow (``Detector._one_scope``).
    Signal("CallpulseDetectorAgentLoop", "calls", ("agent_version",), "looping", "active", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0, baseline_keys=(ALL,),
           describe="the agent is looping on {agent_version}: in {events} of {volume} calls of the last "
                    "{minutes} min it asked the same question 3 times or more (normally {baseline:.1%})"),
    # The same per workflow and task (the call's first intent that is not a request for a person): a
    # prompt change to one branch loops only the calls of that intent, an eighth of the workflow's, and
    # the workflow's share moves too little for its 25-point bar (test6-b 10:50, billing's balance
    # questions: missed). The intent's own history loops on about none of its calls. Its baseline
    # pools every earlier week's minutes the frame reads with today's six trailing hours (``pooled``,
    # round 23): a thin intent has a few score calls in six hours (test19-b's dispute_charge on
    # billing: 65, none looping; at half a loop of doubt its 3 looping calls of 4 scored 5.8, and the
    # case, 2 then 3 looping calls, was missed); with last week's, 3 of 4 score 6.9 (13:10).
    Signal("CallpulseDetectorAgentLoop", "intent_loops", ("workflow", "intent"), "looping", "active", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360, pooled=True,
           describe="the agent is looping on {intent}: in {events} of {volume} {intent} calls of the last "
                    "{minutes} min it asked the same question 3 times or more (normally {baseline:.1%})"),
    # The same per build and task, paging only a canary: a canary build whose only fault is one branch
    # loops on that intent's calls of the canary share, a tenth of a tenth of the traffic, which neither
    # the build's share (its other intents are healthy) nor the intent's (the stable build is) moves
    # (test12-b's canary_intent_loop: 1.11.0-rc1 on appointment's schedule_appointment, 14 loops in an
    # hour: missed). A build with no history is judged against the intent's on every build.
    Signal("CallpulseDetectorAgentLoop", "intent_loops", ("agent_version", "intent"), "looping", "active", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=3, min_effect=0.25, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360, baseline_keys=("intent",), canary_only=True,
           describe="the agent is looping on {intent} on {agent_version}: in {events} of {volume} {intent} "
                    "calls of the last {minutes} min on that build it asked the same question 3 times or "
                    "more (normally {baseline:.1%}); roll the build back"),
    # The agent asks again for what it has just verified: calls whose caller was verified twice or more
    # (``queries.reverify_frame``), a loop no question asked three times shows. Normally none.
    _normally_never("CallpulseDetectorAgentLoop", "reverify", ("workflow",), "reverified", "active",
                    "the agent is looping on verification: in {events} of {volume} calls of the last "
                    "{minutes} min it verified the caller and asked for the same details again "
                    "(normally {baseline:.1%})"),
    # The agent asks again for the detail it has just verified (``reasked.reasked_frame``): counted at
    # the re-asking, by the detail asked, so the callers who then ask for a person count too (round 26:
    # test22-b's refill date of birth, paged at 360 s as a containment drop). Normally none: a question
    # asked again because speech recognition missed the answer comes before the verification.
    _normally_never("CallpulseDetectorAgentLoop", "reasked", ("workflow", "question"), "reasked", "verified",
                    "the agent is looping on the {question}: in {events} of {volume} calls verified in the "
                    "last {minutes} min it asked for the {question} again right after the caller answered "
                    "it (normally {baseline:.1%}): callers repeat it or ask for a person; roll back the "
                    "prompt's last change to its verification step"),
    # The LLM answers in another language than the caller's (a model update, a prompt that lost its
    # language pin): calls with a reply in another language, per model across workflows (normally about
    # none: a date read out alone). A third of one model's calls answered in Spanish moved each line's
    # hand-offs too little to page in half an hour (test5-b 09:55: missed); the replies themselves are
    # the evidence. A model with no history is judged against every model's.
    Signal("CallpulseDetectorWrongLanguage", "language", ("agent_model",), "foreign", "replied", +1,
           window_minutes=LOW_TRAFFIC_MINUTES, min_volume=5, min_effect=0.05, min_events=3, method="binomial",
           z=6.0, baseline_minutes=360, baseline_keys=(ALL,),
           describe="{agent_model} answers in another language: in {events} of {volume} calls of the last "
                    "{minutes} min a reply was not in the caller's language (normally {baseline:.1%}); "
                    "callers ask for a person or hang up"),
)  # fmt: skip
SYMPTOMS = frozenset({"CallpulseDetectorTTFHWRegression", "CallpulseDetectorContainmentDrop",
                      "CallpulseDetectorSentimentDip"})  # fmt: skip
"""Alerts that say how callers fare, not why: a cause page on the same workflow explains them."""
SIGNALS = tuple(replace(s, symptom=s.alertname in SYMPTOMS) for s in _SIGNALS)
DRIFT_BASELINE_MINUTES = 120
"""A drift signal's baseline ends where its window starts: the detector reads window + this."""
HOLD_MINUTES = 5
LATENCY = ("results", "latency_ms", "normal_ms")  # latency frames: summed along for a tool's mean
"""An open incident stays firing while its last this-many minutes are still half as bad."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One group of one signal out of its normal range at ``minute`` (epoch minutes), judged over
    the last ``minutes``. ``held``: not a new finding, an open incident that is not over yet."""

    signal: Signal
    group: dict[str, str]
    value: float
    baseline: float
    score: float
    volume: int
    minute: int
    minutes: int
    held: bool = False
    events: int = 0  # the numerator over the window (calls that show it); arrivals for "poisson"
    expected: float = 0.0  # "poisson": the arrivals expected over the window
    mean_ms: float = 0.0  # latency frames: the window's mean latency and the tool's median
    normal_ms: float = 0.0
    scope: str = ""  # a finding across lines: which build, how many lines fail (``across_lines``)
    note: str = ""  # what the page adds of where the fault is (a loop's prompt version: ``prompts``)

    @property
    def effect(self) -> float:
        """How far from normal, in the bad direction (compared to decide whether an episode got worse)."""
        if self.signal.method == "poisson":
            return self.expected - self.events
        return (self.value - self.baseline) * self.signal.direction

    @property
    def summary(self) -> str:
        text = self.signal.describe.format(
            value=self.value, baseline=self.baseline, minutes=self.minutes, events=self.events,
            volume=self.volume, expected=self.expected, value_s=self.value / 1000,
            baseline_s=self.baseline / 1000, mean_s=self.mean_ms / 1000, normal_s=self.normal_ms / 1000,
            scope=self.scope,
            **self.group,
        )  # fmt: skip
        workflow = self.group.get("workflow", "")
        if not workflow and not self.group:  # judged across every workflow at once (arrivals)
            workflow = "every workflow"
        text = f"{text}; {self.note}" if self.note else text
        return f"{workflow}: {text}" if workflow else text


def judge(
    signal: Signal,
    frame: pd.DataFrame | Table,
    now_minute: int,
    baseline_minutes: int | None = None,
    open_since: Mapping[Group, int] | None = None,
    excluded: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> list[Finding]:
    """Groups of ``signal`` whose last window is abnormal. ``frame`` has a ``minute`` column (epoch
    minutes), the signal's keys, numerator and denominator; minutes at or after ``now_minute`` are
    ignored (not complete yet).

    ``open_since``: groups with an open incident of this signal's alert, and the minute it opened.
    Their minutes since then are not "normal" (the baseline leaves them out), and such a group is
    reported as ``held`` while its last ``HOLD_MINUTES`` are still at least half as bad: a tool that
    thin traffic reaches once a minute must not resolve between two calls and page again.

    ``excluded``: per workflow ("" for every workflow), minute ranges ``[first, last]`` of open or
    recent incidents: left out of every baseline, so an incident does not become normal.

    ``frame`` may come as a ``Table`` (the detector converts each frame once per tick).
    """
    table = as_table(frame)
    if not table.size or not all(table.has(c) for c in (signal.numerator, signal.denominator, *signal.keys)):
        return []  # no rows, or a frame written without this signal's columns: nothing to judge
    baseline_minutes = baseline_minutes or signal.baseline_minutes
    if signal.method == "poisson":
        from alerts.detector.arrivals import judge_arrivals

        return judge_arrivals(signal, table, now_minute, open_since or {}, excluded or {})
    open_since = open_since or {}
    start = now_minute - signal.window_minutes
    columns = [signal.numerator, signal.denominator]
    findings: list[Finding] = []
    wider: dict[Group, Minutes] | None = None  # the baseline keys' groups, split when first needed
    summed = [*columns, *LATENCY, signal.calls]
    for group_key, rows in per_group(table, signal.keys, summed, now_minute).items():
        group = dict(zip(signal.keys, group_key, strict=True))
        opened = open_since.get(group_key)
        if opened is None and not _enough(signal, rows.since(start)):
            continue  # not even the longest window holds enough: no baseline needed
        skip = _ranges_of(excluded, group.get("workflow", ""))
        baseline = _baseline(signal, usable(rows, opened, skip), start, baseline_minutes)
        thin_own = baseline is not None and signal.method == "binomial"
        if (baseline is None or thin_own) and signal.baseline_keys:  # a new agent version: its workflow's
            keys = () if signal.baseline_keys == (ALL,) else signal.baseline_keys  # history
            if wider is None:
                wider = per_group(table, keys, columns, now_minute)
            history = wider.get(tuple(group[k] for k in keys))
            if history is not None:
                broad = _baseline(signal, usable(history, opened, skip), start, baseline_minutes)
                baseline = broad if baseline is None else _not_better_than(baseline, broad)
        if baseline is None:
            continue
        finding = _judge_windows(signal, rows, now_minute, baseline, group)
        if finding is None and opened is not None:  # an open drift holds too: a rise that is still
            finding = _held(signal, rows, now_minute, baseline, group)  # on must not resolve and re-open
        if finding is not None:
            findings.append(finding)
    return findings


def _not_better_than(own: Baseline, broad: Baseline | None) -> Baseline:
    """A group's own share, or the wider history's when that is higher: a build's hundred-odd calls
    of the same hour last week without a loop do not show it loops less than the fleet does. Judged at
    its own 0 of 135 (half a loop of doubt: 0.4%), a canary's 3 looping calls of 6 in 4 minutes were
    a one-in-a-million chance and paged on a normal day (seed 8161, 13:05, 1.5.0-rc1, two refill
    callers at 12:59 and one appointment caller: 12 of the build's 1749 calls loop that day, 0.7%)."""
    if broad is None or broad.trials <= 0 or own.trials <= 0:
        return own
    if broad.events / broad.trials <= (own.events + 0.5) / (own.trials + 1):
        return own
    return broad


def _enough(signal: Signal, window: Minutes) -> bool:
    volume = int(window.total(signal.denominator))
    events = int(window.total(signal.numerator)) if signal.is_rate else volume
    calls = window.total(signal.calls) if signal.calls in window.columns else signal.min_calls
    return volume >= signal.min_volume and events >= signal.min_events and calls >= signal.min_calls


def _ranges_of(
    excluded: Mapping[str, Sequence[tuple[int, int]]] | None, workflow: str
) -> list[tuple[int, int]]:
    if not excluded:
        return []
    return [*excluded.get("", ()), *(excluded.get(workflow, ()) if workflow else ())]


def usable(rows: Minutes, opened: int | None, excluded: Sequence[tuple[int, int]] = ()) -> Minutes:
    """Rows a baseline may use: before the group's own open incident, outside every excluded range."""
    minutes = rows.minute
    keep = minutes < opened if opened is not None else np.ones(len(minutes), dtype=bool)
    for first, last in excluded:
        keep &= (minutes < first) | (minutes > last)
    return rows.where(keep)


def _judge_windows(
    signal: Signal, rows: Minutes, now_minute: int, baseline: Baseline, group: dict[str, str]
) -> Finding | None:
    """The most surprising of the signal's windows that passes its volume, effect and score bars.
    A binomial judgement looks at every window of 1 .. ``window_minutes`` (an incident shows in the
    shortest window that holds enough of it); the others at ``window_minutes``."""
    every = signal.method in ("binomial", "mean")
    lengths = range(1, signal.window_minutes + 1) if every else (signal.window_minutes,)
    best: Finding | None = None
    for minutes in lengths:
        window = rows.since(now_minute - minutes)
        if not _enough(signal, window):
            continue
        volume = int(window.total(signal.denominator))
        events = int(window.total(signal.numerator)) if signal.is_rate else volume
        value = window.total(signal.numerator) / volume
        effect = (value - baseline.median) * signal.direction
        if signal.method == "cusum":
            score = _cusum(signal, window, baseline) if _still(signal, window, now_minute, baseline) else 0.0
        elif signal.method == "binomial":  # the baseline's share, with half a failure of doubt
            score = surprise(events, volume, (baseline.events + 0.5) / (baseline.trials + 1))
        elif not signal.is_rate:  # a mean over calls: in standard errors of a mean of that many calls
            score = signal.direction * mean_score(value, volume, baseline, signal.floor)
        else:
            score = signal.direction * deviation_score(
                value,
                baseline,
                volume=volume,
                window_minutes=_minutes_of_calls(minutes, volume, baseline),
                floor=signal.floor,
            )
            score = min(score, _exact_tail(signal, events, volume, baseline))
        mean_ms, normal_ms = _latency(window)
        ratio_ok = signal.min_ratio <= 0 or value >= signal.min_ratio * baseline.median
        if (
            effect >= signal.min_effect
            and ratio_ok
            and score >= signal.z
            and (best is None or score > best.score)
        ):
            best = Finding(signal, group, value, baseline.median, score, volume, now_minute, minutes,
                           events=events, mean_ms=mean_ms, normal_ms=normal_ms)  # fmt: skip
    return best


def _exact_tail(signal: Signal, events: int, volume: int, baseline: Baseline) -> float:
    """The binomial tail of the window's share in the signal's direction (one in 10^score), over the
    trials its turns are worth (their number over the baseline's dispersion). A share near 1 (88% of
    turns within budget) has a long lower tail that the normal approximation cuts short: on seed 9201's
    normal day at 13:48 billing's 41 of 61 turns within budget (20 late, 11.8% usual) scored 5.01 by
    the normal approximation and paged a TTFHW regression; the exact tail is one in 75 000 (4.9)."""
    p = min(max(baseline.median, 0.0), 1.0)
    bad, p_bad = (events, p) if signal.direction > 0 else (volume - events, 1.0 - p)
    scale = max(baseline.dispersion, 1.0)
    return surprise(round(bad / scale), max(round(volume / scale), 1), p_bad)


def _minutes_of_calls(minutes: int, volume: int, baseline: Baseline) -> float:
    """A share's window in baseline minutes: the baseline's per-minute scatter is that of its usual
    trials a minute, so a window of fewer trials (the evening's thinner traffic, a version's few
    calls) is worth fewer minutes of evidence. Never more than its length (a busier window is not
    trusted more). Turns of one call are slow together, so a thin window's few calls scatter far more
    than its minutes of the baseline's busy ones: judged as three whole minutes, refill's five calls
    (23 turns, 61% within budget; 92% normal) scored 5.0 and 5.7 and paged a TTFHW regression on a
    normal afternoon (test2-a 20:55, test2-c 13:18)."""
    if baseline.trials <= 0 or baseline.points <= 0:
        return minutes
    return max(min(minutes, volume * baseline.points / baseline.trials), 1.0)


def _latency(window: Minutes) -> tuple[float, float]:
    """(mean latency of the window's answers, the tool's median) for latency frames; else zeros."""
    if "latency_ms" not in window.columns or not len(window):
        return 0.0, 0.0
    results = window.total("results")
    return window.total("latency_ms") / max(results, 1.0), float(window["normal_ms"][-1])


def _held(
    signal: Signal, rows: Minutes, now_minute: int, baseline: Baseline, group: dict[str, str]
) -> Finding | None:
    """An open incident's group, still at least half as bad over the last ``HOLD_MINUTES``, or, when
    they hold no trial (a thin evening workflow without a call for minutes: no evidence either way),
    over the last ``3 * HOLD_MINUTES``; with no trial in those either it may resolve. (A slow rise's
    TTFHW page on refill resolved in 5 minutes without a call and re-opened as dead air.)"""
    recent = _recent(signal, rows, now_minute, baseline)
    if recent is None:
        recent = _recent(signal, rows, now_minute, baseline, 3 * HOLD_MINUTES)
    if recent is None or recent[0] < signal.min_effect / 2:
        return _not_clean(signal, rows, now_minute, baseline, group)
    _, value, volume = recent
    return Finding(signal, group, value, baseline.median, 0.0, volume, now_minute, HOLD_MINUTES, held=True)


CLEAN_MINUTES, CLEAN_SCORE = LOW_TRAFFIC_MINUTES, 3.0
"""An open binomial episode holds until its last ``CLEAN_MINUTES`` are clean: their count no more than
a one-in-a-thousand chance at the baseline's share. A fifth of calls failing on a thin canary has
minutes with no failure; held only by its last five minutes, its page resolved between two failures
and the episode paged again, on this build or on another scope of it (test2-b: re-opened 3 times)."""


def _not_clean(
    signal: Signal, rows: Minutes, now_minute: int, baseline: Baseline, group: dict[str, str]
) -> Finding | None:
    if signal.method != "binomial":
        return None
    recent = rows.since(now_minute - CLEAN_MINUTES)
    volume = int(recent.total(signal.denominator))
    events = int(recent.total(signal.numerator))
    if volume == 0:
        return None
    p = (baseline.events + 0.5) / (baseline.trials + 1)
    if events / volume <= p or surprise(events, volume, p) < CLEAN_SCORE:
        return None
    return Finding(signal, group, events / volume, baseline.median, 0.0, volume, now_minute, CLEAN_MINUTES,
                   held=True, events=events)  # fmt: skip


def _still(signal: Signal, window: Minutes, now_minute: int, baseline: Baseline) -> bool:
    """A drift is news while it lasts: its last ``HOLD_MINUTES`` are ``min_effect`` worse than normal
    (the CUSUM of an hour that is over would go on adding up the incident for an hour after it)."""
    recent = _recent(signal, window, now_minute, baseline)
    return recent is not None and recent[0] >= signal.min_effect


def _recent(
    signal: Signal, rows: Minutes, now_minute: int, baseline: Baseline, minutes: int = HOLD_MINUTES
) -> tuple[float, float, int] | None:
    """(effect, value, volume) over the last ``minutes``; None when they hold no trial."""
    recent = rows.since(now_minute - minutes)
    volume = int(recent.total(signal.denominator))
    if volume == 0:
        return None
    value = recent.total(signal.numerator) / volume
    return (value - baseline.median) * signal.direction, value, volume


def _cusum(signal: Signal, window: Minutes, baseline: Baseline) -> float:
    """The CUSUM of the window's per-minute shares, in binomial standard errors (a minute of 2 calls
    counts for less than a minute of 20); the bad direction only.

    The target is the worst share the baseline still supports (its share moved two of its own
    standard errors in the bad direction): a CUSUM adds up the same baseline error every minute, so an
    hour judged against a baseline that chance put a little high (two hours of 340 calls contained at
    78% where 70% is normal) would read as a drift.
    """
    shift = 2 * math.sqrt(baseline.median * (1 - baseline.median) / max(baseline.trials, 1))
    p = min(max(baseline.median + signal.direction * shift, 0.01), 0.99)
    steps = []
    for numerator, n in zip(
        window[signal.numerator].tolist(), window[signal.denominator].tolist(), strict=True
    ):
        if n > 0:
            error = math.sqrt(p * (1 - p) / float(n))
            steps.append(signal.direction * (float(numerator) / float(n) - p) / error)
    totals = cusum_high(steps, slack=signal.slack)
    return totals[-1] if totals else 0.0


SEASON_BEFORE, SEASON_AFTER, SEASON_MIN_POINTS, SEASON_MIN_TRIALS = 30, 90, 30, 100
"""An earlier week's span: 30 minutes before the window to 30 past it; used when it holds 30 minutes
with traffic (else the trailing hours)."""
SEASON_MIN_EVENTS = 5
"""A season with fewer events of a share than this cannot show the share is lower than the trailing
hours say: the baseline pools both when that makes it higher. Seed 9131's normal day, 18:03: refill's
calls handed off by ``policy`` were 1 of 111 the same span last week and 50 of 809 over the trailing six
hours (6%, as all week); judged at last week's 0.9%, 6 of 19 in 7 minutes paged ContainmentDrop."""


def _doubted_share(rows: Minutes, signal: Signal) -> float:
    """The binomial judgement's share of a baseline: events over trials, with half an event of doubt."""
    return (rows.total(signal.numerator) + 0.5) / (rows.total(signal.denominator) + 1)


BASELINE_GUARD_MINUTES = 15
"""The trailing baseline ends this long before the window: an incident too thin to page in its
first minutes (night traffic) must not become its own "normal" and never page at all."""


def _baseline(signal: Signal, rows: Minutes, window_start: int, trailing: int) -> Baseline | None:
    """Normal before the window: the same time of week in earlier weeks when there are enough of
    those minutes (seasonality), else the trailing ``trailing`` minutes.

    The spread is the MAD of per-minute values. The centre is their median for means; for shares it
    is the pooled share (failures / calls over the baseline), because the median of per-minute shares
    of a rare event is 0 and would make every ordinary failure look like news.
    """
    history = rows.where(rows[signal.denominator] > 0)
    minutes = history.minute
    week_ago = minutes < window_start - MINUTES_PER_WEEK + SEASON_AFTER
    # the same span in earlier weeks: from half an hour before the window to half an hour past it
    offset = (minutes - window_start) % MINUTES_PER_WEEK
    season = week_ago & (
        (offset >= MINUTES_PER_WEEK - SEASON_BEFORE) | (offset <= signal.window_minutes + 30)
    )
    recent = (
        ~week_ago
        & (minutes >= window_start - trailing)
        & (minutes <= window_start - BASELINE_GUARD_MINUTES - 1)
    )
    if signal.pooled:  # a tool's failures are not seasonal: every call of it the frame holds counts
        chosen = history.where(week_ago | recent)
    elif int(season.sum()) >= SEASON_MIN_POINTS:
        # a share of few trials (a tool at night) pools the trailing hours too
        thin = signal.is_rate and history.where(season).total(signal.denominator) < SEASON_MIN_TRIALS
        chosen = history.where(season | recent if thin else season)
        if signal.is_rate and not thin and chosen.total(signal.numerator) < SEASON_MIN_EVENTS:
            pooled = history.where(season | recent)
            if _doubted_share(pooled, signal) > _doubted_share(chosen, signal):
                chosen = pooled
    else:
        chosen = history.where(recent)
    if len(chosen) < 10:
        return None
    if not signal.is_rate:
        return mean_baseline(chosen[signal.numerator].tolist(), chosen[signal.denominator].tolist(),
                             chosen.minute.tolist(), signal.scatter_minutes)  # fmt: skip
    spread = robust_baseline((chosen[signal.numerator] / chosen[signal.denominator]).tolist())
    if spread is None:
        return None
    events, trials = chosen.total(signal.numerator), chosen.total(signal.denominator)
    scatter = dispersion(chosen[signal.numerator].tolist(), chosen[signal.denominator].tolist())
    return Baseline(events / trials, spread.mad, spread.points, events, trials, dispersion=scatter)
