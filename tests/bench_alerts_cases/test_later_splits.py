"""The shape of the ``test12`` to ``test27`` splits and their separation from every other split, one body
for all (they were written as copies): three days, two with incidents and one that must not page, on the
seeds the split's data file lists (``split_files/<split>.toml``, as ``split_file.load`` reads it); no
seed hour, onset, kind or effect shared with another split. A tool cause (a ``(cause, tool)`` pair such
as ``tool_latency:find_account``) may be another split's again only with another setting of the effect
(latency, share...) and at another onset hour; an identical repeat (the same effect, or the same hour)
stays forbidden. Every tool cause of the 15 tools was some split's by test19, so test20's slow tool,
test21's slow tool and tool errors, test22's slow tool and slow rise, test23's slow tool and slow rise,
test24's slow tool, test25's slow tool and tool errors, test26's slow tool and slow rise, and test27's
slow tool and tool errors repeat one that way (test22's failing ``book_appointment`` is no split's).
What differs per split is in ``SPLITS``; each split's own effects are tested in its ``test_testN.py``."""

from __future__ import annotations

import pytest

from bench.alerts_cases import split_file, splits
from bench.alerts_cases.day import DAY0, HOUR

CAUSES = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
          "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip
# each split: the seeds of its -a, -b and -benign days, its tool causes
SPLITS: dict[str, tuple[tuple[int, int, int], set[str]]] = {
    "test12": ((3801, 3831, 3861), {"tool_latency:find_member", "tool_latency:verify_member"}),
    "test13": ((3901, 3931, 3961), {"tool_failure:find_slots"}),
    "test14": ((4301, 4331, 4361), {"tool_failure:lookup_prescription"}),
    "test15": ((4701, 4731, 4761), {"tool_failure:find_account"}),
    "test16": ((4801, 4831, 4861), {"tool_failure:verify_identity"}),
    "test17": ((4901, 4931, 4961), {"tool_failure:get_refill_status"}),
    "test18": ((5001, 5031, 5061), {"tool_failure:lookup_caller"}),
    "test19": ((5401, 5431, 5461), set()),  # every tool cause was spent
    # test20's slow tool repeats test's slow-rise tool cause with another setting at another hour
    "test20": ((5501, 5531, 5561), {"tool_latency:find_account"}),
    # test21 repeats tune-c's slow find_slots and test15's find_account past a deadline, other settings and hours
    "test21": ((5601, 5631, 5661), {"tool_latency:find_slots", "tool_failure:find_account"}),
    # test22 repeats test12's slow verify_member and test's slow lookup_prescription, other settings and
    # hours; its failing book_appointment is no split's
    "test22": (
        (5701, 5731, 5761),
        {"tool_latency:verify_member", "tool_latency:lookup_prescription", "tool_failure:book_appointment"},
    ),
    # test23 repeats test8's slow verify_patient (a replica) and test6's slow process_payment (as a rise),
    # other settings and hours
    "test23": ((5801, 5831, 5861), {"tool_latency:verify_patient", "tool_latency:process_payment"}),
    # test24 repeats tune-a's slow get_balance, another setting and hour
    "test24": ((5901, 5931, 5961), {"tool_latency:get_balance"}),
    # test25 repeats test7's slow verify_identity (one build) and test3's process_payment timeouts (as errors),
    # other settings and hours
    "test25": ((6001, 6031, 6061), {"tool_latency:verify_identity", "tool_failure:process_payment"}),
    # test26 repeats test12's find_member rise (as one slow replica) and test10's slow lookup_appointment (as a
    # rise), other settings and hours
    "test26": ((6201, 6231, 6261), {"tool_latency:find_member", "tool_latency:lookup_appointment"}),
    # test27 repeats tune-a's and test24's slow get_balance (a flushed cache) and test14's lookup_prescription
    # past its deadline (as gateway errors), other settings and hours
    "test27": ((6301, 6331, 6361), {"tool_latency:get_balance", "tool_failure:lookup_prescription"}),
}
# the splits whose every incident names a scope (the others have every-line incidents)
SCOPED = {"test14", "test16", "test17", "test18", "test20"}


@pytest.mark.parametrize("split", SPLITS)
def test_three_days_two_with_incidents_one_that_must_not_page(split: str) -> None:
    a, b, benign = SPLITS[split][0]
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days(split)}
    assert days == {f"{split}-a": (a, [False] * 3), f"{split}-b": (b, [False] * 3),
                    f"{split}-benign": (benign, [True] * 3)}  # fmt: skip
    for case in splits.cases(split):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or (case.cause or "").split(":")[0] in CAUSES
        assert case.benign or split not in SCOPED or case.scope


@pytest.mark.parametrize("split", SPLITS)
def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_an_earlier_split(split: str) -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    seeds, own_tools = split_file.load(split).seeds, SPLITS[split][1]
    mine = splits.cases(split)
    drawn = {s + h for s in seeds for h in range(25)}
    assert splits.seeds(split) == list(seeds)
    earlier = [s for s in splits.SPLITS if s != split]
    assert {"tune", "test", "test2", "test3"} <= set(earlier) and len(earlier) >= 14
    for other in earlier:
        assert not drawn & {s + h for s in splits.seeds(other) for h in range(25)}, other
    before = [c for other in earlier for c in splits.cases(other)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == own_tools
    for case in (c for c in mine if c.cause in tools):
        again = [c for c in before if c.cause == case.cause]
        assert all(repr(c.effect) != repr(case.effect) for c in again), case.name  # another setting
        assert all(_hour(c.onset_ms) != _hour(case.onset_ms) for c in again), case.name  # another hour


def _hour(onset_ms: int) -> int:
    """The hour of the day an onset falls in."""
    return (onset_ms - DAY0) // HOUR
