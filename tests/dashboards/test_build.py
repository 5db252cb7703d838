"""The committed dashboards are what the code builds, keep their contracts (the detector's on-call link,
the data-source uids of the provisioning files) and read only declared Prometheus metrics."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from alerts.detector.detector import DetectorConfig
from alerts.rulefiles import base_name, metric_names
from callpulse.settings import Settings
from dashboards import build, datasources
from dashboards.query import CLICKHOUSE_UID, PROMETHEUS_UID
from ingest.telemetry import METRICS

ROOT = Path(__file__).resolve().parents[2]
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
COMMITTED = build.load()


def panels() -> list[dict]:
    return [p for model in COMMITTED.values() for p in model["panels"] if p["type"] != "row"]


def test_the_committed_json_is_what_the_code_builds() -> None:
    """Edit dashboards/*.py and run `callpulse dashboards build`; never edit the JSON by hand."""
    assert build.stale() == [], "dashboards/generated is stale: run `callpulse dashboards build`"
    assert set(COMMITTED) == set(build.DASHBOARDS)


def test_build_check_fails_on_a_hand_edited_file(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "callpulse.cli", "dashboards", "build", "--out", str(tmp_path), *args]
        return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)

    written = run()
    assert written.returncode == 0 and "5 written" in written.stdout, written.stderr
    assert run("--check").returncode == 0
    edited = tmp_path / "overview.json"
    edited.write_text(edited.read_text().replace("Resolved containment", "Resolved containmnet"))
    check = run("--check")
    assert check.returncode == 1 and "overview.json" in check.stdout
    assert run().stdout.startswith("5 dashboards") and run("--check").returncode == 0


def test_the_detector_links_to_the_on_call_dashboard_with_its_variables() -> None:
    oncall = COMMITTED["oncall.json"]
    slug = re.sub(r"[^a-z0-9]+", "-", oncall["title"].lower()).strip("-")
    for url in (DetectorConfig().dashboard_url, Settings().detector_dashboard_url):
        assert urlsplit(url).path == f"/d/{oncall['uid']}/{slug}"
    names = {v["name"] for v in oncall["templating"]["list"]}
    assert {"workflow", "tool", "agent_version", "api_base"} <= names  # the detector's group labels


def test_every_dashboard_has_the_variables_annotations_and_links_a_lead_needs() -> None:
    for name, model in COMMITTED.items():
        variables = {v["name"]: v for v in model["templating"]["list"]}
        assert {"workflow", "agent_version", "api_base"} <= set(variables), name
        assert variables["api_base"]["query"] == "http://127.0.0.1:8000"
        assert [a["name"] for a in model["annotations"]["list"]] == ["Alerts"]
        assert "FROM callpulse.alerts" in model["annotations"]["list"][0]["target"]["rawSql"]
    uids = [model["uid"] for model in COMMITTED.values()]
    assert len(set(uids)) == len(uids) and all(u.startswith("callpulse-") for u in uids)


def test_every_panel_reads_a_callpulse_data_source_and_says_what_it_shows() -> None:
    for panel in panels():
        assert panel["datasource"]["uid"] in (CLICKHOUSE_UID, PROMETHEUS_UID), panel["title"]
        assert panel.get("description"), panel["title"]
        assert isinstance(panel.get("options"), dict), f"{panel['title']}: Grafana expects an options object"
        assert all(t["datasource"]["uid"] == panel["datasource"]["uid"] for t in panel["targets"])
    ids = [p["id"] for model in COMMITTED.values() for p in model["panels"]]
    assert all(isinstance(i, int) for i in ids)


def test_every_metric_a_panel_reads_is_declared_in_the_telemetry_list() -> None:
    """A renamed metric must fail here, not leave an empty panel on the on-call page."""
    declared = {spec.name for spec in METRICS}
    histograms = {spec.name for spec in METRICS if spec.kind == "histogram"}
    exprs = [t["expr"] for p in panels() if p["datasource"]["uid"] == PROMETHEUS_UID for t in p["targets"]]
    used = {base_name(name, histograms) for expr in exprs for name in metric_names(expr)}
    assert {
        "callpulse_worker_consumer_lag_messages",
        "callpulse_pipeline_dead_letters_total",
        "callpulse_pipeline_redaction_failures_total",
    } <= used
    assert used - declared == set()


def test_the_provisioning_files_match_what_push_creates() -> None:
    provisioned = yaml.safe_load((PROVISIONING / "datasources" / "callpulse.yml").read_text())["datasources"]
    pushed = [
        datasources.clickhouse("http://grafana:pw@clickhouse:8123"),
        datasources.prometheus("http://p:9090"),
    ]
    assert [(d["uid"], d["type"], d["name"]) for d in provisioned] == [
        (d["uid"], d["type"], d["name"]) for d in pushed
    ]
    assert provisioned[0]["jsonData"]["defaultDatabase"] == "callpulse"
    [provider] = yaml.safe_load((PROVISIONING / "dashboards" / "callpulse.yml").read_text())["providers"]
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards/callpulse"
    assert provider["folder"] == Settings().grafana_folder == "callpulse"


def test_the_json_is_importable_as_written() -> None:
    for path in sorted(build.GENERATED.glob("*.json")):
        model = json.loads(path.read_text())
        assert model["schemaVersion"] >= 36 and model["uid"] and model["title"], path.name
