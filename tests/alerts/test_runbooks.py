"""Every alert that pages has a runbook section in docs/oncall.md, and the README's "On call" section
names it (an on-call engineer reading either finds what to do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.detector.signals import SIGNALS
from alerts.rulefiles import load_rules

ROOT = Path(__file__).resolve().parents[2]
PAGING = sorted({s.alertname for s in SIGNALS if s.severity == "page"}
                | {r.name for r in load_rules() if r.is_alert and dict(r.labels).get("severity") == "page"})  # fmt: skip


def on_call_section() -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("\n## On call\n")
    return readme[start : readme.index("\n## ", start + 1)]


def runbook_anchors() -> set[str]:
    headings = [
        line for line in (ROOT / "docs" / "oncall.md").read_text().splitlines() if line.startswith("#")
    ]
    return {h.lstrip("#").strip().lower().replace(" ", "-") for h in headings}


@pytest.mark.parametrize("alert", PAGING)
def test_a_paging_alert_has_a_runbook_and_is_named_in_the_readme(alert: str) -> None:
    base = alert.removesuffix("Fast").removesuffix("Slow") if "BudgetBurn" in alert else alert
    assert base.lower() in runbook_anchors(), f"docs/oncall.md has no section for {alert}"
    assert base in on_call_section(), f"README's On call section does not name {alert}"
