"""``callpulse kafka up|down|topics|status``: the local dev broker (KRaft, jars from Maven Central,
``devstack.kafka_broker``) and the turn-event topics on any cluster. Output is for people: one line
per fact."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console

from callpulse.cli.args import add_command, add_group
from callpulse.errors import KafkaUnavailableError
from callpulse.settings import Settings, get_settings
from devstack import kafka_broker
from devstack.stack.processes import PidFile


def register(commands: Any) -> None:
    """the local Apache Kafka broker (KRaft, jars from Maven Central)

    Start or stop the development broker, or create and inspect the topics on CALLPULSE_KAFKA_BOOTSTRAP (any
    cluster)."""
    actions = add_group(commands, "kafka", register)
    add_command(actions, "up", run_up)
    add_command(actions, "down", run_down)
    add_command(actions, "topics", run_topics)
    add_command(actions, "status", run_status)


console = Console()


def _broker(settings: Settings) -> kafka_broker.BrokerConfig:
    return kafka_broker.BrokerConfig(
        port=settings.kafka_dev_port,
        controller_port=settings.kafka_dev_port + 1,
        data_dir=(settings.data_dir / "kafka").resolve(),
    )


def run_up(args: argparse.Namespace) -> int:
    """fetch the jars if needed, format and start a broker under <data_dir>/kafka"""
    config = _broker(get_settings())
    if PidFile(config.pid_path).live_pid() is not None and kafka_broker.answers(config.bootstrap):
        console.print(f"kafka is already up on {config.bootstrap}")
        return 0
    kafka_broker.fetch_jars(config.libs)
    process = kafka_broker.start(config)
    kafka_broker.wait_until_ready(config, process)
    console.print(
        f"kafka {kafka_broker.KAFKA_VERSION} up on {config.bootstrap} "
        f"(pid {process.pid}, data {config.data_dir})"
    )
    console.print("next: callpulse kafka topics")
    return 0


def run_down(args: argparse.Namespace) -> int:
    """stop the broker started by `kafka up`"""
    config = _broker(get_settings())
    pid_file = PidFile(config.pid_path)
    pid = pid_file.live_pid()
    if pid is None:
        console.print("kafka is not running (no live pid in the data dir)")
        return 0
    kafka_broker.stop(pid)
    pid_file.remove()
    console.print(f"kafka stopped (pid {pid})")
    return 0


def run_topics(args: argparse.Namespace) -> int:
    """create the turn-event and dead-letter topics (idempotent)"""
    from callpulse.kafka_cluster import create_topics, topic_specs

    settings = get_settings()
    with _cluster_errors(settings):
        created = create_topics(settings)
    for name, partitions, config in topic_specs(settings):
        state = "created" if name in created else "exists"
        console.print(
            f"{name}: {state} ({partitions} partitions, "
            f"retention {int(config['retention.ms']) // 3_600_000} h)"
        )
    return 0


def run_status(args: argparse.Namespace) -> int:
    """is the broker up; topics, end offsets and consumer-group lag"""
    from callpulse.kafka_cluster import admin_options, group_progress, topic_specs

    settings = get_settings()
    lines = []
    with _cluster_errors(settings):
        for name, _, _ in topic_specs(settings):
            done, total = group_progress(
                settings.kafka_bootstrap, settings.kafka_group_id, name, admin_options(settings)
            )
            line = f"  {name}: {total:,} messages"
            if name == settings.kafka_topic:
                line += f"; group {settings.kafka_group_id} committed {done:,}, lag {total - done:,}"
            lines.append(line)
    console.print(f"kafka up on {settings.kafka_bootstrap}")
    for line in lines:
        console.print(line)
    return 0


@contextmanager
def _cluster_errors(settings: Settings) -> Iterator[None]:
    """kafka-python's errors while reaching the cluster as one line saying what to check (no secrets)."""
    from kafka.errors import KafkaError

    if settings.log_level != "DEBUG":  # kafka-python logs every refused attempt; the error below says it
        logging.getLogger("kafka").setLevel(logging.CRITICAL)
    try:
        yield
    except (KafkaError, OSError) as err:
        raise KafkaUnavailableError(cluster_error_message(settings, err)) from None


def cluster_error_message(settings: Settings, err: BaseException) -> str:
    """What went wrong reaching Kafka and what to check, in one line; never the password."""
    protocol = settings.kafka_security_protocol
    how: str = protocol
    if protocol.startswith("SASL"):
        how += f", {settings.kafka_sasl_mechanism} as {settings.kafka_sasl_username or '(no username)'}"
    name = type(err).__name__
    detail = " ".join(str(err).split())
    detail = detail if detail.startswith(name) else f"{name}: {detail}"
    hint = "Is it running (`callpulse kafka up` for the dev broker) and is CALLPULSE_KAFKA_BOOTSTRAP right?"
    if protocol != "PLAINTEXT":
        hint += (
            " Check CALLPULSE_KAFKA_SECURITY_PROTOCOL, the SASL username/password"
            " and CALLPULSE_KAFKA_SSL_CAFILE (a refused login or certificate looks like a timeout)."
        )
    return (
        f"cannot reach Kafka at {settings.kafka_bootstrap} ({how}; waited up to "
        f"{settings.kafka_admin_timeout_s:g} s): {detail}. {hint}"
    )
