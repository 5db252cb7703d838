"""Do the comparisons' verdicts survive daily peeking? (issue 16, the calibration proof)

Traffic: the caller simulator's scenario library (``agent/simulator/``) synthesises calls, and the same
metric functions the pipeline runs (``stream.metrics.compute_call``) turn each into its per-call row.
The rows of the current release (1.4.0, not canary; the simulator's own canary is left out) are the
pool every simulated day is drawn from, call by call with replacement, so both arms have exactly the
simulator's outcome rates, latencies, handle times and sentiment, and nothing differs unless the run
makes it differ.

Per design, ``--sims`` comparisons of ``--days`` simulated days with ``--calls-per-day`` calls, B getting
each call with probability ``--share`` (5%: a canary). After every day the verdicts are judged on all
calls so far, exactly as ``rollout.compare`` judges them (``rollout.verdicts.judge``: the normal-mixture
confidence sequence per KPI, Holm across the 11 KPIs, at least 30 calls a side):

- A/A (no real difference): a comparison is a false "different" if any KPI's verdict is better or worse
  after any day (and, for the headline, if resolved containment's is). Nominal: alpha = 0.05.
- the naive way, in the same run on the same calls: a fixed-sample test read after every day
  (two-proportion z-test for rates, z-test on per-call means for the others, Holm across KPIs, the
  same 30-call minimum), first p <= alpha wins.
- detection: B's calls lose 5 points of resolved containment (a resolved call of B becomes contained but
  unresolved, its task failed, with probability 0.05 / the pool's rate): the share of canaries flagged
  "worse" on resolved containment within the days, and the median calls until flagged.

Run: ``.venv/bin/python bench/rollout_calibration.py`` (about a minute; ``--sims 200`` is the proof).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import TypeAdapter

from agent.simulator.library import generate_calls
from ingest.contract.models import TurnEvent
from rollout.cohorts import CallRow, from_metrics
from rollout.kpis import HEADLINE, KPIS
from rollout.stats.multiplicity import holm
from rollout.stats.proportions import two_proportion_z_p, wilson
from rollout.verdicts import MIN_UNITS, Totals, judge
from stream.metrics import compute_call

EVENTS: TypeAdapter[Any] = TypeAdapter(TurnEvent)
T0_MS = 1_767_254_400_000  # 2026-01-01T08:00:00Z
HEAD = next(i for i, k in enumerate(KPIS) if k.name == HEADLINE)
TASK = next(i for i, k in enumerate(KPIS) if k.name == "task_success")


def simulated_pool(calls: int, seed: int) -> tuple[np.ndarray, int]:
    """Per-call KPI values (NaN: not in that KPI) of the simulator's ended 1.4.0 non-canary calls."""
    rows: list[CallRow] = []
    for events in generate_calls(calls, seed=seed, start_ms=T0_MS):
        call = compute_call([EVENTS.validate_python(e) for e in events]).call
        if call.ended and not call.shadow and not call.canary:
            rows.append(from_metrics(call))
    matrix = np.array([[math.nan if (v := k.of(r)) is None else v for k in KPIS] for r in rows], dtype=float)
    return matrix, len(rows)


def totals(values: np.ndarray) -> list[Totals]:
    counted = ~np.isnan(values)
    x = np.where(counted, values, 0.0)
    return [
        Totals(int(n), float(s), float(ss))
        for n, s, ss in zip(counted.sum(axis=0), x.sum(axis=0), (x * x).sum(axis=0), strict=True)
    ]


def naive_p(a: list[Totals], b: list[Totals]) -> list[float]:
    """The fixed-sample p-value of each KPI, as a one-look test would give it."""
    out = []
    for kpi, ta, tb in zip(KPIS, a, b, strict=True):
        if ta.n < MIN_UNITS or tb.n < MIN_UNITS:
            out.append(1.0)
        elif kpi.kind == "rate":
            out.append(two_proportion_z_p(round(ta.total), ta.n, round(tb.total), tb.n))
        else:
            se = math.sqrt(ta.variance / ta.n + tb.variance / tb.n)
            z = abs(tb.mean - ta.mean) / se if se > 0 else 0.0
            out.append(math.erfc(z / math.sqrt(2)))
    return out


@dataclass
class Run:
    """When (day, calls so far, B calls so far) each method first flagged; None: never."""

    any_valid: tuple[int, int, int] | None = None
    head_valid: tuple[int, int, int] | None = None
    head_valid_worse: tuple[int, int, int] | None = None
    head_alone: tuple[int, int, int] | None = None
    """The headline's own confidence sequence, without Holm (its calibration on its own)."""
    any_naive: tuple[int, int, int] | None = None
    head_naive: tuple[int, int, int] | None = None


def simulate(
    pool: np.ndarray, rng: np.random.Generator, *, days: int, per_day: int, share: float, alpha: float,
    min_effect: float, drop: float, rate: float,
) -> Run:  # fmt: skip
    run = Run()
    ta = [Totals() for _ in KPIS]
    tb = [Totals() for _ in KPIS]
    calls = calls_b = 0
    effects = [min_effect if k.name in ("resolved_containment", "containment", "task_success") else k.effect
               for k in KPIS]  # fmt: skip
    for day in range(1, days + 1):
        n_b = int(rng.binomial(per_day, share))
        a = pool[rng.integers(0, len(pool), per_day - n_b)]
        b = pool[rng.integers(0, len(pool), n_b)].copy()
        if drop > 0:
            flip = (b[:, HEAD] == 1.0) & (rng.random(n_b) < drop / rate)
            b[flip, HEAD] = 0.0
            b[flip & ~np.isnan(b[:, TASK]), TASK] = 0.0
        ta = [x + y for x, y in zip(ta, totals(a), strict=True)]
        tb = [x + y for x, y in zip(tb, totals(b), strict=True)]
        calls, calls_b = calls + per_day, calls_b + n_b
        at = (day, calls, calls_b)
        verdicts = judge(KPIS, ta, tb, calls=calls, alpha=alpha, effects=effects)
        if run.any_valid is None and any(v.verdict in ("better", "worse") for v in verdicts):
            run.any_valid = at
        if run.head_valid is None and verdicts[HEAD].verdict in ("better", "worse"):
            run.head_valid = at
        head = verdicts[HEAD]
        if (
            run.head_alone is None
            and min(ta[HEAD].n, tb[HEAD].n) >= MIN_UNITS
            and head.sequence.p_value <= alpha
        ):
            run.head_alone = at
        if run.head_valid_worse is None and verdicts[HEAD].verdict == "worse":
            run.head_valid_worse = at
        fixed = naive_p(ta, tb)
        if run.any_naive is None and min(holm(fixed)) <= alpha:
            run.any_naive = at
        if run.head_naive is None and fixed[HEAD] <= alpha:
            run.head_naive = at
    return run


def share(flags: list[bool]) -> str:
    k, n = sum(flags), len(flags)
    w = wilson(k, n)
    return f"{k:>3}/{n} {100 * k / n:4.1f}% [{100 * w.lower:4.1f}, {100 * w.upper:4.1f}]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sims", type=int, default=200, help="comparisons per design (default 200)")
    parser.add_argument("--days", type=int, default=28, help="simulated days, one look after each (28)")
    parser.add_argument("--calls-per-day", type=int, default=2_000, help="calls a day, both arms (2000)")
    parser.add_argument("--pool", type=int, default=2_000, help="simulated calls behind the pool (2000)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--alpha", type=float, default=0.05)
    args = parser.parse_args()

    started = time.monotonic()
    pool, n_pool = simulated_pool(args.pool, args.seed)
    rate = float(np.nanmean(pool[:, HEAD]))
    print(f"pool: {n_pool} ended 1.4.0 calls from {args.pool} simulated (seed {args.seed}); "
          f"resolved containment {100 * rate:.1f}%, {time.monotonic() - started:.0f} s")  # fmt: skip
    print(f"{args.sims} comparisons per design, {args.days} days x {args.calls_per_day} calls, a look after "
          f"every day, alpha {args.alpha}, smallest effect 3 points\n")  # fmt: skip

    rng = np.random.default_rng(args.seed)
    options = {"days": args.days, "per_day": args.calls_per_day, "alpha": args.alpha, "min_effect": 0.03,
               "rate": rate}  # fmt: skip
    print("A/A (no real difference): comparisons ever called different [95% Wilson CI]")
    print(f"{'design':<10} {'always-valid, any KPI':<30} {'always-valid, headline':<30} "
          f"{'always-valid, headline alone':<30} {'naive daily, any KPI':<30} {'naive daily, headline':<30}")  # fmt: skip
    for name, split in (("5% canary", 0.05), ("50/50", 0.5)):
        runs = [simulate(pool, rng, share=split, drop=0.0, **options) for _ in range(args.sims)]
        print(f"{name:<10} {share([r.any_valid is not None for r in runs]):<30} "
              f"{share([r.head_valid is not None for r in runs]):<30} "
              f"{share([r.head_alone is not None for r in runs]):<30} "
              f"{share([r.any_naive is not None for r in runs]):<30} "
              f"{share([r.head_naive is not None for r in runs]):<30}")  # fmt: skip
        sys.stdout.flush()

    print("\ndetection: 5% canary whose resolved containment is 5 points lower")
    runs = [simulate(pool, rng, share=0.05, drop=0.05, **options) for _ in range(args.sims)]
    flagged = [r.head_valid_worse for r in runs if r.head_valid_worse is not None]
    print(f"flagged 'worse' on resolved containment within {args.days} days: "
          f"{share([r.head_valid_worse is not None for r in runs])}")  # fmt: skip
    if flagged:
        print(f"median until flagged: {statistics.median(f[1] for f in flagged):,.0f} calls "
              f"({statistics.median(f[2] for f in flagged):,.0f} of them canary), "
              f"day {statistics.median(f[0] for f in flagged):g}; "
              f"quartiles {np.percentile([f[1] for f in flagged], 25):,.0f} - "
              f"{np.percentile([f[1] for f in flagged], 75):,.0f} calls")  # fmt: skip
    print(f"\n{time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
