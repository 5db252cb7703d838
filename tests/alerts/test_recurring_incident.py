"""A fault that comes back on the hour (test4-b's hourly batch job): the first return reaches
Alertmanager as the alert firing again, later returns notify nobody (the incident is held open until a
whole beat passes without it), the ``alerts`` table says it is firing, a restarted detector restores it
instead of paging again, and the wallboard lists it as firing."""

from __future__ import annotations

from alerts.detector.detector import Detector, DetectorConfig
from alerts.detector.incidents import Incident, IncidentBook, Transitions, fingerprint
from api.store.floor import firing_alerts
from tests.conftest import Warehouse

MIN = 60_000
LABELS = {"alertname": "CallpulseDetectorToolFailures", "workflow": "billing", "tool": "get_balance",
          "severity": "page"}  # fmt: skip


def _transitions(book: IncidentBook, bursts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Tick every minute of 08:00-13:00 with the finding present in ``bursts`` (minutes of the day)."""
    moved = []
    for minute in range(8 * 60, 13 * 60):
        seen = [(LABELS, {"summary": "x"}, 1.0)] if any(a <= minute < b for a, b in bursts) else []
        out = book.update(minute * MIN, seen)
        moved += [(minute, kind) for kind in ("opened", "recurred", "resolved") for _ in getattr(out, kind)]
    return moved


def test_an_hourly_fault_notifies_twice_at_most_and_resolves_a_beat_after_its_last_return() -> None:
    book = IncidentBook(quiet_ticks=5, cooldown_ms=10 * MIN)
    moved = _transitions(book, [(h * 60 + 1, h * 60 + 9) for h in (8, 9, 10, 11)])
    # opened 08:01, resolved 08:13, back 09:01 (Alertmanager notified again), then held open through
    # 10:01 and 11:01 (no transition: nobody notified), resolved only once 12:01 passed without it
    assert moved[:3] == [(8 * 60 + 1, "opened"), (8 * 60 + 13, "resolved"), (9 * 60 + 1, "recurred")]
    assert [kind for _, kind in moved[3:]] == ["resolved"]
    resolved_at = moved[3][0]
    assert 11 * 60 + 8 + 60 < resolved_at <= 11 * 60 + 8 + 60 + 4  # a beat and its slack after 11:08


def test_a_restarted_detector_restores_a_recurring_incident_and_the_wallboard_shows_it(
    warehouse: Warehouse,
) -> None:
    detector = Detector(warehouse.client, warehouse.database, DetectorConfig(), poster=None)
    incident = Incident(fingerprint(LABELS), dict(LABELS), {"summary": "x"}, 8 * 60 * MIN, 8 * 60 * MIN)
    detector._record(Transitions(opened=[incident]), 8 * 60 * MIN + 1 * MIN)
    detector._record(Transitions(resolved=[incident]), 8 * 60 * MIN + 13 * MIN)
    assert Detector(warehouse.client, warehouse.database, DetectorConfig(), poster=None).open_incidents == []
    assert firing_alerts(warehouse.client, warehouse.database) == []
    detector._record(Transitions(recurred=[incident]), 9 * 60 * MIN + 1 * MIN)
    restarted = Detector(warehouse.client, warehouse.database, DetectorConfig(), poster=None)
    assert [i.fingerprint for i in restarted.open_incidents] == [incident.fingerprint]
    assert [a.alertname for a in firing_alerts(warehouse.client, warehouse.database)] == [LABELS["alertname"]]


def test_a_restored_recurring_incident_stays_recurring_through_its_quiet_hour(warehouse: Warehouse) -> None:
    """Restarted after its return at 09:01, the incident is still the recurring one, last seen then: it
    stays open through the quiet minutes until its next beat (restored as a fresh incident it resolved
    after the quiet ticks and its 10:01 return paged as new)."""
    detector = Detector(warehouse.client, warehouse.database, DetectorConfig(), poster=None)
    incident = Incident(fingerprint(LABELS), dict(LABELS), {"summary": "x"}, 8 * 60 * MIN, 8 * 60 * MIN)
    detector._record(Transitions(opened=[incident]), 8 * 60 * MIN + 1 * MIN)
    detector._record(Transitions(resolved=[incident]), 8 * 60 * MIN + 13 * MIN)
    incident.annotations = {"summary": "x", "recurs": "again at the same minute of the hour"}
    detector._record(Transitions(recurred=[incident]), 9 * 60 * MIN + 1 * MIN)
    [restored] = Detector(warehouse.client, warehouse.database, DetectorConfig(), poster=None).open_incidents
    assert restored.recurring and restored.last_seen_ms == 9 * 60 * MIN + 1 * MIN
    book = IncidentBook(quiet_ticks=5, cooldown_ms=10 * MIN)
    book.restore(restored)
    quiet = [book.update(minute * MIN, []).resolved for minute in range(9 * 60 + 2, 10 * 60)]
    assert not any(quiet)
