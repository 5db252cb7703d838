"""The hand-off the tap and the agent put analytics work on: never waits for its consumer, drops with
a count when full (except an essential item, such as a call's end), keeps order, and survives a
consumer that raises."""

from __future__ import annotations

import threading

from ingest.emit.offloop import OffLoop


def test_put_never_waits_for_a_stuck_consumer_and_drops_when_full() -> None:
    release, taken = threading.Event(), threading.Event()
    seen: list[int] = []

    def consume(item: int) -> None:
        taken.set()
        release.wait()
        seen.append(item)

    offloop: OffLoop[int] = OffLoop(consume, capacity=3)
    assert offloop.put(0)
    assert taken.wait(10)  # the consumer holds item 0 and is stuck
    accepted = [offloop.put(i) for i in range(1, 6)]
    assert accepted == [True, True, False, False, False]  # 0 in hand + 2 queued = capacity
    assert offloop.put(99, essential=True)  # a call's end gets through a full queue
    release.set()
    assert offloop.close(10) == 0
    assert seen == [0, 1, 2, 99]
    stats = offloop.stats
    assert (stats.accepted, stats.dropped, stats.consumed, stats.queued) == (4, 3, 4, 0)


def test_a_consumer_that_raises_is_counted_and_the_next_items_still_go_through() -> None:
    seen: list[int] = []

    def consume(item: int) -> None:
        if item == 1:
            raise ValueError("a bug in analytics")
        seen.append(item)

    offloop: OffLoop[int] = OffLoop(consume)
    for i in range(4):
        offloop.put(i)
    assert offloop.wait_idle(10)
    assert seen == [0, 2, 3] and offloop.stats.failed == 1
    offloop.close(10)
    assert not offloop.put(5)  # closed: refused, counted
    assert offloop.stats.dropped == 1
