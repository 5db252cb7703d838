"""Commands of the production path: the dev broker (`kafka up|down|topics|status`), `worker`,
`http-ingest`. Handlers live in ``callpulse.kafka_commands`` and load only when their command runs."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    kafka = commands.add_parser(
        "kafka", help="the local Apache Kafka broker (KRaft, jars from Maven Central)"
    )
    actions = kafka.add_subparsers(dest="action", required=True, metavar="ACTION")
    up = actions.add_parser(
        "up", help="fetch the jars if needed, format and start a broker under <data_dir>/kafka"
    )
    up.set_defaults(handler="callpulse.kafka_commands:run_up")
    down = actions.add_parser("down", help="stop the broker started by `kafka up`")
    down.set_defaults(handler="callpulse.kafka_commands:run_down")
    topics = actions.add_parser("topics", help="create the turn-event and dead-letter topics (idempotent)")
    topics.set_defaults(handler="callpulse.kafka_commands:run_topics")
    status = actions.add_parser("status", help="is the broker up; topics, end offsets and consumer-group lag")
    status.set_defaults(handler="callpulse.kafka_commands:run_status")

    worker = commands.add_parser("worker", help="consume turn events from Kafka into the warehouse (faust)")
    worker.set_defaults(handler="callpulse.kafka_commands:run_worker")

    http = commands.add_parser("http-ingest", help="serve POST /v1/events (JSON lines) and produce to Kafka")
    http.set_defaults(handler="callpulse.http_ingest:run_http_ingest")
