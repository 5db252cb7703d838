"""Render the dashboards to Grafana JSON, write them to ``dashboards/generated/``, and find drift.

The committed JSON is what Grafana provisions (``deploy/grafana/provisioning/dashboards``) and what
``callpulse dashboards push`` uploads; a test fails when it differs from what this code builds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import dashboard
from grafana_foundation_sdk.cog.encoder import JSONEncoder

from dashboards import latency_tools, oncall, overview, rollout, workflow
from stream.metrics.types import TTFHW_BUDGET_MS

GENERATED = Path(__file__).resolve().parent / "generated"
DASHBOARDS: dict[str, Callable[[str, int], dashboard.Dashboard]] = {
    "overview.json": overview.build,
    "workflow.json": workflow.build,
    "latency-tools.json": latency_tools.build,
    "oncall.json": oncall.build,
    "rollout.json": rollout.build,
}
"""File name -> builder taking (database, TTFHW budget in ms)."""


def render(builder: dashboard.Dashboard) -> dict[str, Any]:
    """The dashboard as Grafana's JSON model, with stable panel ids (1, 2, … in layout order)."""
    model: dict[str, Any] = json.loads(json.dumps(builder.build(), cls=JSONEncoder))
    for number, panel in enumerate(model.get("panels", []), start=1):
        panel["id"] = number
    for variable in model.get("templating", {}).get("list", []):
        variable["id"] = variable["name"]
    return model


def build_all(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dict[str, dict[str, Any]]:
    """Every dashboard by file name."""
    return {name: render(build(db, budget_ms)) for name, build in DASHBOARDS.items()}


def to_text(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(directory: Path = GENERATED, budget_ms: int = TTFHW_BUDGET_MS) -> list[Path]:
    """Write every dashboard; returns the files whose content changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, model in build_all(budget_ms=budget_ms).items():
        path = directory / name
        text = to_text(model)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            changed.append(path)
    return changed


def stale(directory: Path = GENERATED, budget_ms: int = TTFHW_BUDGET_MS) -> list[str]:
    """Names of generated files that are missing or differ from what the code builds."""
    built = build_all(budget_ms=budget_ms)
    wrong = [
        n
        for n, m in built.items()
        if not (directory / n).exists() or (directory / n).read_text() != to_text(m)
    ]
    extra = sorted(p.name for p in directory.glob("*.json") if p.name not in built)
    return wrong + extra


def load(directory: Path = GENERATED) -> dict[str, dict[str, Any]]:
    """The committed dashboards by file name."""
    return {p.name: json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))}
