"""docker-compose.yml, checked without a Docker engine: what `docker compose up` would trip over, or what
would run but silently differ from the documented topology (an unpinned image, an unchecked service, a
variable nobody documented, a command callpulse does not have, a mount of a file that is not there)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from compose_file import (
    ENV_EXAMPLE,
    VARIABLE,
    bind_mounts,
    callpulse_invocations,
    environment,
    is_one_shot,
    load_compose,
    runs_callpulse_image,
    served_paths,
)

from callpulse.cli import build_parser
from callpulse.settings import Settings

_SERVICES = load_compose((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())["services"]
EXACT_TAG = re.compile(r"^(?:[a-z0-9.-]+/)*[a-z0-9._-]+:v?\d+\.\d+\.\d+(?:\.\d+)?(?:-[a-z0-9.]+)?$")
TOPOLOGY = {
    "kafka": "Apache Kafka (KRaft)",
    "kafka-topics": "creates the topics of deploy/kafka/topics.json",
    "clickhouse": "ClickHouse server",
    "migrate": "applies the warehouse migrations",
    "worker": "the faust workers (two replicas)",
    "http-ingest": "POST /v1/events",
    "api": "the API and pages",
    "detect": "the anomaly detector",
    "agent": "the reference agent",
    "alertmanager": "Alertmanager",
    "prometheus": "Prometheus with the alert rules",
    "grafana": "Grafana with the ClickHouse plugin",
}


def _env_example() -> dict[str, tuple[str, list[str]]]:
    """NAME -> (value, the comment lines right above it) of .env.example."""
    documented: dict[str, tuple[str, list[str]]] = {}
    comments: list[str] = []
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comments.append(stripped)
        elif "=" in stripped:
            name, _, value = stripped.partition("=")
            documented[name.strip()] = (value.strip(), comments)
            comments = []
        else:
            comments = []
    return documented


def test_the_compose_file_holds_the_whole_topology(services: dict[str, Any]) -> None:
    missing = sorted(set(TOPOLOGY) - set(services))
    assert not missing, f"services missing from docker-compose.yml: {missing}"


@pytest.mark.parametrize("name", sorted(_SERVICES))
def test_every_service_runs_a_pinned_image_or_the_local_build(name: str) -> None:
    service = _SERVICES[name]
    if runs_callpulse_image(service):
        assert service["build"]["dockerfile"] == "Dockerfile"
        return
    image = str(service.get("image", ""))
    assert "latest" not in image, f"{name}: {image!r} is not a pinned version"
    assert EXACT_TAG.match(image), f"{name}: {image!r} needs an exact version tag (e.g. 3.9.1, v3.5.0)"


def test_every_callpulse_service_shares_one_image(services: dict[str, Any]) -> None:
    images = {str(s["image"]) for s in services.values() if runs_callpulse_image(s)}
    assert len(images) == 1, f"the callpulse services should run one image, not {images}"
    (image,) = images
    assert re.search(r":\$\{CALLPULSE_IMAGE_TAG:-\d+\.\d+\.\d+\}$", image), image


def test_grafana_installs_a_pinned_clickhouse_plugin(services: dict[str, Any]) -> None:
    env = environment(services["grafana"])
    plugins = " ".join(
        env.get(k, "") for k in ("GF_PLUGINS_PREINSTALL_SYNC", "GF_PLUGINS_PREINSTALL", "GF_INSTALL_PLUGINS")
    )
    assert re.search(r"grafana-clickhouse-datasource[@ ]\d+\.\d+\.\d+", plugins), plugins


@pytest.mark.parametrize("name", sorted(n for n, s in _SERVICES.items() if not is_one_shot(s)))
def test_every_long_running_service_has_a_health_check(name: str) -> None:
    check = _SERVICES[name].get("healthcheck") or {}
    test = check.get("test")
    assert test and test != ["NONE"] and not check.get("disable"), f"{name} needs a healthcheck"
    assert isinstance(test, list) and test[0] in ("CMD", "CMD-SHELL"), f"{name}: write the test as a list"
    assert _seconds(check.get("interval", "30s")) <= 60, f"{name}: a check every minute at least"


@pytest.mark.parametrize("name", sorted(_SERVICES))
def test_dependencies_wait_for_health_or_completion(name: str, services: dict[str, Any]) -> None:
    depends = services[name].get("depends_on") or {}
    assert isinstance(depends, dict), f"{name}: depends_on needs conditions (the long form)"
    for target, spec in depends.items():
        assert target in services, f"{name} depends on {target!r}, which is not a service"
        expected = "service_completed_successfully" if is_one_shot(services[target]) else "service_healthy"
        assert (spec or {}).get("condition") == expected, f"{name} -> {target}: condition {expected}"


@pytest.mark.parametrize("name", sorted(n for n, s in _SERVICES.items() if is_one_shot(s)))
def test_every_one_shot_job_is_awaited(name: str, services: dict[str, Any]) -> None:
    awaited_by = [n for n, s in services.items() if name in (s.get("depends_on") or {})]
    assert awaited_by, f"nothing waits for the one-shot {name!r}; a failure would go unnoticed"


def test_the_start_order_has_no_cycle(services: dict[str, Any]) -> None:
    state: dict[str, str] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert state.get(name) != "open", f"dependency cycle: {' -> '.join((*path, name))}"
        if state.get(name) == "done":
            return
        state[name] = "open"
        for target in services[name].get("depends_on") or {}:
            visit(target, (*path, name))
        state[name] = "done"

    for name in services:
        visit(name, ())


def test_two_workers_share_one_consumer_group(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert worker["command"] == ["worker"]
    assert worker.get("deploy", {}).get("replicas") == 2
    assert "container_name" not in worker and "ports" not in worker, "replicas cannot share a name or port"
    group = environment(worker).get(
        "CALLPULSE_KAFKA_GROUP_ID", Settings.model_fields["kafka_group_id"].default
    )
    assert group, "the replicas must join one consumer group"


def test_migrations_run_once_before_anything_reads_the_warehouse(services: dict[str, Any]) -> None:
    assert services["migrate"]["command"] == ["migrate"]
    for name in ("worker", "api", "detect"):
        assert "migrate" in services[name]["depends_on"], f"{name} must start after the migrations"


def test_callpulse_services_reach_the_compose_warehouse_and_broker(services: dict[str, Any]) -> None:
    for name, service in services.items():
        if not runs_callpulse_image(service):
            continue
        env = environment(service)
        assert (
            env["CALLPULSE_WAREHOUSE_DSN"].startswith("http://")
            and "@clickhouse:8123" in env["CALLPULSE_WAREHOUSE_DSN"]
        ), name
        assert env["CALLPULSE_KAFKA_BOOTSTRAP"] == "kafka:9092", name
        assert env["CALLPULSE_ENV"] == "production", f"{name}: placeholders must be refused in compose"


def test_every_variable_is_documented_in_env_example(compose_text: str) -> None:
    documented = _env_example()
    used = sorted(set(VARIABLE.findall(compose_text)))
    assert used, "the compose file should take its settings from .env"
    missing = [v for v in used if v not in documented]
    assert not missing, f"add these to .env.example, each with a comment: {missing}"
    uncommented = [v for v in used if not documented[v][1]]
    assert not uncommented, f"give these a comment line in .env.example: {uncommented}"


def test_required_secrets_ship_empty(compose_text: str) -> None:
    """`${X:?…}` makes compose stop when X is unset or empty; .env.example must not fill it with a value
    someone could deploy unchanged."""
    documented = _env_example()
    required = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*):\?", compose_text))
    assert {"CLICKHOUSE_PASSWORD", "CALLPULSE_REDACTION_KEY", "CALLPULSE_RAW_KEYS"} <= required
    filled = sorted(v for v in required if documented[v][0])
    assert not filled, f"leave these empty in .env.example: {filled}"


def test_callpulse_variables_are_real_settings(services: dict[str, Any]) -> None:
    """A misspelt CALLPULSE_* name is ignored by the settings class: the service would run on a default."""
    fields = set(Settings.model_fields)
    callpulse = [s for s in services.values() if runs_callpulse_image(s)]
    names = {k for s in callpulse for k in environment(s) if k.startswith("CALLPULSE_")}
    names |= {k for k in _env_example() if k.startswith("CALLPULSE_")}
    names.discard("CALLPULSE_IMAGE_TAG")  # the image tag, for compose only
    unknown = sorted(n for n in names if n.removeprefix("CALLPULSE_").lower() not in fields)
    assert not unknown, f"not fields of callpulse/settings.py: {unknown}"


@pytest.mark.parametrize("name", sorted(n for n, s in _SERVICES.items() if callpulse_invocations(s)))
def test_every_callpulse_command_exists(name: str) -> None:
    parser = build_parser()
    for argv in callpulse_invocations(_SERVICES[name]):
        try:
            parser.parse_args(argv)
        except SystemExit:
            pytest.fail(f"{name} runs `callpulse {' '.join(argv)}`, which `callpulse --help` does not know")


def test_every_callpulse_service_runs_a_command(services: dict[str, Any]) -> None:
    for name, service in services.items():
        if runs_callpulse_image(service):
            assert callpulse_invocations(service), f"{name} would only print `callpulse --help`"


@pytest.mark.parametrize(
    ("name", "host_path"), sorted({(n, p) for n, s in _SERVICES.items() for p, _ in bind_mounts(s)})
)
def test_every_mounted_host_path_exists(name: str, host_path: str, repo: Path) -> None:
    assert (repo / host_path).exists(), f"{name} mounts {host_path}, which is not in the repository"


def test_every_named_volume_is_declared(compose: dict[str, Any]) -> None:
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume in service.get("volumes") or []:
            source = str(volume).partition(":")[0]
            if not source.startswith((".", "/")):
                assert source in declared, f"{name} uses volume {source!r}; declare it under volumes:"


def test_stateful_services_keep_their_data_in_volumes(services: dict[str, Any]) -> None:
    data_dirs = {
        "kafka": "/var/lib/kafka/data",
        "clickhouse": "/var/lib/clickhouse",
        "prometheus": "/prometheus",
        "alertmanager": "/alertmanager",
        "grafana": "/var/lib/grafana",
    }
    for name, path in data_dirs.items():
        targets = [str(v).split(":")[1] for v in services[name].get("volumes") or []]
        assert path in targets, f"{name} would lose its data on `docker compose down`"


def test_kafka_stores_where_its_volume_is(services: dict[str, Any]) -> None:
    env = environment(services["kafka"])
    assert env["KAFKA_LOG_DIRS"] == "/var/lib/kafka/data"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false", "topics come from deploy/kafka/topics.json"
    assert "controller" in env["KAFKA_PROCESS_ROLES"], "KRaft: no ZooKeeper"


def test_published_ports_bind_to_the_configured_address(services: dict[str, Any]) -> None:
    for name, service in services.items():
        for port in service.get("ports") or []:
            assert str(port).startswith("${BIND_ADDRESS:-127.0.0.1}:"), (
                f"{name}: {port} (loopback by default)"
            )


def test_the_clickhouse_server_config_is_well_formed(repo: Path) -> None:
    root = ElementTree.parse(repo / "deploy/clickhouse/server/config.d/callpulse.xml").getroot()
    assert root.tag == "clickhouse"


def test_alertmanager_posts_with_a_key_of_a_role_that_may_write_alerts(services: dict[str, Any]) -> None:
    from api.auth.roles import allows

    (create,) = [
        argv for argv in callpulse_invocations(services["alertmanager-key"]) if argv[:2] == ["keys", "create"]
    ]
    role = create[create.index("--role") + 1]
    assert allows(role, "alerts:write")
    assert not allows(role, "calls:read"), "the webhook key should not read calls"


def _seconds(text: str) -> float:
    match = re.fullmatch(r"(\d+)(ms|s|m)", str(text))
    assert match, f"cannot read the duration {text!r}"
    value, unit = int(match[1]), match[2]
    return value / 1000 if unit == "ms" else value * (60 if unit == "m" else 1)


@pytest.mark.parametrize("name", sorted(n for n, s in _SERVICES.items() if s.get("entrypoint")))
def test_shell_scripts_in_the_compose_file_parse(name: str) -> None:
    entrypoint = _SERVICES[name]["entrypoint"]
    assert entrypoint[0] in ("/bin/sh", "/bin/bash") and entrypoint[-1].endswith("c"), entrypoint
    for script in _SERVICES[name]["command"]:
        rendered = script.replace("$$", "$")  # compose's escape: the container's shell sees one $
        done = subprocess.run(["bash", "-n", "-c", rendered], capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{name}: {done.stderr}"


def test_the_alertmanager_key_script_extracts_a_real_key(services: dict[str, Any], warehouse: Any) -> None:
    """The one-shot greps the key out of `callpulse keys create`'s output; a key format change must not
    leave Alertmanager posting an empty token."""
    from api.auth.keys import KeyStore
    from ingest.clock import SystemClock

    script = services["alertmanager-key"]["command"][0]
    (pattern,) = re.findall(r"grep -o '([^']+)'", script)
    store = KeyStore(warehouse.client, warehouse.restricted_database, b"pepper", SystemClock())
    for _ in range(20):
        _, plaintext = store.create("alertmanager", "alertmanager")
        assert re.fullmatch(pattern, plaintext), f"{pattern} does not match a key like {plaintext[:8]}…"


@pytest.mark.parametrize("name", ["api", "agent", "http-ingest"])
def test_health_checks_probe_a_route_the_service_serves(name: str, services: dict[str, Any]) -> None:
    probe = " ".join(services[name]["healthcheck"]["test"])
    ((port, path),) = re.findall(r"http://127\.0\.0\.1:(\d+)(/[\w/-]*)", probe)
    assert path in served_paths(name), f"{name}'s health check asks for {path}, which it does not serve"
    listen = {k: v for k, v in environment(services[name]).items() if k.endswith("_PORT")}
    assert port in listen.values(), f"{name} listens on {listen}, its health check asks port {port}"
