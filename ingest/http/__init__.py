"""HTTP ingest: ``POST /v1/events`` with a JSON Lines body, validated line by line, emitted to Kafka."""

from ingest.http.events import IngestResult, ingest_lines, make_router

__all__ = ["IngestResult", "ingest_lines", "make_router"]
