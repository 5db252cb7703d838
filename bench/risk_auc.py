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

The weights of ``api/risk.py`` were tuned looking at ``--tune-seeds`` only; ``--test-seeds`` were run
once they were fixed. Both are printed.

    .venv/bin/python bench/risk_auc.py                  # 400 calls per seed, tune 1-3, test 11-13
    .venv/bin/python bench/risk_auc.py --calls 100 --tune-seeds 1 --test-seeds 11
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

from agent.simulator.library import generate_calls  # noqa: E402
from api.risk import RISK_THRESHOLD, risk_score  # noqa: E402
from api.store.live import signals_of  # noqa: E402
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
_INDEX = {name: rows.TABLE_COLUMNS["events"].index(name) for name in EVENT_COLUMNS}
STOP_TYPES = ("call.ended", "handoff.requested")


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
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


def first_minute_score(events: list[Any], scorer: VaderScorer) -> int:
    """The wallboard's score at one minute (or just before the end / hand-off), from the events before."""
    started = events[0].ts
    stop = min([started + FIRST_MINUTE_MS, *(e.ts - NOTICE_MS for e in events if e.type in STOP_TYPES)])
    stop = max(stop, started + 1)
    seen = [e for e in events if e.ts < stop and e.type not in STOP_TYPES]
    engine = RuleEngine(RULES, scorer)
    fired: list[str] = []
    said: list[tuple[int, str, str]] = []
    sentiments: list[float] = []
    tool_calls = tool_failures = last_signal = 0
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
        elif event.type == "tool.result":
            tool_calls += 1
            tool_failures += not event.data.ok
        elif event.type in ("speaker", "dtmf", "interrupt"):
            last_signal = max(last_signal, event.ts)
    for now in range(previous + 1_000, stop, 1_000):
        fired += [m.rule for m in engine.tick(now) if m.mark]
    signals = signals_of(
        said, sentiments, (tool_calls, tool_failures, last_signal), tuple(fired), started, stop
    )
    return risk_score(signals).score


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


def run_seed(seed: int, calls: int, negative_delta: float) -> list[Scored]:
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
        out.append(Scored(first_minute_score(redacted, scorer), bad, why, live))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400, help="calls per seed (default 400)")
    parser.add_argument("--tune-seeds", default="1,2,3")
    parser.add_argument("--test-seeds", default="11,12,13")
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
    for name, text in (("tune", args.tune_seeds), ("test", args.test_seeds)):
        seeds = [int(s) for s in text.split(",") if s]
        if not seeds:
            continue
        scored = [s for seed in seeds for s in run_seed(seed, args.calls, args.negative_delta)]
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
