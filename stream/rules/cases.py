"""Unit tests of a rule file, like promtool's: recorded calls (v1 events) with the matches expected.

A cases file is JSONL, one case per line: ``{"case": "...", "events": [v1 events...], "expect":
[{"rule": "...", "turn": 2}, ...]}`` (``turn`` optional; ``"count"`` for a rule expected more than
once). Events are validated against the contract, replayed in time order through a ``RuleEngine``
exactly as the stream feeds it (their ``events`` rows), as if each arrived at its own time (live),
with the clock ticking every second between events; the case passes when the matches are exactly the
ones expected: a missing and an unexpected match both fail it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.codec import decode_lean
from ingest.errors import IngestError
from stream import rows
from stream.metrics.sentiment import SentimentScorer, VaderScorer
from stream.rules.engine import RuleEngine
from stream.rules.errors import RuleFileError
from stream.rules.model import Match, RuleSet
from stream.rules.signals import EVENT_COLUMNS, observed_from_row

_INDEX = {name: rows.TABLE_COLUMNS["events"].index(name) for name in EVENT_COLUMNS}
TICK_MS = 1_000
MAX_TICKED_GAP_MS = 15 * 60_000


@dataclass(frozen=True, slots=True)
class CaseResult:
    name: str
    line: int
    missing: tuple[str, ...]  # "rule@turn" expected and not matched
    unexpected: tuple[str, ...]  # matched and not expected
    matches: tuple[Match, ...]

    @property
    def passed(self) -> bool:
        return not self.missing and not self.unexpected


def replay(rules: RuleSet, events: list[dict[str, Any]], scorer: SentimentScorer) -> list[Match]:
    """The matches ``rules`` make on one call's events (validated; replayed in time order)."""
    engine = RuleEngine(rules, scorer)
    decoded = sorted((decode_lean(json.dumps(e)) for e in events), key=lambda e: (e.ts, e.seq))
    found: list[Match] = []
    previous: int | None = None
    for event in decoded:
        if previous is not None and event.ts - previous <= MAX_TICKED_GAP_MS:
            for now in range(previous + TICK_MS, event.ts, TICK_MS):
                found += engine.tick(now)
        found += engine.observe(observed_from_row(rows.event_row(event, None, 0), _INDEX), event.ts)
        previous = event.ts
    return found


def _key(rule: str, turn: int | None) -> str:
    return rule if turn is None else f"{rule}@turn{turn}"


def check_case(rules: RuleSet, case: dict[str, Any], line: int, scorer: SentimentScorer) -> CaseResult:
    known = {r.name for r in rules.rules}
    expected: Counter[str] = Counter()
    by_rule_turnless: set[str] = set()
    for item in case.get("expect", []):
        rule = item["rule"]
        if rule not in known:
            raise RuleFileError(line, f"case {case.get('case')!r} expects unknown rule {rule!r}")
        turn = item.get("turn")
        if turn is None:
            by_rule_turnless.add(rule)
        expected[_key(rule, turn)] += int(item.get("count", 1))
    matches = replay(rules, case["events"], scorer)
    got: Counter[str] = Counter(_key(m.rule, None if m.rule in by_rule_turnless else m.turn) for m in matches)
    return CaseResult(
        name=str(case.get("case", f"line {line}")),
        line=line,
        missing=tuple(sorted((expected - got).elements())),
        unexpected=tuple(sorted((got - expected).elements())),
        matches=tuple(matches),
    )


def read_cases(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as err:
            raise RuleFileError(number, f"a case is one JSON object per line: {err.msg}") from err
        if not isinstance(case, dict) or not isinstance(case.get("events"), list):
            raise RuleFileError(number, 'a case needs "events" (a list of v1 events) and "expect"')
        yield number, case


def run_cases(rules: RuleSet, text: str, scorer: SentimentScorer | None = None) -> list[CaseResult]:
    """Every case of a cases file against ``rules``; ``RuleFileError`` for a case that cannot be read."""
    scorer = scorer or VaderScorer()
    results = []
    for line, case in read_cases(text):
        try:
            results.append(check_case(rules, case, line, scorer))
        except IngestError as err:
            raise RuleFileError(
                line, f"case {case.get('case')!r}: an event breaks the v1 contract: {err}"
            ) from err
    return results
