"""Telling people about a match, off the hot path: a bounded queue drained by one daemon thread.

The pipeline only ``offer``s a match (never blocks: when the queue is full the match is dropped and
counted; its ``rule_matches`` row is written regardless). The thread posts it to each target the rule
names: ``webhook`` (JSON, ``match_json``), ``supervisor`` (a low-severity Alertmanager alert,
``supervisor_alert``; the composition root gives the poster that uses ``alerts``' client) and ``agent``
(``agent_recommendation`` to the reference agent's admin route, which hands the call to a person at the
caller's next turn; opt-in per rule and off unless the agent's URL is configured). A target
that fails or times out is counted (``failed``), never retried: the row is the record.

Delivery is at least once: rule state lives in memory, so after a worker restart or a partition move
the events not yet committed are read again and a match among them is offered again. Each notification
therefore carries the match's ``id`` (``match_id``: call, rule, event time, the same key the
``rule_matches`` table deduplicates on): the webhook gets it in the body and as the ``Idempotency-Key``
header, and Alertmanager folds a repeated supervisor alert into the same alert (same labels).
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stream.rules.model import Match

log = logging.getLogger(__name__)

Post = Callable[[list[dict[str, Any]]], None]
SUPERVISOR_ALERT_S = 15 * 60  # a supervisor alert resolves by itself after this


def match_id(match: Match) -> str:
    """The match's identity across re-deliveries: call, rule and the event time it holds since."""
    return f"{match.call_sid}/{match.rule}/{match.event_ms}"


def match_json(match: Match) -> dict[str, Any]:
    """A match as the webhook and the live API show it (no transcript text: ``detail`` is the rule's)."""
    return {
        "id": match_id(match),
        "call_sid": match.call_sid,
        "rule": match.rule,
        "rule_version": match.rule_version,
        "turn": match.turn,
        "event_ms": match.event_ms,
        "workflow": match.workflow,
        "agent_version": match.agent_version,
        "detail": match.detail,
    }


def supervisor_alert(match: Match, base_url: str = "") -> dict[str, Any]:
    """A low-severity alert for the ``supervisor`` route: labels, annotations, start and end (ms)."""
    link = f"{base_url.rstrip('/')}/calls/{match.call_sid}#turn-{match.turn}" if base_url else ""
    return {
        "labels": {
            "alertname": "CallpulseCallRule",
            "severity": "info",
            "route": "supervisor",
            "rule": match.rule,
            "workflow": match.workflow,
            "call_sid": match.call_sid,
        },
        "annotations": {"summary": f"{match.rule} on call {match.call_sid}: {match.detail}", "call": link},
        "starts_ms": match.event_ms,
        "ends_ms": match.event_ms + SUPERVISOR_ALERT_S * 1000,
    }


def agent_recommendation(match: Match) -> dict[str, Any]:
    """What the reference agent is told (``POST /admin/calls/{sid}/recommendation``): names only."""
    return {"call_sid": match.call_sid, "action": "handoff", "rule": match.rule}


def agent_poster(base_url: str, token: str, timeout_s: float = 2.0) -> Post:
    """POST each recommendation to the agent's admin route for its call, with the admin bearer token;
    raises on an error status (404: the call is not, or no longer, live on that agent) or a timeout."""

    def post(bodies: list[dict[str, Any]]) -> None:
        for body in bodies:
            request = urllib.request.Request(
                f"{base_url.rstrip('/')}/admin/calls/{body['call_sid']}/recommendation",
                data=json.dumps({"action": body["action"], "rule": body["rule"]}).encode(),
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
                method="POST",
            )
            with urllib.request.urlopen(request, timeout=timeout_s) as response:
                if response.status >= 300:
                    raise OSError(f"agent answered {response.status}")

    return post


def webhook_poster(url: str, timeout_s: float = 2.0) -> Post:
    """POST ``{"matches": [...]}`` to ``url`` (one match: its ``id`` also as the ``Idempotency-Key``
    header, so a receiver can drop a re-delivery); raises on an error status or a timeout."""

    def post(bodies: list[dict[str, Any]]) -> None:
        headers = {"Content-Type": "application/json"}
        if len(bodies) == 1 and "id" in bodies[0]:
            headers["Idempotency-Key"] = str(bodies[0]["id"])
        request = urllib.request.Request(
            url, data=json.dumps({"matches": bodies}).encode(), headers=headers, method="POST"
        )
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            if response.status >= 300:
                raise OSError(f"webhook answered {response.status}")

    return post


@dataclass(slots=True)
class NotifyStats:
    offered: int = 0
    sent: int = 0
    failed: int = 0
    dropped: int = 0


class Notifier:
    """Posts matches to ``webhook``, ``supervisor`` and ``agent`` (each may be None: that target is off)."""

    def __init__(
        self,
        *,
        webhook: Post | None = None,
        supervisor: Post | None = None,
        agent: Post | None = None,
        base_url: str = "",
        max_queue: int = 1_000,
    ) -> None:
        self._targets: dict[str, Post] = {}
        if webhook is not None:
            self._targets["webhook"] = webhook
        if supervisor is not None:
            self._targets["supervisor"] = supervisor
        if agent is not None:
            self._targets["agent"] = agent
        self._base_url = base_url
        self._queue: queue.Queue[Match | None] = queue.Queue(maxsize=max_queue)
        self.stats = NotifyStats()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def offer(self, match: Match) -> None:
        """Queue ``match`` for its rule's targets; never blocks (a full queue drops and counts it)."""
        if not any(t in self._targets for t in match.notify):
            return
        self.stats.offered += 1
        self._start()
        try:
            self._queue.put_nowait(match)
        except queue.Full:
            self.stats.dropped += 1

    def close(self, timeout_s: float = 2.0) -> None:
        """Send what is queued (up to ``timeout_s``), then stop the thread."""
        if self._thread is None:
            return
        with contextlib.suppress(queue.Full):
            self._queue.put(None, timeout=timeout_s)
        self._thread.join(timeout_s)

    def _start(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="rule-notifier", daemon=True)
                    self._thread.start()

    def _body(self, match: Match, target: str) -> dict[str, Any]:
        if target == "webhook":
            return match_json(match)
        if target == "agent":
            return agent_recommendation(match)
        return supervisor_alert(match, self._base_url)

    def _run(self) -> None:
        while (match := self._queue.get()) is not None:
            for target in match.notify:
                post = self._targets.get(target)
                if post is None:
                    continue
                body = self._body(match, target)
                try:
                    post([body])
                    self.stats.sent += 1
                except Exception as err:
                    self.stats.failed += 1
                    log.warning("rule %s: %s target failed: %s", match.rule, target, type(err).__name__)
