"""The agent's Kafka emitter and the tap's Kafka sink connect with the Kafka security settings
(TLS/SASL): the options reach kafka-python's KafkaProducer constructor. No broker: the producer class
is replaced by one that records its keyword arguments."""

from __future__ import annotations

import argparse
import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kafka
import pytest
import uvicorn
from settings_env import settings_env

from callpulse import compose
from callpulse.cli import agent as cli_agent
from callpulse.cli import build_parser
from callpulse.cli import tap as cli_tap
from callpulse.settings import Settings
from ingest.contract.models import AgentInfo, Flags
from ingest.factory import CallEventFactory


class ReachedError(Exception):
    """Raised once the command built its emitter, so it does not go on to serve."""


class Clock:
    def now_ms(self) -> int:
        return 1_736_870_400_000


class Delivered:
    """A send the broker acknowledged at once."""

    def add_callback(self, f: Any) -> None:
        f(None)

    def add_errback(self, f: Any) -> None:
        pass


def an_event() -> Any:
    agent = AgentInfo(name="a", version="1", model="m", prompt_version="p")
    factory = CallEventFactory(
        "CA5f1c0e9a7b2d4c6e8f0a1b3c5d7e9f21",
        "VX1",
        "billing",
        agent,
        Flags(canary=False, shadow=False),
        Clock(),
    )
    return factory.make("dtmf", {"digit": "1"})


def kafka_producer_class() -> Any:
    from kafka import KafkaProducer  # type: ignore[attr-defined]  # no stubs for the package root

    return KafkaProducer


class RecordingProducer:
    DEFAULT_CONFIG = kafka_producer_class().DEFAULT_CONFIG
    created: list[dict[str, Any]] = []
    made = threading.Event()

    def __init__(self, **config: Any) -> None:
        RecordingProducer.created.append(config)
        RecordingProducer.made.set()

    def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> Any:
        return Delivered()

    def flush(self, timeout: float | None = None) -> None:
        pass

    def close(self, timeout: float | None = None) -> None:
        pass


@pytest.fixture
def producer_kwargs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[dict[str, Any]]]:
    """SASL_SSL settings in the environment; KafkaProducer recorded; each built emitter closed, then
    the command stopped with ``ReachedError``. Returns the recorded constructor kwargs."""
    cafile = tmp_path / "ca.pem"
    cafile.write_text("not read: the producer is replaced\n")
    env = {
        "CALLPULSE_KAFKA_BOOTSTRAP": "broker.example:9093",
        "CALLPULSE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "CALLPULSE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "CALLPULSE_KAFKA_SASL_USERNAME": "callpulse-producer",
        "CALLPULSE_KAFKA_SASL_PASSWORD": "s3cret-for-the-test",
        "CALLPULSE_KAFKA_SSL_CAFILE": str(cafile),
        "CALLPULSE_AGENT_EMITTER": "kafka",
        "CALLPULSE_AGENT_VALIDATE_SIGNATURES": "false",
        "CALLPULSE_RELAY_AUTH_TOKEN": "",
    }
    with settings_env(monkeypatch, env):
        yield from _recorded(monkeypatch)


def _recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    monkeypatch.setattr(kafka, "KafkaProducer", RecordingProducer)
    RecordingProducer.created = []
    RecordingProducer.made = threading.Event()
    real = compose.kafka_emitter

    def build_then_stop(settings: Settings, *, client_id: str) -> Any:
        emitter = real(settings, client_id=client_id)
        try:
            assert emitter.emit(an_event())  # the producer is built for the first event
            assert RecordingProducer.made.wait(10), "the emitter never constructed its producer"
        finally:
            emitter.close(2.0)
        raise ReachedError

    monkeypatch.setattr(compose, "kafka_emitter", build_then_stop)

    def serve(*args: Any, **kwargs: Any) -> None:  # an emitter built some other way: fail, not serve
        for arg in args:
            if hasattr(arg, "close"):  # the coroutine asyncio.run was given
                arg.close()
        raise ReachedError

    monkeypatch.setattr(uvicorn, "run", serve)
    monkeypatch.setattr(asyncio, "run", serve)
    yield RecordingProducer.created


def assert_secured(created: list[dict[str, Any]], cafile_name: str = "ca.pem") -> None:
    assert len(created) == 1, "no KafkaProducer was built through callpulse.compose.kafka_emitter"
    [config] = created
    assert config["bootstrap_servers"] == ["broker.example:9093"]
    assert config["security_protocol"] == "SASL_SSL"
    assert config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert config["sasl_plain_username"] == "callpulse-producer"
    assert config["sasl_plain_password"] == "s3cret-for-the-test"
    assert Path(config["ssl_cafile"]).name == cafile_name
    assert config["acks"] == "all"  # security options never replace the delivery guarantees


def test_agent_serve_kafka_emitter_gets_the_security_options(producer_kwargs: list[dict[str, Any]]) -> None:
    with pytest.raises(ReachedError):
        cli_agent.run_serve(argparse.Namespace(host=None, port=None))
    assert_secured(producer_kwargs)
    assert producer_kwargs[0]["client_id"] == "callpulse-agent"


def test_tap_kafka_sink_gets_the_security_options(producer_kwargs: list[dict[str, Any]]) -> None:
    args = build_parser().parse_args(["tap", "--upstream", "ws://127.0.0.1:9/ws", "--sink", "kafka"])
    with pytest.raises(ReachedError):
        cli_tap.run_tap(args)
    assert_secured(producer_kwargs)
    assert producer_kwargs[0]["client_id"] == "callpulse-tap"
