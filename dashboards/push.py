"""``callpulse dashboards push``: the folder, the data sources and every dashboard, through Grafana's API.

Idempotent by comparison: each object is read first and written only when it differs (dashboards by
uid, with ``overwrite``), so a second run reports every object ``unchanged`` and writes nothing. A data
source's password cannot be read back from Grafana; a data source is rewritten when a secret it needs
is not set at all, not when the secret's value changed (re-run with a changed DSN host or user, or set
it in Grafana, to rotate one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from grafana_client.api import GrafanaApi
from grafana_client.client import GrafanaClientError, GrafanaException

from dashboards.errors import DashboardsError

Outcome = Literal["created", "updated", "unchanged"]
_VOLATILE = ("id", "version")


@dataclass(slots=True)
class PushReport:
    """What happened to each object, in order: (kind, name, outcome)."""

    actions: list[tuple[str, str, Outcome]] = field(default_factory=list)

    def add(self, kind: str, name: str, outcome: Outcome) -> None:
        self.actions.append((kind, name, outcome))

    @property
    def writes(self) -> int:
        return sum(1 for *_, outcome in self.actions if outcome != "unchanged")


def connect(
    url: str, token: str = "", user: str = "", password: str = "", timeout_s: float = 10.0
) -> GrafanaApi:
    """A client for Grafana at ``url``: a service-account token if given, else basic auth."""
    credential: str | tuple[str, str] | None = token or ((user, password) if user and password else None)
    api: GrafanaApi = GrafanaApi.from_url(url, credential=credential, timeout=timeout_s)
    return api


def push(
    api: Any,
    dashboards: Mapping[str, dict[str, Any]],
    datasources: list[dict[str, Any]],
    folder: str,
) -> PushReport:
    """Create or update the folder (uid = title), the data sources and the dashboards in it."""
    report = PushReport()
    try:
        report.add("folder", folder, _folder(api, folder))
        for source in datasources:
            report.add("datasource", source["name"], _datasource(api, source))
        for model in dashboards.values():
            report.add("dashboard", model["title"], _dashboard(api, model, folder))
    except GrafanaException as err:
        raise DashboardsError(f"Grafana refused the push: {_why(err)}") from None
    except OSError as err:  # connection refused, DNS
        raise DashboardsError(f"cannot reach Grafana: {err}") from None
    return report


def _folder(api: Any, folder: str) -> Outcome:
    found = _get(lambda: api.folder.get_folder(folder))
    if found is None:
        api.folder.create_folder(folder, uid=folder)
        return "created"
    if found.get("title") == folder:
        return "unchanged"
    api.folder.update_folder(folder, title=folder, overwrite=True)
    return "updated"


def _datasource(api: Any, source: dict[str, Any]) -> Outcome:
    found = _get(lambda: api.datasource.get_datasource_by_uid(source["uid"]))
    if found is None:
        api.datasource.create_datasource(source)
        return "created"
    public = {k: v for k, v in source.items() if k != "secureJsonData"}
    same = all(found.get(k) == v for k, v in public.items() if k != "jsonData")
    same = same and all(found.get("jsonData", {}).get(k) == v for k, v in public.get("jsonData", {}).items())
    secrets_set = set(source.get("secureJsonData", {})) <= {
        k for k, v in (found.get("secureJsonFields") or {}).items() if v
    }
    if same and secrets_set:
        return "unchanged"
    api.datasource.update_datasource_by_uid(source["uid"], source)
    return "updated"


def _dashboard(api: Any, model: dict[str, Any], folder: str) -> Outcome:
    found = _get(lambda: api.dashboard.get_dashboard(model["uid"]))
    if found is not None:
        stored = {k: v for k, v in found.get("dashboard", {}).items() if k not in _VOLATILE}
        if stored == model and found.get("meta", {}).get("folderUid") == folder:
            return "unchanged"
    api.dashboard.update_dashboard(
        {"dashboard": model, "folderUid": folder, "overwrite": True, "message": "callpulse dashboards push"}
    )
    return "created" if found is None else "updated"


def _get(read: Any) -> dict[str, Any] | None:
    """The object, or None when Grafana says 404."""
    try:
        found: dict[str, Any] = read()
    except GrafanaClientError as err:
        if err.status_code == 404:
            return None
        raise
    return found


def _why(err: GrafanaException) -> str:
    status = f"HTTP {err.status_code}: " if getattr(err, "status_code", 0) else ""
    return status + str(getattr(err, "message", err)).splitlines()[0][:300]
