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

It pages when the line holds under ``PARTIAL_SHARE`` of its expected calls and under
``RELATIVE_SHARE`` of what the other lines' level makes fair, the other lines hold (``OTHERS_HOLD``),
and the deficit is ``PARTIAL_SIGMAS`` standard deviations deep: one chance in a million (the bar of
the stop judgement), so a small line's night, where a window holds a score of calls, never gets there.
A line that rises by about as many calls as the dropping one lost is named: a routing change moves
callers, a carrier cut loses them.

Twenty-third run (the lead's decision, issue 20): one line losing 40% of its calls for an hour while
every other line holds is a page, whatever caused it: counted, it is the same as a carrier or routing
fault losing 40% of that line's callers (test18-a's ``tollfree_carrier_partial``, a 45% cut of billing,
missed at round 21's 45% bar). A mix where every line is down by different amounts (a holiday, a lunch
break: billing at 55% while the others are at 70%) does not page: the other lines do not hold. A drop
of every line at once (test19-a's ``platform_partial_drop``, 30% of every line's calls for 40 minutes)
cannot be told from a lull by counts; it pages only when deep (``arrivals.MAX_SHARE_ALL``), and needs a
carrier-side signal (calls that never connected) the v1 contract does not carry.
Pure: counts in, findings out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from alerts.detector.signals import Finding, Signal
from alerts.detector.stats import log_tail

PARTIAL_WINDOWS = (15, 20, 25, 30, 40)
"""Minutes judged: a 60% cut of a line at four calls a minute is one-in-a-million evidence against its
share after about 20 minutes; past 40 the trailing hour the expectation is read from holds the cut."""
PARTIAL_SHARE = 0.6
"""At most this share of the line's own expected calls arrived. Twenty-third run: 0.6 (round 21 had
0.45, which a carrier cutting 45% of a line's calls never reaches: its windows read 0.54-0.62 of
expected where they become evidence; round 22 measured 0.65). A line's own quiet spell of a quarter
(75-80% of its calls) stays over it; at 0.65 test16-benign's appointment paged at 10:42 (52 of 86
expected in 20 minutes, 0.61, refill's mail-out surge read as callers moved there), a lull that the
normal day of the same seed has too (0.64 at 10:41)."""
RELATIVE_SHARE = 0.58
"""... and at most this share of the calls the other lines' level makes fair (the line's expected
calls times the other lines' seen over expected): a mix where the other lines are down too (test16-
benign's lunch break, billing at 55% of normal while the others are at 70%: 0.79 of fair) stays over
it, a line at 60% beside lines that hold is under it on its low windows."""
OTHERS_HOLD = 0.95
"""... and the other lines together brought at least this share of their expected calls and of their
trailing hour's rate (``others_hold``): the page says one line drops while the others are normal. A
holiday's mix, every line down by a different amount (50%, 80%, 70%), is no line's fault; neither is a
drop of every line at once, which counts cannot tell from a lull. Synthetic replays, 8 seeds each, a
step at the onset for an hour: at 0.9 the mixes paged on 1-2 seeds of 8 each, at 0.95 on none, while
one line at 60% beside lines that hold paged on 6 of 8 (appointment) and 3 of 8 (billing)."""
OTHERS_HIGH = 1.2
"""... and at most this share: other lines far over their expectation mean the expectation is off (a
morning ramp), not that this line dropped (``others_hold``). 1.2, not 1.3: at 1.3 one minute of
test16's normal day passed every other bar (10:41, appointment at 64% of its expected calls over 25
minutes, 51% of fair, the other lines at 125%, 4.2 sigmas); test18-a's carrier cut pages with the
other lines at 114% (14:08)."""
OWN_WEEK_SHARE = 0.5
"""... and the line itself got at least this share of the expected calls over the window's minutes
last week: its own history says the hour is busy. A line launched today has no last week, its
expectation borrows every line's shape, which says nothing of its own hours (round 22: a line launched
at 08:20 paged a partial drop at 19:55 with a looser bar; the stop judgement's night windows have the
same guard, ``arrivals.NIGHT_OWN_SHARE``)."""
PARTIAL_SIGMAS = 4.0
"""The deficit against the line's share of every call, in standard deviations: 4.0 is one chance in
30 000 one-sided (round 22's measured budget per window). Round 21 had 4.75 (one in a million): with
the share bars at 0.6-0.65/0.58 a line at 60% of its calls for an hour reached 4.6 at most (synthetic, seed
7), and test18-a's carrier cut 4.3-4.6. The other bars (the shares, the other lines holding, the
line's own last week, ``MIN_EXPECTED``) are what keep ordinary hours out: no window of a normal or
benign day replayed passes them all (docs/oncall-measured.md, twenty-third run)."""
TRAILING_MINUTES = 60
"""The trailing hour: the stop judgement's expectation (``arrivals.expected_rate``) scales it, and
``Count.basis`` is the calls over it. Its one home (``arrivals`` imports it from here)."""
MIN_EXPECTED = 20.0
"""A window whose line expected fewer calls is not judged: a score of calls is a night's noise, and the
normal approximation is not trusted below it (a line that stops there is the stop judgement's)."""
ROUTED_SIGMAS = 2.0
"""Another line that rose by at least half the calls the dropping line lost, this many sigmas above its
own expectation and its trailing hour's rate, is named: callers moved rather than lost (a routing
change). Two, not three (round 23): the page now opens on a quarter hour's window, minutes after the
move, when the other line's rise is still a few score calls (test_round21's move, at minute 9: 24
calls more where 3 sigmas were 29); read against the trailing rate too, a line's ordinary minutes are
no longer a rise."""


ROUTED_CHANCE = 6.0
"""A drop read as a routing change pages only when the line's shortfall and the other line's rise,
each against its own history, are together one chance in a million (-log10, ``moved_chance``): the
bar of the stop judgement. The move takes the other line out of the control (``others_hold``), and
its callers inflate the line's deficit against every call (``deficit_sigmas``), so that deficit
alone is no evidence. test25-a's normal evening (seed 6001, 19:50, round 30): billing's 27 of 46
expected calls in 20 minutes (one in 190 against its trailing hour) beside appointment's 57 where its
trailing hour made 38 usual (one in 130) paged as a routing change; together they are one in 2 200.
test_round21's move (appointment at 40%, billing getting its callers) is one in a million at minute
12 and one in 10^8 at minute 16."""


@dataclass(frozen=True, slots=True)
class Count:
    """One line's calls over one window: ``seen``, ``expected`` (``arrivals.expected_rate`` times the
    window) and ``basis``, the trailing hour's calls the expectation was read from."""

    seen: int
    expected: float
    basis: float
    last_week: float | None = None  # the line's own calls over the window's minutes last week (None:
    # not read, the guard ``OWN_WEEK_SHARE`` is not applied)


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
    calls and ``RELATIVE_SHARE`` of its fair share at the other lines' level, the other lines holding
    (``OTHERS_HOLD``) and its own last week busy (``OWN_WEEK_SHARE``), ``PARTIAL_SIGMAS`` deep; None
    otherwise (or when no other line is there to tell a drop of every line from this one's)."""
    best: tuple[float, int, Count, Count] | None = None
    for minutes, own in counts.get(line, {}).items():
        rest = [c[minutes] for w, c in counts.items() if w != line and minutes in c]
        if own.expected < MIN_EXPECTED or not rest:
            continue
        if own.last_week is not None and own.last_week < OWN_WEEK_SHARE * own.expected:
            continue  # no history of its own at this hour (a line launched today)
        others = Count(sum(c.seen for c in rest), sum(c.expected for c in rest), sum(c.basis for c in rest))
        fair = own.expected * others.seen / others.expected if others.expected > 0 else 0.0  # at the
        # other lines' level: 70% of normal everywhere makes 70% of this line's expected calls fair
        if fair <= 0 or own.seen > PARTIAL_SHARE * own.expected or own.seen > RELATIVE_SHARE * fair:
            continue
        routed = routed_to(line, counts, minutes, own)
        if not others_hold(line, counts, minutes, routed):
            continue  # the other lines are down too (a mix, every line at once) or far up (a ramp)
        sigmas = deficit_sigmas(own, others)
        if routed and moved_chance(own, counts[routed][minutes], minutes) < ROUTED_CHANCE:
            continue  # a chance dip beside a chance rise: not one-in-a-million evidence of a move
        if sigmas >= PARTIAL_SIGMAS and (best is None or sigmas > best[0]):
            best = (sigmas, minutes, own, others)
    if best is None:
        return None
    sigmas, minutes, own, others = best
    share, level = own.seen / own.expected, others.seen / others.expected
    text = (f"calls arriving at {share:.0%} of normal for this hour: {{events}} in the last {{minutes}} min, "
            f"{{expected:.0f}} expected (its own history and the other lines' calls)")  # fmt: skip
    routed = routed_to(line, counts, minutes, own)
    text += (f"; {routed} got about as many more: a routing change moved callers" if routed
             else f"; the other lines are normal ({level:.0%} of their expected calls): callers are not "
                  f"getting through on this line (check its number's carrier and routing)")  # fmt: skip
    named = replace(signal, describe=text)
    return Finding(named, {"workflow": line}, own.seen / minutes, own.expected / minutes,
                   chance_score(sigmas), own.seen, now_minute, minutes, events=own.seen,
                   expected=own.expected)  # fmt: skip


def moved_chance(own: Count, other: Count, minutes: int) -> float:
    """-log10 of the chance of ``own``'s shortfall and ``other``'s rise together, each read against its
    own trailing hour by the exact test of two Poisson counts (``_exact``), the two combined by
    Fisher's method (for two tests the product ``p`` gives ``p * (1 - ln p)``). The rise is read over
    the larger of ``other``'s expected calls and its trailing rate (as ``routed_to``)."""
    low = _exact(own.seen, own.expected, own.basis, below=True)
    usual = max(other.expected, other.basis * minutes / TRAILING_MINUTES)
    high = _exact(other.seen, usual, other.basis, below=False)
    joint = low + high  # -log10 of the product
    product_ln = -joint * math.log(10.0)
    return max(0.0, joint - math.log10(1.0 - product_ln))


def _exact(seen: int, expected: float, basis: float, below: bool) -> float:
    """-log10 of ``seen`` calls or fewer (``below``) or more when ``expected`` were due, read off
    ``basis`` calls of the trailing hour: given the two counts' total, the window's share is binomial
    at ``expected / (expected + basis)`` under no change (as ``arrivals.fewer_than_expected``)."""
    if expected <= 0 or basis <= 0:
        return 0.0
    return log_tail(seen, seen + round(basis), expected / (expected + basis), below)


def others_hold(line: str, counts: Mapping[str, Mapping[int, Count]], minutes: int, routed: str = "") -> bool:
    """The lines other than ``line`` (and ``routed``, the line its callers moved to, if any) brought at
    least ``OTHERS_HOLD`` of their expected calls and of their trailing hour's rate (``basis``, read over
    ``TRAILING_MINUTES``), and at most ``OTHERS_HIGH`` of their expected calls, over ``minutes`` and
    over the longest window (``PARTIAL_WINDOWS``) alike.

    The floor on both: the expectation is the trailing rate times a shape read off last week's few
    score calls of the window's span, as noisy as the window itself, and that noise alone put a holiday
    mix's other lines (at 80% and 70% from the onset) at 95-124% of expected on some windows of a
    synthetic replay; the trailing rate has no shape, so an hour when the day's calls fall anyway (the
    evening's step down) holds back a page, never makes one. The ceiling: where the other lines read
    far over their expectation, the expectation itself is off (test18-a's normal morning, 08:41: the
    ramp to 09:00 put appointment and refill at 200% of expected over 15 minutes, and billing, at 62%
    of its own, at 31% of fair), so the line's share says nothing."""
    for length in {minutes, max(PARTIAL_WINDOWS)}:
        rest = [c[length] for w, c in counts.items() if w not in (line, routed) and length in c]
        if not rest:
            continue  # the only other line is the one the callers moved to
        seen, expected = sum(c.seen for c in rest), sum(c.expected for c in rest)
        trailing = sum(c.basis for c in rest) * length / TRAILING_MINUTES
        if expected <= 0 or seen < OTHERS_HOLD * max(expected, trailing) or seen > OTHERS_HIGH * expected:
            return False
    return True


def routed_to(line: str, counts: Mapping[str, Mapping[int, Count]], minutes: int, own: Count) -> str:
    """The other line that rose by at least half of ``own``'s missing calls, ``ROUTED_SIGMAS`` above
    its expectation and its trailing hour's rate alike ("" when none did)."""
    lost = own.expected - own.seen
    for other, windows in sorted(counts.items()):
        count = windows.get(minutes)
        if other == line or count is None or count.expected <= 0:
            continue
        usual = max(count.expected, count.basis * minutes / TRAILING_MINUTES)  # as ``others_hold``: the
        # shape's noise read a line's ordinary minutes as a rise (test_round21's trunk, at 0.65)
        rise = count.seen - usual
        noise = math.sqrt(usual * (1.0 + (usual / count.basis if count.basis > 0 else 1.0)))
        if rise >= 0.5 * lost and rise >= ROUTED_SIGMAS * noise:
            return other
    return ""
