"""Emitters: where a voice agent hands its events over (Kafka, or the embedded in-process bus)."""

from ingest.emit.base import Emitter, EmitterStats
from ingest.emit.inprocess import InProcessBus
from ingest.emit.kafka import KafkaEmitter

__all__ = ["Emitter", "EmitterStats", "InProcessBus", "KafkaEmitter"]
