"""The alert rules: valid for Prometheus, their unit tests pass, and every metric they read exists."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from alerts.rulefiles import RULE_FILES, RULES_DIR, base_name, load_rules, metric_names
from ingest.telemetry import METRICS

ROOT = Path(__file__).resolve().parents[2]
ONCALL = ROOT / "docs" / "oncall.md"
ALERTMANAGER = ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
needs_promtool = pytest.mark.skipif(
    shutil.which("promtool") is None, reason="promtool missing: `make promtool` installs Debian's prometheus"
)


# A guard against a hung promtool, not a speed check: minutes.test.yml evaluates every rule at every
# 15 s step of a simulated day and took 381 s at a load average of ~15 (it passed the old 300 s limit
# on an idle CI machine).
PROMTOOL_TIMEOUT_S = 1_200


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=PROMTOOL_TIMEOUT_S, check=False)


@needs_promtool
def test_promtool_accepts_the_rule_files() -> None:
    result = run("promtool", "check", "rules", *map(str, RULE_FILES))
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
@pytest.mark.parametrize("test_file", sorted(p.name for p in (RULES_DIR / "tests").glob("*.test.yml")))
def test_normal_traffic_is_silent_and_each_incident_fires(test_file: str) -> None:
    result = run("promtool", "test", "rules", str(RULES_DIR / "tests" / test_file))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("amtool") is None, reason="amtool missing: `make promtool`")
def test_alertmanager_accepts_its_configuration() -> None:
    result = run("amtool", "check-config", str(ALERTMANAGER))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_metric_a_rule_reads_is_declared_in_the_telemetry_list() -> None:
    """A renamed metric must fail here, not silently stop a page at 3 a.m."""
    declared = {spec.name for spec in METRICS}
    histograms = {spec.name for spec in METRICS if spec.kind == "histogram"}
    used = {base_name(name, histograms) for rule in load_rules() for name in metric_names(rule.expr)}
    assert used, "no metric found in the rules"
    assert used - declared == set()


def test_every_recording_rule_an_alert_reads_is_defined() -> None:
    rules = load_rules()
    recorded = {r.name for r in rules if not r.is_alert}
    read = {name for r in rules for name in re.findall(r"callpulse:[a-z0-9_:]+", r.expr)}
    assert len(read) >= 8
    assert read - recorded == set()


@pytest.mark.parametrize("alert", [r for r in load_rules() if r.is_alert], ids=lambda r: r.name)
def test_every_alert_says_how_bad_what_happened_and_where_to_look(alert) -> None:
    labels, annotations = dict(alert.labels), dict(alert.annotations)
    assert labels.get("severity") in {"page", "ticket"}
    assert {"summary", "runbook", "dashboard"} <= set(annotations)
    anchor = annotations["runbook"].split("#", 1)[1]
    headings = [line for line in ONCALL.read_text().splitlines() if line.startswith("#")]
    assert any(anchor == _slug(h) for h in headings), f"docs/oncall.md has no section #{anchor}"


def _slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    text = heading.lstrip("#").strip().lower()
    return "".join(c for c in text.replace(" ", "-") if c.isalnum() or c in "-_")


def test_every_rule_reads_recorded_series_from_earlier_in_its_own_group() -> None:
    """Groups are evaluated concurrently: an alert reading a recording rule of another group (or a later
    one) sees last evaluation's value, and its page quotes a stale number (promtool tests then flap)."""
    import re

    import yaml

    from alerts.rulefiles import RULE_FILES

    for path in RULE_FILES:
        for group in yaml.safe_load(path.read_text())["groups"]:
            recorded: set[str] = set()
            for rule in group["rules"]:
                for name in re.findall(r"\b(callpulse:[a-z0-9_:]+)", rule["expr"]):
                    assert name in recorded, (
                        f"{rule.get('alert') or rule.get('record')} reads {name} before it is recorded in group {group['name']}"
                    )
                if "record" in rule:
                    recorded.add(rule["record"])
