"""The splits from ``test2`` on as data, and the one loader that turns a split's file into its days.

A split is seeds, cases and why each case happens. It used to be written as a module per split (a
docstring, imports of effect classes, a prose dict or kind catalog, module-level effects, a plan of
rows, causes by an ``expected`` or per row, and a ``testN_days()``), twenty copies of one shape
(``test2`` to ``test21``; only ``tune`` and ``test`` stay in ``schedule.py``). Now each is a TOML file in
``split_files/``: the old docstring as ``about``, the seeds, ``[production]`` (kind -> how it happens in
production) and ``[[days]]`` with their ``[[days.cases]]`` (onset, minutes, kind, cause, scope, effect
name and its settings). The effect names are the classes of ``EFFECTS``, listed here by hand: a data
file can build only these, never an arbitrary import path. A file builds exactly the days its module
built (the identity was proven on conversion: same names, seeds, cases, onsets, causes, scopes and
effect reprs).

Every case's evidence onset is the first affected call, except where ``kinds.evidence_delay_ms`` says
otherwise (a slow rise: once its drift reaches 1 s). TOML arrays become tuples, as the effects take them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from bench.alerts_cases import (
    benign,
    benign3,
    degradations,
    faults,
    faults3,
    faults4,
    faults5,
    faults6,
    faults7,
    faults8,
    faults9,
    faults10,
    faults11,
    faults12,
    faults13,
    faults14,
    faults15,
    faults16,
    faults17,
    faults18,
    faults19,
    incidents,
    shifts,
)
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.kinds import evidence_delay_ms

FILES = Path(__file__).with_name("split_files")  # one <split>.toml per split

# Every effect a split file may name, by its class name (the README's "Writing a split" lists them).
EFFECTS: dict[str, type[Effect]] = {
    cls.__name__: cls
    for cls in (
        incidents.AgentDown, incidents.AgentLoop, incidents.DeadAir, incidents.SlowTool,
        incidents.TrafficStop,
        degradations.Asr, degradations.CanaryCrash, degradations.SlowRise,
        shifts.Holiday, shifts.Launch, shifts.Surge,
        benign.CanaryRelease, benign.HolidayMix, benign.SlowRamp,
        benign3.CanaryRollout, benign3.ClockShift,
        faults.AsrShare, faults.CarrierDrop, faults.LlmSlow, faults.PromptLoop, faults.ToolErrors,
        faults.TtsStuck, faults.Unreachable,
        faults3.CanaryLoop, faults3.DeadAirShare, faults3.LlmSlowEvery, faults3.ToolTimeout,
        faults4.BlueGreen, faults4.EagerHandoff, faults4.HourlyToolTimeout, faults4.ModelLoop,
        faults4.PrefixDrop, faults4.RateLimited, faults4.TtsCutOff,
        faults5.BuildDeadAir, faults5.FasterBuild, faults5.SlowOnLongInput, faults5.SocketDrop,
        faults5.StateLoss, faults5.StormCalls, faults5.WrongLanguage,
        faults6.AsrSlowSpeakers, faults6.DeadAirAfterTool, faults6.IntentLoop, faults6.LunchLull,
        faults6.SlowerToolVersion, faults6.TransferFails, faults6.VerifyRejects,
        faults7.BargeInIgnored, faults7.CarrierAsr, faults7.ElderlyEvening, faults7.HandoffDeadAir,
        faults7.KnowledgeOutage, faults7.ReminderCallbacks, faults7.Rerouted, faults7.ShareIntentLoop,
        faults7.VersionSlowTool,
        faults8.DoubleVerify, faults8.LateAsr, faults8.ModelDeadAir, faults8.OneWayAudio,
        faults8.ReplicaSlowTool, faults8.ScamCheckCalls,
        faults9.BargeInDeadAir, faults9.BuildAsr, faults9.ContextOverflow, faults9.EarlyGoodbye,
        faults9.ModelSwap, faults9.SnowMorning,
        faults10.OomRestarts, faults10.WrongAccount,
        faults11.ContentFilter, faults11.LinesStop,
        faults12.CanaryIntentLoop, faults12.EndpointCut,
        faults13.SlowPastDeadline,
        faults14.EveRush, faults14.GreetingNotice, faults14.PortedLineDrop,
        faults15.ChannelCap, faults15.DtmfDeadAir, faults15.ToolCallLoop, faults15.VoiceChange,
        faults16.FadingStop, faults16.SilentGreeting,
        faults17.ClosingLoop, faults17.FlappingStop, faults17.SessionExpiryDeadAir,
        faults18.AfterHoursStop, faults18.DigitsDeadAir, faults18.LastStepLoop,
        faults19.CacheFlushSlow, faults19.CanaryToolCrash, faults19.CarrierAgeDrop, faults19.LeakDeadAir,
        faults19.ShortAnswerAsr,
    )
}  # fmt: skip

_TOP = {"split", "seeds", "about", "production", "days"}
_DAY = {"name", "seed", "cases"}
_CASE = {"at", "minutes", "kind", "cause", "scope", "effect", "params"}


@dataclass(frozen=True)
class Row:
    """One case of a plan: when, how long, what, and what a page must name (cause None: benign)."""

    at: str  # "HH:MM"
    minutes: int
    kind: str
    effect: Effect
    cause: str | None = None
    scope: Mapping[str, str] | None = None


@dataclass(frozen=True)
class SplitFile:
    """A split as its file says: why it exists, its seeds, how each kind happens, its plan."""

    split: str
    about: str
    seeds: tuple[int, ...]
    production: Mapping[str, str]  # kind -> how it happens in production
    plan: Mapping[tuple[str, int], tuple[Row, ...]]  # (day name, seed) -> its rows, in file order

    def days(self) -> list[Day]:
        """The split's simulated days, each with its cases, in file order."""
        return [
            Day(name, self.split, seed, day_cases(self.split, name, seed, rows, self.production))
            for (name, seed), rows in self.plan.items()
        ]


def day_cases(
    split: str, day: str, seed: int, rows: tuple[Row, ...], production: Mapping[str, str]
) -> tuple[Case, ...]:
    """A day's rows as its cases. One incident on two workflows at once (the same onset and kind twice in
    a day, as test5's 12:35 traffic stop) is a case, and a page, for each: its name ends with the workflow."""
    cases = [case_of(split, day, seed, row, production) for row in rows]
    names = [case.name for case in cases]
    return tuple(
        replace(case, name=f"{case.name}/{case.scope['workflow']}") if names.count(case.name) > 1 else case
        for case in cases
    )


def case_of(split: str, day: str, seed: int, row: Row, production: Mapping[str, str]) -> Case:
    """A plan row as a case named ``day/kind@HH:MM`` with ``production[kind]`` as its real world."""
    if row.kind not in production:
        raise ValueError(f"{split} {day}: {row.kind} has no line on how it happens in production")
    return Case(
        name=f"{day}/{row.kind}@{row.at}",
        kind=row.kind,
        cause=row.cause,
        scope=dict(row.scope or {}),
        split=split,
        day=day,
        seed=seed,
        onset_ms=at(row.at),
        duration_ms=row.minutes * MINUTE,
        effect=row.effect,
        evidence_delay_ms=evidence_delay_ms(row.effect),
        real_world=production[row.kind],
    )


def effect_of(name: str, params: Mapping[str, Any]) -> Effect:
    """The effect a file names, built from ``EFFECTS`` with its settings (arrays as tuples)."""
    if name not in EFFECTS:
        raise ValueError(f"unknown effect {name!r}: one of {sorted(EFFECTS)}")
    return EFFECTS[name](**{key: _tuples(value) for key, value in params.items()})


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _number(split: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", split)
    return (int(digits) if digits else 0, split)


SPLITS: tuple[str, ...] = tuple(sorted((path.stem for path in FILES.glob("*.toml")), key=_number))


def _unknown(where: str, keys: Mapping[str, Any], allowed: set[str]) -> None:
    extra = set(keys) - allowed
    if extra:
        raise ValueError(f"{where}: unknown keys {sorted(extra)} (allowed: {sorted(allowed)})")


def parse(split: str, text: str) -> SplitFile:
    """A split file's text as a ``SplitFile``; a typo (an unknown key, effect or kind) is an error."""
    data = tomllib.loads(text)
    _unknown(split, data, _TOP)
    if data["split"] != split:
        raise ValueError(f"{split}.toml says split = {data['split']!r}")
    plan: dict[tuple[str, int], tuple[Row, ...]] = {}
    for day in data["days"]:
        _unknown(f"{split} {day.get('name')}", day, _DAY)
        rows = []
        for row in day["cases"]:
            _unknown(f"{split} {day['name']} {row.get('at')}", row, _CASE)
            effect = effect_of(row["effect"], row.get("params", {}))
            rows.append(
                Row(row["at"], row["minutes"], row["kind"], effect, row.get("cause"), row.get("scope"))
            )
        plan[(day["name"], day["seed"])] = tuple(rows)
    seeds = tuple(data["seeds"])
    if sorted({seed for _, seed in plan}) != sorted(seeds):
        raise ValueError(f"{split}: the days' seeds are not seeds = {list(seeds)}")
    return SplitFile(split, data["about"], seeds, dict(data["production"]), plan)


@cache
def load(split: str) -> SplitFile:
    """The split's file, parsed once."""
    if split not in SPLITS:
        raise ValueError(f"no split file for {split!r}: one of {SPLITS}")
    return parse(split, (FILES / f"{split}.toml").read_text(encoding="utf-8"))


def days(split: str) -> list[Day]:
    """The simulated days of a split that is a data file, each with its cases."""
    return load(split).days()
