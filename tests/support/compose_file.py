"""Reading docker-compose.yml for the static deployment checks (tests/deploy): no Docker engine needed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+alt}; $$ is a literal $.
VARIABLE = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(?::?[-?+])[^}]*)?\}")


def load_compose(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict) and isinstance(data.get("services"), dict), "compose needs a services map"
    return data


def is_one_shot(service: dict[str, Any]) -> bool:
    """A job that runs to completion (migrate, topic creation): `restart: "no"`."""
    return str(service.get("restart", "no")) == "no"


def environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as a mapping (compose accepts a list of NAME=value too)."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host path, container path) of the service's bind mounts; named volumes are left out."""
    mounts = []
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            if volume.get("type") == "bind":
                mounts.append((volume["source"], volume["target"]))
            continue
        source, _, rest = str(volume).partition(":")
        if source.startswith((".", "/")):
            mounts.append((source, rest.split(":")[0]))
    return mounts


def runs_callpulse_image(service: dict[str, Any]) -> bool:
    """Built from ./Dockerfile, whose ENTRYPOINT is `callpulse`."""
    return "build" in service


def callpulse_invocations(service: dict[str, Any]) -> list[list[str]]:
    """Every `callpulse …` argument list the service runs: its command, a shell script's `callpulse` lines,
    and a health check that calls callpulse."""
    runs: list[list[str]] = []
    command = service.get("command") or []
    command = shlex.split(command) if isinstance(command, str) else [str(c) for c in command]
    entrypoint = service.get("entrypoint")
    if runs_callpulse_image(service) and entrypoint is None:
        runs.append(command)
    elif entrypoint is not None:
        for script in command:
            runs.extend(shell_invocations(script))
    test = (service.get("healthcheck") or {}).get("test") or []
    if isinstance(test, list) and test[:2] == ["CMD", "callpulse"]:
        runs.append([str(t) for t in test[2:]])
    elif isinstance(test, list) and test[:1] == ["CMD-SHELL"]:
        runs.extend(shell_invocations(" ".join(test[1:])))
    return runs


def shell_invocations(script: str) -> list[list[str]]:
    """`callpulse a b --c d` in a shell script, up to the next | ; && || or end of line."""
    found = []
    for match in re.finditer(r"(?:^|[\s;&|(])callpulse\s+([a-z][\w-]*[^|;&\n]*)", script):
        found.append(shlex.split(match.group(1)))
    return found


def served_paths(service_name: str) -> set[str]:
    """The HTTP paths the callpulse service ``service_name`` of the compose file serves, read from the real
    application objects (built on settings that need no running warehouse or broker)."""
    from callpulse.settings import Settings

    settings = Settings(_env_file=None, agent_validate_signatures=False)  # type: ignore[call-arg]
    if service_name == "api":
        from api.app import create_app as create_api
        from api.context import ApiContext
        from callpulse import compose as pii

        ctx = ApiContext(
            client=None,
            database="unused",
            restricted_database="unused",
            keyring=pii.keyring(settings),
            key_pepper=b"x",
            ttfhw_budget_ms=settings.ttfhw_budget_ms,
        )
        return set(create_api(ctx).openapi()["paths"])
    if service_name == "agent":
        from agent.server.app import create_app as create_agent
        from callpulse.compose import agent_config
        from ingest.emit.inprocess import InProcessBus

        app = create_agent(agent_config(settings), InProcessBus(capacity=1))
        return {str(getattr(route, "path", "")) for route in app.routes}
    if service_name == "http-ingest":
        from ingest.emit.inprocess import InProcessBus
        from ingest.http import make_router

        # The ingest routes from the real router; /healthz and /metrics are added in callpulse/cli/http_ingest.py
        # on an app whose Kafka emitter would connect, so they are read from its source.
        paths = {str(getattr(route, "path", "")) for route in make_router(InProcessBus(capacity=1)).routes}
        source = (REPO / "callpulse" / "cli" / "http_ingest.py").read_text()
        return paths | set(re.findall(r'@app\.get\("([^"]+)"', source))
    raise KeyError(f"no application known for service {service_name!r}")
