"""The Kafka adapter: a faust-streaming app that feeds the same step chain as the embedded runner.

faust only consumes and commits; every event still goes through ``stream.pipeline.Pipeline``.
``acks`` ties Kafka offsets to the writer's commit callback, ``history`` rebuilds a moved call's
state from the warehouse, ``warehouse`` retries refused inserts and mirrors dead letters to the DLQ
topic, ``app`` is the faust app and agent.
"""
