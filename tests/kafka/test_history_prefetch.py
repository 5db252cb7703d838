"""A batch's new calls are read back from the warehouse in one query, with the same answer as one query
per call: a call moved here mid-way is restored whole, a call never stored has no history, and the
batch's answer is never used after the batch."""

from __future__ import annotations

from typing import Any

from ingest.clock import ManualClock
from ingest.codec import encode
from stream.kafka.history import WarehouseHistory
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, PipelineConfig

from events import CallBuilder, parsed
from scorers import NeutralScorer


class Counting:
    """The warehouse client, counting the queries made through it."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.queries = 0

    def query(self, *args: Any, **kwargs: Any) -> Any:
        self.queries += 1
        return self._client.query(*args, **kwargs)


def _store(warehouse: Any, calls: list[CallBuilder]) -> None:
    pipeline = Pipeline(
        warehouse.client, warehouse.database, ManualClock(), config=PipelineConfig(), redaction=None,
        scorer=NeutralScorer(),
    )  # fmt: skip
    for offset, event in enumerate(parsed([e for call in calls for e in call.events])):
        pipeline.submit(RawMessage(encode(event), Position("t", 0, offset), event.ts))
    pipeline.join()


def _calls(count: int, first: int = 0) -> list[CallBuilder]:
    calls = []
    for index in range(first, first + count):
        call = CallBuilder(f"CA{index:032x}").started()
        call.caller(2_000, "What is my balance?")
        call.agent(3_000, "Your balance is forty two dollars.")
        calls.append(call)
    return calls


def test_one_query_per_batch_answers_every_new_call_as_one_query_per_call_does(warehouse: Any) -> None:
    stored, unseen = _calls(5), _calls(3, first=5)
    _store(warehouse, stored)
    sids = [call.call_sid for call in stored + unseen]

    alone = WarehouseHistory(warehouse.client, warehouse.database)
    expected = {sid: alone(sid) for sid in sids}
    assert all(len(expected[call.call_sid]) == 3 for call in stored)
    assert all(expected[call.call_sid] == [] for call in unseen)

    counting = Counting(warehouse.client)
    batched = WarehouseHistory(counting, warehouse.database)  # type: ignore[arg-type]
    with batched.prefetched(sids):
        answers = {sid: batched(sid) for sid in sids}
    assert answers == expected
    assert counting.queries == 1
    assert batched.restored == 5

    with batched.prefetched(sids):  # asked already (their calls are open here): no query for them
        pass
    assert counting.queries == 1


def test_the_batch_answer_is_not_used_after_the_batch_nor_after_a_revocation(warehouse: Any) -> None:
    call = _calls(1, first=9)[0]
    counting = Counting(warehouse.client)
    history = WarehouseHistory(counting, warehouse.database)  # type: ignore[arg-type]
    with history.prefetched([call.call_sid]):
        pass  # the call's events were not stored yet: the batch's answer is "no history"
    _store(warehouse, [call])
    assert len(history(call.call_sid)) == 3  # asked after the batch: a query of its own, today's answer
    history.forget()
    with history.prefetched([call.call_sid]):
        assert len(history(call.call_sid)) == 3
    assert counting.queries == 3


def test_a_call_stored_twice_by_a_redelivery_is_restored_once(warehouse: Any) -> None:
    """A killed owner's batch written again by the next (its parts not merged yet): the reads have no
    ``FINAL`` (it cost 15x), so each event comes back twice and is restored once."""
    call = _calls(1, first=20)[0]
    warehouse.client.command(f"SYSTEM STOP MERGES {warehouse.database}.events")
    _store(warehouse, [call])
    _store(warehouse, [call])
    stored = warehouse.client.query(
        f"SELECT count() FROM {warehouse.database}.events WHERE call_sid = %(sid)s",
        parameters={"sid": call.call_sid},
    ).result_rows[0][0]
    assert stored == 6  # two copies of each of the call's 3 events, not merged

    alone = WarehouseHistory(warehouse.client, warehouse.database)
    restored = alone(call.call_sid)
    batched = WarehouseHistory(warehouse.client, warehouse.database)
    with batched.prefetched([call.call_sid]):
        assert batched(call.call_sid) == restored
    assert [item.event.seq for item in restored] == [0, 1, 2]
    assert len({item.event.event_id for item in restored}) == 3
