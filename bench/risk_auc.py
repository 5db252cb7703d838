"""Does the wallboard's risk score mean something? ROC AUC of the score one minute into a call.

Simulated calls (``agent/simulator``: personas and scenarios with escalations, hang-ups, failures) are
cut at the moment the wallboard would judge them: one minute in, or two seconds before the call ended or
was handed off if that came first (time for a supervisor to see it; the hand-off, the end and what came
in their last two seconds are not shown to the score). At that
moment the score is ``api.risk.risk_score`` of ``api.store.live.signals_of`` over what the warehouse
would hold then: the utterances (redacted by the pattern redactor), the caller turns' sentiment (VADER,
as ``turn_metrics``), tool results, speaker / DTMF / interrupt times, and the names of the per-call rules
(``deploy/rules/call_rules.v1.yaml``) that the stream's engine matched on those events.

The outcome comes from the whole call's metrics (``stream.metrics.compute_call``): *bad* when it was
escalated, abandoned (ended by the caller hanging up or timing out with no task succeeded, not an agent
failure), or its sentiment delta is at most ``--negative-delta`` (-0.3). AUC is the probability that a
bad call scores above a good one (ties count half); the confusion is at ``api.risk.RISK_THRESHOLD``.

The warehouse's history (what ``api.store.live.past_outcomes`` and ``past_pace`` read: how past calls
of each workflow and first recognized intent ended, and each workflow's tool calls done one minute in)
is simulated calls of ``--history-seeds`` (101-106), never the judged calls. ``--fit`` fits
``api.risk.MODEL`` on those history calls live at one minute (each seed's calls scored with the
history of the other five) and prints it; the features and scaling were chosen looking at
``--tune-seeds`` only; ``--test-seeds`` (and a fresh set) were run once the model was committed.

Two populations are printed. *Live at one minute* is the wallboard's question, and every call there
is judged at the same moment. *All calls* judges a call that ended sooner 2 s before its end, so the
moment of judging depends on the future: a feature that grows with the call's age would separate
calls by when they end, not by what they show (which is why "behind the pace" counts only from a
minute in, and a call with no intent yet takes its workflow's history, not that of the past calls that
never had an intent).

    .venv/bin/python bench/risk_auc.py                  # 400 calls per seed, tune 1-3, test 11-13
    .venv/bin/python bench/risk_auc.py --tune-seeds "" --test-seeds 21,22,23
    .venv/bin/python bench/risk_auc.py --fit            # refit api.risk.MODEL on the history seeds
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.simulator.library import generate_calls, plan_calls  # noqa: E402
from agent.simulator.synthesize import synthesize_call  # noqa: E402
from agent.simulator.workflows.common import lexicon  # noqa: E402
from api.risk import (  # noqa: E402
    CAPS,
    MODEL,
    RISK_THRESHOLD,
    LiveCallSignals,
    concern_points,
    history_excess,
    risk_score,
    steps_behind,
    waiting_seconds,
)
from api.store.live import History, Pace, history_for, signals_of  # noqa: E402
from ingest.codec import decode  # noqa: E402
from stream import rows  # noqa: E402
from stream.metrics import VaderScorer, compute_call  # noqa: E402
from stream.redaction.base import Tokenizer  # noqa: E402
from stream.redaction.event import EventRedactor  # noqa: E402
from stream.redaction.patterns import PatternRedactor  # noqa: E402
from stream.rules.engine import RuleEngine  # noqa: E402
from stream.rules.parse import load_rules  # noqa: E402
from stream.rules.signals import EVENT_COLUMNS, observed_from_row  # noqa: E402

RULES = load_rules(ROOT / "deploy" / "rules" / "call_rules.v1.yaml")
FIRST_MINUTE_MS = 60_000
NEGATIVE_END = True  # --any-drop: a drop of the delta alone counts as negative
NOTICE_MS = 2_000  # a call that ends or is handed off sooner is judged this long before it
START_MS = 1_767_225_600_000
MIN_CONCERN_WEIGHT = 1.0
_INDEX = {name: rows.TABLE_COLUMNS["events"].index(name) for name in EVENT_COLUMNS}
STOP_TYPES = ("call.ended", "handoff.requested")


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    signals: LiveCallSignals
    bad: bool
    why: str  # which outcome made it bad ("" when good)
    live_at_minute: bool  # neither ended nor handed off in its first minute (on the board at 1 min)


def outcome(events: list[Any], negative_delta: float) -> tuple[bool, str]:
    m = compute_call(events).call
    abandoned = (
        not m.escalated
        and not m.agent_failed
        and m.end_reason in ("hangup", "timeout")
        and m.tasks_succeeded == 0
    )
    negative = m.sentiment_delta is not None and m.sentiment_delta <= negative_delta
    if NEGATIVE_END and negative:  # a drop that ends below neutral, not a cheerful caller calming down
        negative = m.sentiment_last is not None and m.sentiment_last < 0
    reasons = [
        n
        for n, flag in (("escalated", m.escalated), ("abandoned", abandoned), ("negative", negative))
        if flag
    ]
    return bool(reasons), "+".join(reasons)


def first_minute_signals(
    events: list[Any], scorer: VaderScorer, history: History, pace: Pace
) -> LiveCallSignals:
    """The wallboard's signals at one minute (or just before the end / hand-off), from the events before,
    with ``history`` as the warehouse's past calls (``past_outcomes``)."""
    started = events[0].ts
    stop = min([started + FIRST_MINUTE_MS, *(e.ts - NOTICE_MS for e in events if e.type in STOP_TYPES)])
    stop = max(stop, started + 1)
    seen = [e for e in events if e.ts < stop and e.type not in STOP_TYPES]
    engine = RuleEngine(RULES, scorer)
    fired: list[str] = []
    said: list[tuple[int, str, str]] = []
    sentiments: list[float] = []
    tool_calls = tool_failures = last_signal = 0
    intent = ""
    open_tools: dict[str, int] = {}
    previous = started
    for event in seen:
        for now in range(previous + 1_000, event.ts, 1_000):  # the stream's clock ticks while quiet
            fired += [m.rule for m in engine.tick(now) if m.mark]
        previous = event.ts
        fired += [
            m.rule
            for m in engine.observe(observed_from_row(rows.event_row(event, None, 0), _INDEX), event.ts)
            if m.mark
        ]
        if event.type == "caller.utterance" and event.data.final:
            said.append((event.ts, "caller", event.data.text))
            if event.data.text.strip():
                sentiments.append(scorer.score(event.data.text))
        elif event.type == "agent.utterance":
            said.append((event.ts, "agent", event.data.text))
        elif event.type == "intent.recognized" and not intent:
            intent = event.data.intent
        elif event.type == "tool.called":
            open_tools[event.data.tool_call_id] = event.ts
        elif event.type == "tool.result":
            open_tools.pop(event.data.tool_call_id, None)
            tool_calls += 1
            tool_failures += not event.data.ok
        elif event.type in ("speaker", "dtmf", "interrupt"):
            last_signal = max(last_signal, event.ts)
    for now in range(previous + 1_000, stop, 1_000):
        fired += [m.rule for m in engine.tick(now) if m.mark]
    return signals_of(
        said,
        sentiments,
        (tool_calls, tool_failures, last_signal),
        tuple(fired),
        started,
        stop,
        open_tool_since_ms=min(open_tools.values(), default=None),
        history=history_for(history, events[0].workflow, intent, pace),
    )


def first_intent(events: list[Any]) -> str:
    return next((e.data.intent for e in events if e.type == "intent.recognized"), "")


def past_calls(seeds: list[int], calls: int, negative_delta: float) -> tuple[History, Pace]:
    """The warehouse's history: simulated calls of other seeds (never the judged ones), each counted by
    its workflow and first recognized intent, and whether it ended badly (``outcome``); and each
    workflow's pace (``past_pace``: ok tool results in the first minute of calls still going then)."""
    table: dict[tuple[str, str], tuple[int, int]] = {}
    steps: dict[str, list[int]] = {}
    for seed in seeds:
        for call in generate_calls(calls, seed, START_MS - 86_400_000):
            events = sorted((decode(orjson.dumps(e)) for e in call), key=lambda e: (e.ts, e.seq))
            bad, _ = outcome(events, negative_delta)
            key = (events[0].workflow, first_intent(events))
            seen, worse = table.get(key, (0, 0))
            table[key] = (seen + 1, worse + bad)
            minute = events[0].ts + FIRST_MINUTE_MS
            if events[-1].ts > minute:
                done = sum(e.type == "tool.result" and e.data.ok and e.ts < minute for e in events)
                steps.setdefault(events[0].workflow, []).append(done)
    return table, {wf: sum(done) / len(done) for wf, done in steps.items()}


def auc(scored: list[Scored]) -> float:
    """Mann-Whitney: the probability a bad call outscores a good one, ties half."""
    ranked = sorted(scored, key=lambda s: s.score)
    ranks: list[float] = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1].score == ranked[i].score:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    bad = sum(s.bad for s in ranked)
    good = len(ranked) - bad
    if not bad or not good:
        return float("nan")
    rank_sum = sum(r for r, s in zip(ranks, ranked, strict=True) if s.bad)
    return (rank_sum - bad * (bad + 1) / 2) / (bad * good)


def run_seed(seed: int, calls: int, negative_delta: float, history: tuple[History, Pace]) -> list[Scored]:
    tokens = Tokenizer(b"risk-auc")
    redactor = EventRedactor(PatternRedactor(tokens), tokens)
    scorer = VaderScorer()
    out = []
    for call in generate_calls(calls, seed, START_MS):
        events = sorted((decode(orjson.dumps(e)) for e in call), key=lambda e: (e.ts, e.seq))
        bad, why = outcome(events, negative_delta)  # the outcome from the original call's metrics
        redacted = [redactor.redact_event(e) for e in events]  # the score sees what the stream stores
        minute = events[0].ts + FIRST_MINUTE_MS
        live = all(e.ts > minute for e in events if e.type in STOP_TYPES)
        signals = first_minute_signals(redacted, scorer, *history)
        out.append(Scored(risk_score(signals).score, signals, bad, why, live))
    return out


def report(name: str, seeds: list[int], scored: list[Scored], threshold: int) -> None:
    bad = [s for s in scored if s.bad]
    tp = sum(s.score >= threshold for s in bad)
    fp = sum(s.score >= threshold for s in scored if not s.bad)
    fn, tn = len(bad) - tp, len(scored) - len(bad) - fp
    kinds: dict[str, int] = {}
    for s in bad:
        for k in s.why.split("+"):
            kinds[k] = kinds.get(k, 0) + 1
    print(f"{name} seeds {','.join(map(str, seeds))}: {len(scored)} calls, {len(bad)} bad ({kinds})")
    print(f"  ROC AUC {auc(scored):.3f}")
    print(f"  at threshold {threshold}: TP {tp}  FP {fp}  FN {fn}  TN {tn}  "
          f"(recall {tp / max(1, tp + fn):.2f}, precision {tp / max(1, tp + fp):.2f})")  # fmt: skip
    for kind in sorted(kinds):
        sub = [s for s in scored if not s.bad or kind in s.why.split("+")]
        print(f"  AUC for {kind} vs good calls: {auc(sub):.3f}")


def outcome_marker(events: list[Any], before_ms: int) -> str:
    """What, before ``before_ms``, shows how a simulated call will end (the simulator's own outcome
    wording and actions, known here from its lexicon, not to the score): "" when nothing does yet."""
    pools = {line for level in lexicon()["annoyed"] for line in level}
    for key in ("keywords", "caller_request", "hangup_mid", "abandon"):
        pools.update(lexicon()[key])
    failing = {e.data.tool_call_id for e in events if e.type == "tool.result" and not e.data.ok}
    for e in (e for e in events if e.ts < before_ms):
        if e.type == "caller.utterance" and any(line in e.data.text for line in pools):
            return "caller said it"
        if e.type == "agent.utterance" and "didn't get that" in e.data.text:
            return "agent missed"
        if e.type == "intent.recognized" and e.data.intent in (
            "dispute_charge",
            "urgent_symptoms",
            "request_human",
        ):
            return "intent"
        if e.type == "tool.called" and e.data.tool_call_id in failing:
            return "failing tool"
        if e.type == "task.completed" and not e.data.success:
            return "task failed"
        if e.type == "dtmf" and e.data.digit == "0":
            return "pressed 0"
    return ""


def markers(seeds: list[int], calls: int, negative_delta: float) -> None:
    """How many calls live at one minute show their outcome by then, per template outcome, and the AUC
    no first-minute score can beat on these calls unless it reads more than those signs: every bad call
    with a sign ranked above every good call, the rest a coin toss."""
    counts: dict[tuple[str, bool], list[int]] = {}
    for seed in seeds:
        for start, scenario, rng in plan_calls(calls, seed, START_MS):
            call = synthesize_call(scenario, rng, start)
            events = sorted((decode(orjson.dumps(e)) for e in call), key=lambda e: (e.ts, e.seq))
            minute = events[0].ts + FIRST_MINUTE_MS
            if any(e.ts <= minute for e in events if e.type in STOP_TYPES):
                continue
            bad, _ = outcome(events, negative_delta)
            shown = counts.setdefault((scenario.outcome.value, bad), [0, 0])
            shown[0] += 1
            shown[1] += bool(outcome_marker(events, minute))
    print(f"seeds {','.join(map(str, seeds))}, calls live at one minute: template outcome, bad?, calls, "
          "with a sign of it by 60 s")  # fmt: skip
    for (kind, bad), (n, seen) in sorted(counts.items()):
        print(f"  {kind:24s} {'bad ' if bad else 'good'} {n:4d} {seen:4d}")
    n_bad = sum(n for (_, bad), (n, _) in counts.items() if bad)
    seen_bad = sum(seen for (_, bad), (_, seen) in counts.items() if bad)
    seen_good = sum(seen for (_, bad), (_, seen) in counts.items() if not bad)
    n_good = sum(n for (_, bad), (n, _) in counts.items() if not bad)
    bound = (seen_bad + 0.5 * (n_bad - seen_bad)) / max(1, n_bad)
    print(f"  bad with a sign {seen_bad} of {n_bad}; good with one {seen_good} of {n_good}; "
          f"signs ranked perfectly, the rest a coin toss: AUC {bound:.3f}")  # fmt: skip


FEATURES = (*CAPS, "history", "tool_wait", "behind")


def features(signals: LiveCallSignals) -> list[float]:
    """The fit's inputs: each concern's points / 40, history's excess log-odds, seconds waiting on a tool."""
    points = concern_points(signals)
    by_concern = [points.get(concern, (0.0, ()))[0] / 40 for concern in CAPS]
    return [*by_concern, history_excess(signals.history), waiting_seconds(signals), steps_behind(signals)]


def fit(scored: list[Scored], l2: float = 1.0) -> tuple[float, list[float]]:
    """Logistic regression (Newton, L2 on the weights) of bad on ``features``; (intercept, weights)."""
    import numpy as np

    x = np.array([[1.0, *features(s.signals)] for s in scored])
    y = np.array([float(s.bad) for s in scored])
    w = np.zeros(x.shape[1])
    penalty = np.diag([0.0] + [l2] * (x.shape[1] - 1))
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        step = np.linalg.solve((x.T * (p * (1 - p))) @ x + penalty, x.T @ (p - y) + penalty @ w)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return float(w[0]), [float(v) for v in w[1:]]


def model_source(intercept: float, weights: list[float], version: str) -> str:
    """``RiskModel(...)`` for ``api/risk.py``: logit weights scaled so that ``RISK_THRESHOLD`` points is
    where the fitted odds are even; a concern the fit finds uninformative (or protective) keeps
    ``MIN_CONCERN_WEIGHT`` of its tabled points, so it still reads as a reason and still raises the score."""
    scale = RISK_THRESHOLD / -intercept if intercept < 0 else RISK_THRESHOLD
    named = dict(zip(FEATURES, weights, strict=True))
    concerns = {c: round(max(MIN_CONCERN_WEIGHT, scale * named[c] / 40), 2) for c in CAPS}
    return (
        f'MODEL = RiskModel(\n    version="{version}",\n    concern_weights={concerns},\n'
        f"    history_points={max(0.0, scale * named['history']):.1f},\n"
        f"    tool_wait_points={max(0.0, scale * named['tool_wait']):.1f},\n"
        f"    behind_points={max(0.0, scale * named['behind']):.1f},\n)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400, help="calls per seed (default 400)")
    parser.add_argument("--tune-seeds", default="1,2,3")
    parser.add_argument("--test-seeds", default="11,12,13")
    parser.add_argument(
        "--history-seeds",
        default="101,102,103,104,105,106",
        help="the warehouse's past calls (the base rates of calls like this, and --fit's data)",
    )
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the model on the history seeds' calls live at one minute (each seed's calls scored with "
        "the history of the other seeds) and print it for api/risk.py",
    )
    parser.add_argument(
        "--markers",
        action="store_true",
        help="count the calls live at one minute that show their outcome by then (the simulator's outcome "
        "wording and actions), per seed set, and the AUC bound that follows",
    )
    parser.add_argument("--negative-delta", type=float, default=-0.3)
    parser.add_argument("--threshold", type=int, default=RISK_THRESHOLD)
    parser.add_argument(
        "--any-drop",
        action="store_true",
        help="count every sentiment delta <= --negative-delta as negative, even one ending above neutral "
        "(a cheerful greeting followed by a neutral call)",
    )
    args = parser.parse_args()
    global NEGATIVE_END
    NEGATIVE_END = not args.any_drop
    started = time.monotonic()
    history_seeds = [int(s) for s in args.history_seeds.split(",") if s]
    if args.markers:
        for text in (args.tune_seeds, args.test_seeds):
            if text:
                markers([int(s) for s in text.split(",") if s], args.calls, args.negative_delta)
        return
    if args.fit:
        scored = []
        for seed in history_seeds:
            others = past_calls([s for s in history_seeds if s != seed], args.calls, args.negative_delta)
            scored += [s for s in run_seed(seed, args.calls, args.negative_delta, others) if s.live_at_minute]
        intercept, weights = fit(scored)
        print(f"fitted on {len(scored)} calls live at one minute (seeds {args.history_seeds})")
        print(f"  intercept {intercept:+.3f}; " + ", ".join(
            f"{n} {w:+.3f}" for n, w in zip(FEATURES, weights, strict=True)))  # fmt: skip
        print(model_source(intercept, weights, f"fit-{args.history_seeds.replace(',', '-')}"))
        print(f"({time.monotonic() - started:.0f} s)")
        return
    history = past_calls(history_seeds, args.calls, args.negative_delta)
    print(f"model {MODEL.version}; history: {sum(c for c, _ in history[0].values())} past calls (seeds "
          f"{args.history_seeds})")  # fmt: skip
    for name, text in (("tune", args.tune_seeds), ("test", args.test_seeds)):
        seeds = [int(s) for s in text.split(",") if s]
        if not seeds:
            continue
        scored = [s for seed in seeds for s in run_seed(seed, args.calls, args.negative_delta, history)]
        report(
            f"{name}, calls live at one minute (scored at 60 s),",
            seeds,
            [s for s in scored if s.live_at_minute],
            args.threshold,
        )
        report(f"{name}, all calls (ended sooner: scored 2 s before),", seeds, scored, args.threshold)
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
