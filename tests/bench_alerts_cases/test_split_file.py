"""The split files' loader (``bench/alerts_cases/split_file.py``): every file loads into the days the
splits serve, every effect class of the effect modules can be named by a file, and a typo in a file
(an unknown key, effect or kind, seeds that are not the days') is an error, never a quietly different
split."""

from __future__ import annotations

import importlib
import inspect

import pytest

from bench.alerts_cases import split_file, splits
from bench.alerts_cases.benign import HolidayMix
from bench.alerts_cases.effect import Effect

MODULES = ("incidents", "degradations", "shifts", "benign", "benign3", "faults",
           *(f"faults{n}" for n in range(3, 20)))  # fmt: skip
SMALL = """
split = "tiny"
seeds = [97]
about = "a one-case split for this test"
[production]
holiday_mix = "some callers stay away"
[[days]]
name = "tiny-a"
seed = 97
[[days.cases]]
at = "08:00"
minutes = 60
kind = "holiday_mix"
effect = "HolidayMix"
params = { stay_away = [["billing", 0.5]] }
"""


def test_every_split_file_is_a_split_of_the_schedule() -> None:
    assert split_file.SPLITS[:2] == ("test2", "test3") and "test21" in split_file.SPLITS
    for split in split_file.SPLITS:
        loaded = split_file.load(split)
        assert split in splits.SPLITS and loaded.about and loaded.production
        days = splits.days(split)
        assert [(d.name, d.seed) for d in days] == list(loaded.plan)
        assert all(
            c.split == split and c.real_world == loaded.production[c.kind] for d in days for c in d.cases
        )


def test_every_effect_class_has_a_name_in_the_registry() -> None:
    public = {
        name: cls
        for module in MODULES
        for name, cls in vars(importlib.import_module(f"bench.alerts_cases.{module}")).items()
        if inspect.isclass(cls)
        and issubclass(cls, Effect)
        and cls.__module__.endswith(f".{module}")
        and not name.startswith("_")
    }
    assert public == split_file.EFFECTS


def test_a_file_builds_its_effects_with_tuples_for_arrays() -> None:
    (day,) = split_file.parse("tiny", SMALL).days()
    (case,) = day.cases
    assert case.effect == HolidayMix((("billing", 0.5),)) and case.name == "tiny-a/holiday_mix@08:00"
    assert case.cause is None and case.scope == {} and case.real_world == "some callers stay away"


@pytest.mark.parametrize(
    ("typo", "message"),
    [
        (('effect = "HolidayMix"', 'effect = "HollidayMix"'), "unknown effect"),
        (("minutes = 60", "minutes = 60\nminuts = 60"), "unknown keys"),
        (("seeds = [97]", "seeds = [98]"), "seeds"),
        (('split = "tiny"', 'split = "tiny2"'), "says split"),
        (('kind = "holiday_mix"', 'kind = "holiday_mixx"'), "no line on how it happens"),
    ],
)
def test_a_typo_in_a_file_is_an_error(typo: tuple[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        split_file.parse("tiny", SMALL.replace(*typo)).days()
