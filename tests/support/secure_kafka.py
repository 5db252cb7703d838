"""A real Apache Kafka broker (the Maven jars of `make kafka-jars`) with a SASL_SSL listener, for the tests of
callpulse's Kafka security settings.

The broker is the dev broker of ``devstack.kafka_broker`` plus one more listener, ``SECURE``: TLS with a
certificate from a throw-away CA (a PEM key store) and SASL with SCRAM-SHA-512 and PLAIN. The PLAINTEXT
listener stays for the broker's own use and for creating the SCRAM user, as an operator would.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from broker_process import stop_process
from tls_certs import TlsFiles, make_tls_files

from devstack import kafka_broker

SCRAM_USER, SCRAM_PASSWORD = "callpulse", "scram-secret-1"
PLAIN_USER, PLAIN_PASSWORD = "plainuser", "plain-secret-1"


class SecureBroker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tls: TlsFiles = make_tls_files(root / "tls")
        self.config = kafka_broker.BrokerConfig(
            port=kafka_broker.free_port(),
            controller_port=kafka_broker.free_port(),
            data_dir=root / "broker",
            libs=kafka_broker.fetch_jars(),
        )
        self.secure_port = kafka_broker.free_port()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def plaintext_bootstrap(self) -> str:
        return self.config.bootstrap

    @property
    def secure_bootstrap(self) -> str:
        return f"127.0.0.1:{self.secure_port}"

    def _properties(self) -> Path:
        """The dev broker's properties with the SECURE listener added (later keys win in a .properties)."""
        base = self.config.properties_path.read_text()
        port, controller, secure = self.config.port, self.config.controller_port, self.secure_port
        extra = [
            f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},"
            f"SECURE://127.0.0.1:{secure}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{port},SECURE://127.0.0.1:{secure}",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SECURE:SASL_SSL",
            "listener.name.secure.sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN",
            "listener.name.secure.scram-sha-512.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "listener.name.secure.plain.sasl.jaas.config="
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'user_{PLAIN_USER}="{PLAIN_PASSWORD}";',
            "listener.name.secure.ssl.keystore.type=PEM",
            f"listener.name.secure.ssl.keystore.location={self.tls.bundle}",
            "",
        ]
        path = self.config.data_dir / "secure.properties"
        path.write_text(base + "\n".join(extra))
        return path

    def _java(self, main_class: str, *args: str) -> list[str]:
        log4j = self.config.data_dir / "log4j.properties"
        log4j.write_text(
            "log4j.rootLogger=WARN, file\n"
            "log4j.appender.file=org.apache.log4j.FileAppender\n"
            f"log4j.appender.file.File={self.config.log_path}\n"
            "log4j.appender.file.layout=org.apache.log4j.PatternLayout\n"
            "log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n\n"
        )
        return [
            "java", "-Xmx512m", "-Xms512m", f"-Dlog4j.configuration=file:{log4j}",
            "-cp", f"{self.config.libs}/*", main_class, *args,
        ]  # fmt: skip

    def start(self) -> None:
        kafka_broker.format_storage(self.config)
        with self.config.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                self._java("kafka.Kafka", str(self._properties())),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while not kafka_broker.answers(self.plaintext_bootstrap):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the secure broker did not start: {self.log()}")
            time.sleep(0.5)
        self._add_scram_user()

    def _add_scram_user(self) -> None:
        command = self._java(
            "kafka.admin.ConfigCommand", "--bootstrap-server", self.plaintext_bootstrap, "--alter",
            "--add-config", f"SCRAM-SHA-512=[password={SCRAM_PASSWORD}]",
            "--entity-type", "users", "--entity-name", SCRAM_USER,
        )  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, f"could not create the SCRAM user: {result.stderr[-1500:]}"

    def stop(self) -> None:
        stop_process(self._process)
        self._process = None

    def log(self) -> str:
        return (
            self.config.log_path.read_text(errors="replace")[-3000:] if self.config.log_path.exists() else ""
        )
