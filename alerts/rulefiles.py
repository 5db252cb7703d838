"""The alert and recording rule files, and the metric names their expressions use.

Used by the tests (every metric a rule names must be declared in ``ingest.telemetry``) and by the
benchmark, which evaluates the same expressions over simulated traffic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).resolve().parent / "rules"
RULE_FILES = (RULES_DIR / "callpulse.yml",)
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
_NAME = re.compile(r"\b(callpulse_[a-z0-9_]+)\b")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: ``record`` or ``alert`` name, its expression, and (for alerts) labels and annotations."""

    name: str
    expr: str
    is_alert: bool
    for_: str = "0s"
    labels: tuple[tuple[str, str], ...] = ()
    annotations: tuple[tuple[str, str], ...] = ()


def load_rules(paths: tuple[Path, ...] = RULE_FILES) -> list[Rule]:
    rules: list[Rule] = []
    for path in paths:
        document: dict[str, Any] = yaml.safe_load(path.read_text())
        for group in document["groups"]:
            for raw in group["rules"]:
                rules.append(
                    Rule(
                        name=raw.get("alert") or raw["record"],
                        expr=str(raw["expr"]),
                        is_alert="alert" in raw,
                        for_=str(raw.get("for", "0s")),
                        labels=tuple(sorted((raw.get("labels") or {}).items())),
                        annotations=tuple(sorted((raw.get("annotations") or {}).items())),
                    )
                )
    return rules


def metric_names(expr: str) -> set[str]:
    """Exported metric names in a PromQL expression (recording-rule names contain ':' and are skipped)."""
    return {m.group(1) for m in _NAME.finditer(expr) if ":" not in expr[m.start() - 1 : m.start()]}


def base_name(name: str, histograms: set[str]) -> str:
    """``x_bucket`` -> ``x`` when ``x`` is a declared histogram; other names unchanged."""
    for suffix in HISTOGRAM_SUFFIXES:
        if name.endswith(suffix) and name.removesuffix(suffix) in histograms:
            return name.removesuffix(suffix)
    return name
