"""The development and test broker: Apache Kafka in KRaft mode, one node, from Maven Central jars.

No Docker: ``deploy/kafka/pom.xml`` fetches ``org.apache.kafka:kafka_2.13`` and its runtime
dependencies into ``.cache/kafka/<version>/libs`` (``make kafka-jars``), and this module formats a
log directory and runs ``java -cp 'libs/*' kafka.Kafka server.properties``. Used by
``callpulse kafka up|down|status`` and by the session fixture of ``tests/kafka``.
"""

from __future__ import annotations

import base64
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from devstack.errors import DevstackError
from devstack.stack import processes
from devstack.stack.processes import PidFile

REPO_ROOT = Path(__file__).resolve().parents[1]
KAFKA_VERSION = "3.9.1"
"""Newest 3.x: Kafka 4 dropped protocol versions that aiokafka 0.14 still sends (docs/production.md)."""
DEFAULT_LIBS = REPO_ROOT / ".cache" / "kafka" / KAFKA_VERSION / "libs"
POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"


class BrokerError(DevstackError):
    """The dev broker could not be fetched, formatted, started or reached."""


@dataclass(frozen=True, slots=True)
class BrokerConfig:
    """Where the broker listens and keeps its data."""

    port: int
    controller_port: int
    data_dir: Path
    libs: Path = DEFAULT_LIBS
    heap: str = "512m"
    node_id: int = 1
    joins: BrokerConfig | None = None
    """The combined broker+controller whose cluster this node joins as a broker only (a second
    replica, for tests of acks=all); None: a single-node cluster of its own."""

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def properties_path(self) -> Path:
        return self.data_dir / "server.properties"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "broker.log"

    @property
    def pid_path(self) -> Path:
        return self.data_dir / "broker.pid"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch_jars(libs: Path = DEFAULT_LIBS) -> Path:
    """Download the broker jars with Maven unless they are already there (idempotent, quick when cached)."""
    if libs.is_dir() and any(libs.glob("kafka_2.13-*.jar")):
        return libs
    command = [
        "mvn", "-q", "-f", str(POM), "dependency:copy-dependencies", "-DincludeScope=runtime",
        f"-Dkafka.version={KAFKA_VERSION}", f"-DoutputDirectory={libs}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BrokerError(
            f"mvn could not fetch the Kafka jars (exit {result.returncode}): {result.stdout[-500:]}"
        )
    return libs


def _properties(config: BrokerConfig) -> str:
    logs = config.data_dir / "logs"
    controller = config.joins or config
    listeners = f"PLAINTEXT://127.0.0.1:{config.port}"
    if config.joins is None:
        listeners += f",CONTROLLER://127.0.0.1:{config.controller_port}"
    return "\n".join(
        [
            f"process.roles={'broker' if config.joins else 'broker,controller'}",
            f"node.id={config.node_id}",
            f"controller.quorum.voters={controller.node_id}@127.0.0.1:{controller.controller_port}",
            f"listeners={listeners}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{config.port}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            f"log.dirs={logs}",
            "num.partitions=1",
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=4",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "log.flush.interval.messages=1",  # a dev broker: a kill -9 of the broker keeps acked data
            "",
        ]
    )


def _log4j(config: BrokerConfig) -> Path:
    path = config.data_dir / "log4j.properties"
    path.write_text(
        "log4j.rootLogger=WARN, file\n"
        "log4j.appender.file=org.apache.log4j.FileAppender\n"
        f"log4j.appender.file.File={config.log_path}\n"
        "log4j.appender.file.layout=org.apache.log4j.PatternLayout\n"
        "log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n\n"
        "log4j.logger.kafka.server.KafkaServer=INFO\n"
    )
    return path


def _java(config: BrokerConfig, main_class: str, *args: str) -> list[str]:
    return [
        "java", f"-Xmx{config.heap}", f"-Xms{config.heap}", "-XX:+UseG1GC",
        f"-Dlog4j.configuration=file:{_log4j(config)}", "-cp", f"{config.libs}/*", main_class, *args,
    ]  # fmt: skip


def format_storage(config: BrokerConfig) -> None:
    """Write server.properties and format the KRaft log directory (once per data dir)."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    config.properties_path.write_text(_properties(config))
    if (config.data_dir / "logs" / "meta.properties").exists():
        return
    cluster_id = _cluster_id() if config.joins is None else _read_cluster_id(config.joins)
    command = _java(
        config, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config.properties_path)
    )
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BrokerError(f"kafka storage format failed: {(result.stderr or result.stdout)[-500:]}")


def _read_cluster_id(config: BrokerConfig) -> str:
    for line in (config.data_dir / "logs" / "meta.properties").read_text().splitlines():
        if line.startswith("cluster.id="):
            return line.partition("=")[2].strip()
    raise BrokerError(f"no cluster.id in the meta.properties of {config.data_dir}")


def _cluster_id() -> str:
    """A random KRaft cluster id (base64url of a uuid) that does not start with "-": the storage tool's
    argument parser would read such an id as an option (1 in 32 ids did, failing the format)."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def start(config: BrokerConfig) -> subprocess.Popen[bytes]:
    """Format if needed, start the broker in the background, and return its process."""
    if not config.libs.is_dir():
        raise BrokerError(f"no Kafka jars in {config.libs}; run `make kafka-jars` (needs mvn)")
    format_storage(config)
    with config.log_path.open("ab") as log:
        process = subprocess.Popen(
            _java(config, "kafka.Kafka", str(config.properties_path)),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    PidFile(config.pid_path).write(process.pid)
    return process


def answers(bootstrap: str, timeout_s: float = 2.0) -> bool:
    """Whether a Kafka client can fetch cluster metadata from ``bootstrap`` (a broker, not just a port)."""
    import logging

    from kafka import KafkaAdminClient

    logging.getLogger("kafka").setLevel(logging.CRITICAL)  # refused connections are the expected answer here
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap,
            request_timeout_ms=int(timeout_s * 1000),
        )
    except Exception:
        return False
    try:
        admin.describe_cluster()
        return True
    except Exception:
        return False
    finally:
        admin.close()


def wait_until_ready(
    config: BrokerConfig, process: subprocess.Popen[bytes] | None, timeout_s: float = 60
) -> None:
    """Block until the broker answers metadata requests; raise with the log tail if it dies or times out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BrokerError(f"broker exited with {process.returncode}: {processes.tail(config.log_path)}")
        if answers(config.bootstrap):
            return
        time.sleep(0.3)
    log = processes.tail(config.log_path)
    raise BrokerError(f"broker did not answer on {config.bootstrap} within {timeout_s:.0f} s: {log}")


def stop(pid: int, timeout_s: float = 20, process: subprocess.Popen[bytes] | None = None) -> None:
    """SIGTERM the broker's process group, then SIGKILL what is left after ``timeout_s``: the stack's
    ``processes.stop``, which sees an exited child (a zombie) as stopped and reaps it. ``process``, when
    this process started the broker, is told its exit."""
    processes.stop(pid, timeout_s)
    if process is not None:
        process.poll()
