"""The ack ledger: an event is released for acking (so faust may commit it) only once the writer
said its batch is stored, never before. No broker needed."""

from __future__ import annotations

from stream.kafka.acks import AckLedger

TP0, TP1 = ("turns", 0), ("turns", 1)


def test_nothing_is_acked_before_the_write_returned() -> None:
    ledger: AckLedger[str] = AckLedger()
    for offset in range(3):
        ledger.hold(TP0, offset, f"p0-{offset}")
    assert ledger.ready() == []
    assert ledger.held == 3


def test_only_events_below_the_committed_offset_are_released_per_partition() -> None:
    ledger: AckLedger[str] = AckLedger()
    for offset in range(4):
        ledger.hold(TP0, offset, f"p0-{offset}")
        ledger.hold(TP1, offset, f"p1-{offset}")
    ledger.commit({TP0: 2})  # offsets 0 and 1 of partition 0 are stored
    assert ledger.ready() == ["p0-0", "p0-1"]
    assert ledger.ready() == []  # released once
    ledger.commit({TP0: 1, TP1: 4})  # an older commit never moves an offset back
    assert ledger.ready() == ["p1-0", "p1-1", "p1-2", "p1-3"]
    assert ledger.written(TP0) == 2


def test_revocation_forgets_unwritten_events_for_the_next_owner_to_reread() -> None:
    ledger: AckLedger[str] = AckLedger()
    ledger.hold(TP0, 7, "p0-7")
    assert ledger.drop() == 1
    ledger.commit({TP0: 8})
    assert ledger.ready() == []
