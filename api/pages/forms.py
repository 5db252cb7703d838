"""The call list's filter form: query-string values in, a ``CallFilter`` (or the errors to show) out.

The page parses the strings itself, so a bad value is a message next to the form (HTTP 400) rather
than a JSON error in the browser. Times come from ``<input type="datetime-local">`` (UTC)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from api.store.calls import CallFilter
from ingest.contract.models import is_workflow

VERSION = re.compile(r"^[\w.+-]{1,64}$")
"""An agent version typed into a page's form (the call list's, the compare page's)."""
MAX_TTFHW_MS = 600_000
PAGE_SIZE = 50
MAX_Q = 200
CHOICES = {"": None, "yes": True, "no": False}
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FilterForm:
    """The form as the user filled it in (echoed back into the inputs) and what it means."""

    values: dict[str, str]
    flt: CallFilter
    errors: list[str] = field(default_factory=list)
    page: int = 1

    @property
    def active(self) -> bool:
        return any(v for k, v in self.values.items() if k != "page")


def parse_filters(query: Mapping[str, str]) -> FilterForm:
    values = {
        k: query.get(k, "").strip()
        for k in (
            "workflow",
            "agent_version",
            "contained",
            "escalated",
            "ttfhw_min",
            "ttfhw_max",
            "since",
            "until",
            "q",
        )
    }
    errors: list[str] = []
    workflow = values["workflow"] or None
    if workflow is not None and not is_workflow(workflow):
        errors.append("Workflow: lower-case letters, digits and _ only (e.g. billing).")
        workflow = None
    version = values["agent_version"] or None
    if version is not None and not VERSION.match(version):
        errors.append("Agent version: letters, digits and . _ + - only (e.g. 1.4.0).")
        version = None
    ttfhw_min = _ms(values["ttfhw_min"], "TTFHW p95 from", errors)
    ttfhw_max = _ms(values["ttfhw_max"], "TTFHW p95 to", errors)
    if ttfhw_min is not None and ttfhw_max is not None and ttfhw_min > ttfhw_max:
        errors.append("TTFHW p95: from must not be above to.")
        ttfhw_min = ttfhw_max = None
    flags: dict[str, bool | None] = {}
    for name in ("contained", "escalated"):
        if values[name] not in CHOICES:
            errors.append(f"{name.capitalize()}: choose yes, no or any.")
        flags[name] = CHOICES.get(values[name])
    since, until = _time(values["since"], "From", errors), _time(values["until"], "To", errors)
    if since is not None and until is not None and since > until:
        errors.append("From must not be after To.")
        since = until = None
    q = values["q"] or None
    if q is not None and len(q) > MAX_Q:
        errors.append(f"Search text: at most {MAX_Q} characters.")
        q = None
    page = _page(query.get("page", ""), errors)
    flt = CallFilter(
        workflow=workflow, since_ms=since, until_ms=until, contained=flags["contained"],
        escalated=flags["escalated"], q=q, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE,
        agent_version=version, ttfhw_min_ms=ttfhw_min, ttfhw_max_ms=ttfhw_max,
    )  # fmt: skip
    return FilterForm(values, flt, errors, page)


def parsed(text: str, parse: Callable[[str], T], message: str, errors: list[str]) -> T | None:
    """An optional field of a page's form: empty is None; text that ``parse`` refuses (``ValueError``)
    is None too, with ``message`` added to the messages beside the form (the call list's times, the
    compare page's days)."""
    if not text:
        return None
    try:
        return parse(text)
    except ValueError:
        errors.append(message)
        return None


def _time(text: str, label: str, errors: list[str]) -> int | None:
    stamp = parsed(
        text, datetime.fromisoformat, f"{label}: a date and time like 2025-11-24T16:00 (UTC).", errors
    )
    if stamp is None:
        return None
    aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if not 1970 <= aware.year < 2200:
        errors.append(f"{label}: a year between 1970 and 2199.")
        return None
    return int(aware.timestamp() * 1000)


def _ms(text: str, label: str, errors: list[str]) -> float | None:
    if not text:
        return None
    if not text.isdigit() or int(text) > MAX_TTFHW_MS:
        errors.append(f"{label}: whole milliseconds from 0 to {MAX_TTFHW_MS} (e.g. 1500).")
        return None
    return float(text)


def _page(text: str, errors: list[str]) -> int:
    if not text:
        return 1
    if not text.isdigit() or not 1 <= int(text) <= 10_000:
        errors.append("Page: a number from 1.")
        return 1
    return int(text)
