"""A line's calls partly dropping: a workflow's arrivals well under what its own history expects for
this hour, while the other lines' arrivals say the hour itself is ordinary (issue 20, round 21).

``arrivals.judge_arrivals`` pages traffic that stops; a partial cut (a carrier trunk losing 60% of one
line's calls: test17's ``sip_trunk_half_down``, appointment at 0.4 of normal for 40 minutes, missed)
passes its bars only at a busy hour's hundreds of calls, because a dip of every line alike (a holiday,
a lunch lull, the Friday before a long weekend) looks the same on one line's counts alone. Here the
other lines are the control: under any cause that thins every line alike, the line's share of all
the calls stays what the expected rates say (``arrivals.expected_rate``, the one home of "expected
arrivals": the trailing hour times last week's shape). Its calls are judged against that share given
all the calls that arrived (a binomial), its variance widened by the expectation's own noise (the
share is read off the trailing hour's calls: ``1 + n / basis``), over windows of 15 .. 40 minutes (a
partial cut is evidence only over many calls).

It pages when the line holds under ``PARTIAL_SHARE`` of its expected calls, both against its own
history and against its share of the hour's calls, with the deficit ``PARTIAL_SIGMAS`` standard
deviations deep: one chance in a million (the bar of the stop judgement), so a small line's night,
where a window holds a score of calls, never gets there. A line that rises by about as many calls as
the dropping one lost is named: a routing change moves callers, a carrier cut loses them.
Pure: counts in, findings out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from alerts.detector.signals import Finding, Signal

PARTIAL_WINDOWS = (15, 20, 25, 30, 40)
"""Minutes judged: a 60% cut of a line at four calls a minute is one-in-a-million evidence against its
share after about 20 minutes; past 40 the trailing hour the expectation is read from holds the cut."""
PARTIAL_SHARE = 0.45
"""At most this share of the expected calls arrived (own history and share of the hour's calls alike).
Under a half: a line's mix shifting (test4-benign's school lull kept half of appointment's callers
away, a benign shift) sits at 0.5 and its noise must not page; a trunk losing 60% sits at 0.4."""
PARTIAL_SIGMAS = 4.75
"""The deficit against the line's share of every call, in standard deviations: 4.75 is one chance in a
million one-sided (the stop judgement's ``z`` of 6), so about one false page in a million windows."""
MIN_EXPECTED = 20.0
"""A window whose line expected fewer calls is not judged: a score of calls is a night's noise, and the
normal approximation is not trusted below it (a line that stops there is the stop judgement's)."""
ROUTED_SIGMAS = 3.0
"""Another line that rose by at least half the calls the dropping line lost, this many sigmas above its
own expectation, is named: callers moved rather than lost (a routing change)."""


@dataclass(frozen=True, slots=True)
class Count:
    """One line's calls over one window: ``seen``, ``expected`` (``arrivals.expected_rate`` times the
    window) and ``basis``, the trailing hour's calls the expectation was read from."""

    seen: int
    expected: float
    basis: float


def deficit_sigmas(line: Count, others: Count) -> float:
    """How many standard deviations ``line``'s calls fall under its expected share of every line's
    calls (``line`` plus ``others``); 0 without expectations. A common factor (every line at 70%)
    leaves the share unchanged and scores 0."""
    total_expected = line.expected + others.expected
    n = line.seen + others.seen
    if line.expected <= 0 or others.expected <= 0 or n <= 0:
        return 0.0
    share = line.expected / total_expected
    basis = line.basis + others.basis
    widen = 1.0 + (n / basis if basis > 0 else 1.0)
    variance = n * share * (1.0 - share) * widen
    return (n * share - line.seen) / math.sqrt(variance) if variance > 0 else 0.0


def chance_score(sigmas: float) -> float:
    """-log10 of the one-sided normal tail beyond ``sigmas`` (the Finding's ``score``)."""
    tail = 0.5 * math.erfc(sigmas / math.sqrt(2.0))
    return min(300.0, -math.log10(max(tail, 1e-300)))


def partial_drop(
    signal: Signal, line: str, counts: Mapping[str, Mapping[int, Count]], now_minute: int
) -> Finding | None:
    """``line``'s most surprising window whose calls are under ``PARTIAL_SHARE`` of its own expected
    calls and of its share of every line's calls, ``PARTIAL_SIGMAS`` deep; None otherwise (or when
    no other line is there to tell a drop of every line from this one's)."""
    best: tuple[float, int, Count, Count] | None = None
    for minutes, own in counts.get(line, {}).items():
        rest = [c[minutes] for w, c in counts.items() if w != line and minutes in c]
        if own.expected < MIN_EXPECTED or not rest:
            continue
        others = Count(sum(c.seen for c in rest), sum(c.expected for c in rest), sum(c.basis for c in rest))
        fair = own.expected * others.seen / others.expected if others.expected > 0 else 0.0  # at the
        # other lines' level: 70% of normal everywhere makes 70% of this line's expected calls fair
        if fair <= 0 or own.seen > PARTIAL_SHARE * own.expected or own.seen > PARTIAL_SHARE * fair:
            continue
        sigmas = deficit_sigmas(own, others)
        if sigmas >= PARTIAL_SIGMAS and (best is None or sigmas > best[0]):
            best = (sigmas, minutes, own, others)
    if best is None:
        return None
    sigmas, minutes, own, _ = best
    share = own.seen / own.expected
    text = (f"calls arriving at {share:.0%} of normal for this hour: {{events}} in the last {{minutes}} min, "
            f"{{expected:.0f}} expected (its own history and the other lines' calls)")  # fmt: skip
    routed = routed_to(line, counts, minutes, own)
    text += (f"; {routed} got about as many more: a routing change moved callers" if routed
             else ": callers are not getting through (a carrier or number partly down)")  # fmt: skip
    named = replace(signal, describe=text)
    return Finding(named, {"workflow": line}, own.seen / minutes, own.expected / minutes,
                   chance_score(sigmas), own.seen, now_minute, minutes, events=own.seen,
                   expected=own.expected)  # fmt: skip


def routed_to(line: str, counts: Mapping[str, Mapping[int, Count]], minutes: int, own: Count) -> str:
    """The other line that rose by at least half of ``own``'s missing calls, ``ROUTED_SIGMAS`` above
    its expectation ("" when none did)."""
    lost = own.expected - own.seen
    for other, windows in sorted(counts.items()):
        count = windows.get(minutes)
        if other == line or count is None or count.expected <= 0:
            continue
        rise = count.seen - count.expected
        noise = math.sqrt(count.expected * (1.0 + (count.expected / count.basis if count.basis > 0 else 1.0)))
        if rise >= 0.5 * lost and rise >= ROUTED_SIGMAS * noise:
            return other
    return ""
